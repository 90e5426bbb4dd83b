import pytest


@pytest.mark.parametrize(
    "path, allowed",
    [
        ("/dashboard", {"analyst", "admin"}),
        ("/learning", {"civil_servant", "admin"}),
    ],
)
@pytest.mark.parametrize("role", ["admin", "analyst", "civil_servant"])
def test_role_guard(client, auth, make_user, path, allowed, role):
    user = make_user(role=role, region="KZ-35")
    auth.login(user["email"])
    response = client.get(path)
    assert response.status_code == (200 if role in allowed else 403)


@pytest.mark.parametrize("path", ["/dashboard", "/learning"])
def test_anonymous_is_sent_to_login_with_next(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_forbidden_page_explains(client, auth, make_user):
    user = make_user(role="civil_servant")
    auth.login(user["email"])
    response = client.get("/dashboard")
    assert response.status_code == 403
    assert "You do not have permission" in response.get_data(as_text=True)


def test_api_errors_answer_json(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.is_json and response.get_json()["status"] == 404


def test_html_404(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.mimetype == "text/html"


def test_500_rolls_back_and_renders(app):
    from accounts.models import Region
    from extensions import db

    @app.get("/boom")
    def boom():
        db.session.add(Region(code="KZ-00", kind="oblast", names={"en": "Nowhere"}))
        db.session.flush()
        raise RuntimeError("boom")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = app.test_client().get("/boom", headers={"Accept-Language": "en"})
    assert response.status_code == 500
    assert "Nothing you sent was stored" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(Region).filter_by(code="KZ-00")).first() is None


def test_analyst_region_scope(app, make_user):
    from accounts.models import Region, User
    from extensions import db

    analyst = make_user(role="analyst", region="KZ-35")
    national = make_user(role="analyst")
    admin = make_user(role="admin", region="KZ-35")
    with app.app_context():
        karaganda = db.session.execute(db.select(Region).filter_by(code="KZ-35")).scalar_one()
        atyrau = db.session.execute(db.select(Region).filter_by(code="KZ-23")).scalar_one()
        scoped = db.session.get(User, analyst["id"])
        assert scoped.can_see_region(karaganda.id) and not scoped.can_see_region(atyrau.id)
        assert db.session.get(User, national["id"]).can_see_region(atyrau.id)
        assert db.session.get(User, admin["id"]).can_see_region(atyrau.id)

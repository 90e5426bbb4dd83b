import pytest

from accounts.models import User
from extensions import db


def test_login_page_renders(client):
    response = client.get("/login")
    assert response.status_code == 200
    assert b'name="email"' in response.data and b'name="password"' in response.data


def test_login_and_logout(client, auth, make_user):
    user = make_user(role="civil_servant", region="KZ-35")
    response = auth.login(user["email"])
    assert response.status_code == 302 and response.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "Test User" in page
    response = auth.logout()
    assert response.status_code == 302
    assert "Test User" not in client.get("/").get_data(as_text=True)
    assert client.get("/learning").status_code == 302  # back to anonymous


def test_email_is_case_insensitive(auth, make_user):
    user = make_user(email="Aigerim@Adal.Example")
    assert auth.login("  AIGERIM@adal.example ").status_code == 302
    assert user["email"] == "aigerim@adal.example"


@pytest.mark.parametrize("kind", ["wrong password", "unknown email"])
def test_bad_credentials_get_one_generic_message(client, auth, make_user, kind):
    user = make_user()
    email = user["email"] if kind == "wrong password" else "nobody@adal.example"
    response = auth.login(email, password="wrong-password")
    assert response.status_code == 401
    page = response.get_data(as_text=True)
    assert "Invalid e-mail or password." in page
    assert "wrong-password" not in page  # the password is never echoed back
    assert email in page  # the e-mail the person typed is kept


def test_disabled_user_cannot_sign_in(auth, make_user):
    user = make_user(active=False)
    response = auth.login(user["email"])
    assert response.status_code == 403
    assert "This account has been disabled" in response.get_data(as_text=True)


def test_user_disabled_while_signed_in_is_signed_out(app, client, auth, make_user):
    user = make_user()
    auth.login(user["email"])
    assert client.get("/learning").status_code == 200
    with app.app_context():
        db.session.get(User, user["id"]).active = False
        db.session.commit()
    assert client.get("/learning").status_code == 302


def test_a_simulated_account_never_signs_in(app, client, auth, make_user):
    """Even with a password that matches, and even if it was signed in before it became one."""
    user = make_user()
    auth.login(user["email"])
    assert client.get("/learning").status_code == 200
    with app.app_context():
        db.session.get(User, user["id"]).simulated = True
        db.session.commit()
    assert client.get("/learning").status_code == 302  # the session no longer holds
    response = auth.login(user["email"])
    assert response.status_code == 401
    assert "Invalid e-mail or password." in response.get_data(as_text=True)
    assert client.get("/learning").status_code == 302


def test_empty_login_form_is_a_clear_400(client):
    response = client.post("/login?lang=en", data={"email": "", "password": ""})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "This field is required." in page
    assert 'aria-describedby="email-error" aria-invalid="true" id="email"' in page
    assert "None" not in page


def test_login_inputs_carry_no_empty_aria_attributes(client):
    page = client.get("/login?lang=kk").get_data(as_text=True)
    assert "None" not in page and "aria-invalid" not in page and "aria-describedby" not in page


@pytest.mark.parametrize(
    "next_url, expected",
    [
        ("/dashboard", "/dashboard"),
        ("/learning?x=1", "/learning?x=1"),
        ("//evil.example", "/"),
        ("https://evil.example/phish", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_next_only_to_local_paths(auth, make_user, next_url, expected):
    user = make_user(role="admin")
    response = auth.login(user["email"], next_url=next_url)
    assert response.status_code == 302
    assert response.headers["Location"] == expected


def test_tampered_session_cookie_is_anonymous(app, client, auth, make_user):
    user = make_user(role="admin")
    auth.login(user["email"])
    cookie = client.get_cookie("session")
    assert cookie is not None
    forged = cookie.value[:-4] + ("AAAA" if not cookie.value.endswith("AAAA") else "BBBB")
    client.set_cookie("session", forged)
    response = client.get("/dashboard")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_passwords_are_hashed_with_scrypt_by_default(make_app, make_user):
    from config import DefaultConfig

    assert DefaultConfig.PASSWORD_HASH_METHOD == "scrypt"
    app = make_app(PASSWORD_HASH_METHOD=DefaultConfig.PASSWORD_HASH_METHOD)
    with app.app_context():
        from accounts.service import create_user

        user = create_user("scrypt@adal.example", "S", "analyst", "s3cret-password")
        stored = db.session.get(User, user.id).password_hash
    assert stored.startswith("scrypt:") and "s3cret-password" not in stored


def test_login_throttling_per_address_and_email(make_app, make_user):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="3 per minute")
    client = app.test_client()
    user = make_user()
    for _ in range(3):
        assert (
            client.post("/login", data={"email": user["email"], "password": "x"}).status_code == 401
        )
    assert client.post("/login", data={"email": user["email"], "password": "x"}).status_code == 429
    # Another person at the same kiosk address is not locked out.
    other = make_user()
    assert (
        client.post(
            "/login", data={"email": other["email"], "password": other["password"]}
        ).status_code
        == 302
    )

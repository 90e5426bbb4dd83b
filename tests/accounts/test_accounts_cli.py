from werkzeug.security import check_password_hash

from accounts.models import Region, User
from extensions import db


def test_seed_regions_is_idempotent(app, runner):
    result = runner.invoke(args=["seed", "regions"])
    assert result.exit_code == 0 and "20 added" in result.output
    result = runner.invoke(args=["seed", "regions"])
    assert "0 added, 0 updated" in result.output
    with app.app_context():
        regions = db.session.execute(db.select(Region)).scalars().all()
        assert len(regions) == 20
        karaganda = next(r for r in regions if r.code == "KZ-35")
        assert karaganda.names == {
            "kk": "Қарағанды облысы",
            "ru": "Карагандинская область",
            "en": "Karaganda Region",
        }
        assert {r.code for r in regions if r.kind == "city"} == {"KZ-71", "KZ-75", "KZ-79"}


def test_users_create_and_list(app, runner, regions):
    result = runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "Dana@Adal.Example",
            "--name",
            "Дана Әбілқасымова",
            "--role",
            "analyst",
            "--region",
            "kz-35",
            "--password",
            "long-enough",
        ]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["users", "list"])
    assert "dana@adal.example\tanalyst\tKZ-35\tactive\tДана Әбілқасымова" in result.output


def test_users_create_asks_for_password(app, runner, regions):
    result = runner.invoke(
        args=["users", "create", "--email", "a@adal.example", "--name", "A", "--role", "admin"],
        input="secret-pass\nsecret-pass\n",
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.execute(db.select(User)).scalar_one()
        assert check_password_hash(user.password_hash, "secret-pass")


def test_users_create_refuses_bad_input(app, runner, regions):
    base = ["users", "create", "--name", "A", "--password", "long-enough"]
    cases = [
        (["--email", "a@adal.example", "--role", "boss"], "Invalid value for '--role'"),
        (
            ["--email", "a@adal.example", "--role", "admin", "--region", "KZ-99"],
            "unknown region code",
        ),
        (["--email", "not-an-email", "--role", "admin"], "not a valid e-mail"),
    ]
    for extra, message in cases:
        result = runner.invoke(args=base + extra)
        assert result.exit_code != 0 and message in result.output, result.output
    result = runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "b@adal.example",
            "--name",
            "B",
            "--role",
            "admin",
            "--password",
            "short",
        ]
    )
    assert result.exit_code != 0 and "at least 8 characters" in result.output
    runner.invoke(args=base + ["--email", "c@adal.example", "--role", "admin"])
    result = runner.invoke(args=base + ["--email", "C@adal.example", "--role", "admin"])
    assert result.exit_code != 0 and "already exists" in result.output
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(User.id))).scalar() == 1


def test_users_disable(app, runner, make_user):
    user = make_user()
    result = runner.invoke(args=["users", "disable", user["email"]])
    assert result.exit_code == 0
    with app.app_context():
        assert not db.session.get(User, user["id"]).active
    assert runner.invoke(args=["users", "disable", "ghost@adal.example"]).exit_code != 0


def test_seed_demo_only_into_empty_database(app, runner):
    result = runner.invoke(args=["seed", "demo"])
    assert result.exit_code == 0, result.output
    for email in ("admin@adal.example", "analyst@adal.example", "servant@adal.example"):
        assert email in result.output
    assert "adal-demo" in result.output
    with app.app_context():
        analyst = db.session.execute(
            db.select(User).filter_by(email="analyst@adal.example")
        ).scalar_one()
        assert analyst.role == "analyst" and analyst.region.code == "KZ-35"
        count = db.session.execute(db.select(db.func.count(User.id))).scalar()
    result = runner.invoke(args=["seed", "demo"])
    assert "demo accounts: 3 created" not in result.output
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(User.id))).scalar() == count


def test_demo_login_works(client, runner):
    runner.invoke(args=["seed", "demo"])
    response = client.post(
        "/login", data={"email": "analyst@adal.example", "password": "adal-demo"}
    )
    assert response.status_code == 302

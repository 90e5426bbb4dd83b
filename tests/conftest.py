"""Fixtures: ``app``, ``client``, ``runner``, ``auth`` and factories such as ``make_user``.

The schema comes from the migrations, applied once per test session to a database that is
SQLite by default or PostgreSQL when ``TEST_DATABASE_URL`` is set (as CI does). After each
test every table is emptied, so tests never see each other's rows.
"""

import os

import pytest
from flask_migrate import upgrade
from sqlalchemy import text

from app import create_app
from extensions import db, limiter

# The real-browser fixtures (browser, live_server) for every folder that needs them.
pytest_plugins = ["tests.browser"]

TEST_SETTINGS = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key",
    "WTF_CSRF_ENABLED": False,
    "RATELIMIT_ENABLED": False,
    "SERVER_NAME": None,
    "TRAINING_SITE_URL": None,  # not the one `make` exports: pages are built for localhost
    "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",  # fast: tests sign in hundreds of times
}


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    if os.environ.get("CI") and os.environ.get("CI_REQUIRE_POSTGRES"):
        pytest.fail("TEST_DATABASE_URL must point at PostgreSQL in this CI run")
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "adal-test.sqlite")


@pytest.fixture
def redis_url() -> str:
    """The Redis server that rate limits shared by several app servers are counted in."""
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        message = "TEST_REDIS_URL must point at a Redis server (.ci/run starts one)"
        if os.environ.get("CI_REQUIRE_REDIS"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def migrated_database(database_url, tmp_path_factory) -> str:
    """Apply every migration from an empty schema, once per session."""
    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        upgrade(revision="heads")
        db.engine.dispose()
    return database_url


def empty_all_tables() -> None:
    tables = [t for t in reversed(db.metadata.sorted_tables)]
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture
def make_app(migrated_database, tmp_path):
    """Build an app with extra settings; each one shares the migrated test database."""
    apps = []

    def factory(**overrides):
        settings = {
            **TEST_SETTINGS,
            "SQLALCHEMY_DATABASE_URI": migrated_database,
            "RATELIMIT_STORAGE_URI": "sqlite:///" + str(tmp_path / "rate-limits.sqlite"),
            **overrides,
        }
        application = create_app(settings)
        application.instance_path = str(tmp_path / "instance")
        apps.append(application)
        return application

    yield factory
    for application in apps:
        with application.app_context():
            db.session.rollback()
            db.engine.dispose()
            if application.config["RATELIMIT_ENABLED"]:
                limiter.reset()  # no counter leaks into the next test
    if apps:
        cleaner = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": migrated_database})
        with cleaner.app_context():
            empty_all_tables()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    """A browser that prefers English, so assertions can read English messages."""
    test_client = app.test_client()
    test_client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    return test_client


@pytest.fixture
def bare_client(app):
    """A browser that states no language preference."""
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def regions(app):
    from accounts.regions import load_regions

    with app.app_context():
        load_regions()


@pytest.fixture
def demo(app, regions):
    """The demo surveys (citizens and experts), each with a wave open now."""
    from surveys.demo import load_demo_surveys

    with app.app_context():
        load_demo_surveys()


@pytest.fixture
def make_user(app, regions):
    """Create a user: ``make_user(role="analyst", region="KZ-35")``; returns its id and e-mail."""
    from accounts.service import create_user

    counter = iter(range(1, 10_000))

    def factory(
        role="civil_servant",
        region=None,
        email=None,
        password="correct-horse",
        name="Test User",
        active=True,
        organisation=None,
    ):
        with app.app_context():
            user = create_user(
                email or f"user{next(counter)}@adal.example",
                name,
                role,
                password,
                region,
                organisation,
            )
            user.active = active
            db.session.commit()
            return {"id": user.id, "email": user.email, "password": password}

    return factory


class AuthActions:
    def __init__(self, client):
        self._client = client

    def login(self, email, password="correct-horse", next_url=None):
        query = {"next": next_url} if next_url else None
        return self._client.post(
            "/login",
            data={"email": email, "password": password, "next": next_url or ""},
            query_string=query,
        )

    def logout(self):
        return self._client.post("/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def mail_server():
    """A local SMTP server (aiosmtpd), not yet started: ``mail_server.start()``; its
    ``settings`` for ``make_app(**mail_server.settings)``; what arrived in ``messages``."""
    from tests.mail import MailServer

    server = MailServer()
    yield server
    server.stop()

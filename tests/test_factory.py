import os

import pytest

from app import create_app
from config import ensure_secret_key


@pytest.fixture(autouse=True)
def site_address(monkeypatch):
    """These apps are built as a server's are, with the public address a server must have."""
    monkeypatch.setenv("ADAL_TRAINING_SITE_URL", "https://adal.example.kz")


def test_testing_flag_comes_from_test_config(app):
    assert app.testing
    assert not create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"}).testing


def test_config_order_defaults_instance_environment_test_dict(tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "config.py").write_text(
        "SECRET_KEY = 'from-instance'\nLOGIN_RATE_LIMIT = 'instance'\nPROXY_COUNT = 0\n"
        "MAX_CONTENT_LENGTH = 111\n"
    )
    monkeypatch.setenv("ADAL_LOGIN_RATE_LIMIT", "environment")
    monkeypatch.setenv("ADAL_MAX_CONTENT_LENGTH", "222")
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(instance))
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "MAX_CONTENT_LENGTH": 333})
    assert app.config["SECRET_KEY"] == "from-instance"  # instance file beats the default
    assert app.config["LOGIN_RATE_LIMIT"] == "environment"  # environment beats the file
    assert app.config["MAX_CONTENT_LENGTH"] == 333  # the test dict beats everything
    assert app.config["BABEL_DEFAULT_LOCALE"] == "ru"  # untouched default


def test_database_url_switches_database_and_driver(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://adal:pw@db.internal:5432/adal")
    app = create_app({"SECRET_KEY": "x"})
    assert (
        app.config["SQLALCHEMY_DATABASE_URI"]
        == "postgresql+psycopg://adal:pw@db.internal:5432/adal"
    )


def test_default_database_is_sqlite_in_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path / "inst"))
    app = create_app({"SECRET_KEY": "x"})
    expected = os.path.join(str(tmp_path / "inst"), "adal.sqlite")
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///" + expected


def test_secret_key_written_once_and_reused(tmp_path):
    first = ensure_secret_key(str(tmp_path))
    second = ensure_secret_key(str(tmp_path))
    assert first == second and len(first) == 64
    assert first in (tmp_path / "config.py").read_text()
    assert ensure_secret_key(str(tmp_path / "other")) != first


def test_create_app_generates_secret_key_in_instance_folder(tmp_path, monkeypatch):
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path))
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert app.config["SECRET_KEY"] and app.config["SECRET_KEY"] != "dev"
    assert app.config["SECRET_KEY"] in (tmp_path / "config.py").read_text()


def test_create_app_creates_no_tables(tmp_path, monkeypatch):
    from sqlalchemy import inspect

    from extensions import db

    database = tmp_path / "fresh.sqlite"
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}"})
    with app.app_context():
        assert inspect(db.engine).get_table_names() == []
        db.engine.dispose()


def test_healthz_checks_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_healthz_reports_unreachable_database(tmp_path):
    app = create_app(
        {
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/missing-dir/nope.sqlite",
        }
    )
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "error"


def test_security_headers_on_pages(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_suite_runs_on_the_database_ci_asked_for(app):
    """In the PostgreSQL run of CI, the suite really talks to PostgreSQL."""
    from extensions import db

    with app.app_context():
        dialect = db.engine.dialect.name
    if os.environ.get("CI_REQUIRE_POSTGRES"):
        assert dialect == "postgresql"
    else:
        assert dialect in {"sqlite", "postgresql"}


def test_favicon_ico_is_served_by_the_app(client):
    with client.get("/favicon.ico") as response:  # no file is left open either
        assert response.status_code == 200 and response.mimetype == "image/vnd.microsoft.icon"
        assert response.data[:4] == b"\x00\x00\x01\x00"  # an ICO file
    page = client.get("/").get_data(as_text=True)
    assert '<link rel="icon" href="/favicon.ico"' in page


def test_none_prints_nothing_in_a_template(app):
    from flask import render_template_string

    with app.test_request_context():
        assert render_template_string("[{{ value }}]", value=None) == "[]"
        assert render_template_string("[{{ value }}]", value=0) == "[0]"

"""Signing out ends the session: the old session cookie, the remember-me cookie and the CSRF
token seen before signing in are worth nothing afterwards (issue 19, point 3)."""

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest

from accounts.models import User
from extensions import db
from tests.security.checks import EMAILS, sign_in
from tests.security.test_security_settings import hidden_fields

COOKIES = ("session", "remember_token")


def sign_in_remembered(app, persona="civil_servant"):
    client = app.test_client()
    email, password = EMAILS[persona]
    data = {"email": email, "password": password, "remember": "y"}
    assert client.post("/login", data=data).status_code == 302
    return client


def copy_of(app, client, names=COOKIES):
    """Another browser holding copies of ``client``'s cookies (say, left on a shared computer)."""
    other = app.test_client()
    for name in names:
        cookie = client.get_cookie(name)
        assert cookie is not None, f"no {name} cookie"
        other.set_cookie(name, cookie.value)
    return other


def signed_in(client) -> bool:
    return client.get("/learning").status_code == 200


@pytest.mark.parametrize("kept", [COOKIES, ("session",), ("remember_token",)])
def test_signing_out_voids_the_old_cookies(app, world, kept):
    learner = sign_in_remembered(app)
    copy = copy_of(app, learner, kept)
    assert signed_in(copy)
    assert learner.post("/logout").status_code == 302
    assert not signed_in(learner)
    assert not signed_in(copy)


def test_signing_in_again_after_signing_out_works(app, world):
    learner = sign_in_remembered(app)
    learner.post("/logout")
    assert signed_in(sign_in_remembered(app))


def test_a_new_password_voids_every_session(app, world, runner):
    email, _password = EMAILS["civil_servant"]
    at_work, at_home = sign_in_remembered(app), sign_in(app, "civil_servant")
    result = runner.invoke(args=["users", "set-password", email], input="a-new-long-password\n" * 2)
    assert result.exit_code == 0, result.output
    assert not signed_in(at_work) and not signed_in(at_home)
    new = app.test_client()
    data = {"email": email, "password": "a-new-long-password"}
    assert new.post("/login", data=data).status_code == 302 and signed_in(new)
    with app.app_context():
        user = db.session.execute(db.select(User).filter_by(email=email)).scalar_one()
        assert user.session_version == 1


def test_set_password_refuses_a_short_one(app, world, runner):
    email, _password = EMAILS["civil_servant"]
    result = runner.invoke(args=["users", "set-password", email], input="short\nshort\n")
    assert result.exit_code != 0 and "at least 8" in result.output
    assert signed_in(sign_in(app, "civil_servant"))


def test_the_remember_me_cookie_lasts_a_week(app, world):
    client = app.test_client()
    email, password = EMAILS["civil_servant"]
    response = client.post("/login", data={"email": email, "password": password, "remember": "y"})
    header = next(
        h for h in response.headers.getlist("Set-Cookie") if h.startswith("remember_token=")
    )
    expires = next(part for part in header.split("; ") if part.lower().startswith("expires="))
    lasts = parsedate_to_datetime(expires.partition("=")[2]) - datetime.now(UTC)
    assert timedelta(days=6) < lasts <= timedelta(days=7)


def test_the_csrf_token_changes_at_sign_in(make_app, world):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    before = hidden_fields(client, "/login", "/login")["csrf_token"]
    email, password = EMAILS["civil_servant"]
    form = {"csrf_token": before, "email": email, "password": password}
    assert client.post("/login", data=form).status_code == 302
    assert client.post("/logout", data={"csrf_token": before}).status_code == 400
    assert signed_in(client)
    after = hidden_fields(client, "/learning", "/logout")["csrf_token"]
    assert client.post("/logout", data={"csrf_token": after}).status_code == 302
    assert not signed_in(client)

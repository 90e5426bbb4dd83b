"""Kiosk mode only for a device an admin made a kiosk (issue 19, point 9).

A kiosk takes one response after another without marking the browser; before, any browser
could claim it by sending channel=kiosk and answer as often as it liked."""

import secrets
from urllib.parse import urlsplit

import pytest
from itsdangerous import URLSafeSerializer

from accounts.audit import AuditEvent
from extensions import db
from surveys.kiosk import KIOSK_COOKIE
from surveys.models import Response
from tests.surveys.test_survey_form import open_form, send
from tests.surveys.testdata import VALID


def channels(app) -> list[str]:
    with app.app_context():
        return list(db.session.execute(db.select(Response.channel).order_by(Response.id)).scalars())


def kiosk_link(runner, *options) -> str:
    result = runner.invoke(
        args=["surveys", "kiosk-token", "--name", "ЦОН Караганды, стойка 1", *options]
    )
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def answer(client, channel="web"):
    """A response sent from ``client``: the form as its page makes it, with a new token (a
    browser that has answered already is shown no form)."""
    fields = {"form_token": secrets.token_urlsafe(24), "channel": channel}
    return send(client, fields, VALID)


def test_a_browser_claiming_kiosk_mode_answers_once_as_the_web(app, client, sample):
    page, fields = open_form(client, channel="kiosk")
    assert fields["channel"] == "web"
    assert send(client, {**fields, "channel": "kiosk"}, VALID).status_code == 303
    assert answer(client, channel="kiosk").status_code == 409
    assert "already" in client.get("/s/sample?channel=kiosk").get_data(as_text=True)
    assert channels(app) == ["web"]


def test_a_device_an_admin_made_a_kiosk_takes_response_after_response(app, client, sample, runner):
    link = urlsplit(kiosk_link(runner, "--days", "30"))
    assert link.path == "/kiosk" and link.query.startswith("token=")
    page = client.get(f"{link.path}?{link.query}")
    assert page.status_code == 200 and "ЦОН Караганды, стойка 1" in page.get_data(as_text=True)
    cookie = next(h for h in page.headers.getlist("Set-Cookie") if h.startswith(KIOSK_COOKIE))
    assert "HttpOnly" in cookie and "Path=/s/" in cookie and "SameSite=Lax" in cookie
    for _ in range(3):
        _, fields = open_form(client)
        assert fields["channel"] == "kiosk"
        assert send(client, fields, VALID).status_code == 303
    assert channels(app) == ["kiosk"] * 3
    with app.app_context():
        actions = db.session.execute(db.select(AuditEvent.action).order_by(AuditEvent.id))
        assert list(actions.scalars()) == ["kiosk.issue", "kiosk.enrol"]


def sign(app, payload: dict) -> str:
    return URLSafeSerializer(app.config["SECRET_KEY"], salt="forged").dumps(payload)


@pytest.mark.parametrize("token", ["forged", "", "x" * 5000])
def test_a_bad_kiosk_link_is_refused(app, client, sample, token):
    response = client.get("/kiosk", query_string={"token": token})
    assert response.status_code == 400 and not response.headers.getlist("Set-Cookie")


def test_a_forged_or_expired_kiosk_cookie_counts_for_nothing(app, client, sample, runner):
    from surveys.kiosk import issue_kiosk_token

    with app.app_context():
        expired, _until = issue_kiosk_token("old tablet", days=-1, actor=None)
        db.session.commit()
    assert client.get("/kiosk", query_string={"token": expired}).status_code == 400
    open_form(client)
    statuses = []
    for value in (expired, sign(app, {"kiosk": "forged", "until": 4102444800})):
        client.set_cookie(KIOSK_COOKIE, value, path="/s/")
        statuses.append(answer(client, channel="kiosk").status_code)
    assert statuses == [303, 409] and channels(app) == ["web"]


def test_the_kiosk_token_command_needs_a_name_and_sane_days(runner, sample):
    assert runner.invoke(args=["surveys", "kiosk-token", "--name", " "]).exit_code != 0
    result = runner.invoke(args=["surveys", "kiosk-token", "--name", "a", "--days", "0"])
    assert result.exit_code != 0

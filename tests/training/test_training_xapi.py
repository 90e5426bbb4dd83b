"""xAPI statements for the learning record store, and the API tokens that read them."""

import json
import re
import uuid
from datetime import timedelta

import pytest

from accounts.api_tokens import ApiToken, create_token, revoke_token
from accounts.audit import AuditEvent
from extensions import db
from tests.training.helpers import take_module
from training.models import Attempt
from training.xapi import STATEMENT_NAMESPACE

URL = "/api/v1/training/xapi"
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def take(app, user_id, module_id, post_right=(False, True)):
    """A pre-test, then post-tests failed or passed as given."""
    with app.app_context():
        take_module(user_id, module_id, posts=post_right)


def token_for(app, name="agency LRS") -> str:
    with app.app_context():
        _token, secret = create_token(name, None)
        db.session.commit()
        return secret


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def test_statements_shape(app, client, make_module, learner):
    take(app, learner["id"], make_module())
    response = client.get(URL, query_string={"since": "2000-01-01"}, headers=bearer(token_for(app)))
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["X-Experience-API-Version"] == "1.0.3"
    body = response.get_json()
    assert body["more"] == ""
    statements = body["statements"]
    assert [s["verb"]["id"].rsplit("/", 1)[1] for s in statements] == [
        "completed",
        "failed",
        "passed",
    ]
    with app.app_context():
        attempts = list(db.session.execute(db.select(Attempt).order_by(Attempt.id)).scalars())
        ids = [a.id for a in attempts]
    pre, failed, passed = statements
    for statement, attempt_id in zip(statements, ids, strict=True):
        assert statement["id"] == str(uuid.uuid5(STATEMENT_NAMESPACE, f"attempt:{attempt_id}"))
        assert statement["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "http://localhost", "name": str(learner["id"])},
        }
        assert statement["verb"]["id"].startswith("http://adlnet.gov/expapi/verbs/")
        assert statement["verb"]["display"]["en-US"] in ("completed", "passed", "failed")
        assert ISO_Z.match(statement["timestamp"])
        assert statement["result"]["completion"] is True
        assert statement["result"]["score"]["min"] == 0
        assert statement["result"]["duration"].startswith("PT")
        parent = statement["context"]["contextActivities"]["parent"][0]
        assert parent["id"] == "http://localhost/training/test-integrity"
        assert parent["definition"]["name"]["kk-KZ"] == "Integrity basics (қаз)"
    assert pre["object"]["id"] == "http://localhost/training/test-integrity/pre"
    assert "success" not in pre["result"]
    assert pre["object"]["definition"]["name"]["en-US"] == "Integrity basics: pre-test"
    assert failed["object"]["id"].endswith("/test-integrity/post")
    assert failed["result"]["success"] is False and passed["result"]["success"] is True
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 4, "min": 0, "max": 4}
    assert failed["result"]["score"] == {"scaled": 0.0, "raw": 0, "min": 0, "max": 4}
    # Never the e-mail, nor the name.
    raw = response.get_data(as_text=True)
    assert learner["email"] not in raw and "aliya" not in raw and "Әлия" not in raw
    # Stable ids: the same statement twice is the same statement.
    again = client.get(URL, query_string={"since": "2000-01-01"}, headers=bearer(token_for(app)))
    assert [s["id"] for s in again.get_json()["statements"]] == [s["id"] for s in statements]
    assert len({s["id"] for s in statements}) == 3


def test_since_filters_and_bad_since_is_400(app, client, make_module, learner):
    take(app, learner["id"], make_module())
    secret = token_for(app)
    assert (
        client.get(URL, query_string={"since": "2999-01-01"}, headers=bearer(secret)).get_json()[
            "statements"
        ]
        == []
    )
    for since in ("2000-01-01T00:00:00Z", "2000-01-01T05:00:00+05:00", "2000-01-01T00:00:00"):
        body = client.get(URL, query_string={"since": since}, headers=bearer(secret)).get_json()
        assert len(body["statements"]) == 3, since
    for bad in ("yesterday", "2026-13-01", ""):
        response = client.get(URL, query_string={"since": bad}, headers=bearer(secret))
        assert response.status_code == 400 and response.mimetype == "application/json"
        assert "since" in response.get_json()["message"]
    response = client.get(URL, headers=bearer(secret))
    assert response.status_code == 400 and "since is required" in response.get_json()["message"]
    for bad_limit in ("0", "501", "ten"):
        response = client.get(URL, query_string={"since": "2000-01-01", "limit": bad_limit},
                              headers=bearer(secret))  # fmt: skip
        assert response.status_code == 400 and "limit" in response.get_json()["message"]


def test_pages_follow_the_more_link(app, client, make_module, learner, make_user):
    module_id = make_module()
    take(app, learner["id"], module_id)
    take(app, make_user(region="KZ-71")["id"], module_id, post_right=(True,))
    secret = token_for(app)
    seen, url, query = [], URL, {"since": "2000-01-01", "limit": "2"}
    for _ in range(5):
        body = client.get(url, query_string=query, headers=bearer(secret)).get_json()
        seen += [s["id"] for s in body["statements"]]
        if not body["more"]:
            break
        assert len(body["statements"]) == 2
        url, query = body["more"], None
    assert len(seen) == 5 and len(set(seen)) == 5
    response = client.get(URL, query_string={"since": "2000-01-01", "after": "999"},
                          headers=bearer(secret))  # fmt: skip
    assert response.status_code == 400


def test_who_may_read_statements(app, client, auth, make_module, learner, make_user):
    take(app, learner["id"], make_module())
    query = {"since": "2000-01-01"}
    response = client.get(URL, query_string=query)
    assert response.status_code == 401 and response.mimetype == "application/json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Bearer" in response.get_json()["message"]
    for header in ("Bearer adal_not-a-real-token", "Basic YWRtaW46YWRtaW4=", "Bearer "):
        response = client.get(URL, query_string=query, headers={"Authorization": header})
        assert response.status_code == 401, header
    auth.login(learner["email"])
    response = client.get(URL, query_string=query)
    assert response.status_code == 403 and response.mimetype == "application/json"
    auth.logout()
    auth.login(make_user(role="analyst")["email"])
    assert client.get(URL, query_string=query).status_code == 403
    auth.logout()
    auth.login(make_user(role="admin")["email"])
    assert len(client.get(URL, query_string=query).get_json()["statements"]) == 3


def test_tokens_are_hashed_expire_and_revoke(app, client, make_module, learner):
    take(app, learner["id"], make_module(), post_right=(True,))
    secret = token_for(app)
    with app.app_context():
        token = db.session.execute(db.select(ApiToken)).scalar_one()
        assert secret not in (token.token_hash, token.hint) and len(token.token_hash) == 64
        assert token.last_used_at is None
        token_id = token.id
    query = {"since": "2000-01-01"}
    assert client.get(URL, query_string=query, headers=bearer(secret)).status_code == 200
    with app.app_context():
        assert db.session.get(ApiToken, token_id).last_used_at is not None
        revoke_token(token_id, None)
        db.session.commit()
    assert client.get(URL, query_string=query, headers=bearer(secret)).status_code == 401
    with app.app_context():
        expired, expired_secret = create_token("old", None, expires_in_days=1)
        expired.expires_at = expired.created_at - timedelta(seconds=1)
        db.session.commit()
    assert client.get(URL, query_string=query, headers=bearer(expired_secret)).status_code == 401


def test_tokens_cli(app, runner):
    result = runner.invoke(args=["tokens", "create", "--name", "agency LRS"])
    assert result.exit_code == 0, result.output
    secret = result.output.strip().splitlines()[-1]
    assert secret.startswith("adal_") and len(secret) > 40
    listing = runner.invoke(args=["tokens", "list"]).output
    assert "agency LRS" in listing and "active" in listing and secret not in listing
    token_id = listing.split("\t", 1)[0]
    result = runner.invoke(args=["tokens", "revoke", token_id])
    assert result.exit_code == 0 and "Revoked token" in result.output
    assert "revoked" in runner.invoke(args=["tokens", "list"]).output
    assert runner.invoke(args=["tokens", "revoke", "999"]).exit_code != 0
    assert runner.invoke(args=["tokens", "create", "--name", "  "]).exit_code != 0
    with app.app_context():
        events = db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id)).scalars()
        assert [(e.action, e.actor_email) for e in events] == [
            ("api_token.create", "command-line"),
            ("api_token.revoke", "command-line"),
        ]


@pytest.mark.parametrize("limit", ["3 per minute"])
def test_api_is_rate_limited(make_app, limit):
    app = make_app(RATELIMIT_ENABLED=True, TRAINING_API_RATE_LIMIT=limit)
    client = app.test_client()
    codes = [client.get(URL, query_string={"since": "2000-01-01"}).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    assert json.loads(client.get(URL).get_data(as_text=True))["status"] == 429

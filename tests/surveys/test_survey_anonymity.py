"""Anonymity: a response cannot be joined to the person who sent it."""

import re
import uuid
from datetime import date

from sqlalchemy import DateTime, inspect, select, text, update

from accounts.audit import AuditEvent
from accounts.models import User
from extensions import db
from surveys.models import Answer, Response
from tests.surveys.testdata import VALID

SURVEY_TABLES = (
    "response",
    "answer",
    "form_token",
    "respondent_mark",
    "invitation",
    "idempotency_key",
)
ADDRESS = "203.0.113.77"
BROWSER = "Mozilla/5.0 (Anonymity test; Қазақстан)"
# Columns a response or answer may have, and nothing else.
RESPONSE_COLUMNS = {
    "id",
    "wave_id",
    "submitted_on",
    "channel",
    "weight",
    "region_id",
    "age_band",
    "sex",
    "settlement",
    "respondent_group",
    "service_used",
}
ANSWER_COLUMNS = {"response_id", "question_id", "ordinal", "value_num", "value_text"}


def every_value(table: str) -> list:
    return [value for row in db.session.execute(text(f'SELECT * FROM "{table}"')) for value in row]


def test_a_civil_servants_answers_cannot_be_joined_to_their_account(
    app, client, auth, make_user, make_survey, runner
):
    make_survey(slug="servants", audience="civil_servants", requires_invitation=True)
    code = runner.invoke(
        args=["surveys", "invitations", "servants", "2026-Q4", "--count", "3"]
    ).output.split()[-1]
    servant = make_user(role="civil_servant", email="aigerim.servant@adal.example")
    with app.app_context():  # an id that cannot turn up by chance among small numbers
        db.session.execute(update(User).where(User.id == servant["id"]).values(id=987654))
        db.session.commit()
    client.environ_base.update(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER)
    auth.login(servant["email"])
    page = client.get("/s/servants").get_data(as_text=True)
    token = re.search(r'name="form_token" type="hidden" value="([^"]+)"', page).group(1)
    shown = re.search(r'name="shown" type="hidden" value="([^"]+)"', page).group(1)
    sent = client.post(
        "/s/servants",
        data={
            **VALID,
            "group": "civil_servant",
            "note": "Бәрі адал",
            "invitation": code,
            "form_token": token,
            "shown": shown,
        },
    )
    assert sent.status_code == 303
    assert "Signed in as" in client.get(sent.headers["Location"]).get_data(as_text=True)

    with app.app_context():
        inspector = inspect(db.engine)
        columns = {c["name"]: c for c in inspector.get_columns("response")}
        assert set(columns) == RESPONSE_COLUMNS
        assert {c["name"] for c in inspector.get_columns("answer")} == ANSWER_COLUMNS
        for table in SURVEY_TABLES:  # no way from a survey row to an account
            for key in inspector.get_foreign_keys(table):
                assert key["referred_table"] not in ("user", "audit_event"), table
        for table in ("response", "answer"):  # dates only, never a time of day
            assert not [c for c in inspector.get_columns(table) if isinstance(c["type"], DateTime)]
        forbidden = {
            str(987654),
            servant["email"],
            ADDRESS,
            BROWSER,
            code,
            code.replace("-", ""),
            token,
            "Signed in",
        }
        for table in SURVEY_TABLES:
            for value in every_value(table):
                assert str(value) not in forbidden, (table, value)
                assert not any(secret in str(value) for secret in forbidden if len(secret) > 6)
        response = db.session.execute(select(Response)).scalar_one()
        assert (
            response.respondent_group == "civil_servant" and response.submitted_on == date.today()
        )
        # The audit log records admin actions only: nothing about this submission.
        actions = set(db.session.execute(select(AuditEvent.action)).scalars())
        assert actions == {"invitations.create"}


def test_response_ids_are_random_and_dates_have_no_time(app, client, sample):
    sent_ids = []
    for n in range(30):
        answers = {**VALID, "trust": n % 5 + 1}
        sent_ids.append(
            client.post("/api/v1/surveys/sample/responses", json={"answers": answers}).get_json()[
                "id"
            ]
        )
    assert all(uuid.UUID(i).version == 4 for i in sent_ids)
    assert sorted(sent_ids) != sent_ids  # the id order is not the order of arrival
    with app.app_context():
        dates = set(db.session.execute(select(Response.submitted_on)).scalars())
        assert all(type(day) is date for day in dates)
        if db.engine.dialect.name == "sqlite":  # stored in key order, with no hidden rowid
            stored = list(db.session.execute(select(Response.id)).scalars())
            assert stored != sent_ids and stored == sorted(sent_ids)
            for table in ("response", "answer", "form_token", "respondent_mark"):
                try:
                    db.session.execute(text(f"SELECT rowid FROM {table}"))
                except Exception as error:
                    assert "rowid" in str(error)
                    db.session.rollback()
                else:
                    raise AssertionError(f"{table} has a rowid")


def test_marks_do_not_point_at_responses(app, client, sample):
    page = client.get("/s/sample").get_data(as_text=True)
    token = re.search(r'name="form_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post("/s/sample", data={**VALID, "form_token": token}).status_code == 303
    with app.app_context():
        response_id = db.session.execute(select(Response.id)).scalar_one()
        for table in ("form_token", "respondent_mark", "invitation"):
            assert response_id not in [str(v) for v in every_value(table)]
        cookie = client.get_cookie("adal_respondent", path="/s/").value
        assert cookie not in [str(v) for v in every_value("respondent_mark")]  # only a keyed hash
        assert db.session.execute(select(Answer.response_id)).scalars().first() == response_id

"""Storing a response: one transaction, uniqueness by the database, nothing half-stored."""

from datetime import date

import pytest
from sqlalchemy import func, insert, inspect, select, text

from extensions import db
from surveys.models import (
    FormToken,
    IdempotencyKey,
    Invitation,
    RespondentMark,
    Response,
    Wave,
    new_response_id,
)
from surveys.service import (
    AlreadyAnswered,
    DuplicateSubmission,
    InvitationRefused,
    OpenWave,
    WaveClosed,
    create_invitations,
    find_survey,
    survey_by_slug,
)
from surveys.storing import store_response
from surveys.validation import validate_answers
from tests.surveys.testdata import VALID


@pytest.fixture
def store(app, sample):
    """``store(**marks)`` validates VALID and stores it through the service, as the views do."""

    def run(answers=VALID, **marks):
        with app.test_request_context():
            survey = find_survey("sample")[0]
            row = db.session.get(Wave, sample["wave_id"])
            wave = OpenWave(row.id, row.label, row.opens_at, row.closes_at)
            checked = validate_answers(survey.questions, answers, survey.regions.codes, strict=True)
            assert checked.errors == {}
            return store_response(survey, wave, checked.answers, channel="web", **marks)

    return run


def marks(app) -> dict:
    with app.app_context():
        return {
            model.__tablename__: db.session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in (FormToken, RespondentMark, IdempotencyKey)
        }


def test_same_form_token_twice_is_a_duplicate(app, store, counts):
    store(form_token="form-token-0000000000000001")
    with pytest.raises(DuplicateSubmission) as duplicate:
        store(form_token="form-token-0000000000000001")
    assert duplicate.value.response_id is None
    assert counts() == (1, 2)


def test_same_browser_twice_in_a_wave_is_refused(app, store, counts):
    store(form_token="form-token-0000000000000001", respondent_token="browser-000000000000000001")
    with pytest.raises(AlreadyAnswered):
        store(
            form_token="form-token-0000000000000002", respondent_token="browser-000000000000000001"
        )
    assert counts() == (1, 2)
    assert marks(app)["form_token"] == 1  # the refused submit left no mark behind


def test_same_idempotency_key_returns_the_first_response(store, counts):
    first = store(idempotency_key="retry-1")
    with pytest.raises(DuplicateSubmission) as duplicate:
        store(idempotency_key="retry-1")
    assert duplicate.value.response_id == first
    assert counts() == (1, 2)


def test_a_wave_closed_at_commit_time_stores_nothing(app, sample, store, counts):
    with app.app_context():
        wave = db.session.get(Wave, sample["wave_id"])
        wave.closes_at = wave.opens_at
        db.session.commit()
    with pytest.raises(WaveClosed):
        store(
            form_token="form-token-0000000000000001", respondent_token="browser-000000000000000001"
        )
    assert counts() == (0, 0)
    assert marks(app) == {"form_token": 0, "respondent_mark": 0, "idempotency_key": 0}


def test_an_invitation_works_once_and_only_in_its_wave(app, sample, store, counts, make_survey):
    other = make_survey(slug="other", label="2026-Q3")
    with app.app_context():
        (code,) = create_invitations(survey_by_slug("sample"), "2026-Q4", 1)
        (elsewhere,) = create_invitations(survey_by_slug("other"), "2026-Q3", 1)
    store(invitation=code)
    with pytest.raises(InvitationRefused):
        store(invitation=code)
    with pytest.raises(InvitationRefused):
        store(invitation=elsewhere)
    assert counts() == (1, 2)
    with app.app_context():
        used = dict(db.session.execute(select(Invitation.wave_id, Invitation.used)).all())
        assert used == {sample["wave_id"]: True, other["wave_id"]: False}


def test_uniqueness_is_enforced_by_the_database(app, sample):
    with app.app_context():
        db.session.add(RespondentMark(wave_id=sample["wave_id"], token_hash="h" * 64))
        db.session.commit()
        db.session.add(RespondentMark(wave_id=sample["wave_id"], token_hash="h" * 64))
        with pytest.raises(Exception, match="UNIQUE|unique|duplicate"):
            db.session.commit()
        db.session.rollback()


def test_schema_has_what_the_trends_sums_need(app, sample):
    with app.app_context():
        inspector = inspect(db.engine)
        indexes = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes("response")}
        assert indexes["ix_response_wave_region"] == ["wave_id", "region_id"]
        answer_columns = {c["name"] for c in inspector.get_columns("answer")}
        assert {"response_id", "question_id", "value_num", "value_text"} <= answer_columns
        assert "weight" in {c["name"] for c in inspector.get_columns("response")}


def test_sums_per_region_wave_and_question_in_sql(app, client, sample):
    """n, Σw, Σwy, Σwy² per region × wave × question, as trends will compute them."""
    for region, trust in [("KZ-35", 2), ("KZ-35", 4), ("KZ-23", 5)]:
        answers = {**VALID, "region": region, "trust": trust}
        assert (
            client.post("/api/v1/surveys/sample/responses", json={"answers": answers}).status_code
            == 201
        )
    with app.app_context():
        db.session.execute(
            text(
                "UPDATE response SET weight = 2.0"
                " WHERE region_id = (SELECT id FROM region WHERE code = 'KZ-23')"
            )
        )
        db.session.commit()
        rows = db.session.execute(
            text(
                "SELECT g.code, r.wave_id, a.question_id, COUNT(*), SUM(r.weight),"
                " SUM(r.weight * a.value_num), SUM(r.weight * a.value_num * a.value_num)"
                " FROM answer a JOIN response r ON r.id = a.response_id"
                " JOIN region g ON g.id = r.region_id"
                " WHERE r.wave_id = :wave AND a.question_id = :question AND a.value_num IS NOT NULL"
                " GROUP BY g.code, r.wave_id, a.question_id ORDER BY g.code"
            ),
            {"wave": sample["wave_id"], "question": sample["questions"]["trust"]},
        ).all()
    assert [tuple(row[3:]) for row in rows] == [(1, 2.0, 10.0, 50.0), (2, 2.0, 6.0, 20.0)]
    assert [row[0] for row in rows] == ["KZ-23", "KZ-35"]


def test_every_column_default_is_honoured(app, sample, store):
    """A response is stored without a weight, and an INSERT without one gets the default."""
    stored = store()
    with app.app_context():
        db.session.execute(
            insert(Response),
            [
                {
                    "id": new_response_id(),
                    "wave_id": sample["wave_id"],
                    "submitted_on": date.today(),
                    "channel": "api",
                }
            ],
        )
        db.session.commit()
        weights = db.session.execute(select(Response.id, Response.weight)).all()
    assert len(weights) == 2 and stored in {response_id for response_id, _ in weights}
    assert {weight for _, weight in weights} == {1.0}


def test_a_failed_write_leaves_the_session_usable(app, sample, store, counts, monkeypatch):
    """Whatever goes wrong inside the transaction is rolled back there; the next one is stored."""
    import surveys.storing

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(surveys.storing, "_still_open", broken)
        with pytest.raises(RuntimeError):
            store(form_token="form-token-0000000000000001")
    assert counts() == (0, 0) and marks(app)["form_token"] == 0
    store(form_token="form-token-0000000000000001")
    assert counts() == (1, 2)

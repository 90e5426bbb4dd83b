"""``flask surveys retention``: marks of closed waves are deleted; responses stay."""

from datetime import date, timedelta

from sqlalchemy import func, select

from accounts.audit import AuditEvent
from extensions import db
from surveys.models import FormToken, IdempotencyKey, Invitation, RespondentMark
from surveys.models import Response as SurveyResponse
from tests.surveys.testdata import VALID


def table_counts(app) -> dict:
    with app.app_context():
        return {
            model.__name__: db.session.execute(select(func.count()).select_from(model)).scalar()
            for model in (RespondentMark, Invitation, IdempotencyKey, FormToken, SurveyResponse)
        }


def test_retention_deletes_marks_of_closed_waves_only(app, client, runner, make_survey):
    closing = make_survey(slug="closing")
    staying = make_survey(slug="staying")
    for slug, key in (("closing", "kiosk-7-0001"), ("staying", "kiosk-7-0002")):
        answer = client.post(
            f"/api/v1/surveys/{slug}/responses",
            json={"answers": VALID},
            headers={"Idempotency-Key": key},
        )
        assert answer.status_code == 201
    with app.app_context():
        for wave_id in (closing["wave_id"], staying["wave_id"]):
            db.session.add(RespondentMark(wave_id=wave_id, token_hash=f"{wave_id:064d}"))
            db.session.add(Invitation(wave_id=wave_id, code_hash=f"{wave_id + 100:064d}"))
        db.session.add(FormToken(token_hash="a" * 64, used_on=date.today() - timedelta(days=9)))
        db.session.add(FormToken(token_hash="b" * 64, used_on=date.today()))
        db.session.commit()
    assert runner.invoke(args=["surveys", "close-wave", "closing", "2026-Q4"]).exit_code == 0
    before = table_counts(app)

    dry = runner.invoke(args=["surveys", "retention", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert (
        "would delete: 1 browser marks, 1 invitation hashes, 1 Idempotency-Keys, "
        "1 old form tokens" in dry.output
    )
    assert table_counts(app) == before

    done = runner.invoke(args=["surveys", "retention"])
    assert done.exit_code == 0 and "deleted: 1 browser marks" in done.output
    after = table_counts(app)
    assert after == {
        "RespondentMark": 1,
        "Invitation": 1,
        "IdempotencyKey": 1,
        "FormToken": 1,
        "Response": 2,
    }
    with app.app_context():
        left = db.session.execute(select(RespondentMark.wave_id)).scalars().all()
        assert left == [staying["wave_id"]]
        event = db.session.execute(
            select(AuditEvent).filter_by(action="surveys.retention")
        ).scalar_one()
        assert event.details == {
            "respondent_marks": 1,
            "invitations": 1,
            "idempotency_keys": 1,
            "form_tokens": 1,
        }
    again = runner.invoke(args=["surveys", "retention"])
    assert "deleted: 0 browser marks, 0 invitation hashes, 0 Idempotency-Keys" in again.output

"""Storing a response: the same code on SQLite and PostgreSQL.

A response, its answers and the marks that keep it one per person (used form token, respondent
mark, used invitation, idempotency key) are written in one ordinary transaction, with a last
check that the wave is still open; the database's unique keys stop a racing duplicate.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from database import one_writer_at_a_time
from extensions import db
from localization import utcnow
from surveys.instrument import Instrument
from surveys.marks import invitation_hash, keyed_hash
from surveys.models import (
    Answer,
    FormToken,
    IdempotencyKey,
    Invitation,
    RespondentMark,
    Response,
    Survey,
    SurveyStatus,
    Wave,
    new_response_id,
)
from surveys.service import (
    AlreadyAnswered,
    DuplicateSubmission,
    InvitationRefused,
    OpenWave,
    SubmissionRefused,
    WaveClosed,
    form_token_used,
    has_answered,
    idempotent_response,
)
from surveys.validation import answer_rows, profile_columns


def store_response(
    survey: Instrument,
    wave: OpenWave,
    answers: Mapping[str, Any],
    *,
    channel: str,
    form_token: str | None = None,
    respondent_token: str | None = None,
    invitation: str | None = None,
    idempotency_key: str | None = None,
) -> str:
    """Store one response and return its id, or raise SubmissionRefused saying why not."""
    today = utcnow().date()
    response_id = new_response_id()
    marks = []
    if form_token:
        token_hash = keyed_hash("form", form_token)
        marks.append((FormToken.__table__, {"token_hash": token_hash, "used_on": today}))
    if respondent_token:
        mark = keyed_hash("respondent", wave.id, respondent_token)
        marks.append((RespondentMark.__table__, {"wave_id": wave.id, "token_hash": mark}))
    if idempotency_key:
        key_hash = keyed_hash("idempotency", survey.id, idempotency_key)
        row = {"key_hash": key_hash, "response_id": response_id, "created_on": today}
        marks.append((IdempotencyKey.__table__, row))
    response = {
        "id": response_id,
        "wave_id": wave.id,
        "submitted_on": today,
        "channel": channel,
        **profile_columns(answers, survey.regions.ids),
    }
    rows = answer_rows(survey.questions, answers, response_id)
    try:
        with one_writer_at_a_time(db.engine.url):
            try:
                # Writes come before the read, so SQLite takes its write lock at the start and
                # no commit in between can leave this transaction a stale snapshot.
                if invitation is not None and not _use_invitation(wave, invitation):
                    raise InvitationRefused()
                # The tables' own INSERTs: the ORM's bulk path would add work and nothing else.
                for table, values in marks:
                    db.session.execute(insert(table), values)
                db.session.execute(insert(Response.__table__), response)
                if rows:
                    db.session.execute(insert(Answer.__table__), rows)
                if not _still_open(wave):
                    raise WaveClosed()
                db.session.commit()
            except BaseException:
                db.session.rollback()  # within the turn: the next writer finds SQLite free
                raise
    except IntegrityError:
        raise _conflict(survey, wave, form_token, respondent_token, idempotency_key) from None
    return response_id


def _use_invitation(wave: OpenWave, code: str) -> bool:
    used = db.session.execute(
        update(Invitation)
        .where(
            Invitation.wave_id == wave.id,
            Invitation.code_hash == invitation_hash(code),
            Invitation.used.is_(False),
        )
        .values(used=True)
    )
    return used.rowcount == 1


# Read under a share lock, so that on PostgreSQL a wave being closed waits for the transaction
# that stores a response to it (and its close counts that response). Built once.
_STILL_OPEN = (
    select(Wave.id)
    .join(Survey, Survey.id == Wave.survey_id)
    .where(
        Wave.id == bindparam("wave_id"),
        Survey.status == SurveyStatus.OPEN,
        Wave.opens_at <= bindparam("now"),
        Wave.closes_at > bindparam("now"),
    )
    .with_for_update(read=True)
)


def _still_open(wave: OpenWave) -> bool:
    found = db.session.execute(_STILL_OPEN, {"wave_id": wave.id, "now": utcnow()})
    return found.first() is not None


def _conflict(survey, wave, form_token, respondent_token, idempotency_key) -> SubmissionRefused:
    """Which uniqueness rule a duplicate ran into."""
    if idempotency_key:
        existing = idempotent_response(survey, idempotency_key)
        if existing is not None:
            return DuplicateSubmission(existing)
    if form_token and form_token_used(form_token):
        return DuplicateSubmission()
    if has_answered(wave, respondent_token):
        return AlreadyAnswered()
    return SubmissionRefused("the response conflicts with stored data")

"""Operations on surveys, callable without HTTP: find what is open, run waves, invitations.

Storing responses is in surveys/storing.py.
"""

from dataclasses import dataclass
from datetime import datetime
from time import monotonic

from flask_babel import gettext as _
from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import selectinload

from accounts.audit import record
from accounts.models import Region
from extensions import db
from localization import utcnow
from surveys.instrument import Instrument, RegionTable
from surveys.marks import invitation_hash, keyed_hash, new_invitation_code
from surveys.models import (
    FormToken,
    IdempotencyKey,
    Invitation,
    RespondentMark,
    Response,
    Survey,
    SurveyStatus,
    Wave,
)

MAX_INVITATIONS = 10_000


class SurveyError(ValueError):
    """An administrative request that cannot be carried out; the message says why."""


class SubmissionRefused(Exception):
    """A response that is not stored; the subclass says why."""


class WaveClosed(SubmissionRefused):
    pass


class AlreadyAnswered(SubmissionRefused):
    pass


class InvitationRefused(SubmissionRefused):
    """The invitation code was used by another response in the meantime."""

    @property
    def message(self) -> str:
        return _("This invitation code has already been used.")


class DuplicateSubmission(SubmissionRefused):
    """The same form or Idempotency-Key again: the first submission stands."""

    def __init__(self, response_id: str | None = None):
        super().__init__(response_id)
        self.response_id = response_id


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class OpenWave:
    id: int
    label: str
    opens_at: datetime
    closes_at: datetime


# Instruments by (database, survey id), each checked against the survey's revision on every
# request; the age limit only refreshes region names, which change without a new revision.
INSTRUMENT_MAX_AGE = 300.0
_instruments: dict[tuple[str, int], tuple[Instrument, float]] = {}


# On every request: built once, run with its parameters.
_PUBLISHED = (
    select(
        Survey.id,
        Survey.revision,
        Survey.status,
        Wave.id,
        Wave.label,
        Wave.opens_at,
        Wave.closes_at,
    )
    .outerjoin(  # waves of one survey never overlap: one row
        Wave,
        and_(
            Wave.survey_id == Survey.id,
            Wave.opens_at <= bindparam("now"),
            Wave.closes_at > bindparam("now"),
        ),
    )
    .where(Survey.slug == bindparam("slug"), Survey.status != SurveyStatus.DRAFT)
)


def find_survey(
    slug: str, now: datetime | None = None
) -> tuple[Instrument | None, OpenWave | None]:
    """A published survey (open or closed; drafts are not public) and its open wave, if any.

    One small query for the survey's revision and status and the wave open now; the questions
    come from memory while the revision holds.
    """
    found = db.session.execute(_PUBLISHED, {"slug": slug, "now": now or utcnow()}).first()
    if found is None:
        return None, None
    survey_id, revision, status, *wave = found
    instrument = _instrument(str(db.engine.url), survey_id, revision)
    if status != SurveyStatus.OPEN or wave[0] is None:
        return instrument, None
    return instrument, OpenWave(*wave)


def _instrument(database: str, survey_id: int, revision: str) -> Instrument:
    key = (database, survey_id)
    cached = _instruments.get(key)
    if cached is not None:
        instrument, loaded = cached
        if instrument.revision == revision and monotonic() - loaded < INSTRUMENT_MAX_AGE:
            return instrument
    survey = db.session.execute(
        select(Survey).where(Survey.id == survey_id).options(selectinload(Survey.questions))
    ).scalar_one()
    instrument = Instrument.of(survey, region_table())
    _instruments[key] = (instrument, monotonic())
    return instrument


def next_wave(survey: Instrument, now: datetime | None = None) -> Wave | None:
    if survey.status != SurveyStatus.OPEN:
        return None
    return db.session.execute(
        select(Wave)
        .where(Wave.survey_id == survey.id, Wave.opens_at > (now or utcnow()))
        .order_by(Wave.opens_at)
        .limit(1)
    ).scalar_one_or_none()


def open_surveys(now: datetime | None = None) -> list[tuple[Survey, Wave]]:
    now = now or utcnow()
    rows = db.session.execute(
        select(Survey, Wave)
        .join(Wave, Wave.survey_id == Survey.id)
        .where(Survey.status == SurveyStatus.OPEN, Wave.opens_at <= now, Wave.closes_at > now)
        .order_by(Survey.audience, Survey.slug)
    ).all()
    return [(survey, wave) for survey, wave in rows]


def region_table() -> RegionTable:
    rows = db.session.execute(
        select(Region.code, Region.id, Region.names).order_by(Region.code)
    ).all()
    return RegionTable(
        codes=tuple(code for code, _, _ in rows),
        ids={code: region_id for code, region_id, _ in rows},
        choices=tuple({"value": code, "labels": names} for code, _, names in rows),
    )


def form_token_used(form_token: str) -> bool:
    token_hash = keyed_hash("form", form_token)
    return db.session.get(FormToken, token_hash) is not None


def has_answered(wave: OpenWave, respondent_token: str | None) -> bool:
    if not respondent_token:
        return False
    mark = keyed_hash("respondent", wave.id, respondent_token)
    return db.session.get(RespondentMark, (wave.id, mark)) is not None


def invitation_problem(wave: OpenWave, code: str) -> str | None:
    """Why a (normalised) invitation code cannot be used in this wave, as the respondent reads
    it; None when it can. For the survey form and the API alike."""
    if not code:
        return _("Enter the invitation code you were given.")
    # Codes are ASCII letters and digits: anything else is refused before it is hashed.
    if not (code.isascii() and code.isalnum()) or not _invitation_unused(wave, code):
        return _("This invitation code is not valid for this survey, or it has been used.")
    return None


def _invitation_unused(wave: OpenWave, code: str) -> bool:
    found = db.session.execute(
        select(Invitation.used).where(
            Invitation.wave_id == wave.id, Invitation.code_hash == invitation_hash(code)
        )
    ).scalar_one_or_none()
    return found is False


def idempotent_response(survey: Instrument, key: str) -> str | None:
    found = db.session.get(IdempotencyKey, keyed_hash("idempotency", survey.id, key))
    return found.response_id if found is not None else None


# ---------------------------------------------------------------- waves and invitations


def survey_by_slug(slug: str) -> Survey:
    survey = db.session.execute(db.select(Survey).filter_by(slug=slug)).scalar_one_or_none()
    if survey is None:
        raise SurveyError(f"no survey with the slug {slug!r}")
    return survey


def wave_by_label(survey: Survey, label: str) -> Wave:
    wave = db.session.execute(
        db.select(Wave).filter_by(survey_id=survey.id, label=label)
    ).scalar_one_or_none()
    if wave is None:
        raise SurveyError(f"survey {survey.slug!r} has no wave {label!r}")
    return wave


def open_wave(
    survey: Survey, label: str, opens_at: datetime, closes_at: datetime, actor=None
) -> Wave:
    """Schedule a wave (and open the survey); waves of one survey never overlap."""
    label = label.strip()
    if not label or len(label) > 40:
        raise SurveyError("a wave label has 1 to 40 characters, e.g. 2026-Q4")
    if closes_at <= opens_at:
        raise SurveyError("a wave must close after it opens")
    for other in survey.waves:
        if other.label == label:
            raise SurveyError(f"survey {survey.slug!r} already has a wave {label!r}")
        if other.opens_at < closes_at and opens_at < other.closes_at:
            raise SurveyError(f"the wave would overlap wave {other.label!r}")
    wave = Wave(survey=survey, label=label, opens_at=opens_at, closes_at=closes_at)
    survey.status = SurveyStatus.OPEN
    db.session.add(wave)
    record(
        "wave.open",
        f"{survey.slug} / {label}",
        {"opens_at": opens_at.isoformat(), "closes_at": closes_at.isoformat()},
        actor=actor,
    )
    db.session.commit()
    return wave


def close_wave(survey: Survey, label: str, actor=None) -> Wave:
    """Stop taking responses in a wave now (a wave not yet open will not open)."""
    wave = wave_by_label(survey, label)
    now = utcnow()
    if wave.closes_at <= now:
        raise SurveyError(f"wave {label!r} is already closed")
    wave.closes_at = max(now, wave.opens_at)
    responses = db.session.execute(
        db.select(db.func.count()).select_from(Response).where(Response.wave_id == wave.id)
    ).scalar_one()
    record("wave.close", f"{survey.slug} / {label}", {"responses": responses}, actor=actor)
    db.session.commit()
    return wave


def create_invitations(survey: Survey, label: str, count: int, actor=None) -> list[str]:
    """New single-use codes for a wave: returned once, stored only as keyed hashes."""
    if not 1 <= count <= MAX_INVITATIONS:
        raise SurveyError(f"the count must be between 1 and {MAX_INVITATIONS}")
    wave = wave_by_label(survey, label)
    codes = [new_invitation_code() for _ in range(count)]
    db.session.add_all(Invitation(wave_id=wave.id, code_hash=invitation_hash(c)) for c in codes)
    record("invitations.create", f"{survey.slug} / {label}", {"count": count}, actor=actor)
    db.session.commit()
    return codes


def invitation_counts(wave: Wave) -> tuple[int, int]:
    """(issued, used) for a wave."""
    issued, used = db.session.execute(
        db.select(
            db.func.count(Invitation.id),
            db.func.coalesce(db.func.sum(db.case((Invitation.used.is_(True), 1), else_=0)), 0),
        ).where(Invitation.wave_id == wave.id)
    ).one()
    return issued, used

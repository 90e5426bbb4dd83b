"""Survey instruments, waves, anonymous responses, and the marks that keep them one per person.

Privacy by construction: a Response holds its wave, the respondent profile, the date (never the
time), the channel and the answers. The mark tables (form tokens, respondent marks, invitations,
idempotency keys) only say "this was used"; none of them points at a response, except the
idempotency key, which a kiosk or partner app chose and needs to read its response id back.
On SQLite the response, answer and mark tables are WITHOUT ROWID and keyed by random values, so
not even the storage order tells who answered when.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, UniqueConstraint, event, false
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from database import UTCDateTime
from extensions import db
from localization import localized, utcnow


class Audience(StrEnum):
    CITIZENS = "citizens"
    EXPERTS = "experts"
    CIVIL_SERVANTS = "civil_servants"


class SurveyStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class QuestionType(StrEnum):
    LIKERT5 = "likert5"
    LIKERT7 = "likert7"
    SINGLE = "single"
    MULTI = "multi"
    YESNO = "yesno"
    NUMBER = "number"
    TEXT = "text"


class Layout(StrEnum):
    """How the survey page shows the questions: a screen per section, or all at once."""

    SECTIONS = "sections"
    SINGLE_PAGE = "single_page"


class Construct(StrEnum):
    TRUST = "trust"
    EXPERIENCE = "experience"
    TOLERANCE = "tolerance"
    AWARENESS = "awareness"
    PUBLIC_CONTROL = "public_control"
    SERVICE_QUALITY = "service_quality"


class Channel(StrEnum):
    WEB = "web"
    QR = "qr"
    API = "api"
    KIOSK = "kiosk"


# Marks and responses are keyed by random values; on SQLite the table is then stored in key
# order instead of insertion order.
NO_ROWID = {"sqlite_with_rowid": False}


class LocalizedText:
    """An attribute read in the reader's language from a per-language JSON attribute."""

    def __init__(self, texts_attribute: str):
        self.texts_attribute = texts_attribute

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return localized(getattr(instance, self.texts_attribute))


class SurveyTexts:
    title = LocalizedText("titles")
    intro = LocalizedText("intros")


class QuestionTexts:
    text = LocalizedText("texts")
    hint = LocalizedText("hints")


class Survey(SurveyTexts, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    titles: Mapped[dict] = mapped_column(JSON)
    intros: Mapped[dict | None] = mapped_column(JSON)
    audience: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), default=SurveyStatus.DRAFT)
    # Closed panels (experts, civil servants) answer with single-use invitation codes.
    requires_invitation: Mapped[bool] = mapped_column(default=False, server_default=false())
    layout: Mapped[str] = mapped_column(
        String(12), default=Layout.SECTIONS, server_default=Layout.SECTIONS.value
    )
    # The sections in order, [{"key": "services", "titles": {"kk": ..., "ru": ..., "en": ...}}];
    # a question names its section by key. None: the profile, then the other questions.
    sections: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A new random value whenever the survey or its questions change (see new_revision), so
    # each server process can keep the instrument in memory and know when to read it again.
    revision: Mapped[str] = mapped_column(String(32), default=lambda: uuid.uuid4().hex)

    questions: Mapped[list["Question"]] = relationship(
        back_populates="survey", order_by="Question.position", cascade="all, delete-orphan"
    )
    waves: Mapped[list["Wave"]] = relationship(
        back_populates="survey", order_by="Wave.opens_at", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Survey {self.slug} {self.status}>"


class Question(QuestionTexts, db.Model):
    __table_args__ = (UniqueConstraint("survey_id", "code", name="uq_question_survey_id_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(40))
    texts: Mapped[dict] = mapped_column(JSON)
    hints: Mapped[dict | None] = mapped_column(JSON)
    type: Mapped[str] = mapped_column(String(10))
    required: Mapped[bool] = mapped_column(default=False, server_default=false())
    construct: Mapped[str | None] = mapped_column(String(20))  # None: no construct
    reverse_scored: Mapped[bool] = mapped_column(default=False, server_default=false())
    # [{"value": "1", "labels": {"kk": ..., "ru": ..., "en": ...}}, ...]
    choices: Mapped[list | None] = mapped_column(JSON)
    min_value: Mapped[float | None]
    max_value: Mapped[float | None]
    max_length: Mapped[int | None]
    # {"question": "code", "op": "equals" | "in" | "not", "value": ...} on an earlier question
    show_if: Mapped[dict | None] = mapped_column(JSON)
    # Region codes where the question is asked, or None for every region.
    regions: Mapped[list | None] = mapped_column(JSON)
    # The key of the survey's section it belongs to (Survey.sections), or None.
    section: Mapped[str | None] = mapped_column(String(40))

    survey: Mapped[Survey] = relationship(back_populates="questions")

    def __repr__(self) -> str:
        return f"<Question {self.code} {self.type}>"


class Wave(db.Model):
    """A fieldwork period: responses are taken while ``opens_at <= now < closes_at``."""

    __table_args__ = (UniqueConstraint("survey_id", "label", name="uq_wave_survey_id_label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(40))
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Made by `flask demo simulate`: its responses are simulated, and every page says so.
    simulated: Mapped[bool] = mapped_column(default=False, server_default=false())

    survey: Mapped[Survey] = relationship(back_populates="waves")

    def is_open(self, now: datetime | None = None) -> bool:
        now = now or utcnow()
        return self.survey.status == SurveyStatus.OPEN and self.opens_at <= now < self.closes_at

    def __repr__(self) -> str:
        return f"<Wave {self.label}>"


def new_response_id() -> str:
    return str(uuid.uuid4())


class Response(db.Model):
    """One anonymous response. No user, address, browser, invitation or time of day."""

    __table_args__ = (
        # The trends sums run per wave × region × question.
        Index("ix_response_wave_region", "wave_id", "region_id"),
        NO_ROWID,
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_response_id)
    wave_id: Mapped[int] = mapped_column(ForeignKey("wave.id"))
    submitted_on: Mapped[date] = mapped_column(Date)  # the UTC date, never the time
    channel: Mapped[str] = mapped_column(String(8))
    weight: Mapped[float] = mapped_column(default=1.0, server_default="1")
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"))
    age_band: Mapped[str | None] = mapped_column(String(16))
    sex: Mapped[str | None] = mapped_column(String(24))
    settlement: Mapped[str | None] = mapped_column(String(16))
    respondent_group: Mapped[str | None] = mapped_column(String(24))
    service_used: Mapped[str | None] = mapped_column(String(40))

    answers: Mapped[list["Answer"]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(db.Model):
    """One answer; a multiple-choice answer has one row per chosen value (``ordinal`` 0, 1, …).

    ``value_num`` holds every scalar numeric answer (likert point, number, yes=1/no=0, a single
    choice whose value is numeric), so trends can sum n, Σw, Σwy and Σwy² in SQL.
    ``value_text`` holds choice values and free text.
    """

    __table_args__ = (NO_ROWID,)

    response_id: Mapped[str] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), primary_key=True
    )
    # No index of its own: sums run per wave (the response index, then this key), and an index
    # by question would cost every response some twenty scattered page writes.
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(primary_key=True, default=0)
    value_num: Mapped[float | None]
    value_text: Mapped[str | None] = mapped_column(Text)

    response: Mapped[Response] = relationship(back_populates="answers")


class FormToken(db.Model):
    """A one-time form token that has been used: a second submit of the same form stores nothing."""

    __table_args__ = (NO_ROWID,)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    used_on: Mapped[date] = mapped_column(Date)


class RespondentMark(db.Model):
    """This browser has answered this wave: a keyed hash of its random cookie, nothing else."""

    __table_args__ = (NO_ROWID,)

    wave_id: Mapped[int] = mapped_column(
        ForeignKey("wave.id", ondelete="CASCADE"), primary_key=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)


class Invitation(db.Model):
    """A single-use code for a closed panel. Only its keyed hash is stored, and whether it was
    used: no date, so an administrator who knows who got which code learns nothing more."""

    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("wave.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    used: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IdempotencyKey(db.Model):
    """An API client's Idempotency-Key (keyed hash) and the response it created."""

    __table_args__ = (NO_ROWID,)

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    response_id: Mapped[str] = mapped_column(String(36))
    created_on: Mapped[date] = mapped_column(Date)


@event.listens_for(Session, "before_flush")
def new_revision(session: Session, flush_context, instances) -> None:
    """Give a survey a new revision when it or one of its questions is added, changed or removed.

    Changes made with bulk UPDATE statements bypass this: set ``Survey.revision`` yourself.
    """
    changed = (*session.new, *session.dirty, *session.deleted)
    surveys = {obj for obj in changed if isinstance(obj, Survey)}
    with session.no_autoflush:
        for question in (obj for obj in changed if isinstance(obj, Question)):
            survey = question.survey or session.get(Survey, question.survey_id)
            if survey is not None:
                surveys.add(survey)
    for survey in surveys:
        if survey not in session.deleted:
            survey.revision = uuid.uuid4().hex

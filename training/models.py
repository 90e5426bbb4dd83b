"""Training: modules, lessons, the question bank, enrolments, attempts, assignments, certificates.

Content written by authors (titles, lessons, questions, choices) is stored per language as
``{"kk": ..., "ru": ..., "en": ...}`` and read with ``localization.localized``.
"""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accounts.models import Region, User
from database import UTCDateTime
from extensions import db
from localization import localized, utcnow


class Topic(StrEnum):
    CONFLICT_OF_INTEREST = "conflict_of_interest"
    GIFTS_HOSPITALITY = "gifts_hospitality"
    REPORTING_PROTECTION = "reporting_protection"
    EVERYDAY_CORRUPTION_SERVICES = "everyday_corruption_services"
    ETHICS_PUBLIC_CONTROL = "ethics_public_control"


class QuestionKind(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUEFALSE = "truefalse"
    SCENARIO = "scenario"


class AttemptKind(StrEnum):
    PRE = "pre"
    POST = "post"


class Module(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    topic: Mapped[str] = mapped_column(String(40))
    minutes: Mapped[int]
    pass_mark: Mapped[int] = mapped_column(default=80)  # percent, for the post-test
    max_attempts: Mapped[int] = mapped_column(default=3)  # post-test attempts per enrolment
    published: Mapped[bool] = mapped_column(default=False)
    title: Mapped[dict] = mapped_column(JSON)
    summary: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    lessons: Mapped[list["Lesson"]] = relationship(
        back_populates="module", order_by="Lesson.position", cascade="all, delete-orphan"
    )
    categories: Mapped[list["QuestionCategory"]] = relationship(
        back_populates="module",
        order_by="QuestionCategory.position",
        cascade="all, delete-orphan",
    )

    @property
    def name(self) -> str:
        return localized(self.title)

    @property
    def questions(self) -> list["BankQuestion"]:
        return [question for category in self.categories for question in category.questions]

    def __repr__(self) -> str:
        return f"<Module {self.slug}>"


class Lesson(db.Model):
    __table_args__ = (UniqueConstraint("module_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"))
    position: Mapped[int]  # 1, 2, 3 ... as shown to the learner
    title: Mapped[dict] = mapped_column(JSON)
    body: Mapped[dict] = mapped_column(JSON)  # Markdown per language

    module: Mapped[Module] = relationship(back_populates="lessons")


class QuestionCategory(db.Model):
    __table_args__ = (UniqueConstraint("module_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"))
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(64))
    title: Mapped[dict] = mapped_column(JSON)
    draw_count: Mapped[int]  # questions drawn from this category for each test

    module: Mapped[Module] = relationship(back_populates="categories")
    questions: Mapped[list["BankQuestion"]] = relationship(
        back_populates="category", order_by="BankQuestion.position", cascade="all, delete-orphan"
    )


class BankQuestion(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("question_category.id"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[dict] = mapped_column(JSON)
    scenario: Mapped[dict | None] = mapped_column(JSON)  # the case, for scenario dilemmas
    explanation: Mapped[dict | None] = mapped_column(JSON)
    # Questions are retired, never deleted: past attempts keep pointing at them.
    active: Mapped[bool] = mapped_column(default=True)
    # A drawn question is never edited in place: the editor retires it for a new version.
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("bank_question.id"))

    category: Mapped[QuestionCategory] = relationship(back_populates="questions")
    choices: Mapped[list["BankChoice"]] = relationship(
        back_populates="question", order_by="BankChoice.position", cascade="all, delete-orphan"
    )

    superseded_by: Mapped["BankQuestion | None"] = relationship(remote_side=[id])

    @property
    def single_answer(self) -> bool:
        return self.kind != QuestionKind.MULTIPLE

    @property
    def correct_ids(self) -> set[int]:
        return {choice.id for choice in self.choices if choice.correct}


class BankChoice(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("bank_question.id"))
    position: Mapped[int]
    text: Mapped[dict] = mapped_column(JSON)
    correct: Mapped[bool] = mapped_column(default=False)
    feedback: Mapped[dict | None] = mapped_column(JSON)

    question: Mapped[BankQuestion] = relationship(back_populates="choices")


class Enrollment(db.Model):
    """One pass of a learner through a module; a renewal after expiry starts a new one."""

    # The unique cycle number stops a double click from opening two enrolments.
    __table_args__ = (UniqueConstraint("user_id", "module_id", "cycle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"), index=True)
    cycle: Mapped[int] = mapped_column(default=1)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()
    module: Mapped[Module] = relationship()
    attempts: Mapped[list["Attempt"]] = relationship(
        back_populates="enrollment", order_by="Attempt.id"
    )
    lessons_done: Mapped[list["LessonProgress"]] = relationship(back_populates="enrollment")


class LessonProgress(db.Model):
    __table_args__ = (UniqueConstraint("enrollment_id", "lesson_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"))
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id"))
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    enrollment: Mapped[Enrollment] = relationship(back_populates="lessons_done")


class Attempt(db.Model):
    # The unique number per enrolment and kind stops two clicks from starting two attempts.
    __table_args__ = (UniqueConstraint("enrollment_id", "kind", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"))
    # Copied from the enrolment so reports filter attempts without a join.
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    number: Mapped[int]  # 1, 2, ... per enrolment and kind
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    score_raw: Mapped[int | None]
    score_max: Mapped[int]
    percent: Mapped[float | None]
    passed: Mapped[bool | None]  # None for a pre-test: it has no pass mark

    enrollment: Mapped[Enrollment] = relationship(back_populates="attempts")
    user: Mapped[User] = relationship()
    module: Mapped[Module] = relationship()
    items: Mapped[list["AttemptItem"]] = relationship(
        back_populates="attempt", order_by="AttemptItem.position", cascade="all, delete-orphan"
    )
    certificate: Mapped["Certificate | None"] = relationship(back_populates="attempt")

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


class AttemptItem(db.Model):
    """A drawn question, its choices in the order shown and what the learner chose."""

    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"))
    position: Mapped[int]  # 0-based slot: the k-th question drawn from a category
    question_id: Mapped[int] = mapped_column(ForeignKey("bank_question.id"), index=True)
    choice_order: Mapped[list] = mapped_column(JSON)  # choice ids as shown
    selected: Mapped[list | None] = mapped_column(JSON)  # choice ids, saved even before submit
    correct: Mapped[bool | None]

    attempt: Mapped[Attempt] = relationship(back_populates="items")
    question: Mapped[BankQuestion] = relationship()

    @property
    def ordered_choices(self) -> list[BankChoice]:
        by_id = {choice.id: choice for choice in self.question.choices}
        return [by_id[choice_id] for choice_id in self.choice_order if choice_id in by_id]


class Assignment(db.Model):
    """A module assigned to everyone who matches every criterion that is set."""

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(20))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"))
    organisation: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    renewal_months: Mapped[int | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    module: Mapped[Module] = relationship()
    region: Mapped[Region | None] = relationship()

    def matches(self, user: User) -> bool:
        if self.role is not None and self.role != user.role:
            return False
        if self.region_id is not None and self.region_id != user.region_id:
            return False
        if self.organisation is not None:
            theirs = (user.organisation or "").strip().casefold()
            return theirs == self.organisation.strip().casefold()
        return True


class Certificate(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id"), index=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"), unique=True)
    holder_name: Mapped[str] = mapped_column(String(200))  # as it was when issued
    score_percent: Mapped[float]
    language: Mapped[str] = mapped_column(String(2))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship()
    module: Mapped[Module] = relationship()
    attempt: Mapped[Attempt] = relationship(back_populates="certificate")

    def status(self, now: datetime) -> str:
        """valid, expired or revoked, from the database alone."""
        if self.revoked_at is not None:
            return "revoked"
        if self.valid_until is not None and self.valid_until <= now:
            return "expired"
        return "valid"

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


class Reminder(db.Model):
    """An e-mail owed to one person, once: sent_at is set when the mail server took it."""

    __table_args__ = (UniqueConstraint("kind", "user_id", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # due_soon, certificate_expiring, admin_summary
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    # What it is about, e.g. "module 3 due 2026-12-01", "certificate ABCD…", "week 2026-W48".
    subject: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A run that is sending it holds it until then, so two runs at once never both send it.
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship()

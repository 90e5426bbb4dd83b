"""Where a learner stands in a module, and the lessons they read on the way.

The path through a module is pre-test → lessons → post-test → certificate. Each pass is an
:class:`Enrollment`; when a completion expires (renewal) or its certificate is revoked, the
next visit starts a new one.
"""

from dataclasses import dataclass, field
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from accounts.models import User
from extensions import db
from localization import utcnow
from training.assignments import check_access
from training.errors import OutOfOrder, TrainingError
from training.models import (
    Attempt,
    AttemptKind,
    Certificate,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
)


@dataclass
class Step:
    """Where the learner goes next: pre_test, lesson, post_test, completed, no_attempts_left."""

    kind: str
    attempt: Attempt | None = None
    lesson: Lesson | None = None


@dataclass
class Progress:
    module: Module
    enrollment: Enrollment | None
    # The last completed pass whose certificate has expired or been revoked, if any.
    previous: Enrollment | None = None
    attempts: list[Attempt] = field(default_factory=list)
    lessons_done: set[int] = field(default_factory=set)

    @property
    def pre(self) -> Attempt | None:
        return next((a for a in self.attempts if a.kind == AttemptKind.PRE), None)

    @property
    def post(self) -> list[Attempt]:
        return [a for a in self.attempts if a.kind == AttemptKind.POST]

    @property
    def pre_done(self) -> bool:
        return self.pre is not None and self.pre.submitted

    @property
    def lessons_remaining(self) -> list[Lesson]:
        return [lesson for lesson in self.module.lessons if lesson.id not in self.lessons_done]

    @property
    def passed_attempt(self) -> Attempt | None:
        return next((a for a in self.post if a.passed), None)

    @property
    def open_post(self) -> Attempt | None:
        return next((a for a in self.post if not a.submitted), None)

    @property
    def attempts_left(self) -> int:
        return max(self.module.max_attempts - len(self.post), 0)

    @property
    def certificate(self) -> Certificate | None:
        passed = self.passed_attempt
        return passed.certificate if passed is not None else None

    @property
    def next_step(self) -> Step:
        if not self.pre_done:
            return Step("pre_test", attempt=self.pre)
        if self.lessons_remaining:
            return Step("lesson", lesson=self.lessons_remaining[0])
        if self.passed_attempt is not None:
            return Step("completed", attempt=self.passed_attempt)
        if self.open_post is not None:
            return Step("post_test", attempt=self.open_post)
        if self.attempts_left == 0:
            return Step("no_attempts_left", attempt=self.post[-1] if self.post else None)
        return Step("post_test")


def certificate_of(enrollment: Enrollment) -> Certificate | None:
    passed = next((a for a in enrollment.attempts if a.passed), None)
    return passed.certificate if passed is not None else None


def load_progress(user: User, module: Module, now: datetime | None = None) -> Progress:
    enrollment = db.session.execute(
        db.select(Enrollment)
        .filter_by(user_id=user.id, module_id=module.id)
        .order_by(Enrollment.cycle.desc())
        .limit(1)
    ).scalar_one_or_none()
    return progress_of(module, enrollment, now)


def progress_of(module: Module, enrollment: Enrollment | None, now: datetime | None = None):
    """Where a learner stands, from their latest enrolment in the module (None: never began)."""
    previous = None
    if enrollment is not None and enrollment.completed_at is not None:
        certificate = certificate_of(enrollment)
        if certificate is not None and certificate.status(now or utcnow()) != "valid":
            previous, enrollment = enrollment, None
    if enrollment is None:
        return Progress(module, None, previous)
    return Progress(
        module,
        enrollment,
        previous,
        attempts=list(enrollment.attempts),
        lessons_done={done.lesson_id for done in enrollment.lessons_done},
    )


def lesson_at(module: Module, position: int) -> Lesson:
    lesson = next((lesson for lesson in module.lessons if lesson.position == position), None)
    if lesson is None:
        raise TrainingError(_l("This module has no such lesson."))
    return lesson


def open_lesson(user: User, module: Module, position: int) -> tuple[Lesson, Progress]:
    """A lesson the learner may read: after the pre-test."""
    check_access(user, module)
    progress = load_progress(user, module)
    if not progress.pre_done:
        raise OutOfOrder(
            _l("Please take the pre-test first: it measures what you know before the lessons.")
        )
    return lesson_at(module, position), progress


def complete_lesson(user: User, module: Module, position: int) -> Progress:
    lesson, progress = open_lesson(user, module, position)
    if lesson.id not in progress.lessons_done:
        db.session.add(LessonProgress(enrollment_id=progress.enrollment.id, lesson_id=lesson.id))
        try:
            db.session.commit()
        except IntegrityError:  # the same lesson marked twice at once: already saved
            db.session.rollback()
    return load_progress(user, module)

"""Training operations, callable without HTTP: access, the learner's path, tests, assignments.

The learner's path through a module is pre-test → lessons → post-test → certificate. Each pass
is an :class:`Enrollment`; when a completion expires (renewal) or its certificate is revoked,
the next visit starts a new one. Errors are :class:`TrainingError` subclasses whose message
is shown to the person as it is, with the HTTP status they carry.

Scoring: one point per question. Single choice, true/false and scenario questions score when
the chosen choice is the correct one; multiple choice scores all-or-nothing: the point needs
exactly the set of correct choices (no partial credit, so guessing every box earns nothing).
"""

import calendar
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from accounts.audit import record
from accounts.models import Region, Role, User
from extensions import db
from localization import LOCAL_TZ, utcnow
from training.models import (
    Assignment,
    Attempt,
    AttemptItem,
    AttemptKind,
    BankQuestion,
    Certificate,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    QuestionKind,
)

# ------------------------------------------------------------------------------ errors


class TrainingError(Exception):
    """A request the training rules refuse; ``message`` is shown to the person as it is."""

    status = 400
    code = "invalid"

    def __init__(self, message, **context):
        super().__init__(message)
        self.message = message
        self.context = context


class ModuleNotFound(TrainingError):
    status, code = 404, "not_found"

    def __init__(self):
        super().__init__(_l("We could not find this module. Check the address."))


class NotPublished(TrainingError):
    status, code = 404, "not_published"

    def __init__(self):
        super().__init__(
            _l("This module is not published yet. It opens once the agency publishes it.")
        )


class NotAssigned(TrainingError):
    status, code = 403, "not_assigned"

    def __init__(self):
        super().__init__(
            _l("This module is not assigned to you. My learning lists the modules you can take.")
        )


class OutOfOrder(TrainingError):
    status, code = 409, "out_of_order"


class ModuleNotReady(TrainingError):
    status, code = 409, "not_ready"

    def __init__(self):
        super().__init__(_l("This module has no test questions yet. Please try again later."))


class AttemptLimitReached(TrainingError):
    status, code = 409, "attempt_limit"

    def __init__(self, limit: int):
        super().__init__(
            _l(
                "You have used all %(limit)s attempts at the post-test of this module. "
                "Please contact your administrator.",
                limit=limit,
            ),
            limit=limit,
        )


class AlreadyCompleted(TrainingError):
    status, code = 409, "completed"

    def __init__(self):
        super().__init__(_l("You have already passed this module."))


class AttemptNotFound(TrainingError):
    status, code = 404, "attempt_not_found"

    def __init__(self):
        super().__init__(
            _l("This test was not started, or it is not yours. Start it from My learning.")
        )


class AlreadySubmitted(TrainingError):
    status, code = 409, "already_submitted"

    def __init__(self, attempt: Attempt):
        super().__init__(
            _l("This test was already submitted. Your first answers count; nothing was changed."),
            attempt=attempt,
        )
        self.attempt = attempt


class NotDrawn(TrainingError):
    status, code = 400, "not_drawn"

    def __init__(self, question_ids: list[int]):
        super().__init__(
            _l(
                "Question %(ids)s was not part of this test, so its answer was not accepted.",
                ids=", ".join(map(str, question_ids)),
            ),
            question_ids=question_ids,
        )


class InvalidChoice(TrainingError):
    status, code = 400, "invalid_choice"

    def __init__(self, question_id: int):
        super().__init__(
            _l(
                "The answer to question %(id)s is not one of its choices, "
                "or more than one choice was sent where only one is allowed.",
                id=question_id,
            ),
            question_id=question_id,
        )


class Incomplete(TrainingError):
    status, code = 400, "incomplete"

    def __init__(self, missing: list[AttemptItem]):
        super().__init__(
            _l("Please answer every question. Your answers so far are saved."), missing=missing
        )
        self.missing = missing


class AssignmentError(TrainingError):
    status, code = 400, "assignment"


# ------------------------------------------------------------------------------ time


def local_today(now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(LOCAL_TZ).date()


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, _month_days(year, month)))


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# ------------------------------------------------------------------------------ modules


def module_by_slug(slug: str) -> Module:
    module = db.session.execute(db.select(Module).filter_by(slug=slug)).scalar_one_or_none()
    if module is None:
        raise ModuleNotFound()
    return module


def all_modules() -> list[Module]:
    return list(db.session.execute(db.select(Module).order_by(Module.id)).scalars())


def readiness_problems(module: Module) -> list[str]:
    """Why a module cannot be published yet (empty when it can)."""
    problems = []
    if not module.lessons:
        problems.append(_l("The module has no lessons."))
    if not any(category.draw_count for category in module.categories):
        problems.append(_l("The module draws no test questions."))
    for category in module.categories:
        active = sum(1 for question in category.questions if question.active)
        if active < category.draw_count:
            problems.append(
                _l(
                    "Category %(code)s draws %(draw)s questions but has only %(active)s.",
                    code=category.code,
                    draw=category.draw_count,
                    active=active,
                )
            )
    return problems


def set_published(module: Module, published: bool, actor) -> None:
    if published and (problems := readiness_problems(module)):
        raise TrainingError(problems[0])
    if module.published != published:
        module.published = published
        record("module.publish" if published else "module.unpublish", module.slug, actor=actor)
    db.session.commit()


# ------------------------------------------------------------------------------ assignments


@dataclass
class Terms:
    """What a learner's assignments of one module ask: the earliest due date, the renewal."""

    due_on: date
    renewal_months: int | None


def assignment_terms(user: User) -> dict[int, Terms]:
    """Per module id, the terms of every assignment that matches ``user``."""
    terms: dict[int, Terms] = {}
    for assignment in db.session.execute(db.select(Assignment)).scalars():
        if not assignment.matches(user):
            continue
        current = terms.get(assignment.module_id)
        if current is None:
            terms[assignment.module_id] = Terms(assignment.due_on, assignment.renewal_months)
            continue
        current.due_on = min(current.due_on, assignment.due_on)
        renewals = [m for m in (current.renewal_months, assignment.renewal_months) if m]
        current.renewal_months = min(renewals) if renewals else None
    return terms


def check_access(user: User, module: Module) -> Terms:
    """The learner's terms for a module they may take; NotPublished or NotAssigned otherwise."""
    if not module.published:
        raise NotPublished()
    terms = assignment_terms(user).get(module.id)
    if terms is None:
        raise NotAssigned()
    return terms


def create_assignment(
    module: Module,
    due_on: date | None,
    actor,
    role: str | None = None,
    region: Region | None = None,
    organisation: str | None = None,
    renewal_months: int | None = None,
    today: date | None = None,
) -> Assignment:
    organisation = (organisation or "").strip() or None
    role = role or None
    if role is None and region is None and organisation is None:
        raise AssignmentError(_l("Choose a role, a region or an organisation (or several)."))
    if role is not None and role not in set(Role):
        raise AssignmentError(_l("Choose a role from the list."))
    if due_on is None:
        raise AssignmentError(_l("Enter a due date."))
    if due_on < (today or local_today()):
        raise AssignmentError(_l("The due date cannot be in the past."))
    if renewal_months is not None and not 1 <= renewal_months <= 120:
        raise AssignmentError(_l("Renewal must be between 1 and 120 months, or left empty."))
    assignment = Assignment(
        module=module,
        role=role,
        region=region,
        organisation=organisation,
        due_on=due_on,
        renewal_months=renewal_months,
        created_by_id=getattr(actor, "id", None),
    )
    db.session.add(assignment)
    record(
        "module.assign",
        module.slug,
        {
            "role": role,
            "region": region.code if region else None,
            "organisation": organisation,
            "due_on": due_on.isoformat(),
            "renewal_months": renewal_months,
        },
        actor=actor,
    )
    db.session.commit()
    return assignment


def delete_assignment(assignment_id: int, actor) -> None:
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None:
        raise TrainingError(_l("This assignment no longer exists."))
    record(
        "module.unassign",
        assignment.module.slug,
        {"assignment": assignment.id, "due_on": assignment.due_on.isoformat()},
        actor=actor,
    )
    db.session.delete(assignment)
    db.session.commit()


def all_assignments() -> list[Assignment]:
    return list(
        db.session.execute(
            db.select(Assignment).order_by(Assignment.due_on, Assignment.id)
        ).scalars()
    )


# ------------------------------------------------------------------------------ the path


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


def _certificate_of(enrollment: Enrollment) -> Certificate | None:
    passed = next((a for a in enrollment.attempts if a.passed), None)
    return passed.certificate if passed is not None else None


def load_progress(user: User, module: Module, now: datetime | None = None) -> Progress:
    enrollment = db.session.execute(
        db.select(Enrollment)
        .filter_by(user_id=user.id, module_id=module.id)
        .order_by(Enrollment.cycle.desc())
        .limit(1)
    ).scalar_one_or_none()
    previous = None
    if enrollment is not None and enrollment.completed_at is not None:
        certificate = _certificate_of(enrollment)
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


def draw_questions(module: Module, rng: random.Random) -> list[tuple[BankQuestion, list[int]]]:
    """``draw_count`` active questions per category, categories in order; choices shuffled.

    True/false keeps its True-then-False order: shuffling two fixed answers only confuses.
    """
    drawn = []
    for category in module.categories:
        active = [question for question in category.questions if question.active]
        for question in rng.sample(active, min(category.draw_count, len(active))):
            order = [choice.id for choice in question.choices]
            if question.kind != QuestionKind.TRUEFALSE:
                rng.shuffle(order)
            drawn.append((question, order))
    return drawn


def start_attempt(
    user: User, module: Module, kind: str, rng: random.Random | None = None
) -> Attempt:
    """The open attempt of this kind, or a new one with its questions drawn and stored."""
    check_access(user, module)
    progress = load_progress(user, module)
    if kind == AttemptKind.PRE:
        if progress.pre is not None:
            if not progress.pre.submitted:
                return progress.pre
            raise OutOfOrder(_l("You have already taken the pre-test of this module."))
        enrollment = progress.enrollment
        if enrollment is None:
            cycle = progress.previous.cycle + 1 if progress.previous else 1
            enrollment = Enrollment(user_id=user.id, module_id=module.id, cycle=cycle)
            db.session.add(enrollment)
        number = 1
    elif kind == AttemptKind.POST:
        if not progress.pre_done:
            raise OutOfOrder(
                _l("Please take the pre-test first: it measures what you know before the lessons.")
            )
        if progress.lessons_remaining:
            raise OutOfOrder(_l("Please finish every lesson before the post-test."))
        if progress.passed_attempt is not None:
            raise AlreadyCompleted()
        if progress.open_post is not None:
            return progress.open_post
        if progress.attempts_left == 0:
            raise AttemptLimitReached(module.max_attempts)
        enrollment, number = progress.enrollment, len(progress.post) + 1
    else:
        raise TrainingError(_l("Unknown kind of test."))

    drawn = draw_questions(module, rng or random.SystemRandom())
    if not drawn:
        db.session.rollback()
        raise ModuleNotReady()
    attempt = Attempt(
        enrollment=enrollment,
        user_id=user.id,
        module_id=module.id,
        kind=kind,
        number=number,
        score_max=len(drawn),
        items=[
            AttemptItem(position=position, question=question, choice_order=order)
            for position, (question, order) in enumerate(drawn)
        ],
    )
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:
        # Another request (a double click) opened it first: continue with that one.
        db.session.rollback()
        progress = load_progress(user, module)
        opened = progress.pre if kind == AttemptKind.PRE else progress.open_post
        if opened is None:
            raise
        return opened
    return attempt


def owned_attempt(user: User, attempt_id: int) -> Attempt:
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.user_id != user.id:
        raise AttemptNotFound()
    return attempt


def _validated_answers(
    attempt: Attempt, answers: Mapping[int, Sequence[int]]
) -> dict[int, list[int]]:
    """The answers keyed by drawn question; NotDrawn / InvalidChoice before anything is stored."""
    items = {item.question_id: item for item in attempt.items}
    not_drawn = sorted(question_id for question_id in answers if question_id not in items)
    if not_drawn:
        raise NotDrawn(not_drawn)
    cleaned = {}
    for question_id, choice_ids in answers.items():
        item = items[question_id]
        chosen = list(dict.fromkeys(choice_ids))
        if any(choice_id not in item.choice_order for choice_id in chosen) or (
            item.question.single_answer and len(chosen) > 1
        ):
            raise InvalidChoice(question_id)
        cleaned[question_id] = chosen
    return cleaned


def submit_attempt(
    user: User,
    attempt_id: int,
    answers: Mapping[int, Sequence[int]],
    language: str = "ru",
    now: datetime | None = None,
) -> Attempt:
    """Score and close an attempt. Answers map a drawn question id to the chosen choice ids.

    Refusals keep what the learner chose: a wrong question or choice stores nothing and the
    page shows the choices again; an incomplete test, or a module closed meanwhile, saves the
    answers given so far on the open attempt.
    """
    attempt = owned_attempt(user, attempt_id)
    if attempt.submitted:
        raise AlreadySubmitted(attempt)
    chosen = _validated_answers(attempt, answers)
    for item in attempt.items:
        item.selected = chosen.get(item.question_id, [])
    db.session.commit()  # a draft: nothing the learner chose is lost, whatever comes next
    terms = check_access(user, attempt.module)
    missing = [item for item in attempt.items if not item.selected]
    if missing:
        raise Incomplete(missing)

    now = now or utcnow()
    # Only one submission can win, even when two arrive at the same moment.
    closed = db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
        .values(submitted_at=now)
    )
    if closed.rowcount != 1:
        db.session.rollback()
        raise AlreadySubmitted(attempt)
    db.session.refresh(attempt)
    for item in attempt.items:
        item.correct = set(item.selected) == item.question.correct_ids
    attempt.score_raw = sum(1 for item in attempt.items if item.correct)
    attempt.score_max = len(attempt.items)
    attempt.percent = round(100 * attempt.score_raw / attempt.score_max, 2)
    if attempt.kind == AttemptKind.POST:
        attempt.passed = attempt.percent >= attempt.module.pass_mark
        if attempt.passed:
            from training.certificates import issue_certificate

            attempt.enrollment.completed_at = now
            issue_certificate(attempt, language, terms.renewal_months, now)
    db.session.commit()
    return attempt


def save_draft(user: User, attempt_id: int, answers: Mapping[int, Sequence[int]]) -> Attempt:
    """Store answers on an open attempt without submitting it."""
    attempt = owned_attempt(user, attempt_id)
    if attempt.submitted:
        raise AlreadySubmitted(attempt)
    chosen = _validated_answers(attempt, answers)
    for item in attempt.items:
        item.selected = chosen.get(item.question_id, item.selected or [])
    db.session.commit()
    return attempt


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


# ------------------------------------------------------------------------------ my learning


@dataclass
class LearningItem:
    module: Module
    terms: Terms
    progress: Progress
    status: str  # not_started, in_progress, overdue, completed, expired, revoked, no_attempts_left
    certificate: Certificate | None = None


def learning_status(progress: Progress, terms: Terms, now: datetime) -> str:
    step = progress.next_step.kind
    if progress.enrollment is None:
        if progress.previous is not None:
            previous = _certificate_of(progress.previous)
            return "revoked" if previous and previous.status(now) == "revoked" else "expired"
        started = False
    else:
        if step == "completed":
            return "completed"
        if step == "no_attempts_left":
            return "no_attempts_left"
        started = True
    if local_today(now) > terms.due_on:
        return "overdue"
    return "in_progress" if started else "not_started"


def my_learning(user: User, now: datetime | None = None) -> list[LearningItem]:
    """The published modules assigned to ``user``, with where they stand."""
    now = now or utcnow()
    items = []
    for module_id, terms in assignment_terms(user).items():
        module = db.session.get(Module, module_id)
        if module is None or not module.published:
            continue
        progress = load_progress(user, module, now)
        certificate = progress.certificate
        if certificate is None and progress.previous is not None:
            certificate = _certificate_of(progress.previous)
        status = learning_status(progress, terms, now)
        items.append(LearningItem(module, terms, progress, status, certificate))
    return sorted(items, key=lambda item: (item.status == "completed", item.terms.due_on))


def certificates_of(user: User) -> list[Certificate]:
    return list(
        db.session.execute(
            db.select(Certificate).filter_by(user_id=user.id).order_by(Certificate.issued_at.desc())
        ).scalars()
    )

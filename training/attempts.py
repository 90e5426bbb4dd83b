"""Pre-tests and post-tests: draw the questions, keep a draft, score and close an attempt.

Scoring: one point per question. Single choice, true/false and scenario questions score when
the chosen choice is the correct one; multiple choice scores all-or-nothing: the point needs
exactly the set of correct choices (no partial credit, so guessing every box earns nothing).
"""

import random
from collections.abc import Mapping, Sequence
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from accounts.models import User
from extensions import db
from localization import utcnow
from training.assignments import check_access
from training.certificates import issue_certificate
from training.errors import (
    AlreadyCompleted,
    AlreadySubmitted,
    AttemptLimitReached,
    AttemptNotFound,
    Incomplete,
    InvalidChoice,
    ModuleNotReady,
    NotDrawn,
    OutOfOrder,
    TrainingError,
)
from training.models import (
    Attempt,
    AttemptItem,
    AttemptKind,
    BankQuestion,
    Enrollment,
    Module,
    QuestionKind,
)
from training.progress import load_progress


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

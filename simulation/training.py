"""Simulated learners: civil servants in every region taking the published modules.

Each simulated learner is an account marked simulated (it cannot sign in, see
accounts.service.authenticate), in a region, with an assignment of every published module.
A learner takes the pre-test, reads the lessons, takes the post-test, and retakes a failed one
while attempts remain. Questions are drawn as the real tests draw them
(training.attempts.draw_questions); a question is answered right with probability

    logistic(DISCRIMINATION · (ability − difficulty) + gain · [post-test] + PRACTICE · retakes)

with the learner's ability ~ N(0, 1), each question's difficulty fixed per seed, and ``gain``
the module's known knowledge gain (simulation.effects.KNOWLEDGE_GAINS; one module gains
nothing). Simulated learners get no certificates: a certificate is publicly verifiable and must
belong to a real person.
"""

import math
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import selectinload

from accounts.models import Region, Role, User
from extensions import db
from localization import utcnow
from simulation import effects
from simulation.population import Population
from simulation.surveys import largest_remainders, refresh_statistics
from training.attempts import draw_questions
from training.dates import local_today
from training.models import (
    Assignment,
    Attempt,
    AttemptItem,
    AttemptKind,
    BankQuestion,
    Certificate,
    Enrollment,
    LessonProgress,
    Module,
    QuestionCategory,
    QuestionKind,
)

SIMULATED_ORGANISATION = "Adal simulation"  # the assignments of simulated learners
EMAIL = "learner-{number:05d}@simulated.adal.invalid"  # .invalid: never a real address
NOT_A_PASSWORD = "simulated:no-password"  # no password hash: nothing ever matches it
CAPITAL, CAPITAL_WEIGHT = "KZ-71", 2.0  # the ministries sit in Astana
ENROL_RATE = 0.9  # a learner starts an assigned module
POST_TEST_RATE = 0.92  # ... finishes the lessons and takes the post-test
RETAKE_RATE = 0.7  # ... retakes a failed post-test while attempts remain
DISCRIMINATION = 1.4
PRACTICE = 0.3  # logits per earlier post-test attempt
DIFFICULTY = (-0.3, 0.7)  # mean and SD of question difficulty
WRITE_LEARNERS = 200  # learners written per batch


@dataclass
class SimulatedAttempt:
    kind: str
    number: int
    started_at: datetime
    submitted_at: datetime
    items: list[tuple[int, list[int], list[int], bool]]  # question id, order, chosen, right
    pass_mark: int

    @property
    def score_raw(self) -> int:
        return sum(1 for *_, correct in self.items if correct)

    @property
    def percent(self) -> float:
        return round(100 * self.score_raw / len(self.items), 2)

    @property
    def passed(self) -> bool | None:
        return None if self.kind == AttemptKind.PRE else self.percent >= self.pass_mark


@dataclass
class SimulatedEnrollment:
    module_id: int
    started_at: datetime
    lessons: list[tuple[int, datetime]] = field(default_factory=list)
    attempts: list[SimulatedAttempt] = field(default_factory=list)

    @property
    def completed_at(self) -> datetime | None:
        passed = next((a for a in self.attempts if a.passed), None)
        return passed.submitted_at if passed else None


@dataclass
class SimulatedLearner:
    number: int
    region: str
    enrollments: list[SimulatedEnrollment]


def learner_regions(population: Population, learners: int) -> list[str]:
    """Each learner's region: every region one at least, the rest by adults (Astana double)."""
    regions = population.regions
    weights = np.array(
        [population.adults(r) * (CAPITAL_WEIGHT if r == CAPITAL else 1.0) for r in regions]
    )
    floor = 1 if learners >= len(regions) else 0
    counts = floor + largest_remainders(learners - floor * len(regions), weights)
    return [region for region, count in zip(regions, counts, strict=True) for _ in range(count)]


def published_modules() -> list[Module]:
    """Published modules with their lessons, question bank and choices loaded."""
    return list(
        db.session.execute(
            select(Module)
            .where(Module.published.is_(True))
            .order_by(Module.id)
            .options(
                selectinload(Module.lessons),
                selectinload(Module.categories)
                .selectinload(QuestionCategory.questions)
                .selectinload(BankQuestion.choices),
            )
        ).scalars()
    )


def _difficulties(module: Module, seed: int) -> dict[int, float]:
    rng = np.random.default_rng([seed, zlib.crc32(module.slug.encode())])
    questions = module.questions
    return dict(
        zip((q.id for q in questions), rng.normal(*DIFFICULTY, size=len(questions)), strict=True)
    )


def generate_learners(
    modules: list[Module],
    regions: list[str],
    periods: list[tuple[datetime, datetime]],
    seed: int,
    now: datetime,
) -> Iterator[SimulatedLearner]:
    """Learner by learner, each from its own random stream: the same seed, the same learners."""
    difficulty = {m.id: _difficulties(m, seed) for m in modules}
    for number, region in enumerate(regions, start=1):
        rng = np.random.default_rng([seed, 0x7EA1, number])
        draw = random.Random(int(rng.integers(2**62)))
        ability = rng.standard_normal()
        enrollments = []
        for module in modules:
            if rng.random() >= ENROL_RATE:
                continue
            start, end = periods[int(rng.integers(len(periods)))]
            began = start + (end - start) * float(rng.random())
            enrollment = SimulatedEnrollment(module.id, began)
            gain = effects.knowledge_gain(module.topic)
            moment = began
            kinds = [AttemptKind.PRE]
            for number_of_kind, kind in _attempt_plan(module, rng):
                if kind == AttemptKind.POST and number_of_kind == 1:
                    for lesson in module.lessons:  # the lessons between the two tests
                        moment += timedelta(hours=float(rng.uniform(2, 48)))
                        enrollment.lessons.append((lesson.id, min(moment, now)))
                moment += timedelta(hours=float(rng.uniform(0.5, 96)))
                started_at = min(moment, now - timedelta(hours=1))
                submitted_at = min(started_at + timedelta(minutes=float(rng.uniform(6, 40))), now)
                boost = 0.0 if kind == AttemptKind.PRE else gain + PRACTICE * (number_of_kind - 1)
                items = _answer_test(module, difficulty[module.id], ability, boost, rng, draw)
                attempt = SimulatedAttempt(
                    kind, number_of_kind, started_at, submitted_at, items, module.pass_mark
                )
                enrollment.attempts.append(attempt)
                moment = submitted_at
                kinds.append(kind)
                if attempt.passed or (attempt.passed is False and rng.random() >= RETAKE_RATE):
                    break
            enrollments.append(enrollment)
        yield SimulatedLearner(number, region, enrollments)


def _attempt_plan(module: Module, rng: np.random.Generator):
    """The pre-test, then post-tests up to the module's limit (the learner may stop earlier)."""
    yield 1, AttemptKind.PRE
    if rng.random() >= POST_TEST_RATE:
        return
    for number in range(1, module.max_attempts + 1):
        yield number, AttemptKind.POST


def _answer_test(module, difficulty, ability, boost, rng, draw):
    items = []
    for question, order in draw_questions(module, draw):
        logit = DISCRIMINATION * (ability - difficulty[question.id]) + boost
        right = bool(rng.random() < 1 / (1 + math.exp(-logit)))
        items.append((question.id, order, _chosen(question, order, right, rng), right))
    return items


def _chosen(question: BankQuestion, order: list[int], right: bool, rng) -> list[int]:
    correct = [c for c in order if c in question.correct_ids]
    wrong = [c for c in order if c not in question.correct_ids]
    if right:
        return correct
    if question.kind != QuestionKind.MULTIPLE:
        return [wrong[int(rng.integers(len(wrong)))]]
    if wrong and (len(correct) < 2 or rng.random() < 0.5):
        chosen = set(correct) | {wrong[int(rng.integers(len(wrong)))]}  # one too many
    else:
        chosen = set(correct) - {correct[int(rng.integers(len(correct)))]}  # one missed
    return [c for c in order if c in chosen]


# --------------------------------------------------------------------------- the database


@dataclass
class TrainingSimulation:
    learners: int = 0
    enrollments: int = 0
    attempts: int = 0
    modules: int = 0
    note: str | None = None


def simulated_learners() -> int:
    return db.session.execute(
        select(func.count()).select_from(User).where(User.simulated.is_(True))
    ).scalar_one()


def simulate_training(
    learners: int,
    seed: int,
    periods: list[tuple[datetime, datetime]],
    population: Population,
    now: datetime | None = None,
) -> TrainingSimulation:
    """Write simulated learners with assignments, enrolments, lessons read and attempts.

    Runs in the caller's transaction (the caller commits). Nothing is written when there is no
    published module or simulated learners exist already; the report's note says so.
    """
    now = now or utcnow()
    report = TrainingSimulation()
    modules = published_modules()
    if not modules or learners == 0:
        report.note = "no published training module" if learners else None
        return report
    if simulated_learners():
        report.note = "simulated learners exist already; training left as it is"
        return report
    region_ids = dict(db.session.execute(select(Region.code, Region.id)).all())
    connection = db.session.connection()
    due_on = local_today(now) + timedelta(days=30)
    connection.execute(
        insert(Assignment.__table__),
        [
            {"module_id": m.id, "role": Role.CIVIL_SERVANT, "region_id": None,
             "organisation": SIMULATED_ORGANISATION, "due_on": due_on, "renewal_months": None,
             "created_by_id": None, "created_at": now}
            for m in modules
        ],
    )  # fmt: skip
    report.modules = len(modules)
    generated = generate_learners(
        modules, learner_regions(population, learners), periods, seed, now
    )
    batch: list[SimulatedLearner] = []
    for learner in generated:
        batch.append(learner)
        if len(batch) == WRITE_LEARNERS:
            _write(connection, batch, region_ids, now, report)
            batch = []
    if batch:
        _write(connection, batch, region_ids, now, report)
    return report


def _inserted_ids(connection, table, rows: list[dict]) -> list[int]:
    if not rows:
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, rows).scalars())


def _write(connection, learners, region_ids, now, report) -> None:
    user_ids = _inserted_ids(
        connection,
        User.__table__,
        [
            {"email": EMAIL.format(number=learner.number),
             "full_name": f"Simulated learner {learner.number:05d}",
             "password_hash": NOT_A_PASSWORD, "role": Role.CIVIL_SERVANT,
             "region_id": region_ids[learner.region], "organisation": SIMULATED_ORGANISATION,
             "active": False, "simulated": True, "created_at": now}
            for learner in learners
        ],
    )  # fmt: skip
    refresh_statistics(connection, "user")
    pairs = [
        (user_id, enrollment)
        for user_id, learner in zip(user_ids, learners, strict=True)
        for enrollment in learner.enrollments
    ]
    enrollment_ids = _inserted_ids(
        connection,
        Enrollment.__table__,
        [
            {"user_id": user_id, "module_id": e.module_id, "cycle": 1,
             "started_at": e.started_at, "completed_at": e.completed_at}
            for user_id, e in pairs
        ],
    )  # fmt: skip
    refresh_statistics(connection, "enrollment")
    lessons, attempts = [], []
    for enrollment_id, (user_id, enrollment) in zip(enrollment_ids, pairs, strict=True):
        lessons.extend(
            {"enrollment_id": enrollment_id, "lesson_id": lesson_id, "completed_at": done}
            for lesson_id, done in enrollment.lessons
        )
        attempts.extend(
            (enrollment_id, user_id, enrollment.module_id, a) for a in enrollment.attempts
        )
    if lessons:
        connection.execute(insert(LessonProgress.__table__), lessons)
    attempt_ids = _inserted_ids(
        connection,
        Attempt.__table__,
        [
            {"enrollment_id": enrollment_id, "user_id": user_id, "module_id": module_id,
             "kind": a.kind, "number": a.number, "started_at": a.started_at,
             "submitted_at": a.submitted_at, "score_raw": a.score_raw,
             "score_max": len(a.items), "percent": a.percent, "passed": a.passed}
            for enrollment_id, user_id, module_id, a in attempts
        ],
    )  # fmt: skip
    refresh_statistics(connection, "attempt")
    items = [
        {"attempt_id": attempt_id, "position": position, "question_id": question_id,
         "choice_order": order, "selected": chosen, "correct": right}
        for attempt_id, (*_, attempt) in zip(attempt_ids, attempts, strict=True)
        for position, (question_id, order, chosen, right) in enumerate(attempt.items)
    ]  # fmt: skip
    if items:
        connection.execute(insert(AttemptItem.__table__), items)
    report.learners += len(learners)
    report.enrollments += len(pairs)
    report.attempts += len(attempts)


def clear_simulated_learners() -> int:
    """Delete every simulated learner with all their training records (the caller commits)."""
    learners = select(User.id).where(User.simulated.is_(True))
    count = db.session.execute(select(func.count()).select_from(learners.subquery())).scalar_one()
    attempts = select(Attempt.id).where(Attempt.user_id.in_(learners))
    enrollments = select(Enrollment.id).where(Enrollment.user_id.in_(learners))
    for statement in (
        delete(AttemptItem).where(AttemptItem.attempt_id.in_(attempts)),
        delete(Certificate).where(Certificate.user_id.in_(learners)),
        delete(Attempt).where(Attempt.user_id.in_(learners)),
        delete(LessonProgress).where(LessonProgress.enrollment_id.in_(enrollments)),
        delete(Enrollment).where(Enrollment.user_id.in_(learners)),
        delete(Assignment).where(Assignment.organisation == SIMULATED_ORGANISATION),
        delete(User).where(User.simulated.is_(True)),
    ):
        db.session.execute(statement)
    return count

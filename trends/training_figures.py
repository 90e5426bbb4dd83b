"""Training of civil servants per region and period: modules assigned and completed, the post-test
pass rate, and the knowledge gain (pre-test against first post-test of the same learners, with
its Wilcoxon p). A rate or gain from fewer learners than the threshold is withheld."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from accounts.models import Role, User
from extensions import db
from training.models import Assignment, Attempt, AttemptKind, Enrollment
from trends import stats


@dataclass
class TrainingFigure:
    learners: int = 0  # civil servants with at least one module assigned
    assigned: int = 0  # learner × module pairs assigned
    completed: int = 0  # enrolments completed in the period
    post_tests: int = 0  # post-tests submitted in the period
    passed: int = 0
    pass_rate: float | None = None  # percent; None when withheld
    gain_n: int = 0  # learners with a pre-test and a first post-test in the period
    gain: float | None = None  # mean post minus pre, points of 100
    gain_p: float | None = None  # Wilcoxon signed-rank
    simulated: bool = False


def assigned_modules() -> dict[int | None, tuple[int, int, bool]]:
    """Per region id (None: the country): (learners, learner × module pairs, any simulated)."""
    found: dict[int | None, list] = defaultdict(lambda: [0, 0, False])
    servants = db.session.execute(select(User).where(User.role == Role.CIVIL_SERVANT)).scalars()
    assignments = db.session.execute(select(Assignment)).scalars().all()
    for user in servants:
        modules = {a.module_id for a in assignments if a.matches(user)}
        if not modules:
            continue
        for key in (user.region_id, None):
            found[key][0] += 1
            found[key][1] += len(modules)
            found[key][2] |= user.simulated
    return {key: tuple(value) for key, value in found.items()}


def training_figures(
    start: datetime, end: datetime, min_n: int, assigned: dict | None = None
) -> dict[int | None, TrainingFigure]:
    """Per region id (None: the country), for post-tests and completions in [start, end).

    ``assigned`` (from assigned_modules) may be passed in when several periods are asked for.
    """
    figures: dict[int | None, TrainingFigure] = defaultdict(TrainingFigure)
    for key, (learners, pairs, simulated) in (assigned or assigned_modules()).items():
        figures[key].learners, figures[key].assigned = learners, pairs
        figures[key].simulated = simulated
    completed = db.session.execute(
        select(User.region_id, func.count())
        .join(Enrollment, Enrollment.user_id == User.id)
        .where(Enrollment.completed_at >= start, Enrollment.completed_at < end)
        .group_by(User.region_id)
    ).all()
    for region_id, count in completed:
        figures[region_id].completed += count
        figures[None].completed += count
    posts = db.session.execute(
        select(User.region_id, Attempt.passed, func.count())
        .join(User, User.id == Attempt.user_id)
        .where(
            Attempt.kind == AttemptKind.POST,
            Attempt.submitted_at >= start,
            Attempt.submitted_at < end,
        )
        .group_by(User.region_id, Attempt.passed)
    ).all()
    for region_id, passed, count in posts:
        for key in (region_id, None):
            figures[key].post_tests += count
            figures[key].passed += count if passed else 0
    pairs = _gain_pairs(start, end)
    for key, figure in figures.items():
        if figure.post_tests >= min_n:
            figure.pass_rate = 100.0 * figure.passed / figure.post_tests
        mine = pairs[key]
        figure.gain_n = len(mine)
        if len(mine) >= min_n:
            gain = stats.paired_gain([a for a, _ in mine], [b for _, b in mine], 100.0)
            figure.gain, figure.gain_p = gain.mean_gain, gain.wilcoxon_p
    return figures


def _gain_pairs(start: datetime, end: datetime) -> dict[int | None, list[tuple[float, float]]]:
    """(pre %, first post %) per enrolment whose first post-test falls in the period."""
    from sqlalchemy.orm import aliased

    pre, post = aliased(Attempt), aliased(Attempt)
    rows = db.session.execute(
        select(User.region_id, pre.percent, post.percent)
        .join(
            post,
            (post.enrollment_id == pre.enrollment_id)
            & (post.kind == AttemptKind.POST)
            & (post.number == 1),
        )
        .join(User, User.id == pre.user_id)
        .where(
            pre.kind == AttemptKind.PRE,
            pre.submitted_at.is_not(None),
            post.submitted_at >= start,
            post.submitted_at < end,
        )
    ).all()
    pairs: dict[int | None, list[tuple[float, float]]] = defaultdict(list)
    for region_id, before, after in rows:
        pairs[region_id].append((float(before), float(after)))
        pairs[None].append((float(before), float(after)))
    return pairs

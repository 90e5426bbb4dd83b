"""Item analysis and knowledge gain, for module authors and the trends issue.

Item analysis follows Moodle's quiz statistics report, over submitted post-test attempts:

- facility index: the share of attempts that scored the question, × 100;
- discrimination index: the corrected item–total correlation, i.e. the Pearson correlation
  of the question's score with the score on the *other* questions of the same attempt, over
  the attempts that drew the question. Computed from sums pushed into SQL (n, Σx, Σy, Σy²,
  Σxy per question), so no page loads every answer;
- Cronbach's alpha of the test over *slots*: every attempt answers exactly one question in
  each slot (the k-th question drawn from a category), so the attempts × slots matrix is
  complete. Moodle does the same for random questions. An attempts × questions matrix would
  be mostly empty under random draws, and alpha needs complete rows.

Knowledge gain pairs each enrolment's pre-test with its first post-test: the same learners,
before and after the lessons.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Float, case, cast, func
from sqlalchemy.orm import aliased

from accounts.models import Region, User
from extensions import db
from localization import LOCAL_TZ, collation_key
from training.errors import ModuleNotFound
from training.models import Attempt, AttemptItem, AttemptKind, BankQuestion, Module

LOW_DISCRIMINATION = 0.3
FACILITY_RANGE = (10.0, 90.0)
SMALL_SAMPLE = 30  # below this, figures are shown with a caution and never published


def _stats():
    """trends/stats.py: arrays in, numbers out (imported late: numpy and scipy are heavy)."""
    from trends import stats

    return stats


def includes_simulated(module_id: int) -> bool:
    """Whether simulated learners (``flask demo simulate``) took this module's tests."""
    return (
        db.session.execute(
            db.select(Attempt.id)
            .join(User, User.id == Attempt.user_id)
            .where(Attempt.module_id == module_id, User.simulated.is_(True))
            .limit(1)
        ).first()
        is not None
    )


# ------------------------------------------------------------------------------ items


@dataclass
class QuestionStatistics:
    question: BankQuestion
    n: int  # post-test attempts that drew it
    facility: float | None  # percent
    discrimination: float | None  # None when a score does not vary
    flags: list[str] = field(default_factory=list)  # low_discrimination, too_easy, too_hard


@dataclass
class ItemAnalysis:
    module: Module
    attempts: int
    questions: list[QuestionStatistics]
    alpha: float | None
    alpha_slots: int
    alpha_attempts: int
    alpha_note: str | None = None


def pearson_from_sums(
    n: int, sx: float, sy: float, sxx: float, syy: float, sxy: float
) -> float | None:
    """Pearson's r from sums; None when either variable is constant or n < 3."""
    if n < 3:
        return None
    vx = n * sxx - sx * sx
    vy = n * syy - sy * sy
    # Relative tolerance: rounding in the sums must not pass for variation.
    if vx <= 1e-12 * max(1.0, n * sxx) or vy <= 1e-12 * max(1.0, n * syy):
        return None
    r = (n * sxy - sx * sy) / math.sqrt(vx * vy)
    return max(-1.0, min(1.0, r))


def _post_attempts(module_id: int, first_only: bool):
    query = db.select(Attempt.id).where(
        Attempt.module_id == module_id,
        Attempt.kind == AttemptKind.POST,
        Attempt.submitted_at.is_not(None),
        Attempt.score_max > 1,
    )
    if first_only:
        query = query.where(Attempt.number == 1)
    return query


def item_analysis(module_id: int, first_only: bool = False) -> ItemAnalysis:
    """Facility and discrimination per question, and the test's alpha (post-tests only)."""
    module = db.session.get(Module, module_id)
    if module is None:
        raise ModuleNotFound()
    attempts = _post_attempts(module_id, first_only).subquery()
    x = case((AttemptItem.correct.is_(True), 1.0), else_=0.0)
    # The rest score: the share of the attempt's other questions answered correctly.
    y = (cast(Attempt.score_raw, Float) - x) / (cast(Attempt.score_max, Float) - 1.0)
    rows = db.session.execute(
        db.select(
            AttemptItem.question_id,
            func.count(),
            func.sum(x),
            func.sum(y),
            func.sum(y * y),
            func.sum(x * y),
        )
        .join(Attempt, Attempt.id == AttemptItem.attempt_id)
        .where(AttemptItem.attempt_id.in_(db.select(attempts.c.id)))
        .group_by(AttemptItem.question_id)
    ).all()
    sums = {row[0]: row[1:] for row in rows}
    statistics = []
    for question in module.questions:
        n, sx, sy, syy, sxy = sums.get(question.id, (0, 0.0, 0.0, 0.0, 0.0))
        facility = 100.0 * sx / n if n else None
        # x is 0 or 1, so Σx² = Σx.
        discrimination = pearson_from_sums(n, sx, sy, sx, syy, sxy)
        statistics.append(
            QuestionStatistics(
                question, n, facility, discrimination, _flags(facility, discrimination)
            )
        )
    total = db.session.execute(db.select(func.count()).select_from(attempts)).scalar_one()
    alpha, slots, used, note = _alpha_over_slots(attempts)
    return ItemAnalysis(module, total, statistics, alpha, slots, used, note)


def _flags(facility: float | None, discrimination: float | None) -> list[str]:
    flags = []
    if discrimination is not None and discrimination < LOW_DISCRIMINATION:
        flags.append("low_discrimination")
    if facility is not None and facility > FACILITY_RANGE[1]:
        flags.append("too_easy")
    if facility is not None and facility < FACILITY_RANGE[0]:
        flags.append("too_hard")
    return flags


def _alpha_over_slots(attempts) -> tuple[float | None, int, int, str | None]:
    """Cronbach's alpha over attempts × slots, for the attempts of the most common length."""
    import numpy as np

    rows = db.session.execute(
        db.select(AttemptItem.attempt_id, AttemptItem.position, AttemptItem.correct)
        .where(AttemptItem.attempt_id.in_(db.select(attempts.c.id)))
        .order_by(AttemptItem.attempt_id, AttemptItem.position)
    ).all()
    by_attempt: dict[int, list[float]] = defaultdict(list)
    for attempt_id, _position, correct in rows:
        by_attempt[attempt_id].append(1.0 if correct else 0.0)
    if not by_attempt:
        return None, 0, 0, "no_attempts"
    lengths = defaultdict(int)
    for scores in by_attempt.values():
        lengths[len(scores)] += 1
    slots = max(lengths, key=lambda length: (lengths[length], length))
    matrix = np.array([s for s in by_attempt.values() if len(s) == slots], dtype=float)
    try:
        return _stats().cronbach_alpha(matrix), slots, len(matrix), None
    except ValueError:
        # Too few attempts, or every attempt scored the same: alpha is undefined.
        return None, slots, len(matrix), "undefined"


# ------------------------------------------------------------------------------ gain


@dataclass
class KnowledgeGain:
    n: int
    mean_pre: float | None = None
    mean_post: float | None = None
    mean_gain: float | None = None
    hake_gain: float | None = None
    wilcoxon_stat: float | None = None
    wilcoxon_p: float | None = None
    effect_r: float | None = None

    @property
    def small_sample(self) -> bool:
        return self.n < SMALL_SAMPLE


def period_bounds(start: date | None, end: date | None) -> tuple[datetime | None, ...]:
    """Kazakhstan calendar days [start, end] as UTC moments [from, to)."""

    def moment(day: date, days_after: int = 0) -> datetime | None:
        try:
            midnight = datetime.combine(day + timedelta(days=days_after), time(0), LOCAL_TZ)
            return midnight.astimezone(UTC)
        except OverflowError:  # the first or last days a date can hold: no bound on that side
            return None

    return (moment(start) if start else None, moment(end, 1) if end else None)


def gain_pairs(
    module_id: int,
    region_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[tuple[int | None, float, float]]:
    """(region id, pre %, first post %) per enrolment with both, post-test in the period."""
    pre, post = aliased(Attempt), aliased(Attempt)
    query = (
        db.select(User.region_id, pre.percent, post.percent)
        .join(
            post,
            (post.enrollment_id == pre.enrollment_id)
            & (post.kind == AttemptKind.POST)
            & (post.number == 1)
            & post.submitted_at.is_not(None),
        )
        .join(User, User.id == pre.user_id)
        .where(
            pre.module_id == module_id,
            pre.kind == AttemptKind.PRE,
            pre.submitted_at.is_not(None),
        )
    )
    if region_id is not None:
        query = query.where(User.region_id == region_id)
    since, until = period_bounds(start, end)
    if since is not None:
        query = query.where(post.submitted_at >= since)
    if until is not None:
        query = query.where(post.submitted_at < until)
    return [(region, float(a), float(b)) for region, a, b in db.session.execute(query)]


def gain_of(pairs: list[tuple[float, float]]) -> KnowledgeGain:
    if len(pairs) < 2:
        return KnowledgeGain(len(pairs))
    result = _stats().paired_gain([p for p, _ in pairs], [q for _, q in pairs], 100.0)
    return KnowledgeGain(
        result.n,
        result.mean_pre,
        result.mean_post,
        result.mean_gain,
        result.hake_gain,
        result.wilcoxon_stat,
        result.wilcoxon_p,
        result.effect_r,
    )


def knowledge_gain(
    module_id: int,
    region_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> KnowledgeGain:
    """Pre-test vs first post-test of the same learners, for a module, region and period.

    ``start`` and ``end`` are Kazakhstan calendar days, inclusive, on the post-test's
    submission. Statistics come from ``trends.stats.paired_gain``; n < 2 gives n only.
    """
    pairs = gain_pairs(module_id, region_id, start, end)
    return gain_of([(a, b) for _, a, b in pairs])


def knowledge_gain_by_region(
    module_id: int, start: date | None = None, end: date | None = None
) -> list[tuple[Region, KnowledgeGain]]:
    """The gain in every region that has at least one pair, by name in the reader's language."""
    grouped: dict[int | None, list[tuple[float, float]]] = defaultdict(list)
    for region_id, a, b in gain_pairs(module_id, None, start, end):
        grouped[region_id].append((a, b))
    regions = db.session.execute(
        db.select(Region).where(Region.id.in_([r for r in grouped if r is not None]))
    ).scalars()
    return sorted(
        ((region, gain_of(grouped[region.id])) for region in regions),
        key=lambda pair: collation_key(pair[0].name),
    )

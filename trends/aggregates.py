"""SQL aggregates behind every published figure: sums per wave × region × question.

The database adds up n, Σw, Σwy, Σw², Σw²y and Σw²y² for each cell, so a page never loads
individual answers; ``trends.stats`` turns the sums into estimates with their SEs.

Two kinds of y: one question's answers (``item_sums``), or a value per response made in SQL
from several of its answers (``response_sums`` of ``construct_index`` or ``any_yes``), with an
optional breakdown by a profile column and conditions on the response.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy import Float, and_, case, cast, func, literal, null, or_, union_all
from sqlalchemy.orm import aliased

from extensions import db
from localization import utcnow
from surveys.models import Answer, Response, Survey, Wave
from trends import stats

# Response columns a figure may be broken down by.
BREAKDOWNS = ("sex", "age_band", "settlement", "respondent_group", "service_used", "channel")


@dataclass(frozen=True)
class CellKey:
    wave_id: int
    region_id: int | None
    question_id: int


def _sums(w, y):
    return (
        func.count(),
        func.sum(w),
        func.sum(w * y),
        func.sum(w * w),
        func.sum(w * w * y),
        func.sum(w * w * y * y),
    )


def item_sums(wave_ids: list[int], question_ids: list[int] | None = None):
    """Rows of (wave, region, question, n, Σw, Σwy, Σw², Σw²y, Σw²y²) for scalar answers."""
    w, y = Response.weight, Answer.value_num
    query = (
        db.select(Response.wave_id, Response.region_id, Answer.question_id, *_sums(w, y))
        .join(Answer, Answer.response_id == Response.id)
        .where(Response.wave_id.in_(wave_ids), Answer.value_num.is_not(None), Answer.ordinal == 0)
        .group_by(Response.wave_id, Response.region_id, Answer.question_id)
        .order_by(Response.wave_id, Response.region_id, Answer.question_id)
    )
    if question_ids is not None:
        query = query.where(Answer.question_id.in_(question_ids))
    return db.session.execute(query).all()


def estimates_from_rows(rows, key_columns: int, level: float = 0.95) -> stats.GroupedEstimates:
    """Estimates of rows whose first ``key_columns`` name the cell and the rest are the sums.

    Each cell is its own sample (no strata): every stratum is the cell itself.
    """
    columns = np.array([row[key_columns:] for row in rows], dtype=np.float64).T
    sums = stats.CellSums(
        n=columns[0].astype(np.int64),
        w=columns[1],
        wy=columns[2],
        ww=columns[3],
        wwy=columns[4],
        wwyy=columns[5],
    )
    return stats.weighted_means_from_sums(sums, 1, sums.n, lonely="certainty", level=level)


def item_estimates(
    wave_ids: list[int], question_ids: list[int] | None = None, level: float = 0.95
) -> dict[CellKey, stats.Estimate]:
    """Weighted mean, SE and interval of every wave × region × question cell."""
    rows = item_sums(wave_ids, question_ids)
    if not rows:
        return {}
    grouped = estimates_from_rows(rows, 3, level)
    return {
        CellKey(row[0], row[1], row[2]): grouped.estimate(index) for index, row in enumerate(rows)
    }


# ------------------------------------------------------------------ one value per response


@dataclass(frozen=True)
class ScaledItem:
    """A question in an index: its scale and whether it is reverse-scored."""

    question_id: int
    low: float
    high: float
    reverse: bool = False


def construct_index(items: Sequence[ScaledItem]):
    """(response_id, value): the 0-100 mean of a response's answered items, reversed ones
    turned, as trends.stats.index_score computes it. Responses with none answered are absent."""
    scaled = case(
        {
            item.question_id: (
                (literal(item.high) - Answer.value_num)
                if item.reverse
                else (Answer.value_num - literal(item.low))
            )
            * (100.0 / (item.high - item.low))
            for item in items
        },
        value=Answer.question_id,
    )
    return (
        db.select(Answer.response_id.label("response_id"), func.avg(scaled).label("value"))
        .where(
            Answer.question_id.in_([item.question_id for item in items]),
            Answer.value_num.is_not(None),
        )
        .group_by(Answer.response_id)
        .subquery()
    )


def any_yes(question_ids: Sequence[int]):
    """(response_id, value): 1 when any of these yes/no questions was answered yes, else 0."""
    return (
        db.select(
            Answer.response_id.label("response_id"), func.max(Answer.value_num).label("value")
        )
        .where(Answer.question_id.in_(question_ids), Answer.value_num.is_not(None))
        .group_by(Answer.response_id)
        .subquery()
    )


def response_sums(per_response, wave_ids: list[int], by: str | None = None, where=()):
    """Rows of (wave, region[, by], n, Σw, Σwy, Σw², Σw²y, Σw²y²) of a per-response value.

    ``per_response`` comes from construct_index or any_yes; ``by`` is one of BREAKDOWNS;
    ``where`` holds extra conditions on Response (e.g. ``Response.service_used != "none"``).
    """
    if by is not None and by not in BREAKDOWNS:
        raise ValueError(f"no breakdown by {by!r}; one of {', '.join(BREAKDOWNS)}")
    keys = [Response.wave_id, Response.region_id]
    if by is not None:
        keys.append(getattr(Response, by))
    query = (
        db.select(*keys, *_sums(Response.weight, per_response.c.value))
        .join(per_response, per_response.c.response_id == Response.id)
        .where(Response.wave_id.in_(wave_ids), *where)
        .group_by(*keys)
        .order_by(*keys)
    )
    return db.session.execute(query).all()


# ------------------------------------------------------------------ waves


@dataclass(frozen=True)
class ClosedWave:
    survey_slug: str
    survey_titles: dict
    label: str
    opens_at: datetime
    closes_at: datetime
    responses: int
    simulated: bool


def closed_waves(now: datetime | None = None) -> list[ClosedWave]:
    """Every wave that has closed, with its number of responses, newest first."""
    counts = (
        db.select(Response.wave_id, func.count().label("responses"))
        .group_by(Response.wave_id)
        .subquery()
    )
    rows = db.session.execute(
        db.select(
            Survey.slug,
            Survey.titles,
            Wave.label,
            Wave.opens_at,
            Wave.closes_at,
            func.coalesce(counts.c.responses, 0),
            Wave.simulated,
        )
        .join(Survey, Survey.id == Wave.survey_id)
        .outerjoin(counts, counts.c.wave_id == Wave.id)
        .where(Wave.closes_at <= (now or utcnow()))
        .order_by(Wave.closes_at.desc(), Survey.slug)
    ).all()
    return [ClosedWave(*row) for row in rows]


# ------------------------------------------------------------------ every indicator of a wave

# Profile columns the cached figures are broken down by ("" is a region's total).
FIGURE_BREAKDOWNS = ("sex", "age_band", "settlement", "respondent_group", "service_used")
NOT_STATED = "~"  # the category of respondents who left a breakdown's question blank
SUM_NAMES = ("n", "sw", "swy", "sww", "swwy", "swwyy", "sy", "syy")


class AnswerColumns:
    """One response's answers, one column per question (a CTE: answers are read once).

    Each question's answer is joined by the answer table's primary key (response, question,
    ordinal): one lookup per response and question, with no sorting or grouping of answers.
    """

    def __init__(self, wave_id: int, question_ids: Sequence[int]):
        keys = [
            Response.region_id,
            Response.weight,
            *(getattr(Response, name) for name in FIGURE_BREAKDOWNS),
        ]
        query = db.select(*keys)
        for question_id in question_ids:
            answer = aliased(Answer, name=f"a{question_id}")
            query = query.outerjoin(
                answer,
                and_(
                    answer.response_id == Response.id,
                    answer.question_id == question_id,
                    answer.ordinal == 0,
                ),
            ).add_columns(answer.value_num.label(f"q{question_id}"))
        self.table = query.where(Response.wave_id == wave_id).cte("answer_columns")

    def answer(self, item):
        return self.table.c[f"q{item.question_id}"]

    def scaled(self, item):
        """The answer on its item's 0-100 scale, turned where the item is."""
        span = 100.0 / (item.high - item.low)
        if item.turned:
            return (literal(item.high) - self.answer(item)) * span
        return (self.answer(item) - literal(item.low)) * span

    def value(self, resolved):
        """The response's value of an indicator (NULL: not part of it)."""
        indicator, items = resolved.indicator, resolved.items
        answers = [self.answer(item) for item in items]
        answered = or_(*(a.is_not(None) for a in answers))
        if indicator.measure == "index":
            total = sum((func.coalesce(self.scaled(item), 0.0) for item in items), literal(0.0))
            count = sum((case((a.is_not(None), 1), else_=0) for a in answers), literal(0))
            value = total / func.nullif(count, 0)
        elif indicator.measure == "share_at_least":
            value = case((answers[0] >= indicator.at_least, 1.0), (answered, 0.0))
        else:  # a share answering yes (1) to any of the items
            value = case((or_(*(a == 1 for a in answers)), 1.0), (answered, 0.0))
        if indicator.among == "contact":
            service = self.table.c.service_used
            value = case(((service.is_not(None)) & (service != "none"), value))
        return value

    def complete_cases(self, resolved):
        """Each item's 0-100 score, then their total, where every item was answered (alpha)."""
        complete = and_(*(self.answer(item).is_not(None) for item in resolved.items))
        scores = [self.scaled(item) for item in resolved.items]
        return [case((complete, score)) for score in scores] + [
            case((complete, sum(scores[1:], scores[0])))
        ]


def _cell_sums(w, v):
    present = v.is_not(None)
    return (
        func.count(v),
        func.sum(case((present, w))),
        func.sum(w * v),
        func.sum(case((present, w * w))),
        func.sum(w * w * v),
        func.sum(w * w * v * v),
        func.sum(v),
        func.sum(v * v),
    )


def wave_indicator_sums(wave_id: int, resolved: Sequence, alpha_sets: Sequence = ()):
    """Rows of (region, breakdown, category, sums...) of every indicator of one wave, one query.

    Each response's answers become one row (AnswerColumns), then each indicator's value per
    response (stored once, not worked out again for every sum), summed per finest cell (a
    region × every breakdown's category), and those sums added up per region and per region ×
    each breakdown: SUM_NAMES for every indicator
    in ``resolved``, then n, Σy and Σy² of the complete cases of every ``alpha_sets`` indicator
    (its items and their total), in the regions' totals only (None in breakdown rows).
    """
    question_ids = sorted({item.question_id for r in resolved for item in r.items})
    answers = AnswerColumns(wave_id, question_ids)
    values = [answers.value(r).label(f"v{i}") for i, r in enumerate(resolved)]
    extra = [c for r in alpha_sets for c in answers.complete_cases(r)]
    extra = [column.label(f"a{i}") for i, column in enumerate(extra)]
    source = answers.table.c
    per_response = (
        db.select(
            source.region_id,
            source.weight,
            *(source[b] for b in FIGURE_BREAKDOWNS),
            *values,
            *extra,
        )
        .cte("per_response")
        .prefix_with("MATERIALIZED")
    )
    c = per_response.c
    keys = [c.region_id, *(c[b] for b in FIGURE_BREAKDOWNS)]
    sums = [s for i in range(len(values)) for s in _cell_sums(c.weight, c[f"v{i}"])]
    alpha_sums = [
        s for i in range(len(extra)) for s in (func.count(c[f"a{i}"]), func.sum(c[f"a{i}"]),
                                                func.sum(c[f"a{i}"] * c[f"a{i}"]))
    ]  # fmt: skip
    # The finest cells first: the six groupings below then add up far fewer rows.
    finest = (
        db.select(
            *keys,
            *(s.label(f"s{i}") for i, s in enumerate(sums)),
            *(s.label(f"t{i}") for i, s in enumerate(alpha_sums)),
        )
        .group_by(*keys)
        .cte("finest")
    )
    f = finest.c
    totals = [func.sum(f[f"s{i}"]) for i in range(len(sums))]
    alpha_totals = [func.sum(f[f"t{i}"]) for i in range(len(alpha_sums))]
    nothing = [cast(null(), Float)] * len(alpha_sums)
    branches = [
        db.select(f.region_id, literal(""), literal(""), *totals, *alpha_totals).group_by(
            f.region_id
        )
    ]
    for breakdown in FIGURE_BREAKDOWNS:
        category = func.coalesce(f[breakdown], NOT_STATED)
        branches.append(
            db.select(f.region_id, literal(breakdown), category, *totals, *nothing).group_by(
                f.region_id, f[breakdown]
            )
        )
    return db.session.execute(union_all(*branches)).all()

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
from sqlalchemy import case, func, literal

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

"""SQL aggregates behind every published figure: sums per wave × region × question.

The database adds up n, Σw, Σwy, Σw², Σw²y and Σw²y² for each cell, so a page never loads
individual answers; ``trends.stats`` turns the sums into estimates with their SEs.
"""

from dataclasses import dataclass

import numpy as np
from sqlalchemy import func

from extensions import db
from surveys.models import Answer, Response
from trends import stats


@dataclass(frozen=True)
class CellKey:
    wave_id: int
    region_id: int | None
    question_id: int


def item_sums(wave_ids: list[int], question_ids: list[int] | None = None):
    """Rows of (wave, region, question, n, Σw, Σwy, Σw², Σw²y, Σw²y²) for scalar answers."""
    w, y = Response.weight, Answer.value_num
    query = (
        db.select(
            Response.wave_id,
            Response.region_id,
            Answer.question_id,
            func.count(),
            func.sum(w),
            func.sum(w * y),
            func.sum(w * w),
            func.sum(w * w * y),
            func.sum(w * w * y * y),
        )
        .join(Answer, Answer.response_id == Response.id)
        .where(Response.wave_id.in_(wave_ids), Answer.value_num.is_not(None), Answer.ordinal == 0)
        .group_by(Response.wave_id, Response.region_id, Answer.question_id)
        .order_by(Response.wave_id, Response.region_id, Answer.question_id)
    )
    if question_ids is not None:
        query = query.where(Answer.question_id.in_(question_ids))
    return db.session.execute(query).all()


def item_estimates(
    wave_ids: list[int], question_ids: list[int] | None = None, level: float = 0.95
) -> dict[CellKey, stats.Estimate]:
    """Weighted mean, SE and interval of every wave × region × question cell."""
    rows = item_sums(wave_ids, question_ids)
    if not rows:
        return {}
    columns = np.array([row[3:] for row in rows], dtype=np.float64).T
    sums = stats.CellSums(
        n=columns[0].astype(np.int64),
        w=columns[1],
        wy=columns[2],
        ww=columns[3],
        wwy=columns[4],
        wwyy=columns[5],
    )
    # Each cell is its own sample here (no strata): every stratum is the cell itself.
    grouped = stats.weighted_means_from_sums(sums, 1, sums.n, lonely="certainty", level=level)
    return {
        CellKey(row[0], row[1], row[2]): grouped.estimate(index) for index, row in enumerate(rows)
    }

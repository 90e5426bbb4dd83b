"""The sums of closed waves, kept in the database and made again when their wave's stamp changes.

A wave's stamp is a digest of what its figures depend on:
- when it closes (a wave that reopens, or whose dates change, gets another stamp);
- the version of its weights (each raking records a new one; a newer population table means
  raking again);
- its survey's revision (questions changed), the indicator catalogue and the suppression
  threshold.
Responses of a closed wave cannot change through the app: the write path checks, at commit,
that the wave is open. Trends only reads a wave once it has been closed for a grace period
(TRENDS_CLOSE_GRACE_SECONDS), so a response committed at the moment of closing is in its sums.
A wave that reopens and takes more responses closes again at another time (a new stamp) and is
weighted again, since its weights are older than its close. Removing a wave (or
`flask demo simulate --clear`) removes its weights and sums (foreign keys, ON DELETE CASCADE).
Anything else that edits a closed wave's responses calls :func:`forget_wave`.

The first request for a wave after it closes (cold) weights it if needed and adds up every
indicator in one SQL query; later requests (warm) read the stored sums.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from flask import current_app
from sqlalchemy import delete, func, insert, select, update

from database import one_writer_at_a_time
from extensions import db
from localization import utcnow
from surveys.models import Response, Survey, Wave
from trends import stats
from trends.aggregates import SUM_NAMES, wave_indicator_sums
from trends.indicators import catalogue_version, survey_indicators, survey_questions
from trends.models import IndicatorSums, WaveFigures, WaveWeighting
from trends.suppression import withhold
from trends.weights import active_population, weigh_wave

FORMAT = "1"  # the layout of the stored sums; a new one makes every wave again


@dataclass(frozen=True)
class ClosedWave:
    id: int
    label: str
    opens_at: datetime
    closes_at: datetime
    simulated: bool


def min_responses() -> int:
    return int(current_app.config["TRENDS_MIN_RESPONSES"])


def readable_before(now: datetime | None = None) -> datetime:
    """Waves that closed before this moment are read; later ones are still settling."""
    grace = timedelta(seconds=int(current_app.config["TRENDS_CLOSE_GRACE_SECONDS"]))
    return (now or utcnow()) - grace


def survey_waves(survey_id: int, now: datetime | None = None) -> list[ClosedWave]:
    """The survey's waves that trends may read, oldest first."""
    rows = db.session.execute(
        select(Wave.id, Wave.label, Wave.opens_at, Wave.closes_at, Wave.simulated)
        .where(Wave.survey_id == survey_id, Wave.closes_at <= readable_before(now))
        .order_by(Wave.opens_at, Wave.id)
    ).all()
    return [ClosedWave(*row) for row in rows]


def stamp_of(closes_at: datetime, weights_version: str | None, survey_revision: str) -> str:
    parts = (
        FORMAT,
        closes_at.isoformat(),
        weights_version or "unweighted",
        survey_revision,
        catalogue_version(),
        str(min_responses()),
    )
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def stale_waves(survey_id: int, wave_ids: list[int]) -> list[int]:
    """Waves whose stored sums are missing or were made under another stamp."""
    if not wave_ids:
        return []
    population = active_population()
    rows = db.session.execute(
        select(
            Wave.id,
            Wave.closes_at,
            Survey.revision,
            WaveWeighting.version,
            WaveWeighting.population_id,
            WaveFigures.stamp,
        )
        .join(Survey, Survey.id == Wave.survey_id)
        .outerjoin(WaveWeighting, WaveWeighting.wave_id == Wave.id)
        .outerjoin(WaveFigures, WaveFigures.wave_id == Wave.id)
        .where(Wave.survey_id == survey_id, Wave.id.in_(wave_ids))
    ).all()
    stale = []
    for wave_id, closes_at, revision, version, population_id, stamp in rows:
        reweigh = version is None or population_id != (population.id if population else None)
        if reweigh or stamp != stamp_of(closes_at, version, revision):
            stale.append(wave_id)
    return stale


def ensure_sums(survey_id: int, wave_ids: list[int]) -> int:
    """Make the sums of every stale wave among these; returns how many were made."""
    stale = stale_waves(survey_id, wave_ids)
    for wave_id in stale:
        refresh_wave(wave_id)
    return len(stale)


def refresh_wave(wave_id: int, reweigh: bool = False) -> None:
    """Weight the wave if its weights are stale (or ``reweigh``), then store its sums anew."""
    db.session.commit()  # end the request's reads: the writes below start a fresh transaction
    with one_writer_at_a_time(db.engine.url):
        try:
            # A write first: SQLite takes its write lock and PostgreSQL the wave's row lock, so
            # two requests filling one wave take turns, and the second finds it done.
            table = Wave.__table__
            db.session.execute(
                update(table).where(table.c.id == wave_id).values(label=table.c.label)
            )
            wave = db.session.get(Wave, wave_id)
            population = active_population()
            weighting = db.session.get(WaveWeighting, wave_id)
            wanted = population.id if population else None
            if reweigh or needs_weights(wave, weighting, wanted):
                weighting = weigh_wave(wave_id, population)
                db.session.flush()
            stamp = stamp_of(wave.closes_at, weighting.version, wave.survey.revision)
            figures = db.session.get(WaveFigures, wave_id)
            if figures is None or figures.stamp != stamp:
                rows, alphas = compute_wave(wave_id, wave.survey_id)
                db.session.execute(delete(IndicatorSums).where(IndicatorSums.wave_id == wave_id))
                if rows:
                    db.session.execute(insert(IndicatorSums.__table__), rows)
                figures = figures or WaveFigures(wave_id=wave_id)
                figures.stamp, figures.computed_at = stamp, utcnow()
                figures.responses, figures.alphas = weighting.responses, alphas
                db.session.add(figures)
            db.session.commit()
        except BaseException:
            db.session.rollback()
            raise


def needs_weights(wave: Wave, weighting: WaveWeighting | None, population_id) -> bool:
    """Whether the wave's weights are missing or were made for other responses or margins."""
    if weighting is None or weighting.population_id != population_id:
        return True
    if weighting.weighted_at < wave.closes_at:  # it reopened since: responses may have come
        return True
    responses = db.session.execute(
        select(func.count()).select_from(Response).where(Response.wave_id == wave.id)
    ).scalar_one()
    return responses != weighting.responses


def forget_wave(wave_id: int) -> None:
    """Drop a wave's weights record and stored sums (the caller commits): the next read weights
    and sums it again. For any change to a closed wave's responses the app does not make."""
    db.session.execute(delete(WaveFigures).where(WaveFigures.wave_id == wave_id))
    db.session.execute(delete(IndicatorSums).where(IndicatorSums.wave_id == wave_id))
    db.session.execute(delete(WaveWeighting).where(WaveWeighting.wave_id == wave_id))


def compute_wave(wave_id: int, survey_id: int) -> tuple[list[dict], dict]:
    """Rows for IndicatorSums (regions and the country, with withheld flags) and the alphas."""
    resolved = survey_indicators(survey_questions(survey_id))
    indexes = [r for r in resolved if r.indicator.measure == "index" and len(r.items) > 1]
    raw = wave_indicator_sums(wave_id, resolved, indexes)
    width, split = len(SUM_NAMES), len(resolved) * len(SUM_NAMES)
    # cell -> sums of every indicator; the country is every region added up
    cells: dict[tuple, np.ndarray] = {}
    country: dict[tuple, np.ndarray] = defaultdict(lambda: 0.0)
    alpha_sums = 0.0
    for region_id, breakdown, category, *sums in raw:
        array = np.array([0.0 if s is None else float(s) for s in sums[:split]])
        if region_id is not None:
            cells[(region_id, breakdown, category)] = array
        country[(None, breakdown, category)] = country[(None, breakdown, category)] + array
        if not breakdown:
            alpha_sums = alpha_sums + np.array(
                [0.0 if s is None else float(s) for s in sums[split:]]
            )
    cells.update(country)
    rows = []
    for index, indicator in enumerate(resolved):
        part = slice(index * width, (index + 1) * width)
        sums = {cell: array[part] for cell, array in cells.items() if array[part][0] > 0}
        withheld = withhold({cell: int(s[0]) for cell, s in sums.items()}, min_responses())
        for (region_id, breakdown, category), s in sums.items():
            row = dict(zip(SUM_NAMES, s.tolist(), strict=True))
            row["n"] = int(row["n"])
            rows.append(
                {
                    "wave_id": wave_id,
                    "indicator": indicator.id,
                    "region_id": region_id,
                    "breakdown": breakdown,
                    "category": category,
                    "withheld": withheld.get((region_id, breakdown, category)),
                    **row,
                }
            )
    alphas, position = {}, 0
    for indicator in indexes:
        k = len(indicator.items)
        block = np.reshape(alpha_sums, -1)[position : position + 3 * (k + 1)]
        position += 3 * (k + 1)
        # a wave without responses has no sums at all
        complete = block.size == 3 * (k + 1)
        alphas[indicator.id] = alpha_from_sums(block.reshape(k + 1, 3)) if complete else None
    return rows, alphas


def alpha_from_sums(columns: np.ndarray) -> float | None:
    """Cronbach's alpha from (n, Σy, Σy²) of each item's complete cases and of their total."""
    try:
        return stats.cronbach_alpha_from_sums(int(columns[-1, 0]), columns[:, 1], columns[:, 2])
    except ValueError:
        return None

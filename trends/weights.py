"""Raking weights: a wave's responses weighted to the population's margins.

The margins are region, sex, age band and settlement, each national (raking within every region
would leave empty cells in small regions). A respondent who did not give their sex counts as
"unknown": that group keeps its share of the sample, and the known sexes share the rest in the
population's proportions. A category with no respondent in the wave is left out and the others
keep their proportions. Weights average 1, so weighted and unweighted counts agree in total.
"""

import uuid
from collections.abc import Mapping

import numpy as np
from sqlalchemy import bindparam, func, select, update

from accounts.models import Region
from extensions import db
from localization import utcnow
from surveys.models import Response
from trends import stats
from trends.models import PopulationTable, WaveWeighting

RAKING_VARIABLES = ("region", "sex", "age_band", "settlement")
UNKNOWN = "unknown"


def raking_targets(
    margins: Mapping[str, Mapping[str, float]], labels: Mapping[str, np.ndarray]
) -> dict[str, dict[str, float]]:
    """Targets for stats.rake that add up to the number of respondents, for every margin."""
    targets = {}
    for variable, values in labels.items():
        n = len(values)
        present = set(np.unique(values).tolist())
        unknown = int((values == UNKNOWN).sum())
        margin = {c: float(v) for c, v in margins[variable].items() if c in present}
        total = sum(margin.values())
        target = {category: count / total * (n - unknown) for category, count in margin.items()}
        if unknown:
            target[UNKNOWN] = float(unknown)
        targets[variable] = target
    return targets


def rake_to_margins(
    labels: Mapping[str, np.ndarray], margins: Mapping[str, Mapping[str, float]]
) -> np.ndarray:
    """Raked weights (mean 1) for respondents with these ``labels`` (None: unknown)."""
    # text arrays, not objects: numpy sorts them in C when raking encodes the categories
    clean = {
        variable: np.array([UNKNOWN if v is None else v for v in values], dtype=str)
        for variable, values in labels.items()
    }
    n = len(next(iter(clean.values())))
    unexplained = [
        f"{variable} {sorted(set(values.tolist()) - set(margins[variable]) - {UNKNOWN})}"
        for variable, values in clean.items()
        if set(values.tolist()) - set(margins[variable]) - {UNKNOWN}
    ]
    if unexplained:
        raise ValueError(f"categories without a population figure: {'; '.join(unexplained)}")
    return stats.rake(np.ones(n), clean, raking_targets(margins, clean))


def wave_profiles(wave_id: int) -> tuple[list[str], dict[str, np.ndarray]]:
    """Response ids of a wave and their raking variables (region code, sex, ...)."""
    rows = db.session.execute(
        select(Response.id, Region.code, Response.sex, Response.age_band, Response.settlement)
        .outerjoin(Region, Region.id == Response.region_id)
        .where(Response.wave_id == wave_id)
        .order_by(Response.id)
    ).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * 5
    labels = {
        variable: np.array(values, dtype=object)
        for variable, values in zip(RAKING_VARIABLES, columns[1:], strict=True)
    }
    return list(columns[0]), labels


def rake_wave(wave_id: int, margins: Mapping[str, Mapping[str, float]]) -> np.ndarray:
    """Rake a wave to ``margins`` and store the weights on its responses (the caller commits)."""
    ids, labels = wave_profiles(wave_id)
    if not ids:
        raise ValueError("the wave has no responses to weight")
    weights = rake_to_margins(labels, margins)
    statement = (
        update(Response.__table__)
        .where(Response.__table__.c.id == bindparam("response_id"))
        .values(weight=bindparam("new_weight"))
    )
    db.session.connection().execute(
        statement,
        [{"response_id": i, "new_weight": float(w)} for i, w in zip(ids, weights, strict=True)],
    )
    return weights


def design_effect(weights: np.ndarray) -> float:
    """Kish's design effect of unequal weights: n Σw² / (Σw)²."""
    w = np.asarray(weights, dtype=np.float64)
    return float(len(w) * (w * w).sum() / w.sum() ** 2)


# ------------------------------------------------------------------ population tables and waves


def active_population():
    """The population table raking uses: the newest uploaded, or None (figures unweighted)."""
    return db.session.execute(
        select(PopulationTable).order_by(PopulationTable.id.desc()).limit(1)
    ).scalar_one_or_none()


def population_margins(table) -> dict[str, dict[str, int]]:
    """National margins of every raking variable from a stored population table."""
    from simulation.population import read_population

    population = read_population(table.content)
    return {variable: population.margin(variable) for variable in RAKING_VARIABLES}


def weigh_wave(wave_id: int, table: PopulationTable | None) -> WaveWeighting:
    """Rake a wave to a population table (None: weights of 1) and record how (caller commits).

    Raking that cannot be done (no responses, a category the table lacks) leaves every weight
    at 1 and records the problem, which pages show beside the figures.
    """
    problem, deff = None, None
    try:
        if table is None:
            raise ValueError("no population table has been uploaded")
        weights = rake_wave(wave_id, population_margins(table))
        deff = design_effect(weights)
    except ValueError as error:
        problem = str(error)
        db.session.execute(
            update(Response.__table__)
            .where(Response.__table__.c.wave_id == wave_id)
            .values(weight=1.0)
        )
    responses = db.session.execute(
        select(func.count()).select_from(Response).where(Response.wave_id == wave_id)
    ).scalar_one()
    weighting = db.session.get(WaveWeighting, wave_id) or WaveWeighting(wave_id=wave_id)
    weighting.population_id = table.id if table is not None else None
    weighting.version = uuid.uuid4().hex
    weighting.weighted_at = utcnow()
    weighting.responses = responses
    weighting.design_effect = deff
    weighting.problem = problem
    db.session.add(weighting)
    return weighting

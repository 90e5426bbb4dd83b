"""Simulating and clearing, each in one transaction; and the living demo of the first start."""

from dataclasses import dataclass

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from accounts.audit import AuditEvent, record
from accounts.cli import _cli_actor
from extensions import db
from localization import LANGUAGES
from simulation.population import demo_population
from simulation.surveys import (
    SimulationError,
    SurveySimulation,
    clear_simulated_waves,
    real_responses,
    simulate_survey,
    simulated_waves,
)
from simulation.training import TrainingSimulation, clear_simulated_learners, simulate_training
from surveys.models import Survey

# `make run` on an empty database: (survey, waves, responses); training for the first.
DEMO_SURVEYS = (("citizens", 8, 40_000), ("experts", 8, 4_000))
DEMO_LEARNERS = 300
DEMO_SEED = 2026


def simulated_notice() -> str:
    """The simulated-data marker in kk, ru and en, for output read outside a page."""
    texts = []
    for language in LANGUAGES:
        with force_locale(language):
            texts.append(_("Simulated data, not real responses"))
    return " · ".join(texts)


@dataclass
class Simulation:
    survey: SurveySimulation
    training: TrainingSimulation


def simulate(
    slug: str,
    waves: int,
    responses: int,
    seed: int,
    learners: int = 0,
    force: bool = False,
    progress=None,
) -> Simulation:
    """Simulated waves of one survey and, with ``learners``, simulated training, all or nothing.

    Training attempts fall in the same quarters as the waves.
    """
    if learners < 0:
        raise SimulationError("the number of learners must be 0 or more")
    population = demo_population()
    try:
        survey = simulate_survey(
            slug, waves, responses, seed, force=force, population=population, progress=progress
        )
        periods = [(wave.opens_at, wave.closes_at) for wave in survey.waves]
        training = simulate_training(learners, seed, periods, population)
        details = {"waves": waves, "responses": responses, "seed": seed, "learners": learners}
        record("simulation.create", slug, details, actor=_cli_actor())
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    return Simulation(survey, training)


@dataclass
class Cleared:
    waves: int
    responses: int
    learners: int


def clear() -> Cleared:
    """Remove every simulated wave with its responses and every simulated learner; only those."""
    try:
        waves, responses = clear_simulated_waves()
        learners = clear_simulated_learners()
        record(
            "simulation.clear",
            "all",
            {"waves": waves, "responses": responses, "learners": learners},
            actor=_cli_actor(),
        )
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    return Cleared(waves, responses, learners)


def load_demo_simulation(surveys=None, learners: int | None = None) -> list[str]:
    """The first start's simulation, into a database with no responses and no simulation yet.

    Not made again once cleared (`flask demo simulate --clear` leaves an audit event).
    ``surveys`` and ``learners`` default to DEMO_SURVEYS and DEMO_LEARNERS.
    """
    surveys = DEMO_SURVEYS if surveys is None else surveys
    learners = DEMO_LEARNERS if learners is None else learners
    if simulated_waves():
        return []
    cleared = db.session.execute(
        select(AuditEvent.id).where(AuditEvent.action == "simulation.clear").limit(1)
    ).first()
    if cleared is not None:
        return ["simulation: cleared earlier, so not made again (`flask demo simulate` makes it)"]
    lines = []
    for slug, waves, responses in surveys:
        survey_id = db.session.execute(select(Survey.id).filter_by(slug=slug)).scalar()
        if survey_id is None or real_responses(survey_id):
            continue
        made = simulate(slug, waves, responses, DEMO_SEED, learners)
        lines.append(
            f"simulation: {slug}: {waves} simulated waves, {made.survey.responses} responses "
            f"({made.survey.seconds:.0f} s)"
        )
        if made.training.learners:
            lines.append(
                f"simulation: {made.training.learners} simulated learners (they cannot sign "
                f"in), {made.training.attempts} test attempts"
            )
        learners = 0  # training once, with the first survey
    if lines:
        lines.insert(0, simulated_notice())
    return lines

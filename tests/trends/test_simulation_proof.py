"""The proof: the statistics find every effect the simulation put in, and nothing else.

End to end (SQLite and PostgreSQL): ``flask demo simulate``'s code writes 4 waves of 24,000
citizens' responses, each wave is raked to the population in the database, SQL sums per region
and wave feed trends.stats, and change and trend tests with FDR across regions must find every
known effect with its sign. The same sizes over 20 seeds in memory (same generator, no
database) give the power and the false alarms: at 4 × 6,000 responses the weakest effect
(Atyrau's fishing permits, about 50 answers a wave) is found in 98 of 100 seeds and flat
regions are flagged in about 0.5% of tests (docs/simulation.md). Fewer responses lose power
on that one effect fast (96% at 20,000, 75% at 16,000), so these are the smallest honest sizes.
"""

import numpy as np
import pytest
from sqlalchemy import func, select

from extensions import db
from simulation.demo import simulate
from simulation.effects import KNOWN_EFFECTS, REGION_LEVELS
from simulation.population import demo_population
from simulation.surveys import instrument_of, make_plan, simulated_waves
from surveys.models import Response, Survey
from surveys.profile import PROFILE_CODES
from tests.trends import proof
from trends import stats
from trends.aggregates import ScaledItem, any_yes, construct_index, response_sums
from trends.weights import RAKING_VARIABLES, rake_wave

WAVES, RESPONSES = 4, 24_000
SEEDS = range(20)
E2E_SEED = 2026  # the seed `make run` uses


@pytest.fixture
def citizens(app, demo):
    """The citizens' survey as the simulation reads it, and the demo population."""
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="citizens")).scalar_one()
        return instrument_of(survey), demo_population()


def sql_results(instrument, population, wave_ids: list[int]) -> dict:
    """findings() for every indicator, from sums the database adds up."""
    by_code = {q.code: q for q in instrument.questions}
    region_ids = {code: index for index, code in enumerate(population.regions)}
    region_of = dict(zip(instrument.regions.ids.values(), instrument.regions.ids, strict=True))
    results = {}
    for indicator in proof.INDICATORS:
        if indicator.construct is not None:
            items = proof.index_items(instrument.questions, indicator.construct)
            per_response = construct_index(
                [ScaledItem(q.id, *proof.scale(q), q.reverse_scored) for q in items]
            )
        else:
            per_response = any_yes([by_code[code].id for code in indicator.codes])
        where = [Response.service_used != "none"] if indicator.contact_only else []
        sums = proof.Sums.empty(len(population.regions), len(wave_ids))
        for wave_id, region_id, *row in response_sums(per_response, wave_ids, where=where):
            sums.add(region_ids[region_of[region_id]], wave_ids.index(wave_id), row)
        results[indicator.name] = proof.findings(sums, len(wave_ids))
    return results


def test_every_known_effect_is_found_through_the_database(app, citizens):
    instrument, population = citizens
    margins = {variable: population.margin(variable) for variable in RAKING_VARIABLES}
    with app.app_context():
        simulate("citizens", WAVES, RESPONSES, E2E_SEED)
        wave_ids = [wave.id for wave in simulated_waves()]
        for wave_id in wave_ids:
            rake_wave(wave_id, margins)
        db.session.commit()
        assert_margins_are_the_population_s(wave_ids, population)
        results = sql_results(instrument, population, wave_ids)

    found = proof.detected(results, population.regions)
    assert found == {effect: True for effect in KNOWN_EFFECTS}
    flagged, tested = proof.false_alarms(results, population.regions)
    assert tested > 200 and flagged / tested <= 0.05

    # The database holds exactly what the generator makes: the same figures from arrays.
    memory = proof.memory_results(make_plan(instrument, population, WAVES, RESPONSES, E2E_SEED))
    assert memory.keys() == results.keys()
    for name, by_test in results.items():
        for test, (estimate, q) in by_test.items():
            np.testing.assert_allclose(memory[name][test][0], estimate, rtol=1e-6, atol=1e-9)
            np.testing.assert_allclose(memory[name][test][1], q, rtol=1e-6, atol=1e-9)


def assert_margins_are_the_population_s(wave_ids: list[int], population) -> None:
    """Raked weights give the population's shares; the sample alone is biased."""
    from accounts.models import Region

    columns = {
        "region": Region.code,
        "sex": Response.sex,
        "age_band": Response.age_band,
        "settlement": Response.settlement,
    }
    for variable, column in columns.items():
        margin = population.margin(variable)
        shares = {category: count / sum(margin.values()) for category, count in margin.items()}
        for wave_id in wave_ids:
            rows = db.session.execute(
                select(column, func.sum(Response.weight), func.count())
                .select_from(Response)
                .join(Region, Region.id == Response.region_id)
                .where(Response.wave_id == wave_id, column.is_not(None))
                .group_by(column)
            ).all()
            weighted = {category: float(total) for category, total, _ in rows}
            counted = {category: n for category, _, n in rows}
            total, n = sum(weighted.values()), sum(counted.values())
            for category, share in shares.items():
                assert weighted[category] / total == pytest.approx(share, abs=1e-8)
            if variable == "age_band":  # the young answer more than their share
                assert counted["18-24"] / n > shares["18-24"] + 0.04
            if variable == "settlement":
                assert counted["urban"] / n > shares["urban"] + 0.04


def test_power_and_false_alarms_over_seeds(citizens):
    """At the end-to-end sizes, in memory: every effect in at least 90% of 20 seeds, and flat
    regions flagged after FDR at most at the nominal 5%."""
    instrument, population = citizens
    hits = {effect: 0 for effect in KNOWN_EFFECTS}
    flagged = tested = 0
    for seed in SEEDS:
        plan = make_plan(instrument, population, WAVES, RESPONSES, seed)
        results = proof.memory_results(plan)
        for effect, found in proof.detected(results, plan.regions).items():
            hits[effect] += found
        alarms, count = proof.false_alarms(results, plan.regions)
        flagged, tested = flagged + alarms, tested + count
    for effect, count in hits.items():
        assert count >= 0.9 * len(SEEDS), (effect.region, effect.target, count)
    # trust, public control, service quality lose their effect region; two tests each
    assert tested == len(SEEDS) * 2 * (3 * 19 + 3 * 20)
    assert flagged / tested <= 0.05


def test_answers_hang_together(citizens):
    """Cronbach's alpha of 0.7-0.9 per construct; a reverse-scored item runs the other way."""
    instrument, population = citizens
    columns = proof.respondents(make_plan(instrument, population, 2, 20_000, 3))
    alphas = {}
    for construct in ("trust", "public_control", "service_quality", "tolerance", "awareness"):
        items = [
            q
            for q in proof.index_items(instrument.questions, construct)
            if q.regions is None and (q.show_if is None or q.show_if["question"] in PROFILE_CODES)
        ]
        scaled = []
        for q in items:
            low, high = proof.scale(q)
            value = (columns[q.code] - low) / (high - low) * 100
            scaled.append(100 - value if q.reverse_scored else value)
        alphas[construct] = stats.cronbach_alpha(np.column_stack(scaled))
    experience = np.column_stack([columns["exp_asked"], columns["exp_gave"]])
    alphas["experience"] = stats.cronbach_alpha(experience)
    assert all(0.7 <= alpha <= 0.9 for alpha in alphas.values()), alphas
    willing, fear = columns["pc_willing"], columns["pc_fear"]
    both = ~np.isnan(willing) & ~np.isnan(fear)
    assert np.corrcoef(willing[both], fear[both])[0, 1] < -0.3


def test_bribery_levels_follow_the_regions_table(citizens):
    """SDG 16.5.1 among people in contact with officials: each region near its level."""
    instrument, population = citizens
    plan = make_plan(instrument, population, 2, 40_000, 5)
    columns = proof.respondents(plan)
    sdg = next(i for i in proof.INDICATORS if i.name == "sdg_16_5_1")
    values = proof.indicator_values(sdg, plan.questions, columns)
    for index, region in enumerate(plan.regions):
        mine = values[(columns["region"] == index) & ~np.isnan(values)]
        level = REGION_LEVELS[region][0] / 100
        assert abs(mine.mean() - level) < 4 * np.sqrt(level * (1 - level) / len(mine)), region
        assert 0.05 <= mine.mean() <= 0.25

"""SQLite and PostgreSQL give the same figures: the same seeded simulation in each, weighted
and summed by the same code, then every stored sum, weighting and alpha compared.

Runs in the PostgreSQL run of the suite (TEST_DATABASE_URL), beside a fresh SQLite file; in CI
(CI_REQUIRE_POSTGRES) it fails when PostgreSQL is missing."""

import os

import pytest
from flask_migrate import upgrade
from sqlalchemy import select

from accounts.models import Region
from extensions import db
from surveys.models import Survey, Wave
from tests.conftest import TEST_SETTINGS
from trends.cache import ensure_sums, survey_waves
from trends.figures import series
from trends.indicators import survey_indicators, survey_questions
from trends.models import IndicatorSums, WaveFigures, WaveWeighting

WAVES, RESPONSES, SEED = 3, 6_000, 16


@pytest.fixture
def postgres_app(app, migrated_database):
    if not migrated_database.startswith("postgresql"):
        message = "comparing with PostgreSQL needs it: set TEST_DATABASE_URL"
        if os.environ.get("CI_REQUIRE_POSTGRES"):
            pytest.fail(message)
        pytest.skip(message)
    return app


@pytest.fixture
def sqlite_app(tmp_path):
    from app import create_app

    application = create_app(
        {**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'agree.sqlite'}"}
    )
    with application.app_context():
        upgrade(revision="heads")
    yield application
    with application.app_context():
        db.engine.dispose()


def stored_figures(application) -> dict:
    """Every stored figure of the simulated waves, keyed by names both databases share."""
    from accounts.regions import load_regions
    from simulation.demo import simulate
    from surveys.demo import load_demo_surveys
    from trends.population import load_demo_population

    with application.test_request_context("/?lang=en"):
        load_regions()
        load_demo_surveys()
        load_demo_population()
        simulate("citizens", WAVES, RESPONSES, SEED)
        db.session.commit()
        survey = db.session.execute(select(Survey).filter_by(slug="citizens")).scalar_one()
        waves = survey_waves(survey.id)
        assert len(waves) == WAVES
        assert ensure_sums(survey.id, [w.id for w in waves]) == WAVES
        codes = dict(db.session.execute(select(Region.id, Region.code)).all())
        labels = dict(db.session.execute(select(Wave.id, Wave.label)).all())
        sums = {
            (labels[r.wave_id], r.indicator, codes.get(r.region_id), r.breakdown, r.category): (
                r.withheld, r.n, r.sw, r.swy, r.sww, r.swwy, r.swwyy, r.sy, r.syy
            )
            for r in db.session.execute(select(IndicatorSums)).scalars()
        }  # fmt: skip
        weighting = {
            labels[w.wave_id]: (w.responses, w.design_effect, w.problem)
            for w in db.session.execute(select(WaveWeighting)).scalars()
        }
        alphas = {
            labels[f.wave_id]: f.alphas for f in db.session.execute(select(WaveFigures)).scalars()
        }
        resolved = {r.id: r for r in survey_indicators(survey_questions(survey.id))}
        trust = series(resolved["index-trust"], waves)
        trends = {codes.get(key): (t.slope, t.p, t.q) for key, t in trust.trends.items()}
        db.session.rollback()
    return {"sums": sums, "weighting": weighting, "alphas": alphas, "trends": trends}


def assert_close(first, second, where):
    if isinstance(first, float) or isinstance(second, float):
        assert first == pytest.approx(second, rel=1e-9, abs=1e-9), where
    elif isinstance(first, dict):
        assert first.keys() == second.keys(), where
        for key in first:
            assert_close(first[key], second[key], (*where, key))
    elif isinstance(first, tuple):
        assert len(first) == len(second), where
        for index, (a, b) in enumerate(zip(first, second, strict=True)):
            assert_close(a, b, (*where, index))
    else:
        assert first == second, where


def test_sqlite_and_postgresql_give_the_same_figures(postgres_app, sqlite_app):
    on_postgres = stored_figures(postgres_app)
    on_sqlite = stored_figures(sqlite_app)
    assert len(on_sqlite["sums"]) > 1000
    published = [key for key, value in on_sqlite["sums"].items() if value[0] is None]
    assert len(published) > 100 and any(v[0] for v in on_sqlite["sums"].values())
    for part in ("sums", "weighting", "alphas", "trends"):
        assert_close(on_postgres[part], on_sqlite[part], (part,))

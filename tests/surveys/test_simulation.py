"""``flask demo simulate``: simulated waves in the real tables, marked, reproducible, removable,
answering the instrument as the real validation and skip logic require."""

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import func, select

from accounts.audit import AuditEvent
from accounts.models import Region, User
from extensions import db
from localization import LOCAL_TZ
from simulation import demo as simulation_demo
from simulation.demo import load_demo_simulation
from simulation.population import demo_population
from simulation.surveys import blocks, instrument_of, make_plan
from surveys.models import Answer, QuestionType, Response, Survey, Wave
from surveys.profile import PROFILE_COLUMNS
from surveys.validation import validate_answers

SMALL = ["--waves", "3", "--responses", "600", "--learners", "0"]


def simulate(runner, *args):
    return runner.invoke(args=["demo", "simulate", *args])


def snapshot(app) -> dict:
    """Everything the simulation could touch, counted."""
    with app.app_context():
        return {
            model.__name__: db.session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Wave, Response, Answer, User, AuditEvent)
        }


def survey_rows(app, slug="citizens") -> list[tuple]:
    with app.app_context():
        responses = db.session.execute(
            select(Response.id, Wave.label, Response.region_id, Response.age_band, Response.sex,
                   Response.settlement, Response.respondent_group, Response.service_used,
                   Response.channel, Response.submitted_on)
            .join(Wave, Wave.id == Response.wave_id)
            .join(Survey, Survey.id == Wave.survey_id)
            .where(Survey.slug == slug)
            .order_by(Response.id)
        ).all()  # fmt: skip
        answers = db.session.execute(
            select(Answer.response_id, Answer.question_id, Answer.ordinal, Answer.value_num,
                   Answer.value_text)
            .order_by(Answer.response_id, Answer.question_id, Answer.ordinal)
        ).all()  # fmt: skip
    return [tuple(row) for row in responses], [tuple(row) for row in answers]


def test_closed_quarterly_waves_before_the_open_one_marked_simulated(app, demo, runner):
    result = simulate(runner, *SMALL)
    assert result.exit_code == 0, result.output
    assert "Simulated data, not real responses" in result.output
    assert "Смоделированные данные" in result.output and "Модельденген деректер" in result.output
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="citizens")).scalar_one()
        simulated = [wave for wave in survey.waves if wave.simulated]
        open_wave = next(wave for wave in survey.waves if not wave.simulated)
        assert len(simulated) == 3
        for wave, following in zip(simulated, simulated[1:] + [open_wave], strict=True):
            opens = wave.opens_at.astimezone(LOCAL_TZ)
            assert (opens.day, opens.hour, opens.month % 3) == (1, 0, 1)  # a quarter's first day
            assert wave.closes_at - wave.opens_at >= timedelta(days=89)
            assert wave.closes_at <= following.opens_at
            assert not wave.is_open() and wave.label == f"{opens.year}-Q{(opens.month + 2) // 3}"
        per_wave = dict(
            db.session.execute(
                select(Response.wave_id, func.count()).group_by(Response.wave_id)
            ).all()
        )
        assert [per_wave[wave.id] for wave in simulated] == [200, 200, 200]
        dates = db.session.execute(
            select(Response.submitted_on, Wave.opens_at, Wave.closes_at).join(Wave)
        ).all()
        assert all(o.date() <= day <= c.date() for day, o, c in dates)
        # Regions in proportion to their adults (each at least one response).
        by_region = dict(
            db.session.execute(
                select(Region.code, func.count()).join(Response).group_by(Region.code)
            ).all()
        )
    population = demo_population()
    adults = population.region_totals()
    for code, count in by_region.items():
        assert abs(count - 600 * adults[code] / sum(adults.values())) <= 2, code
    assert len(by_region) == 20

    listing = runner.invoke(args=["surveys", "list"]).output
    waves = [line.split("\t") for line in listing.splitlines() if line.startswith("  ")]
    assert sum("simulated" in fields for fields in waves) == 3
    assert all("simulated" not in fields for fields in waves if "open" in fields)


def test_the_same_seed_gives_the_same_data(app, demo, runner):
    assert simulate(runner, *SMALL, "--seed", "7").exit_code == 0
    first = survey_rows(app)
    assert simulate(runner, "--clear").exit_code == 0
    assert survey_rows(app) == ([], [])
    assert simulate(runner, *SMALL, "--seed", "7").exit_code == 0
    assert survey_rows(app) == first
    assert simulate(runner, "--clear").exit_code == 0
    assert simulate(runner, *SMALL, "--seed", "8").exit_code == 0
    other = survey_rows(app)
    assert other[0] != first[0] and len(other[0]) == len(first[0]) == 600


def raw_answers(block, index: int, questions, region: str) -> dict:
    """One simulated respondent as a form or API client would send it."""
    raw = {"region": region}
    for code, column in PROFILE_COLUMNS.items():
        if code != "region" and block.profile[column][index] is not None:
            raw[code] = block.profile[column][index]
    for question in questions:
        column = block.answers.get(question.code)
        if column is None:
            continue
        value = column[index]
        if column.dtype == bool:
            chosen = [str(c["value"]) for c, on in zip(question.choices, value, strict=True) if on]
            if chosen:
                raw[question.code] = chosen
        elif column.dtype == object:
            if value is not None:
                raw[question.code] = value
        elif not np.isnan(value):
            if question.type == QuestionType.YESNO:
                raw[question.code] = bool(value)
            elif question.type == QuestionType.NUMBER:
                raw[question.code] = float(value)
            else:
                raw[question.code] = int(value)
    return raw


@pytest.mark.parametrize("slug", ["citizens", "experts"])
def test_every_simulated_response_passes_the_real_validation(app, demo, slug):
    """Skip logic respected (no answer to a question not asked), required questions answered,
    every value one the survey accepts; optional questions are sometimes left blank."""
    with app.test_request_context():
        instrument = instrument_of(
            db.session.execute(select(Survey).filter_by(slug=slug)).scalar_one()
        )
        plan = make_plan(instrument, demo_population(), 2, 3000, 11)
        blank = {q.code: 0 for q in instrument.questions}
        seen = 0
        for block in blocks(plan):
            for index in range(block.size):
                raw = raw_answers(block, index, instrument.questions, block.region)
                checked = validate_answers(
                    instrument.questions, raw, instrument.regions.codes, strict=True
                )
                assert checked.errors == {}, (raw, checked.errors)
                for code in set(checked.visible) - set(raw):
                    blank[code] += 1
                seen += 1
    assert seen == 3000
    for question in instrument.questions:
        if question.required:
            assert blank[question.code] == 0, question.code
        elif question.type == QuestionType.TEXT:
            assert blank[question.code] > 0  # free text is never made up: always blank
    optional = [q for q in instrument.questions if not q.required and q.type != QuestionType.TEXT]
    assert optional and all(blank[q.code] > 0 for q in optional if q.regions is None)


def make_real_response(app):
    """A real response in the citizens' open wave."""
    with app.app_context():
        wave = db.session.execute(
            select(Wave).join(Survey).where(Survey.slug == "citizens", Wave.simulated.is_(False))
        ).scalar_one()
        db.session.add(
            Response(wave_id=wave.id, submitted_on=date.today(), channel="web", weight=1.0)
        )
        db.session.commit()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--survey", "nosuch"], "no survey with the slug 'nosuch'"),
        (["--waves", "1"], "at least 2 waves"),
        (["--waves", "41"], "at most 40 waves"),
        (["--responses", "19"], "19 responses cannot cover the 20 regions"),
        (["--seed", "-1"], "the seed must be 0 or more"),
        (["--learners", "-1"], "the number of learners must be 0 or more"),
    ],
)
def test_bad_input_says_why_and_writes_nothing(app, demo, runner, args, message):
    before = snapshot(app)
    result = simulate(runner, "--waves", "2", "--responses", "100", *args)
    assert result.exit_code != 0
    assert message in result.output and "Nothing was written." in result.output
    assert snapshot(app) == before


def test_real_responses_need_force(app, demo, runner):
    make_real_response(app)
    before = snapshot(app)
    result = simulate(runner, *SMALL)
    assert result.exit_code != 0
    assert "already has 1 real responses" in result.output and "--force" in result.output
    assert snapshot(app) == before
    assert simulate(runner, *SMALL, "--force").exit_code == 0
    assert snapshot(app)["Response"] == 601


def test_a_second_simulation_of_a_survey_is_refused(app, demo, runner):
    assert simulate(runner, *SMALL).exit_code == 0
    before = snapshot(app)
    result = simulate(runner, *SMALL)
    assert result.exit_code != 0 and "already has 3 simulated waves" in result.output
    assert snapshot(app) == before
    assert simulate(runner, *SMALL, "--survey", "experts").exit_code == 0  # another survey may


def test_clear_removes_only_simulated_data(app, demo, runner, make_user):
    make_real_response(app)
    real_user = make_user(role="civil_servant", region="KZ-35")
    before = snapshot(app)
    assert simulate(runner, "--waves", "2", "--responses", "200", "--force").exit_code == 0
    result = simulate(runner, "--clear")
    assert result.exit_code == 0
    assert "Removed 2 simulated waves, 200 simulated responses" in result.output
    after = snapshot(app)
    assert after == {**before, "AuditEvent": before["AuditEvent"] + 2}  # simulate, clear
    with app.app_context():
        assert db.session.get(User, real_user["id"]) is not None
        assert not db.session.execute(select(Wave).filter_by(simulated=True)).first()


def test_first_start_simulates_once_and_not_again_after_clear(app, demo, runner, monkeypatch):
    monkeypatch.setattr(simulation_demo, "DEMO_SURVEYS", (("citizens", 2, 200), ("experts", 2, 40)))
    monkeypatch.setattr(simulation_demo, "DEMO_LEARNERS", 0)
    output = runner.invoke(args=["seed", "simulation"]).output
    assert "citizens: 2 simulated waves, 200 responses" in output
    assert "experts: 2 simulated waves, 40 responses" in output
    assert snapshot(app)["Response"] == 240
    assert runner.invoke(args=["seed", "simulation"]).output == ""  # already there
    assert simulate(runner, "--clear").exit_code == 0
    with app.app_context():
        assert load_demo_simulation()[0].startswith("simulation: cleared earlier")
    assert snapshot(app)["Response"] == 0


def test_a_survey_with_real_responses_gets_no_first_start_simulation(app, demo):
    make_real_response(app)
    with app.app_context():
        lines = load_demo_simulation(surveys=(("citizens", 2, 100),), learners=0)
    assert lines == []
    assert snapshot(app)["Response"] == 1


def test_waves_end_before_the_earliest_existing_wave(app, demo, runner):
    """A survey whose first wave began long ago gets its simulated waves before that."""
    with app.app_context():
        wave = db.session.execute(
            select(Wave).join(Survey).where(Survey.slug == "citizens")
        ).scalar_one()
        wave.opens_at = datetime(2025, 2, 10, tzinfo=UTC)
        db.session.commit()
    assert simulate(runner, *SMALL).exit_code == 0
    with app.app_context():
        labels = db.session.execute(
            select(Wave.label).where(Wave.simulated.is_(True)).order_by(Wave.opens_at)
        ).scalars()
        assert list(labels) == ["2024-Q2", "2024-Q3", "2024-Q4"]


def test_postgresql_statistics_are_fresh_after_a_simulation(app, demo, runner):
    """PostgreSQL plans foreign-key checks from its statistics: the load refreshes them."""
    from sqlalchemy import text

    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("statistics are refreshed on PostgreSQL only")
        db.session.execute(text("ANALYZE response"))  # as if the table had been seen empty
        db.session.commit()
    assert simulate(runner, "--waves", "2", "--responses", "3000", "--learners", "0").exit_code == 0
    with app.app_context():
        query = "SELECT relname, reltuples FROM pg_class WHERE relname IN ('response', 'answer')"
        estimated = dict(db.session.execute(text(query)).all())
    assert estimated["response"] == pytest.approx(3000, rel=0.05)
    assert estimated["answer"] > 30_000

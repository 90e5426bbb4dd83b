"""Stored sums of closed waves: made once, dropped when a wave reopens or its weights change;
suppression of small and complementary cells; the population table upload."""

import io
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from accounts.models import Region
from extensions import db
from localization import utcnow
from simulation.population import DEMO_TABLE
from surveys.models import Answer, Response, Survey, Wave
from surveys.service import OpenWave, find_survey
from surveys.storing import store_response
from tests.security.checks import row_counts
from tests.trends.pages import csv_rows, page_tables
from trends.cache import compute_wave, ensure_sums, forget_wave, refresh_wave, survey_waves
from trends.models import IndicatorSums, PopulationTable, WaveFigures, WaveWeighting
from trends.suppression import COMPLEMENTARY, SMALL, withhold


@pytest.fixture
def small_simulation(app, demo, runner):
    """2 closed waves of 300 responses and the demo population table."""
    from trends.population import load_demo_population

    with app.app_context():
        load_demo_population()
    args = ["demo", "simulate", "--waves", "2", "--responses", "300", "--learners", "0"]
    assert runner.invoke(args=args).exit_code == 0
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="citizens")).scalar_one()
        return survey.id, [w.id for w in survey_waves(survey.id)]


def stamps(wave_ids):
    return dict(
        db.session.execute(
            select(WaveFigures.wave_id, WaveFigures.stamp).where(WaveFigures.wave_id.in_(wave_ids))
        ).all()
    )


def test_sums_are_made_once_and_again_when_a_wave_changes(app, small_simulation):
    survey_id, wave_ids = small_simulation
    with app.app_context():
        assert ensure_sums(survey_id, wave_ids) == 2  # cold: weighted and summed
        before = stamps(wave_ids)
        rows = db.session.execute(select(func.count()).select_from(IndicatorSums)).scalar()
        assert rows > 0 and all(w.design_effect > 1 for w in db.session.scalars(
            select(WaveWeighting)))  # fmt: skip
        assert ensure_sums(survey_id, wave_ids) == 0  # warm: nothing made

        # the first wave reopens, then closes again later: its figures are made anew
        wave = db.session.get(Wave, wave_ids[0])
        wave.closes_at = utcnow() + timedelta(days=1)
        db.session.commit()
        assert [w.id for w in survey_waves(survey_id)] == wave_ids[1:]  # open: not read
        wave.closes_at = utcnow() - timedelta(hours=1)
        db.session.commit()
        assert ensure_sums(survey_id, wave_ids) == 1
        assert stamps(wave_ids)[wave_ids[0]] != before[wave_ids[0]]
        assert stamps(wave_ids)[wave_ids[1]] == before[wave_ids[1]]

        # the second wave is weighted again (flask trends weights): a new stamp
        refresh_wave(wave_ids[1], reweigh=True)
        assert stamps(wave_ids)[wave_ids[1]] != before[wave_ids[1]]
        assert ensure_sums(survey_id, wave_ids) == 0

        # a new population table: every wave is weighted and summed again
        db.session.add(PopulationTable(source="new", content=DEMO_TABLE.read_text()))
        db.session.commit()
        assert ensure_sums(survey_id, wave_ids) == 2
        counts = db.session.execute(
            select(IndicatorSums.wave_id, func.count()).group_by(IndicatorSums.wave_id)
        ).all()
        assert len(counts) == 2 and len({n for _, n in counts}) <= 2  # no duplicated rows


def test_a_survey_change_and_clearing_drop_the_sums(app, small_simulation, runner):
    survey_id, wave_ids = small_simulation
    with app.app_context():
        ensure_sums(survey_id, wave_ids)
        survey = db.session.get(Survey, survey_id)
        survey.revision = "changed"
        db.session.commit()
        assert ensure_sums(survey_id, wave_ids) == 2
    assert runner.invoke(args=["demo", "simulate", "--clear"]).exit_code == 0
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(IndicatorSums)).scalar() == 0
        assert db.session.execute(select(func.count()).select_from(WaveFigures)).scalar() == 0


def test_a_closed_wave_without_responses_has_no_figures(app, small_simulation, client):
    """A wave closed before anyone answered: no sums, no alpha, and the pages still answer."""
    survey_id, wave_ids = small_simulation
    with app.app_context():
        first = db.session.get(Wave, wave_ids[0])
        empty = Wave(
            survey_id=survey_id,
            label="2001-Q1",
            opens_at=first.opens_at - timedelta(days=400),
            closes_at=first.opens_at - timedelta(days=300),
        )
        db.session.add(empty)
        db.session.commit()
        rows, alphas = compute_wave(empty.id, survey_id)
        assert rows == [] and alphas and set(alphas.values()) == {None}
    assert client.get("/open-data").status_code == 200
    only = {"from": "2001-Q1", "to": "2001-Q1", "lang": "en"}
    for path in ("/open-data", "/open-data/regions/KZ-35"):
        page = client.get(path, query_string=only)
        html = page.get_data(as_text=True)
        assert page.status_code == 200 and "no responses" in html and 'class="value"' not in html
    answer = client.get("/api/v1/open/indicators?wave=2001-Q1")
    assert answer.status_code == 200 and answer.get_json()["cells"] == []
    rows = client.get("/open-data/regions/KZ-35/download.csv", query_string=only).data
    assert rows.decode("utf-8-sig").count("no responses") > 10


def test_a_region_with_a_handful_of_responses_shows_no_figure(
    app, small_simulation, client, auth, make_user
):
    """Ulytau (about 1% of adults) has 1 to 5 of the 300 respondents a wave."""
    survey_id, wave_ids = small_simulation
    with app.app_context():
        ulytau = db.session.execute(select(Region.id).filter_by(code="KZ-62")).scalar_one()
        counts = (
            db.session.execute(
                select(func.count()).where(Response.region_id == ulytau).group_by(Response.wave_id)
            )
            .scalars()
            .all()
        )
    assert counts and max(counts) < 30
    auth.login(make_user(role="admin")["email"])
    page = client.get("/dashboard/regions/KZ-62?lang=en")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    charts = [t for t in page_tables(html) if "data-indicator" in t.attributes]
    assert charts and all(
        row[1].split("\n")[0] in ("suppressed", "no responses") and row[2] == ""
        for table in charts
        for row in table.rows
    )
    for table in ("indicators", "groups"):
        download = client.get(f"/dashboard/regions/KZ-62/download.csv?table={table}")
        rows = csv_rows(download.data)
        assert rows and all(row["Value"] == "" and row["Respondents (n)"] == "" for row in rows)
    api = client.get("/api/v1/open/indicators?region=KZ-62").get_json()
    assert api["cells"] == []


def test_small_regions_are_suppressed_everywhere(app, small_simulation, client, auth, make_user):
    """300 responses in 2 waves: most regions have fewer than 30 respondents a wave."""
    admin = make_user(role="admin")
    auth.login(admin["email"])
    html = client.get("/dashboard?indicator=index-trust").get_data(as_text=True)
    assert html.count(">suppressed<") > 20
    cells = client.get("/api/v1/open/indicators?indicator=index-trust").get_json()["cells"]
    assert cells and all(cell["n"] >= 30 for cell in cells)
    # Ulytau (about 1% of adults) has 1 or 2 respondents a wave: never in the API
    assert not [cell for cell in cells if cell["region"] == "KZ-62"]
    with app.app_context():
        withheld = db.session.execute(
            select(IndicatorSums.withheld, func.count())
            .where(IndicatorSums.indicator == "index-trust")
            .group_by(IndicatorSums.withheld)
        ).all()
    reasons = dict(withheld)
    assert reasons.get(SMALL, 0) > 0 and reasons.get(COMPLEMENTARY, 0) > 0


def test_complementary_suppression():
    # a region's total and three categories; one is small: the next smallest goes too
    cells = {(1, "", ""): 100, (1, "sex", "female"): 55, (1, "sex", "male"): 40,
             (1, "sex", "~"): 5}  # fmt: skip
    assert withhold(cells, 30) == {(1, "sex", "~"): SMALL, (1, "sex", "male"): COMPLEMENTARY}
    # the country and its regions: one small region exposes another
    cells = {(None, "", ""): 200, (1, "", ""): 120, (2, "", ""): 70, (3, "", ""): 10}
    assert withhold(cells, 30) == {(3, "", ""): SMALL, (2, "", ""): COMPLEMENTARY}
    # a complementary total then exposes its own categories: they are withheld in turn
    cells.update({(2, "sex", "female"): 40, (2, "sex", "male"): 30})
    found = withhold(cells, 30)
    assert found[(2, "", "")] == COMPLEMENTARY
    assert sum(cell[0] == 2 and cell[1] == "sex" for cell in found) >= 1
    for total, parts in [((2, "", ""), [(2, "sex", "female"), (2, "sex", "male")])]:
        assert sum(member in found for member in [total, *parts]) != 1
    assert withhold({(None, "", ""): 50, (1, "", ""): 50}, 30) == {}


BAD_TABLES = {
    "missing regions": "region,variable,category,population\nKZ-10,sex,female,10\n",
    "negative": DEMO_TABLE.read_text().replace("KZ-10,sex,female,231300", "KZ-10,sex,female,-5"),
    "not a number": DEMO_TABLE.read_text().replace("KZ-11,sex,male,267400", "KZ-11,sex,male,lots"),
    "margins": DEMO_TABLE.read_text().replace("KZ-10,sex,female,231300", "KZ-10,sex,female,231301"),
    "header": "region;variable;category;population\n",
}
PROBLEMS = {
    "missing regions": "These regions are missing",
    "negative": "“-5” is not a whole number",
    "not a number": "“lots” is not a whole number",
    "margins": "KZ-10: the margins do not add up",
    "header": "The first line must be",
}


@pytest.mark.parametrize("case", sorted(BAD_TABLES))
def test_a_bad_population_table_is_refused_whole(app, client, auth, make_user, case):
    admin = make_user(role="admin")
    auth.login(admin["email"])
    with app.app_context():
        before = row_counts()
    upload = (io.BytesIO(BAD_TABLES[case].encode()), "population.csv")
    answer = client.post("/dashboard/population", data={"table": upload},
                         content_type="multipart/form-data")  # fmt: skip
    assert answer.status_code == 400
    assert PROBLEMS[case] in answer.get_data(as_text=True)
    with app.app_context():
        assert row_counts() == before


def test_a_good_population_table_is_stored(app, client, auth, make_user):
    admin = make_user(role="admin")
    auth.login(admin["email"])
    upload = (io.BytesIO(DEMO_TABLE.read_bytes()), "population.csv")
    answer = client.post("/dashboard/population", data={"table": upload},
                         content_type="multipart/form-data")  # fmt: skip
    assert answer.status_code == 302
    with app.app_context():
        table = db.session.execute(select(PopulationTable)).scalar_one()
        assert table.approximate and table.year == 2024
    page = client.get("/dashboard/population?lang=ru").get_data(as_text=True)
    assert "приблизительная" in page


def test_flask_trends_weights(app, small_simulation, runner):
    _survey_id, _wave_ids = small_simulation
    with app.app_context():
        label = (
            db.session.execute(
                select(Wave.label).where(Wave.simulated.is_(True)).order_by(Wave.opens_at)
            )
            .scalars()
            .first()
        )
    result = runner.invoke(args=["trends", "weights", "--survey", "citizens", "--wave", label])
    assert result.exit_code == 0, result.output
    assert "raked to the population table; design effect" in result.output
    for args, message in (
        (["--survey", "nope", "--wave", label], "no survey"),
        (["--survey", "citizens", "--wave", "1999-Q9"], "has no wave"),
    ):
        result = runner.invoke(args=["trends", "weights", *args])
        assert result.exit_code != 0 and message in result.output
    with app.app_context():
        open_label = (
            db.session.execute(select(Wave.label).where(Wave.simulated.is_(False)))
            .scalars()
            .first()
        )
    result = runner.invoke(args=["trends", "weights", "--survey", "citizens", "--wave", open_label])
    assert result.exit_code != 0 and "has not closed" in result.output


def test_before_any_wave_closes_downloads_say_there_are_no_figures(app, demo, client):
    api = client.get("/api/v1/open/indicators")
    assert api.status_code == 404 and "No wave has closed yet" in api.get_data(as_text=True)
    assert client.get("/open-data/download.csv").status_code == 404
    assert client.get("/open-data").status_code == 200  # the page says it in a sentence


def national_n(wave_id, indicator="index-trust"):
    return db.session.execute(
        select(IndicatorSums.n).where(
            IndicatorSums.wave_id == wave_id,
            IndicatorSums.indicator == indicator,
            IndicatorSums.region_id.is_(None),
            IndicatorSums.breakdown == "",
        )
    ).scalar_one()


def test_responses_stored_while_a_wave_reopens_are_weighted_and_summed(app, small_simulation):
    """A closed wave reopens, takes 3 responses through the write path and closes again: it is
    weighted anew (its weights are older than its close) and its sums count the 3."""
    survey_id, wave_ids = small_simulation
    with app.test_request_context():
        ensure_sums(survey_id, wave_ids)
        wave = db.session.get(Wave, wave_ids[0])
        weighting = db.session.get(WaveWeighting, wave.id)
        version, responses, n = weighting.version, weighting.responses, national_n(wave.id)
        wave.closes_at = utcnow() + timedelta(days=1)
        db.session.commit()
        instrument = find_survey("citizens")[0]
        reopened = OpenWave(wave.id, wave.label, wave.opens_at, wave.closes_at)
        trust = [q.code for q in instrument.questions if q.construct == "trust"]
        profile = {"region": "KZ-35", "sex": "female", "age_band": "25-34",
                   "settlement": "urban", "group": "citizen"}  # fmt: skip
        answers = {**profile, **dict.fromkeys(trust, 4)}
        stored = [store_response(instrument, reopened, answers, channel="web") for _ in range(3)]
        wave = db.session.get(Wave, wave_ids[0])
        wave.closes_at = utcnow() - timedelta(hours=1)
        db.session.commit()
        assert ensure_sums(survey_id, wave_ids) == 1
        weighting = db.session.get(WaveWeighting, wave.id)
        assert weighting.version != version and weighting.responses == responses + 3
        assert national_n(wave.id) == n + 3
        weights = db.session.scalars(select(Response.weight).where(Response.id.in_(stored)))
        assert all(weight != 1.0 for weight in weights)  # raked with the others


def test_forgetting_a_wave_weights_and_sums_it_again(app, small_simulation):
    """Any change to a closed wave's responses the app does not make: forget_wave."""
    survey_id, wave_ids = small_simulation
    with app.app_context():
        ensure_sums(survey_id, wave_ids)
        version = db.session.get(WaveWeighting, wave_ids[1]).version
        gone = db.session.scalars(
            select(Response.id).where(Response.wave_id == wave_ids[1]).limit(5)
        ).all()
        n = national_n(wave_ids[1])
        db.session.execute(delete(Answer).where(Answer.response_id.in_(gone)))
        db.session.execute(delete(Response).where(Response.id.in_(gone)))
        forget_wave(wave_ids[1])
        db.session.commit()
        assert ensure_sums(survey_id, wave_ids) == 1
        weighting = db.session.get(WaveWeighting, wave_ids[1])
        assert weighting.version != version and national_n(wave_ids[1]) < n


def test_deleting_a_wave_deletes_its_weights_and_sums(app, small_simulation):
    survey_id, wave_ids = small_simulation
    with app.app_context():
        ensure_sums(survey_id, wave_ids)
        wave = db.session.get(Wave, wave_ids[0])
        in_wave = select(Response.id).where(Response.wave_id == wave.id)
        db.session.execute(delete(Answer).where(Answer.response_id.in_(in_wave)))
        db.session.execute(delete(Response).where(Response.wave_id == wave.id))
        db.session.delete(wave)
        db.session.commit()
        for model in (IndicatorSums, WaveFigures, WaveWeighting):
            left = db.session.execute(select(model.wave_id).distinct()).scalars().all()
            assert left == [wave_ids[1]], model


def test_the_dashboard_downloads_the_training_table_it_shows(
    app, demo, runner, client, auth, make_user
):
    from tests.trends.pages import csv_rows, page_tables
    from training.demo import load_demo_modules

    with app.app_context():
        load_demo_modules()
    args = ["demo", "simulate", "--waves", "2", "--responses", "300", "--learners", "120"]
    assert runner.invoke(args=args).exit_code == 0
    auth.login(make_user(role="admin")["email"])
    html = client.get("/dashboard?lang=en").get_data(as_text=True)
    (shown,) = [t for t in page_tables(html) if t.caption.startswith("Modules assigned")]
    rows = csv_rows(client.get("/dashboard/download.csv?lang=en&table=training").data)
    assert [row["Region"] for row in rows] == [r[0] for r in shown.rows]
    counts = ("Learners", "Modules assigned", "Modules completed")
    with_learners = [(row, r) for row, r in zip(rows, shown.rows, strict=True) if len(r) > 2]
    assert with_learners
    for row, cells in with_learners:
        assert [row[name] for name in counts] == cells[1:4]

"""The dashboard's figures on simulated data: every known effect shows, flat regions mostly do
not, the figures equal a direct computation on the responses, and pages, downloads and the API
show the same numbers, marked as simulated."""

import csv
import io
import re

import numpy as np
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from accounts.models import Region
from extensions import db
from simulation.effects import KNOWN_EFFECTS
from surveys.models import Answer, Question, Response, Survey
from tests.trends.pages import (
    csv_rows,
    downloaded_figure,
    page_tables,
    shown_change,
    shown_figure,
)
from trends import stats
from trends.cache import ensure_sums, survey_waves
from trends.figures import series
from trends.indicators import survey_indicators, survey_questions

# The indicator each known effect shows in, and the test that finds it.
EFFECT_INDICATORS = {
    "trust": "index-trust",
    "public_control": "index-public-control",
    "service_quality": "index-service-quality",
    "atr_fishing_informal": "item:atr_fishing_informal",
}
FLAT_INDICATORS = ("sdg-16.5.1", "index-trust", "index-tolerance", "index-awareness",
                   "index-public-control", "index-service-quality")  # fmt: skip


@pytest.fixture(scope="module")
def figures_of(simulated_app):
    """``figures_of(indicator_id)``: the Series of every wave, weighted, built as pages do."""
    cache = {}

    def build(indicator_id, weighted=True):
        key = (indicator_id, weighted)
        if key not in cache:
            with simulated_app.test_request_context("/?lang=en"):
                survey = db.session.execute(select(Survey).filter_by(slug="citizens")).scalar_one()
                waves = survey_waves(survey.id)
                ensure_sums(survey.id, [w.id for w in waves])
                resolved = {r.id: r for r in survey_indicators(survey_questions(survey.id))}
                cache[key] = series(resolved[indicator_id], waves, weighted)
        return cache[key]

    return build


def region_id(app, code):
    with app.app_context():
        return db.session.execute(select(Region.id).filter_by(code=code)).scalar_one()


def test_every_known_effect_shows_with_its_sign(simulated_app, figures_of):
    for effect in KNOWN_EFFECTS:
        data = figures_of(EFFECT_INDICATORS[effect.target])
        where = region_id(simulated_app, effect.region)
        trend = data.trends[where]
        assert trend.significant and np.sign(trend.slope) == effect.sign, effect
        if effect.shape == "step":  # the charter wave's change itself is significant
            charter = data.waves[len(data.waves) // 2]
            change = data.cell(charter.id, where).change
            assert change.significant and change.diff > 0, effect


def test_flat_regions_are_mostly_quiet(simulated_app, figures_of):
    touched = {(e.region, EFFECT_INDICATORS[e.target]) for e in KNOWN_EFFECTS}
    with simulated_app.app_context():
        codes = dict(db.session.execute(select(Region.id, Region.code)).all())
    flagged = tested = 0
    for indicator in FLAT_INDICATORS:
        data = figures_of(indicator)
        for region, code in codes.items():
            if (code, indicator) in touched:
                continue
            changes = [data.cell(w.id, region).change for w in data.waves[1:]]
            for change in [c for c in changes if c is not None]:
                tested += 1
                flagged += change.significant
            trend = data.trends[region]
            if trend.q is not None:
                tested += 1
                flagged += trend.significant
    assert tested > 500
    assert flagged / tested <= 0.05, (flagged, tested)


def test_figures_equal_a_direct_computation_on_the_responses(simulated_app, figures_of):
    """Sums made in SQL (SQLite or PostgreSQL, whichever the suite runs on) give the estimates
    trends.stats makes from the raw rows: the cross-check that both databases agree."""
    data = figures_of("index-trust")
    wave = data.waves[1]
    karaganda = region_id(simulated_app, "KZ-35")
    with simulated_app.app_context():
        rows = db.session.execute(
            select(Response.id, Response.weight, Question.code, Question.reverse_scored,
                   Answer.value_num)
            .join(Answer, Answer.response_id == Response.id)
            .join(Question, Question.id == Answer.question_id)
            .where(Response.wave_id == wave.id, Response.region_id == karaganda,
                   Question.construct == "trust", Answer.value_num.is_not(None))
        ).all()  # fmt: skip
    by_response: dict[str, list] = {}
    weights = {}
    for response_id, weight, _code, reverse, value in rows:
        score = (value - 1) / 4 * 100
        by_response.setdefault(response_id, []).append(100 - score if reverse else score)
        weights[response_id] = weight
    ids = sorted(by_response)
    y = np.array([np.mean(by_response[i]) for i in ids])
    w = np.array([weights[i] for i in ids])
    expected = stats.weighted_mean(y, w)
    figure = data.cell(wave.id, karaganda)
    assert figure.n == expected.n
    assert figure.value == pytest.approx(expected.value, rel=1e-9)
    assert figure.se == pytest.approx(expected.se, rel=1e-7)
    assert figure.ci_low == pytest.approx(expected.ci_low, rel=1e-7)
    unweighted = figures_of("index-trust", weighted=False).cell(wave.id, karaganda)
    assert unweighted.value == pytest.approx(y.mean(), rel=1e-9)
    assert unweighted.value != pytest.approx(figure.value, rel=1e-6)


def test_sdg_16_5_1_is_the_share_of_people_in_contact(simulated_app, figures_of):
    data = figures_of("sdg-16.5.1")
    wave = data.waves[0]
    with simulated_app.app_context():
        ids = dict(
            db.session.execute(
                select(Question.code, Question.id).where(
                    Question.code.in_(["exp_asked", "exp_gave"])
                )
            ).all()
        )
        rows = db.session.execute(
            select(Response.id, Response.weight, Answer.value_num)
            .join(Answer, Answer.response_id == Response.id)
            .where(
                Response.wave_id == wave.id,
                Response.service_used.is_not(None),
                Response.service_used != "none",
                Answer.question_id.in_(list(ids.values())),
            )
        ).all()
    paid_or_asked: dict[str, float] = {}
    weights = {}
    for response_id, weight, value in rows:
        paid_or_asked[response_id] = max(paid_or_asked.get(response_id, 0.0), value)
        weights[response_id] = weight
    ids_ = sorted(paid_or_asked)
    expected = stats.proportion([paid_or_asked[i] for i in ids_], [weights[i] for i in ids_])
    national = data.cell(wave.id, None)
    assert national.value == pytest.approx(100 * expected.value, rel=1e-9)
    assert national.ci_low == pytest.approx(100 * expected.ci_low, rel=1e-6)
    assert national.ci_high == pytest.approx(100 * expected.ci_high, rel=1e-6)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_dashboard_region_page_and_downloads_show_the_same_figures(
    simulated_app, signed_in, figures_of, language
):
    admin = signed_in("admin")
    query = {"indicator": "index-trust", "lang": language}
    page = admin.get("/dashboard", query_string=query)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    notices = {
        "kk": "Модельденген деректер",
        "ru": "Смоделированные данные",
        "en": "Simulated data",
    }
    assert notices[language] in html and "tag-simulated" in html
    assert "<svg" in html and 'class="tile-map"' in html and "line-chart" in html
    data = figures_of("index-trust")
    karaganda = region_id(simulated_app, "KZ-35")
    last = data.cell(data.waves[-1].id, karaganda)
    comma = "," if language != "en" else "."
    shown = f"{last.value:.1f}".replace(".", comma)
    assert shown in html
    download = admin.get("/dashboard/download.csv", query_string=query)
    assert download.data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(download.data.decode("utf-8-sig"))))
    mine = [row for row in rows[1:] if row[3] == "KZ-35" and row[2] == data.waves[-1].label]
    assert mine and float(mine[0][5]) == round(last.value, 1)
    assert "Simulated data" in mine[0][-1] and "Модельденген" in mine[0][-1]
    xlsx = admin.get("/dashboard/download.xlsx", query_string=query)
    assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"
    region = admin.get("/dashboard/regions/KZ-23", query_string={"lang": language})
    assert region.status_code == 200
    region_html = region.get_data(as_text=True)
    assert notices[language] in region_html
    # Atyrau's own block (fisheries) and its training figures
    assert "chart-item:atr_fishing_informal" in region_html and 'id="training"' in region_html


def test_a_scoped_analyst_sees_other_regions_only_as_the_public(simulated_app, signed_in):
    analyst = signed_in("analyst")
    assert analyst.get("/dashboard/regions/KZ-23").status_code == 200
    assert analyst.get("/dashboard/regions/KZ-35").status_code == 403
    html = analyst.get("/dashboard").get_data(as_text=True)
    assert "/dashboard/regions/KZ-23" in html and "/dashboard/regions/KZ-35" not in html
    assert "/open-data/regions/KZ-35" in html
    public = signed_in("anonymous").get("/open-data/regions/KZ-35")
    assert public.status_code == 200 and 'id="training"' not in public.get_data(as_text=True)


def test_open_data_api_cells(simulated_app, signed_in, figures_of):
    client = signed_in("anonymous")
    answer = client.get("/api/v1/open/indicators", query_string={"indicator": "sdg-16.5.1"})
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["simulated"] is True and "Simulated data" in body["notice"]
    fields = {"survey", "wave", "region", "indicator", "breakdown", "value", "ci_low",
              "ci_high", "n", "weighted", "simulated"}  # fmt: skip
    assert body["cells"] and all(set(cell) == fields for cell in body["cells"])
    assert all(cell["n"] >= 30 and cell["indicator"] == "sdg-16.5.1" for cell in body["cells"])
    data = figures_of("sdg-16.5.1")
    national = next(c for c in body["cells"] if c["region"] is None and c["breakdown"] == "total")
    assert national["value"] == round(data.cell(data.waves[-1].id, None).value, 1)
    assert national["wave"] == data.waves[-1].label
    # complementary suppression: no breakdown has exactly one category left out of a total
    # whose other categories are all published (checked on the rows the API draws from)
    as_csv = client.get("/api/v1/open/indicators?indicator=sdg-16.5.1&format=csv&region=KZ-23")
    assert as_csv.data.startswith("\ufeff".encode())
    lines = as_csv.data.decode("utf-8-sig").splitlines()
    assert lines[0].split(",") == ["survey", "wave", "region", "indicator", "breakdown", "value",
                                   "ci_low", "ci_high", "n", "weighted", "simulated"]  # fmt: skip
    assert all(",KZ-23," in line for line in lines[1:])
    catalog = client.get("/api/v1/open/indicators/catalog").get_json()
    ids = {entry["id"] for entry in catalog["indicators"]}
    assert {"sdg-16.5.1", "service-satisfaction", "bribe-reported", "index-trust"} <= ids
    sdg = next(e for e in catalog["indicators"] if e["id"] == "sdg-16.5.1")
    assert set(sdg["numerator"]) == {"kk", "ru", "en"} and sdg["items"] == ["exp_asked", "exp_gave"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"survey": "no-such-survey"}, 404),
        ({"indicator": "sdg-99"}, 404),
        ({"wave": "1999-Q1"}, 404),
        ({"region": "KZ-00"}, 404),
        ({"format": "xml"}, 400),
        ({"weighting": "heavy"}, 400),
        ({"colour": "red"}, 400),
    ],
)
def test_open_data_api_refuses_unknown_things(signed_in, query, status):
    answer = signed_in("anonymous").get("/api/v1/open/indicators", query_string=query)
    assert answer.status_code == status and answer.is_json and answer.get_json()["message"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"survey": "nope"}, 404),
        ({"indicator": "nope"}, 404),
        ({"from": "nope"}, 404),
        ({"group": "aliens"}, 400),
        ({"weighting": "x"}, 400),
    ],
)
def test_pages_refuse_unknown_things_clearly(simulated_app, signed_in, figures_of, query, status):
    admin = signed_in("admin")
    for path in ("/dashboard", "/open-data", "/open-data/regions/KZ-35", "/dashboard/download.csv"):
        answer = admin.get(path, query_string=query)
        assert answer.status_code == status, path
    assert admin.get("/open-data/regions/KZ-00").status_code == 404


def test_a_backwards_wave_range_is_refused(signed_in, figures_of):
    waves = figures_of("index-trust").waves
    query = {"from": waves[-1].label, "to": waves[0].label}
    for path in ("/dashboard", "/dashboard/regions/KZ-35", "/open-data/regions/KZ-35/download.csv",
                 "/dashboard/download.xlsx"):  # fmt: skip
        answer = signed_in("admin").get(path, query_string=query)
        assert answer.status_code == 400, path
        assert "comes after" in answer.get_data(as_text=True)
    unknown = signed_in("admin").get("/dashboard/download.csv", query_string={"table": "x"})
    assert unknown.status_code == 400
    one = signed_in("admin").get("/dashboard", query_string={"from": waves[2].label,
                                                             "to": waves[2].label})  # fmt: skip
    assert one.status_code == 200 and "A trend needs at least 3 waves." in one.get_data(
        as_text=True
    )


def test_a_group_filter_uses_that_group_only(simulated_app, signed_in):
    html = (
        signed_in("admin").get("/dashboard", query_string={"group": "media"}).get_data(as_text=True)
    )
    # media respondents are 0.5%: no cell anywhere has 30 of them, so none shows a number
    assert html.count(">suppressed<") >= 50 and 'class="value"' not in html


def downloaded_change(row: dict) -> tuple | None:
    if row["Change since the previous wave"] == "":
        return None
    return float(row["Change since the previous wave"]), row["Significant"] == "yes"


@pytest.mark.parametrize("group", [None, "entrepreneur"])
def test_the_dashboard_downloads_exactly_the_table_it_shows(signed_in, group):
    admin = signed_in("admin")
    query = {"indicator": "sdg-16.5.1", "lang": "en", "group": group}
    html = admin.get("/dashboard", query_string=query).get_data(as_text=True)
    (table,) = [t for t in page_tables(html) if "by-wave" in t.attributes.get("class", "")]
    rows = csv_rows(admin.get("/dashboard/download.csv", query_string=query).data)
    waves = list(dict.fromkeys(row["Wave"] for row in rows))
    by_cell = {(row["Region"], row["Wave"]): row for row in rows}
    assert len(table.rows) == 21 and len(rows) == 21 * len(waves)
    published = 0
    for place, *cells in table.rows:
        assert len(cells) == len(waves)
        for wave, text in zip(waves, cells, strict=True):
            row = by_cell[(place, wave)]
            assert shown_figure(text) == downloaded_figure(row), (place, wave)
            n = re.search(r"n = (\d+)", text)
            assert (n.group(1) if n else "") == row["Respondents (n)"]
            assert shown_change(text) == downloaded_change(row), (place, wave)
            published += n is not None
    assert published > 0
    trend_rows = csv_rows(
        admin.get("/dashboard/download.csv", query_string={**query, "table": "trends"}).data
    )
    assert [row["Region"] for row in trend_rows] == [row[0] for row in table.rows]


def test_the_dashboard_downloads_its_waves_table(signed_in):
    admin = signed_in("admin")
    query = {"indicator": "index-trust", "lang": "en"}

    def table_rows(table: str) -> list[dict]:
        download = admin.get("/dashboard/download.csv", query_string={**query, "table": table})
        return csv_rows(download.data)

    html = admin.get("/dashboard", query_string=query).get_data(as_text=True)
    tables = {t.caption.split(" (")[0]: t for t in page_tables(html)}
    waves = tables["Responses, design effect of the weights and Cronbach's alpha per wave"]
    rows = table_rows("waves")
    assert [row["Wave"] for row in rows] == [r[0].split()[0] for r in waves.rows]
    for row, shown in zip(rows, waves.rows, strict=True):
        assert row["Responses"] == shown[1].replace(",", "")
        assert "{:.2f}".format(float(row["Design effect"])) == shown[2]
        assert "{:.2f}".format(float(row["Cronbach's alpha"])) == shown[3]
    workbook = admin.get("/dashboard/download.xlsx", query_string=query).data
    sheets = load_workbook(io.BytesIO(workbook)).sheetnames
    assert sheets == ["Figures", "Trends", "Waves and weights"]  # no learners: no training
    public = signed_in("anonymous").get("/open-data/download.csv?table=training")
    assert public.status_code == 400  # the public pages show no training figures


@pytest.mark.parametrize(
    ("who", "path"),
    [("admin", "/dashboard/regions/KZ-23"), ("anonymous", "/open-data/regions/KZ-23")],
)
def test_a_region_page_downloads_exactly_the_figures_it_shows(signed_in, who, path):
    client = signed_in(who)
    query = {"indicator": "sdg-16.5.1", "lang": "en"}
    html = client.get(path, query_string=query).get_data(as_text=True)
    tables = page_tables(html)

    def download(table):
        answer = client.get(f"{path}/download.csv", query_string={**query, "table": table})
        assert answer.status_code == 200, table
        return csv_rows(answer.data)

    indicators = download("indicators")
    by_wave = {(row["Indicator"], row["Wave"]): row for row in indicators}
    charts = [t for t in tables if "data-indicator" in t.attributes]
    assert len(charts) == len({row["Indicator"] for row in indicators}) >= 10
    assert "item:atr_fishing_informal" in {t.attributes["data-indicator"] for t in charts}
    checked = 0
    for table in charts:
        for wave, text, n, *national in table.rows:
            row = by_wave[(table.attributes["data-indicator"], wave.split()[0])]
            assert shown_figure(text) == downloaded_figure(row), (row["Indicator"], wave)
            assert n == row["Respondents (n)"]
            assert shown_change(text) == downloaded_change(row)
            if national:
                assert shown_figure(national[0]) == downloaded_figure(row, "Kazakhstan")
            checked += 1
    assert checked == len(indicators)
    # the summary table is the latest wave of the same rows
    latest = indicators[-1]["Wave"]
    summary = next(t for t in tables if t.caption.startswith("Atyrau Region and Kazakhstan"))
    titles = {row["Title"]: row for row in indicators if row["Wave"] == latest}
    for title, text, _n, _change, national, _trend in summary.rows:
        assert shown_figure(text) == downloaded_figure(titles[title])
        assert shown_figure(national) == downloaded_figure(titles[title], "Kazakhstan")
    trends = {row["Title"]: row for row in download("trends")}
    for title, *_cells, trend in summary.rows:
        slope = re.match(r"([+-]?[\d.]+)%? a wave", trend)
        expected = trends[title]["Slope per wave"]
        assert (float(slope.group(1)) if slope else "") == (float(expected) if expected else "")
    groups = download("groups")
    assert {row["Indicator"] for row in groups} == {"sdg-16.5.1"}
    by_category = {(row["Breakdown"], row["Category"]): row for row in groups}
    breakdowns = [t for t in tables if "data-breakdown" in t.attributes]
    assert len(breakdowns) == 5  # four breakdowns and Atyrau's focus sector
    assert sum(len(t.rows) for t in breakdowns) == len(groups)
    for table in breakdowns:
        for label, text, n in table.rows:
            row = by_category[(table.attributes["data-breakdown"], label)]
            assert shown_figure(text) == downloaded_figure(row) and n == row["Respondents (n)"]
    if who == "anonymous":
        refused = client.get(f"{path}/download.csv", query_string={"table": "training"})
        assert refused.status_code == 400
    else:
        training = download("training")
        (shown,) = [t for t in tables if t.caption.startswith("Modules assigned and completed")]
        assert [r[0] for r in shown.rows] == [r["Period"] for r in training]
        for cells, row in zip(shown.rows, training, strict=True):
            if cells[1:] == ["no learners"]:
                assert row["Learners"] == row["Modules completed"] == "0"
                continue
            _period, completed, posts, rate, gain, _p = cells
            assert (completed, posts) == (row["Modules completed"], row["Post-tests"])
            assert rate.rstrip("%") == row["Pass rate"] and gain == row["Knowledge gain (points)"]
        assert len(training) == len({row["Wave"] for row in indicators}) + 1
    workbook = load_workbook(
        io.BytesIO(client.get(f"{path}/download.xlsx", query_string=query).data), read_only=True
    )
    sheets = ["Indicators", "Trends", "Groups"] + (["Training"] if who == "admin" else [])
    assert workbook.sheetnames == sheets
    in_sheet = list(workbook["Indicators"].iter_rows(values_only=True))
    assert len(in_sheet) == len(indicators) + 1
    assert [str(v) for v in in_sheet[1][:9]] == list(indicators[0].values())[:9]
    assert "Simulated data" in in_sheet[1][-1]

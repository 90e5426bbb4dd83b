# ruff: noqa: E501  (the rows of a spreadsheet read best one a line)
"""Instrument files: Adal JSON out and back in, XLSForm in; a bad file imports nothing and says
everything that is wrong with it."""

import io
import json

import pytest
import xlsxwriter
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from extensions import db
from surveys.models import Question, Survey
from tests.surveys.testdata import SAMPLE_SECTION_OF, SAMPLE_SECTIONS, sectioned

HEADER = ["type", "name", "label::Kazakh (kk)", "label::Russian (ru)", "label::English (en)"]
GOOD_SURVEY = [
    [*HEADER, "hint::English (en)", "required", "relevant", "constraint"],
    ["select_one yn", "paid", "Пара бердіңіз бе?", "Давали ли взятку?", "Did you pay?", "", "yes", "", ""],
    ["integer", "times", "Неше рет?", "Сколько раз?", "How many times?", "", "", "${paid} = 'yes'", ". >= 1 and . <= 20"],
    ["select_multiple where", "where", "Қайда?", "Где?", "Where?", "Tick all", "", "selected(${paid}, 'yes')", ""],
    ["select_one agree", "trust", "Сенесіз бе?", "Доверяете?", "Do you trust?", "", "yes", "${where} = 'police' or ${where} = 'health'", ""],
    ["begin_group", "more", "", "", "", "", "", "", ""],  # no label: read as if not there
    ["decimal", "hours", "Қанша сағат?", "Сколько часов?", "How many hours?", "", "", "${paid} != 'yes'", ". >= 0 and . <= 2.5"],
    ["end_group", "", "", "", "", "", "", "", ""],
    ["text", "note", "Пікір", "Комментарий", "Comment", "", "", "", "string-length(.) <= 200"],
]  # fmt: skip
GOOD_CHOICES = [
    ["list_name", "name", "label::Kazakh (kk)", "label::Russian (ru)", "label::English (en)"],
    ["yn", "yes", "Иә", "Да", "Yes"],
    ["yn", "no", "Жоқ", "Нет", "No"],
    ["where", "health", "Емхана", "Поликлиника", "Clinic"],
    ["where", "police", "Полиция", "Полиция", "Police"],
    *[["agree", str(n), f"{n} ұпай", f"{n} балл", f"{n} points"] for n in range(1, 6)],
]
SETTINGS = [["form_title", "form_id"], ["Пара туралы", "bribes_2027"]]


def xlsform(survey=GOOD_SURVEY, choices=GOOD_CHOICES, settings=SETTINGS) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    for name, rows in (("survey", survey), ("choices", choices), ("settings", settings)):
        if rows is None:
            continue
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write_string(r, c, value)
    workbook.close()
    return buffer.getvalue()


@pytest.fixture
def admin(client, auth, make_user):
    user = make_user(role="admin", email="admin@adal.example")
    auth.login(user["email"])
    return client


def upload(client, content: bytes, name: str, slug: str = "", language: str = ""):
    """The form as a browser sends it; encoded here, as bytes, so that the test client keeps
    no temporary file of a large body open."""
    files = MultiDict({"file": FileStorage(io.BytesIO(content), name), "slug": slug})
    boundary, body = encode_multipart(files)
    return client.post(
        "/admin/surveys/import" + (f"?lang={language}" if language else ""),
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


def survey_count(app) -> tuple[int, int]:
    with app.app_context():
        surveys = db.session.execute(select(func.count()).select_from(Survey)).scalar_one()
        questions = db.session.execute(select(func.count()).select_from(Question)).scalar_one()
        return surveys, questions


def test_an_xlsform_becomes_a_draft_survey(app, admin, regions):
    response = upload(admin, xlsform(), "bribes.xlsx")
    assert response.status_code == 302, response.get_data(as_text=True)[-3000:]
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="bribes-2027")).scalar_one()
        assert survey.status == "draft"
        questions = {q.code: q for q in survey.questions}
        assert list(questions)[:6] == [
            "region",
            "age_band",
            "sex",
            "settlement",
            "group",
            "service_used",
        ]
        assert questions["paid"].type == "yesno" and questions["paid"].required
        assert questions["times"].show_if == {"question": "paid", "op": "equals", "value": "yes"}
        assert (questions["times"].min_value, questions["times"].max_value) == (1, 20)
        assert questions["where"].type == "multi" and questions["where"].hints == {"en": "Tick all"}
        assert questions["trust"].type == "likert5"
        assert questions["trust"].show_if["op"] == "in"
        assert questions["hours"].show_if == {"question": "paid", "op": "not", "value": "yes"}
        assert questions["note"].max_length == 200
        assert survey.titles["kk"] == "Пара туралы"


def test_instrument_json_round_trip(app, admin, sample):
    exported = admin.get("/admin/surveys/sample/instrument.json")
    assert exported.status_code == 200
    data = json.loads(exported.data)
    assert data["format"] == "adal-survey" and "region" not in [
        q["code"] for q in data["questions"]
    ]
    assert upload(admin, exported.data, "sample.json", slug="sample-copy").status_code == 302
    again = json.loads(admin.get("/admin/surveys/sample-copy/instrument.json").data)
    assert {**again, "slug": "sample"} == data


def test_sections_and_layout_make_the_round_trip(app, admin, make_survey):
    make_survey(questions=sectioned(), sections=SAMPLE_SECTIONS, layout="single_page")
    data = json.loads(admin.get("/admin/surveys/sample/instrument.json").data)
    assert data["layout"] == "single_page"
    assert [s["key"] for s in data["sections"]] == ["profile", "trust", "bribes", "more"]
    assert {q["code"]: q["section"] for q in data["questions"]} == SAMPLE_SECTION_OF
    content = json.dumps(data, ensure_ascii=False).encode()
    assert upload(admin, content, "sample.json", slug="sample-copy").status_code == 302
    again = json.loads(admin.get("/admin/surveys/sample-copy/instrument.json").data)
    assert {**again, "slug": "sample"} == data
    with app.app_context():
        copy = db.session.execute(select(Survey).filter_by(slug="sample-copy")).scalar_one()
        assert copy.sections == SAMPLE_SECTIONS and copy.layout == "single_page"
        assert {q.section for q in copy.questions[:6]} == {"profile"}


def test_a_file_without_sections_imports_as_before(app, admin, sample):
    data = json.loads(admin.get("/admin/surveys/sample/instrument.json").data)
    assert data["sections"] is None
    for key in ("layout", "sections"):
        data.pop(key)
    content = json.dumps(data, ensure_ascii=False).encode()
    assert upload(admin, content, "old.json", slug="old-file").status_code == 302
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="old-file")).scalar_one()
        assert survey.sections is None and survey.layout == "sections"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda data: data.update(layout="carousel"), "layout: one of sections, single_page"),
        (lambda data: data["sections"].pop(0), "sections: distinct keys, the first 'profile'"),
        (lambda data: data["questions"][0].update(section="nowhere"), "no section 'nowhere'"),
        (lambda data: data["questions"][0].pop("section"), "question 'trust': no section None"),
        (lambda data: data["sections"][1]["titles"].pop("ru"), "missing text in: ru"),
        (lambda data: data["sections"][1].update(key=["x"]), "a key is a-z, 0-9 and _"),
        (lambda data: data["sections"][1].update(titles="Trust"), "titles are a text per language"),
        (lambda data: data.update(sections="all"), "sections are a list"),
        (
            lambda data: data["questions"][-1].update(section="trust"),
            "each section's questions come together, in order",
        ),
        (
            lambda data: data.update(sections=None),
            "questions name sections, but the survey has none",
        ),
    ],
)
def test_bad_sections_import_nothing(app, admin, make_survey, change, problem):
    make_survey(questions=sectioned(), sections=SAMPLE_SECTIONS, layout="sections")
    data = json.loads(admin.get("/admin/surveys/sample/instrument.json").data)
    change(data)
    before = survey_count(app)
    response = upload(admin, json.dumps(data, ensure_ascii=False).encode(), "x.json", "other")
    assert response.status_code == 400
    assert problem in response.get_data(as_text=True).replace("&#39;", "'")
    assert survey_count(app) == before


GROUPED = [
    HEADER,
    ["begin_group", "bribes", "Пара", "Взятки", "Bribes"],
    ["select_one yn", "paid", "Пара бердіңіз бе?", "Давали ли взятку?", "Did you pay?"],
    ["begin_group", "inner", "", "", ""],  # a group inside a section is read as if not there
    ["text", "why", "Неге?", "Почему?", "Why?"],
    ["end_group", "", "", "", ""],
    ["end_group", "", "", "", ""],
    ["begin_group", "views", "Пікір", "Мнение", "Your view"],
    ["text", "note", "Пікір", "Комментарий", "Comment"],
    ["end_group", "", "", "", ""],
]


def test_an_xlsform_s_labelled_groups_become_sections(app, admin, regions):
    response = upload(admin, xlsform(GROUPED), "grouped.xlsx")
    assert response.status_code == 302, response.get_data(as_text=True)[-3000:]
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="bribes-2027")).scalar_one()
        assert [s["key"] for s in survey.sections] == ["profile", "bribes", "views"]
        assert survey.sections[1]["titles"] == {"kk": "Пара", "ru": "Взятки", "en": "Bribes"}
        assert survey.sections[0]["titles"]["ru"] == "О вас"
        assert [(q.code, q.section) for q in survey.questions[6:]] == [
            ("paid", "bribes"), ("why", "bribes"), ("note", "views")
        ]  # fmt: skip
        assert survey.layout == "sections"


GROUP_PROBLEMS = [
    (
        "a question outside the groups",
        [*GROUPED, ["text", "loose", "а", "б", "c"]],
        "question loose: outside the labelled groups",
    ),
    (
        "a group without a label beside labelled ones",
        [
            *GROUPED,
            ["begin_group", "plain", "", "", ""],
            ["text", "x", "а", "б", "c"],
            ["end_group", "", "", "", ""],
        ],
        "group plain: outside the labelled groups",
    ),
    (
        "a group named profile",
        [
            HEADER,
            ["begin_group", "profile", "Мен", "Я", "Me"],
            ["text", "x", "а", "б", "c"],
            ["end_group", "", "", "", ""],
        ],
        "group profile: a section's name is a-z, 0-9 and _, and not 'profile'",
    ),
    (
        "a group label in one language",
        [
            [*HEADER[:2], "label"],
            ["begin_group", "g", "Group"],
            ["text", "x", "X"],
            ["end_group", "", ""],
        ],
        "group g: give label::Kazakh (kk)",
    ),
    (
        "a group label missing a language",
        [
            HEADER,
            ["begin_group", "g", "Топ", "", "Group"],
            ["text", "x", "а", "б", "c"],
            ["end_group", "", "", "", ""],
        ],
        "section 'g': missing text in: ru",
    ),
]


@pytest.mark.parametrize(
    ("rows", "problem"), [case[1:] for case in GROUP_PROBLEMS], ids=[c[0] for c in GROUP_PROBLEMS]
)
def test_groups_that_cannot_be_sections_are_listed(app, admin, regions, rows, problem):
    before = survey_count(app)
    response = upload(admin, xlsform(rows), "grouped.xlsx")
    assert response.status_code == 400
    assert problem in response.get_data(as_text=True).replace("&#39;", "'")
    assert survey_count(app) == before


def bad(rows_survey=GOOD_SURVEY, rows_choices=GOOD_CHOICES):
    return xlsform(rows_survey, rows_choices)


BAD_FILES = [
    (
        "unknown type",
        bad([*GOOD_SURVEY, ["geopoint", "where_am_i", "Қайда", "Где", "Where", "", "", "", ""]]),
        "question where_am_i: the type 'geopoint' cannot be imported",
    ),
    ("not a type at all", bad([*GOOD_SURVEY, ["selfie", "x", "a", "b", "c"]]), "selfie"),
    ("no name column", bad([["type", "label::English (en)"], ["text", "Hi"]]), "XLSForm:"),
    (
        "duplicate names",
        bad([*GOOD_SURVEY, ["text", "note", "а", "б", "c", "", "", "", ""]]),
        "XLSForm:",
    ),
    (
        "broken relevant",
        bad([*GOOD_SURVEY, ["text", "why", "а", "б", "c", "", "", "${paid} = = 'x'", ""]]),
        "relevant",
    ),
    (
        "complex relevant",
        bad([*GOOD_SURVEY, ["text", "why", "а", "б", "c", "", "", "${times} > 3", ""]]),
        "question why: relevant '${times} > 3' cannot be imported",
    ),
    (
        "missing choice list",
        bad([*GOOD_SURVEY, ["select_one nothing", "pick", "а", "б", "c", "", "", "", ""]]),
        "XLSForm:",
    ),
    (
        "a number without a range",
        bad([*GOOD_SURVEY, ["integer", "age", "Жас", "Возраст", "Age", "", "", "", ""]]),
        "question age: a number needs a range",
    ),
    (
        "one language only",
        bad([["type", "name", "label"], ["text", "note", "Comment"]], GOOD_CHOICES),
        "question note: give label::Kazakh (kk)",
    ),
    ("not a spreadsheet", b"PK\x03\x04 certainly not a zip", "not an .xlsx spreadsheet"),
]


@pytest.mark.parametrize(
    ("content", "problem"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_a_bad_xlsform_imports_nothing(app, admin, regions, content, problem):
    before = survey_count(app)
    response = upload(admin, content, "form.xlsx")
    assert response.status_code == 400
    page = (
        response.get_data(as_text=True)
        .replace("&#39;", "'")
        .replace("&#34;", '"')
        .replace("&gt;", ">")
    )
    assert "Nothing was imported" in page
    assert problem in page
    assert survey_count(app) == before


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "kk",
            [
                "сұрақ: spot: &#39;geopoint&#39; түрін импорттау мүмкін емес",
                "сұрақ: age: санға ауқым керек",
            ],
        ),
        (
            "ru",
            [
                "вопрос spot: тип &#39;geopoint&#39; нельзя импортировать",
                "вопрос age: для числа нужен диапазон",
            ],
        ),
    ],
)
def test_the_problems_of_an_import_read_in_the_page_s_language(
    app, admin, regions, language, lines
):
    rows = [
        *GOOD_SURVEY,
        ["geopoint", "spot", "а", "б", "c", "", "", "", ""],
        ["integer", "age", "Жас", "Возраст", "Age", "", "", "", ""],
    ]
    response = upload(admin, bad(rows), "form.xlsx", language=language)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    for line in lines:
        assert line in page
    assert "cannot be imported" not in page and "needs a range" not in page
    not_json = upload(admin, b"{ not json", "x.json", language=language).get_data(as_text=True)
    assert {"kk": "JSON файлы да, XLSForm", "ru": "ни JSON-файлом опроса"}[language] in not_json


def test_several_problems_are_all_listed(app, admin, regions):
    rows = [
        *GOOD_SURVEY,
        ["geopoint", "spot", "а", "б", "c", "", "", "", ""],
        ["integer", "age", "Жас", "Возраст", "Age", "", "", "", ""],
    ]
    page = upload(admin, bad(rows), "form.xlsx").get_data(as_text=True)
    assert "question spot:" in page and "question age:" in page


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda data: data["questions"][1].update(
                show_if={"question": "nowhere", "op": "equals", "value": "1"}
            ),
            "show_if must refer to an earlier question",
        ),
        (lambda data: data["questions"][0].update(type="slider"), "unknown type 'slider'"),
        (lambda data: data.update(questions="many"), "questions: a non-empty list"),
        (lambda data: data.update(format="other"), 'format: expected "format": "adal-survey"'),
        (lambda data: data["questions"][0].update(colour="red"), "unknown keys colour"),
        (lambda data: data["titles"].pop("kk"), "titles: a title in each of kk, ru and en"),
    ],
)
def test_bad_instrument_json_imports_nothing(app, admin, sample, change, problem):
    data = json.loads(admin.get("/admin/surveys/sample/instrument.json").data)
    change(data)
    before = survey_count(app)
    response = upload(admin, json.dumps(data, ensure_ascii=False).encode(), "x.json", "other")
    assert response.status_code == 400
    assert problem in response.get_data(as_text=True).replace("&#39;", "'").replace(
        "&#34;", '"'
    ).replace("&gt;", ">")
    assert survey_count(app) == before


def test_not_json_and_an_existing_slug(app, admin, sample):
    assert "neither instrument JSON" in upload(admin, b"{ not json", "x.json").get_data(
        as_text=True
    )
    data = admin.get("/admin/surveys/sample/instrument.json").data
    page = upload(admin, data, "x.json").get_data(as_text=True)
    assert "another survey already has the address &#39;sample&#39;" in page
    assert upload(admin, b"", "x.json").status_code == 400


def test_a_50_mb_upload_is_refused_clearly(app, admin, regions):
    before = survey_count(app)
    response = upload(admin, b"x" * (50 * 1024 * 1024), "huge.xlsx")
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "The file is larger than 10 MB; nothing was imported." in page
    assert survey_count(app) == before


def test_the_upload_limit_is_a_setting(make_app, make_user, regions):
    app = make_app(SURVEY_IMPORT_MAX_BYTES=2 * 1024 * 1024)
    client = app.test_client()
    user = make_user(role="admin", email="admin2@adal.example")
    client.post("/login", data={"email": user["email"], "password": user["password"]})
    response = upload(
        client, xlsform() + b"\0" * (1536 * 1024), "form.xlsx"
    )  # 1.5 MB: over the app's 1 MB
    assert response.status_code != 413
    assert upload(client, b"x" * (3 * 1024 * 1024), "form.xlsx").status_code == 413


def test_import_from_the_command_line(app, runner, regions, tmp_path):
    path = tmp_path / "form.xlsx"
    path.write_bytes(xlsform())
    result = runner.invoke(args=["surveys", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "Imported bribes-2027 as a draft" in result.output
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bad([*GOOD_SURVEY, ["geopoint", "spot", "а", "б", "c", "", "", "", ""]]))
    result = runner.invoke(args=["surveys", "import", str(broken), "--slug", "other"])
    assert result.exit_code == 1
    assert "nothing was imported" in result.output and "geopoint" in result.output

"""The one validation of answers (form and API), skip logic and region blocks, per question type."""

import pytest

from surveys.authoring import InstrumentError, build_questions
from surveys.service import find_survey
from surveys.validation import answer_rows, profile_columns, validate_answers
from tests.surveys.testdata import VALID, texts


@pytest.fixture
def check(app, sample):
    """``check(answers, strict=True)`` validates against the sample survey in English."""

    def run(answers, strict=True):
        with app.test_request_context("/?lang=en"):
            survey = find_survey("sample")[0]
            return validate_answers(survey.questions, answers, survey.regions.codes, strict=strict)

    return run


def test_valid_answers_come_back_typed(check):
    answers = {
        **VALID,
        "trust": 5,
        "fair": "7",
        "paid": True,
        "paid_where": ["police", "health", "police"],
        "paid_times": "2,5",
        "kind": 2,
        "note": "  Бәрі жақсы  ",
    }
    checked = check(answers)
    assert checked.errors == {}
    assert checked.answers["trust"] == 5 and checked.answers["fair"] == 7
    assert checked.answers["paid"] is True
    assert checked.answers["paid_where"] == ["health", "police"]  # choice order, no repeats
    assert checked.answers["paid_times"] == 2.5
    assert checked.answers["kind"] == "2"
    assert checked.answers["note"] == "Бәрі жақсы"
    assert checked.answers["region"] == "KZ-35"


@pytest.mark.parametrize(
    ("code", "value", "message"),
    [
        ("trust", "6", "Choose a point on the scale from 1 to 5."),
        ("trust", 0, "Choose a point on the scale from 1 to 5."),
        ("trust", 4.5, "Choose a point on the scale from 1 to 5."),
        ("trust", True, "Choose a point on the scale from 1 to 5."),
        ("trust", [4], "Choose a point on the scale from 1 to 5."),
        ("fair", "8", "Choose a point on the scale from 1 to 7."),
        ("paid", "мүмкін", "Answer yes or no."),
        ("paid", 2, "Answer yes or no."),
        ("kind", "3", "“3” is not one of the answers offered."),
        ("kind", {"value": "1"}, "Give one of the answers offered, as text."),
        ("region", "KZ-99", "“KZ-99” is not a region of Kazakhstan; use a code such as KZ-35."),
        ("age_band", "12-17", "“12-17” is not one of the answers offered."),
        ("note", "ә" * 21, "Use at most 20 characters; this answer has 21."),
        ("note", 42, "Write the answer as text."),
        ("note", "null\x00byte", "The answer contains characters that are not allowed."),
    ],
)
def test_wrong_answers_name_the_problem(check, code, value, message):
    checked = check({**VALID, code: value})
    assert checked.errors == {code: message}
    assert code not in checked.answers


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "Enter a number from 1 to 20."),
        (21, "Enter a number from 1 to 20."),
        ("бес", "Enter a number, such as 3 or 2.5."),
        ("nan", "Enter a number, such as 3 or 2.5."),
        (False, "Enter a number, such as 3 or 2.5."),
    ],
)
def test_numbers_are_numbers_within_range(check, value, message):
    answers = {**VALID, "paid": "yes", "paid_where": ["land"], "paid_times": value}
    assert check(answers).errors == {"paid_times": message}


def test_multiple_choice_checks_each_value(check):
    answers = {**VALID, "paid": "yes", "paid_where": ["health", "bribes"]}
    assert check(answers).errors == {"paid_where": "“bribes” is not one of the answers offered."}
    answers["paid_where"] = 3
    assert check(answers).errors == {"paid_where": "Give a list of the answers you choose."}


def test_missing_required_answers(check):
    checked = check({"region": "KZ-35"})
    assert set(checked.errors) == {
        "age_band",
        "settlement",
        "group",
        "service_used",
        "trust",
        "paid",
    }
    assert set(checked.errors.values()) == {"This question needs an answer."}
    assert "sex" not in checked.errors  # optional


def test_blank_answers_count_as_missing(check):
    checked = check({**VALID, "trust": "  ", "note": ""})
    assert checked.errors == {"trust": "This question needs an answer."}


def test_skip_logic_follow_up_asked_only_after_yes(check):
    checked = check({**VALID, "paid": "yes"})
    assert checked.errors == {"paid_where": "This question needs an answer."}
    assert "paid_where" in checked.visible and "paid_times" in checked.visible
    no = check({**VALID, "paid": "no"})
    assert no.errors == {} and "paid_where" not in no.visible


def test_answer_to_a_hidden_question_is_an_error_for_the_api_and_dropped_for_the_form(check):
    answers = {**VALID, "paid": "no", "paid_where": ["health"], "paid_times": 3}
    strict = check(answers)
    assert strict.errors == {
        "paid_where": "This question is not asked, given your earlier answers.",
        "paid_times": "This question is not asked, given your earlier answers.",
    }
    lenient = check(answers, strict=False)
    assert lenient.errors == {}
    assert "paid_where" not in lenient.answers and "paid_times" not in lenient.answers


def test_region_block_only_in_atyrau(check):
    karaganda = check({**VALID, "atr_fish": "yes"})
    assert karaganda.errors == {"atr_fish": "This question is not asked in the region you chose."}
    assert "atr_fish" not in check(VALID).visible
    atyrau = check({**VALID, "region": "kz-23", "atr_fish": "yes"})
    assert atyrau.errors == {} and atyrau.answers["atr_fish"] is True
    assert atyrau.answers["region"] == "KZ-23"


def test_questions_depending_on_a_wrong_answer_are_left_undecided(check):
    checked = check({**VALID, "region": "KZ-00", "atr_fish": "yes"})
    assert set(checked.errors) == {"region"}
    assert "atr_fish" in checked.unsure


def test_unknown_question_codes(check):
    assert check({**VALID, "bribe_size": 100}).errors == {
        "bribe_size": "There is no question with this code."
    }
    assert check({**VALID, "bribe_size": 100}, strict=False).errors == {}


def test_messages_follow_the_language(app, sample):
    with app.test_request_context("/?lang=kk"):
        survey = find_survey("sample")[0]
        checked = validate_answers(survey.questions, {}, survey.regions.codes, strict=True)
        assert checked.errors["trust"] == "Бұл сұраққа жауап беру қажет."
    with app.test_request_context("/?lang=ru"):
        checked = validate_answers(survey.questions, {}, survey.regions.codes, strict=True)
        assert checked.errors["trust"] == "На этот вопрос нужно ответить."


@pytest.mark.parametrize(
    ("language", "too_many", "too_long"),
    [
        (
            "kk",
            "Сан енгізіңіз: ең азы 1, ең көбі 20.",
            "Ең көбі 20 таңба жазыңыз; бұл жауапта 21 таңба бар.",
        ),
        ("ru", "Введите число от 1 до 20.", "Используйте не более 20 символов; в этом ответе 21."),
    ],
)
def test_limits_read_right_in_kazakh_and_russian(app, sample, language, too_many, too_long):
    answers = {**VALID, "paid": "yes", "paid_where": ["land"], "paid_times": 21, "note": "ә" * 21}
    with app.test_request_context(f"/?lang={language}"):
        survey = find_survey("sample")[0]
        checked = validate_answers(survey.questions, answers, survey.regions.codes, strict=True)
    assert checked.errors == {"paid_times": too_many, "note": too_long}


def test_answer_rows_keep_numbers_for_sums(app, sample, check):
    answers = {
        **VALID,
        "fair": 2,
        "paid": "yes",
        "paid_where": ["land", "health"],
        "paid_times": 3,
        "kind": "other",
        "note": "Жақсы",
    }
    checked = check(answers)
    with app.test_request_context():
        survey = find_survey("sample")[0]
        rows = answer_rows(survey.questions, checked.answers, "r-1")
        by_code = {}
        ids = {q.id: q.code for q in survey.questions}
        for row in rows:
            by_code.setdefault(ids[row["question_id"]], []).append(row)
        columns = profile_columns(checked.answers, survey.regions.ids)
    assert [r["value_num"] for r in by_code["trust"]] == [4.0]
    assert [r["value_num"] for r in by_code["paid"]] == [1.0]
    assert [(r["ordinal"], r["value_text"], r["value_num"]) for r in by_code["paid_where"]] == [
        (0, "health", None),
        (1, "land", None),
    ]
    assert by_code["kind"][0]["value_num"] is None and by_code["kind"][0]["value_text"] == "other"
    assert by_code["note"][0]["value_text"] == "Жақсы"
    assert "region" not in by_code and "age_band" not in by_code  # profile: Response columns
    assert columns["age_band"] == "25-34" and columns["respondent_group"] == "citizen"
    assert isinstance(columns["region_id"], int)


def test_single_choice_with_a_numeric_code_is_summable(check, app):
    checked = check({**VALID, "kind": "2"})
    with app.test_request_context():
        survey = find_survey("sample")[0]
        rows = answer_rows(survey.questions, checked.answers, "r-1")
    kind_id = next(q.id for q in survey.questions if q.code == "kind")
    assert [r["value_num"] for r in rows if r["question_id"] == kind_id] == [2.0]


def test_show_if_values_are_stored_canonical(app, sample):
    with app.app_context():
        survey = find_survey("sample")[0]
        rules = {q.code: q.show_if for q in survey.questions if q.show_if}
    assert rules["paid_times"] == {"question": "paid", "op": "equals", "value": "yes"}


def q(code, kind="yesno", **more):
    return {"code": code, "type": kind, "texts": texts("Сұрақ", "Вопрос", "Question"), **more}


@pytest.mark.parametrize(
    ("specs", "problem"),
    [
        ([q("a", show_if={"question": "b", "op": "equals", "value": "yes"}), q("b")], "earlier"),
        (
            [q("a"), q("b", show_if={"question": "a", "op": "equals", "value": "maybe"})],
            "yes or no",
        ),
        ([q("a"), q("b", show_if={"question": "a", "op": "is", "value": "yes"})], "op"),
        ([q("a"), q("a")], "used twice"),
        ([q("csrf_token")], "a code is"),
        ([q("Bad-Code")], "a code is"),
        ([q("a", "number", min_value=5, max_value=5)], "min < max"),
        ([q("a", "single")], "needs choices"),
        ([q("a", "likert5", choices=[{"value": "1", "labels": texts("ә", "я", "a")}])], "likert"),
        ([q("a", "single", choices=[{"value": "1", "labels": {"en": "Only English"}}])], "labels"),
        ([q("a", regions=["KZ-00"])], "regions"),
        ([q("a", construct="happiness")], "construct"),
        ([{"code": "a", "type": "yesno", "texts": {"en": "Only English"}}], "missing text"),
        (
            [
                {
                    **q("sex"),
                    "type": "single",
                    "choices": [{"value": "x", "labels": texts("x", "x", "x")}],
                }
            ],
            "profile",
        ),
    ],
)
def test_instrument_checks(app, specs, problem):
    with app.app_context(), pytest.raises(InstrumentError, match=problem):
        build_questions(specs)

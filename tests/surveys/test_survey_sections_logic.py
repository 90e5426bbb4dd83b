"""The survey in sections, without HTTP: which screen comes next, what it shows and carries."""

import pytest

from surveys import sections
from surveys.instrument import group_sections
from surveys.sections import Move
from surveys.service import find_survey
from tests.surveys.testdata import SAMPLE_QUESTIONS, SAMPLE_SECTIONS, VALID, sectioned, texts

PROFILE = {code: VALID[code] for code in VALID if code not in ("trust", "paid")}


@pytest.fixture
def instrument(app, make_survey):
    """The sample survey in four sections: profile, trust, bribes, more."""
    make_survey(layout="sections", questions=sectioned(), sections=SAMPLE_SECTIONS)
    with app.test_request_context("/?lang=en"):
        yield find_survey("sample")[0]


def advance(survey, raw, section, move=Move.NEXT, shown=None):
    return sections.advance(survey, raw, section, move, shown)


def test_the_first_screen_is_the_profile(instrument):
    step = sections.start(instrument)
    assert (step.section.key, step.number, step.total) == ("profile", 1, 4)
    assert step.first and not step.last and step.carried == {} and not step.errors
    assert step.shown == set(step.section.codes) and "region" in step.shown
    assert [s.title for s in step.sections] == ["About you", "Trust", "Bribes", "More"]


def test_next_checks_this_section_only_and_carries_its_answers(instrument):
    missing = {**PROFILE, "age_band": ""}
    step = advance(instrument, missing, "profile")
    assert step.section.key == "profile" and set(step.errors) == {"age_band"}
    assert step.errors["age_band"] == "This question needs an answer."  # not trust's, not yet
    step = advance(instrument, PROFILE, "profile")
    assert (step.section.key, step.number) == ("trust", 2) and not step.errors
    assert step.carried == PROFILE and not step.complete


def test_back_keeps_every_answer_unchecked(instrument):
    raw = {**PROFILE, "trust": "4", "paid": "yes", "paid_times": "many"}
    step = advance(instrument, raw, "bribes", Move.BACK)
    assert step.section.key == "trust" and not step.errors and step.notice is None
    assert step.carried["paid"] == "yes" and step.carried["paid_times"] == "many"
    assert step.raw["trust"] == "4"  # this screen's own answer, for its inputs
    first = advance(instrument, raw, "profile", Move.BACK)
    assert first.section.key == "profile"  # nothing before the first screen


def test_a_follow_up_revealed_without_javascript_is_shown_before_moving_on(instrument):
    raw = {**PROFILE, "trust": "4", "paid": "yes"}
    step = advance(instrument, raw, "bribes", shown="paid")
    assert step.section.key == "bribes" and step.notice and not step.errors
    assert {"paid", "paid_where", "paid_times"} <= step.shown
    step = advance(instrument, raw, "bribes", shown="paid paid_where paid_times")
    assert step.section.key == "bribes" and set(step.errors) == {"paid_where"}
    answered = {**raw, "paid_where": ["land"]}
    step = advance(instrument, answered, "bribes", shown="paid paid_where paid_times")
    assert step.section.key == "more"


def test_answers_to_questions_no_longer_asked_are_not_carried(instrument):
    raw = {**PROFILE, "trust": "4", "paid": "no", "paid_where": ["land"], "paid_times": "3"}
    step = advance(instrument, raw, "bribes")
    assert step.section.key == "more"
    assert "paid_where" not in step.carried and "paid_times" not in step.carried


@pytest.mark.parametrize(("region", "asked"), [("KZ-23", True), ("KZ-35", False)])
def test_skip_logic_reaches_across_sections(instrument, region, asked):
    raw = {**PROFILE, "region": region, "trust": "4", "paid": "no"}
    step = advance(instrument, raw, "bribes")
    assert step.section.key == "more" and ("atr_fish" in step.shown) is asked


def test_a_section_nobody_in_the_region_is_asked_is_skipped(app, make_survey):
    questions = [
        {**q, "section": {"atr_fish": "atyrau"}.get(q["code"], "trust")}
        for q in SAMPLE_QUESTIONS
        if q["code"] in ("trust", "atr_fish", "note")
    ]
    questions.append(questions.pop(1))  # trust, note | atr_fish last, a screen of its own
    questions[1]["section"] = "more"
    titled = [
        SAMPLE_SECTIONS[0],
        {"key": "trust", "titles": texts("Сенім", "Доверие", "Trust")},
        {"key": "more", "titles": texts("Тағы", "Ещё", "More")},
        {"key": "atyrau", "titles": texts("Атырау", "Атырау", "Atyrau")},
    ]
    make_survey(slug="regional", layout="sections", questions=questions, sections=titled)
    with app.test_request_context("/?lang=en"):
        survey = find_survey("regional")[0]
        elsewhere = {**PROFILE, "trust": "3"}
        step = advance(survey, elsewhere, "more", Move.SEND)
        assert step.complete and (step.number, step.total) == (3, 3)
        step = advance(survey, {**elsewhere, "region": "KZ-23"}, "more", Move.SEND)
        assert step.section.key == "atyrau" and (step.number, step.total) == (4, 4)


def test_the_last_section_sends_once_everything_is_right(instrument):
    raw = {**PROFILE, "trust": "4", "paid": "no", "note": "Рақмет"}
    step = advance(instrument, raw, "more", Move.SEND)
    assert step.complete and step.last
    assert step.answers["trust"] == 4 and step.answers["paid"] is False
    assert step.answers["note"] == "Рақмет" and step.answers["region"] == "KZ-35"
    again = advance(instrument, raw, "more", Move.NEXT)  # Next never sends
    assert not again.complete and again.section.key == "more"


def test_an_earlier_answer_gone_wrong_is_shown_where_it_was_given(instrument):
    raw = {**PROFILE, "paid": "no", "note": "x"}  # trust, on screen 2, is missing
    step = advance(instrument, raw, "more", Move.SEND)
    assert not step.complete and step.section.key == "trust"
    assert set(step.errors) == {"trust"} and step.notice


def test_a_section_sent_that_is_unknown_starts_from_the_first(instrument):
    step = advance(instrument, {}, "nonsense")
    assert step.section.key == "profile" and "region" in step.errors


def test_parse_move():
    assert sections.parse_move("next") is Move.NEXT
    assert sections.parse_move("back") is Move.BACK
    assert sections.parse_move("send") is sections.parse_move(None) is Move.SEND
    assert sections.parse_move("delete") is Move.SEND


def test_a_survey_without_sections_has_the_profile_and_the_rest(app, make_survey):
    make_survey(layout="sections")
    with app.test_request_context("/?lang=ru"):
        survey = find_survey("sample")[0]
        assert [(s.key, s.title) for s in survey.sections] == [
            ("profile", "О вас"),
            ("questions", "Ваш опыт и мнение"),
        ]
        assert group_sections(survey.questions, None) == survey.sections

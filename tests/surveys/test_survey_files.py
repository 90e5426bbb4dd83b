"""Survey files: a mistake in one is named with where it is, not half read."""

import shutil

import pytest

from surveys.survey_files import CONTENT, SHARED_FILE, SurveyFileError, read_survey


@pytest.fixture
def experts(tmp_path):
    """A copy of the experts' survey file, for a test to change."""
    return shutil.copy(CONTENT / "experts.toml", tmp_path / "experts.toml")


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(path) -> list[str]:
    with pytest.raises(SurveyFileError) as raised:
        read_survey(path)
    return raised.value.problems


def test_every_problem_is_named(experts):
    edit(experts, 'audience = "experts"', 'audience = "experts"\ncolor = "red"')
    edit(experts, 'choices = "level"', 'choices = "levels"')
    edit(experts, 'choices = "change"', 'choices = "change"\nchoices_without = ["9"]')
    edit(experts, 'hint = "no_names"', 'hint = "no-names"')
    edit(experts, "text.kk =", "text.kz =")
    edit(experts, 'value = "procurement"', 'value = "procurement"\nlabels.en = "x"')
    edit(experts, 'section = "your_view"', 'section = "closing"')
    edit(experts, 'audience = "experts"', 'audience = "experts"\nlayout = "wizard"')
    assert problems_of(experts) == [
        "survey: unknown key color (expected slug, audience, title, intro, layout, questions)",
        "layout: expected one of sections, single_page",
        "questions[0] (ex_level).text: unknown language kz",
        "questions[0] (ex_level).choices: no choice list named 'levels' in shared.toml",
        "questions[1] (ex_risk_areas).choices[0]: unknown key labels (expected value, label)",
        "questions[6] (ex_change).choices_without: expected a list of values of 'change'",
        "questions[7] (ex_measure).hint: no hint named 'no-names' in shared.toml",
        "section: no section named 'closing' in shared.toml",
    ]


def test_sections_are_named_by_every_question_or_none(experts):
    survey = read_survey(experts)
    assert [section["key"] for section in survey["sections"]] == [
        "profile", "services", "public_control", "your_view"
    ]  # fmt: skip
    assert survey["sections"][1]["titles"]["kk"].startswith("Тұрмыстық сыбайлас жемқорлық")
    edit(
        experts,
        'section = "services"\n',
        "",
    )
    assert problems_of(experts) == ["questions (ex_level): section: expected a name"]


def test_bad_toml_names_its_line(experts):
    edit(experts, 'slug = "experts"', "slug = experts")
    assert problems_of(experts) == [
        "not valid TOML: Invalid value (at line 5, column 8)",
    ]


def test_a_missing_file(tmp_path):
    assert problems_of(tmp_path / "nobody.toml") == ["missing"]


def test_the_shared_file_is_checked_too(experts, tmp_path):
    shared = shutil.copy(SHARED_FILE, tmp_path / "shared.toml")
    edit(shared, "[hints]", "[hint]")
    with pytest.raises(SurveyFileError) as raised:
        read_survey(experts, shared)
    assert raised.value.where == "shared.toml"
    assert raised.value.problems == [
        "shared.toml: unknown key hint (expected choices, hints, sections)"
    ]

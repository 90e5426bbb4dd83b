"""The survey files in surveys/content hold exactly what surveys/demo.py and profile.py held."""

import pytest

from surveys.authoring import build_questions
from surveys.demo import DEMO_SURVEYS
from surveys.models import Question
from surveys.profile import profile_questions
from surveys.survey_files import CONTENT, read_questions, read_survey


def columns(question: Question) -> dict:
    """Every column as it will be stored (a column left unset gets its default)."""
    stored = {}
    for column in Question.__table__.columns:
        value = getattr(question, column.key)
        if value is None and column.default is not None and column.default.is_scalar:
            value = column.default.arg
        stored[column.key] = value
    return stored


def built(specs: list[dict]) -> list[dict]:
    return [columns(question) for question in build_questions(specs)]


@pytest.mark.parametrize("old", DEMO_SURVEYS, ids=[survey["slug"] for survey in DEMO_SURVEYS])
def test_each_survey_file_reads_as_the_python_it_replaces(old):
    """Slug, audience, title, intro, and every question of the profile and the survey as
    build_questions makes it: code, position, type, texts, hints, choices with their labels,
    construct, required, reverse scoring, ranges, skip logic, regions."""
    new = read_survey(CONTENT / f"{old['slug']}.toml")
    assert (new["slug"], new["audience"]) == (old["slug"], str(old["audience"]))
    assert (new["titles"], new["intros"]) == (old["titles"], old["intros"])
    profile = read_questions(CONTENT / "profile.toml")
    assert built(profile + new["questions"]) == built(profile_questions() + old["questions"])

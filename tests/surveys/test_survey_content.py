"""The demo survey files in surveys/content: each reads, builds, and is as it was written.

DIGESTS holds, per demo survey, the SHA-256 of its canonical JSON: slug, audience, title and
intro, layout and sections, and every question, the profile first, as build_questions makes it
and as it will be stored (code, position, type, texts, hints, choices and labels, construct,
flags, ranges, skip logic, regions, section), keys sorted, UTF-8. They were taken when the
wording moved from Python (surveys/demo.py, surveys/profile.py) to these files, while a test
compared the two question by question, so a lost, added or altered text, label or rule fails
here and names the survey.
After a deliberate change, print the new digests with
``python -m tests.surveys.test_survey_content`` and put them here; the diff of the files
shows what changed.
"""

import hashlib
import json

import pytest

from surveys.authoring import build_questions, check_sections
from surveys.demo import DEMO_SURVEYS
from surveys.models import Question
from surveys.profile import PROFILE_CODES, profile_questions
from surveys.survey_files import CONTENT, read_survey

DIGESTS = {
    "citizens": "2eb8079d80c3d83037ca26afca1a5bfe76af4a5d88855cde45ca6422ae400e06",
    "experts": "74a4762ef47f34643af2cb5ad2ef9d044568d9d5759cbfe7868d8ec5baecc203",
}


def columns(question: Question) -> dict:
    """Every column as it will be stored (a column left unset gets its default)."""
    stored = {}
    for column in Question.__table__.columns:
        value = getattr(question, column.key)
        if value is None and column.default is not None and column.default.is_scalar:
            value = column.default.arg
        stored[column.key] = value
    return stored


def digest(name: str) -> str:
    survey = read_survey(CONTENT / f"{name}.toml")
    questions = build_questions(profile_questions() + survey["questions"])
    survey["sections"] = check_sections(survey["sections"], questions)
    survey["questions"] = [columns(question) for question in questions]
    text = json.dumps(survey, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_demo_surveys_are_the_ones_with_digests():
    assert sorted(DEMO_SURVEYS) == sorted(DIGESTS)
    names = {path.stem for path in CONTENT.glob("*.toml")}
    assert names == {*DIGESTS, "shared", "profile"}


@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_each_survey_reads_unchanged(name):
    assert read_survey(CONTENT / f"{name}.toml")["slug"] == name
    assert digest(name) == DIGESTS[name]


def test_the_profile_keeps_its_codes():
    assert tuple(spec["code"] for spec in profile_questions()) == PROFILE_CODES


if __name__ == "__main__":
    for name in DEMO_SURVEYS:
        print(f'    "{name}": "{digest(name)}",')


@pytest.mark.parametrize("name", DEMO_SURVEYS)
def test_a_multiple_choice_question_leaves_how_to_answer_to_the_page(name):
    """The page puts "Choose all that apply." under every multiple-choice question: the text
    itself ends at its question mark, in every language, so the instruction is not read twice."""
    questions = read_survey(CONTENT / f"{name}.toml")["questions"]
    multiple = [question for question in questions if question["type"] == "multi"]
    assert multiple
    for question in multiple:
        for language, text in question["texts"].items():
            assert text.endswith("?"), (question["code"], language, text)

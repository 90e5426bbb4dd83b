"""A survey says how long it takes: the same number in kk, ru and en, and a true one.

The estimate is a timed model of one reading of the survey (docs/language-review.md): every
text a typical respondent sees is read at READING_RATE characters a minute, each answer takes
ANSWER_SECONDS, an open question TEXT_SECONDS. A typical respondent lives outside the regions
with their own block and answers "no" to the questions that have follow-ups after "yes".
"""

import re

import pytest
from flask_babel import force_locale

from accounts.regions import REGIONS
from surveys.authoring import build_questions
from surveys.instrument import DEFAULT_SCALES, LIKERT_POINTS, YESNO_LABELS
from surveys.models import QuestionType
from surveys.profile import profile_questions
from surveys.survey_files import CONTENT, read_survey

LANGUAGES = ("kk", "ru", "en")
READING_RATE = 900  # characters a minute: unhurried silent reading on a phone
ANSWER_SECONDS = 4
TEXT_SECONDS = 60
REGION_NAMES = {language: [row[2 + i] for row in REGIONS] for i, language in enumerate(LANGUAGES)}


def typical_path(questions):
    """The questions a typical respondent is shown."""
    for question in questions:
        follow_up = question.show_if and question.show_if.get("value") == "yes"
        if not (question.regions or follow_up):
            yield question


def labels(question, language) -> list[str]:
    if question.code == "region":
        return REGION_NAMES[language]
    if question.choices:
        return [choice["labels"][language] for choice in question.choices]
    if question.type in LIKERT_POINTS:
        return [str(label) for label in DEFAULT_SCALES[LIKERT_POINTS[question.type]]]
    if question.type == QuestionType.YESNO:
        return [str(label) for label in YESNO_LABELS.values()]
    return []


def estimated_minutes(survey: dict, language: str) -> float:
    questions = list(typical_path(build_questions(profile_questions() + survey["questions"])))
    texts = [survey["titles"][language], survey["intros"][language]]
    seconds = 0.0
    with force_locale(language):
        for question in questions:
            texts += [question.texts[language], (question.hints or {}).get(language, "")]
            texts += labels(question, language)
            seconds += TEXT_SECONDS if question.type == QuestionType.TEXT else ANSWER_SECONDS
    return sum(len(text) for text in texts) / READING_RATE + seconds / 60


def stated_minutes(intro: str) -> int:
    numbers = re.findall(r"\d+", intro)
    assert len(numbers) == 1, f"the intro should state its length once, in digits: {intro}"
    return int(numbers[0])


@pytest.mark.parametrize("name", ["citizens", "experts"])
def test_each_language_states_the_length_that_a_reading_takes(app, name):
    survey = read_survey(CONTENT / f"{name}.toml")
    stated = {language: stated_minutes(survey["intros"][language]) for language in LANGUAGES}
    assert len(set(stated.values())) == 1, stated
    with app.test_request_context():
        for language in LANGUAGES:
            estimate = estimated_minutes(survey, language)
            assert abs(stated[language] - estimate) <= 1, (language, stated[language], estimate)


def test_the_model_counts_what_is_read_and_written(app):
    survey = read_survey(CONTENT / "citizens.toml")
    comment = survey["questions"][-1]
    assert comment["type"] == "text"
    with app.test_request_context():
        full = estimated_minutes(survey, "ru")
        survey["questions"] = survey["questions"][:-1]
        shorter = estimated_minutes(survey, "ru")
        hint = build_questions([comment])[0].hints["ru"]
    read = (len(comment["texts"]["ru"]) + len(hint)) / READING_RATE
    assert full - shorter == pytest.approx(read + TEXT_SECONDS / 60)

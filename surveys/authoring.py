"""Writing instruments: the checks every instrument must pass before it is used.

They run wherever questions are written (the demo's files now; the survey editor and imports
later), so the form, the validation and the API can rely on a consistent instrument.
"""

import copy
from collections.abc import Iterable, Mapping

from flask_babel import force_locale

from accounts.regions import REGIONS
from localization import LANGUAGES, clean_localized
from surveys import skip_logic
from surveys.instrument import (
    CHOICE_TYPES,
    CODE_PATTERN,
    DEFAULT_TEXT_LENGTH,
    LIKERT_POINTS,
    RESERVED_CODES,
)
from surveys.models import Construct, Question, QuestionType
from surveys.profile import REGION_CODE, profile_definitions
from surveys.survey_files import PROFILE_SECTION
from surveys.validation import AnswerProblem, clean_value

REGION_CODES = [code for code, *_ in REGIONS]


class InstrumentError(ValueError):
    """An instrument that cannot be used as it stands; the message says which question and why."""


def build_questions(specs: Iterable[Mapping]) -> list[Question]:
    """Question rows from specs (dicts of Question's columns), numbered in order, then checked."""
    questions = [
        Question(position=position, **copy.deepcopy(dict(spec)))
        for position, spec in enumerate(specs, start=1)
    ]
    check_instrument(questions)
    return questions


def check_instrument(questions: list[Question]) -> None:
    """Raise InstrumentError unless every question is well formed and its logic looks back."""
    seen: dict[str, Question] = {}
    for question in sorted(questions, key=lambda q: q.position):
        where = f"question {question.code!r}"
        if not CODE_PATTERN.match(question.code or "") or question.code in RESERVED_CODES:
            raise InstrumentError(f"{where}: a code is a-z, 0-9 and _, starting with a letter")
        if question.code in seen:
            raise InstrumentError(f"{where}: the code is used twice")
        try:
            question.texts = clean_localized(question.texts or {}, required=LANGUAGES)
            question.hints = clean_localized(question.hints) if question.hints else None
        except ValueError as error:
            raise InstrumentError(f"{where}: {error}") from error
        _check_type(question, where)
        _check_profile(question, where)
        if question.construct is not None and question.construct not in set(Construct):
            raise InstrumentError(f"{where}: unknown construct {question.construct!r}")
        if question.regions is not None:
            question.regions = _check_regions(question.regions, where)
        if question.show_if is not None:
            question.show_if = _check_show_if(question.show_if, seen, where)
        seen[question.code] = question


def check_sections(sections: list | None, questions: list[Question]) -> list | None:
    """Check a survey's sections against its questions and return them clean.

    ``sections`` is ``[{"key", "titles"}]`` in order, or None (the page then shows the profile,
    then the other questions). With sections, the profile's questions are in the first,
    ``profile``; every other question names one, and a section's questions come together, in
    the sections' order, so a section's skip logic can look back only to earlier screens.
    """
    if sections is None:
        if any(question.section is not None for question in questions):
            raise InstrumentError("questions name sections, but the survey has none")
        return None
    if not isinstance(sections, list) or not all(isinstance(s, Mapping) for s in sections):
        raise InstrumentError("sections are a list of {'key', 'titles'}")
    keys = [section.get("key") for section in sections]
    for key in keys:
        if not isinstance(key, str) or not CODE_PATTERN.match(key):
            raise InstrumentError(f"section {key!r}: a key is a-z, 0-9 and _")
    if not keys or keys[0] != PROFILE_SECTION or len(set(keys)) != len(keys):
        raise InstrumentError(f"sections: distinct keys, the first {PROFILE_SECTION!r}")
    clean = []
    for key, section in zip(keys, sections, strict=True):
        titles = section.get("titles") or {}
        if not isinstance(titles, Mapping) or not all(isinstance(t, str) for t in titles.values()):
            raise InstrumentError(f"section {key!r}: titles are a text per language")
        try:
            titles = clean_localized(titles, required=LANGUAGES)
        except ValueError as error:
            raise InstrumentError(f"section {key!r}: {error}") from error
        clean.append({"key": key, "titles": titles})
    order = []
    for question in sorted(questions, key=lambda q: q.position):
        if question.code in profile_definitions():
            question.section = question.section or PROFILE_SECTION
        if question.section not in keys:
            raise InstrumentError(f"question {question.code!r}: no section {question.section!r}")
        if question.section != PROFILE_SECTION and question.code in profile_definitions():
            raise InstrumentError(f"question {question.code!r}: the profile is its own section")
        if not order or order[-1] != question.section:
            order.append(question.section)
    if order != [key for key in keys if key in order]:
        raise InstrumentError("sections: each section's questions come together, in order")
    return clean


def _check_type(question: Question, where: str) -> None:
    kind = question.type
    if kind not in set(QuestionType):
        raise InstrumentError(f"{where}: unknown type {kind!r}")
    if question.choices is not None:
        _check_choices(question, where)
    elif kind in CHOICE_TYPES and question.code != REGION_CODE:
        raise InstrumentError(f"{where}: a choice question needs choices")
    if kind in LIKERT_POINTS and question.choices:
        expected = [str(n) for n in range(1, LIKERT_POINTS[kind] + 1)]
        if [str(c.get("value")) for c in question.choices] != expected:
            raise InstrumentError(f"{where}: likert labels must be given for 1..{expected[-1]}")
    if kind == QuestionType.NUMBER:
        low, high = question.min_value, question.max_value
        if low is None or high is None or not low < high:
            raise InstrumentError(f"{where}: a number question needs min < max")
    if kind == QuestionType.TEXT:
        question.max_length = question.max_length or DEFAULT_TEXT_LENGTH
        if not 1 <= question.max_length <= 10_000:
            raise InstrumentError(f"{where}: max_length must be between 1 and 10000")


def _check_choices(question: Question, where: str) -> None:
    choices = question.choices
    if not isinstance(choices, list) or not all(isinstance(c, Mapping) for c in choices):
        raise InstrumentError(f"{where}: choices are a list of {{'value', 'labels'}}")
    values = [str(choice.get("value", "")) for choice in choices]
    if not values or len(set(values)) != len(values) or "" in values:
        raise InstrumentError(f"{where}: choices need distinct, non-empty values")
    try:
        question.choices = [
            {"value": value, "labels": clean_localized(choice.get("labels") or {}, LANGUAGES)}
            for value, choice in zip(values, choices, strict=True)
        ]
    except ValueError as error:
        raise InstrumentError(f"{where}: choice labels: {error}") from error


def _check_profile(question: Question, where: str) -> None:
    definition = profile_definitions().get(question.code)
    if definition is None:
        return
    if question.type != definition["type"] or question.choices != definition.get("choices"):
        raise InstrumentError(f"{where}: profile questions keep their fixed type and choices")
    if question.show_if or question.regions:
        raise InstrumentError(f"{where}: profile questions are asked of everyone")


def _check_regions(regions, where: str) -> list[str]:
    if not isinstance(regions, list) or not regions or not set(regions) <= set(REGION_CODES):
        raise InstrumentError(f"{where}: regions must be a list of codes such as 'KZ-23'")
    return sorted(set(regions))


def _check_show_if(show_if, earlier: dict[str, Question], where: str) -> dict:
    if not isinstance(show_if, Mapping) or set(show_if) != {"question", "op", "value"}:
        raise InstrumentError(f"{where}: show_if is {{'question', 'op', 'value'}}")
    target = earlier.get(show_if["question"])
    if target is None:
        raise InstrumentError(f"{where}: show_if must refer to an earlier question")
    if show_if["op"] not in skip_logic.OPS:
        raise InstrumentError(f"{where}: show_if op is one of {', '.join(skip_logic.OPS)}")
    values = show_if["value"] if show_if["op"] == "in" else [show_if["value"]]
    if not isinstance(values, list) or not values:
        raise InstrumentError(f"{where}: show_if 'in' takes a non-empty list")
    canonical = []
    for value in values:
        raw = [value] if target.type == QuestionType.MULTI else value
        try:
            with force_locale("en"):  # within an English message for the author
                clean = clean_value(target, raw, REGION_CODES)
        except AnswerProblem as problem:
            raise InstrumentError(f"{where}: show_if value {value!r}: {problem}") from None
        canonical.extend(skip_logic.canonical_set(clean))
    value = canonical if show_if["op"] == "in" else canonical[0]
    return {"question": target.code, "op": show_if["op"], "value": value}

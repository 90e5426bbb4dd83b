"""The one validation of answers, for the survey form and the JSON API alike.

``validate_answers`` takes ``{question code: raw value}`` (strings from a form, JSON values from
the API) and returns the clean answers and ``{code: message}`` for every problem. Messages are
translated and name the problem; the code names the question.
"""

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask_babel import format_decimal, ngettext
from flask_babel import gettext as _

from surveys import skip_logic
from surveys.instrument import LIKERT_POINTS, AnyQuestion, choice_values
from surveys.models import QuestionType
from surveys.profile import PROFILE_COLUMNS, REGION_CODE

NUMERIC = re.compile(r"^-?\d+(\.\d+)?$")


class AnswerProblem(ValueError):
    """An answer that cannot be accepted; ``str(problem)`` is the translated message."""


@dataclass
class Checked:
    answers: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    # Codes of the questions asked, given these answers, in order.
    visible: list[str] = field(default_factory=list)
    # Codes whose asking depends on an answer that has a problem: not decided yet.
    unsure: set[str] = field(default_factory=set)


def is_blank(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, list):
        return all(is_blank(item) for item in raw)
    return False


def validate_answers(
    questions: Sequence[AnyQuestion],
    raw: Mapping[str, Any],
    region_codes: Sequence[str],
    *,
    strict: bool,
) -> Checked:
    """Check every answer in question order, deciding skip logic on the answers before it.

    ``strict`` (the API): an unknown code or an answer to a question that is not asked is an
    error. Not strict (the form): those answers are dropped, because a person who changes an
    earlier answer leaves the now-hidden inputs behind.
    """
    checked = Checked()
    unsure = checked.unsure
    for question in questions:
        code, value = question.code, raw.get(question.code)
        shown = skip_logic.visibility(question, checked.answers, unsure)
        if shown is None:
            unsure.add(code)
            continue
        if not shown:
            if strict and not is_blank(value):
                checked.errors[code] = _not_asked(question)
            continue
        checked.visible.append(code)
        if is_blank(value):
            if question.required:
                checked.errors[code] = _("This question needs an answer.")
            continue
        try:
            checked.answers[code] = clean_value(question, value, region_codes)
        except AnswerProblem as problem:
            checked.errors[code] = str(problem)
            unsure.add(code)
    if strict:
        known = {question.code for question in questions}
        for code in raw:
            if code not in known:
                checked.errors[str(code)[:60]] = _("There is no question with this code.")
    return checked


def _not_asked(question: AnyQuestion) -> str:
    if question.regions is not None and question.show_if is None:
        return _("This question is not asked in the region you chose.")
    return _("This question is not asked, given your earlier answers.")


def clean_value(question: AnyQuestion, raw: Any, region_codes: Sequence[str]) -> Any:
    """The clean value of one non-blank answer, or AnswerProblem saying what is wrong."""
    kind = question.type
    if kind in LIKERT_POINTS:
        return _clean_scale_point(raw, LIKERT_POINTS[kind])
    if kind == QuestionType.YESNO:
        return _clean_yes_no(raw)
    if kind == QuestionType.NUMBER:
        return _clean_number(raw, question.min_value, question.max_value)
    if kind == QuestionType.TEXT:
        return _clean_text(raw, question.max_length)
    allowed = region_codes if question.code == REGION_CODE else choice_values(question, [])
    if kind == QuestionType.SINGLE:
        return _clean_choice(raw, allowed, question.code == REGION_CODE)
    if kind == QuestionType.MULTI:
        if not isinstance(raw, list):
            raw = [raw] if isinstance(raw, str) else raw
        if not isinstance(raw, list):
            raise AnswerProblem(_("Give a list of the answers you choose."))
        chosen = {_clean_choice(item, allowed, False) for item in raw if not is_blank(item)}
        return [value for value in allowed if value in chosen]
    raise AnswerProblem(_("This question cannot be answered."))


def _as_text(raw: Any) -> str | None:
    """A JSON scalar or form string as stripped text; None for a list, an object or a boolean."""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        return None
    text = raw.strip() if isinstance(raw, str) else str(raw)
    if "\x00" in text:
        raise AnswerProblem(_("The answer contains characters that are not allowed."))
    return text


def _clean_scale_point(raw: Any, points: int) -> int:
    if type(raw) is int and 1 <= raw <= points:
        return raw
    text = _as_text(raw)
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    # ASCII digits only: '²' is a digit to str.isdigit() yet int() refuses it.
    if text is None or not (text.isascii() and text.isdigit() and len(text) <= 2):
        raise AnswerProblem(_("Choose a point on the scale from 1 to %(points)s.", points=points))
    if not 1 <= int(text) <= points:
        raise AnswerProblem(_("Choose a point on the scale from 1 to %(points)s.", points=points))
    return int(text)


def _clean_yes_no(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = (_as_text(raw) or "").lower()
    if text in ("yes", "1", "true"):
        return True
    if text in ("no", "0", "false"):
        return False
    raise AnswerProblem(_("Answer yes or no."))


def _format_number(number: float) -> str:
    """As people read it: 2,5 in Kazakh and Russian, 2.5 in English."""
    return format_decimal(number)


def _clean_number(raw: Any, low: float | None, high: float | None) -> float:
    text = (_as_text(raw) or "").replace(",", ".").replace(" ", "")
    try:
        number = float(text) if len(text) <= 30 else math.nan
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise AnswerProblem(_("Enter a number, such as 3 or 2.5."))
    if (low is not None and number < low) or (high is not None and number > high):
        raise AnswerProblem(
            _(
                "Enter a number from %(low)s to %(high)s.",
                low=_format_number(low),
                high=_format_number(high),
            )
        )
    return number


def _clean_text(raw: Any, max_length: int | None) -> str:
    text = _as_text(raw) if isinstance(raw, str) else None
    if text is None:
        raise AnswerProblem(_("Write the answer as text."))
    if max_length is not None and len(text) > max_length:
        raise AnswerProblem(
            ngettext(
                "Use at most %(num)s character; this answer has %(count)s.",
                "Use at most %(num)s characters; this answer has %(count)s.",
                max_length,
                count=len(text),
            )
        )
    return text


def _clean_choice(raw: Any, allowed: list[str], is_region: bool) -> str:
    text = _as_text(raw)
    if text is None:
        raise AnswerProblem(_("Give one of the answers offered, as text."))
    if is_region:
        text = text.upper()
    if text not in allowed:
        shown = text if len(text) <= 40 else text[:40] + "…"
        if is_region:
            raise AnswerProblem(
                _(
                    "“%(value)s” is not a region of Kazakhstan; use a code such as KZ-35.",
                    value=shown,
                )
            )
        raise AnswerProblem(_("“%(value)s” is not one of the answers offered.", value=shown))
    return text


def answer_rows(
    questions: Sequence[AnyQuestion], answers: Mapping[str, Any], response_id: str
) -> list[dict]:
    """Rows for the answer table: numbers in value_num, choices and text in value_text."""
    rows = []
    for question in questions:
        value = answers.get(question.code)
        if value is None or question.code in PROFILE_COLUMNS:
            continue
        row = {"response_id": response_id, "question_id": question.id, "ordinal": 0}
        if question.type == QuestionType.MULTI:
            rows.extend(
                {**row, "ordinal": n, "value_num": None, "value_text": item}
                for n, item in enumerate(value)
            )
        elif question.type == QuestionType.TEXT:
            rows.append({**row, "value_num": None, "value_text": value})
        elif question.type == QuestionType.SINGLE:
            number = float(value) if NUMERIC.match(value) else None
            rows.append({**row, "value_num": number, "value_text": value})
        else:  # likert, number, yes/no (1.0 or 0.0)
            rows.append({**row, "value_num": float(value), "value_text": None})
    return rows


def profile_columns(answers: Mapping[str, Any], region_ids: Mapping[str, int]) -> dict:
    """The Response columns that keep the profile answers."""
    columns = {column: answers.get(code) for code, column in PROFILE_COLUMNS.items()}
    region = columns.pop("region_id")
    columns["region_id"] = region_ids.get(region) if region else None
    return columns

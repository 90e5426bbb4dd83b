"""Which questions a respondent is asked: ``show_if`` on an earlier answer, and region blocks.

Decided here, on the server, for the form and the API alike. static/js/surveys.js applies the
same rules in the browser from data attributes, only to hide questions live; the server's
answer is the one that counts.
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from surveys.profile import REGION_CODE

if TYPE_CHECKING:  # the instrument module imports this one's callers, not this one
    from surveys.instrument import AnyQuestion

OPS = ("equals", "in", "not")


def canonical(value: Any) -> str:
    """The text a browser would send for an answer: yes/no, whole numbers without '.0'."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def canonical_set(value: Any) -> list[str]:
    """An answer as a list of canonical values (a multiple choice has several)."""
    if isinstance(value, list | tuple):
        return [canonical(item) for item in value]
    return [canonical(value)]


def condition_met(show_if: Mapping, answer: Any) -> bool:
    """Whether ``answer`` (a clean answer, or None when unanswered) satisfies ``show_if``."""
    if answer is None:
        return False
    given = set(canonical_set(answer))
    op, wanted = show_if["op"], show_if["value"]
    if op == "equals":
        return wanted in given
    if op == "in":
        return bool(given & set(wanted))
    if op == "not":
        return wanted not in given
    raise ValueError(f"unknown show_if op {op!r}")


def visibility(
    question: "AnyQuestion", answers: Mapping[str, Any], unsure: set[str]
) -> bool | None:
    """True if asked, False if skipped, None when an answer it depends on is itself in doubt.

    ``answers`` holds the clean answers to earlier questions; ``unsure`` the codes whose answer
    was invalid or whose own visibility could not be decided.
    """
    depends_on = []
    if question.regions is not None:
        depends_on.append(REGION_CODE)
    if question.show_if is not None:
        depends_on.append(question.show_if["question"])
    if any(code in unsure for code in depends_on):
        return None
    if question.regions is not None and answers.get(REGION_CODE) not in question.regions:
        return False
    if question.show_if is not None:
        return condition_met(question.show_if, answers.get(question.show_if["question"]))
    return True


def initially_visible(questions: Sequence["AnyQuestion"]) -> set[str]:
    """The questions shown before anything is answered."""
    return {q.code for q in questions if visibility(q, {}, set())}

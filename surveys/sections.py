"""The survey in sections: the profile, then each sphere of the project, one screen each.

Which screens a respondent sees, which comes next and what each shows are decided here, from
the instrument and the answers sent with the form, without HTTP. Nothing is kept on the server
between screens: the answers of the other sections travel with the form as hidden fields, and
a response is stored only when the last section is sent, through ``surveys.storing`` like any
other. Skip logic reaches across sections (a question asked only in Atyrau, three screens after
the region was chosen), because every screen's form carries every answer given so far.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from flask_babel import lazy_gettext as _l

from surveys.instrument import Instrument, Section
from surveys.validation import Checked, is_blank, validate_answers


class Move(StrEnum):
    NEXT = "next"  # check this section, then show the next one
    BACK = "back"  # show the previous one, keeping every answer as it is, checked or not
    SEND = "send"  # the last section: check everything and store the response


REVEALED = _l("Some more questions apply to you, given your answers. Please answer them too.")
CHECK_AGAIN = _l("Some answers need your attention before they can be sent.")


def parse_move(value: str | None) -> Move:
    """A button's value; anything else (a form sent with Enter by an old browser) sends."""
    return Move(value) if value in (Move.NEXT, Move.BACK) else Move.SEND


@dataclass
class Step:
    """What the next page shows, or ``complete`` with the clean answers to store."""

    section: Section
    number: int  # 1-based, among the sections this respondent is asked
    sections: list[Section]  # the sections this respondent is asked, for the progress list
    raw: dict[str, Any]  # every answer as sent, for this section's inputs
    carried: dict[str, Any]  # the answers of the other sections, sent along as hidden fields
    shown: set[str]  # the codes of this section's questions that are asked
    errors: dict[str, str] = field(default_factory=dict)
    notice: str | None = None
    complete: bool = False
    answers: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.sections)

    @property
    def first(self) -> bool:
        return self.number == 1

    @property
    def last(self) -> bool:
        return self.number == self.total


def start(survey: Instrument) -> Step:
    """The first screen, blank."""
    return _page(survey, _check(survey, {}), survey.sections[0], {})


def advance(
    survey: Instrument,
    raw: Mapping[str, Any],
    sent_section: str | None,
    move: Move,
    shown_sent: str | None,
) -> Step:
    """The page that answers a screen sent with ``move``, or a complete response.

    ``raw`` holds every answer sent (this screen's inputs and the hidden ones), ``sent_section``
    the key of the screen that was sent and ``shown_sent`` the codes it showed (as the script
    left them): a question that applies only now, without JavaScript, is shown before the
    respondent moves on, not reported as missing.
    """
    checked = _check(survey, raw)
    asked = _asked_sections(survey, checked)
    current = _sent_section(survey, asked, sent_section)
    if move == Move.BACK:
        earlier = [s for s in asked if _index(survey, s) < _index(survey, current)]
        return _page(survey, checked, earlier[-1] if earlier else current, raw)

    here = set(current.codes)
    shown_before = set(shown_sent.split()) if shown_sent else here
    revealed = [code for code in checked.visible if code in here and code not in shown_before]
    errors = {
        code: message
        for code, message in checked.errors.items()
        if code in here and code in shown_before
    }
    if revealed or errors:
        kept = (set(checked.visible) | (checked.unsure & shown_before)) & here
        notice = str(REVEALED) if revealed else None
        return _page(survey, checked, current, raw, errors=errors, notice=notice, shown=kept)
    later = [s for s in asked if _index(survey, s) > _index(survey, current)]
    if later:
        return _page(survey, checked, later[0], raw)
    if move == Move.NEXT:  # nothing after this screen: show it again, its button sends
        return _page(survey, checked, current, raw)
    if checked.errors:  # an earlier screen changed since it was checked: back to it
        first = next(s for s in asked if any(code in checked.errors for code in s.codes))
        mine = {code: message for code, message in checked.errors.items() if code in first.codes}
        return _page(survey, checked, first, raw, errors=mine, notice=str(CHECK_AGAIN))
    step = _page(survey, checked, current, raw)
    step.complete, step.answers = True, checked.answers
    return step


def _check(survey: Instrument, raw: Mapping[str, Any]) -> Checked:
    return validate_answers(survey.questions, raw, survey.regions.codes, strict=False)


def _asked_sections(survey: Instrument, checked: Checked) -> list[Section]:
    """The sections with a question asked given the answers so far (or still undecided)."""
    asked = set(checked.visible) | checked.unsure
    return [section for section in survey.sections if asked & set(section.codes)]


def _index(survey: Instrument, section: Section) -> int:
    return survey.sections.index(section)


def _sent_section(survey: Instrument, asked: list[Section], key: str | None) -> Section:
    """The section a form came from; a section no longer asked gives the next one asked."""
    for section in survey.sections:
        if section.key == key:
            if section in asked:
                return section
            after = [s for s in asked if _index(survey, s) > _index(survey, section)]
            return (after or asked)[0]
    return asked[0]


def _page(
    survey: Instrument,
    checked: Checked,
    section: Section,
    raw: Mapping[str, Any],
    *,
    errors: dict[str, str] | None = None,
    notice: str | None = None,
    shown: set[str] | None = None,
) -> Step:
    asked = set(checked.visible) | checked.unsure
    sections = _asked_sections(survey, checked)
    here = set(section.codes)
    # Answers to questions no longer asked are not carried, as the single page disables them.
    carried = {
        code: value
        for code, value in raw.items()
        if code not in here and code in asked and not is_blank(value)
    }
    return Step(
        section=section,
        number=sections.index(section) + 1,
        sections=sections,
        raw=dict(raw),
        carried=carried,
        shown=shown if shown is not None else asked & here,
        errors=errors or {},
        notice=notice,
    )


def show(
    survey: Instrument,
    raw: Mapping[str, Any],
    section_key: str | None,
    *,
    errors: dict[str, str] | None = None,
    notice: str | None = None,
) -> Step:
    """A section as it was sent, answers kept: for a problem found outside the answers (an
    expired page, a used invitation code, too many forms from one network)."""
    checked = _check(survey, raw)
    section = _sent_section(survey, _asked_sections(survey, checked), section_key)
    return _page(survey, checked, section, raw, errors=errors, notice=notice)

"""The survey page's form: CSRF and its own fields, and the answer fields built from questions."""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import HiddenField, StringField
from wtforms.validators import Length

from localization import current_language
from surveys.instrument import LIKERT_POINTS, AnyQuestion, Section, choice_list
from surveys.models import Channel, QuestionType

# Channels a link may name; "api" belongs to API clients.
FORM_CHANNELS = (Channel.WEB, Channel.QR, Channel.KIOSK)
SELECT_ABOVE = 15  # more choices than this: a drop-down list instead of radio buttons


class ResponseForm(FlaskForm):
    """The fields every survey page has; each question's field is rendered from the instrument."""

    class Meta:
        def get_translations(self, form):
            # Our messages come from our own catalog; skip loading WTForms' on every request.
            return None

    form_token = HiddenField()
    shown = HiddenField()
    channel = HiddenField()
    section = HiddenField()  # the section a page of the sectioned form shows
    step = HiddenField()  # how many of its pages the server has shown
    invitation = StringField(
        _l("Invitation code"),
        validators=[Length(max=64)],
        filters=[lambda value: value.strip() if value else value],
    )


def form_channel(value: str | None) -> str:
    return value if value in FORM_CHANNELS else Channel.WEB


def raw_answers(questions: Sequence[AnyQuestion], formdata: MultiDict) -> dict[str, Any]:
    """What was typed or chosen for each question: a list for multiple choice, else a string."""
    raw: dict[str, Any] = {}
    for question in questions:
        if question.code not in formdata:
            continue
        if question.type == QuestionType.MULTI:
            raw[question.code] = formdata.getlist(question.code)
        else:
            raw[question.code] = formdata.get(question.code, "")
    return raw


def carried_fields(
    questions: Sequence[AnyQuestion], answers: Mapping[str, Any]
) -> list[tuple[str, str]]:
    """(name, value) of the hidden inputs that carry answers from page to page, in question
    order; a multiple choice gives one input per choice, as its checkboxes would."""
    fields = []
    for question in questions:
        value = answers.get(question.code)
        values = value if isinstance(value, list) else [value]
        fields.extend((question.code, item) for item in values if isinstance(item, str) and item)
    return fields


@dataclass
class Option:
    value: str
    label: str
    input_id: str
    checked: bool


@dataclass
class QuestionField:
    question: AnyQuestion
    widget: str  # scale | radios | checkboxes | select | number | text
    input_id: str  # the element an error summary links to
    options: list[Option] = field(default_factory=list)
    value: str = ""
    error: str | None = None
    hidden: bool = False

    @property
    def code(self) -> str:
        return self.question.code

    @property
    def base_id(self) -> str:
        return f"q-{self.question.code}"

    @property
    def grouped(self) -> bool:
        return self.widget in ("scale", "radios", "checkboxes")

    @property
    def low(self) -> str:
        """The smallest answer as people read it (2,5 in Kazakh and Russian)."""
        return format_decimal(self.question.min_value or 0)

    @property
    def high(self) -> str:
        return format_decimal(self.question.max_value or 0)

    @property
    def show_if_json(self) -> str | None:
        show_if = self.question.show_if
        return json.dumps(show_if, ensure_ascii=False) if show_if is not None else None

    @property
    def regions_attr(self) -> str | None:
        return " ".join(self.question.regions) if self.question.regions is not None else None


def _widget(question: AnyQuestion, option_count: int) -> str:
    if question.type in LIKERT_POINTS:
        return "scale"
    if question.type == QuestionType.MULTI:
        return "checkboxes"
    if question.type == QuestionType.NUMBER:
        return "number"
    if question.type == QuestionType.TEXT:
        return "text"
    return "select" if option_count > SELECT_ABOVE else "radios"


def build_fields(
    questions: Sequence[AnyQuestion],
    raw: Mapping[str, Any],
    errors: Mapping[str, str],
    shown: set[str],
    regions: Sequence[dict],
) -> list[QuestionField]:
    """The fields of the page, every answer kept as typed; questions not shown are hidden."""
    fields = []
    language = current_language()
    for question in questions:
        given = raw.get(question.code)
        chosen = set(given) if isinstance(given, list) else {given}
        choices = choice_list(question, regions, language)
        widget = _widget(question, len(choices))
        base_id = f"q-{question.code}"
        options = [
            Option(value, label, f"{base_id}-{n}", value in chosen)
            for n, (value, label) in enumerate(choices)
        ]
        grouped = widget in ("scale", "radios", "checkboxes")
        fields.append(
            QuestionField(
                question=question,
                widget=widget,
                input_id=f"{base_id}-0" if grouped else base_id,
                options=options,
                value=given if isinstance(given, str) else "",
                error=errors.get(question.code),
                hidden=question.code not in shown,
            )
        )
    return fields


def by_section(
    fields: Sequence[QuestionField], sections: Sequence[Section]
) -> list[tuple[str, list[QuestionField]]]:
    """The fields under their sections' titles, as the single page and the preview show them."""
    by_code = {f.code: f for f in fields}
    return [(s.title, [by_code[code] for code in s.codes]) for s in sections]

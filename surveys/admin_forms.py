"""Forms of the survey administration pages: texts in kk, ru and en side by side."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    FieldList,
    FloatField,
    Form,
    FormField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from localization import LANGUAGES
from surveys.admin import SLUG_PATTERN
from surveys.instrument import CHOICE_TYPES, CODE_PATTERN, LIKERT_POINTS
from surveys.models import Audience, Construct, Layout, QuestionType, SurveyStatus
from surveys.service import MAX_INVITATIONS

LANGUAGE_LABELS = {"kk": _l("Kazakh"), "ru": _l("Russian"), "en": _l("English")}
TYPE_LABELS = {
    QuestionType.LIKERT5: _l("Agreement scale, 5 points"),
    QuestionType.LIKERT7: _l("Agreement scale, 7 points"),
    QuestionType.SINGLE: _l("One answer from a list"),
    QuestionType.MULTI: _l("Several answers from a list"),
    QuestionType.YESNO: _l("Yes or no"),
    QuestionType.NUMBER: _l("Number"),
    QuestionType.TEXT: _l("Text"),
}
CONSTRUCT_LABELS = {
    Construct.TRUST: _l("Trust"),
    Construct.EXPERIENCE: _l("Experience of corruption"),
    Construct.TOLERANCE: _l("Tolerance of corruption"),
    Construct.AWARENESS: _l("Awareness of rights and rules"),
    Construct.PUBLIC_CONTROL: _l("Public control"),
    Construct.SERVICE_QUALITY: _l("Quality of public services"),
}
AUDIENCE_LABELS = {
    Audience.CITIZENS: _l("Residents"),
    Audience.EXPERTS: _l("Experts"),
    Audience.CIVIL_SERVANTS: _l("Civil servants"),
}
STATUS_LABELS = {
    SurveyStatus.DRAFT: _l("Draft"),
    SurveyStatus.OPEN: _l("Open"),
    SurveyStatus.CLOSED: _l("Closed"),
}
LAYOUT_LABELS = {
    Layout.SECTIONS: _l("A screen per section, with Next and Back"),
    Layout.SINGLE_PAGE: _l("Every question on a single page"),
}
OP_LABELS = {"equals": _l("is"), "in": _l("is one of"), "not": _l("is not")}


def options(labels: dict) -> list[SelectChoice]:
    return [SelectChoice(str(value), label) for value, label in labels.items()]


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def texts_of(form, prefix: str) -> dict:
    """{language: text} from the fields ``<prefix>_kk``, ``_ru``, ``_en``; blanks left out."""
    texts = {lang: form[f"{prefix}_{lang}"].data for lang in LANGUAGES}
    return {lang: text for lang, text in texts.items() if text}


def fill_texts(form, prefix: str, texts: dict | None) -> None:
    for lang in LANGUAGES:
        form[f"{prefix}_{lang}"].data = (texts or {}).get(lang, "")


class SurveyForm(FlaskForm):
    slug = StringField(
        _l("Address (slug)"),
        validators=[
            DataRequired(),
            Regexp(SLUG_PATTERN, message=_l("Use 2 to 40 small Latin letters, digits and -.")),
        ],
        filters=[_strip],
    )
    title_kk = StringField(_l("Title in Kazakh"), validators=[DataRequired(), Length(max=300)])
    title_ru = StringField(_l("Title in Russian"), validators=[DataRequired(), Length(max=300)])
    title_en = StringField(_l("Title in English"), validators=[DataRequired(), Length(max=300)])
    intro_kk = TextAreaField(_l("Introduction in Kazakh"), validators=[Length(max=3000)])
    intro_ru = TextAreaField(_l("Introduction in Russian"), validators=[Length(max=3000)])
    intro_en = TextAreaField(_l("Introduction in English"), validators=[Length(max=3000)])
    audience = SelectField(_l("Who answers"), choices=options(AUDIENCE_LABELS))
    status = SelectField(
        _l("Status"), choices=options(STATUS_LABELS), default=SurveyStatus.DRAFT.value
    )
    requires_invitation = BooleanField(_l("Only with an invitation code (a closed panel)"))
    layout = SelectField(
        _l("How the survey is shown"), choices=options(LAYOUT_LABELS), default=Layout.SECTIONS.value
    )

    def settings(self) -> dict:
        return {
            "titles": texts_of(self, "title"),
            "intros": texts_of(self, "intro") or None,
            "audience": self.audience.data,
            "status": self.status.data,
            "requires_invitation": bool(self.requires_invitation.data),
            "layout": self.layout.data,
        }

    def fill(self, survey) -> None:
        self.slug.data = survey.slug
        fill_texts(self, "title", survey.titles)
        fill_texts(self, "intro", survey.intros)
        self.audience.data = survey.audience
        self.status.data = survey.status
        self.requires_invitation.data = survey.requires_invitation
        self.layout.data = survey.layout


class SectionForm(FlaskForm):
    title_kk = StringField(_l("Title in Kazakh"), validators=[DataRequired(), Length(max=200)])
    title_ru = StringField(_l("Title in Russian"), validators=[DataRequired(), Length(max=200)])
    title_en = StringField(_l("Title in English"), validators=[DataRequired(), Length(max=200)])

    def titles(self) -> dict:
        return {lang: self[f"title_{lang}"].data.strip() for lang in LANGUAGES}


class ChoiceForm(Form):
    value = StringField(_l("Stored value"), validators=[Length(max=60)], filters=[_strip])
    label_kk = StringField(_l("Kazakh"), validators=[Length(max=300)], filters=[_strip])
    label_ru = StringField(_l("Russian"), validators=[Length(max=300)], filters=[_strip])
    label_en = StringField(_l("English"), validators=[Length(max=300)], filters=[_strip])


class CheckboxList(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


BLANK_CHOICES = 3  # empty rows under the choices, to add new ones without JavaScript


class QuestionForm(FlaskForm):
    code = StringField(
        _l("Code"),
        validators=[
            DataRequired(),
            Regexp(
                CODE_PATTERN.pattern,
                message=_l("Use small Latin letters, digits and _, starting with a letter."),
            ),
        ],
        filters=[_strip],
    )
    type = SelectField(_l("Kind of answer"), choices=options(TYPE_LABELS))
    # Its choices are the survey's sections after the profile; none when it has no sections.
    section = SelectField(_l("Section"), choices=[], validate_choice=False)
    text_kk = TextAreaField(_l("Question in Kazakh"), validators=[Length(max=2000)])
    text_ru = TextAreaField(_l("Question in Russian"), validators=[Length(max=2000)])
    text_en = TextAreaField(_l("Question in English"), validators=[Length(max=2000)])
    hint_kk = TextAreaField(_l("Hint in Kazakh"), validators=[Length(max=1000)])
    hint_ru = TextAreaField(_l("Hint in Russian"), validators=[Length(max=1000)])
    hint_en = TextAreaField(_l("Hint in English"), validators=[Length(max=1000)])
    required = BooleanField(_l("An answer is required"))
    construct = SelectField(_l("Construct"), choices=options({"": _l("None"), **CONSTRUCT_LABELS}))
    reverse_scored = BooleanField(_l("Reverse scored (agreeing means less of the construct)"))
    choices = FieldList(FormField(ChoiceForm), min_entries=BLANK_CHOICES, max_entries=100)
    min_value = FloatField(_l("Smallest number"), validators=[Optional()])
    max_value = FloatField(_l("Largest number"), validators=[Optional()])
    max_length = IntegerField(
        _l("Longest answer (characters)"), validators=[Optional(), NumberRange(1, 10_000)]
    )
    show_if_question = SelectField(_l("Ask only when the answer to"), choices=[], default="")
    show_if_op = SelectField(_l("Condition"), choices=options(OP_LABELS), default="equals")
    show_if_value = StringField(_l("Answer value"), validators=[Length(max=300)], filters=[_strip])
    regions = CheckboxList(_l("Ask only in these regions (none ticked: everywhere)"), choices=[])
    sections: list[tuple[str, str]] | None = None  # set by fill_choices

    def fill_choices(
        self,
        earlier_codes: list[str],
        regions: list[tuple[str, str]],
        sections: list[tuple[str, str]] | None = None,
    ) -> None:
        """``sections``: (key, title) of those a question may be in; None: the survey has none."""
        self.show_if_question.choices = options(
            {"": _l("(always ask)"), **{code: code for code in earlier_codes}}
        )
        self.regions.choices = options(dict(regions))
        self.sections = sections
        self.section.choices = options(dict(sections or ()))

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        for lang in LANGUAGES:
            if not (self[f"text_{lang}"].data or "").strip():
                self[f"text_{lang}"].errors.append(_l("Write the question in this language."))
                valid = False
        kind = self.type.data
        if kind == QuestionType.NUMBER:
            low, high = self.min_value.data, self.max_value.data
            if low is None or high is None or not low < high:
                self.max_value.errors.append(
                    _l("A number question needs a smallest and a larger largest number.")
                )
                valid = False
        entries = self.choice_entries()
        if kind in CHOICE_TYPES and not entries:
            self.choices.errors.append(_l("A list question needs at least one answer choice."))
            valid = False
        if kind in LIKERT_POINTS and entries:
            expected = [str(n) for n in range(1, LIKERT_POINTS[kind] + 1)]
            if [entry["value"] for entry in entries] != expected:
                self.choices.errors.append(
                    _l(
                        "A scale's labels need the values 1 to %(points)s in order, or none.",
                        points=LIKERT_POINTS[kind],
                    )
                )
                valid = False
        for entry in entries:
            if len(entry["labels"]) < len(LANGUAGES) or not entry["value"]:
                self.choices.errors.append(
                    _l("Each answer choice needs a value and a label in every language.")
                )
                valid = False
                break
        values = [entry["value"] for entry in entries]
        if len(set(values)) != len(values):
            self.choices.errors.append(_l("Two answer choices have the same value."))
            valid = False
        if self.sections is not None and self.section.data not in dict(self.sections):
            self.section.errors.append(
                _l("Choose one of the survey's sections.")
                if self.sections
                else _l("Add a section in the survey's settings first.")
            )
            valid = False
        elif self.sections is None and self.section.data:
            self.section.errors.append(_l("This survey has no sections."))
            valid = False
        if self.show_if_question.data and not self.show_if_value.data:
            self.show_if_value.errors.append(_l("Give the answer that makes this question shown."))
            valid = False
        return valid

    def choice_entries(self) -> list[dict]:
        """The filled rows of the choices table (blank rows are left out)."""
        entries = []
        for row in self.choices:
            labels = {lang: row[f"label_{lang}"].data for lang in LANGUAGES}
            labels = {lang: text for lang, text in labels.items() if text}
            if row.value.data or labels:
                entries.append({"value": row.value.data or "", "labels": labels})
        return entries

    def spec(self) -> dict:
        kind = self.type.data
        entries = self.choice_entries()
        show_if = None
        if self.show_if_question.data:
            value = self.show_if_value.data
            if self.show_if_op.data == "in":
                value = [part.strip() for part in value.split(",") if part.strip()]
            show_if = {"question": self.show_if_question.data, "op": self.show_if_op.data}
            show_if["value"] = value
        return {
            "code": self.code.data,
            "type": kind,
            "texts": texts_of(self, "text"),
            "hints": texts_of(self, "hint") or None,
            "required": bool(self.required.data),
            "construct": self.construct.data or None,
            "reverse_scored": bool(self.reverse_scored.data),
            "choices": entries if (kind in CHOICE_TYPES or kind in LIKERT_POINTS) and entries
            else None,
            "min_value": self.min_value.data if kind == QuestionType.NUMBER else None,
            "max_value": self.max_value.data if kind == QuestionType.NUMBER else None,
            "max_length": self.max_length.data if kind == QuestionType.TEXT else None,
            "show_if": show_if,
            "regions": list(self.regions.data) or None,
            "section": self.section.data or None,
        }  # fmt: skip

    def fill(self, question) -> None:
        self.code.data = question.code
        self.type.data = question.type
        fill_texts(self, "text", question.texts)
        fill_texts(self, "hint", question.hints)
        self.required.data = question.required
        self.construct.data = question.construct or ""
        self.reverse_scored.data = question.reverse_scored
        while len(self.choices.entries):
            self.choices.pop_entry()
        for choice in [*(question.choices or ()), *([None] * BLANK_CHOICES)]:
            row = self.choices.append_entry()
            if choice is not None:
                row.value.data = str(choice["value"])
                for lang in LANGUAGES:
                    row[f"label_{lang}"].data = choice["labels"].get(lang, "")
        self.min_value.data = question.min_value
        self.max_value.data = question.max_value
        self.max_length.data = question.max_length
        rule = question.show_if or {}
        self.show_if_question.data = rule.get("question", "")
        self.show_if_op.data = rule.get("op", "equals")
        value = rule.get("value", "")
        self.show_if_value.data = ", ".join(value) if isinstance(value, list) else str(value)
        self.regions.data = list(question.regions or ())
        self.section.data = question.section or ""


class WaveForm(FlaskForm):
    label = StringField(
        _l("Wave label"), validators=[DataRequired(), Length(max=40)], filters=[_strip]
    )
    opens_at = DateTimeLocalField(
        _l("Opens (Kazakhstan time)"),
        format="%Y-%m-%dT%H:%M",
        validators=[InputRequired(message=_l("Give the date and time the wave opens."))],
    )
    closes_at = DateTimeLocalField(
        _l("Closes (Kazakhstan time)"),
        format="%Y-%m-%dT%H:%M",
        validators=[InputRequired(message=_l("Give the date and time the wave closes."))],
    )


class InvitationForm(FlaskForm):
    count = IntegerField(
        _l("Number of codes"),
        validators=[InputRequired(), NumberRange(1, MAX_INVITATIONS)],
    )


class ExportForm(FlaskForm):
    class Meta:
        csrf = False  # reading a download changes nothing

    wave = SelectField(_l("Wave"), coerce=int, choices=[])
    format = SelectField(
        _l("Format"),
        choices=options(
            {
                "csv": _l("CSV (UTF-8, opens in Excel)"),
                "xlsx": _l("Excel workbook (XLSX) with a codebook sheet"),
                "sav": _l("SPSS (.sav) with labels"),
            }
        ),
    )
    language = SelectField(_l("Language of the labels"), choices=options(LANGUAGE_LABELS))


class ImportForm(FlaskForm):
    file = FileField(
        _l("Instrument file (Adal JSON or XLSForm .xlsx)"),
        validators=[FileRequired(message=_l("Choose a file to import."))],
    )
    slug = StringField(
        _l("Address (slug) of the new survey"),
        validators=[
            Optional(),
            Regexp(SLUG_PATTERN, message=_l("Use 2 to 40 small Latin letters, digits and -.")),
        ],
        filters=[_strip],
    )

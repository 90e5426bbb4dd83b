"""Forms of the training pages. A test's answers are read by the view: their fields are drawn."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, Regexp

from accounts.models import Role
from training.models import QuestionKind, Topic

ROLE_LABELS = {
    Role.CIVIL_SERVANT: _l("Civil servants"),
    Role.ANALYST: _l("Analysts"),
    Role.ADMIN: _l("Administrators"),
}


def _optional_int(value):
    return int(value) if value not in (None, "", "None") else None


class AssignmentForm(FlaskForm):
    module = SelectField(_l("Module"), coerce=int, validators=[DataRequired()])
    role = SelectField(_l("Role"), validators=[Optional()])
    region = SelectField(_l("Region"), coerce=_optional_int, validators=[Optional()])
    organisation = StringField(
        _l("Organisation"),
        validators=[Optional(), Length(max=200)],
        filters=[lambda value: value.strip() if value else value],
    )
    due_on = DateField(_l("Due date"), validators=[DataRequired()])
    renewal_months = IntegerField(
        _l("Renewal every (months)"), validators=[Optional(), NumberRange(min=1, max=120)]
    )

    def fill_choices(self, modules, regions) -> None:
        self.module.choices = [(module.id, module.name) for module in modules]
        self.role.choices = [("", _l("Any role"))] + [
            (role.value, label) for role, label in ROLE_LABELS.items()
        ]
        self.region.choices = [("", _l("Any region"))] + [
            (region.id, f"{region.name} ({region.code})") for region in regions
        ]


class RevokeForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason for revoking"),
        validators=[
            DataRequired(_l("Give the reason for revoking the certificate.")),
            Length(max=1000),
        ],
    )


class GainFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET filter changes nothing

    region = SelectField(_l("Region"), coerce=_optional_int, validators=[Optional()])
    start = DateField(_l("From"), validators=[Optional()])
    end = DateField(_l("To"), validators=[Optional()])


class ModuleUploadForm(FlaskForm):
    file = FileField(_l("Module file (.zip)"), validators=[FileRequired()])


# ------------------------------------------------------------------------------ module editor

LANGUAGE_LABELS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
TOPIC_LABELS = {
    Topic.CONFLICT_OF_INTEREST: _l("Conflict of interest"),
    Topic.GIFTS_HOSPITALITY: _l("Gifts and hospitality"),
    Topic.REPORTING_PROTECTION: _l("Reporting corruption and protecting those who report"),
    Topic.EVERYDAY_CORRUPTION_SERVICES: _l("Everyday corruption in public services"),
    Topic.ETHICS_PUBLIC_CONTROL: _l("Ethics and public control"),
}
KIND_LABELS = {
    QuestionKind.SINGLE: _l("Single choice"),
    QuestionKind.MULTIPLE: _l("Multiple choice"),
    QuestionKind.TRUEFALSE: _l("True or false"),
    QuestionKind.SCENARIO: _l("Scenario dilemma"),
}


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class ShortTexts(Form):
    """One short text in kk, ru and en (a title, a choice)."""

    kk = StringField(LANGUAGE_LABELS["kk"], [Optional(), Length(max=500)], filters=[_strip])
    ru = StringField(LANGUAGE_LABELS["ru"], [Optional(), Length(max=500)], filters=[_strip])
    en = StringField(LANGUAGE_LABELS["en"], [Optional(), Length(max=500)], filters=[_strip])


class LongTexts(Form):
    """One text of several lines in kk, ru and en (a summary, a question, a lesson's body)."""

    kk = TextAreaField(LANGUAGE_LABELS["kk"], [Optional(), Length(max=60_000)], filters=[_strip])
    ru = TextAreaField(LANGUAGE_LABELS["ru"], [Optional(), Length(max=60_000)], filters=[_strip])
    en = TextAreaField(LANGUAGE_LABELS["en"], [Optional(), Length(max=60_000)], filters=[_strip])


class ModuleSettingsForm(FlaskForm):
    title = FormField(ShortTexts, _l("Title"))
    summary = FormField(LongTexts, _l("Summary"))
    topic = SelectField(
        _l("Topic"), choices=[SelectChoice(t.value, label) for t, label in TOPIC_LABELS.items()]
    )
    minutes = IntegerField(_l("Minutes it takes"), [InputRequired(), NumberRange(10, 20)])
    pass_mark = IntegerField(_l("Pass mark (%)"), [InputRequired(), NumberRange(1, 100)])
    max_attempts = IntegerField(_l("Post-test attempts"), [InputRequired(), NumberRange(1, 20)])


class NewModuleForm(FlaskForm):
    slug = StringField(_l("Address (slug)"), [DataRequired(), Length(max=80)], filters=[_strip])
    title = FormField(ShortTexts, _l("Title"))
    summary = FormField(LongTexts, _l("Summary"))
    topic = SelectField(
        _l("Topic"), choices=[SelectChoice(t.value, label) for t, label in TOPIC_LABELS.items()]
    )
    minutes = IntegerField(_l("Minutes it takes"), [InputRequired(), NumberRange(10, 20)])


class LessonForm(FlaskForm):
    title = FormField(ShortTexts, _l("Title"))
    body = FormField(LongTexts, _l("Text (Markdown)"))


class CategoryForm(FlaskForm):
    code = StringField(
        _l("Code"),
        [Optional(), Length(max=64), Regexp(r"^[a-z0-9_]+$", message=_l("Use a-z, 0-9 and _."))],
        filters=[_strip],
    )
    title = FormField(ShortTexts, _l("Title"))
    draw = IntegerField(_l("Questions drawn per test"), [InputRequired(), NumberRange(1, 50)])


class ChoiceFields(Form):
    text = FormField(ShortTexts, _l("Choice"))
    correct = BooleanField(_l("Right answer"))
    feedback = FormField(LongTexts, _l("Feedback when chosen"))


class QuestionForm(FlaskForm):
    category = SelectField(_l("Category"), coerce=int, validators=[InputRequired()])
    kind = SelectField(
        _l("Kind"), choices=[SelectChoice(k.value, label) for k, label in KIND_LABELS.items()]
    )
    scenario = FormField(LongTexts, _l("The case (scenario dilemmas only)"))
    text = FormField(LongTexts, _l("Question"))
    explanation = FormField(LongTexts, _l("Explanation, shown with the result"))
    choices = FieldList(FormField(ChoiceFields), min_entries=6, max_entries=8)


# ------------------------------------------------------------------------------ compliance

LEARNING_STATUS_LABELS = {
    "not_started": _l("Not started"),
    "in_progress": _l("In progress"),
    "overdue": _l("Overdue"),
    "completed": _l("Completed"),
    "expired": _l("Expired: renewal due"),
    "revoked": _l("Certificate revoked"),
    "no_attempts_left": _l("No attempts left"),
}
COMPLIANCE_HEADERS = {
    "region": _l("Region"),
    "organisation": _l("Organisation"),
    "people": _l("People"),
    "assigned": _l("Assigned"),
    "started": _l("Started"),
    "completed": _l("Completed"),
    "overdue": _l("Overdue"),
    "due_soon": _l("Due within 14 days"),
    "expiring": _l("Certificates expiring"),
    "name": _l("Name"),
    "email": _l("E-mail"),
    "module": _l("Module"),
    "due_on": _l("Due date"),
    "status": _l("Status"),
    "valid_until": _l("Certificate valid until"),
    "total": _l("All"),
    "none": _l("not given"),
}


class ComplianceFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET filter changes nothing

    region = SelectField(_l("Region"), coerce=_optional_int, validators=[Optional()])
    organisation = SelectField(_l("Organisation"), validators=[Optional()], default="")
    module = SelectField(_l("Module"), coerce=_optional_int, validators=[Optional()])
    status = SelectField(
        _l("People listed"),
        choices=[
            SelectChoice("", _l("Everyone")),
            SelectChoice("overdue", _l("Overdue")),
            SelectChoice("due_soon", _l("Due within 14 days")),
            SelectChoice("not_started", _l("Not started")),
            SelectChoice("started", _l("Started, not completed")),
            SelectChoice("completed", _l("Completed")),
            SelectChoice("expiring", _l("Certificate expiring")),
        ],
        validators=[Optional()],
        default="",
    )

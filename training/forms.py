"""Forms of the training pages. A test's answers are read by the view: their fields are drawn."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from accounts.models import Role

ROLE_LABELS = {
    Role.CIVIL_SERVANT: _l("Civil servants"),
    Role.ANALYST: _l("Analysts"),
    Role.ADMIN: _l("Administrators"),
}


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token travels with it."""


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

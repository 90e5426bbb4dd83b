from flask import abort
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional

from accounts.service import MIN_PASSWORD_LENGTH


class LoginForm(FlaskForm):
    email = EmailField(
        _l("E-mail"),
        validators=[DataRequired(), Email(), Length(max=254)],
        filters=[lambda value: value.strip() if value else value],
    )
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    remember = BooleanField(_l("Keep me signed in on this device"))
    next = HiddenField()
    submit = SubmitField(_l("Sign in"))


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token travels with it."""

    @classmethod
    def require(cls) -> "ActionForm":
        """The form of the request, valid, or a 400 (no token, or fields that are not right)."""
        form = cls()
        if not form.validate_on_submit():
            abort(400)
        return form


class MoveForm(ActionForm):
    """An Up or Down button: moves an item one place."""

    direction = SelectField(choices=["up", "down"])

    @classmethod
    def offset(cls) -> int:
        """-1 or +1 from the button pressed; a 400 when the request is not one."""
        return -1 if cls.require().direction.data == "up" else 1


class LogoutForm(FlaskForm):
    submit = SubmitField(_l("Sign out"))


def _stripped(value):
    return " ".join(value.split()) if isinstance(value, str) else value


def _optional_int(value):
    return int(value) if value not in (None, "", "None") else None


ROLE_CHOICES = [
    SelectChoice("civil_servant", _l("Civil servant")),
    SelectChoice("analyst", _l("Analyst")),
    SelectChoice("admin", _l("Administrator")),
]
LANGUAGE_CHOICES = [
    SelectChoice("", _l("The site's default")),
    SelectChoice("kk", "Қазақша"),
    SelectChoice("ru", "Русский"),
    SelectChoice("en", "English"),
]


class PersonForm(FlaskForm):
    email = EmailField(
        _l("E-mail"),
        validators=[DataRequired(), Email(), Length(max=254)],
        filters=[lambda value: value.strip().lower() if value else value],
    )
    full_name = StringField(
        _l("Full name, as on certificates"),
        validators=[DataRequired(), Length(max=200)],
        filters=[_stripped],
    )
    role = SelectField(_l("Role"), choices=ROLE_CHOICES, validators=[DataRequired()])
    region = SelectField(_l("Region"), coerce=_optional_int, validators=[Optional()])
    organisation = StringField(
        _l("Organisation"), validators=[Optional(), Length(max=200)], filters=[_stripped]
    )
    language = SelectField(_l("Language of e-mails"), choices=LANGUAGE_CHOICES, default="")
    active = BooleanField(_l("The account is active (the person can sign in)"))

    def fill_regions(self, regions) -> None:
        self.region.choices = [("", _l("No region"))] + [
            (region.id, f"{region.name} ({region.code})") for region in regions
        ]


class PeopleFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET filter changes nothing

    q = StringField(_l("Name or e-mail contains"), validators=[Optional(), Length(max=200)])
    role = SelectField(
        _l("Role"), choices=[SelectChoice("", _l("Any role")), *ROLE_CHOICES], default=""
    )
    region = SelectField(_l("Region"), coerce=_optional_int, validators=[Optional()])


class ImportForm(FlaskForm):
    file = FileField(_l("CSV file"), validators=[FileRequired()])
    skip_rejected = BooleanField(_l("Import the rows that are right even if others are rejected"))


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"),
        validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH, max=200)],
    )
    confirm = PasswordField(
        _l("The same password again"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords differ."))],
    )
    submit = SubmitField(_l("Set my password"))

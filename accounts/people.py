"""People, managed by admins in the browser: create, edit, disable, and import many from a CSV.

Accounts made here have no password until their owner sets one through a link
(``accounts.password_links``). Two rules keep the site administrable: an admin cannot remove
their own admin role or disable themselves, and the last active admin cannot be removed.
"""

import csv
import io
from dataclasses import dataclass, field

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext

from accounts.audit import record
from accounts.models import Region, Role, User
from accounts.password_links import unusable_password_hash
from accounts.service import normalise_email
from extensions import db
from localization import LANGUAGES

MAX_NAME = 200
MAX_ORGANISATION = 200


class PeopleError(Exception):
    """A change the rules refuse; ``field`` names the form field it concerns."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class Person:
    """What an admin writes about a person (a form or a CSV row), already checked."""

    email: str
    full_name: str
    role: str
    region: Region | None = None
    organisation: str | None = None
    language: str | None = None


def email_taken(email: str, except_id: int | None = None) -> bool:
    query = db.select(User.id).filter_by(email=normalise_email(email))
    if except_id is not None:
        query = query.where(User.id != except_id)
    return db.session.execute(query).first() is not None


def create_person(person: Person, actor) -> User:
    if email_taken(person.email):
        raise PeopleError(_l("Another account already uses this e-mail."), "email")
    user = _new_user(person)
    record("user.create", user.email, _described(user), actor=actor)
    db.session.commit()
    return user


def _new_user(person: Person) -> User:
    """An account without a password yet, added to the session."""
    user = User(
        email=normalise_email(person.email),
        full_name=person.full_name,
        role=person.role,
        region=person.region,
        organisation=person.organisation,
        language=person.language,
        password_hash=unusable_password_hash(),
    )
    db.session.add(user)
    return user


def _described(user: User) -> dict:
    return {
        "name": user.full_name,
        "role": user.role,
        "region": user.region.code if user.region else None,
        "organisation": user.organisation,
        "language": user.language,
    }


def _other_active_admins(user: User) -> int:
    """Active admins other than ``user``, locked (PostgreSQL) so that two admins demoting each
    other at the same moment cannot both succeed."""
    query = (
        db.select(User.id)
        .where(User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
        .with_for_update()
    )
    return len(db.session.execute(query).all())


def update_person(user: User, person: Person, active: bool, actor) -> list[str]:
    """Apply the changes; the names of the fields that changed (audited as before → after)."""
    losing_admin = (
        user.role == Role.ADMIN and user.active and (person.role != Role.ADMIN or not active)
    )
    if user.id == getattr(actor, "id", None):
        if user.role == Role.ADMIN and person.role != Role.ADMIN:
            raise PeopleError(
                _l("You cannot remove your own administrator role: ask another administrator."),
                "role",
            )
        if not active:
            raise PeopleError(_l("You cannot disable your own account."), "active")
    if losing_admin and _other_active_admins(user) == 0:
        db.session.rollback()
        raise PeopleError(
            _l(
                "This is the last active administrator. Make another person an administrator first."
            ),
            "role" if person.role != Role.ADMIN else "active",
        )
    if email_taken(person.email, except_id=user.id):
        raise PeopleError(_l("Another account already uses this e-mail."), "email")
    before = {**_described(user), "email": user.email, "active": user.active}
    user.email = normalise_email(person.email)
    user.full_name = person.full_name
    user.role = person.role
    user.region = person.region
    user.organisation = person.organisation
    user.language = person.language
    user.active = active
    after = {**_described(user), "email": user.email, "active": user.active}
    changed = [name for name in before if before[name] != after[name]]
    if changed:
        record(
            "user.update",
            user.email,
            {name: [before[name], after[name]] for name in changed},
            actor=actor,
        )
    db.session.commit()
    return changed


# ------------------------------------------------------------------------------ CSV import

CSV_COLUMNS = ("email", "full_name", "role", "region", "organisation", "language")
REQUIRED_COLUMNS = ("email", "full_name", "role")


@dataclass
class RejectedRow:
    line: int  # as a spreadsheet numbers it: the header is line 1
    email: str
    problems: list[str]


@dataclass
class ImportReport:
    accepted: list[Person] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    created: list[User] = field(default_factory=list)
    problem: str | None = None  # the file as a whole cannot be read


def read_people_csv(content: bytes) -> ImportReport:
    """Check every row of a people CSV (UTF-8, comma or semicolon); nothing is stored."""
    report = ImportReport()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.problem = _l(
            "The file is not UTF-8 text. In Excel, save it as \u201cCSV UTF-8\u201d."
        )
        return report
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as error:
        report.problem = _l("The file cannot be read as CSV: %(error)s", error=str(error))
        return report
    if not rows:
        report.problem = _l("The file is empty.")
        return report
    header = [name.strip().lower() for name in rows[0]]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        report.problem = _l(
            "The first line must name the columns; missing: %(columns)s.",
            columns=", ".join(missing),
        )
        return report
    regions = {region.code: region for region in db.session.execute(db.select(Region)).scalars()}
    existing = set(db.session.execute(db.select(User.email)).scalars())
    seen: dict[str, int] = {}
    for line, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        row = {
            name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)
        }
        person, problems = _check_row(row, regions)
        email = normalise_email(row.get("email", ""))
        if email in existing:
            problems.append(_l("an account with this e-mail already exists"))
        elif email and email in seen:
            problems.append(_l("the same e-mail is on line %(line)s", line=seen[email]))
        if email:
            seen.setdefault(email, line)
        if problems:
            report.rejected.append(RejectedRow(line, row.get("email", ""), problems))
        else:
            report.accepted.append(person)
    if not report.accepted and not report.rejected:
        report.problem = _l("The file has no rows below its first line.")
    return report


def _check_row(row: dict, regions: dict) -> tuple[Person | None, list]:
    problems = []
    email = normalise_email(row.get("email", ""))
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        problems.append(_l("the e-mail %(email)s is not valid", email=email or "—"))
    name = " ".join(row.get("full_name", "").split())
    if not name:
        problems.append(_l("the full name is empty"))
    elif len(name) > MAX_NAME:
        problems.append(
            lazy_ngettext(
                "the full name is longer than %(num)s character",
                "the full name is longer than %(num)s characters",
                MAX_NAME,
            )
        )
    role = row.get("role", "").lower()
    if role not in set(Role):
        problems.append(
            _l(
                "unknown role %(role)s (use %(roles)s)",
                role=row.get("role") or "—",
                roles=", ".join(Role),
            )
        )
    code = row.get("region", "").upper()
    region = regions.get(code) if code else None
    if code and region is None:
        problems.append(_l("unknown region %(code)s (use a code such as KZ-35)", code=code))
    organisation = row.get("organisation", "") or None
    if organisation and len(organisation) > MAX_ORGANISATION:
        problems.append(
            lazy_ngettext(
                "the organisation is longer than %(num)s character",
                "the organisation is longer than %(num)s characters",
                MAX_ORGANISATION,
            )
        )
    language = row.get("language", "").lower() or None
    if language and language not in LANGUAGES:
        problems.append(
            _l(
                "unknown language %(language)s (use %(languages)s)",
                language=language,
                languages=", ".join(LANGUAGES),
            )
        )
    if problems:
        return None, problems
    return Person(email, name, role, region, organisation, language), []


def import_people(report: ImportReport, actor) -> list[User]:
    """Create the accepted people in one transaction (all of them or, on an error, none)."""
    created = [_new_user(person) for person in report.accepted]
    record(
        "user.import",
        f"{len(created)}",
        {"created": len(created), "rejected": len(report.rejected)},
        actor=actor,
    )
    db.session.commit()
    report.created = created
    return created


def find_people(search: str = "", role: str | None = None, region_id: int | None = None):
    """People by role and region, whose name or e-mail holds ``search`` in any letter case
    (compared in Python: SQLite lowers only ASCII letters, and names are Kazakh and Russian)."""
    query = db.select(User).order_by(User.full_name, User.id)
    if role:
        query = query.filter_by(role=role)
    if region_id:
        query = query.filter_by(region_id=region_id)
    found = db.session.execute(query).scalars()
    needle = search.strip().casefold()
    return [u for u in found if needle in u.full_name.casefold() or needle in u.email]

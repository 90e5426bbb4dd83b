"""The audit log: who did what, when, for every action an administrator takes.

Events keep codes (``module.assign``, detail keys such as ``due_on``); people read them through
``action_label``, ``actor_label`` and ``detail_items``, translated. A new action needs a line in
ACTIONS (a test fails for an action recorded anywhere without one).
"""

from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from accounts.models import ROLE_NAMES
from accounts.regions import region_name
from database import UTCDateTime
from extensions import db
from localization import local_time, utcnow


class AuditEvent(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    # Kept as text too, so the record survives the account's removal.
    actor_email: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict | None] = mapped_column(JSON)


SYSTEM_ACTOR = "system"
COMMAND_LINE_ACTOR = "command-line"


def record(action: str, target: str, details: dict | None = None, actor=None) -> AuditEvent:
    """Add an audit event to the session; it is committed with the change it describes."""
    actor = actor if actor is not None else current_user
    signed_in = getattr(actor, "is_authenticated", False)
    event = AuditEvent(
        actor_id=actor.id if signed_in else None,
        actor_email=actor.email if signed_in else SYSTEM_ACTOR,
        action=action,
        target=target,
        details=details,
    )
    db.session.add(event)
    return event


def recent_events(limit: int = 200, action: str | None = None) -> list[AuditEvent]:
    query = db.select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if action:
        query = query.filter_by(action=action)
    return list(db.session.execute(query.limit(limit)).scalars())


# ---------------------------------------------------------------- as people read it

ACTIONS = {
    "user.create": _l("Created a user account"),
    "user.update": _l("Changed a user account"),
    "user.disable": _l("Disabled a user account"),
    "user.import": _l("Imported user accounts"),
    "user.password_link": _l("Sent a link to set a password"),
    "user.set_password": _l("Set a new password for a user"),
    "api_token.create": _l("Created an API token"),
    "api_token.revoke": _l("Revoked an API token"),
    "module.create": _l("Loaded a training module"),
    "module.edit": _l("Changed a training module's settings"),
    "module.publish": _l("Published a training module"),
    "module.unpublish": _l("Withdrew a training module from publication"),
    "module.assign": _l("Assigned a training module"),
    "module.unassign": _l("Removed an assignment of a training module"),
    "lesson.add": _l("Added a lesson"),
    "lesson.edit": _l("Changed a lesson"),
    "lesson.move": _l("Moved a lesson"),
    "lesson.delete": _l("Deleted a lesson"),
    "category.add": _l("Added a question category"),
    "category.edit": _l("Changed a question category"),
    "category.move": _l("Moved a question category"),
    "category.delete": _l("Deleted a question category"),
    "question.add": _l("Added a test question"),
    "question.edit": _l("Changed a test question"),
    "question.revise": _l("Replaced a test question by a new version"),
    "question.retire": _l("Retired a test question"),
    "certificate.revoke": _l("Revoked a certificate"),
    "survey.create": _l("Created a survey"),
    "survey.update": _l("Changed a survey's settings"),
    "survey.import": _l("Imported a survey"),
    "survey.question.create": _l("Added a survey question"),
    "survey.question.update": _l("Changed a survey question"),
    "survey.question.delete": _l("Deleted a survey question"),
    "survey.question.move": _l("Moved a survey question"),
    "survey.section.create": _l("Added a survey section"),
    "survey.section.update": _l("Renamed a survey section"),
    "survey.section.move": _l("Moved a survey section"),
    "survey.section.delete": _l("Deleted a survey section"),
    "wave.open": _l("Opened a survey wave"),
    "wave.close": _l("Closed a survey wave"),
    "invitations.create": _l("Created invitation codes"),
    "surveys.retention": _l("Deleted the marks of closed waves"),
    "kiosk.issue": _l("Issued a kiosk link"),
    "kiosk.enrol": _l("A device became a survey kiosk"),
    "simulation.create": _l("Created simulated data"),
    "simulation.clear": _l("Removed simulated data"),
    "population.upload": _l("Uploaded a population table for weighting"),
}

DETAILS = {
    "name": _l("Name"),
    "email": _l("E-mail"),
    "active": _l("Active"),
    "role": _l("Role"),
    "region": _l("Region"),
    "organisation": _l("Organisation"),
    "language": _l("Language"),
    "due_on": _l("Due date"),
    "renewal_months": _l("Renewal every (months)"),
    "assignment": _l("Assignment number"),
    "holder": _l("Holder"),
    "module": _l("Module"),
    "reason": _l("Reason"),
    "published": _l("Published"),
    "from": _l("From"),
    "by": _l("By"),
    "created": _l("Created"),
    "rejected": _l("Rejected"),
    "title": _l("Title"),
    "summary": _l("Summary"),
    "body": _l("Text"),
    "topic": _l("Topic"),
    "minutes": _l("Minutes"),
    "pass_mark": _l("Pass mark"),
    "max_attempts": _l("Attempts"),
    "draw": _l("Drawn per test"),
    "category": _l("Category"),
    "lesson": _l("Lesson"),
    "question": _l("Question"),
    "questions": _l("Questions"),
    "version": _l("New version"),
    "changed": _l("Changed"),
    "changes": _l("Changes"),
    "position": _l("Position"),
    "audience": _l("Audience"),
    "opens_at": _l("Opens"),
    "closes_at": _l("Closes"),
    "until": _l("Valid until"),
    "responses": _l("Responses"),
    "count": _l("Codes"),
    "waves": _l("Waves"),
    "regions": _l("Regions"),
    "section": _l("Section"),
    "titles": _l("Titles"),
    "layout": _l("How the survey is shown"),
    "year": _l("Year"),
    "seed": _l("Random seed"),
    "learners": _l("Learners"),
    "respondent_marks": _l("Browser marks deleted"),
    "invitations": _l("Invitation codes deleted"),
    "idempotency_keys": _l("Idempotency keys deleted"),
    "form_tokens": _l("Form tokens deleted"),
}

# Codes among detail values (where a module came from, how a password was set).
VALUES = {
    "upload": _l("an uploaded file"),
    "editor": _l("the editor"),
    "command_line": _l("the command line"),
    "link": _l("a password link"),
}

ACTORS = {SYSTEM_ACTOR: _l("the system"), COMMAND_LINE_ACTOR: _l("the command line")}
MOMENTS = ("opens_at", "closes_at", "until")  # stored as UTC ISO text, shown in local time


def action_label(action: str) -> str:
    """The action as a translated sentence; an unknown code as it is."""
    label = ACTIONS.get(action)
    return str(label) if label is not None else action


def actor_label(actor_email: str) -> str:
    label = ACTORS.get(actor_email)
    return str(label) if label is not None else actor_email


def detail_items(details: dict | None) -> list[tuple[str, str]]:
    """(translated label, value as people read it) for each detail that has a value."""
    items = []
    for key, value in (details or {}).items():
        if value is None or value == "":
            continue
        items.append((_detail_label(key), _detail_value(key, value)))
    return items


def _detail_label(key: str) -> str:
    label = DETAILS.get(key)
    return str(label) if label is not None else key


def _detail_value(key: str, value) -> str:
    if isinstance(value, list) and len(value) == 2 and not isinstance(value[0], list | dict):
        return f"{_detail_value(key, value[0])} → {_detail_value(key, value[1])}"  # before → after
    if isinstance(value, list):
        return ", ".join(_detail_value(key, item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{_detail_label(k)}: {_detail_value(k, v)}" for k, v in value.items())
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(_l("yes") if value else _l("no"))
    if key == "role" and value in ROLE_NAMES:
        return str(ROLE_NAMES[value])
    if key == "region" and isinstance(value, str):
        return region_name(value)
    if key in MOMENTS and isinstance(value, str):
        try:
            return local_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and value in VALUES:
        return str(VALUES[value])
    return str(value)

"""The audit log: who did what, when, for every action an administrator takes."""

from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from database import UTCDateTime
from extensions import db
from localization import utcnow


class AuditEvent(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    # Kept as text too, so the record survives the account's removal.
    actor_email: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict | None] = mapped_column(JSON)


def record(action: str, target: str, details: dict | None = None, actor=None) -> AuditEvent:
    """Add an audit event to the session; it is committed with the change it describes."""
    actor = actor if actor is not None else current_user
    signed_in = getattr(actor, "is_authenticated", False)
    event = AuditEvent(
        actor_id=actor.id if signed_in else None,
        actor_email=actor.email if signed_in else "system",
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


# What people read on the audit page: actions, the names of details and codes among their
# values, in the page's language (unknown ones as they are).
ACTION_LABELS = {
    "user.create": _l("Account created"),
    "user.update": _l("Account changed"),
    "user.disable": _l("Account disabled"),
    "user.import": _l("Accounts imported"),
    "user.password_link": _l("Password link sent"),
    "user.set_password": _l("Password set"),
    "api_token.create": _l("API token created"),
    "api_token.revoke": _l("API token revoked"),
    "module.create": _l("Module created"),
    "module.edit": _l("Module settings changed"),
    "module.publish": _l("Module published"),
    "module.unpublish": _l("Module unpublished"),
    "module.assign": _l("Module assigned"),
    "module.unassign": _l("Assignment removed"),
    "lesson.add": _l("Lesson added"),
    "lesson.edit": _l("Lesson changed"),
    "lesson.move": _l("Lesson moved"),
    "lesson.delete": _l("Lesson deleted"),
    "category.add": _l("Question category added"),
    "category.edit": _l("Question category changed"),
    "category.move": _l("Question category moved"),
    "category.delete": _l("Question category deleted"),
    "question.add": _l("Question added"),
    "question.edit": _l("Question changed"),
    "question.revise": _l("Question replaced by a new version"),
    "question.retire": _l("Question retired"),
    "certificate.revoke": _l("Certificate revoked"),
    "survey.create": _l("Survey created"),
    "survey.update": _l("Survey settings changed"),
    "survey.import": _l("Survey imported"),
    "survey.question.create": _l("Survey question added"),
    "survey.question.update": _l("Survey question changed"),
    "survey.question.move": _l("Survey question moved"),
    "survey.question.delete": _l("Survey question deleted"),
    "population.upload": _l("Population table uploaded"),
    "simulation.create": _l("Simulated data created"),
    "simulation.clear": _l("Simulated data deleted"),
    "wave.open": _l("Survey wave opened"),
    "wave.close": _l("Survey wave closed"),
    "invitations.create": _l("Invitation codes created"),
    "surveys.retention": _l("Old survey marks deleted"),
    "kiosk.issue": _l("Kiosk link issued"),
    "kiosk.enrol": _l("Kiosk device enrolled"),
}
DETAIL_LABELS = {
    "role": _l("role"),
    "region": _l("region"),
    "organisation": _l("organisation"),
    "language": _l("language"),
    "name": _l("name"),
    "email": _l("e-mail"),
    "active": _l("active"),
    "published": _l("published"),
    "from": _l("from"),
    "by": _l("by"),
    "due_on": _l("due date"),
    "renewal_months": _l("renewal (months)"),
    "assignment": _l("assignment"),
    "reason": _l("reason"),
    "holder": _l("holder"),
    "module": _l("module"),
    "created": _l("created"),
    "rejected": _l("rejected"),
    "title": _l("title"),
    "summary": _l("summary"),
    "body": _l("text"),
    "topic": _l("topic"),
    "minutes": _l("minutes"),
    "pass_mark": _l("pass mark"),
    "max_attempts": _l("attempts"),
    "draw": _l("drawn per test"),
    "category": _l("category"),
    "lesson": _l("lesson"),
    "question": _l("question"),
    "version": _l("new version"),
    "changed": _l("changed"),
    "count": _l("count"),
    "responses": _l("responses"),
    "until": _l("until"),
    "questions": _l("questions"),
    "position": _l("position"),
    "changes": _l("changes"),
    "audience": _l("audience"),
}
VALUE_LABELS = {
    True: _l("yes"),
    False: _l("no"),
    None: "—",
    "admin": _l("administrator"),
    "analyst": _l("analyst"),
    "civil_servant": _l("civil servant"),
    "upload": _l("an uploaded file"),
    "editor": _l("the editor"),
    "command_line": _l("the command line"),
    "link": _l("a password link"),
}
ACTOR_LABELS = {"system": _l("the system"), "command-line": _l("the command line")}


def _shown(value) -> str:
    if isinstance(value, list) and len(value) == 2 and not isinstance(value[0], list | dict):
        return f"{_shown(value[0])} → {_shown(value[1])}"
    if isinstance(value, list):
        return ", ".join(_shown(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_shown(text)}" for key, text in value.items())
    if isinstance(value, bool | None) or value in VALUE_LABELS:
        return str(VALUE_LABELS.get(value, value))
    return str(value)


def described(event: AuditEvent) -> dict:
    """The event as the audit page shows it: translated action, actor and details."""
    details = [
        (str(DETAIL_LABELS.get(key, key)), _shown(value))
        for key, value in (event.details or {}).items()
    ]
    return {
        "action": str(ACTION_LABELS.get(event.action, event.action)),
        "actor": str(ACTOR_LABELS.get(event.actor_email, event.actor_email)),
        "details": details,
    }

"""The audit log: who did what, when, for every action an administrator takes."""

from datetime import datetime

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

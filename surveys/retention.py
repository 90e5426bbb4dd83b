"""Retention: the marks that keep one response per respondent are deleted once they are useless.

While a wave is open, a browser's keyed-hash mark, the hashes of invitation codes and the API's
Idempotency-Keys stop double answers. Once the wave has closed they protect nothing, and
deleting them removes the last trace that a given browser, code or client took part.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from accounts.audit import record
from extensions import db
from localization import utcnow
from surveys.models import FormToken, IdempotencyKey, Invitation, RespondentMark, Response, Wave

# A one-time form token only has to outlive the page that carried it.
FORM_TOKEN_DAYS = 2


@dataclass(frozen=True)
class Purged:
    respondent_marks: int
    invitations: int
    idempotency_keys: int
    form_tokens: int

    @property
    def total(self) -> int:
        return self.respondent_marks + self.invitations + self.idempotency_keys + self.form_tokens


def purge_marks(now: datetime | None = None, dry_run: bool = False, actor=None) -> Purged:
    """Delete marks of closed waves and old form tokens, in one transaction (audited)."""
    now = now or utcnow()
    closed = db.select(Wave.id).where(Wave.closes_at <= now)
    closed_responses = db.select(Response.id).where(Response.wave_id.in_(closed))
    statements = {
        "respondent_marks": db.delete(RespondentMark).where(RespondentMark.wave_id.in_(closed)),
        "invitations": db.delete(Invitation).where(Invitation.wave_id.in_(closed)),
        "idempotency_keys": db.delete(IdempotencyKey).where(
            IdempotencyKey.response_id.in_(closed_responses)
        ),
        "form_tokens": db.delete(FormToken).where(
            FormToken.used_on < (now - timedelta(days=FORM_TOKEN_DAYS)).date()
        ),
    }
    counts = {
        name: db.session.execute(statement.execution_options(synchronize_session=False)).rowcount
        for name, statement in statements.items()
    }
    purged = Purged(**counts)
    if dry_run:
        db.session.rollback()
        return purged
    record("surveys.retention", "closed waves", counts, actor=actor)
    db.session.commit()
    return purged

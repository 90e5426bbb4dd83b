"""My learning: the published modules assigned to a learner, with where each stands."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app

from accounts.models import User
from extensions import db
from localization import utcnow
from training.assignments import Terms, assignment_terms
from training.dates import local_today
from training.models import Certificate, Module
from training.progress import Progress, certificate_of, load_progress

DUE_SOON_DAYS = 14


@dataclass
class LearningItem:
    module: Module
    terms: Terms
    progress: Progress
    status: str  # not_started, in_progress, overdue, completed, expired, revoked, no_attempts_left
    certificate: Certificate | None = None
    # What deadlines call for: late (an expired certificate too: its renewal is due; revoked
    # or no attempts left once past the due date), due within DUE_SOON_DAYS, or a valid
    # certificate ending within TRAINING_EXPIRY_NOTICE_DAYS.
    overdue: bool = False
    due_soon: bool = False
    expiring: bool = False

    @property
    def completed(self) -> bool:
        return self.status == "completed"

    @property
    def started(self) -> bool:
        return self.progress.enrollment is not None and not self.completed


def learning_item(module: Module, terms: Terms, progress: Progress, now: datetime) -> LearningItem:
    today = local_today(now)
    status = learning_status(progress, terms, now)
    certificate = progress.certificate
    if certificate is None and progress.previous is not None:
        certificate = certificate_of(progress.previous)
    overdue = status in ("overdue", "expired") or (
        status in ("revoked", "no_attempts_left") and today > terms.due_on
    )
    soon = today + timedelta(days=DUE_SOON_DAYS)
    until = certificate.valid_until if status == "completed" and certificate else None
    notice = timedelta(days=int(current_app.config["TRAINING_EXPIRY_NOTICE_DAYS"]))
    return LearningItem(
        module,
        terms,
        progress,
        status,
        certificate,
        overdue=overdue,
        due_soon=status != "completed" and not overdue and today <= terms.due_on <= soon,
        expiring=until is not None and now < until <= now + notice,
    )


def learning_status(progress: Progress, terms: Terms, now: datetime) -> str:
    step = progress.next_step.kind
    if progress.enrollment is None:
        if progress.previous is not None:
            previous = certificate_of(progress.previous)
            return "revoked" if previous and previous.status(now) == "revoked" else "expired"
        started = False
    else:
        if step == "completed":
            return "completed"
        if step == "no_attempts_left":
            return "no_attempts_left"
        started = True
    if local_today(now) > terms.due_on:
        return "overdue"
    return "in_progress" if started else "not_started"


def my_learning_items(user: User, now: datetime | None = None) -> list[LearningItem]:
    """The published modules assigned to ``user``, with where they stand."""
    now = now or utcnow()
    items = []
    for module_id, terms in assignment_terms(user).items():
        module = db.session.get(Module, module_id)
        if module is None or not module.published:
            continue
        items.append(learning_item(module, terms, load_progress(user, module, now), now))
    return sorted(items, key=lambda item: (item.status == "completed", item.terms.due_on))


def certificates_of(user: User) -> list[Certificate]:
    return list(
        db.session.execute(
            db.select(Certificate).filter_by(user_id=user.id).order_by(Certificate.issued_at.desc())
        ).scalars()
    )

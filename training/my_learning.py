"""My learning: the published modules assigned to a learner, with where each stands."""

from dataclasses import dataclass
from datetime import datetime

from accounts.models import User
from extensions import db
from localization import utcnow
from training.assignments import Terms, assignment_terms
from training.dates import local_today
from training.models import Certificate, Module
from training.progress import Progress, certificate_of, load_progress


@dataclass
class LearningItem:
    module: Module
    terms: Terms
    progress: Progress
    status: str  # not_started, in_progress, overdue, completed, expired, revoked, no_attempts_left
    certificate: Certificate | None = None


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
        progress = load_progress(user, module, now)
        certificate = progress.certificate
        if certificate is None and progress.previous is not None:
            certificate = certificate_of(progress.previous)
        status = learning_status(progress, terms, now)
        items.append(LearningItem(module, terms, progress, status, certificate))
    return sorted(items, key=lambda item: (item.status == "completed", item.terms.due_on))


def certificates_of(user: User) -> list[Certificate]:
    return list(
        db.session.execute(
            db.select(Certificate).filter_by(user_id=user.id).order_by(Certificate.issued_at.desc())
        ).scalars()
    )

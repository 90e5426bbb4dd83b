"""Who must take which module by when: assignments to a role, a region and/or an organisation,
and the terms (earliest due date, shortest renewal) they set for one learner."""

from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l

from accounts.audit import record
from accounts.models import Region, Role, User
from extensions import db
from training.dates import local_today
from training.errors import AssignmentError, NotAssigned, NotPublished, TrainingError
from training.models import Assignment, Module


@dataclass
class Terms:
    """What a learner's assignments of one module ask: the earliest due date, the renewal."""

    due_on: date
    renewal_months: int | None


def assignment_terms(user: User, assignments: list[Assignment] | None = None) -> dict[int, Terms]:
    """Per module id, the terms of every assignment (default: all of them) that matches ``user``."""
    if assignments is None:
        assignments = list(db.session.execute(db.select(Assignment)).scalars())
    terms: dict[int, Terms] = {}
    for assignment in assignments:
        if not assignment.matches(user):
            continue
        current = terms.get(assignment.module_id)
        if current is None:
            terms[assignment.module_id] = Terms(assignment.due_on, assignment.renewal_months)
            continue
        current.due_on = min(current.due_on, assignment.due_on)
        renewals = [m for m in (current.renewal_months, assignment.renewal_months) if m]
        current.renewal_months = min(renewals) if renewals else None
    return terms


def check_access(user: User, module: Module) -> Terms:
    """The learner's terms for a module they may take; NotPublished or NotAssigned otherwise."""
    if not module.published:
        raise NotPublished()
    terms = assignment_terms(user).get(module.id)
    if terms is None:
        raise NotAssigned()
    return terms


def create_assignment(
    module: Module,
    due_on: date | None,
    actor,
    role: str | None = None,
    region: Region | None = None,
    organisation: str | None = None,
    renewal_months: int | None = None,
    today: date | None = None,
) -> Assignment:
    organisation = (organisation or "").strip() or None
    role = role or None
    if role is None and region is None and organisation is None:
        raise AssignmentError(_l("Choose a role, a region or an organisation (or several)."))
    if role is not None and role not in set(Role):
        raise AssignmentError(_l("Choose a role from the list."))
    if due_on is None:
        raise AssignmentError(_l("Enter a due date."))
    if due_on < (today or local_today()):
        raise AssignmentError(_l("The due date cannot be in the past."))
    if renewal_months is not None and not 1 <= renewal_months <= 120:
        raise AssignmentError(_l("Renewal must be between 1 and 120 months, or left empty."))
    assignment = Assignment(
        module=module,
        role=role,
        region=region,
        organisation=organisation,
        due_on=due_on,
        renewal_months=renewal_months,
        created_by_id=getattr(actor, "id", None),
    )
    db.session.add(assignment)
    record(
        "module.assign",
        module.slug,
        {
            "role": role,
            "region": region.code if region else None,
            "organisation": organisation,
            "due_on": due_on.isoformat(),
            "renewal_months": renewal_months,
        },
        actor=actor,
    )
    db.session.commit()
    return assignment


def delete_assignment(assignment_id: int, actor) -> None:
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None:
        raise TrainingError(_l("This assignment no longer exists."))
    record(
        "module.unassign",
        assignment.module.slug,
        {"assignment": assignment.id, "due_on": assignment.due_on.isoformat()},
        actor=actor,
    )
    db.session.delete(assignment)
    db.session.commit()


def all_assignments() -> list[Assignment]:
    return list(
        db.session.execute(
            db.select(Assignment).order_by(Assignment.due_on, Assignment.id)
        ).scalars()
    )

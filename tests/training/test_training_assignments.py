"""Assignments: who is assigned, My learning statuses, overdue, renewal and expiry; admin pages."""

from datetime import UTC, date, datetime, timedelta

import pytest

from accounts.audit import AuditEvent
from accounts.models import Region, User
from extensions import db
from localization import local_time, utcnow
from tests.training.helpers import learner_and_module, seeded, take_module
from training.assignments import assignment_terms, create_assignment
from training.attempts import start_attempt
from training.dates import add_months, local_today
from training.models import Assignment, Attempt, AttemptItem, Certificate, Enrollment, Module
from training.my_learning import my_learning_items


def assign(app, module_id, due_on=None, **criteria):
    with app.app_context():
        module = db.session.get(Module, module_id)
        region = criteria.pop("region", None)
        if region:
            region = db.session.execute(db.select(Region).filter_by(code=region)).scalar_one()
        return create_assignment(
            module, due_on or local_today() + timedelta(days=10), None, region=region,
            **criteria,
        ).id  # fmt: skip


def pass_module(app, user_id, module_id, now=None):
    with app.app_context():
        return take_module(user_id, module_id, now=now).certificate.code


def statuses(app, user_id, now=None):
    with app.app_context():
        user = db.session.get(User, user_id)
        return {item.module.slug: item.status for item in my_learning_items(user, now)}


def test_every_set_criterion_must_match(app, make_module, make_user):
    module_id = make_module(assign_role=None)
    assign(app, module_id, role="civil_servant", region="KZ-35", organisation="Karaganda Akimat")
    match = make_user(region="KZ-35", organisation="  karaganda akimat ")
    other_region = make_user(region="KZ-71", organisation="Karaganda Akimat")
    other_org = make_user(region="KZ-35", organisation="Astana Akimat")
    analyst = make_user(role="analyst", region="KZ-35", organisation="Karaganda Akimat")
    assert statuses(app, match["id"]) == {"test-integrity": "not_started"}
    for user in (other_region, other_org, analyst):
        assert statuses(app, user["id"]) == {}


def test_earliest_due_date_and_shortest_renewal_apply(app, make_module, learner):
    module_id = make_module(assign_role=None)
    today = date(2030, 1, 1)
    with app.app_context():
        module = db.session.get(Module, module_id)
        create_assignment(module, date(2030, 3, 1), None, role="civil_servant",
                                  renewal_months=24, today=today)  # fmt: skip
        create_assignment(module, date(2030, 2, 1), None, organisation="x",
                                  renewal_months=6, today=today)  # fmt: skip
        region = db.session.execute(db.select(Region).filter_by(code="KZ-35")).scalar_one()
        create_assignment(module, date(2030, 2, 15), None, region=region,
                                  renewal_months=12, today=today)  # fmt: skip
        terms = assignment_terms(db.session.get(User, learner["id"]))[module_id]
        assert (terms.due_on, terms.renewal_months) == (date(2030, 2, 15), 12)


def test_statuses_not_started_in_progress_overdue_completed(app, make_module, learner):
    module_id = make_module()
    assert statuses(app, learner["id"]) == {"test-integrity": "not_started"}
    with app.app_context():
        user, module = learner_and_module(learner["id"], module_id)
        start_attempt(user, module, "pre", rng=seeded())
    assert statuses(app, learner["id"]) == {"test-integrity": "in_progress"}
    with app.app_context():
        assignment = db.session.execute(db.select(Assignment)).scalar_one()
        assignment.due_on = local_today() - timedelta(days=1)
        db.session.commit()
    assert statuses(app, learner["id"]) == {"test-integrity": "overdue"}
    with app.app_context():
        for model in (AttemptItem, Attempt, Enrollment):
            db.session.execute(db.delete(model))
        db.session.commit()
    # Overdue before starting too; the day itself is not overdue (Kazakhstan's calendar).
    assert statuses(app, learner["id"]) == {"test-integrity": "overdue"}
    with app.app_context():
        assignment = db.session.execute(db.select(Assignment)).scalar_one()
        assignment.due_on = local_today()
        db.session.commit()
    assert statuses(app, learner["id"]) == {"test-integrity": "not_started"}
    pass_module(app, learner["id"], module_id)
    assert statuses(app, learner["id"]) == {"test-integrity": "completed"}


def test_overdue_uses_kazakhstan_date():
    # 20:00 UTC on 1 March is already 2 March in Almaty (UTC+5).
    assert local_today(datetime(2027, 3, 1, 20, 0, tzinfo=UTC)) == date(2027, 3, 2)


def test_renewal_expires_the_completion_and_the_certificate(
    app, client, auth, make_module, learner
):
    module_id = make_module(assign_role=None)
    assign(app, module_id, role="civil_servant", renewal_months=12)
    issued = (utcnow() - timedelta(days=400)).replace(microsecond=0)
    code = pass_module(app, learner["id"], module_id, now=issued)
    with app.app_context():
        certificate = db.session.execute(db.select(Certificate)).scalar_one()
        assert certificate.valid_until == add_months(issued, 12)
        valid_until = certificate.valid_until
    just_before = valid_until - timedelta(minutes=1)
    assert statuses(app, learner["id"], now=just_before) == {"test-integrity": "completed"}
    assert statuses(app, learner["id"], now=valid_until) == {"test-integrity": "expired"}
    assert statuses(app, learner["id"]) == {"test-integrity": "expired"}  # today is later
    auth.login(learner["email"])
    page = client.get("/learning").get_data(as_text=True)
    assert "Expired: renewal due" in page and "Take it again" in page
    assert local_time(valid_until, "%Y-%m-%d") in page
    assert "This certificate has expired." in client.get(f"/verify/{code}").get_data(as_text=True)
    # Renewal: the module starts again from the pre-test, in a new enrolment.
    response = client.get("/training/test-integrity")
    assert response.headers["Location"].endswith("/training/test-integrity/pre-test")
    client.post("/training/test-integrity/pre-test")
    with app.app_context():
        cycles = db.session.execute(db.select(Enrollment.cycle).order_by(Enrollment.cycle))
        assert list(cycles.scalars()) == [1, 2]
    assert statuses(app, learner["id"]) == {"test-integrity": "in_progress"}


def test_a_revoked_certificate_sends_the_learner_back(app, client, auth, make_module, learner):
    module_id = make_module()
    code = pass_module(app, learner["id"], module_id)
    with app.app_context():
        from training.certificates import revoke_certificate

        revoke_certificate(code, "answers shared", None)
    assert statuses(app, learner["id"]) == {"test-integrity": "revoked"}
    auth.login(learner["email"])
    assert "Certificate revoked" in client.get("/learning").get_data(as_text=True)


def test_admin_assigns_a_module_and_it_is_audited(app, client, auth, make_module, make_user):
    module_id = make_module(assign_role=None)
    admin = make_user(role="admin")
    auth.login(admin["email"])
    page = client.get("/admin/training/assignments").get_data(as_text=True)
    assert "Integrity basics" in page and "Karaganda Region (KZ-35)" in page
    with app.app_context():
        region_id = db.session.execute(db.select(Region.id).filter_by(code="KZ-35")).scalar_one()
    due = (local_today() + timedelta(days=20)).isoformat()
    response = client.post(
        "/admin/training/assignments",
        data={"module": module_id, "role": "civil_servant", "region": region_id,
              "organisation": "", "due_on": due, "renewal_months": "12"},
    )  # fmt: skip
    assert response.status_code == 302
    with app.app_context():
        assignment = db.session.execute(db.select(Assignment)).scalar_one()
        assert (assignment.role, assignment.region_id, assignment.organisation) == (
            "civil_servant",
            region_id,
            None,
        )
        assert assignment.renewal_months == 12 and assignment.due_on.isoformat() == due
        event = db.session.execute(db.select(AuditEvent)).scalar_one()
        assert (event.action, event.target, event.actor_email) == (
            "module.assign",
            "test-integrity",
            admin["email"],
        )
        assert event.details["region"] == "KZ-35" and event.details["renewal_months"] == 12
        assignment_id = assignment.id
    assert client.post(f"/admin/training/assignments/{assignment_id}/delete").status_code == 302
    with app.app_context():
        assert db.session.execute(db.select(Assignment)).first() is None
        actions = db.session.execute(db.select(AuditEvent.action).order_by(AuditEvent.id))
        assert list(actions.scalars()) == ["module.assign", "module.unassign"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"role": "", "region": "", "organisation": ""},
            "Choose a role, a region or an organisation",
        ),
        ({"role": "civil_servant", "due_on": "2001-01-01"}, "The due date cannot be in the past."),
        ({"role": "civil_servant", "due_on": ""}, "This field is required."),
        ({"role": "civil_servant", "renewal_months": "0"}, "Number must be between 1 and 120."),
        ({"role": "wizard"}, "Not a valid choice."),
    ],
)
def test_assignment_form_errors(app, client, auth, make_module, make_user, data, message):
    module_id = make_module(assign_role=None)
    auth.login(make_user(role="admin")["email"])
    form = {"module": module_id, "due_on": (local_today() + timedelta(days=3)).isoformat()}
    response = client.post("/admin/training/assignments", data={**form, **data})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page and 'class="error-summary"' in page
    with app.app_context():
        assert db.session.execute(db.select(Assignment)).first() is None
        assert db.session.execute(db.select(AuditEvent)).first() is None


def test_only_admins_manage_assignments(client, auth, make_module, learner, make_user):
    make_module()
    auth.login(learner["email"])
    assert client.get("/admin/training/assignments").status_code == 403
    assert client.post("/admin/training/assignments", data={}).status_code == 403
    auth.logout()
    auth.login(make_user(role="analyst")["email"])
    assert client.get("/admin/training/assignments").status_code == 403

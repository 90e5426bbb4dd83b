from accounts.audit import AuditEvent, record
from accounts.models import User
from extensions import db


def test_cli_changes_are_audited(app, runner, regions):
    runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "n@adal.example",
            "--name",
            "N",
            "--role",
            "analyst",
            "--password",
            "long-enough",
        ]
    )
    runner.invoke(args=["users", "disable", "n@adal.example"])
    with app.app_context():
        events = db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id)).scalars().all()
        assert [(e.action, e.target, e.actor_email) for e in events] == [
            ("user.create", "n@adal.example", "command-line"),
            ("user.disable", "n@adal.example", "command-line"),
        ]
        assert events[0].details == {"role": "analyst"}


def test_admin_reads_audit_log_others_cannot(app, client, auth, make_user):
    admin = make_user(role="admin")
    analyst = make_user(role="analyst")
    with app.app_context():
        record(
            "wave.close",
            "citizens-2026 / 2026-Q4",
            {"responses": 812},
            actor=db.session.get(User, admin["id"]),
        )
        db.session.commit()
    auth.login(analyst["email"])
    assert client.get("/admin/audit").status_code == 403
    auth.logout()
    auth.login(admin["email"])
    page = client.get("/admin/audit").get_data(as_text=True)
    assert "wave.close" in page and "citizens-2026 / 2026-Q4" in page and admin["email"] in page
    assert "responses: 812" in page
    filtered = client.get("/admin/audit?action=user.create").get_data(as_text=True)
    assert "wave.close" not in filtered.split("<tbody>")[1]


def test_every_audited_action_has_a_name_people_read():
    """The audit page names each action in the page's language: none is left as a code."""
    import re
    from pathlib import Path

    from accounts.audit import ACTION_LABELS

    root = Path(__file__).resolve().parents[2]
    recorded = set()
    for folder in ("accounts", "surveys", "training", "trends", "simulation"):
        for path in (root / folder).rglob("*.py"):
            recorded |= set(re.findall(r'record\(\s*"([a-z_.]+)"', path.read_text("utf-8")))
    assert {"lesson.delete", "survey.question.move", "wave.open"} <= recorded
    assert sorted(recorded - set(ACTION_LABELS)) == []

import ast
from pathlib import Path

import pytest

from accounts.audit import ACTIONS, AuditEvent, record
from accounts.models import User
from extensions import db

ROOT = Path(__file__).resolve().parents[2]


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
    assert "Closed a survey wave" in page and "citizens-2026 / 2026-Q4" in page
    assert admin["email"] in page and "Responses: 812" in page
    filtered = client.get("/admin/audit?action=user.create").get_data(as_text=True)
    assert "Closed a survey wave" not in filtered.split("<tbody>")[1]


def recorded_actions() -> dict[str, str]:
    """Every action code passed to ``record(...)`` in the application's code, and where."""
    found = {}
    for path in ROOT.glob("**/*.py"):
        if any(part in (".venv", "tests", "benches", "migrations") for part in path.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "record":
                for constant in ast.walk(node.args[0]):
                    if isinstance(constant, ast.Constant) and isinstance(constant.value, str):
                        found[constant.value] = str(path.relative_to(ROOT))
    return found


def test_every_recorded_action_reads_as_a_sentence():
    actions = recorded_actions()
    assert {"module.assign", "module.unpublish", "certificate.revoke", "wave.close"} <= set(actions)
    missing = {code: where for code, where in actions.items() if code not in ACTIONS}
    assert not missing, f"add these to accounts.audit.ACTIONS: {missing}"


@pytest.mark.parametrize(
    ("language", "action", "detail", "actor"),
    [
        ("kk", "Оқу модулі тағайындалды", "Өңір: Қарағанды облысы (KZ-35)", "пәрмен жолы"),
        (
            "ru",
            "Назначен учебный модуль",
            "Регион: Карагандинская область (KZ-35)",
            "командная строка",
        ),
    ],
)
def test_the_audit_log_speaks_the_readers_language(
    app, client, auth, make_user, runner, language, action, detail, actor
):
    admin = make_user(role="admin")
    with app.app_context():
        record(
            "module.assign",
            "conflict-of-interest",
            {
                "role": "civil_servant",
                "region": "KZ-35",
                "organisation": None,
                "due_on": "2027-01-04",
            },
            actor=db.session.get(User, admin["id"]),
        )
        db.session.commit()
    runner.invoke(args=["users", "disable", "nobody@adal.example"])  # refused: not audited
    runner.invoke(
        args=["users", "create", "--email", "n@adal.example", "--name", "N", "--role", "analyst",
              "--password", "long-enough"]
    )  # fmt: skip
    auth.login(admin["email"])
    page = client.get(f"/admin/audit?lang={language}").get_data(as_text=True)
    table = page.split("<tbody>")[1]
    assert action in table and detail in table and actor in table
    assert "None" not in page and "module.assign" not in table.replace("action=module.assign", "")
    assert "civil_servant" not in table and "organisation" not in table and "due_on" not in table
    assert '<time datetime="' in table and "2027-01-04" in table

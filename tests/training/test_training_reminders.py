"""Reminders by e-mail through a real SMTP server on loopback (aiosmtpd): before a due date,
before a certificate ends, and the admins' weekly summary; in the person's language, each once,
and none lost when the server is down."""

from datetime import timedelta

import pytest

from accounts.models import User
from extensions import db
from localization import utcnow
from tests.training.helpers import take_module
from training.dates import local_today
from training.models import Assignment, Certificate, Reminder


@pytest.fixture
def mail_app(make_app, mail_server):
    return make_app(**mail_server.settings)


def remind(app):
    return app.test_cli_runner().invoke(args=["training", "remind"])


def set_language(app, user_id, language):
    with app.app_context():
        db.session.get(User, user_id).language = language
        db.session.commit()


def due_in(app, days):
    with app.app_context():
        for assignment in db.session.execute(db.select(Assignment)).scalars():
            assignment.due_on = local_today() + timedelta(days=days)
        db.session.commit()


def test_each_reminder_is_sent_once_in_the_persons_language(
    mail_app, mail_server, make_user, make_module, learner
):
    mail_server.start()
    make_module()
    due_in(mail_app, 5)
    set_language(mail_app, learner["id"], "kk")
    admin = make_user(role="admin", email="boss@adal.example")
    set_language(mail_app, admin["id"], "ru")
    result = remind(mail_app)
    assert result.exit_code == 0, result.output
    assert "Reminders: 2 sent in 2 e-mails" in result.output
    [reminder] = mail_server.to(learner["email"])
    assert reminder["Subject"] == "Адал: оқу мерзімдері"
    body = reminder.get_content()
    assert (
        "Integrity basics (қаз)" in body and (local_today() + timedelta(days=5)).isoformat() in body
    )
    assert "/learning?lang=kk" in body
    [summary] = mail_server.to("boss@adal.example")
    assert summary["Subject"] == "Адал: обучение за неделю"
    assert "Просрочено: 0" in summary.get_content()
    again = remind(mail_app)
    assert again.exit_code == 0 and "Reminders: 0 sent" in again.output
    assert len(mail_server.messages) == 2


def test_nothing_is_owed_far_from_the_due_date_or_once_completed(
    mail_app, mail_server, make_module, learner
):
    mail_server.start()
    module_id = make_module()
    due_in(mail_app, 20)  # beyond TRAINING_DUE_REMINDER_DAYS (7)
    assert "Reminders: 0 sent" in remind(mail_app).output
    due_in(mail_app, 3)
    with mail_app.app_context():
        take_module(learner["id"], module_id)  # completed, no renewal: nothing to remind
    assert "Reminders: 0 sent" in remind(mail_app).output
    assert mail_server.messages == []


def test_a_certificate_ending_soon_is_reminded_once(mail_app, mail_server, make_module, learner):
    mail_server.start()
    module_id = make_module()
    with mail_app.app_context():
        take_module(learner["id"], module_id)
        certificate = db.session.execute(db.select(Certificate)).scalar_one()
        certificate.valid_until = utcnow() + timedelta(days=10)
        db.session.commit()
    assert remind(mail_app).exit_code == 0
    [mail] = mail_server.to(learner["email"])
    assert "Certificates ending soon" in mail.get_content() or "Сертификаты" in mail.get_content()
    remind(mail_app)
    assert len(mail_server.to(learner["email"])) == 1


def test_a_server_that_is_down_loses_nothing_and_sends_nothing_twice(
    mail_app, mail_server, make_user, make_module, learner
):
    make_module()
    due_in(mail_app, 2)
    make_user(role="admin", email="boss@adal.example")
    down = remind(mail_app)
    assert down.exit_code == 1 and "cannot reach 127.0.0.1" in down.output
    with mail_app.app_context():
        rows = db.session.execute(db.select(Reminder)).scalars().all()
        assert len(rows) == 2 and all(r.sent_at is None and r.failures == 1 for r in rows)
        assert all(r.claimed_until is None for r in rows)
    assert remind(mail_app).exit_code == 1  # still down: tried again, still waiting
    mail_server.start()
    up = remind(mail_app)
    assert up.exit_code == 0, up.output
    assert len(mail_server.to(learner["email"])) == 1
    assert len(mail_server.to("boss@adal.example")) == 1
    remind(mail_app)
    assert len(mail_server.messages) == 2
    with mail_app.app_context():
        rows = db.session.execute(db.select(Reminder)).scalars().all()
        assert all(r.sent_at is not None and r.failures == 2 for r in rows)


def test_a_reminder_held_by_another_run_is_not_sent_twice(
    mail_app, mail_server, make_module, learner
):
    from training.reminders import send_reminders

    mail_server.start()
    make_module()
    due_in(mail_app, 2)
    with mail_app.app_context():
        first = utcnow()
        send_reminders(first)  # sends it
        row = db.session.execute(db.select(Reminder)).scalar_one()
        row.sent_at, row.claimed_until = None, first + timedelta(minutes=10)  # "being sent"
        db.session.commit()
        assert send_reminders(first + timedelta(minutes=1)).sent == 0
    assert len(mail_server.messages) == 1


def test_remind_needs_a_mail_server(app, runner):
    result = runner.invoke(args=["training", "remind"])
    assert result.exit_code != 0 and "no mail server is configured" in result.output

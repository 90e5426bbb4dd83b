"""Reminders by e-mail, sent by ``flask training remind`` (run it from cron, e.g. daily).

- a learner, before a due date (TRAINING_DUE_REMINDER_DAYS) and before a certificate ends
  (TRAINING_EXPIRY_NOTICE_DAYS), in the learner's language, one e-mail with all they owe;
- every active admin, once a week, a summary of the compliance report.

Each reminder is a row of ``Reminder``, made once (unique kind, person, subject) and marked
sent when the mail server has taken it. A run holds the rows it sends for a while
(``claimed_until``), so two runs at once never both send one. When the server is down or
refuses a mail, the row stays unsent and the next run tries again, while it is still owed:
none lost, none sent twice. (A run killed between the server's "OK" and the commit would
send that one again: once the server has a mail, we cannot take it back.)
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite

from accounts.mail import MailError, mail_server, message
from accounts.models import Role, User
from extensions import db
from links import external_url
from localization import localized, utcnow
from training.compliance import compliance_rows, summarise
from training.dates import local_today
from training.models import Reminder

DUE_SOON = "due_soon"
EXPIRING = "certificate_expiring"
SUMMARY = "admin_summary"
HOLD = timedelta(minutes=15)  # how long a run keeps the rows it is sending to itself


@dataclass
class Owed:
    kind: str
    user: User
    subject: str  # what it is about, unique per person and kind
    row: object = None  # the ComplianceRow it is about (learners' reminders)


@dataclass
class RunReport:
    sent: int = 0  # e-mails the server took
    reminders: int = 0  # reminders they carried
    failed: list[str] = field(default_factory=list)  # why mails were not sent
    owed: int = 0


def owed_reminders(now: datetime) -> list[Owed]:
    """Every reminder due now, sent before or not."""
    today = local_today(now)
    due_days = int(current_app.config["TRAINING_DUE_REMINDER_DAYS"])
    owed = []
    for row in compliance_rows(now=now):
        if not (row.completed or row.overdue) and today <= row.due_on <= today + timedelta(
            days=due_days
        ):
            subject = f"module {row.module.id} due {row.due_on.isoformat()}"
            owed.append(Owed(DUE_SOON, row.user, subject, row))
        if row.expiring:
            owed.append(Owed(EXPIRING, row.user, f"certificate {row.certificate.code}", row))
    year, week, _day = today.isocalendar()
    admins = db.session.execute(
        db.select(User).filter_by(role=Role.ADMIN, active=True).order_by(User.id)
    ).scalars()
    owed += [Owed(SUMMARY, admin, f"week {year}-W{week:02d}") for admin in admins]
    return owed


def _record(owed: list[Owed], now: datetime) -> dict[tuple, Reminder]:
    """The rows of the owed reminders, made where missing (by any run, once)."""
    if owed:
        insert = postgresql.insert if db.engine.dialect.name == "postgresql" else sqlite.insert
        values = [
            {"kind": o.kind, "user_id": o.user.id, "subject": o.subject, "created_at": now,
             "failures": 0}
            for o in owed
        ]  # fmt: skip
        db.session.execute(
            insert(Reminder)
            .values(values)
            .on_conflict_do_nothing(index_elements=["kind", "user_id", "subject"])
        )
        db.session.commit()
    keys = {(o.kind, o.user.id, o.subject) for o in owed}
    rows = db.session.execute(db.select(Reminder).where(Reminder.sent_at.is_(None))).scalars()
    return {
        (r.kind, r.user_id, r.subject): r for r in rows if (r.kind, r.user_id, r.subject) in keys
    }


def _claim(reminder: Reminder, now: datetime) -> bool:
    """Hold an unsent reminder for this run; False when it is sent or another run holds it."""
    claimed = db.session.execute(
        update(Reminder)
        .where(
            Reminder.id == reminder.id,
            Reminder.sent_at.is_(None),
            or_(Reminder.claimed_until.is_(None), Reminder.claimed_until < now),
        )
        .values(claimed_until=now + HOLD)
    )
    db.session.commit()
    return claimed.rowcount == 1


def _finish(reminders: list[Reminder], now: datetime, error: str | None) -> None:
    for reminder in reminders:
        reminder.claimed_until = None
        if error is None:
            reminder.sent_at = now
        else:
            reminder.failures += 1
            reminder.last_error = error[:1000]
    db.session.commit()


def send_reminders(now: datetime | None = None) -> RunReport:
    """Send what is owed and not yet sent; see the module's docstring."""
    now = now or utcnow()
    owed = owed_reminders(now)
    rows = _record(owed, now)
    mails: dict[tuple, list[Owed]] = defaultdict(list)  # one mail per person and audience
    held: dict[tuple, list[Reminder]] = defaultdict(list)
    for item in owed:
        row = rows.get((item.kind, item.user.id, item.subject))
        if row is not None and _claim(row, now):
            key = (item.user.id, item.kind == SUMMARY)
            mails[key].append(item)
            held[key].append(row)
    report = RunReport(owed=sum(len(items) for items in mails.values()))
    if not mails:
        return report
    try:
        with mail_server() as mailer:
            for key, items in mails.items():
                try:
                    mailer.send(_mail(items, now))
                except MailError as error:
                    report.failed.append(f"{items[0].user.email}: {error}")
                    _finish(held.pop(key), now, str(error))
                else:
                    report.sent += 1
                    report.reminders += len(items)
                    _finish(held.pop(key), now, None)
    except MailError as error:  # the server could not be reached: everything waits for next time
        report.failed.append(str(error))
        for reminders in held.values():
            _finish(reminders, now, str(error))
    return report


def _mail(items: list[Owed], now: datetime):
    user = items[0].user
    language = user.language or current_app.config["BABEL_DEFAULT_LOCALE"]
    with force_locale(language):
        if items[0].kind == SUMMARY:
            subject = _("Adal: this week in training")
            body = _summary_body(user, now, language)
        else:
            subject = _("Adal: your training deadlines")
            body = render_template(
                "training/email/reminder.txt",
                user=user,
                due=[item.row for item in items if item.kind == DUE_SOON],
                expiring=[item.row for item in items if item.kind == EXPIRING],
                title=lambda row: localized(row.module.title, language),
                link=external_url("training.my_learning", lang=language),
            )
    return message(user.email, subject, body)


def _summary_body(user: User, now: datetime, language: str) -> str:
    groups, total = summarise(compliance_rows(now=now))
    by_region: dict = defaultdict(int)
    for group in groups:
        if group.overdue:
            name = localized(group.region.names, language) if group.region else None
            by_region[name] += group.overdue
    return render_template(
        "training/email/summary.txt",
        user=user,
        total=total,
        by_region=sorted(by_region.items(), key=lambda item: -item[1]),
        link=external_url("training_admin.compliance_report", lang=language),
    )

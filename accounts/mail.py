"""Outgoing e-mail through the configured SMTP server (smtplib): reminders, password links.

Settings: MAIL_SERVER, MAIL_PORT, MAIL_USE_TLS (STARTTLS), MAIL_USERNAME, MAIL_PASSWORD,
MAIL_FROM, MAIL_TIMEOUT. Without MAIL_SERVER nothing is sent (``mail_configured`` says so).
"""

import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from flask import current_app

from localization import utcnow


class MailError(Exception):
    """The mail server could not be reached, or refused a message; the text says which."""


def mail_configured() -> bool:
    return bool(current_app.config.get("MAIL_SERVER"))


def message(to: str, subject: str, body: str) -> EmailMessage:
    """A plain-text UTF-8 message (Kazakh letters in the subject are encoded as RFC 2047)."""
    sender = current_app.config["MAIL_FROM"]
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = format_datetime(utcnow())
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("> ") or None)
    mail.set_content(body)
    return mail


class Mailer:
    """One open connection to the mail server; ``send`` raises MailError for a refused mail."""

    def __init__(self, smtp: smtplib.SMTP):
        self._smtp = smtp

    def send(self, mail: EmailMessage) -> None:
        try:
            refused = self._smtp.send_message(mail)
        except (smtplib.SMTPException, OSError) as error:
            raise MailError(f"{type(error).__name__}: {error}") from error
        if refused:
            raise MailError(f"refused recipients: {', '.join(refused)}")


@contextmanager
def mail_server() -> Iterator[Mailer]:
    """A connection to MAIL_SERVER for a batch of mails; MailError when it cannot be had."""
    config = current_app.config
    if not mail_configured():
        raise MailError("no mail server is configured (MAIL_SERVER)")
    try:
        smtp = smtplib.SMTP(
            config["MAIL_SERVER"], int(config["MAIL_PORT"]), timeout=float(config["MAIL_TIMEOUT"])
        )
    except (smtplib.SMTPException, OSError) as error:
        raise MailError(
            f"cannot reach {config['MAIL_SERVER']}:{config['MAIL_PORT']}: {error}"
        ) from error
    try:
        try:
            if config["MAIL_USE_TLS"]:
                smtp.starttls(context=ssl.create_default_context())
            if config["MAIL_USERNAME"]:
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
        except (smtplib.SMTPException, OSError) as error:
            raise MailError(f"{type(error).__name__}: {error}") from error
        yield Mailer(smtp)
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def send_mail(to: str, subject: str, body: str) -> None:
    """Send one message now; MailError if it could not be handed to the server."""
    with mail_server() as mailer:
        mailer.send(message(to, subject, body))

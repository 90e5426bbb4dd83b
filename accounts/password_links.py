"""Set-your-password links: signed with SECRET_KEY, valid PASSWORD_LINK_MAX_AGE_HOURS, used once.

A link carries the account's id and a fingerprint of its current password hash. Setting a
password changes the hash, so the link (and every other link sent before) stops matching:
single use without a table of links. Setting it also signs the person out everywhere.
"""

import hashlib
import secrets

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from accounts.audit import record
from accounts.mail import MailError, mail_configured, mail_server, message
from accounts.models import User
from accounts.service import set_password
from extensions import db
from links import external_url

SALT = "adal.set-password"
UNUSABLE_PREFIX = "!"  # a password hash no password matches: check_password_hash is False


class PasswordLinkError(Exception):
    """A link that cannot set a password; ``message`` says why, for the person."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def unusable_password_hash() -> str:
    """For an account whose owner has not chosen a password yet (random: links stay unique)."""
    return UNUSABLE_PREFIX + secrets.token_hex(16)


def has_password(user: User) -> bool:
    return not user.password_hash.startswith(UNUSABLE_PREFIX)


def _fingerprint(user: User) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:20]


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=SALT)


def password_link(user: User) -> str:
    token = _serializer().dumps({"user": user.id, "state": _fingerprint(user)})
    return external_url("accounts.set_password", token=token)


def account_of_link(token: str) -> User:
    """The account a link may set the password of; PasswordLinkError saying why not."""
    max_age = int(current_app.config["PASSWORD_LINK_MAX_AGE_HOURS"]) * 3600
    try:
        data = _serializer().loads(token, max_age=max_age)
    except SignatureExpired as error:
        raise PasswordLinkError(
            _l("This link has expired. Ask your administrator to send you a new one.")
        ) from error
    except BadSignature as error:
        raise PasswordLinkError(
            _l("This link is not valid. Check that you copied the whole address from the e-mail.")
        ) from error
    user_id = data.get("user") if isinstance(data, dict) else None
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None:
        raise PasswordLinkError(_l("This link is not valid. The account no longer exists."))
    if data.get("state") != _fingerprint(user):
        raise PasswordLinkError(
            _l(
                "This link has already been used. Sign in with the password you chose, or ask "
                "your administrator for a new link."
            )
        )
    if not user.active:
        raise PasswordLinkError(
            _l("This account has been disabled. Please contact your administrator.")
        )
    return user


def set_password_with_link(token: str, password: str) -> User:
    """Set the password the link is for, which voids the link and signs out every session."""
    user = account_of_link(token)
    set_password(user, password)
    record("user.set_password", user.email, {"by": "link"}, actor=user)
    db.session.commit()
    return user


def _password_mail(user: User, link: str):
    language = user.language or current_app.config["BABEL_DEFAULT_LOCALE"]
    hours = int(current_app.config["PASSWORD_LINK_MAX_AGE_HOURS"])
    with force_locale(language):
        subject = str(_l("Adal: set your password"))
        body = render_template(
            "accounts/email/password_link.txt", user=user, link=link, hours=hours
        )
    return message(user.email, subject, body)


def send_password_links(users: list[User], actor) -> list[tuple[User, str, str | None]]:
    """E-mail each person a new link, in their language, over one connection. Per person: the
    link and, when it was not sent, why ("not_configured", "failed"): the admin is then
    shown the link, once."""
    sent = []
    for user in users:
        record("user.password_link", user.email, actor=actor)
    db.session.commit()
    links = [(user, password_link(user)) for user in users]
    if not mail_configured():
        return [(user, link, "not_configured") for user, link in links]
    try:
        with mail_server() as mailer:
            for user, link in links:
                try:
                    mailer.send(_password_mail(user, link))
                except MailError as error:
                    current_app.logger.warning(
                        "Password link to %s not sent: %s", user.email, error
                    )
                    sent.append((user, link, "failed"))
                else:
                    sent.append((user, link, None))
    except MailError as error:
        current_app.logger.warning("Password links not sent: %s", error)
        done = {user.id for user, _link, _failure in sent}
        sent += [(user, link, "failed") for user, link in links if user.id not in done]
    return sent

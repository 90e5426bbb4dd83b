"""Operations on accounts, callable without HTTP."""

from functools import cache

from flask import current_app
from werkzeug.security import check_password_hash, generate_password_hash

from accounts.models import Region, Role, User
from extensions import db

MIN_PASSWORD_LENGTH = 8


class AccountError(ValueError):
    """A request to change accounts that cannot be carried out; the message says why."""


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


@cache
def _dummy_hash(method: str) -> str:
    """Checked when the e-mail is unknown, so the answer takes as long as a wrong password."""
    return generate_password_hash("not-a-real-password", method=method)


def find_region(code: str | None) -> Region | None:
    if not code:
        return None
    region = db.session.execute(
        db.select(Region).filter_by(code=code.strip().upper())
    ).scalar_one_or_none()
    if region is None:
        raise AccountError(f"unknown region code {code!r} (expected e.g. KZ-35)")
    return region


def check_password_length(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def create_user(
    email: str,
    full_name: str,
    role: str,
    password: str,
    region_code: str | None = None,
    organisation: str | None = None,
) -> User:
    email = normalise_email(email)
    if "@" not in email or len(email) > 254:
        raise AccountError(f"{email!r} is not a valid e-mail address")
    if role not in set(Role):
        raise AccountError(f"unknown role {role!r} (one of: {', '.join(Role)})")
    check_password_length(password)
    if not full_name.strip():
        raise AccountError("the full name is required")
    if db.session.execute(db.select(User.id).filter_by(email=email)).first():
        raise AccountError(f"a user with the e-mail {email} already exists")
    user = User(
        email=email,
        full_name=full_name.strip(),
        role=role,
        password_hash=hash_password(password),
        region=find_region(region_code),
        organisation=(organisation or "").strip() or None,
    )
    db.session.add(user)
    db.session.commit()
    return user


def set_password(user: User, password: str) -> None:
    """A new password, which signs the user out everywhere; the caller commits."""
    check_password_length(password)
    user.password_hash = hash_password(password)
    user.end_sessions()


def authenticate(email: str, password: str) -> User | None:
    """The user whose e-mail and password match, whether active or not; None otherwise.

    A simulated learner (``flask demo simulate``) is never anyone's account: always None.
    """
    user = db.session.execute(
        db.select(User).filter_by(email=normalise_email(email))
    ).scalar_one_or_none()
    if user is None or user.simulated:
        check_password_hash(_dummy_hash(current_app.config["PASSWORD_HASH_METHOD"]), password)
        return None
    if not check_password_hash(user.password_hash, password):
        return None
    return user

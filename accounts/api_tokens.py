"""API tokens for machine clients (such as the agency's learning record store).

A token is shown once, when it is created; only its SHA-256 hash is stored. Tokens carry
256 random bits, so a fast hash is enough: nothing can be guessed from the stored value.
``flask tokens create|list|revoke`` manages them.
"""

import hashlib
import secrets
from datetime import datetime, timedelta

import click
from flask.cli import AppGroup
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from accounts.audit import record
from database import UTCDateTime
from extensions import db
from localization import utcnow

TOKEN_PREFIX = "adal_"


class ApiToken(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(16))  # the first characters, to recognise it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(254))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    def usable(self, now: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(name: str, actor, expires_in_days: int | None = None) -> tuple[ApiToken, str]:
    """A new token and its secret value (shown once); the caller commits."""
    name = name.strip()
    if not name:
        raise ValueError("a token needs a name, e.g. the client that will use it")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        name=name[:100],
        token_hash=hash_token(secret),
        hint=secret[: len(TOKEN_PREFIX) + 4],
        created_by=getattr(actor, "email", "system"),
        created_by_id=getattr(actor, "id", None),
        expires_at=utcnow() + timedelta(days=expires_in_days) if expires_in_days else None,
    )
    db.session.add(token)
    db.session.flush()
    record("api_token.create", f"token {token.id} ({token.name})", actor=actor)
    return token, secret


def find_usable_token(secret: str) -> ApiToken | None:
    """The active token with this secret value, marked as used now; None otherwise."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token = db.session.execute(
        db.select(ApiToken).filter_by(token_hash=hash_token(secret))
    ).scalar_one_or_none()
    now = utcnow()
    if token is None or not token.usable(now):
        return None
    token.last_used_at = now
    db.session.commit()
    return token


def revoke_token(token_id: int, actor) -> ApiToken:
    token = db.session.get(ApiToken, token_id)
    if token is None:
        raise ValueError(f"no token with id {token_id}")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        record("api_token.revoke", f"token {token.id} ({token.name})", actor=actor)
    return token


tokens_cli = AppGroup("tokens", help="Manage API tokens for machine clients.")


def _actor():
    from accounts.cli import _cli_actor

    return _cli_actor()


@tokens_cli.command("create")
@click.option("--name", required=True, help="Who uses it, e.g. 'agency LRS'.")
@click.option("--expires-in-days", type=click.IntRange(1, 3650), help="Default: never.")
def create_command(name, expires_in_days):
    """Create a token and print its secret value (shown only this once)."""
    try:
        token, secret = create_token(name, _actor(), expires_in_days)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Created token {token.id} ({token.name}). Keep this value; it is not shown again:")
    click.echo(secret)


@tokens_cli.command("list")
def list_command():
    """List tokens (never their secret values)."""
    now = utcnow()
    for token in db.session.execute(db.select(ApiToken).order_by(ApiToken.id)).scalars():
        if token.revoked_at is not None:
            state = "revoked"
        else:
            state = "active" if token.usable(now) else "expired"
        used = token.last_used_at.isoformat(timespec="seconds") if token.last_used_at else "never"
        click.echo(f"{token.id}\t{token.name}\t{token.hint}…\t{state}\tlast used: {used}")


@tokens_cli.command("revoke")
@click.argument("token_id", type=int)
def revoke_command(token_id):
    """Revoke a token: it stops working at once."""
    try:
        token = revoke_token(token_id, _actor())
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Revoked token {token.id} ({token.name}).")

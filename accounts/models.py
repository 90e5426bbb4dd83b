from datetime import datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from flask_login import UserMixin
from sqlalchemy import JSON, ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database import UTCDateTime
from extensions import db
from localization import localized, utcnow


class Role(StrEnum):
    ADMIN = "admin"
    ANALYST = "analyst"
    CIVIL_SERVANT = "civil_servant"


# A role as people read it (one person's role).
ROLE_NAMES = {
    Role.ADMIN: _l("Administrator"),
    Role.ANALYST: _l("Analyst"),
    Role.CIVIL_SERVANT: _l("Civil servant"),
}


class Region(db.Model):
    """One of the 20 regions of Kazakhstan, keyed by its ISO 3166-2:KZ code."""

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    names: Mapped[dict] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(16))  # oblast | city

    @property
    def name(self) -> str:
        return localized(self.names)

    def __repr__(self) -> str:
        return f"<Region {self.code}>"


class User(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"))
    organisation: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    # A learner made by `flask demo simulate`: never signs in (see accounts.service.authenticate).
    simulated: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of the login identity: raising it voids every session and remember-me cookie.
    session_version: Mapped[int] = mapped_column(default=0)
    # The language of the e-mails sent to them (kk, ru, en); None: the site's default.
    language: Mapped[str | None] = mapped_column(String(2))

    region: Mapped[Region | None] = relationship()

    def get_id(self) -> str:
        """The identity Flask-Login keeps in the session and the remember-me cookie."""
        return f"{self.id}:{self.session_version}"

    def end_sessions(self) -> None:
        """Sign out everywhere: every identity given out so far stops matching."""
        self.session_version = User.session_version + 1

    @property
    def is_active(self) -> bool:
        return self.active and not self.simulated

    def has_role(self, *roles: str) -> bool:
        return self.role in roles

    @property
    def region_scope(self) -> int | None:
        """The only region an analyst may see, or None for no restriction."""
        if self.role == Role.ANALYST:
            return self.region_id
        return None

    def can_see_region(self, region_id: int | None) -> bool:
        if self.role == Role.ADMIN:
            return True
        scope = self.region_scope
        return scope is None or scope == region_id

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"

"""The database's shape on SQLite and PostgreSQL alike: the model base class, column types, the
largest id, SQLite's settings, and whether the database is an SQLite file."""

import fcntl
import sqlite3
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import URL, DateTime, MetaData, TypeDecorator, event, make_url
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic can alter them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# The largest id an INTEGER column holds on every database we run on.
MAX_DATABASE_ID = 2**31 - 1


def is_database_id(text: str) -> bool:
    """ASCII digits of an id the database can hold ('²' is a digit to isdigit, not to int)."""
    return text.isascii() and text.isdigit() and len(text) <= 10 and int(text) <= MAX_DATABASE_ID


class UTCDateTime(TypeDecorator):
    """Stored as naive UTC on every database; read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


@event.listens_for(Engine, "connect")
def sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """SQLite: a write-ahead log and a busy timeout, so concurrent writers wait, never fail;
    synchronous=FULL, so a response is on disk before anyone is told it was stored."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA foreign_keys=ON")  # as PostgreSQL does
        cursor.close()


def sqlite_file(url: str | URL) -> str | None:
    """The path of the SQLite database file at this URL; None for another database or an
    SQLite database in memory."""
    url = make_url(url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return url.database


@contextmanager
def one_writer_at_a_time(url: str | URL):
    """On an SQLite file, writers of every process and thread take turns behind a file lock,
    where SQLite's busy handler would have them sleep and retry; elsewhere, nothing."""
    path = sqlite_file(url)
    if path is None:
        yield
        return
    with open(path + ".writers", "a") as turn:  # an open file of its own, so threads queue too
        fcntl.flock(turn, fcntl.LOCK_EX)
        yield  # closing the file gives the turn to the next writer

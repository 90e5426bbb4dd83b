"""Flask extensions, created bare and bound to the app in ``create_app``."""

import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import limits.storage
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import DateTime, MetaData, TypeDecorator, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic can alter them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


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
    """SQLite: a write-ahead log and a busy timeout, so concurrent writers wait, never fail.

    synchronous=NORMAL syncs the log at checkpoints rather than at every commit: a power cut
    may lose the last moments' commits, never the database's consistency (WAL guarantees it).
    """
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA foreign_keys=ON")  # as PostgreSQL does
        cursor.close()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


# Rows in one multi-row INSERT: SQLite takes up to 32,766 parameters in a statement; the
# statements for each row count up to this are made as needed and kept.
MULTI_ROW_INSERT_ROWS = 250


class DriverStatement:
    """A Core statement compiled once per dialect and set of columns, run on the DBAPI cursor.

    Running a statement through SQLAlchemy costs tens of microseconds of Python every time
    (cache lookup, parameter processing, execution context, result set-up): more than SQLite
    takes to carry it out. For the few statements on the path of every survey submission, this
    keeps the SQL SQLAlchemy wrote and each column's bind processor (dates on SQLite, aware
    datetimes to naive UTC), and sends them on a DBAPI cursor: by default one of the session's
    connection, in its transaction.
    A duplicate key is still SQLAlchemy's IntegrityError. Rows come back as plain tuples, not
    type-processed: read plain columns (ids, text) only.

    Many rows for an INSERT go to SQLite as one multi-row ``INSERT ... VALUES (...), (...)``
    rather than by executemany: the sqlite3 module lets go of the GIL at every row it steps,
    and under load each time a thread lets go it may wait milliseconds for another of its
    process's threads to hand the GIL back, all the while holding the database's write lock
    (benches/bench_gil_convoy.py). One statement lets go once.
    """

    def __init__(self, statement):
        self.statement = statement
        self._compiled: dict[tuple, tuple] = {}
        self._multi_row_sql: dict[tuple[str, int], str] = {}

    def bind(self, parameters: dict | list[dict]) -> "BoundStatement":
        """The SQL and its converted values, ready to ``run`` (once for a dict, as executemany
        for a list of dicts): the Python work, to do before taking a lock the run needs."""
        dialect = db.engine.dialect
        rows = parameters if isinstance(parameters, list) else [parameters]
        sql, binds, positional, converted, values_group = self._compile(dialect, tuple(rows[0]))
        if positional:
            names, defaults = positional
            values = [list(map(row.get, names, defaults)) for row in rows]
            for column, convert in converted:  # most columns need no conversion
                for row_values in values:
                    row_values[column] = convert(row_values[column])
        else:
            values = [
                {name: convert(row.get(name, default)) for name, default, convert in binds}
                for row in rows
            ]
        if len(values) > 1 and values_group:
            calls = []
            for start in range(0, len(values), MULTI_ROW_INSERT_ROWS):
                chunk = values[start : start + MULTI_ROW_INSERT_ROWS]
                flat = [value for row in chunk for value in row]
                calls.append((self._multi_row(sql, values_group, len(chunk)), flat, False))
        elif isinstance(parameters, list):
            calls = [(sql, values, True)]
        else:
            calls = [(sql, values[0], False)]
        return BoundStatement(calls, dialect.loaded_dbapi.IntegrityError)

    def _compile(self, dialect, keys: tuple[str, ...]) -> tuple:
        found = self._compiled.get((dialect.name, keys))
        if found is None:
            compiled = self.statement.compile(dialect=dialect, column_keys=list(keys))
            names = compiled.positiontup  # None when the driver takes named parameters
            binds = tuple(
                (
                    name,
                    compiled.params.get(name),  # a value written into the statement, if any
                    compiled.binds[name].type.bind_processor(dialect) or _unchanged,
                )
                for name in (names if names is not None else compiled.binds)
            )
            converted = [
                (column, convert)
                for column, (_, _, convert) in enumerate(binds)
                if convert is not _unchanged
            ]
            # An SQLite INSERT of one row also takes many: its "(?, ?, ...)", else None.
            group = compiled.string.rpartition(" VALUES ")[2]
            multi_row = (
                dialect.name == "sqlite"
                and compiled.isinsert
                and not compiled.effective_returning
                and group == "(" + ", ".join("?" * len(binds)) + ")"
            )
            # A positional driver's column names and defaults, in order, else None.
            positional = None
            if names is not None:
                positional = ([name for name, _, _ in binds], [default for _, default, _ in binds])
            found = (compiled.string, binds, positional, converted, group if multi_row else None)
            self._compiled[(dialect.name, keys)] = found
        return found

    def _multi_row(self, sql: str, values_group: str, rows: int) -> str:
        """The single-row INSERT with ``rows`` groups of values (one string per row count)."""
        found = self._multi_row_sql.get((sql, rows))
        if found is None:
            found = sql + (", " + values_group) * (rows - 1)
            self._multi_row_sql[(sql, rows)] = found
        return found


def _unchanged(value):
    return value


@dataclass(frozen=True)
class BoundStatement:
    """SQL with its values, from ``DriverStatement.bind``."""

    calls: list[tuple[str, Any, bool]]  # (sql, parameters, as executemany)
    driver_integrity_error: type[Exception]

    def run(self, cursor=None) -> list[tuple]:
        """Send it on a DBAPI cursor (by default one of the session's connection, in its
        transaction); the rows it returns."""
        if cursor is None:
            with closing(db.session.connection().connection.cursor()) as own:
                return self.run(own)
        for sql, parameters, many in self.calls:
            try:
                if many:
                    cursor.executemany(sql, parameters)
                else:
                    cursor.execute(sql, parameters)
            except self.driver_integrity_error as error:
                raise IntegrityError(sql, parameters, error) from error
        return cursor.fetchall() if cursor.description else []


migrate = Migrate(render_as_batch=True)
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()


class MemoryStorage(limits.storage.MemoryStorage):
    """limits' in-process rate-limit counters ("memory://"), swept by the threads that count.

    limits 5.8.0 (the newest release) starts a timer thread 10 ms after every hit to drop
    expired counters. Under load that is a new thread every 10 ms in every worker, and each
    start makes the request wait for the new thread to run; without a lock, two threads can
    also start the same timer (a 500, "threads can only be started once", about once in
    30,000 requests; alisaifee/limits#352). A counter checks its own expiry when read, so the
    sweep only frees memory: here the thread counting a hit sweeps, at most once a second, and
    no thread is started. Declaring the "memory" scheme makes every "memory://" storage this.
    """

    STORAGE_SCHEME = ["memory"]
    SWEEP_EVERY = 1.0  # seconds

    def __init__(self, *args, **kwargs):
        self._sweeping = threading.Lock()
        self._swept_at = time.monotonic()
        super().__init__(*args, **kwargs)

    def _MemoryStorage__schedule_expiry(self) -> None:  # the base class's private method
        if time.monotonic() - self._swept_at < self.SWEEP_EVERY:
            return
        if self._sweeping.acquire(blocking=False):  # one sweeper; the others go on
            try:
                self._swept_at = time.monotonic()
                self._MemoryStorage__expire_events()
            finally:
                self._sweeping.release()


limiter = Limiter(key_func=get_remote_address)

"""Rate-limit counters in an SQLite file, shared by the gunicorn workers of one host.

limits' "memory://" storage counts inside one process: with two workers, "120 per minute"
let 216 requests through. This storage keeps each fixed-window counter as a row of an SQLite
file that every worker of the host opens (``instance/rate-limits.sqlite`` by default), one
UPSERT per hit. Several hosts share Redis instead: ``ADAL_RATELIMIT_STORAGE_URI=redis://...``.
The file holds nothing but counters: it is not the app's database, and its one table is
made when first used.
"""

import os
import sqlite3
import threading
import time

import limits.storage

SCHEMA = """CREATE TABLE IF NOT EXISTS counter (
    key TEXT PRIMARY KEY, hits INTEGER NOT NULL, expires_at REAL NOT NULL
)"""
# A window that has ended starts again at this hit.
INCREMENT = """INSERT INTO counter (key, hits, expires_at) VALUES (:key, :amount, :now + :expiry)
ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN expires_at <= :now THEN :amount ELSE hits + :amount END,
    expires_at = CASE WHEN expires_at <= :now THEN :now + :expiry ELSE expires_at END
RETURNING hits"""


def default_storage_uri(instance_path: str) -> str:
    return "sqlite:///" + os.path.join(instance_path, "rate-limits.sqlite")


class SQLiteStorage(limits.storage.Storage):
    """``sqlite:///path/to/file``: fixed-window counters shared by the processes of a host."""

    STORAGE_SCHEME = ["sqlite"]
    SWEEP_EVERY = 60.0  # seconds between deletions of ended windows, per process

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options):
        self.path = uri.removeprefix("sqlite:///")
        self._local = threading.local()
        self._swept_at = time.monotonic()
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection (sqlite3 connections are not shared between threads, nor
        carried over a fork)."""
        connection = getattr(self._local, "connection", None)
        if connection is None or self._local.pid != os.getpid():
            connection = sqlite3.connect(self.path, timeout=15, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=OFF")  # a counter lost in a power cut is fine
            connection.execute(SCHEMA)
            self._local.connection, self._local.pid = connection, os.getpid()
        return connection

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        connection = self._connection()
        now = time.time()
        if time.monotonic() - self._swept_at > self.SWEEP_EVERY:
            self._swept_at = time.monotonic()
            connection.execute("DELETE FROM counter WHERE expires_at <= ?", (now,))
        parameters = {"key": key, "amount": amount, "now": now, "expiry": expiry}
        return connection.execute(INCREMENT, parameters).fetchone()[0]

    def get(self, key: str) -> int:
        row = self._live(key)
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._live(key)
        return row[1] if row else time.time()

    def _live(self, key: str) -> tuple[int, float] | None:
        return (
            self._connection()
            .execute(
                "SELECT hits, expires_at FROM counter WHERE key = ? AND expires_at > ?",
                (key, time.time()),
            )
            .fetchone()
        )

    def check(self) -> bool:
        try:
            self._connection().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int:
        return self._connection().execute("DELETE FROM counter").rowcount

    def clear(self, key: str) -> None:
        self._connection().execute("DELETE FROM counter WHERE key = ?", (key,))

"""Storing responses: each with its answers and marks in one transaction, many at a time.

A response, its answers and the marks that keep it one per person (used form token, respondent
mark, used invitation, idempotency key) are written together, with a last check that the wave
is still open; the database's unique keys stop a racing duplicate.

On SQLite one writer goes at a time, and a Python thread that writes must win the GIL back after
every statement while the others in its process run Python; a transaction of five statements
could then hold the database for tens of milliseconds. So responses submitted together are
written together (group commit): the first thread in becomes the leader and writes every
response queued in its process in one transaction, one INSERT statement per table, while the
others wait for its result. Should the batch run into a duplicate, each response is written on
its own to find which one. Across processes, writers queue behind a file lock.
"""

import fcntl
import os
import threading
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from extensions import BoundStatement, DriverStatement, db
from localization import utcnow
from surveys.instrument import Instrument
from surveys.marks import invitation_hash, keyed_hash
from surveys.models import (
    Answer,
    FormToken,
    IdempotencyKey,
    Invitation,
    RespondentMark,
    Response,
    Survey,
    SurveyStatus,
    Wave,
    new_response_id,
)
from surveys.service import (
    AlreadyAnswered,
    DuplicateSubmission,
    InvitationRefused,
    OpenWave,
    SubmissionRefused,
    WaveClosed,
    form_token_used,
    has_answered,
    idempotent_response,
    run,
)
from surveys.validation import answer_rows, profile_columns


@dataclass
class Submission:
    """One response ready to write, and what became of it."""

    survey: Instrument
    wave: OpenWave
    response: dict
    rows: list[dict]
    marks: list[tuple[Table, dict]]
    form_token: str | None = None
    respondent_token: str | None = None
    invitation: str | None = None
    idempotency_key: str | None = None
    outcome: Any = field(default=None, repr=False)  # the response id, or an exception


def store_response(
    survey: Instrument,
    wave: OpenWave,
    answers: Mapping[str, Any],
    *,
    channel: str,
    form_token: str | None = None,
    respondent_token: str | None = None,
    invitation: str | None = None,
    idempotency_key: str | None = None,
) -> str:
    """Store one response and return its id, or raise SubmissionRefused saying why not."""
    today = utcnow().date()
    response_id = new_response_id()
    marks: list[tuple[Table, dict]] = []
    if form_token:
        token_hash = keyed_hash("form", form_token)
        marks.append((FormToken.__table__, {"token_hash": token_hash, "used_on": today}))
    if respondent_token:
        mark = keyed_hash("respondent", wave.id, respondent_token)
        marks.append((RespondentMark.__table__, {"wave_id": wave.id, "token_hash": mark}))
    if idempotency_key:
        key_hash = keyed_hash("idempotency", survey.id, idempotency_key)
        row = {"key_hash": key_hash, "response_id": response_id, "created_on": today}
        marks.append((IdempotencyKey.__table__, row))
    submission = Submission(
        survey=survey,
        wave=wave,
        response={
            "id": response_id,
            "wave_id": wave.id,
            "submitted_on": today,
            "channel": channel,
            "weight": 1.0,
            **profile_columns(answers, survey.regions.ids),
        },
        rows=answer_rows(survey.questions, answers, response_id),
        marks=marks,
        form_token=form_token,
        respondent_token=respondent_token,
        invitation=invitation,
        idempotency_key=idempotency_key,
    )
    sqlite_file = _sqlite_file()
    if sqlite_file is None or invitation is not None:  # invitation panels are small
        _write_alone(submission)
    else:
        _group(sqlite_file).write(submission)
    if isinstance(submission.outcome, BaseException):
        raise submission.outcome
    return submission.outcome


# ---------------------------------------------------------------- one at a time


def _write_alone(submission: Submission) -> None:
    """One response in its own transaction; its outcome says what happened."""
    try:
        inserts = _inserts([submission])
        with _session_turn() as commit:
            # Every statement writes before anything is read, so SQLite takes its write lock
            # first and a concurrent commit cannot leave this transaction a stale snapshot.
            if submission.invitation is not None and not _use_invitation(submission):
                db.session.rollback()
                submission.outcome = InvitationRefused()
                return
            for insert_rows in inserts:
                insert_rows.run()
            if not _open_waves({submission.wave.id}):
                db.session.rollback()
                submission.outcome = WaveClosed()
                return
            commit()
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        submission.outcome = _conflict(submission)
        return
    submission.outcome = submission.response["id"]


def _use_invitation(submission: Submission) -> bool:
    used = run(
        update(Invitation.__table__)
        .where(
            Invitation.wave_id == submission.wave.id,
            Invitation.code_hash == invitation_hash(submission.invitation),
            Invitation.used.is_(False),
        )
        .values(used=True)
    )
    return used.rowcount == 1


# Built and compiled once: on this path SQLAlchemy's work per statement would cost more than
# the database's (see extensions.DriverStatement).
_INSERT = {
    model.__table__: DriverStatement(insert(model.__table__))
    for model in (FormToken, RespondentMark, IdempotencyKey, Response, Answer)
}
_INSERT_RESPONSE, _INSERT_ANSWER = _INSERT[Response.__table__], _INSERT[Answer.__table__]
# Every wave open now (a handful at most), rather than the batch's waves by an expanding IN
# list: a statement with a fixed shape is compiled once, not on every batch.
_OPEN_WAVES = DriverStatement(
    select(Wave.id)
    .join(Survey, Survey.id == Wave.survey_id)
    .where(
        Survey.status == SurveyStatus.OPEN,
        Wave.opens_at <= bindparam("now"),
        Wave.closes_at > bindparam("now"),
    )
    .with_for_update(read=True)
)


def _open_waves(wave_ids: set[int], cursor=None) -> set[int]:
    """Which of these waves are open now; read under a share lock, so that on PostgreSQL a
    wave being closed waits for this transaction (and its close sees these responses)."""
    found = _OPEN_WAVES.bind({"now": utcnow()}).run(cursor)
    return wave_ids.intersection(wave_id for (wave_id,) in found)


def _conflict(submission: Submission) -> Exception:
    """Which uniqueness rule a duplicate ran into."""
    if submission.idempotency_key:
        existing = idempotent_response(submission.survey, submission.idempotency_key)
        if existing is not None:
            return DuplicateSubmission(existing)
    if submission.form_token and form_token_used(submission.form_token):
        return DuplicateSubmission()
    if has_answered(submission.wave, submission.respondent_token):
        return AlreadyAnswered()
    return SubmissionRefused("the response conflicts with stored data")


# ---------------------------------------------------------------- together (SQLite)


class _GroupCommit:
    """The responses waiting to be written to one SQLite database by this process."""

    def __init__(self):
        self.turn = threading.Lock()  # held by the leader while it writes
        self.queue_lock = threading.Lock()
        self.queue: list[Submission] = []

    def write(self, submission: Submission) -> None:
        with self.queue_lock:
            self.queue.append(submission)
        with self.turn:
            if submission.outcome is not None:
                return  # the leader before us wrote it
            with self.queue_lock:
                batch, self.queue = self.queue, []
            _write_batch(batch)


_groups: dict[str, _GroupCommit] = {}
_groups_lock = threading.Lock()


def _group(path: str) -> _GroupCommit:
    with _groups_lock:
        return _groups.setdefault(path, _GroupCommit())


def _write_batch(batch: list[Submission]) -> None:
    """Write a batch in one transaction; fall back to one at a time on any refusal.

    The batch goes on a DBAPI connection of its own from the engine's pool rather than through
    the session: beginning and committing a session transaction (checking out the connection,
    the transaction's states, giving it back) cost more than writing the batch did.
    """
    try:
        try:
            inserts, waves = _inserts(batch), {submission.wave.id for submission in batch}
            pooled = db.engine.raw_connection()
            connection = pooled.dbapi_connection  # the sqlite3 connection itself
            try:
                with _turn_to_write(_sqlite_file()):
                    try:
                        cursor = connection.cursor()
                        for insert_rows in inserts:
                            insert_rows.run(cursor)
                        closed = waves - _open_waves(waves, cursor)
                        if not closed:
                            connection.commit()
                    finally:
                        connection.rollback()  # what was not committed, within the turn
            finally:
                pooled.close()  # back to the pool
            if not closed:
                for submission in batch:
                    submission.outcome = submission.response["id"]
                return
        except IntegrityError:
            pass
        for submission in batch:  # find which one was refused, and why
            _write_alone(submission)
    except BaseException as error:  # the others are waiting on this thread: tell them too
        db.session.rollback()
        for submission in batch:
            if submission.outcome is None:
                submission.outcome = error
        raise


def _inserts(batch: list[Submission]) -> list[BoundStatement]:
    """The batch's marks, responses and answers, one INSERT per table, bound before the
    writers' turn is taken, so that the turn is spent on the database alone."""
    by_table: dict[Table, list[dict]] = {}
    for submission in batch:
        for table, values in submission.marks:
            by_table.setdefault(table, []).append(values)
    inserts = [_INSERT[table].bind(rows) for table, rows in by_table.items()]
    inserts.append(_INSERT_RESPONSE.bind([submission.response for submission in batch]))
    answers = [row for submission in batch for row in submission.rows]
    if answers:
        inserts.append(_INSERT_ANSWER.bind(answers))
    return inserts


def _sqlite_file() -> str | None:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return url.database


@contextmanager
def _session_turn():
    """The writers' turn for the session's transaction; gives the function that commits
    within the turn.

    Within the turn the database commits, or the next writer would find SQLite still locked
    and sleep in its busy handler (1, 2, 5 ms ...); SQLAlchemy's bookkeeping for the commit
    (ending the session's transaction, giving the connection back to the pool) waits for
    ``db.session.commit()`` after the turn, when the database has nothing left to commit.
    Elsewhere (PostgreSQL) there is no turn, and the session commits.
    """
    path = _sqlite_file()
    if path is None:
        yield db.session.commit
        return
    with _turn_to_write(path):
        yield db.session.connection().connection.commit


@contextmanager
def _turn_to_write(path: str):
    """Wait for our turn to write to an SQLite file behind a blocking file lock.

    SQLite makes waiting writers poll with growing sleeps, which leaves the database idle while
    they doze; the kernel hands a file lock to the next waiter at once. The lock file stays
    open in each process: opening and closing it would be two more system calls, each one a
    chance to wait for the GIL while the database waits for us.
    """
    in_process, lock_file = _writers_lock(path)
    with in_process:  # the file lock is the process's: one of its threads at a time
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


_writers_locks: dict[tuple[int, str], tuple[threading.Lock, int]] = {}


def _writers_lock(path: str) -> tuple[threading.Lock, int]:
    key = (os.getpid(), path)  # a forked worker opens its own
    with _groups_lock:
        found = _writers_locks.get(key)
        if found is None:
            lock_file = os.open(path + ".writers", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            found = _writers_locks[key] = (threading.Lock(), lock_file)
    return found

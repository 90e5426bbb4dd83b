"""extensions.DriverStatement: hot-path SQL compiled once and run on the DBAPI cursor."""

from datetime import date

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from extensions import MULTI_ROW_INSERT_ROWS, DriverStatement, db
from surveys.models import FormToken

INSERT_TOKEN = DriverStatement(insert(FormToken.__table__))


def stored_tokens() -> int:
    return db.session.scalar(select(func.count()).select_from(FormToken))


def rows(count: int, start: int = 0) -> list[dict]:
    return [{"token_hash": f"{n:064x}", "used_on": date(2026, 11, 28)} for n in range(start, count)]


@pytest.fixture
def statements_sent(app):
    """The SQL statements SQLite is asked to run (empty on PostgreSQL)."""
    sent = []
    with app.app_context():
        connection = db.session.connection().connection.driver_connection
        tracing = hasattr(connection, "set_trace_callback")
        if tracing:
            connection.set_trace_callback(sent.append)
        yield sent if tracing else None
        if tracing:
            connection.set_trace_callback(None)
        db.session.rollback()


def test_many_rows_are_stored_with_their_values_converted(app, statements_sent):
    count = 2 * MULTI_ROW_INSERT_ROWS + 7
    INSERT_TOKEN.bind(rows(count)).run()
    db.session.commit()
    assert stored_tokens() == count
    assert db.session.get(FormToken, f"{count - 1:064x}").used_on == date(2026, 11, 28)
    if statements_sent is not None:  # SQLite: one multi-row INSERT per chunk, not one per row
        inserts = [sql for sql in statements_sent if sql.startswith("INSERT INTO form_token")]
        assert len(inserts) == 3
        assert inserts[0].count("), (") == MULTI_ROW_INSERT_ROWS - 1
        assert inserts[2].count("), (") == 6


def test_a_duplicate_among_many_rows_refuses_them_all(app, statements_sent):
    INSERT_TOKEN.bind(rows(3)).run()
    db.session.commit()
    with pytest.raises(IntegrityError):
        INSERT_TOKEN.bind(rows(10, start=2)).run()  # "...02" is stored already
    db.session.rollback()
    assert stored_tokens() == 3


def test_one_row_is_stored(app, statements_sent):
    INSERT_TOKEN.bind(rows(1)[0]).run()
    db.session.commit()
    assert stored_tokens() == 1

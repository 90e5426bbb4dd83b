"""database.py: SQLite's settings, which database is an SQLite file, writers taking turns."""

import threading
import time

from sqlalchemy import create_engine, text

from database import one_writer_at_a_time, sqlite_file


def test_only_an_sqlite_file_is_one():
    assert sqlite_file("sqlite:////srv/adal/adal.sqlite") == "/srv/adal/adal.sqlite"
    assert sqlite_file("sqlite:///relative.sqlite") == "relative.sqlite"
    for url in ("sqlite://", "sqlite:///:memory:", "postgresql+psycopg://adal@db/adal"):
        assert sqlite_file(url) is None, url


def test_writers_to_an_sqlite_file_take_turns(tmp_path):
    url = f"sqlite:///{tmp_path / 'adal.sqlite'}"
    inside, overlaps = [], []

    def write():
        with one_writer_at_a_time(url):
            inside.append(1)
            if len(inside) > 1:
                overlaps.append(len(inside))
            time.sleep(0.01)
            inside.pop()

    threads = [threading.Thread(target=write) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == []
    assert (tmp_path / "adal.sqlite.writers").exists()


def test_sqlite_commits_wait_for_the_disk(tmp_path):
    """synchronous=FULL (2): an acknowledged response survives a power cut."""
    engine = create_engine(f"sqlite:///{tmp_path / 'adal.sqlite'}")
    with engine.connect() as connection:
        settings = [
            connection.execute(text(f"PRAGMA {name}")).scalar_one()
            for name in ("synchronous", "journal_mode", "busy_timeout", "foreign_keys")
        ]
    engine.dispose()
    assert settings == [2, "wal", 15000, 1]

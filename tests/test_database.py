"""database.py: which database is an SQLite file, and writers taking turns on one."""

import threading
import time

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

"""The default rate-limit storage: counters in an SQLite file under instance/, which every
process of the host counts in (issue 19, point 5)."""

import multiprocessing
import os
import threading
import time

import limits.storage

from app import create_app
from rate_limits import SQLiteStorage
from tests.conftest import TEST_SETTINGS


def test_the_default_storage_is_a_file_in_instance(migrated_database):
    app = create_app({**TEST_SETTINGS, "SQLALCHEMY_DATABASE_URI": migrated_database})
    expected = os.path.join(app.instance_path, "rate-limits.sqlite")
    assert app.config["RATELIMIT_STORAGE_URI"] == "sqlite:///" + expected


def test_sqlite_uris_use_the_shared_storage(tmp_path):
    storage = limits.storage.storage_from_string(f"sqlite:///{tmp_path}/limits.sqlite")
    assert type(storage) is SQLiteStorage and storage.check()


def test_a_counter_counts_and_starts_again_after_its_window(tmp_path):
    storage = SQLiteStorage(f"sqlite:///{tmp_path}/limits.sqlite")
    assert storage.get("kiosk") == 0
    assert [storage.incr("kiosk", 0.2) for _ in range(3)] == [1, 2, 3]
    assert storage.incr("kiosk", 0.2, amount=2) == 5
    assert time.time() < storage.get_expiry("kiosk") <= time.time() + 0.2
    time.sleep(0.25)
    assert storage.get("kiosk") == 0
    assert storage.incr("kiosk", 60) == 1
    assert storage.get_expiry("kiosk") > time.time() + 59


def test_clear_and_reset(tmp_path):
    storage = SQLiteStorage(f"sqlite:///{tmp_path}/limits.sqlite")
    for key in ("a", "b", "c"):
        storage.incr(key, 60)
    storage.clear("a")
    assert (storage.get("a"), storage.get("b")) == (0, 1)
    assert storage.reset() == 2
    assert storage.get("b") == storage.get("c") == 0


def test_ended_windows_are_swept(tmp_path):
    storage = SQLiteStorage(f"sqlite:///{tmp_path}/limits.sqlite")
    storage.SWEEP_EVERY = 0.0
    storage.incr("ended", 0.01)
    time.sleep(0.02)
    storage.incr("live", 60)  # this hit sweeps
    keys = [row[0] for row in storage._connection().execute("SELECT key FROM counter")]
    assert keys == ["live"]


def count_in_threads(path: str, hits: int, threads: int = 4) -> None:
    storage = SQLiteStorage(f"sqlite:///{path}")
    workers = [
        threading.Thread(target=lambda: [storage.incr("shared", 60) for _ in range(hits)])
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def test_processes_and_threads_hitting_at_once_all_count(tmp_path):
    path = str(tmp_path / "limits.sqlite")
    SQLiteStorage(f"sqlite:///{path}").incr("shared", 60)  # the file exists before the fork
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=count_in_threads, args=(path, 50)) for _ in range(3)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
        assert process.exitcode == 0
    assert SQLiteStorage(f"sqlite:///{path}").get("shared") == 1 + 3 * 4 * 50

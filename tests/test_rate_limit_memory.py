"""The in-process rate-limit storage: safe when a worker's threads hit it at once, and it starts
no thread of its own while counting."""

import threading
import time

import limits.storage

from extensions import MemoryStorage


class SlowToSetTimer:
    """The storage's timer attribute takes a moment to set: the window of the race widens."""

    @property
    def timer(self):
        return self._timer

    @timer.setter
    def timer(self, value):
        self._timer = value
        time.sleep(0.005)


class ProbedAdalStorage(SlowToSetTimer, MemoryStorage):
    pass


def hit_at_once(storage, threads=8) -> list[BaseException]:
    """Threads hitting together just after the storage's expiry timer has stopped."""
    time.sleep(0.05)  # the timer started by the constructor has run and stopped
    barrier, errors = threading.Barrier(threads), []

    def hit():
        barrier.wait()
        try:
            storage.incr("127.0.0.1/surveys", 60)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    workers = [threading.Thread(target=hit) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return errors


def test_memory_uris_use_the_thread_safe_storage():
    assert type(limits.storage.storage_from_string("memory://")) is MemoryStorage


def test_threads_hitting_at_once_all_count():
    """With limits' own storage in place of ours, this probe starts one timer from two threads:
    "RuntimeError: threads can only be started once" (or a KeyError in the timer thread)."""
    storage = ProbedAdalStorage()
    assert hit_at_once(storage) == []
    assert storage.get("127.0.0.1/surveys") == 8


def test_counting_starts_no_threads(monkeypatch):
    """limits' own storage starts a timer thread for a hit made after its last timer ran."""
    storage = MemoryStorage()
    time.sleep(0.05)  # the timer started by the constructor has run and stopped
    started = []
    start = threading.Thread.start
    monkeypatch.setattr(threading.Thread, "start", lambda self: (started.append(self), start(self)))
    for _ in range(3):
        storage.incr("127.0.0.1/surveys", 60)
        time.sleep(0.02)
    assert started == []
    assert storage.get("127.0.0.1/surveys") == 3


def test_expired_counters_are_swept_and_live_ones_kept():
    storage = MemoryStorage()
    storage.SWEEP_EVERY = 0.0
    storage.incr("kiosk-1", 0.01)
    storage.incr("kiosk-2", 60)
    time.sleep(0.02)
    storage.incr("kiosk-3", 60)  # this hit sweeps
    assert "kiosk-1" not in storage.storage and "kiosk-1" not in storage.expirations
    assert storage.get("kiosk-2") == 1 and storage.get("kiosk-3") == 1


def test_a_counter_starts_again_after_its_window():
    storage = MemoryStorage()
    storage.incr("kiosk", 0.05)
    storage.incr("kiosk", 0.05)
    assert storage.get("kiosk") == 2
    time.sleep(0.06)
    assert storage.get("kiosk") == 0

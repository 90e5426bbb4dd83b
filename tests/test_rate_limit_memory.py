"""The in-process rate-limit storage: safe when a worker's threads hit it at once."""

import threading
import time

import limits.storage

from rate_limits import MemoryStorage


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

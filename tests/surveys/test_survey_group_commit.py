"""SQLite: responses sent at the same moment are written in one transaction (group commit)."""

import threading
import time

import pytest

from extensions import db
from surveys import storing
from surveys.models import Wave
from tests.surveys.testdata import VALID

URL = "/api/v1/surveys/sample/responses"


@pytest.fixture
def held_turn(app, monkeypatch):
    """Hold the writers' turn while requests queue up; ``release()`` lets them write."""
    with app.app_context():
        path = storing._sqlite_file()
    if path is None:
        pytest.skip("group commit is used on SQLite only")
    group = storing._group(path)
    batches = []
    write_batch = storing._write_batch
    monkeypatch.setattr(
        storing, "_write_batch", lambda batch: (batches.append(len(batch)), write_batch(batch))
    )
    group.turn.acquire()

    def release(waiting: int):
        for _ in range(500):  # each request queues itself, then waits for the turn
            if len(group.queue) >= waiting:
                break
            time.sleep(0.01)
        group.turn.release()

    release.batches = batches
    return release


def send_together(app, bodies, headers=None):
    results = [None] * len(bodies)

    def send(n):
        response = app.test_client().post(URL, json=bodies[n], headers=headers or {})
        results[n] = (response.status_code, response.get_json())

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(bodies))]
    for thread in threads:
        thread.start()
    return threads, results


def test_queued_responses_are_written_in_one_batch(app, sample, held_turn, counts):
    bodies = [{"answers": {**VALID, "trust": n % 5 + 1}} for n in range(5)]
    threads, results = send_together(app, bodies)
    held_turn(waiting=5)
    for thread in threads:
        thread.join()
    assert [status for status, _ in results] == [201] * 5
    assert len({body["id"] for _, body in results}) == 5
    assert held_turn.batches == [5]
    assert counts() == (5, 10)


def test_a_duplicate_in_a_batch_is_found_and_the_rest_stored(app, sample, held_turn, counts):
    bodies = [{"answers": VALID} for _ in range(4)]
    threads, results = send_together(app, bodies[:2], {"Idempotency-Key": "kiosk-retry"})
    more, others = send_together(app, bodies[2:])
    held_turn(waiting=4)
    for thread in threads + more:
        thread.join()
    assert [status for status, _ in results + others] == [201] * 4
    assert results[0][1] == results[1][1]  # the retry got the first one's id
    assert counts() == (3, 6)


def test_a_wave_closed_while_a_batch_waited_stores_nothing(app, sample, held_turn, counts):
    threads, results = send_together(app, [{"answers": VALID} for _ in range(3)])
    for _ in range(500):
        if len(storing._group(storing_path(app)).queue) >= 3:
            break
        time.sleep(0.01)
    with app.app_context():
        wave = db.session.get(Wave, sample["wave_id"])
        wave.closes_at = wave.opens_at
        db.session.commit()
    held_turn(waiting=3)
    for thread in threads:
        thread.join()
    assert [status for status, _ in results] == [409] * 3
    assert counts() == (0, 0)


def storing_path(app) -> str:
    with app.app_context():
        return storing._sqlite_file()


def test_many_threads_sending_at_once_each_get_their_own_answer(app, sample, counts, monkeypatch):
    """No holding back: leaders hand over to each other while threads keep arriving."""
    with app.app_context():
        if storing._sqlite_file() is None:
            pytest.skip("group commit is used on SQLite only")
    batches = []
    write_batch = storing._write_batch
    monkeypatch.setattr(
        storing, "_write_batch", lambda batch: (batches.append(len(batch)), write_batch(batch))
    )
    results, threads_count, each = [], 16, 6

    def send_several():
        client = app.test_client()
        for _ in range(each):
            response = client.post(URL, json={"answers": VALID})
            results.append((response.status_code, response.get_json()["id"]))

    threads = [threading.Thread(target=send_several) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [status for status, _ in results] == [201] * (threads_count * each)
    assert len({response_id for _, response_id in results}) == threads_count * each
    assert sum(batches) == threads_count * each
    assert counts() == (threads_count * each, 2 * threads_count * each)

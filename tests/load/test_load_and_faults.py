"""The real server under load and faults: gunicorn with several workers on loopback.

32 concurrent clients submit responses through the API for a bounded time; afterwards the
stored responses equal the acknowledged (201) answers exactly. A worker killed with SIGKILL
in the middle loses nothing it acknowledged and leaves no half-written response.
"""

import os
import signal
import time
import urllib.request

import pytest

from tests.load.clients import expected_answer_rows, instrument, run_clients, stored

CLIENTS = 32
SECONDS = 6.0

pytestmark = pytest.mark.slow


def test_32_clients_store_exactly_what_was_acknowledged(start_gunicorn):
    server = start_gunicorn(workers=3, threads=4)
    acknowledged, failures = run_clients([server], CLIENTS, SECONDS)
    channels, counts = stored(server.database_url)
    ids = set(channels)
    assert acknowledged, "no response was accepted"
    assert not failures, f"refused or failed requests: {dict(failures)}"
    assert len(acknowledged) == len(set(acknowledged))
    assert ids == set(acknowledged)
    rows = expected_answer_rows(instrument(server))
    assert set(counts.values()) == {rows}, "a response was stored without all its answers"
    log = server.log.read_text()
    assert "database is locked" not in log
    assert '" 5' not in log  # no 5xx in gunicorn's access log
    print(f"\n{len(acknowledged)} responses in {SECONDS:.0f} s from {CLIENTS} clients")


def test_worker_killed_mid_load_loses_nothing_acknowledged(start_gunicorn):
    server = start_gunicorn(workers=3, threads=4)
    killed = []

    def kill_a_worker():
        time.sleep(SECONDS / 3)
        victim = server.worker_pids()[0]
        os.kill(victim, signal.SIGKILL)
        killed.append(victim)

    acknowledged, failures = run_clients([server], CLIENTS, SECONDS, during=kill_a_worker)
    channels, counts = stored(server.database_url)
    ids = set(channels)
    assert killed and acknowledged
    assert set(acknowledged) <= ids, "an acknowledged response was lost"
    rows = expected_answer_rows(instrument(server))
    half_written = {rid for rid in ids if counts.get(rid) != rows}
    assert not half_written, f"{len(half_written)} responses lack answers"
    # Only responses whose acknowledgement died with the worker may be stored unacknowledged.
    assert len(ids - set(acknowledged)) <= sum(failures.values())
    assert server.process.poll() is None, "the master should replace the worker and go on"
    with urllib.request.urlopen(server.url + "/healthz") as answer:
        assert answer.status == 200
    print(
        f"\nkilled worker {killed[0]}; acknowledged {len(acknowledged)}, stored {len(ids)}, "
        f"failed in flight {dict(failures)}"
    )

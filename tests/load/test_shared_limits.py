"""A rate limit counts the requests of every gunicorn worker of the host (issue 19, point 5):
"N per minute" lets N through, not N per worker."""

import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow

LIMIT = 20


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def hold_a_worker(url: str) -> socket.socket:
    """A connection that has sent half a request: the worker that accepts it waits for the rest
    with its one thread, and, at one connection a worker, accepts no other meanwhile."""
    address = urlsplit(url)
    held = socket.create_connection((address.hostname, address.port))
    held.sendall(b"GET /api/v1/surveys HTTP/1.1\r\nHost: adal\r\n")
    return held


def test_two_workers_let_through_the_limit_once(start_gunicorn, tmp_path):
    server = start_gunicorn(
        workers=2,
        threads=1,
        ADAL_WORKER_CONNECTIONS="1",
        ADAL_RATELIMIT_ENABLED="true",
        ADAL_RATELIMIT_STORAGE_URI="sqlite:///" + str(tmp_path / "rate-limits.sqlite"),
        ADAL_API_RATE_LIMIT=f"{LIMIT} per minute",
    )
    assert len(server.worker_pids()) == 2
    url = server.url + "/api/v1/surveys"
    statuses = []
    # Connections are accepted in the order they came: the first one held occupies one worker,
    # so the other answers the first half; then the other is held and the first freed.
    first = hold_a_worker(url)
    statuses += [status_of(url) for _ in range(3 * LIMIT // 2)]
    second = hold_a_worker(url)
    first.close()
    statuses += [status_of(url) for _ in range(3 * LIMIT // 2)]
    second.close()
    assert statuses.count(200) == LIMIT and statuses.count(429) == 2 * LIMIT

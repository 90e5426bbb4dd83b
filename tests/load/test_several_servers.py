"""Several app servers behind a load balancer, as README's section says: two gunicorn servers
sharing one PostgreSQL database and one Redis for the rate limits."""

import json
import random
import urllib.request
import uuid
from functools import partial

import pytest

from tests.load.clients import (
    at_once,
    complete_answers,
    expected_answer_rows,
    instrument,
    post_json,
    run_clients,
    server_errors,
    stored,
)
from tests.servers import Server

CLIENTS = 32
SECONDS = 6.0
KEYS = 10

pytestmark = pytest.mark.slow


def api_limit_remaining(server: Server) -> int:
    with urllib.request.urlopen(server.url + "/api/v1/surveys") as answer:
        return int(answer.headers["X-RateLimit-Remaining"])


@pytest.fixture
def two_servers(start_gunicorn, shared_postgres, redis_url) -> list[Server]:
    settings = {
        "ADAL_RATELIMIT_ENABLED": "true",
        "ADAL_RATELIMIT_STORAGE_URI": redis_url,
        "ADAL_RATELIMIT_KEY_PREFIX": uuid.uuid4().hex,  # no counter of another run
        # Every client comes from 127.0.0.1 here.
        "ADAL_API_RATE_LIMIT": "1000000 per minute",
    }
    return [start_gunicorn(workers=2, threads=4, **settings) for _ in range(2)]


def test_two_servers_count_one_rate_limit(two_servers):
    first, second = two_servers
    before = api_limit_remaining(first)
    assert api_limit_remaining(second) == before - 1


def test_two_servers_store_exactly_what_was_acknowledged(two_servers):
    acknowledged, failures = run_clients(two_servers, CLIENTS, SECONDS)
    channels, counts = stored(two_servers[0].database_url)
    assert acknowledged, "no response was accepted"
    assert not failures, f"refused or failed requests: {dict(failures)}"
    assert len(acknowledged) == len(set(acknowledged))
    assert set(channels) == set(acknowledged)
    rows = expected_answer_rows(instrument(two_servers[0]))
    assert set(counts.values()) == {rows}, "a response was stored without all its answers"
    assert server_errors(two_servers[0]) == server_errors(two_servers[1]) == []


def test_one_idempotency_key_sent_to_both_servers_at_once_stores_one_response(two_servers):
    first, second = two_servers
    questions = instrument(first)
    rng = random.Random(14)
    ids = set()
    for _ in range(KEYS):
        body = json.dumps({"answers": complete_answers(questions, rng), "channel": "kiosk"})
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        answers = at_once(*(partial(post_json, server, body, headers) for server in two_servers))
        assert [status for status, _ in answers] == [201, 201], answers
        (response_id,) = {reply["id"] for _, reply in answers}  # the same response for both
        ids.add(response_id)
    channels, _ = stored(first.database_url)
    assert set(channels) == ids and len(ids) == KEYS
    assert server_errors(first) == server_errors(second) == []

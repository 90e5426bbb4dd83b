"""The real server under load and faults: gunicorn with several workers on loopback.

32 concurrent clients submit responses through the API for a bounded time; afterwards the
stored responses equal the acknowledged (201) answers exactly. A worker killed with SIGKILL
in the middle loses nothing it acknowledged and leaves no half-written response.
"""

import http.client
import json
import os
import random
import signal
import threading
import time
import urllib.request
from collections import Counter

import pytest
from sqlalchemy import create_engine, text

from surveys.profile import PROFILE_CODES
from tests.load.conftest import Server

CLIENTS = 32
SECONDS = 6.0
REGION = "KZ-35"

pytestmark = pytest.mark.slow


def instrument(server: Server) -> list[dict]:
    with urllib.request.urlopen(server.url + "/api/v1/surveys/citizens?lang=en") as answer:
        return json.load(answer)["questions"]


def visible(question: dict, given: dict) -> bool:
    if question.get("regions") and REGION not in question["regions"]:
        return False
    rule = question.get("show_if")
    if not rule:
        return True
    if rule["question"] not in given:
        return False
    value, expected = given[rule["question"]], rule["value"]
    if rule["op"] == "equals":
        return value == expected
    if rule["op"] == "in":
        return value in expected
    return value != expected


def complete_answers(questions: list[dict], rng: random.Random) -> dict:
    """Every visible question answered with a valid value, as a phone would send it."""
    given: dict = {}
    # Answers that skip logic looks at are fixed, so every response has the same shape.
    controllers = {q["show_if"]["question"] for q in questions if q.get("show_if")}
    for question in questions:
        if not visible(question, given):
            continue
        values = [choice["value"] for choice in question.get("choices") or []]
        kind = question["type"]
        if question["code"] == "region":
            given["region"] = REGION
        elif question["code"] in controllers:
            given[question["code"]] = next(v for v in values if v not in ("none", "no"))
        elif kind == "multi":
            given[question["code"]] = rng.sample(values, 2)
        elif values:
            given[question["code"]] = rng.choice(values)
        elif kind == "number":
            given[question["code"]] = int(question["min"] or 0) + rng.randint(0, 3)
        elif kind == "text":
            given[question["code"]] = "Қызмет көрсету жақсарды, бірақ кезек ұзақ."
    return given


def submit_until(
    server: Server,
    questions: list[dict],
    deadline: float,
    seed: int,
    acknowledged: list,
    failures: Counter,
) -> None:
    rng = random.Random(seed)
    port = int(server.url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    while time.monotonic() < deadline:
        body = json.dumps({"answers": complete_answers(questions, rng), "channel": "kiosk"})
        try:
            connection.request(
                "POST",
                "/api/v1/surveys/citizens/responses",
                body,
                {"Content-Type": "application/json"},
            )
            answer = connection.getresponse()
            payload = answer.read()
        except (OSError, http.client.HTTPException) as error:
            failures[type(error).__name__] += 1  # the worker died under us: not acknowledged
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            continue
        if answer.status == 201:
            acknowledged.append(json.loads(payload)["id"])
        else:
            failures[answer.status] += 1
    connection.close()


def run_clients(server: Server, seconds: float, during=None) -> tuple[list[str], Counter]:
    questions = instrument(server)
    acknowledged: list[str] = []
    failures: Counter = Counter()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=submit_until, args=(server, questions, deadline, seed, acknowledged, failures)
        )
        for seed in range(CLIENTS)
    ]
    for thread in threads:
        thread.start()
    if during is not None:
        during()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    return acknowledged, failures


def stored(server: Server) -> tuple[set[str], dict[str, int]]:
    engine = create_engine(server.database_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        ids = {row[0] for row in connection.execute(text("SELECT id FROM response"))}
        counts = dict(
            connection.execute(
                text("SELECT response_id, count(*) FROM answer GROUP BY response_id")
            ).all()
        )
    engine.dispose()
    return ids, counts


def expected_answer_rows(server: Server) -> int:
    """Answer rows of one complete response: one per answered question, one per chosen value.

    The profile answers live on the response row itself."""
    given = complete_answers(instrument(server), random.Random(0))
    return sum(
        len(value) if isinstance(value, list) else 1
        for code, value in given.items()
        if code not in PROFILE_CODES
    )


def test_32_clients_store_exactly_what_was_acknowledged(start_gunicorn):
    server = start_gunicorn(workers=3, threads=4)
    acknowledged, failures = run_clients(server, SECONDS)
    ids, counts = stored(server)
    assert acknowledged, "no response was accepted"
    assert not failures, f"refused or failed requests: {dict(failures)}"
    assert len(acknowledged) == len(set(acknowledged))
    assert ids == set(acknowledged)
    rows = expected_answer_rows(server)
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

    acknowledged, failures = run_clients(server, SECONDS, during=kill_a_worker)
    ids, counts = stored(server)
    assert killed and acknowledged
    assert set(acknowledged) <= ids, "an acknowledged response was lost"
    rows = expected_answer_rows(server)
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

"""Clients of a real server: complete answers to the demo citizens' survey, sent through the API
or the form by many threads at once, and what the database then holds."""

import http.client
import json
import random
import re
import threading
import time
import urllib.request
from collections import Counter
from urllib.parse import urlencode

from sqlalchemy import create_engine, text

from config import normalise_database_url
from surveys.profile import PROFILE_CODES
from tests.servers import Server

REGION = "KZ-35"
API_PATH = "/api/v1/surveys/citizens/responses"


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


def text_question(questions: list[dict]) -> str:
    return next(q["code"] for q in questions if q["type"] == "text")


def expected_answer_rows(questions: list[dict]) -> int:
    """Answer rows of one complete response: one per answered question, one per chosen value.

    The profile answers live on the response row itself."""
    given = complete_answers(questions, random.Random(0))
    return sum(
        len(value) if isinstance(value, list) else 1
        for code, value in given.items()
        if code not in PROFILE_CODES
    )


def connect(server: Server) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1]), timeout=10)


def post_json(server: Server, body: str, headers: dict | None = None) -> tuple[int, dict]:
    connection = connect(server)
    try:
        connection.request(
            "POST", API_PATH, body, {"Content-Type": "application/json", **(headers or {})}
        )
        answer = connection.getresponse()
        return answer.status, json.loads(answer.read() or b"{}")
    finally:
        connection.close()


def send_form(server: Server, answers: dict, **quoting) -> int:
    """A new browser opens the survey page and sends it filled in: the status of the send.

    ``quoting`` goes to ``urlencode`` (``errors="surrogatepass"`` sends lone surrogates)."""
    connection = connect(server)
    try:
        connection.request("GET", "/s/citizens")
        page = connection.getresponse()
        html = page.read().decode()
        cookies = "; ".join(c.split(";")[0] for c in page.headers.get_all("Set-Cookie") or [])
        fields = dict(
            re.findall(r'name="(csrf_token|form_token)" type="hidden" value="([^"]*)"', html)
        )
        fields["shown"] = " ".join(answers)
        body = urlencode({**fields, **answers}, doseq=True, **quoting)
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies}
        connection.request("POST", "/s/citizens", body, headers)
        sent = connection.getresponse()
        sent.read()
        return sent.status
    finally:
        connection.close()


def submit_until(
    server: Server,
    questions: list[dict],
    deadline: float,
    seed: int,
    acknowledged: list,
    failures: Counter,
) -> None:
    """Send complete responses through the API on one keep-alive connection until the deadline."""
    rng = random.Random(seed)
    connection = connect(server)
    while time.monotonic() < deadline:
        body = json.dumps({"answers": complete_answers(questions, rng), "channel": "kiosk"})
        try:
            connection.request("POST", API_PATH, body, {"Content-Type": "application/json"})
            answer = connection.getresponse()
            payload = answer.read()
        except (OSError, http.client.HTTPException) as error:
            failures[type(error).__name__] += 1  # the worker died under us: not acknowledged
            connection.close()
            connection = connect(server)
            continue
        if answer.status == 201:
            acknowledged.append(json.loads(payload)["id"])
        else:
            failures[answer.status] += 1
    connection.close()


def run_clients(
    servers: list[Server], clients: int, seconds: float, during=None
) -> tuple[list[str], Counter]:
    """``clients`` threads sending through the API, spread over the servers, for ``seconds``."""
    questions = instrument(servers[0])
    acknowledged: list[str] = []
    failures: Counter = Counter()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=submit_until,
            args=(servers[seed % len(servers)], questions, deadline, seed, acknowledged, failures),
        )
        for seed in range(clients)
    ]
    for thread in threads:
        thread.start()
    if during is not None:
        during()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    return acknowledged, failures


def at_once(*calls) -> list:
    """Run the calls in threads released together; their results in order."""
    barrier, results = threading.Barrier(len(calls)), [None] * len(calls)

    def run(index, call):
        barrier.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def stored(database_url: str) -> tuple[dict[str, str], dict[str, int]]:
    """Responses by id with their channel, and answer rows by response id."""
    engine = create_engine(normalise_database_url(database_url))
    with engine.connect() as connection:
        channels = dict(connection.execute(text("SELECT id, channel FROM response")).all())
        counts = dict(
            connection.execute(
                text("SELECT response_id, count(*) FROM answer GROUP BY response_id")
            ).all()
        )
    engine.dispose()
    return channels, counts


def server_errors(server: Server) -> list[str]:
    """5xx lines of gunicorn's access log, and tracebacks of its error log."""
    lines = server.log.read_text(errors="replace").splitlines()
    return [line for line in lines if '" 5' in line or "Traceback" in line]

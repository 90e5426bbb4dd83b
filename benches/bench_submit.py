"""Benchmark: accepting a survey response, through the API and the form, against a trivial route.

Starts gunicorn as `make run` does (``-c gunicorn.conf.py``; only worker recycling is off) on a
loopback port, over a database made by ``flask db upgrade heads`` and ``flask seed demo``: a
fresh SQLite file, or with DATABASE_URL set that PostgreSQL database (give it one of its own:
the bench stores thousands of responses in it). Then, from 32 keep-alive clients:

- paced: the API, then the form, at a steady 100 submissions a second (a national peak is
  tens a second); latency counts from each request's scheduled moment, so queueing shows.
  Goal: p99 under 100 ms.
- saturation: the trivial route (GET of "ok" from the same app), the API and the form, each
  sent as fast as answers come back, taking turns in three rounds (the machine's speed drifts
  with other work on it). Goal: each submission's throughput at least 0.15 of the trivial
  route's.

A submission holds 25 answers (6 profile, 19 questions); a form is fetched (its cookie, CSRF
and one-time tokens) before the clock starts, and sent once. Afterwards the stored rows must
equal the accepted submissions exactly.

Usage: python benches/bench_submit.py [--seconds 12] [--rate 100]
The last line is ``submit/trivial throughput ratio: <number>`` (the form at saturation).
"""

import argparse
import http.client
import itertools
import json
import multiprocessing
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from config import normalise_database_url  # noqa: E402  (path set above)

ROOT = Path(__file__).resolve().parents[1]
SLUG = "citizens"
# The status of an accepted request, by scenario ("api paced" as "api", and so on).
ACCEPTED = {"trivial": 200, "api": 201, "form": 303, "form page": 200}
REGIONS = [
    "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39", "KZ-43",
    "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
]  # fmt: skip
SERVICES = ["id_documents", "health", "education", "police", "vehicles", "social", "tax"]
ANSWER_ROWS = 20  # per response: 19 questions, one of them a two-choice multiple answer
API_REQUESTS_PER_CLIENT = 64  # different responses each API client sends in turn
PROCESSES, THREADS = 4, 8  # 32 clients
RATIO_GOAL = 0.15
P99_GOAL_MS = 100


def answers(rng: random.Random) -> dict:
    """A complete response to the demo citizens' survey (outside Atyrau)."""
    scale = lambda: rng.randint(1, 5)  # noqa: E731
    return {
        "region": rng.choice(REGIONS),
        "age_band": rng.choice(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]),
        "sex": rng.choice(["female", "male"]),
        "settlement": rng.choice(["urban", "rural"]),
        "group": "citizen",
        "service_used": rng.choice(SERVICES),
        "sq_satisfaction": scale(),
        "sq_on_time": scale(),
        "exp_asked": "yes",
        "exp_reported": rng.choice(["yes", "no"]),
        "exp_gave": "yes",
        "exp_gave_times": rng.randint(1, 5),
        "exp_gave_services": rng.sample(SERVICES, 2),
        "trust_akimat": scale(),
        "trust_police": scale(),
        "trust_anticorruption": scale(),
        "pc_willing": scale(),
        "pc_fear": scale(),
        "pc_monitoring": rng.choice(["yes", "no"]),
        "tol_gift": scale(),
        "tol_relatives": scale(),
        "aw_where_to_report": rng.choice(["yes", "no"]),
        "aw_protected": scale(),
        "perceived_change": scale(),
        "comment": "Қызметтер онлайн болса, пара сұрайтын адам азаяр еді.",
    }


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(database_url: str, workdir: Path, port: int) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        FLASK_APP="app:create_app",
        ADAL_SQLALCHEMY_DATABASE_URI=database_url,
        ADAL_SECRET_KEY=secrets.token_hex(32),
        ADAL_TRAINING_SITE_URL=f"http://127.0.0.1:{port}",
        ADAL_RATELIMIT_STORAGE_URI=f"sqlite:///{workdir / 'rate-limits.sqlite'}",
        # Generous limits: every client comes from 127.0.0.1.
        ADAL_API_RATE_LIMIT="10000000 per minute",
        ADAL_SURVEY_SUBMIT_RATE_LIMIT="10000000 per minute",
        PORT=str(port),
        ADAL_LOG_LEVEL="WARNING",
    )
    flask = [sys.executable, "-m", "flask"]
    for command in (["db", "upgrade", "heads"], ["seed", "demo"]):
        done = subprocess.run(flask + command, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"flask {' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return env


def start_server(env: dict, log: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gunicorn.conf.py",
            "--max-requests",  # no worker restarts mid-measurement
            "0",
            "benches.trivial_app:create_bench_app()",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    for _ in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.1)
    stop_server(server)
    sys.exit(f"gunicorn did not start; see {log}:\n{log.read_text()[-2000:]}")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def stored_rows(database_url: str) -> tuple[int, int]:
    engine = create_engine(normalise_database_url(database_url))
    with engine.connect() as connection:
        responses = connection.execute(text("SELECT COUNT(*) FROM response")).scalar_one()
        rows = connection.execute(text("SELECT COUNT(*) FROM answer")).scalar_one()
    engine.dispose()
    return responses, rows


# ---------------------------------------------------------------- the clients


class Client:
    """One keep-alive HTTP/1.1 connection on a plain socket, reconnecting when the server closes
    it: the clients share the server's cores, so they do as little as they can."""

    def __init__(self, port: int):
        self.port = port
        self.sock = None
        self.buffer = b""

    def request(self, raw: bytes) -> tuple[int, bytes, bytes]:
        """Send one request made by ``http_request``: its status, header block and body."""
        for attempt in (1, 2):
            if self.sock is None:
                self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=60)
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self.buffer = b""
            try:
                self.sock.sendall(raw)
                status, head, body = self._response()
            except (ConnectionError, EOFError):
                self.close()
                if attempt == 2:
                    raise
                continue
            if re.search(rb"(?im)^connection:\s*close", head):
                self.close()
            return status, head, body
        raise AssertionError("unreachable")

    def _response(self) -> tuple[int, bytes, bytes]:
        while (end := self.buffer.find(b"\r\n\r\n")) < 0:
            self._receive()
        head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
        length = int(re.search(rb"(?im)^content-length:\s*(\d+)", head)[1])
        while len(self.buffer) < length:
            self._receive()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(head[9:12]), head, body

    def _receive(self) -> None:
        data = self.sock.recv(65536)
        if not data:
            raise EOFError("the server closed the connection")
        self.buffer += data

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None


def http_request(method: str, path: str, body: bytes = b"", headers: dict | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def api_request(rng: random.Random) -> bytes:
    body = json.dumps({"answers": answers(rng), "channel": "kiosk"}).encode()
    path = f"/api/v1/surveys/{SLUG}/responses"
    return http_request("POST", path, body, {"Content-Type": "application/json"})


def fetch_form(client: Client, rng: random.Random) -> bytes:
    """A new browser opens the form (its cookies, CSRF and one-time tokens) and fills it in:
    the POST it will send."""
    status, head, page = client.request(http_request("GET", f"/s/{SLUG}?lang=kk"))
    assert status == 200, status
    cookies = "; ".join(
        cookie.decode() for cookie in re.findall(rb"(?im)^set-cookie:\s*([^;\r\n]*)", head)
    )
    fields = dict(
        re.findall(
            r'name="(csrf_token|form_token|channel)" type="hidden" value="([^"]*)"', page.decode()
        )
    )
    given = answers(rng)
    fields["shown"] = " ".join(given)  # what the page's script shows for these answers
    body = urlencode({**fields, **given}, doseq=True).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies}
    return http_request("POST", f"/s/{SLUG}", body, headers)


def run_scenario(scenario, port, seconds, barrier, results, seed, forms_wanted, interval):
    """One client process: THREADS keep-alive clients for ``seconds`` after the barrier.

    With an ``interval``, each client sends on a fixed schedule instead of as fast as it can,
    and latency counts from the scheduled moment, so a slow reply cannot hide queueing.
    """
    rng = random.Random(seed)
    forms: deque = deque()
    if scenario.startswith("form"):
        started, lock = time.monotonic(), threading.Lock()

        def fetch_some(count):
            client, local = Client(port), random.Random(rng.random())
            got = [fetch_form(client, local) for _ in range(count)]
            with lock:
                forms.extend(got)

        pool = [
            threading.Thread(target=fetch_some, args=(forms_wanted // THREADS + 1,))
            for _ in range(THREADS)
        ]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        done = Counter({200: len(forms)})
        results.put((f"{scenario} page", started, time.monotonic(), [], done, done))
    if scenario == "trivial":
        requests = [itertools.repeat(http_request("GET", "/bench/trivial"))] * THREADS
    elif scenario.startswith("api"):  # distinct answers, made before the clock starts
        requests = [
            itertools.cycle([api_request(rng) for _ in range(API_REQUESTS_PER_CLIENT)])
            for _ in range(THREADS)
        ]
    else:
        requests = [iter(forms.popleft, None)] * THREADS  # each form is sent once
    barrier.wait()
    start = time.monotonic()
    deadline = start + seconds
    latencies, in_window, everything, lock = [], Counter(), Counter(), threading.Lock()

    def work(mine_to_send):
        client = Client(port)
        mine, counted, sent = [], Counter(), Counter()
        scheduled = start + rng.random() * (interval or 0)
        while time.monotonic() < deadline:
            if interval:
                time.sleep(max(0.0, scheduled - time.monotonic()))
            try:
                request = next(mine_to_send)
            except IndexError:
                break  # no fetched form left
            began = scheduled if interval else time.monotonic()
            status, _, _ = client.request(request)
            finished = time.monotonic()
            sent[status] += 1
            if finished <= deadline:  # throughput counts what finished within the window
                mine.append(finished - began)
                counted[status] += 1
            scheduled += interval or 0
        client.close()
        with lock:
            latencies.extend(mine)
            in_window.update(counted)
            everything.update(sent)

    pool = [threading.Thread(target=work, args=(mine,)) for mine in requests]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    results.put((scenario, start, deadline, latencies, in_window, everything))


def measure(scenario: str, port: int, seconds: float, forms=0, rate=None) -> dict:
    """Run a scenario from PROCESSES client processes; its figures, by name."""
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    interval = PROCESSES * THREADS / rate if rate else None
    args = (scenario, port, seconds, barrier, results)
    workers = [
        context.Process(target=run_scenario, args=(*args, seed, forms // PROCESSES, interval))
        for seed in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    parts = [results.get() for _ in range(PROCESSES * (2 if scenario.startswith("form") else 1))]
    for worker in workers:
        worker.join()
    report = {}
    for name in dict.fromkeys(part[0] for part in parts):
        mine = [part for part in parts if part[0] == name]
        status = ACCEPTED[name.replace(" paced", "")]
        report[name] = {
            "statuses": sum((part[5] for part in mine), Counter()),
            "elapsed": max(part[2] for part in mine) - min(part[1] for part in mine),
            "in window": sum(part[4][status] for part in mine),
            "latencies": [x for part in mine for x in part[3]],
        }
    return report


def combine(rounds: list[dict]) -> dict:
    """One report per scenario: counts added, latencies pooled, throughput over all windows."""
    report = {}
    for name in rounds[0]:
        mine = [measured[name] for measured in rounds]
        in_window, elapsed = sum(m["in window"] for m in mine), sum(m["elapsed"] for m in mine)
        statuses = sum((m["statuses"] for m in mine), Counter())
        report[name] = {
            "statuses": statuses,
            "accepted": statuses[ACCEPTED[name.replace(" paced", "")]],
            "throughput": in_window / elapsed,
            "latencies": sorted(x for m in mine for x in m["latencies"]),
        }
    return report


def p99(result: dict) -> float:
    latencies = result["latencies"]
    return latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000


def describe(name: str, result: dict) -> str:
    lat = result["latencies"]
    timing = (
        f"p50 {lat[len(lat) // 2] * 1000:6.1f} ms  p99 {p99(result):6.1f} ms"
        if lat
        else "(untimed)"
    )
    return (
        f"{name:<11} {result['throughput']:7.1f} /s  {timing}  statuses {dict(result['statuses'])}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=12.0, help="per scenario")
    parser.add_argument("--rate", type=float, default=100.0, help="paced submissions a second")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="adal-bench-submit-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'adal.sqlite'}"
    port = free_port()
    server = None
    try:
        env = prepare(database_url, workdir, port)
        server = start_server(env, workdir / "gunicorn.log", port)
        database = database_url.split(":", 1)[0]
        print(f"gunicorn -c gunicorn.conf.py on 127.0.0.1:{port}, {database}")
        for warm in ("trivial", "api"):  # every worker imports, connects and fills its caches
            measure(warm, port, 1.0)
        before = stored_rows(database_url)

        results = {}
        for name in ("api", "form"):
            forms = int(args.rate * args.seconds * 1.1) if name == "form" else 0
            results.update(
                combine([measure(f"{name} paced", port, args.seconds, forms, args.rate)])
            )
        rounds, seconds = [], args.seconds / 3
        for _ in range(3):
            measured = measure("trivial", port, seconds)
            measured.update(measure("api", port, seconds))
            forms = int(measured["api"]["in window"] * 1.5) + PROCESSES * THREADS
            measured.update(measure("form", port, seconds, forms))
            rounds.append(measured)
        results.update(combine(rounds))

        print(f"paced at {args.rate:g} submissions a second:")
        for name in ("api paced", "form paced"):
            print("  " + describe(name, results[name]))
        print("at saturation, 32 clients:")
        for name in ("trivial", "api", "form page", "form"):
            print("  " + describe(name, results[name]))

        responses, rows = stored_rows(database_url)
        accepted = sum(
            results[name]["accepted"] for name in ("api", "form", "api paced", "form paced")
        )
        new_responses, new_rows = responses - before[0], rows - before[1]
        exact = new_responses == accepted and new_rows == accepted * ANSWER_ROWS
        print(
            f"stored: {new_responses} responses, {new_rows} answer rows for {accepted} accepted "
            f"submissions: {'exact' if exact else 'MISMATCH'}"
        )
        failures = sum(
            count
            for result in results.values()
            for status, count in result["statuses"].items()
            if status >= 500
        )
        if failures:
            stop_server(server)  # and with it, every worker's buffered log lines are written
            log = (workdir / "gunicorn.log").read_text(errors="replace").splitlines()
            said = [line for line in log if "ERROR" in line or '" 50' in line]
            print(f"FAIL: {failures} server errors; the server's log says:", *said[:20], sep="\n")
        trivial = results["trivial"]["throughput"]
        ratios = {name: results[name]["throughput"] / trivial for name in ("api", "form")}
        print(
            f"goals: paced p99 under {P99_GOAL_MS} ms (api {p99(results['api paced']):.0f}, "
            f"form {p99(results['form paced']):.0f}); at saturation at least {RATIO_GOAL} of "
            f"the trivial route's throughput (api {ratios['api']:.2f}, form {ratios['form']:.2f})"
        )
        print(f"submit/trivial throughput ratio: {ratios['form']:.2f}")
    finally:
        if server is not None:
            stop_server(server)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

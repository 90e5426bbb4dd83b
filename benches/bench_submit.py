"""Benchmark: accepting a survey response, through the API and the form, against a trivial route.

Starts gunicorn as `make run` does (``-c gunicorn.conf.py``, its workers and threads; only
worker recycling is off during the run) on a loopback port, with a fresh SQLite database made
by ``flask db upgrade heads`` and ``flask seed demo``, and measures side by side in one run:

- trivial: GET of a route that returns "ok" from the same app on the same server;
- api: POST /api/v1/surveys/citizens/responses, 25 answers (6 profile, 19 questions);
- form: POST /s/citizens with the same answers, CSRF token, one-time form token and a new
  browser each time (the GETs that fetch those forms are made first and timed on their own).

32 concurrent keep-alive clients (4 processes x 8 threads), sending as fast as answers come
back, 12 s per scenario in three rounds in which the scenarios take turns (4 s each), so that
the machine's speed, which drifts with other work on it, weighs on each alike; then the API and
the form again, each paced at half its maximum rate, for latency below saturation. Afterwards the
stored rows must equal the accepted requests exactly. Goals on the 2-core machine: submit
throughput at least 30% of the trivial route's, p99 under 100 ms.

Usage: python benches/bench_submit.py [--seconds 12] [--rounds 3] [--processes 4] [--threads 8]
The last line is ``submit/trivial throughput ratio: <number>`` (the slower of api and form).
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
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from contextlib import closing
from pathlib import Path
from urllib.parse import urlencode

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
RATIO_GOAL = 0.30  # submissions' throughput against the trivial route's, at least
P99_GOAL_MS = 100  # at 32 clients sending as fast as answers come back, under


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


def prepare(workdir: Path, port: int) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        FLASK_APP="app:create_app",
        ADAL_SQLALCHEMY_DATABASE_URI=f"sqlite:///{workdir / 'adal.sqlite'}",
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
            # Workers are not recycled mid-measurement: a restart would cost the busiest
            # scenario (the trivial route) most, and tilt the ratio.
            "--max-requests",
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


# ---------------------------------------------------------------- the clients


class Client:
    """One keep-alive HTTP/1.1 connection on a plain socket; reconnects if the server closes it.

    The clients share the server's two cores, so they do as little as they can: requests are
    bytes made before the clock starts, and a response is read by its Content-Length. (With
    http.client, which parses every response's headers with the email package, the clients
    took 0.4-0.6 ms of CPU per request, a quarter of what the server spent on a trivial one.)
    """

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
        length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        if length is None:
            raise AssertionError(f"a response without Content-Length: {head[:200]!r}")
        while len(self.buffer) < int(length[1]):
            self._receive()
        body, self.buffer = self.buffer[: int(length[1])], self.buffer[int(length[1]) :]
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


def run_scenario(scenario, port, seconds, threads, barrier, results, seed, prefetch, interval):
    """One client process: ``threads`` keep-alive clients for ``seconds`` after the barrier.

    With an ``interval``, each client sends on a fixed schedule instead of as fast as it can,
    and latency counts from the scheduled moment, so a slow reply cannot hide queueing.
    """
    rng = random.Random(seed)
    forms: deque = deque()
    if scenario.startswith("form"):
        started = time.monotonic()
        lock = threading.Lock()

        def fetch_some(count):
            client, local = Client(port), random.Random(rng.random())
            got = [fetch_form(client, local) for _ in range(count)]
            with lock:
                forms.extend(got)

        pool = [
            threading.Thread(target=fetch_some, args=(prefetch // threads,)) for _ in range(threads)
        ]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        done = Counter({200: len(forms)})
        results.put((f"{scenario} page", started, time.monotonic(), [], done, done))
    if scenario == "trivial":
        requests = [itertools.repeat(http_request("GET", "/bench/trivial"))] * threads
    elif scenario.startswith("api"):  # distinct answers, made before the clock starts
        requests = [
            itertools.cycle([api_request(rng) for _ in range(API_REQUESTS_PER_CLIENT)])
            for _ in range(threads)
        ]
    else:
        requests = [iter(forms.popleft, None)] * threads  # each form is sent once
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
                break  # no prefetched form left
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


def measure(scenario, port, seconds, processes, threads, prefetch=0, rate=None) -> dict:
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(processes), context.Queue()
    interval = processes * threads / rate if rate else None
    workers = [
        context.Process(
            target=run_scenario,
            args=(
                scenario,
                port,
                seconds,
                threads,
                barrier,
                results,
                seed,
                prefetch // processes,
                interval,
            ),
        )
        for seed in range(processes)
    ]
    for worker in workers:
        worker.start()
    parts = [results.get() for _ in range(processes * (2 if scenario.startswith("form") else 1))]
    for worker in workers:
        worker.join()
    report = {}
    for name in dict.fromkeys(part[0] for part in parts):
        mine = [part for part in parts if part[0] == name]
        everything = sum((part[5] for part in mine), Counter())
        status = ACCEPTED[name.replace(" paced", "")]
        report[name] = {
            "requests": sum(everything.values()),
            "accepted": everything[status],  # all that were stored
            "statuses": everything,
            "elapsed": max(part[2] for part in mine) - min(part[1] for part in mine),
            "in window": sum(part[4][status] for part in mine),
            "latencies": [x for part in mine for x in part[3]],
        }
    return combine([report])


def combine(rounds: list[dict]) -> dict:
    """One report per scenario from its rounds: counts added, latencies pooled, throughput
    over the rounds' windows together."""
    report = {}
    for name in rounds[0]:
        mine = [measured[name] for measured in rounds]
        in_window, elapsed = sum(m["in window"] for m in mine), sum(m["elapsed"] for m in mine)
        report[name] = {
            "requests": sum(m["requests"] for m in mine),
            "accepted": sum(m["accepted"] for m in mine),
            "statuses": sum((m["statuses"] for m in mine), Counter()),
            "elapsed": elapsed,
            "in window": in_window,
            "throughput": in_window / elapsed,
            "latencies": sorted(x for m in mine for x in m["latencies"]),
        }
    return report


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(share * len(values)))] * 1000


def describe(name: str, result: dict) -> str:
    lat = result["latencies"]
    timing = (
        f"p50 {percentile(lat, 0.50):6.1f} ms  p95 {percentile(lat, 0.95):6.1f} ms  "
        f"p99 {percentile(lat, 0.99):6.1f} ms"
        if lat
        else "(latency not timed per request)"
    )
    return (
        f"{name:<10} {result['throughput']:8.1f} /s  {timing}  "
        f"accepted {result['accepted']} of {result['requests']}  "
        f"statuses {dict(result['statuses'])}"
    )


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def stored_rows(database: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(database)) as connection:
        responses = connection.execute("SELECT COUNT(*) FROM response").fetchone()[0]
        rows = connection.execute("SELECT COUNT(*) FROM answer").fetchone()[0]
    return responses, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=12.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    clients = args.processes * args.threads
    workdir = Path(tempfile.mkdtemp(prefix="adal-bench-submit-"))
    port = free_port()
    server = None
    try:
        env = prepare(workdir, port)
        server = start_server(env, workdir / "gunicorn.log", port)
        print(f"gunicorn -c gunicorn.conf.py on 127.0.0.1:{port}, fresh SQLite in {workdir}")
        print(f"{clients} concurrent keep-alive clients, {args.seconds:g} s per scenario")
        for warm in ("trivial", "api"):  # every worker imports, connects and fills its caches
            measure(warm, port, 1.0, args.processes, args.threads)
        before = stored_rows(workdir / "adal.sqlite")
        rounds, ran_out, seconds = [], False, args.seconds / args.rounds
        for _ in range(args.rounds):  # the scenarios take turns: the machine's speed drifts
            measured = measure("trivial", port, seconds, args.processes, args.threads)
            measured.update(measure("api", port, seconds, args.processes, args.threads))
            prefetch = int(measured["api"]["throughput"] * seconds * 1.5) + clients
            measured.update(
                measure("form", port, seconds, args.processes, args.threads, prefetch=prefetch)
            )
            ran_out |= measured["form"]["requests"] >= prefetch - clients
            rounds.append(measured)
        results = combine(rounds)
        paced = {name: results[name]["throughput"] / 2 for name in ("api", "form")}
        for name, rate in paced.items():  # below saturation, for latency without queueing
            prefetch = int(rate * args.seconds * 1.2) + clients if name == "form" else 0
            results.update(
                measure(
                    f"{name} paced",
                    port,
                    args.seconds,
                    args.processes,
                    args.threads,
                    prefetch=prefetch,
                    rate=rate,
                )
            )
        for name in ("trivial", "api", "form page", "form", "api paced", "form paced"):
            print(describe(name, results[name]))
        if ran_out:
            print("note: the form scenario ran out of prefetched forms before its time was up")
        responses, rows = stored_rows(workdir / "adal.sqlite")
        accepted = sum(
            results[name]["accepted"] for name in ("api", "form", "api paced", "form paced")
        )
        new_responses, new_rows = responses - before[0], rows - before[1]
        exact = new_responses == accepted and new_rows == accepted * ANSWER_ROWS
        print(
            f"stored: {new_responses} responses, {new_rows} answer rows for {accepted} accepted "
            f"submissions: {'exact' if exact else 'MISMATCH'}"
        )
        trivial = results["trivial"]["throughput"]
        ratios = {name: results[name]["throughput"] / trivial for name in ("api", "form")}
        p99 = {
            name: percentile(results[name]["latencies"], 0.99)
            for name in ("trivial", "api", "form")
        }
        # Three decimals and a verdict: rounded to two, 0.297 would read as the goal's 0.30.
        print(
            f"api/trivial {ratios['api']:.3f}, form/trivial {ratios['form']:.3f} "
            f"(goal >= {RATIO_GOAL:.2f}: {verdict(min(ratios.values()) >= RATIO_GOAL)})"
        )
        print(
            f"p99 at {clients} clients: "
            + ", ".join(f"{k} {v:.1f} ms" for k, v in p99.items())
            + f" (goal < {P99_GOAL_MS:g} ms: {verdict(max(p99.values()) < P99_GOAL_MS)})"
        )
        for name in ("api", "form"):
            print(
                f"p99 of {name} sends paced at {paced[name]:.0f}/s (half the maximum) from "
                f"{clients} clients: "
                f"{percentile(results[f'{name} paced']['latencies'], 0.99):.1f} ms"
            )
        if not exact:
            print("FAIL: stored rows differ from accepted requests")
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
            kept = Path(tempfile.mkdtemp(prefix="adal-bench-failed-")) / "gunicorn.log"
            shutil.copy(workdir / "gunicorn.log", kept)
            print(f"(the whole log is kept in {kept})")
        print(f"submit/trivial throughput ratio: {min(ratios.values()):.3f}")
    finally:
        if server is not None:
            stop_server(server)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

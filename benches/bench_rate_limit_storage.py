"""Benchmark the rate-limit storages (not a test): what counting a request costs.

1. One hit of a fixed-window limit (what Flask-Limiter does for each limit of a request), in
   one thread: limits' in-process "memory://" storage (the baseline, which counts per worker)
   against rate_limits.SQLiteStorage (a file every worker of the host shares).
2. The same with two processes of four threads hitting one file at once, as two gunicorn
   workers do: the cost of a hit when the file's write lock is contended.
3. A whole request in-process (GET /api/v1/surveys, one limit), with each storage.

Usage: python benches/bench_rate_limit_storage.py [--hits N]
"""

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from limits import RateLimitItemPerMinute  # noqa: E402
from limits.storage import storage_from_string  # noqa: E402
from limits.strategies import FixedWindowRateLimiter  # noqa: E402

import rate_limits  # noqa: E402, F401  (registers the sqlite:// scheme)

KEYS = 200  # addresses counted at once
LIMIT = RateLimitItemPerMinute(10**9)  # never reached: every hit counts


def hit_times(uri: str, hits: int) -> list[float]:
    """Seconds per hit, for each hit."""
    limiter = FixedWindowRateLimiter(storage_from_string(uri))
    times = []
    for number in range(hits):
        start = time.perf_counter()
        limiter.hit(LIMIT, f"192.0.2.{number % KEYS}", "surveys-api")
        times.append(time.perf_counter() - start)
    return times


def threads_hitting(uri: str, hits: int, threads: int, results) -> None:
    collected: list[float] = []

    def run():
        collected.extend(hit_times(uri, hits))

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    results.put(collected)


def contended_times(uri: str, hits: int, processes: int = 2, threads: int = 4) -> list[float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    started = [
        context.Process(target=threads_hitting, args=(uri, hits, threads, results))
        for _ in range(processes)
    ]
    for process in started:
        process.start()
    collected = [time for _ in started for time in results.get()]
    for process in started:
        process.join()
    return collected


def request_times(uri: str, database: str, requests: int) -> list[float]:
    from flask_migrate import upgrade

    from app import create_app

    settings = {
        "SECRET_KEY": "bench",
        "TRAINING_SITE_URL": "http://127.0.0.1",
        "SQLALCHEMY_DATABASE_URI": database,
        "RATELIMIT_STORAGE_URI": uri,
        "API_RATE_LIMIT": "1000000 per minute",
    }
    app = create_app(settings)
    with app.app_context():
        upgrade(revision="heads")
    client = app.test_client()
    for _ in range(50):  # caches warm
        client.get("/api/v1/surveys")
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        assert client.get("/api/v1/surveys").status_code == 200
        times.append(time.perf_counter() - start)
    return times


def describe(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[int(len(ordered) * 0.99)]
    return (
        f"{name:<34} median {statistics.median(times) * 1e6:8.1f} µs   "
        f"p99 {p99 * 1e6:8.1f} µs   ({len(times)} timed)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sqlite = f"sqlite:///{folder}/rate-limits.sqlite"
        memory = "memory://"

        print("1. one hit, one thread")
        alone = {uri: hit_times(uri, args.hits) for uri in (memory, sqlite)}
        print(describe("memory:// (per worker)", alone[memory]))
        print(describe("sqlite:// (shared by the host)", alone[sqlite]))
        extra = statistics.median(alone[sqlite]) - statistics.median(alone[memory])
        print(
            f"   sqlite costs {extra * 1e6:.1f} µs more a hit (median), ratio "
            f"{statistics.median(alone[sqlite]) / statistics.median(alone[memory]):.2f}"
        )

        print("2. one hit, two processes x four threads on one file")
        contended = contended_times(sqlite, args.hits // 8)
        print(describe("sqlite:// contended", contended))

        print("3. a whole request in-process: GET /api/v1/surveys, one limit")
        database = f"sqlite:///{folder}/adal.sqlite"
        per_request = {
            uri: request_times(uri, database, args.hits // 10) for uri in (memory, sqlite)
        }
        print(describe("request, memory://", per_request[memory]))
        print(describe("request, sqlite://", per_request[sqlite]))
        ratio = statistics.median(per_request[sqlite]) / statistics.median(per_request[memory])
        print(f"   request time ratio sqlite/memory (median): {ratio:.3f}")


if __name__ == "__main__":
    main()

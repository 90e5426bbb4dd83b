"""Benchmark of the trends pages on simulated data (not a test).

For each size (responses of the citizens' survey in 8 closed waves, 20 regions; 100,000 and
1,000,000 by default) a fresh database is filled by the simulation (`flask demo simulate`'s
code) and weighted to the demo population table. Then, through the app's test client:

- first read: the dashboard when no wave has stored sums yet (all 8 weighted and summed);
- cold: the first request after a wave closes: the last wave's weights and sums are dropped,
  so the request rakes it and adds up its sums, for the dashboard, a region page and the API;
- warm: the same requests again (median of 7), reading stored sums only.

Usage: python benches/bench_dashboard.py [--sizes 100000 1000000] [--database-url URL]
(default: a fresh SQLite file per size; a PostgreSQL URL is emptied and reused; ``--sizes
100000`` alone is a quick run). Each figure is wall-clock time, with this process's CPU time
beside it: on a shared machine the wall clock also counts other programs' turns (on SQLite the
database works in this process, so its CPU time is the request's own cost).
Goals on this 2-core machine: warm under 300 ms; warm time grows at most 1.5x for 10x data;
cold under 5 s at 1,000,000 responses.
Last line: ``dashboard warm time growth for 10x data: <number>``.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WAVES, SEED = 8, 2026
REQUESTS = {
    "dashboard": "/dashboard?indicator=sdg-16.5.1",
    "region page": "/dashboard/regions/KZ-23",
    "open-data API": "/api/v1/open/indicators?indicator=sdg-16.5.1",
}


def build(url: str):
    from flask_migrate import upgrade
    from sqlalchemy import text

    from accounts.regions import load_regions
    from accounts.service import create_user
    from app import create_app
    from extensions import db
    from surveys.demo import load_demo_surveys
    from trends.population import load_demo_population

    app = create_app(
        {
            "SECRET_KEY": "bench",
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": url,
            "RATELIMIT_ENABLED": False,
            "WTF_CSRF_ENABLED": False,
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        }
    )
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        upgrade(directory=str(ROOT / "migrations"), revision="heads")
        load_regions()
        load_demo_surveys()
        load_demo_population()
        create_user("bench@adal.example", "Bench", "admin", "bench-password", None, None)
        db.session.commit()
    return app


def fill(app, responses: int) -> float:
    from simulation.demo import simulate

    with app.app_context():
        started = time.perf_counter()
        simulate("citizens", WAVES, responses, SEED, learners=300)
        return time.perf_counter() - started


def signed_in(app):
    client = app.test_client()
    answer = client.post(
        "/login", data={"email": "bench@adal.example", "password": "bench-password"}
    )
    assert answer.status_code == 302, answer.status_code
    return client


def timed(client, path: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one request (CPU: this process, where SQLite works too)."""
    started, cpu = time.perf_counter(), time.process_time()
    answer = client.get(path)
    elapsed = time.perf_counter() - started, time.process_time() - cpu
    assert answer.status_code == 200, (path, answer.status_code)
    return elapsed


def drop_last_wave(app) -> None:
    """As if the last wave had just closed: no weights record, no stored sums."""
    from sqlalchemy import select

    from extensions import db
    from surveys.models import Wave
    from trends.cache import forget_wave

    with app.app_context():
        last = (
            db.session.execute(
                select(Wave.id).where(Wave.simulated.is_(True)).order_by(Wave.opens_at.desc())
            )
            .scalars()
            .first()
        )
        forget_wave(last)
        db.session.commit()


def measure(url: str, responses: int) -> dict:
    app = build(url)
    seconds = fill(app, responses)
    print(f"{responses:,} responses simulated in {seconds:.0f} s", flush=True)
    client = signed_in(app)
    first, first_cpu = timed(client, REQUESTS["dashboard"])
    print(f"  first read (8 waves weighted and summed): {first:.2f} s (CPU {first_cpu:.2f} s)")
    found = {}
    for name, path in REQUESTS.items():
        drop_last_wave(app)
        cold, cold_cpu = timed(client, path)
        warm_runs = [timed(client, path) for _ in range(7)]
        warm = statistics.median(wall for wall, _ in warm_runs)
        warm_cpu = statistics.median(cpu for _, cpu in warm_runs)
        found[name] = (cold, warm)
        print(
            f"  {name}: cold {cold:.2f} s (CPU {cold_cpu:.2f} s), "
            f"warm {warm * 1000:.0f} ms (CPU {warm_cpu * 1000:.0f} ms)",
            flush=True,
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            url = args.database_url or f"sqlite:///{Path(folder) / f'bench-{size}.sqlite'}"
            results[size] = measure(url, size)
    small, large = min(results), max(results)
    for name in REQUESTS:
        print(
            f"{name}: warm {results[small][name][1] * 1000:.0f} ms at {small:,}, "
            f"{results[large][name][1] * 1000:.0f} ms at {large:,}; "
            f"cold {results[large][name][0]:.2f} s at {large:,}"
        )
    growth = results[large]["dashboard"][1] / results[small]["dashboard"][1]
    print(f"dashboard warm time growth for 10x data: {growth:.2f}")


if __name__ == "__main__":
    main()

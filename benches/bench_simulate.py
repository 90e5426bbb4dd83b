"""Benchmark of `flask demo simulate` loading simulated responses into SQLite (not a test).

For each size (8 waves of the citizens' survey; 100,000 and 1,000,000 responses by default),
each in a child process of its own and a fresh copy of one migrated SQLite file holding the
regions and the demo surveys:

- simulate: simulation.demo.simulate, timed from the call to the commit (generation, SQLAlchemy
  Core executemany inserts, commit), with the child's peak resident memory;
- raw: the same rows, made by the same generator outside the clock, written by the sqlite3
  module's executemany (one INSERT per table and block, one transaction, the app's pragmas);
  only the executemany calls and the commit are timed.

Wall time is the figure; each line also gives the process's CPU time, which other programs on
a shared machine disturb less (the two measurements run minutes apart).

Usage: python benches/bench_simulate.py [--sizes 100000 1000000]
Goals: 1,000,000 responses in under 5 minutes; ratio <= 2; peak memory flat in N.
Last line: ``simulate/raw insert time ratio: <number>`` of the largest size.
"""

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WAVES, SEED, SLUG = 8, 2026, "citizens"
SETTINGS = {"SECRET_KEY": "bench", "TESTING": True}


def app_for(path: Path):
    from app import create_app

    return create_app({**SETTINGS, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(path: Path) -> None:
    """A migrated database with the 20 regions and the demo surveys, nothing simulated."""
    from flask_migrate import upgrade

    from accounts.regions import load_regions
    from extensions import db
    from surveys.demo import load_demo_surveys

    with app_for(path).app_context():
        upgrade(directory=str(ROOT / "migrations"), revision="heads")
        load_regions()
        load_demo_surveys()
        db.engine.dispose()  # the last connection closed: the write-ahead log is in the file


def run_simulate(path: Path, responses: int) -> dict:
    from simulation.demo import simulate

    with app_for(path).app_context():
        start_rss = peak_rss_mb()
        started, cpu = time.perf_counter(), time.process_time()
        made = simulate(SLUG, WAVES, responses, SEED)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu": cpu,
        "responses": made.survey.responses,
        "answers": made.survey.answers,
        "rss_start_mb": start_rss,
        "rss_peak_mb": peak_rss_mb(),
    }


def run_raw(path: Path, responses: int) -> dict:
    """The same rows by sqlite3's executemany; only the database's work is timed."""
    from sqlalchemy import select

    from accounts.models import Region
    from database import sqlite_pragmas
    from extensions import db
    from simulation.population import demo_population
    from simulation.surveys import (
        INSERT_ROWS,
        answer_rows,
        blocks,
        instrument_of,
        make_plan,
        quarter_waves,
        response_rows,
    )
    from surveys.models import Survey

    with app_for(path).app_context():
        survey = db.session.execute(select(Survey).filter_by(slug=SLUG)).scalar_one()
        plan = make_plan(instrument_of(survey), demo_population(), WAVES, responses, SEED)
        region_ids = dict(db.session.execute(select(Region.code, Region.id)).all())
        dates = quarter_waves(WAVES, min(w.opens_at for w in survey.waves))
        survey_id = survey.id
        db.session.remove()
        db.engine.dispose()
    response_columns = [c.name for c in db.metadata.tables["response"].columns]
    answer_columns = [c.name for c in db.metadata.tables["answer"].columns]

    def sql(table: str, columns: list[str]) -> str:
        marks = ", ".join("?" * len(columns))
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"

    connection = sqlite3.connect(path, isolation_level=None)
    sqlite_pragmas(connection, None)
    cursor = connection.cursor()
    start_rss = peak_rss_mb()
    clock = cpu = 0.0
    started, cpu_started = time.perf_counter(), time.process_time()
    cursor.execute("BEGIN")
    wave_ids = []
    for wave in dates:
        cursor.execute(
            "INSERT INTO wave (survey_id, label, opens_at, closes_at, simulated) "
            "VALUES (?, ?, ?, ?, 1)",
            (survey_id, wave.label, _naive(wave.opens_at), _naive(wave.closes_at)),
        )
        wave_ids.append(cursor.lastrowid)
    clock += time.perf_counter() - started
    cpu += time.process_time() - cpu_started
    written = answers_written = 0
    for block in blocks(plan):
        wave = dates[block.wave]
        rows = response_rows(
            block, wave_ids[block.wave], region_ids[block.region], wave.opens_at, wave.closes_at
        )
        values = [
            tuple(row["submitted_on"].isoformat() if c == "submitted_on" else row[c]
                  for c in response_columns)
            for row in rows
        ]  # fmt: skip
        answers = [
            tuple(row[c] for c in answer_columns) for row in answer_rows(block, plan.questions)
        ]
        started, cpu_started = time.perf_counter(), time.process_time()
        cursor.executemany(sql("response", response_columns), values)
        for start in range(0, len(answers), INSERT_ROWS):
            cursor.executemany(sql("answer", answer_columns), answers[start : start + INSERT_ROWS])
        clock += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        written += len(values)
        answers_written += len(answers)
    started, cpu_started = time.perf_counter(), time.process_time()
    cursor.execute("COMMIT")
    clock += time.perf_counter() - started
    cpu += time.process_time() - cpu_started
    connection.close()
    return {
        "seconds": clock,
        "cpu": cpu,
        "responses": written,
        "answers": answers_written,
        "rss_start_mb": start_rss,
        "rss_peak_mb": peak_rss_mb(),
    }


def _naive(moment):
    return moment.replace(tzinfo=None).isoformat(sep=" ")


def child(kind: str, path: Path, responses: int) -> dict:
    """Run one measurement in a fresh interpreter, so peak memory is its own."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--db", str(path), "--sizes", str(responses)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--child", choices=["simulate", "raw"])
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    if args.child:
        run = run_simulate if args.child == "simulate" else run_raw
        print(json.dumps(run(args.db, args.sizes[0])))
        return

    with tempfile.TemporaryDirectory(prefix="bench-simulate-") as folder:
        template = Path(folder) / "template.sqlite"
        prepare(template)
        ratio = None
        peaks = {}
        for responses in args.sizes:
            results = {}
            for kind in ("simulate", "raw"):
                path = Path(folder) / f"{kind}-{responses}.sqlite"
                shutil.copy(template, path)
                results[kind] = child(kind, path, responses)
                path.unlink()
                for extra in ("-wal", "-shm"):
                    Path(f"{path}{extra}").unlink(missing_ok=True)
            made, raw = results["simulate"], results["raw"]
            assert made["responses"] == raw["responses"] == responses
            assert made["answers"] == raw["answers"]
            ratio = made["seconds"] / raw["seconds"]
            cpu_ratio = made["cpu"] / raw["cpu"]
            peaks[responses] = made["rss_peak_mb"]
            print(
                f"{responses:,} responses ({made['answers']:,} answers), {WAVES} waves: "
                f"simulate {made['seconds']:.1f} s = {responses / made['seconds']:,.0f} "
                f"responses/s, peak RSS {made['rss_peak_mb']:.0f} MB "
                f"(at the start {made['rss_start_mb']:.0f} MB); raw executemany "
                f"{raw['seconds']:.1f} s = {responses / raw['seconds']:,.0f} responses/s, "
                f"peak RSS {raw['rss_peak_mb']:.0f} MB; ratio {ratio:.2f} "
                f"(CPU time {made['cpu']:.1f} s / {raw['cpu']:.1f} s = {cpu_ratio:.2f})"
            )
        largest = max(args.sizes)
        seconds = results["simulate"]["seconds"]
        growth = peaks[largest] / peaks[min(args.sizes)]
        print(
            f"goals: {largest:,} in under 5 minutes "
            f"{'met' if largest < 1_000_000 or seconds < 300 else 'MISSED'} ({seconds:.0f} s); "
            f"ratio <= 2 {'met' if ratio <= 2 else 'MISSED'}; peak memory from "
            f"{min(args.sizes):,} to {largest:,} responses grew {growth:.2f}x"
        )
        print(f"simulate/raw insert time ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()

"""Benchmark of exporting a wave's responses to CSV, XLSX and SPSS .sav (not a test).

One simulated wave of the citizens' survey with N responses (simulated as two waves, whose
responses are then put into the first) (1,000,000 by default) in a fresh
migrated SQLite file; then, each in a child process of its own so that its peak memory is its
own:

- csv, xlsx, sav: surveys.exports.write_export of the whole wave, timed from the plan to the
  closed file, with the child's peak resident memory;
- csv for one region (Almaty, about a tenth of the responses): the same code on fewer rows,
  so that peak memory can be compared across sizes;
- bare program: the same CSV made the plainest correct way, timed from the query to the
  closed file: one SQL query through the sqlite3 module (responses joined to their answers,
  ordered by response id), a dict per response, a bare csv.writer loop; no labels, no
  SQLAlchemy, no Flask. Its file must be the export's, byte for byte (checked);
- in-memory writer: a bare csv.writer loop writing the CSV export's rows again, read back
  from that file in blocks of 10,000 outside the clock; only the writerows calls are timed.

Two ratios are printed. The last line, ``export/csv writer time ratio: <number>``, is the CSV
export's time over the bare program's: what our code costs over the plainest program that
produces the same rows from the same database. The line before it is the issue's literal
baseline, the in-memory writer, which reads nothing: no export that reads a database can come
near it (reading the answers alone takes longer), so it is printed for comparison only.

Usage: python benches/bench_export.py [--responses 1000000]
Goals: CSV time at most twice the bare program's; CSV and XLSX peak memory flat in the
number of responses; .sav under 1 GB for 1,000,000 responses.
"""

import argparse
import csv
import filecmp
import json
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SLUG, SEED, REGION = "citizens", 2026, "KZ-75"
SETTINGS = {"SECRET_KEY": "bench", "TESTING": True}


def app_for(path: Path):
    from app import create_app

    return create_app({**SETTINGS, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(path: Path, responses: int) -> float:
    """A migrated database with the demo surveys and one simulated wave of ``responses``."""
    from flask_migrate import upgrade
    from sqlalchemy import delete, select, update

    from accounts.regions import load_regions
    from extensions import db
    from simulation.demo import simulate
    from surveys.demo import load_demo_surveys
    from surveys.models import Response, Wave

    with app_for(path).app_context():
        upgrade(directory=str(ROOT / "migrations"), revision="heads")
        load_regions()
        load_demo_surveys()
        started = time.perf_counter()
        simulate(SLUG, 2, responses, SEED)  # two waves at least: a change needs two
        seconds = time.perf_counter() - started
        first, second = db.session.execute(
            select(Wave.id).filter_by(simulated=True).order_by(Wave.opens_at)
        ).scalars()
        # One wave of them all: the bench measures one export of N responses.
        db.session.execute(update(Response).where(Response.wave_id == second).values(wave_id=first))
        db.session.execute(delete(Wave).where(Wave.id == second))
        db.session.commit()
        db.engine.dispose()
    return seconds


def run_export(path: Path, kind: str, output: Path, region: str | None) -> dict:
    from sqlalchemy import select

    from accounts.models import Region
    from extensions import db
    from surveys.exports import plan_export, write_export
    from surveys.models import Survey, Wave

    with app_for(path).app_context():
        survey = db.session.execute(select(Survey).filter_by(slug=SLUG)).scalar_one()
        wave = db.session.execute(
            select(Wave).filter_by(survey_id=survey.id, simulated=True)
        ).scalar_one()
        region_id = None
        if region:
            region_id = db.session.execute(select(Region.id).filter_by(code=region)).scalar_one()
        start_rss = peak_rss_mb()
        started, cpu = time.perf_counter(), time.process_time()
        plan = plan_export(survey, wave, "kk", region_id)
        write_export(plan, kind, output)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        return {
            "seconds": seconds,
            "cpu": cpu,
            "responses": plan.total,
            "columns": len(plan.variables),
            "bytes": output.stat().st_size,
            "rss_start_mb": start_rss,
            "rss_peak_mb": peak_rss_mb(),
        }


def run_writer(source: Path, output: Path) -> dict:
    """The CSV export's rows written again by a bare csv.writer; only writerows is timed."""
    clock = cpu = 0.0
    rows = 0
    with (
        open(source, encoding="utf-8-sig", newline="") as read,
        open(output, "w", encoding="utf-8", newline="") as out,
    ):
        reader = csv.reader(read)
        writer = csv.writer(out, lineterminator="\r\n")
        while True:
            block = [row for _, row in zip(range(10_000), reader, strict=False)]
            if not block:
                break
            started, cpu_started = time.perf_counter(), time.process_time()
            writer.writerows(block)
            out.flush()
            clock += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            rows += len(block)
    return {"seconds": clock, "cpu": cpu, "responses": rows - 1, "rss_peak_mb": peak_rss_mb()}


BARE_QUERY = """
SELECT response.id, response.channel, response.weight, region.code, response.age_band,
       response.sex, response.settlement, response.respondent_group, response.service_used,
       question.code, question.type, answer.value_num, answer.value_text
FROM response
LEFT JOIN region ON region.id = response.region_id
LEFT JOIN answer ON answer.response_id = response.id
LEFT JOIN question ON question.id = answer.question_id
WHERE response.wave_id = ?
ORDER BY response.id
"""
FORMULA = re.compile(r"^([=+@\t\r]|-(?![\d.]+$))")


def run_bare(database: Path, export: Path, output: Path) -> dict:
    """The CSV export made the plainest way: one query, a dict per response, csv.writer."""
    with open(export, encoding="utf-8-sig", newline="") as read:
        header = next(csv.reader(read))
    connection = sqlite3.connect(database)
    wave, label = connection.execute("SELECT id, label FROM wave WHERE simulated").fetchone()
    choices = {  # each multiple choice's columns, 0 when the question is answered
        code: [f"{code}_{choice['value']}" for choice in json.loads(values)]
        for code, values in connection.execute(
            "SELECT code, choices FROM question WHERE type = 'multi'"
        )
    }
    profile = header[3:11]  # channel, weight, region … service_used, as the query selects them

    def cell(value):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and FORMULA.match(value):
            return "'" + value
        return value

    started, cpu = time.perf_counter(), time.process_time()
    with open(output, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        rows, current, values = 0, None, {}
        for response, *person, code, kind, number, text in connection.execute(BARE_QUERY, (wave,)):
            if response != current:
                if current is not None:
                    writer.writerow([cell(values.get(name)) for name in header])
                rows, current = rows + 1, response
                values = {"row": rows, "wave": label, "simulated": 1}
                values.update(zip(profile, person, strict=True))
            if kind == "multi":
                for column in choices[code]:
                    values.setdefault(column, 0)
                values[f"{code}_{text}"] = 1
            elif kind is not None:
                values[code] = text if kind in ("single", "text") else number
        if current is not None:
            writer.writerow([cell(values.get(name)) for name in header])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    connection.close()
    same = filecmp.cmp(export, output, shallow=False)
    return {"seconds": seconds, "cpu": cpu, "responses": rows, "same": same}


def child(*arguments: str) -> dict:
    command = [sys.executable, __file__, "--child", *arguments]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, database, output, *region = args.child
        if kind == "writer":
            print(json.dumps(run_writer(Path(database), Path(output))))
        elif kind == "bare":
            print(json.dumps(run_bare(Path(database), Path(output), *map(Path, region))))
        else:
            print(json.dumps(run_export(Path(database), kind, Path(output), *region or [None])))
        return

    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        folder = Path(folder)
        database = folder / "bench.sqlite"
        made = prepare(database, args.responses)
        print(f"{args.responses:,} simulated responses in one wave, made in {made:.0f} s")
        results = {}
        for name, kind, region in (
            ("csv", "csv", None),
            ("csv, one region", "csv", REGION),
            ("xlsx", "xlsx", None),
            ("xlsx, one region", "xlsx", REGION),
            ("sav", "sav", None),
        ):
            output = folder / f"export-{name.replace(', ', '-').replace(' ', '-')}.{kind}"
            result = child(kind, str(database), str(output), *([region] if region else []))
            results[name] = result
            print(
                f"{name}: {result['responses']:,} responses × {result['columns']} columns in "
                f"{result['seconds']:.1f} s (CPU {result['cpu']:.1f} s) = "
                f"{result['responses'] / result['seconds']:,.0f} responses/s; "
                f"{result['bytes'] / 1e6:.0f} MB; peak RSS {result['rss_peak_mb']:.0f} MB "
                f"(at the start {result['rss_start_mb']:.0f} MB)"
            )
            if name != "csv":
                output.unlink()
        exported = folder / "export-csv.csv"
        bare = child("bare", str(database), str(exported), str(folder / "bare.csv"))
        print(
            f"bare program (sqlite3, dict, csv.writer): {bare['responses']:,} rows in "
            f"{bare['seconds']:.1f} s (CPU {bare['cpu']:.1f} s); "
            f"the export's file byte for byte: {'yes' if bare['same'] else 'NO'}"
        )
        writer = child("writer", str(exported), str(folder / "writer.csv"))
        print(
            f"in-memory csv.writer: {writer['responses']:,} rows in {writer['seconds']:.1f} s "
            f"(CPU {writer['cpu']:.1f} s); peak RSS {writer['rss_peak_mb']:.0f} MB"
        )
        exported = results["csv"]
        ratio = exported["seconds"] / bare["seconds"]
        cpu_ratio = exported["cpu"] / bare["cpu"]
        memory_ratio = exported["seconds"] / writer["seconds"]
        memory_cpu_ratio = exported["cpu"] / writer["cpu"]
        small, large = results["csv, one region"], results["csv"]
        xsmall, xlarge = results["xlsx, one region"], results["xlsx"]
        sav = results["sav"]["rss_peak_mb"]
        print(
            f"goals: CSV ratio to the bare program <= 2 {'met' if ratio <= 2 else 'MISSED'} "
            f"({ratio:.2f}, CPU {cpu_ratio:.2f}); to the in-memory writer "
            f"{'met' if memory_ratio <= 2 else 'MISSED'} ({memory_ratio:.2f}, CPU "
            f"{memory_cpu_ratio:.2f}); peak memory from {small['responses']:,} to "
            f"{large['responses']:,} responses: CSV {small['rss_peak_mb']:.0f} → "
            f"{large['rss_peak_mb']:.0f} MB, XLSX {xsmall['rss_peak_mb']:.0f} → "
            f"{xlarge['rss_peak_mb']:.0f} MB; .sav peak {sav:.0f} MB, under 1 GB "
            f"{'met' if sav < 1024 else 'MISSED'}"
        )
        print(f"export/csv in-memory writer time ratio: {memory_ratio:.2f}")
        print(f"export/csv writer time ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()

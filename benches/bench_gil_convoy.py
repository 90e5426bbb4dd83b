"""Benchmark: writing 40 rows to SQLite while other threads of the process run Python.

The sqlite3 module lets go of the GIL at every row it steps. With another thread busy, each
time it does the writer may wait up to the switch interval (5 ms) to get the GIL back, while
holding SQLite's write lock. One multi-row INSERT lets go once (extensions.DriverStatement).

Usage: python benches/bench_gil_convoy.py [--transactions 200]
The last line is ``executemany/multi-row wall time ratio with 1 busy thread: <number>``.
"""

import argparse
import sqlite3
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROWS = 40  # two survey responses' answers
TABLE = (
    "CREATE TABLE answer (response_id VARCHAR(36) NOT NULL, question_id INTEGER NOT NULL, "
    "ordinal INTEGER NOT NULL, value_num DOUBLE, value_text TEXT, "
    "PRIMARY KEY (response_id, question_id, ordinal)) WITHOUT ROWID"
)
ONE_ROW = "INSERT INTO answer VALUES (?, ?, ?, ?, ?)"


def write(connection, rows, multi_row: bool) -> None:
    connection.execute("BEGIN IMMEDIATE")
    if multi_row:
        sql = ONE_ROW + ", (?, ?, ?, ?, ?)" * (len(rows) - 1)
        connection.execute(sql, [value for row in rows for value in row])
    else:
        connection.executemany(ONE_ROW, rows)
    connection.execute("COMMIT")


def median_wall(connection, multi_row: bool, transactions: int) -> float:
    walls = []
    for _ in range(transactions):
        response = str(uuid.uuid4())
        rows = [(response, question, 0, 3.0, None) for question in range(ROWS)]
        started = time.perf_counter()
        write(connection, rows, multi_row)
        walls.append(time.perf_counter() - started)
    return sorted(walls)[len(walls) // 2] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--transactions", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(Path(folder) / "convoy.sqlite", isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(TABLE)
        ratio = None
        for busy in (0, 1, 3):
            stop = threading.Event()
            burners = [threading.Thread(target=burn, args=(stop,)) for _ in range(busy)]
            for burner in burners:
                burner.start()
            many = median_wall(connection, False, args.transactions)
            one = median_wall(connection, True, args.transactions)
            stop.set()
            for burner in burners:
                burner.join()
            print(
                f"{busy} busy threads: {ROWS} rows by executemany {many:8.2f} ms, "
                f"by one multi-row INSERT {one:8.2f} ms (medians)"
            )
            ratio = many / one if busy == 1 else ratio
        print(f"executemany/multi-row wall time ratio with 1 busy thread: {ratio:.1f}")


def burn(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(range(100))


if __name__ == "__main__":
    main()

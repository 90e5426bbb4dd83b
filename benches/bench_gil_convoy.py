"""Benchmark: writing 40 rows to SQLite while other threads of the process run Python.

The sqlite3 module lets go of the GIL at every row it steps. With another thread busy, each
time it does the writer may wait up to the switch interval (5 ms) to get the GIL back, while
holding SQLite's write lock. One multi-row INSERT lets go once (extensions.DriverStatement).

Whether a thread gets the GIL back at once or after the interval depends on how soon the other
thread wakes, so single runs swing widely (some see no wait at all); the two ways take turns
in rounds and the means are compared.

Usage: python benches/bench_gil_convoy.py [--rounds 10] [--transactions 20]
The last line is ``executemany/multi-row wall time ratio with 3 busy threads: <number>``.
"""

import argparse
import sqlite3
import statistics
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


def wall_times(connection, multi_row: bool, transactions: int) -> list[float]:
    walls = []
    for _ in range(transactions):
        response = str(uuid.uuid4())
        rows = [(response, question, 0, 3.0, None) for question in range(ROWS)]
        started = time.perf_counter()
        write(connection, rows, multi_row)
        walls.append(time.perf_counter() - started)
    return walls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--transactions", type=int, default=20, help="per round and method")
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
            walls: dict[bool, list[float]] = {False: [], True: []}
            for _ in range(args.rounds):  # in turn: the machine's moods touch both alike
                for multi_row in (False, True):
                    walls[multi_row] += wall_times(connection, multi_row, args.transactions)
            stop.set()
            for burner in burners:
                burner.join()
            many, one = (statistics.mean(walls[method]) * 1000 for method in (False, True))
            print(
                f"{busy} busy threads: {ROWS} rows by executemany {many:8.2f} ms, "
                f"by one multi-row INSERT {one:8.2f} ms (means of {len(walls[True])})"
            )
            ratio = many / one
        print(f"executemany/multi-row wall time ratio with 3 busy threads: {ratio:.1f}")


def burn(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(range(100))


if __name__ == "__main__":
    main()

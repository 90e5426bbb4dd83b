"""The app served as in production (``gunicorn -c gunicorn.conf.py``) on a free loopback port,
over a test database, for the load tests and the browser journeys.

Settings reach the server as ADAL_* environment variables (config.py reads them as JSON where
they parse, else as text). gunicorn runs in its own process group, stopped whole when the block
ends, however it ends; its output is in ``Server.log`` and shown if it does not start.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import TEST_SETTINGS

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STARTUP_SECONDS = 180  # a guard against a hang on a loaded machine, not a speed check


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    database_url: str
    log: Path

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(database_url: str, folder: Path, **settings: str) -> dict:
    """The environment of the app's commands and servers over ``database_url``: the test
    settings (tests/conftest.py) a server needs; CSRF checks stay on, as in production."""
    env = {
        **os.environ,
        "FLASK_APP": "app:create_app",
        "ADAL_SQLALCHEMY_DATABASE_URI": database_url,
        "ADAL_SECRET_KEY": TEST_SETTINGS["SECRET_KEY"],  # a link a test signs is valid here
        "ADAL_TRAINING_SITE_URL": "http://127.0.0.1",
        "ADAL_LOG_FORMAT": "plain",
        "ADAL_PASSWORD_HASH_METHOD": TEST_SETTINGS["PASSWORD_HASH_METHOD"],
        # Tests set every limit explicitly: all their clients share one loopback address.
        "ADAL_RATELIMIT_ENABLED": "false",
        "ADAL_RATELIMIT_STORAGE_URI": f"sqlite:///{folder / 'rate-limits.sqlite'}",
    }
    env.pop("DATABASE_URL", None)
    env.update(settings)
    return env


@contextmanager
def gunicorn(
    database_url: str, folder: Path, workers: int = 2, threads: int = 4, **settings: str
) -> Iterator[Server]:
    """A gunicorn server over ``database_url`` while the block runs; ``settings`` are ADAL_*
    variables, such as ``ADAL_RATELIMIT_ENABLED="true"``."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = server_environment(database_url, folder, ADAL_TRAINING_SITE_URL=url, **settings)
    env.update(
        ADAL_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY=str(workers), ADAL_THREADS=str(threads)
    )
    log = folder / f"gunicorn-{port}.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [BIN / "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the workers are stopped with it
        )
    server = Server(url, process, database_url, log)
    try:
        wait_until_up(server)
        yield server
    finally:
        stop(process)


def wait_until_up(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and server.process.poll() is None:
        try:
            with urllib.request.urlopen(server.url + "/healthz", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"gunicorn did not start ({server.log}):\n{server.log.read_text()}")


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the whole group (a graceful stop), SIGKILL if it lingers."""
    for sent in (signal.SIGTERM, signal.SIGKILL):
        with suppress(ProcessLookupError):  # already gone
            os.killpg(process.pid, sent)
        try:
            process.wait(timeout=30)
            return
        except subprocess.TimeoutExpired:
            continue

"""A real gunicorn server with several workers on a loopback port, over its own database."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    database_url: str
    log: Path
    log_handle: object

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(database_url: str, tmp_path: Path, **settings: str) -> dict:
    env = {
        **os.environ,
        "FLASK_APP": "app:create_app",
        "ADAL_SQLALCHEMY_DATABASE_URI": database_url,
        "ADAL_SECRET_KEY": "load-test-secret",
        "ADAL_TRAINING_SITE_URL": "http://127.0.0.1",
        "ADAL_LOG_FORMAT": "plain",
        # Tests set every limit explicitly: many clients share one loopback address here.
        "ADAL_RATELIMIT_ENABLED": "false",
    }
    env.pop("DATABASE_URL", None)
    env.update(settings)
    return env


@pytest.fixture
def load_database_url(migrated_database, tmp_path, app):
    """PostgreSQL: the suite's database (emptied after the test); SQLite: a fresh file."""
    if migrated_database.startswith("sqlite"):
        return "sqlite:///" + str(tmp_path / "load.sqlite")
    return migrated_database


@pytest.fixture
def start_gunicorn(load_database_url, tmp_path):
    servers = []

    def start(workers: int = 3, threads: int = 4, **settings: str) -> Server:
        env = server_environment(load_database_url, tmp_path, **settings)
        for command in (["db", "upgrade", "heads"], ["seed", "demo"]):
            subprocess.run(
                [BIN / "flask", *command],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                timeout=120,
            )
        port = free_port()
        env.update(
            ADAL_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY=str(workers), ADAL_THREADS=str(threads)
        )
        log = tmp_path / f"gunicorn-{port}.log"
        handle = log.open("wb")
        process = subprocess.Popen(
            [BIN / "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
        server = Server(f"http://127.0.0.1:{port}", process, load_database_url, log, handle)
        servers.append(server)
        for _ in range(300):
            try:
                with urllib.request.urlopen(server.url + "/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("gunicorn did not start:\n" + log.read_text())
        return server

    yield start
    for server in servers:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
        server.log_handle.close()

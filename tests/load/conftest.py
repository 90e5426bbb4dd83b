"""A real gunicorn server with several workers on a loopback port, over its own database."""

import os
import subprocess
from contextlib import ExitStack

import pytest

from tests.servers import BIN, ROOT, Server, gunicorn, server_environment


@pytest.fixture
def load_database_url(migrated_database, tmp_path, app):
    """PostgreSQL: the suite's database (emptied after the test); SQLite: a fresh file."""
    if migrated_database.startswith("sqlite"):
        return "sqlite:///" + str(tmp_path / "load.sqlite")
    return migrated_database


@pytest.fixture
def shared_postgres(load_database_url) -> str:
    """The PostgreSQL database several app servers share (SQLite is for one machine)."""
    if not load_database_url.startswith("postgresql"):
        message = "several app servers share one PostgreSQL database: set TEST_DATABASE_URL"
        if os.environ.get("CI_REQUIRE_POSTGRES"):
            pytest.fail(message)
        pytest.skip(message)
    return load_database_url


@pytest.fixture
def start_gunicorn(load_database_url, tmp_path):
    """``start_gunicorn(workers, threads, **ADAL_settings)``: a server over the migrated database
    with the demo surveys; every server started is stopped after the test."""
    with ExitStack() as servers:

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
            return servers.enter_context(
                gunicorn(load_database_url, tmp_path, workers, threads, **settings)
            )

        yield start

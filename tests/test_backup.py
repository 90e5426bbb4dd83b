"""flask backup: a consistent SQLite copy, or the pg_dump command."""

import sqlite3

from backup import pg_dump_command
from extensions import db


def test_backup_copies_sqlite_or_prints_pg_dump(app, runner, regions, tmp_path):
    if db_backend(app) == "postgresql":
        result = runner.invoke(args=["backup", "--to", str(tmp_path / "x.dump")])
        assert result.exit_code == 0 and "pg_dump --format=custom" in result.output
        assert "--file=" + str(tmp_path / "x.dump") in result.output
        return
    target = tmp_path / "copy.sqlite"
    result = runner.invoke(args=["backup", "--to", str(target)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(target) as copy:
        names = {row[0] for row in copy.execute("SELECT names FROM region")}
        assert len(names) == 20
        assert any("Қарағанды" in name for name in names)


def db_backend(app) -> str:
    with app.app_context():
        return db.engine.url.get_backend_name()


def test_pg_dump_command_hides_password(tmp_path):
    command = pg_dump_command(
        "postgresql+psycopg://adal:***@db.internal:5433/adal", tmp_path / "a.dump"
    )
    assert command.startswith("pg_dump --format=custom --no-owner")
    assert "--host=db.internal" in command and "--port=5433" in command
    assert "--username=adal" in command and command.endswith(" adal")
    assert "***" not in command


def test_backup_refuses_memory_database(make_app):
    app = make_app(SQLALCHEMY_DATABASE_URI="sqlite://")
    result = app.test_cli_runner().invoke(args=["backup"])
    assert result.exit_code != 0 and "in-memory" in result.output

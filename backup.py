"""``flask backup``: a consistent copy of the database."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

from database import sqlite_file
from extensions import db


def sqlite_backup(database_path: str, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API, safe while the app writes."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    target = sqlite3.connect(destination)
    try:
        with target:
            source.backup(target)
        check = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
        source.close()
    if check != "ok":
        destination.unlink(missing_ok=True)
        raise click.ClickException(f"the copy failed its integrity check: {check}")
    return destination


def pg_dump_command(url: str, destination: Path) -> str:
    parsed = make_url(url)
    parts = ["pg_dump", "--format=custom", "--no-owner", f"--file={destination}"]
    if parsed.host:
        parts.append(f"--host={parsed.host}")
    if parsed.port:
        parts.append(f"--port={parsed.port}")
    if parsed.username:
        parts.append(f"--username={parsed.username}")
    parts.append(parsed.database or "")
    return " ".join(parts)


@click.command("backup")
@with_appcontext
@click.option(
    "--to",
    "destination",
    type=click.Path(path_type=Path),
    help="File to write (default: instance/backups/adal-<UTC time>).",
)
def backup_command(destination: Path | None):
    """Copy the database consistently (SQLite), or print the pg_dump command (PostgreSQL)."""
    url = db.engine.url
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backups = Path(current_app.instance_path) / "backups"
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is None:
            raise click.ClickException("an in-memory database cannot be backed up")
        target = sqlite_backup(path, destination or backups / f"adal-{stamp}.sqlite")
        click.echo(f"Backed up {path} to {target}")
    else:
        target = destination or backups / f"adal-{stamp}.dump"
        click.echo(
            "For PostgreSQL, run pg_dump (a consistent snapshot; give the password in "
            "PGPASSWORD or ~/.pgpass):"
        )
        click.echo(pg_dump_command(url.render_as_string(hide_password=True), target))
        click.echo(f"Restore with: pg_restore --clean --no-owner --dbname=<database> {target}")

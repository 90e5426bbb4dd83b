"""Operations: structured logs and ``flask backup``."""

import json
import logging
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import click
from flask import Flask, current_app, g, has_request_context, request
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

from extensions import db


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line, for log collectors; never the query string."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if has_request_context():
            entry.update(request_id=g.get("request_id"), method=request.method, path=request.path)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def register_logging(app: Flask) -> None:
    if app.testing:
        return
    handler = logging.StreamHandler()
    if app.config.get("LOG_FORMAT", "json") == "json":
        handler.setFormatter(JsonLogFormatter())
    app.logger.handlers[:] = [handler]
    app.logger.setLevel(str(app.config.get("LOG_LEVEL", "INFO")).upper())
    app.logger.propagate = False


def assign_request_id() -> None:
    """Take the load balancer's X-Request-ID when it is sane, else make one."""
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if incoming.isalnum() and len(incoming) <= 64 else uuid.uuid4().hex


def echo_request_id(response):
    if "request_id" in g:
        response.headers["X-Request-ID"] = g.request_id
    return response


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
        if not url.database or url.database == ":memory:":
            raise click.ClickException("an in-memory database cannot be backed up")
        target = sqlite_backup(url.database, destination or backups / f"adal-{stamp}.sqlite")
        click.echo(f"Backed up {url.database} to {target}")
    else:
        target = destination or backups / f"adal-{stamp}.dump"
        click.echo(
            "For PostgreSQL, run pg_dump (a consistent snapshot; give the password in "
            "PGPASSWORD or ~/.pgpass):"
        )
        click.echo(pg_dump_command(url.render_as_string(hide_password=True), target))
        click.echo(f"Restore with: pg_restore --clean --no-owner --dbname=<database> {target}")

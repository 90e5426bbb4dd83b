"""``flask training ...``: load a module from its folder (module.toml and lessons/)."""

from pathlib import Path

import click
from flask.cli import AppGroup

from accounts.audit import record
from accounts.cli import _cli_actor
from extensions import db
from training.authoring import ModuleDataError, create_module
from training.models import Module
from training.module_files import read_module

training_cli = AppGroup("training", help="Manage training modules.")


@training_cli.command("load-module")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--publish", is_flag=True, help="Publish it at once (default: a draft).")
def load_module_command(folder, publish):
    """Create a module from a module folder (see docs/training.md); lists every problem."""
    try:
        data = read_module(folder)
    except ModuleDataError as error:
        lines = [f"{folder} cannot be loaded:", *(f"  - {p}" for p in error.problems)]
        raise click.ClickException("\n".join(lines)) from error
    slug = data["slug"]
    if db.session.execute(db.select(Module.id).filter_by(slug=slug)).first() is not None:
        raise click.ClickException(f"a module with the slug {slug!r} already exists")
    module = create_module(data, published=publish)
    record("module.create", module.slug, {"published": publish}, actor=_cli_actor())
    db.session.commit()
    state = "published" if publish else "draft"
    click.echo(f"Loaded module {module.slug} ({state}): {len(module.questions)} questions.")

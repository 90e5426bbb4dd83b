"""``flask training ...``: load a module written in the demo-content format."""

import runpy

import click
from flask.cli import AppGroup

from accounts.audit import record
from accounts.cli import _cli_actor
from extensions import db
from training.authoring import ModuleDataError, create_module
from training.models import Module

training_cli = AppGroup("training", help="Manage training modules.")


@training_cli.command("load-module")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--publish", is_flag=True, help="Publish it at once (default: a draft).")
def load_module_command(path, publish):
    """Create a module from a Python file that defines MODULE = {...}."""
    try:
        data = runpy.run_path(path).get("MODULE")
    except Exception as error:  # a syntax error in the file, shown as such
        raise click.ClickException(f"{path}: cannot be read: {error}") from error
    if not isinstance(data, dict):
        raise click.ClickException(f"{path}: defines no MODULE = {{...}}")
    slug = data.get("slug")
    if db.session.execute(db.select(Module.id).filter_by(slug=slug)).first() is not None:
        raise click.ClickException(f"a module with the slug {slug!r} already exists")
    try:
        module = create_module(data, published=publish)
    except ModuleDataError as error:
        raise click.ClickException(str(error)) from error
    record("module.create", module.slug, {"published": publish}, actor=_cli_actor())
    db.session.commit()
    state = "published" if publish else "draft"
    click.echo(f"Loaded module {module.slug} ({state}): {len(module.questions)} questions.")

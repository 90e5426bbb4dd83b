"""``flask training ...``: load a module from its folder (module.toml and lessons/)."""

from pathlib import Path

import click
from flask.cli import AppGroup

from accounts.cli import _cli_actor
from training.authoring import ModuleDataError
from training.module_files import read_module
from training.modules import add_module

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
    try:
        module = add_module(data, _cli_actor(), "command_line", published=publish)
    except ModuleDataError as error:
        raise click.ClickException("; ".join(error.problems)) from error
    state = "published" if publish else "draft"
    click.echo(f"Loaded module {module.slug} ({state}): {len(module.questions)} questions.")

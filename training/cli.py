"""``flask training ...``: load a module from its folder (module.toml and lessons/)."""

from pathlib import Path

import click
from flask.cli import AppGroup
from flask_babel import force_locale

from accounts.cli import _cli_actor
from accounts.mail import mail_configured
from training.authoring import ModuleDataError
from training.module_files import read_module
from training.modules import add_module
from training.reminders import send_reminders

training_cli = AppGroup("training", help="Manage training modules.")


@training_cli.command("load-module")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--publish", is_flag=True, help="Publish it at once (default: a draft).")
def load_module_command(folder, publish):
    """Create a module from a module folder (see docs/training.md); lists every problem."""
    try:
        with force_locale("en"):  # the command line speaks English, as its other messages do
            data = read_module(folder)
    except ModuleDataError as error:
        lines = [f"{folder} cannot be loaded:", *(f"  - {p}" for p in error.problems)]
        raise click.ClickException("\n".join(lines)) from error
    try:
        with force_locale("en"):
            module = add_module(data, _cli_actor(), "command_line", published=publish)
    except ModuleDataError as error:
        raise click.ClickException("; ".join(error.problems)) from error
    state = "published" if publish else "draft"
    click.echo(f"Loaded module {module.slug} ({state}): {len(module.questions)} questions.")


@training_cli.command("remind")
def remind_command():
    """E-mail the reminders that are due (deadlines, certificates ending, the admins' weekly
    summary), each once; run it from cron. Exits 1 when some could not be sent: those are
    tried again on the next run."""
    if not mail_configured():
        raise click.ClickException("no mail server is configured: set ADAL_MAIL_SERVER")
    report = send_reminders()
    click.echo(
        f"Reminders: {report.reminders} sent in {report.sent} e-mails; "
        f"{report.owed - report.reminders} waiting for the next run."
    )
    if report.failed:
        for reason in report.failed:
            click.echo(f"  not sent: {reason}", err=True)
        raise SystemExit(1)

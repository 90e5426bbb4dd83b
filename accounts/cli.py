import click
from flask.cli import AppGroup

from accounts.audit import record
from accounts.models import Role, User
from accounts.service import AccountError, create_user, set_password
from extensions import db

users_cli = AppGroup("users", help="Manage user accounts.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--name", "full_name", required=True, help="Full name as on certificates.")
@click.option("--role", required=True, type=click.Choice([role.value for role in Role]))
@click.option("--region", "region_code", help="ISO 3166-2:KZ code, e.g. KZ-35.")
@click.option("--organisation")
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    help="Asked for when not given.",
)
def create_command(email, full_name, role, region_code, organisation, password):
    """Create a user account."""
    try:
        user = create_user(email, full_name, role, password, region_code, organisation)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    record("user.create", user.email, {"role": user.role}, actor=_cli_actor())
    db.session.commit()
    click.echo(f"Created {user.role} {user.email} (id {user.id}).")


@users_cli.command("list")
def list_command():
    """List user accounts."""
    users = db.session.execute(db.select(User).order_by(User.role, User.email)).scalars()
    for user in users:
        region = user.region.code if user.region else "-"
        state = "active" if user.active else "disabled"
        if user.simulated:
            state = "simulated (cannot sign in)"
        click.echo(f"{user.id}\t{user.email}\t{user.role}\t{region}\t{state}\t{user.full_name}")


def _user(email: str) -> User:
    user = db.session.execute(
        db.select(User).filter_by(email=email.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise click.ClickException(f"no user with the e-mail {email}")
    return user


@users_cli.command("disable")
@click.argument("email")
def disable_command(email):
    """Disable a user account (it can no longer sign in)."""
    user = _user(email)
    user.active = False
    record("user.disable", user.email, actor=_cli_actor())
    db.session.commit()
    click.echo(f"Disabled {user.email}.")


@users_cli.command("set-password")
@click.argument("email")
@click.password_option(help="Asked for when not given.")
def set_password_command(email, password):
    """Give a user a new password; it signs them out on every device."""
    user = _user(email)
    try:
        set_password(user, password)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    record("user.set_password", user.email, actor=_cli_actor())
    db.session.commit()
    click.echo(f"New password set for {user.email}; every session of theirs has ended.")


class _CommandLine:
    """The actor of changes made from the command line."""

    is_authenticated = True
    id = None
    email = "command-line"


def _cli_actor() -> _CommandLine:
    return _CommandLine()

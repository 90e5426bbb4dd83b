"""``flask seed ...``: reference data and demo content."""

import importlib

import click
from flask.cli import AppGroup

seed_cli = AppGroup("seed", help="Load reference data and demo content.")

# Each domain's demo loader: creates its content only when its own tables are empty.
DEMO_LOADERS = [
    "accounts.demo:load_demo_accounts",
    "surveys.demo:load_demo_surveys",
    "training.demo:load_demo_modules",
    "trends.population:load_demo_population",
]


def _load(path: str):
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


@seed_cli.command("regions")
def regions_command():
    """Load the 20 regions (idempotent)."""
    from accounts.regions import load_regions

    added, updated = load_regions()
    click.echo(f"regions: {added} added, {updated} updated")


@seed_cli.command("demo")
def demo_command():
    """Load demo content where the database has none yet, then print the demo logins."""
    from accounts.demo import demo_logins
    from accounts.regions import load_regions

    load_regions()
    for loader in DEMO_LOADERS:
        for line in _load(loader)():
            click.echo(line)
    logins = demo_logins()
    if logins:
        click.echo("Demo logins:")
        for line in logins:
            click.echo(line)


@seed_cli.command("simulation")
def simulation_command():
    """Simulated waves and training for the first start, into a database with no responses."""
    from simulation.demo import load_demo_simulation

    for line in load_demo_simulation():
        click.echo(line)

"""``flask demo simulate``: simulated survey waves and training with known effects."""

import click
from flask.cli import AppGroup

from simulation.demo import clear, simulate, simulated_notice
from simulation.surveys import SimulationError

demo_cli = AppGroup("demo", help="Simulated data with known effects, marked as simulated.")


@demo_cli.command("simulate")
@click.option("--survey", "slug", default="citizens", show_default=True, help="Survey slug.")
@click.option("--waves", type=int, default=8, show_default=True, help="Closed quarterly waves.")
@click.option(
    "--responses", type=int, default=40_000, show_default=True, help="Responses in all waves."
)
@click.option(
    "--seed", type=int, default=2026, show_default=True, help="The same seed, the same data."
)
@click.option(
    "--learners",
    type=int,
    default=300,
    show_default=True,
    help="Simulated civil servants taking the published modules (0: no training).",
)
@click.option("--force", is_flag=True, help="Simulate even where the survey has real responses.")
@click.option(
    "--clear",
    "clear_all",
    is_flag=True,
    help="Remove every simulated wave, its responses and every simulated learner; nothing else.",
)
def simulate_command(slug, waves, responses, seed, learners, force, clear_all):
    """Simulate closed waves of a survey, ending before its open wave, and training attempts."""
    if clear_all:
        cleared = clear()
        click.echo(
            f"Removed {cleared.waves} simulated waves, {cleared.responses} simulated responses "
            f"and {cleared.learners} simulated learners."
        )
        return
    click.echo(simulated_notice())
    try:
        made = simulate(
            slug,
            waves,
            responses,
            seed,
            learners,
            force,
            progress=lambda label, count: click.echo(f"  {label}\t{count} responses\tsimulated"),
        )
    except SimulationError as error:
        raise click.ClickException(f"{error}. Nothing was written.") from None
    survey = made.survey
    click.echo(
        f"Survey {slug}: {len(survey.waves)} simulated waves, {survey.responses} responses, "
        f"{survey.answers} answers in {survey.seconds:.1f} s "
        f"({survey.responses / max(survey.seconds, 1e-9):,.0f} responses/s)."
    )
    training = made.training
    if training.learners:
        click.echo(
            f"Training: {training.learners} simulated learners (they cannot sign in), "
            f"{training.enrollments} enrolments, {training.attempts} attempts in "
            f"{training.modules} modules."
        )
    elif training.note:
        click.echo(f"Training: nothing simulated ({training.note}).")

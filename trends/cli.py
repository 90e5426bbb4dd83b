"""``flask trends ...``: weight a wave, make the stored sums of closed waves."""

import click
from flask.cli import AppGroup

from extensions import db
from surveys.service import SurveyError, survey_by_slug, wave_by_label
from trends.cache import readable_before, refresh_wave, survey_waves
from trends.models import WaveWeighting

trends_cli = AppGroup("trends", help="Weights and stored figures of closed waves.")


@trends_cli.command("weights")
@click.option("--survey", "slug", required=True, help="Survey slug.")
@click.option("--wave", "label", required=True, help="Wave label, e.g. 2026-Q3.")
def weights_command(slug, label):
    """Rake a wave to the population table in force and make its figures again."""
    try:
        survey = survey_by_slug(slug)
        wave = wave_by_label(survey, label)
    except SurveyError as error:
        raise click.ClickException(str(error)) from None
    if wave.closes_at > readable_before():
        raise click.ClickException(
            f"wave {label!r} has not closed (or closed less than a minute ago); "
            "it is weighted once it has"
        )
    refresh_wave(wave.id, reweigh=True)
    weighting = db.session.get(WaveWeighting, wave.id)
    if weighting.problem:
        click.echo(f"{slug} / {label}: not weighted ({weighting.problem}); weights are 1.")
    else:
        click.echo(
            f"{slug} / {label}: {weighting.responses} responses raked to the population table; "
            f"design effect {weighting.design_effect:.2f}."
        )


@trends_cli.command("refresh")
@click.option("--survey", "slug", required=True, help="Survey slug.")
def refresh_command(slug):
    """Make the stored figures of every closed wave of a survey that needs them."""
    from trends.cache import ensure_sums

    try:
        survey = survey_by_slug(slug)
    except SurveyError as error:
        raise click.ClickException(str(error)) from None
    made = ensure_sums(survey.id, [wave.id for wave in survey_waves(survey.id)])
    click.echo(f"{slug}: figures made for {made} waves.")

"""``flask surveys ...``: list surveys, open and close waves, issue invitation codes and kiosk
links (audited)."""

from datetime import UTC, datetime
from pathlib import Path

import click
from flask.cli import AppGroup
from flask_babel import force_locale

from accounts.cli import _cli_actor
from accounts.models import Region
from extensions import db
from links import external_url
from localization import LANGUAGES, LOCAL_TZ, local_time, localized
from surveys.exports import FORMATS, ExportError, codebook_csv, plan_export, write_export
from surveys.instrument_files import ImportProblems, import_instrument, read_instrument
from surveys.kiosk import issue_kiosk_token
from surveys.models import Response, Survey
from surveys.retention import purge_marks
from surveys.service import (
    SurveyError,
    close_wave,
    create_invitations,
    invitation_counts,
    open_wave,
    survey_by_slug,
    wave_by_label,
)

surveys_cli = AppGroup("surveys", help="Run survey waves and invitations.")


def parse_moment(value: str) -> datetime:
    """ISO date or date and time; without a zone it is Kazakhstan's time (Asia/Almaty)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(UTC)


def _survey(slug: str) -> Survey:
    try:
        return survey_by_slug(slug)
    except SurveyError as error:
        raise click.ClickException(str(error)) from error


@surveys_cli.command("list")
def list_command():
    """List surveys with their waves, response counts and invitations."""
    surveys = db.session.execute(db.select(Survey).order_by(Survey.slug)).scalars()
    now = datetime.now(UTC)
    for survey in surveys:
        title = localized(survey.titles, "en")
        click.echo(f"{survey.slug}\t{survey.status}\t{survey.audience}\t{title}")
        for wave in survey.waves:
            responses = db.session.execute(
                db.select(db.func.count()).select_from(Response).filter_by(wave_id=wave.id)
            ).scalar_one()
            state = "open" if wave.is_open(now) else "closed"
            if wave.simulated:
                state += "\tsimulated"
            issued, used = invitation_counts(wave)
            invitations = f"\tinvitations {used}/{issued} used" if issued else ""
            click.echo(
                f"  {wave.label}\t{local_time(wave.opens_at)} – {local_time(wave.closes_at)}"
                f"\t{state}\t{responses} responses{invitations}"
            )


@surveys_cli.command("open-wave")
@click.argument("slug")
@click.option("--label", required=True, help="e.g. 2026-Q4")
@click.option("--opens", required=True, help="YYYY-MM-DD[THH:MM], Kazakhstan time.")
@click.option("--closes", required=True, help="YYYY-MM-DD[THH:MM], Kazakhstan time.")
def open_wave_command(slug, label, opens, closes):
    """Schedule a wave of a survey (and open the survey)."""
    survey = _survey(slug)
    try:
        wave = open_wave(survey, label, parse_moment(opens), parse_moment(closes), _cli_actor())
    except SurveyError as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        f"Wave {wave.label} of {survey.slug}: "
        f"{local_time(wave.opens_at)} – {local_time(wave.closes_at)} (Asia/Almaty)."
    )


@surveys_cli.command("close-wave")
@click.argument("slug")
@click.argument("label")
def close_wave_command(slug, label):
    """Stop taking responses in a wave now."""
    survey = _survey(slug)
    try:
        wave = close_wave(survey, label, _cli_actor())
    except SurveyError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Closed wave {wave.label} of {survey.slug}.")


@surveys_cli.command("invitations")
@click.argument("slug")
@click.argument("label")
@click.option("--count", type=int, required=True, help="How many single-use codes.")
def invitations_command(slug, label, count):
    """Print new single-use invitation codes for a wave. They are shown only this once."""
    survey = _survey(slug)
    try:
        codes = create_invitations(survey, label, count, _cli_actor())
    except SurveyError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"# {count} invitation codes for {survey.slug} / {label}; only hashes are kept.")
    for code in codes:
        click.echo(code)


@surveys_cli.command("retention")
@click.option("--dry-run", is_flag=True, help="Count what would be deleted; delete nothing.")
def retention_command(dry_run):
    """Delete browser marks, invitation and Idempotency-Key hashes of closed waves."""
    purged = purge_marks(dry_run=dry_run, actor=_cli_actor())
    verb = "would delete" if dry_run else "deleted"
    click.echo(
        f"{verb}: {purged.respondent_marks} browser marks, {purged.invitations} invitation "
        f"hashes, {purged.idempotency_keys} Idempotency-Keys, {purged.form_tokens} old form tokens"
    )


@surveys_cli.command("kiosk-token")
@click.option("--name", required=True, help="Where the device stands, e.g. 'ЦОН Караганды, 1'.")
@click.option("--days", type=click.IntRange(1, 365), default=90, show_default=True)
def kiosk_token_command(name, days):
    """Make a kiosk link: opened once on a device, it takes responses one after another."""
    try:
        token, until = issue_kiosk_token(name, days, _cli_actor())
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Kiosk '{name.strip()}' until {local_time(until)} (Asia/Almaty). Open once on it:")
    click.echo(external_url("surveys_kiosk.enrol", token=token))


@surveys_cli.command("export")
@click.option("--survey", "slug", required=True, help="Survey slug.")
@click.option("--wave", "label", required=True, help="Wave label, e.g. 2026-Q4.")
@click.option("--format", "kind", type=click.Choice(FORMATS), required=True)
@click.option("--language", type=click.Choice(LANGUAGES), default="ru", show_default=True)
@click.option(
    "--region", "region_code", help="Only this region's responses (ISO code, e.g. KZ-35)."
)
@click.option("--output", type=click.Path(dir_okay=False, writable=True), required=True)
@click.option("--codebook", type=click.Path(dir_okay=False, writable=True), help="CSV codebook.")
def export_command(slug, label, kind, language, region_code, output, codebook):
    """Export a wave's responses (no ids, dates or codes) for analysts, with labels."""
    survey = _survey(slug)
    try:
        wave = wave_by_label(survey, label)
        region_id = _region_id(region_code) if region_code else None
        plan = plan_export(survey, wave, language, region_id)
    except (SurveyError, ExportError) as error:
        raise click.ClickException(str(error)) from error
    if wave.simulated:
        click.echo("Simulated data, not real responses: the export says so.", err=True)
    with force_locale(language):
        write_export(
            plan, kind, Path(output), lambda n: click.echo(f"  {n}/{plan.total}", err=True)
        )
        if codebook:
            Path(codebook).write_bytes(codebook_csv(plan))
    click.echo(f"Wrote {plan.total} responses of {slug} / {label} to {output}.")


def _region_id(code: str) -> int:
    found = db.session.execute(
        db.select(Region.id).filter_by(code=code.strip().upper())
    ).scalar_one_or_none()
    if found is None:
        raise SurveyError(f"no region with the code {code!r}")
    return found


@surveys_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--slug", help="The new survey's address, instead of the file's.")
def import_command(file, slug):
    """Create a draft survey from instrument JSON or an XLSForm (.xlsx); all or nothing."""
    path = Path(file)
    try:
        with force_locale("en"):  # the command line speaks English
            data = read_instrument(path.name, path.read_bytes())
            survey = import_instrument(data, _cli_actor(), slug=slug)
    except ImportProblems as refused:
        lines = "\n".join(f"  - {problem}" for problem in refused.problems)
        raise click.ClickException(f"nothing was imported:\n{lines}") from None
    count = len(survey.questions)
    click.echo(f"Imported {survey.slug} as a draft with {count} questions (profile included).")

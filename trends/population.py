"""Uploading the population table raking uses: all of it checked first, then stored whole."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired

from accounts.audit import record
from accounts.regions import REGIONS
from extensions import db
from simulation.population import PopulationError, read_population
from trends.models import PopulationTable


class PopulationForm(FlaskForm):
    table = FileField(
        _l("Population table (CSV)"), validators=[FileRequired(_l("Choose a CSV file."))]
    )


def store_population(upload, actor) -> list[str]:
    """Store the uploaded table if it is usable; otherwise return every problem, store nothing.

    The next read of each wave rakes it to this table (its weights' version changes).
    """
    raw = upload.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [str(_l("The file is not UTF-8 text. Save the table as CSV (UTF-8)."))]
    try:
        population = read_population(text, tuple(code for code, *_ in REGIONS))
    except PopulationError as error:
        return [str(problem) for problem in error.problems]
    if "\x00" in text:
        return [str(_l("The file holds characters a table cannot hold."))]
    table = PopulationTable(
        uploaded_by_id=getattr(actor, "id", None),
        source=population.source,
        year=population.year,
        approximate=population.approximate,
        content=text,
    )
    db.session.add(table)
    record(
        "population.upload",
        population.source or "population table",
        {"regions": len(population.regions), "year": population.year},
        actor=actor,
    )
    db.session.commit()
    return []


def load_demo_population() -> list[str]:
    """The demo table (approximate), when no table has been uploaded yet."""
    from simulation.population import DEMO_TABLE

    if db.session.execute(db.select(PopulationTable.id).limit(1)).first() is not None:
        return []
    text = DEMO_TABLE.read_text(encoding="utf-8")
    population = read_population(text)
    db.session.add(
        PopulationTable(
            source=population.source,
            year=population.year,
            approximate=population.approximate,
            content=text,
        )
    )
    db.session.commit()
    return ["trends: the demo population table (approximate) weights the figures"]

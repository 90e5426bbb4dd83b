"""A site with simulated survey data, built once and shared by a whole test module (the trends
tests, the analyst's and admin's journeys in the browser): the regions, the demo surveys and
population, the citizens' survey simulated in closed waves, an analyst of Atyrau and an admin."""

from pathlib import Path

from extensions import db
from tests.conftest import TEST_SETTINGS, empty_all_tables

PASSWORD = "correct-horse"
ANALYST = "analyst.atyrau@adal.example"
ADMIN = "admin.trends@adal.example"


def simulated_site(database_url: str, folder: Path, waves: int, responses: int, seed: int = 2026):
    """The app with its data in place; ``emptied`` undoes it."""
    from accounts.regions import load_regions
    from accounts.service import create_user
    from app import create_app
    from simulation.demo import simulate
    from surveys.demo import load_demo_surveys
    from trends.population import load_demo_population

    application = create_app(
        {
            **TEST_SETTINGS,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "RATELIMIT_STORAGE_URI": f"sqlite:///{folder / 'limits.sqlite'}",
        }
    )
    application.instance_path = str(folder)
    with application.app_context():
        load_regions()
        load_demo_surveys()
        load_demo_population()
        simulate("citizens", waves, responses, seed)
        create_user(ANALYST, "Analyst", "analyst", PASSWORD, "KZ-23", None)
        create_user(ADMIN, "Admin", "admin", PASSWORD, None, None)
        db.session.commit()
    return application


def emptied(application) -> None:
    """Every table empty again for the next module."""
    with application.app_context():
        db.session.rollback()
        empty_all_tables()
        db.engine.dispose()

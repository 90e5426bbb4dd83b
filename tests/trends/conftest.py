"""A simulated dataset shared by a whole test module: the citizens' survey in 5 closed waves of
5,000 responses (seed 2026), weighted to the demo population, with an analyst of Atyrau and an
admin. Tests that use it must not use the function-scoped ``app``, whose teardown empties every
table."""

import pytest

from extensions import db
from tests.conftest import TEST_SETTINGS, empty_all_tables

WAVES, RESPONSES, SEED = 5, 25_000, 2026
PASSWORD = "correct-horse"


@pytest.fixture(scope="module")
def simulated_app(migrated_database, tmp_path_factory):
    from accounts.regions import load_regions
    from accounts.service import create_user
    from app import create_app
    from simulation.demo import simulate
    from surveys.demo import load_demo_surveys
    from trends.population import load_demo_population

    folder = tmp_path_factory.mktemp("simulated")
    application = create_app(
        {
            **TEST_SETTINGS,
            "SQLALCHEMY_DATABASE_URI": migrated_database,
            "RATELIMIT_STORAGE_URI": f"sqlite:///{folder / 'limits.sqlite'}",
        }
    )
    application.instance_path = str(folder)
    with application.app_context():
        load_regions()
        load_demo_surveys()
        load_demo_population()
        simulate("citizens", WAVES, RESPONSES, SEED)
        create_user("analyst.atyrau@adal.example", "Analyst", "analyst", PASSWORD, "KZ-23", None)
        create_user("admin.trends@adal.example", "Admin", "admin", PASSWORD, None, None)
        db.session.commit()
    yield application
    with application.app_context():
        db.session.rollback()
        empty_all_tables()
        db.engine.dispose()


@pytest.fixture(scope="module")
def signed_in(simulated_app):
    """``signed_in("admin")`` or ``signed_in("analyst")``: a client of the simulated app."""

    def client(who: str = "admin"):
        email = {"admin": "admin.trends@adal.example", "analyst": "analyst.atyrau@adal.example"}
        browser = simulated_app.test_client()
        browser.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        if who != "anonymous":
            response = browser.post("/login", data={"email": email[who], "password": PASSWORD})
            assert response.status_code == 302
        return browser

    return client

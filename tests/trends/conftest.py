"""A simulated dataset shared by a whole test module: the citizens' survey in 5 closed waves of
5,000 responses (seed 2026), weighted to the demo population, with an analyst of Atyrau and an
admin. Tests that use it must not use the function-scoped ``app``, whose teardown empties every
table."""

import pytest

from tests.trends.testdata import ADMIN, ANALYST, PASSWORD, emptied, simulated_site

WAVES, RESPONSES, SEED = 5, 25_000, 2026


@pytest.fixture(scope="module")
def simulated_app(migrated_database, tmp_path_factory):
    folder = tmp_path_factory.mktemp("simulated")
    application = simulated_site(migrated_database, folder, WAVES, RESPONSES, SEED)
    yield application
    emptied(application)


@pytest.fixture(scope="module")
def signed_in(simulated_app):
    """``signed_in("admin")`` or ``signed_in("analyst")``: a client of the simulated app."""

    def client(who: str = "admin"):
        email = {"admin": ADMIN, "analyst": ANALYST}
        browser = simulated_app.test_client()
        browser.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
        if who != "anonymous":
            response = browser.post("/login", data={"email": email[who], "password": PASSWORD})
            assert response.status_code == 302
        return browser

    return client

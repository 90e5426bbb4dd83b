"""The site served by gunicorn as in production (tests/servers.py), one server for the run's
browser tests, over the suite's database: a test fills it through ``app`` and its factories
(``demo``, ``make_user``, ``runner``), emptied after each test, or through ``seeded_app``.

``seeded_app``: the database seeded once for a module's journeys (the analyst's and the
admin's): the citizens' survey simulated in three small closed waves, so that some cells are
published and some suppressed. Tests that use it must not use the function-scoped ``app``,
whose teardown empties every table.
"""

import pytest

from tests.servers import gunicorn
from tests.trends.testdata import emptied, simulated_site

WAVES, RESPONSES = 3, 3_000


@pytest.fixture(scope="session")
def site_server(migrated_database, tmp_path_factory) -> str:
    with gunicorn(migrated_database, tmp_path_factory.mktemp("gunicorn")) as server:
        yield server.url


@pytest.fixture(scope="module")
def seeded_app(migrated_database, tmp_path_factory):
    application = simulated_site(
        migrated_database, tmp_path_factory.mktemp("seeded"), WAVES, RESPONSES
    )
    yield application
    emptied(application)

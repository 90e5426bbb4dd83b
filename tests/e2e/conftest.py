"""One server on one seeded database for a module's journeys (the analyst's and the admin's):
the citizens' survey simulated in three small closed waves, so that some cells are published
and some suppressed. Tests that use it must not use the function-scoped ``app``, whose teardown
empties every table."""

import pytest

from tests.browser import serving
from tests.trends.testdata import emptied, simulated_site

WAVES, RESPONSES = 3, 3_000


@pytest.fixture(scope="module")
def seeded_app(migrated_database, tmp_path_factory):
    application = simulated_site(
        migrated_database, tmp_path_factory.mktemp("seeded"), WAVES, RESPONSES
    )
    yield application
    emptied(application)


@pytest.fixture(scope="module")
def seeded_server(seeded_app):
    with serving(seeded_app) as address:
        yield address

"""Fixtures of the security tests: the seeded world and persona clients."""

import pytest

from tests.security.checks import build_world, row_counts, sign_in


@pytest.fixture
def world(app, runner, make_user):
    return build_world(app, runner, make_user)


@pytest.fixture
def persona_client(app, world):
    """``persona_client("analyst_other")``: a client signed in as that persona."""
    return lambda persona: sign_in(app, persona)


@pytest.fixture
def counts(app):
    """``counts()``: the row count of every table, read now."""

    def snapshot():
        with app.app_context():
            return row_counts()

    return snapshot

"""Fixtures of the security tests: fast password hashing, the seeded world, persona clients."""

import pytest
from security_checks import build_world, row_counts, sign_in
from werkzeug.security import generate_password_hash

FAST_HASH = "pbkdf2:sha256:1000"


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Accounts hash with scrypt; these tests sign in hundreds of times and test no hashing."""
    import accounts.service

    monkeypatch.setattr(accounts.service, "PASSWORD_METHOD", FAST_HASH)
    monkeypatch.setattr(
        accounts.service, "_DUMMY_HASH", generate_password_hash("not-a-password", FAST_HASH)
    )


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

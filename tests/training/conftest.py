"""Fixtures for the training tests: modules made from test data, a learner."""

import copy
from datetime import timedelta

import pytest

from extensions import db
from tests.training.helpers import module_data
from training.authoring import create_module


@pytest.fixture
def make_module(app):
    """``make_module(published=True, assign_role="civil_servant", **changes)`` → module id."""
    from training.assignments import create_assignment
    from training.dates import local_today

    def factory(slug="test-integrity", published=True, assign_role="civil_servant", **changes):
        data = copy.deepcopy(module_data(slug))
        data.update(changes)
        with app.app_context():
            module = create_module(data, published=published)
            db.session.commit()
            if assign_role:
                create_assignment(
                    module, local_today() + timedelta(days=30), None, role=assign_role
                )
            return module.id

    return factory


@pytest.fixture
def learner(make_user):
    return make_user(
        role="civil_servant",
        region="KZ-35",
        name="Әлия Сәрсенқызы Ғабитова",
        email="aliya@adal.example",
    )

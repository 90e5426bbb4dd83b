"""Survey fixtures: a compact instrument with every question type (the demo surveys: root)."""

import pytest
from sqlalchemy import func, select

from extensions import db
from surveys.models import Answer
from surveys.models import Response as SurveyResponse
from tests.surveys.testdata import create_survey


@pytest.fixture
def make_survey(app, regions):
    """Create a survey: ``make_survey(slug="sample", wave="open"|"closed"|"future"|None, ...)``."""

    def factory(**options):
        return create_survey(app, **options)

    return factory


@pytest.fixture
def sample(make_survey):
    return make_survey()


@pytest.fixture
def counts(app):
    """Row counts of responses and answers: ``counts()`` -> (responses, answers)."""

    def count():
        with app.app_context():
            responses = db.session.execute(select(func.count()).select_from(SurveyResponse))
            answers = db.session.execute(select(func.count()).select_from(Answer))
            return responses.scalar_one(), answers.scalar_one()

    return count

"""Demo surveys for a first look: the citizens' survey and a short expert survey, each with an
open wave around today. Created only when there is no survey yet. Their wording is data, in
surveys/content (see docs/surveys.md)."""

from datetime import UTC, datetime, timedelta

from extensions import db
from surveys.authoring import build_questions, check_sections
from surveys.models import Survey, SurveyStatus, Wave
from surveys.profile import profile_questions
from surveys.survey_files import CONTENT, read_survey

DEMO_SURVEYS = ("citizens", "experts")  # surveys/content/<name>.toml, in this order


def wave_label(moment: datetime) -> str:
    return f"{moment.year}-Q{(moment.month - 1) // 3 + 1}"


def load_demo_surveys() -> list[str]:
    """Create the demo surveys, each with a wave open from 30 days ago to 60 days ahead."""
    if db.session.execute(db.select(Survey.id).limit(1)).first() is not None:
        return []
    now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    surveys = [read_survey(CONTENT / f"{name}.toml") for name in DEMO_SURVEYS]
    for definition in surveys:
        questions = build_questions(profile_questions() + definition["questions"])
        survey = Survey(
            slug=definition["slug"],
            titles=definition["titles"],
            intros=definition["intros"],
            audience=definition["audience"],
            status=SurveyStatus.OPEN,
            requires_invitation=False,
            layout=definition["layout"],
            sections=check_sections(definition["sections"], questions),
            questions=questions,
        )
        survey.waves.append(
            Wave(
                label=wave_label(now),
                opens_at=now - timedelta(days=30),
                closes_at=now + timedelta(days=60),
            )
        )
        db.session.add(survey)
    db.session.commit()
    links = ", ".join(f"/s/{definition['slug']}" for definition in surveys)
    return [f"demo surveys: {len(surveys)} created, open now at {links}"]

"""The demo surveys that `make run` loads: complete in three languages, answerable, open now."""

import re

from sqlalchemy import select

from extensions import db
from localization import LANGUAGES
from surveys.demo import load_demo_surveys
from surveys.models import Construct, Survey
from surveys.profile import PROFILE_CODES

KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)


def all_texts(survey):
    yield survey.titles
    yield survey.intros
    for question in survey.questions:
        yield question.texts
        if question.hints:
            yield question.hints
        for choice in question.choices or ():
            yield choice["labels"]


def test_demo_surveys_are_complete_and_open(app, demo):
    with app.app_context():
        surveys = {s.slug: s for s in db.session.execute(select(Survey)).scalars()}
        assert set(surveys) == {"citizens", "experts"}
        citizens, experts = surveys["citizens"], surveys["experts"]
        assert citizens.audience == "citizens" and experts.audience == "experts"
        for survey in surveys.values():
            assert survey.status == "open" and survey.waves[0].is_open()
            assert [q.code for q in survey.questions][:6] == list(PROFILE_CODES)
            for texts in all_texts(survey):
                assert set(texts) == set(LANGUAGES) and all(texts.values()), texts
            for question in survey.questions:  # real Kazakh, not a copy of the Russian
                assert KAZAKH_LETTERS.search(question.texts["kk"]), question.code
                assert question.texts["kk"] != question.texts["ru"]
        questions = [q for q in citizens.questions if q.code not in PROFILE_CODES]
        assert 18 <= len(questions) <= 24
        assert {q.construct for q in questions} >= set(Construct)
        assert any(q.reverse_scored for q in questions)
        assert [q.code for q in questions if q.regions == ["KZ-23"]] == [
            "atr_fishing_permit",
            "atr_fishing_informal",
            "atr_land_open",
        ]
        follow_up = next(q for q in questions if q.code == "exp_gave_services")
        assert follow_up.show_if == {"question": "exp_gave", "op": "equals", "value": "yes"}
        assert 6 <= len([q for q in experts.questions if q.code not in PROFILE_CODES]) <= 10


def test_demo_loader_runs_once(app, demo):
    with app.app_context():
        assert load_demo_surveys() == []
        assert len(db.session.execute(select(Survey)).scalars().all()) == 2


def test_seed_demo_prints_the_survey_links(runner):
    output = runner.invoke(args=["seed", "demo"]).output
    assert "demo surveys: 2 created, open now at /s/citizens, /s/experts" in output


def test_demo_survey_accepts_a_full_atyrau_response(client, demo, counts):
    answers = {
        "region": "KZ-23",
        "age_band": "35-44",
        "sex": "male",
        "settlement": "rural",
        "group": "entrepreneur",
        "service_used": "agriculture",
        "sq_satisfaction": 2,
        "sq_on_time": 3,
        "exp_asked": "yes",
        "exp_reported": "no",
        "exp_gave": "yes",
        "exp_gave_times": 2,
        "exp_gave_services": ["agriculture"],
        "trust_akimat": 2,
        "trust_police": 3,
        "trust_anticorruption": 3,
        "pc_willing": 4,
        "pc_fear": 4,
        "pc_monitoring": "no",
        "tol_gift": 2,
        "tol_relatives": 1,
        "aw_where_to_report": "yes",
        "aw_protected": 3,
        "perceived_change": 3,
        "atr_fishing_permit": "yes",
        "atr_fishing_informal": "yes",
        "atr_land_open": 2,
        "comment": "Рұқсаттарды онлайн беру керек.",
    }
    response = client.post("/api/v1/surveys/citizens/responses", json={"answers": answers})
    assert response.status_code == 201, response.get_json()
    assert counts() == (1, len(answers) - 6)  # one row each; the profile is on the response

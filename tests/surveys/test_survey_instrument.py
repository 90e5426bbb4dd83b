"""The instrument a server keeps in memory follows every change to the survey."""

from sqlalchemy import select, update

from extensions import db
from localization import utcnow
from surveys.models import Question, Survey, Wave
from surveys.service import find_survey
from tests.surveys.testdata import VALID


def test_a_changed_question_is_served_at_once(app, client, sample):
    assert "Do you trust the akimat?" in client.get("/s/sample").get_data(as_text=True)
    with app.app_context():
        before = db.session.execute(select(Survey.revision).filter_by(slug="sample")).scalar_one()
        question = db.session.execute(select(Question).filter_by(code="trust")).scalar_one()
        question.texts = {**question.texts, "en": "Do you trust your akimat?"}
        db.session.commit()
        after = db.session.execute(select(Survey.revision).filter_by(slug="sample")).scalar_one()
    assert after != before
    page = client.get("/s/sample").get_data(as_text=True)
    assert "Do you trust your akimat?" in page and "Do you trust the akimat?" not in page
    api = client.get("/api/v1/surveys/sample").get_json()
    assert any(q["text"] == "Do you trust your akimat?" for q in api["questions"])


def test_a_removed_or_added_question_is_served_at_once(app, client, sample):
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="sample")).scalar_one()
        note = next(q for q in survey.questions if q.code == "note")
        survey.questions.remove(note)
        db.session.commit()
    assert 'id="q-note"' not in client.get("/s/sample").get_data(as_text=True)
    response = client.post("/api/v1/surveys/sample/responses", json={"answers": {"note": "x"}})
    assert response.get_json()["errors"]["note"] == "There is no question with this code."


def test_the_same_revision_is_not_read_again(app, sample):
    with app.test_request_context():
        first, _ = find_survey("sample")
        second, _ = find_survey("sample")
    assert first is second  # one snapshot, shared
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="sample")).scalar_one()
        survey.status = "closed"
        db.session.commit()
    with app.test_request_context():
        closed, wave = find_survey("sample")
    assert closed is not first and closed.status == "closed" and wave is None


def test_a_wave_closed_by_another_process_is_seen_at_once(app, client, sample, counts):
    with app.test_request_context():
        assert find_survey("sample")[1] is not None
    with app.app_context():  # as `flask surveys close-wave` in another process: no ORM event
        db.session.execute(update(Wave).values(closes_at=utcnow()))
        db.session.commit()
    with app.test_request_context():
        assert find_survey("sample")[1] is None
    api = client.post("/api/v1/surveys/sample/responses", json={"answers": VALID})
    assert api.status_code == 409 and "no wave is open" in api.get_json()["message"]
    assert counts() == (0, 0)

"""The learner's path through HTTP: pre-test → lessons → post-test → certificate, and resuming."""

from extensions import db
from tests.training.helpers import form_of, right_answers, take_module, wrong_answers
from training.models import Attempt, AttemptItem, Certificate, LessonProgress


def latest_attempt(app, kind: str) -> Attempt:
    with app.app_context():
        attempt = db.session.execute(
            db.select(Attempt).filter_by(kind=kind).order_by(Attempt.id.desc()).limit(1)
        ).scalar_one()
        # Load what the tests read before the context closes.
        attempt.items and [item.question.choices for item in attempt.items]
        return attempt


def answers_for(app, attempt_id: int, right: bool = True) -> dict:
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        return form_of(right_answers(attempt) if right else wrong_answers(attempt))


def test_whole_path_to_a_certificate(app, client, auth, make_module, learner):
    make_module()
    auth.login(learner["email"])

    page = client.get("/learning").get_data(as_text=True)
    assert "Integrity basics" in page and "Not started" in page

    response = client.get("/training/test-integrity")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/training/test-integrity/pre-test")
    assert "Start the pre-test" in client.get("/training/test-integrity/pre-test").get_data(
        as_text=True
    )

    response = client.post("/training/test-integrity/pre-test")
    pre = latest_attempt(app, "pre")
    assert response.headers["Location"].endswith(f"/training/attempts/{pre.id}")
    page = client.get(f"/training/attempts/{pre.id}").get_data(as_text=True)
    assert page.count('<fieldset class="question') == 4
    assert "Case " in page or "Question " in page

    response = client.post(f"/training/attempts/{pre.id}", data=answers_for(app, pre.id, False))
    assert response.headers["Location"].endswith(f"/training/attempts/{pre.id}/result")
    result = client.get(f"/training/attempts/{pre.id}/result").get_data(as_text=True)
    assert "Your score: 0% (0 of 4)" in result and "starting point" in result

    # Resume: the module now opens at the first lesson.
    response = client.get("/training/test-integrity")
    assert response.headers["Location"].endswith("/training/test-integrity/lessons/1")
    lesson = client.get("/training/test-integrity/lessons/1").get_data(as_text=True)
    assert "<strong>private</strong>" in lesson and "<h2>Idea</h2>" in lesson
    response = client.post("/training/test-integrity/lessons/1")
    assert response.headers["Location"].endswith("/training/test-integrity/lessons/2")
    response = client.post("/training/test-integrity/lessons/2")
    assert response.headers["Location"].endswith("/training/test-integrity/post-test")
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(LessonProgress.id))).scalar() == 2

    start = client.get("/training/test-integrity/post-test").get_data(as_text=True)
    assert "You need 75% to pass" in start and "Attempts left: 2 of 2" in start
    client.post("/training/test-integrity/post-test")
    post = latest_attempt(app, "post")
    response = client.post(f"/training/attempts/{post.id}", data=answers_for(app, post.id))
    assert response.status_code == 302
    result = client.get(f"/training/attempts/{post.id}/result").get_data(as_text=True)
    assert "You passed" in result and "Your score: 100% (4 of 4)" in result
    with app.app_context():
        certificate = db.session.execute(db.select(Certificate)).scalar_one()
        assert certificate.holder_name == "Әлия Сәрсенқызы Ғабитова"
        assert certificate.score_percent == 100 and certificate.language == "en"
        code = certificate.code
    assert certificate.display_code in result

    pdf = client.get(f"/training/certificates/{code}.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.data.startswith(b"%PDF")

    page = client.get("/learning").get_data(as_text=True)
    assert "Completed" in page and "no expiry" in page and certificate.display_code in page
    assert (
        client.get("/training/test-integrity")
        .headers["Location"]
        .endswith(f"/training/attempts/{post.id}/result")
    )
    verify = client.get(f"/verify/{code}").get_data(as_text=True)
    assert "This certificate is valid." in verify and "Әлия Сәрсенқызы Ғабитова" in verify


def test_resume_an_open_test_with_saved_answers(app, client, auth, make_module, learner):
    make_module()
    auth.login(learner["email"])
    client.post("/training/test-integrity/pre-test")
    pre = latest_attempt(app, "pre")
    answers = answers_for(app, pre.id)
    first_key = next(iter(answers))
    response = client.post(
        f"/training/attempts/{pre.id}", data={first_key: answers[first_key], "action": "save"}
    )
    assert response.status_code == 302
    # Later: the module link leads back to the open test, the saved choice still checked.
    response = client.get("/training/test-integrity")
    assert response.headers["Location"].endswith(f"/training/attempts/{pre.id}")
    page = client.get(f"/training/attempts/{pre.id}").get_data(as_text=True)
    question_id = first_key.removeprefix("answer-")
    choice_id = answers[first_key][0]
    assert f'name="answer-{question_id}" value="{choice_id}" checked' in page
    with app.app_context():
        saved = db.session.execute(
            db.select(AttemptItem).filter_by(attempt_id=pre.id, question_id=int(question_id))
        ).scalar_one()
        assert saved.selected == answers[first_key]
        assert db.session.get(Attempt, pre.id).submitted_at is None


def test_post_test_review_shows_the_attempt_as_it_was(app, client, auth, make_module, learner):
    module_id = make_module()
    with app.app_context():
        post = take_module(learner["id"], module_id, posts=(False,))
        expected = []
        for item in post.items:
            picked = [c for c in item.ordered_choices if c.id in item.selected]
            expected.append(
                (
                    [c.text["en"] for c in item.ordered_choices],
                    [c.feedback["en"] for c in picked if c.feedback],
                    item.question.explanation["en"],
                )
            )
        post_id = post.id
    auth.login(learner["email"])
    page = client.get(f"/training/attempts/{post_id}/result").get_data(as_text=True)
    review = page.split('<ol class="review">', 1)[1]
    items = review.split('<li class="review-item')[1:]
    assert len(items) == 4
    for html, (choices, feedback, explanation) in zip(items, expected, strict=True):
        positions = [html.index(text) for text in choices]
        assert positions == sorted(positions)  # the order the learner saw
        assert all(text in html for text in feedback) and explanation in html
        assert "Not correct" in html and "(your answer)" in html
    assert "(right answer)" not in review  # one attempt left: not revealed yet

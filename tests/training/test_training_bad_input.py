"""Bad requests get a clear message and the right status; nothing the learner chose is lost."""

from extensions import db
from tests.training.helpers import form_of, learner_and_module, right_answers, seeded, wrong_answers
from training.attempts import owned_attempt, start_attempt, submit_attempt
from training.errors import TrainingError
from training.models import Assignment, Attempt, AttemptItem, Module


def begin(app, client, auth, make_module, learner, kind="pre"):
    """Sign in, open the pre-test (and for kind='post', pass through to an open post-test)."""
    module_id = make_module()
    auth.login(learner["email"])
    client.post("/training/test-integrity/pre-test")
    if kind == "post":
        pre = attempt_of(app, "pre")
        client.post(f"/training/attempts/{pre}", data=answers(app, pre, right=False))
        client.post("/training/test-integrity/lessons/1")
        client.post("/training/test-integrity/lessons/2")
        client.post("/training/test-integrity/post-test")
    return module_id, attempt_of(app, kind)


def attempt_of(app, kind) -> int:
    with app.app_context():
        return db.session.execute(
            db.select(Attempt.id).filter_by(kind=kind).order_by(Attempt.id.desc())
        ).scalar()


def answers(app, attempt_id, right=True) -> dict:
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        return form_of(right_answers(attempt) if right else wrong_answers(attempt))


def stored_selections(app, attempt_id):
    with app.app_context():
        items = db.session.execute(
            db.select(AttemptItem).filter_by(attempt_id=attempt_id).order_by(AttemptItem.position)
        ).scalars()
        return [item.selected for item in items]


def assert_checked(page: str, data: dict) -> None:
    for key, choice_ids in data.items():
        for choice_id in choice_ids:
            assert f'name="{key}" value="{choice_id}" checked' in page


def test_answering_a_test_that_was_not_started(app, client, auth, make_module, learner):
    make_module()
    auth.login(learner["email"])
    response = client.post("/training/attempts/4242", data={"answer-1": "1"})
    assert response.status_code == 404
    assert "This test was not started, or it is not yours." in response.get_data(as_text=True)
    assert client.get("/training/attempts/4242/result").status_code == 404


def test_someone_elses_attempt_is_not_found(app, client, auth, make_module, learner, make_user):
    _module, pre = begin(app, client, auth, make_module, learner)
    other = make_user(role="civil_servant", region="KZ-35")
    auth.logout()
    auth.login(other["email"])
    response = client.post(f"/training/attempts/{pre}", data=answers(app, pre))
    assert response.status_code == 404
    assert client.get(f"/training/attempts/{pre}").status_code == 404
    assert stored_selections(app, pre) == [None] * 4


def test_submitting_twice_keeps_the_first_answers(app, client, auth, make_module, learner):
    _module, pre = begin(app, client, auth, make_module, learner)
    first = answers(app, pre, right=True)
    assert client.post(f"/training/attempts/{pre}", data=first).status_code == 302
    before = stored_selections(app, pre)
    response = client.post(f"/training/attempts/{pre}", data=answers(app, pre, right=False))
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "This test was already submitted." in page and "Your score: 100% (4 of 4)" in page
    assert stored_selections(app, pre) == before
    with app.app_context():
        assert db.session.get(Attempt, pre).score_raw == 4


def test_answer_to_a_question_not_drawn_is_refused_and_named(
    app, client, auth, make_module, learner
):
    _module, pre = begin(app, client, auth, make_module, learner)
    with app.app_context():
        drawn = {i.question_id for i in db.session.get(Attempt, pre).items}
        not_drawn = db.session.execute(db.select(db.func.max(AttemptItem.question_id))).scalar()
        extra = next(q for q in range(1, 10_000) if q not in drawn and q <= not_drawn + 50)
    data = answers(app, pre)
    data[f"answer-{extra}"] = ["1"]
    response = client.post(f"/training/attempts/{pre}", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f"Question {extra} was not part of this test" in page
    # Nothing stored, nothing lost: the form comes back with the choices still checked.
    assert stored_selections(app, pre) == [None] * 4
    assert_checked(page, {k: v for k, v in data.items() if k != f"answer-{extra}"})


def test_a_choice_from_another_question_is_refused(app, client, auth, make_module, learner):
    _module, pre = begin(app, client, auth, make_module, learner)
    data = answers(app, pre)
    keys = list(data)
    data[keys[0]] = data[keys[1]]  # a real choice id, but of the next question
    response = client.post(f"/training/attempts/{pre}", data=data)
    assert response.status_code == 400
    assert "is not one of its choices" in response.get_data(as_text=True)
    assert stored_selections(app, pre) == [None] * 4


def test_two_choices_on_a_single_answer_question_are_refused(
    app, client, auth, make_module, learner
):
    _module, pre = begin(app, client, auth, make_module, learner)
    with app.app_context():
        attempt = db.session.get(Attempt, pre)
        single = next(i for i in attempt.items if i.question.single_answer)
        data = form_of(right_answers(attempt))
        data[f"answer-{single.question_id}"] = single.choice_order[:2]
    response = client.post(f"/training/attempts/{pre}", data=data)
    assert response.status_code == 400
    assert stored_selections(app, pre) == [None] * 4


def test_unreadable_answers_are_refused(app, client, auth, make_module, learner):
    _module, pre = begin(app, client, auth, make_module, learner)
    response = client.post(f"/training/attempts/{pre}", data={"answer-x": "1"})
    assert response.status_code == 400
    assert "The answers sent could not be read." in response.get_data(as_text=True)


def test_unanswered_question_keeps_the_other_answers(app, client, auth, make_module, learner):
    _module, pre = begin(app, client, auth, make_module, learner)
    data = answers(app, pre)
    skipped = list(data)[2]
    del data[skipped]
    response = client.post(f"/training/attempts/{pre}", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'class="error-summary"' in page and "Question 3: choose an answer." in page
    assert "Please correct the following:" in page
    assert_checked(page, data)
    # Saved as a draft: a reload shows them too, and the attempt is still open.
    selections = stored_selections(app, pre)
    assert selections[2] == [] and all(selections[i] for i in (0, 1, 3))
    with app.app_context():
        assert db.session.get(Attempt, pre).submitted_at is None
    assert f'name="{list(data)[0]}" value="{data[list(data)[0]][0]}" checked' in client.get(
        f"/training/attempts/{pre}"
    ).get_data(as_text=True)


def test_attempt_limit(app, client, auth, make_module, learner):
    _module, post = begin(app, client, auth, make_module, learner, kind="post")
    client.post(f"/training/attempts/{post}", data=answers(app, post, right=False))
    result = client.get(f"/training/attempts/{post}/result").get_data(as_text=True)
    assert "You did not reach the pass mark of 75%." in result and "Attempts left: 1." in result
    assert "(right answer)" not in result  # not revealed while an attempt is left
    client.post("/training/test-integrity/post-test")
    second = attempt_of(app, "post")
    assert second != post
    client.post(f"/training/attempts/{second}", data=answers(app, second, right=False))
    result = client.get(f"/training/attempts/{second}/result").get_data(as_text=True)
    assert "(right answer)" in result  # no attempt left: the answers are shown
    response = client.post("/training/test-integrity/post-test")
    assert response.status_code == 409
    assert "You have used all 2 attempts" in response.get_data(as_text=True)
    with app.app_context():
        assert (
            db.session.execute(db.select(db.func.count(Attempt.id)).filter_by(kind="post")).scalar()
            == 2
        )
    page = client.get("/training/test-integrity/post-test").get_data(as_text=True)
    assert "You have used all 2 attempts" in page and "Start the post-test" not in page
    assert "No attempts left" in client.get("/learning").get_data(as_text=True)


def test_draft_module_is_refused(app, client, auth, make_module, learner):
    make_module(published=False)
    auth.login(learner["email"])
    for response in (
        client.get("/training/test-integrity"),
        client.post("/training/test-integrity/pre-test"),
    ):
        assert response.status_code == 404
        assert "This module is not published yet." in response.get_data(as_text=True)
    assert "Integrity basics" not in client.get("/learning").get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Attempt.id))).scalar() == 0


def test_module_not_assigned_is_refused(app, client, auth, make_module, learner):
    make_module(assign_role="analyst")
    auth.login(learner["email"])
    response = client.post("/training/test-integrity/pre-test")
    assert response.status_code == 403
    assert "This module is not assigned to you." in response.get_data(as_text=True)
    assert client.get("/training/test-integrity/lessons/1").status_code == 403


def test_unknown_module_is_404(client, auth, learner):
    auth.login(learner["email"])
    response = client.get("/training/no-such-module")
    assert response.status_code == 404
    assert "We could not find this module." in response.get_data(as_text=True)


def test_steps_out_of_order_are_refused(app, client, auth, make_module, learner):
    make_module()
    auth.login(learner["email"])
    response = client.get("/training/test-integrity/lessons/1")
    assert response.status_code == 409 and "Please take the pre-test first" in response.get_data(
        as_text=True
    )
    response = client.post("/training/test-integrity/post-test")
    assert response.status_code == 409
    client.post("/training/test-integrity/pre-test")
    pre = attempt_of(app, "pre")
    client.post(f"/training/attempts/{pre}", data=answers(app, pre))
    response = client.post("/training/test-integrity/post-test")
    assert response.status_code == 409
    assert "Please finish every lesson before the post-test." in response.get_data(as_text=True)
    assert client.get("/training/test-integrity/lessons/9").status_code == 400


def test_module_closed_during_a_test_keeps_the_answers(app, client, auth, make_module, learner):
    module_id, pre = begin(app, client, auth, make_module, learner)
    with app.app_context():
        db.session.get(Module, module_id).published = False
        db.session.commit()
    data = answers(app, pre)
    response = client.post(f"/training/attempts/{pre}", data=data)
    assert response.status_code == 404
    assert "This module is not published yet." in response.get_data(as_text=True)
    assert all(stored_selections(app, pre))  # saved, to submit once it reopens
    with app.app_context():
        db.session.get(Module, module_id).published = True
        db.session.execute(db.delete(Assignment))
        db.session.commit()
    response = client.post(f"/training/attempts/{pre}", data=data)
    assert response.status_code == 403
    with app.app_context():
        assert db.session.get(Attempt, pre).submitted_at is None


def test_forms_need_the_csrf_token(make_app, make_module, learner):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    make_module()
    client.post("/login", data={"email": learner["email"], "password": "correct-horse"})
    assert client.post("/training/test-integrity/pre-test").status_code == 400
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Attempt.id))).scalar() == 0


def test_service_refusals_carry_codes(app, make_module, learner):
    module_id = make_module()
    with app.app_context():
        user, module = learner_and_module(learner["id"], module_id)
        attempt = start_attempt(user, module, "pre", rng=seeded())
        assert start_attempt(user, module, "pre").id == attempt.id  # idempotent
        for call, code in (
            (lambda: submit_attempt(user, attempt.id, {}), "incomplete"),
            (lambda: start_attempt(user, module, "post"), "out_of_order"),
            (lambda: owned_attempt(user, attempt.id + 99), "attempt_not_found"),
        ):
            try:
                call()
            except TrainingError as error:
                assert error.code == code
            else:
                raise AssertionError(f"expected {code}")

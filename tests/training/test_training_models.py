"""Modules, the question bank, and draws: stored, shuffled, reviewable exactly as shown."""

import random

from extensions import db
from tests.training.helpers import learner_and_module, right_answers, seeded
from training.attempts import draw_questions, start_attempt, submit_attempt
from training.dates import add_months
from training.models import Attempt, BankQuestion, Enrollment, Module, QuestionKind
from training.progress import complete_lesson


def test_module_from_data(app, make_module):
    module_id = make_module()
    with app.app_context():
        module = db.session.get(Module, module_id)
        assert (module.slug, module.pass_mark, module.max_attempts, module.published) == (
            "test-integrity",
            75,
            2,
            True,
        )
        assert [lesson.position for lesson in module.lessons] == [1, 2]
        assert [(c.code, c.draw_count, len(c.questions)) for c in module.categories] == [
            ("basics", 2, 6),
            ("cases", 2, 6),
        ]
        kinds = {question.kind for question in module.questions}
        assert kinds == set(QuestionKind)
        scenario = next(q for q in module.questions if q.kind == QuestionKind.SCENARIO)
        assert scenario.scenario["kk"].endswith("(қаз)") and len(scenario.correct_ids) == 1
        multiple = next(q for q in module.questions if q.kind == QuestionKind.MULTIPLE)
        assert len(multiple.correct_ids) == 2 and not multiple.single_answer


def test_draw_per_category_with_shuffled_choices(app, make_module):
    module_id = make_module()
    with app.app_context():
        module = db.session.get(Module, module_id)
        first = draw_questions(module, seeded())
        again = draw_questions(module, seeded())
        assert [(q.id, order) for q, order in first] == [(q.id, order) for q, order in again]
        assert [q.category.code for q, _ in first] == ["basics", "basics", "cases", "cases"]
        assert len({q.id for q, _ in first}) == 4
        for question, order in first:
            assert sorted(order) == sorted(c.id for c in question.choices)
        # Over many draws, every non-true/false question is shown in more than one order and
        # true/false keeps True before False.
        orders: dict[int, set] = {}
        rng = random.Random(7)
        for _ in range(60):
            for question, order in draw_questions(module, rng):
                orders.setdefault(question.id, set()).add(tuple(order))
        assert len(orders) == 12  # every question gets drawn sometimes
        for question_id, seen in orders.items():
            question = db.session.get(BankQuestion, question_id)
            if question.kind == QuestionKind.TRUEFALSE:
                assert seen == {tuple(c.id for c in question.choices)}
            else:
                assert len(seen) > 1


def test_retired_questions_are_not_drawn(app, make_module):
    module_id = make_module()
    with app.app_context():
        module = db.session.get(Module, module_id)
        retired = {q.id for q in module.categories[0].questions[:4]}
        for question in module.categories[0].questions[:4]:
            question.active = False
        for _ in range(20):
            drawn = {q.id for q, _ in draw_questions(module, random.Random())}
            assert not drawn & retired


def test_the_draw_is_stored_and_reviewable(app, make_module, learner):
    module_id = make_module()
    with app.app_context():
        user, module = learner_and_module(learner["id"], module_id)
        attempt = start_attempt(user, module, "pre", rng=seeded())
        expected = [(q.id, order) for q, order in draw_questions(module, seeded())]
        assert [(i.question_id, i.choice_order) for i in attempt.items] == expected
        assert attempt.score_max == 4 and attempt.number == 1
        enrollment = db.session.get(Enrollment, attempt.enrollment_id)
        assert (enrollment.user_id, enrollment.module_id, enrollment.cycle) == (
            user.id,
            module.id,
            1,
        )
        submit_attempt(user, attempt.id, right_answers(attempt), "kk")
        attempt_id = attempt.id
        shown = [[c.text["en"] for c in item.ordered_choices] for item in attempt.items]
    with app.app_context():  # a fresh session: what the database kept
        stored = db.session.get(Attempt, attempt_id)
        assert [[c.text["en"] for c in i.ordered_choices] for i in stored.items] == shown
        assert all(i.correct for i in stored.items) and stored.percent == 100
        assert stored.passed is None  # a pre-test has no pass mark


def test_scoring_multiple_choice_is_all_or_nothing(app, make_module, learner):
    module_id = make_module()
    with app.app_context():
        user, module = learner_and_module(learner["id"], module_id)
        for seed in range(50):  # find a draw with a multiple-choice question
            attempt = start_attempt(user, module, "pre", rng=random.Random(seed))
            if any(not i.question.single_answer for i in attempt.items):
                break
            db.session.delete(attempt)
            db.session.commit()
        answers = right_answers(attempt)
        multiple = next(i for i in attempt.items if not i.question.single_answer)
        answers[multiple.question_id] = answers[multiple.question_id][:1]  # half right
        submit_attempt(user, attempt.id, answers)
        assert multiple.correct is False
        assert (attempt.score_raw, attempt.score_max, attempt.percent) == (3, 4, 75.0)


def test_pass_mark_is_inclusive(app, make_module, learner):
    module_id = make_module()
    with app.app_context():
        user, module = learner_and_module(learner["id"], module_id)
        pre = start_attempt(user, module, "pre", rng=seeded())
        submit_attempt(user, pre.id, right_answers(pre))
        for position in (1, 2):
            complete_lesson(user, module, position)
        post = start_attempt(user, module, "post", rng=seeded())
        answers = right_answers(post)
        first = post.items[0]
        wrong = [c for c in first.choice_order if c not in first.question.correct_ids]
        answers[first.question_id] = wrong[:1]
        submit_attempt(user, post.id, answers)
        assert post.percent == 75.0 and module.pass_mark == 75 and post.passed is True
        assert post.certificate is not None and post.enrollment.completed_at is not None


def test_add_months_clamps_to_the_end_of_month():
    from datetime import UTC, datetime

    start = datetime(2027, 1, 31, 10, 0, tzinfo=UTC)
    assert add_months(start, 1) == datetime(2027, 2, 28, 10, 0, tzinfo=UTC)
    assert add_months(start, 13) == datetime(2028, 2, 29, 10, 0, tzinfo=UTC)
    assert add_months(start, 12) == datetime(2028, 1, 31, 10, 0, tzinfo=UTC)
    assert add_months(datetime(2026, 11, 15, tzinfo=UTC), 2).date().isoformat() == "2027-01-15"

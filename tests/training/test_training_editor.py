"""The module editor: texts in three languages side by side, missing translations marked and
blocking publication, previews, and questions that learners answered replaced by new versions."""

import pytest

from accounts.audit import AuditEvent
from extensions import db
from tests.security.checks import html_problems
from tests.training.helpers import right_answers, seeded, texts
from training.analysis import item_analysis
from training.attempts import start_attempt, submit_attempt
from training.models import AttemptItem, BankQuestion, LessonProgress, Module
from training.progress import complete_lesson


@pytest.fixture
def admin(client, auth, make_user):
    auth.login(make_user(role="admin", email="author@adal.example")["email"])
    return client


def audit_actions(app) -> list[str]:
    """The audited actions, but the assignment that ``make_module`` makes."""
    with app.app_context():
        query = db.select(AuditEvent.action).order_by(AuditEvent.id)
        return [
            action for action in db.session.execute(query).scalars() if action != "module.assign"
        ]


def flat(prefix: str, value: dict) -> dict:
    return {f"{prefix}-{language}": text for language, text in value.items()}


def question_form(category_id: int, kind="single", choices=None, **fields) -> dict:
    choices = choices or [
        (texts("Declare it"), True, texts("Right: declare it.")),
        (texts("Say nothing"), False, texts("Silence hides it.")),
    ]
    form = {"category": str(category_id), "kind": kind, "action": "save"}
    form |= flat("text", fields.get("text", texts("What do you do?")))
    form |= flat("scenario", fields.get("scenario", {}))
    form |= flat("explanation", fields.get("explanation", {}))
    for index, (text, correct, feedback) in enumerate(choices):
        form |= flat(f"choices-{index}-text", text) | flat(f"choices-{index}-feedback", feedback)
        if correct:
            form[f"choices-{index}-correct"] = "y"
    return form


def test_a_new_module_is_written_in_the_browser(app, admin):
    form = {"slug": "new-rules", "topic": "gifts_hospitality", "minutes": "12"}
    form |= flat("title", {"kk": "Жаңа ережелер", "ru": "Новые правила", "en": ""})
    form |= flat("summary", texts("Short."))
    response = admin.post("/admin/training/new", data=form)
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/training/new-rules/edit"
    page = admin.get("/admin/training/new-rules/edit").get_data(as_text=True)
    assert "translation missing" in page and "Not ready to publish" in page
    assert "1 text lacks a translation" in page
    lesson = flat("title", texts("First steps")) | flat("body", texts("## Hello\n\nText."))
    assert admin.post("/admin/training/new-rules/lessons/new", data=lesson).status_code == 302
    category = {"code": "basics", "draw": "1"} | flat("title", texts("Basics"))
    assert admin.post("/admin/training/new-rules/categories", data=category).status_code == 302
    with app.app_context():
        module = db.session.execute(db.select(Module).filter_by(slug="new-rules")).scalar_one()
        category_id = module.categories[0].id
        assert module.title == {"kk": "Жаңа ережелер", "ru": "Новые правила"}
        assert [lesson.body["en"] for lesson in module.lessons] == ["## Hello\n\nText."]
    saved = admin.post("/admin/training/new-rules/questions/new", data=question_form(category_id))
    assert saved.status_code == 302
    # Still a translation missing: publishing is refused.
    publish = admin.post("/admin/training/new-rules/publish", data={"published": "1"})
    assert publish.status_code == 400
    assert "lacks a translation" in publish.get_data(as_text=True)
    settings = {"topic": "gifts_hospitality", "minutes": "12", "pass_mark": "80"}
    settings |= (
        {"max_attempts": "3"} | flat("title", texts("New rules")) | flat("summary", texts("Short."))
    )
    assert admin.post("/admin/training/new-rules/edit", data=settings).status_code == 302
    assert (
        admin.post("/admin/training/new-rules/publish", data={"published": "1"}).status_code == 302
    )
    assert audit_actions(app) == [
        "module.create",
        "lesson.add",
        "category.add",
        "question.add",
        "module.edit",
        "module.publish",
    ]


def test_a_published_module_keeps_every_translation(app, admin, make_module):
    make_module()
    form = flat("title", {"kk": "Тек қазақша", "ru": "", "en": ""}) | flat("body", texts("Body"))
    response = admin.post("/admin/training/test-integrity/lessons/1/edit", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The module is published, so this text is needed in Kazakh, Russian and English" in page
    assert 'id="title-kk"' in page and "Тек қазақша" in page  # what was typed is kept
    with app.app_context():
        module = db.session.execute(db.select(Module)).scalar_one()
        assert module.lessons[0].title["en"] == "What it is"


def test_the_lesson_preview_shows_it_as_learners_do_and_saves_nothing(app, admin, make_module):
    make_module()
    body = "## Шақыру\n\n**Маңызды** <script>alert(1)</script> <img src=x onerror=alert(2)>"
    form = flat("title", texts("Preview me")) | flat("body", texts(body)) | {"action": "preview"}
    response = admin.post("/admin/training/test-integrity/lessons/1/edit", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h2>Шақыру</h2>" in page and "<strong>Маңызды</strong>" in page
    assert "will not be shown as written" in page and "&lt;script&gt;" in page
    assert html_problems(page) == []
    with app.app_context():
        module = db.session.execute(db.select(Module)).scalar_one()
        assert module.lessons[0].title["en"] == "What it is"
    assert audit_actions(app) == []


def test_a_question_never_drawn_is_changed_in_place(app, admin, make_module):
    module_id = make_module(published=False)
    with app.app_context():
        question = db.session.get(Module, module_id).questions[0]
        question_id, category_id = question.id, question.category_id
    form = question_form(category_id, text=texts("Corrected wording?"))
    response = admin.post(f"/admin/training/test-integrity/questions/{question_id}/edit", data=form)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/questions/{question_id}/edit")
    with app.app_context():
        question = db.session.get(BankQuestion, question_id)
        assert question.text["en"] == "Corrected wording?" and question.active
        assert [c.text["en"] for c in question.choices] == ["Declare it", "Say nothing"]
    assert audit_actions(app) == ["question.edit"]


def test_a_drawn_question_gets_a_new_version_and_past_results_stay_true(
    app, admin, make_module, learner
):
    module_id = make_module()
    with app.app_context():
        from accounts.models import User

        user, module = db.session.get(User, learner["id"]), db.session.get(Module, module_id)
        pre = start_attempt(user, module, "pre", rng=seeded())
        submit_attempt(user, pre.id, right_answers(pre))
        for lesson in module.lessons:
            complete_lesson(user, module, lesson.position)
        post = start_attempt(user, module, "post", rng=seeded())
        submit_attempt(user, post.id, right_answers(post))
        drawn = post.items[0].question
        drawn_id, category_id, post_id = drawn.id, drawn.category_id, post.id
        old_text, old_choices = dict(drawn.text), [dict(c.text) for c in drawn.choices]
        before = {row.question.id: row.facility for row in item_analysis(module_id).questions}
    page = admin.get(f"/admin/training/test-integrity/questions/{drawn_id}/edit")
    assert "Learners have answered this question" in page.get_data(as_text=True)
    form = question_form(category_id, text=texts("A clearer question?"))
    response = admin.post(f"/admin/training/test-integrity/questions/{drawn_id}/edit", data=form)
    assert response.status_code == 302
    new_id = int(response.headers["Location"].split("/questions/")[1].split("/")[0])
    assert new_id != drawn_id
    with app.app_context():
        old, new = db.session.get(BankQuestion, drawn_id), db.session.get(BankQuestion, new_id)
        assert old.text == old_text and [c.text for c in old.choices] == old_choices
        assert not old.active and old.superseded_by_id == new_id
        assert new.active and new.text["en"] == "A clearer question?"
        assert new.category_id == category_id and new.position == old.position
        item = db.session.execute(
            db.select(AttemptItem).filter_by(question_id=drawn_id, attempt_id=post_id)
        ).scalar_one()
        assert item.correct is True  # the attempt still points at what was answered
        after = {row.question.id: row.facility for row in item_analysis(module_id).questions}
        assert after[drawn_id] == before[drawn_id] and after[new_id] is None
    assert audit_actions(app)[-1] == "question.revise"
    editor = admin.get("/admin/training/test-integrity/edit").get_data(as_text=True)
    assert "A clearer question?" in editor and "1 retired or replaced question" in editor


@pytest.mark.parametrize(
    ("kind", "choices", "message"),
    [
        ("single", [(texts("A"), False, {}), (texts("B"), False, {})], "exactly one of them right"),
        ("truefalse", [(texts("A"), True, {})], "two choices, True then False"),
        ("multiple", [(texts("A"), True, {}), (texts("B"), False, {})], "two or more right"),
        ("scenario", [(texts("A"), True, {}), (texts("B"), False, {})], "needs its case"),
    ],
)
def test_a_question_without_a_right_answer_is_refused(
    app, admin, make_module, kind, choices, message
):
    module_id = make_module(published=False)
    with app.app_context():
        category_id = db.session.get(Module, module_id).categories[0].id
        count = len(db.session.get(Module, module_id).questions)
    form = question_form(category_id, kind=kind, choices=choices)
    response = admin.post("/admin/training/test-integrity/questions/new", data=form)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert len(db.session.get(Module, module_id).questions) == count


def test_settings_out_of_range_name_their_field(app, admin, make_module):
    make_module(published=False)
    form = {
        "topic": "conflict_of_interest",
        "minutes": "15",
        "pass_mark": "120",
        "max_attempts": "3",
    }
    form |= flat("title", texts("Integrity basics")) | flat("summary", texts("What."))
    response = admin.post("/admin/training/test-integrity/edit", data=form)
    assert response.status_code == 400
    assert "Pass mark (%): Number must be between 1 and 100." in response.get_data(as_text=True)


def test_retiring_a_question_takes_it_out_of_draws(app, admin, make_module):
    module_id = make_module(published=False)
    with app.app_context():
        question_id = db.session.get(Module, module_id).questions[0].id
    response = admin.post(f"/admin/training/test-integrity/questions/{question_id}/retire")
    assert response.status_code == 302
    with app.app_context():
        assert not db.session.get(BankQuestion, question_id).active
    assert audit_actions(app) == ["question.retire"]


def test_a_published_module_cannot_retire_below_its_draw(app, admin, make_module):
    module_id = make_module()
    with app.app_context():
        module = db.session.get(Module, module_id)
        category = module.categories[0]
        for question in category.questions[2:]:
            question.active = False
        db.session.commit()
        question_id = category.questions[0].id
    response = admin.post(f"/admin/training/test-integrity/questions/{question_id}/retire")
    assert response.status_code == 302
    page = admin.get(response.headers["Location"]).get_data(as_text=True)
    assert "draws 2 questions but has only 1" in page
    with app.app_context():
        assert db.session.get(BankQuestion, question_id).active


def test_only_admins_edit(app, client, auth, make_user, make_module):
    make_module()
    auth.login(make_user(role="analyst")["email"])
    assert client.get("/admin/training/test-integrity/edit").status_code == 403
    assert client.get("/admin/training/new").status_code == 403


def test_categories_are_edited_and_a_code_is_never_taken_twice(app, admin, make_module):
    module_id = make_module(published=False)
    edit = {"category": "basics", "draw": "3"} | flat("title", texts("Fundamentals"))
    assert admin.post("/admin/training/test-integrity/categories", data=edit).status_code == 302
    twice = {"code": "cases", "draw": "1"} | flat("title", texts("Again"))
    response = admin.post("/admin/training/test-integrity/categories", data=twice)
    assert response.status_code == 400
    assert "already has a category with this code" in response.get_data(as_text=True)
    with app.app_context():
        categories = db.session.get(Module, module_id).categories
        assert [(c.code, c.draw_count, c.title["en"]) for c in categories] == [
            ("basics", 3, "Fundamentals"),
            ("cases", 2, "Cases"),
        ]
    page = admin.get("/admin/training/test-integrity/categories?category=basics")
    assert "Fundamentals" in page.get_data(as_text=True)
    assert admin.get("/admin/training/test-integrity/categories?category=nope").status_code == 400


def lesson_rows(app, module_id) -> list[tuple[int, str]]:
    with app.app_context():
        module = db.session.get(Module, module_id)
        return [(lesson.position, lesson.title["en"]) for lesson in module.lessons]


def test_lessons_move_and_one_nobody_read_is_deleted(app, admin, make_module):
    module_id = make_module(published=False)
    with app.app_context():
        first, second = (lesson.id for lesson in db.session.get(Module, module_id).lessons)
    base = "/admin/training/test-integrity/lessons"
    assert admin.post(f"{base}/{second}/move", data={"direction": "up"}).status_code == 302
    assert lesson_rows(app, module_id) == [(1, "What to do"), (2, "What it is")]
    assert admin.post(f"{base}/{second}/move", data={"direction": "up"}).status_code == 400
    assert admin.post(f"{base}/{second}/move", data={"direction": "sideways"}).status_code == 400
    response = admin.post(f"{base}/{second}/delete")
    assert response.status_code == 302
    assert lesson_rows(app, module_id) == [(1, "What it is")]
    assert admin.post(f"{base}/{second}/delete").status_code == 400  # gone: not deleted twice
    assert audit_actions(app) == ["lesson.move", "lesson.delete"]
    with app.app_context():
        deleted = db.session.execute(
            db.select(AuditEvent).filter_by(action="lesson.delete")
        ).scalar_one()
        assert deleted.details["body"]["en"].startswith("Declare it.")  # it can be restored
    page = admin.get("/admin/training/test-integrity/edit").get_data(as_text=True)
    assert "What to do" not in page and html_problems(page) == []


def test_a_lesson_learners_read_stays_and_the_last_of_a_published_module_too(
    app, admin, make_module, learner
):
    module_id = make_module()
    with app.app_context():
        from accounts.models import User

        user, module = db.session.get(User, learner["id"]), db.session.get(Module, module_id)
        pre = start_attempt(user, module, "pre", rng=seeded())
        submit_attempt(user, pre.id, right_answers(pre))
        complete_lesson(user, module, 1)
        read, unread = (lesson.id for lesson in module.lessons)
    base = "/admin/training/test-integrity/lessons"
    refused = admin.post(f"{base}/{read}/delete")
    assert refused.status_code == 409
    assert "Learners have already read this lesson" in refused.get_data(as_text=True)
    assert admin.post(f"{base}/{unread}/move", data={"direction": "up"}).status_code == 302
    assert lesson_rows(app, module_id) == [(1, "What to do"), (2, "What it is")]
    with app.app_context():  # the learner's progress follows the lesson to its new place
        user, module = db.session.get(User, learner["id"]), db.session.get(Module, module_id)
        from training.progress import load_progress

        assert load_progress(user, module).lessons_done == {read}
    assert admin.post(f"{base}/{unread}/delete").status_code == 302
    assert lesson_rows(app, module_id) == [(1, "What it is")]
    with app.app_context():  # nobody has read it now, but it is the published module's last
        db.session.execute(db.delete(LessonProgress))
        db.session.commit()
    last = admin.post(f"{base}/{read}/delete")
    assert last.status_code == 409
    assert "would no longer be ready: The module has no lessons." in last.get_data(as_text=True)
    assert lesson_rows(app, module_id) == [(1, "What it is")]


def test_categories_move_and_one_never_drawn_is_deleted_with_its_questions(app, admin, make_module):
    module_id = make_module(published=False)
    with app.app_context():
        basics, cases = (c.id for c in db.session.get(Module, module_id).categories)
    base = "/admin/training/test-integrity/categories"
    assert admin.post(f"{base}/{cases}/move", data={"direction": "up"}).status_code == 302
    with app.app_context():
        categories = db.session.get(Module, module_id).categories
        assert [(c.code, c.position) for c in categories] == [("cases", 0), ("basics", 1)]
    assert admin.post(f"{base}/{basics}/delete").status_code == 302
    with app.app_context():
        module = db.session.get(Module, module_id)
        assert [c.code for c in module.categories] == ["cases"]
        assert db.session.execute(db.select(db.func.count(BankQuestion.id))).scalar_one() == 6
    assert audit_actions(app) == ["category.move", "category.delete"]
    page = admin.get(base).get_data(as_text=True)
    assert "Basics" not in page and html_problems(page) == []


def test_a_category_learners_were_tested_on_stays(app, admin, make_module, learner):
    module_id = make_module()
    with app.app_context():
        from accounts.models import User

        user, module = db.session.get(User, learner["id"]), db.session.get(Module, module_id)
        start_attempt(user, module, "pre", rng=seeded())
        basics = module.categories[0].id
    refused = admin.post(f"/admin/training/test-integrity/categories/{basics}/delete")
    assert refused.status_code == 409
    assert "Learners have been tested on questions of this category" in refused.get_data(
        as_text=True
    )
    with app.app_context():
        assert len(db.session.get(Module, module_id).categories) == 2
        assert db.session.execute(db.select(db.func.count(BankQuestion.id))).scalar_one() == 12
    assert audit_actions(app) == []

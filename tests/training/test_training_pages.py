"""Training pages in Kazakh, Russian and English; admin pages and who may open them."""

import re

import pytest

from extensions import db
from tests.training.helpers import form_of, right_answers
from training.models import Attempt

HEADINGS = {
    "kk": ("Менің оқуым", "Алдын ала тестті бастау", "Сіздің нәтижеңіз"),
    "ru": ("Моё обучение", "Начать входной тест", "Ваш результат"),
    "en": ("My learning", "Start the pre-test", "Your score"),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_learner_pages_in_each_language(app, bare_client, make_module, learner, language):
    make_module()
    client = bare_client
    client.post("/login", data={"email": learner["email"], "password": "correct-horse"})
    learning, start, score = HEADINGS[language]
    page = client.get(f"/learning?lang={language}").get_data(as_text=True)
    assert f'<html lang="{language}">' in page and learning in page
    assert ("Integrity basics (қаз)" if language == "kk" else "Integrity basics") in page
    assert start in client.get("/training/test-integrity/pre-test").get_data(as_text=True)
    client.post("/training/test-integrity/pre-test")
    with app.app_context():
        attempt = db.session.execute(db.select(Attempt)).scalar_one()
        answers = form_of(right_answers(attempt))
        texts = [item.question.text[language] for item in attempt.items]
    test_page = client.get(f"/training/attempts/{attempt.id}").get_data(as_text=True)
    assert all(text in test_page for text in texts)
    client.post(f"/training/attempts/{attempt.id}", data=answers)
    assert score in client.get(f"/training/attempts/{attempt.id}/result").get_data(as_text=True)


def test_pages_carry_no_inline_script_or_style(app, client, auth, make_module, make_user):
    make_module()
    auth.login(make_user(role="admin")["email"])
    for path in (
        "/admin/training",
        "/admin/training/test-integrity/preview",
        "/admin/training/test-integrity/analysis",
        "/admin/training/test-integrity/gain",
        "/admin/training/assignments",
        "/admin/training/certificates",
        "/verify",
    ):
        response = client.get(path)
        page = response.get_data(as_text=True)
        assert response.status_code == 200, path
        assert " style=" not in page and "<style" not in page, path
        scripts = re.findall(r"<script[^>]*>", page)
        assert all(' src="/static/js/' in tag for tag in scripts), (path, scripts)
        assert "css/training.css" in page, path


def test_admin_module_list_preview_and_publishing(app, client, auth, make_module, make_user):
    make_module(published=False)
    admin = make_user(role="admin")
    auth.login(admin["email"])
    page = client.get("/admin/training").get_data(as_text=True)
    assert "Integrity basics" in page and "Draft" in page and "Publish" in page
    preview = client.get("/admin/training/test-integrity/preview").get_data(as_text=True)
    assert "Question bank" in preview and "(right answer)" in preview
    assert preview.count('class="question-text"') == 12 and "Q4 good choice" in preview
    response = client.post("/admin/training/test-integrity/publish", data={"published": "1"})
    assert response.status_code == 302
    page = client.get("/admin/training").get_data(as_text=True)
    # The confirmation names the module by its title, not its slug.
    assert "Published" in page and "The module “Integrity basics” is published." in page
    client.post("/admin/training/test-integrity/publish", data={"published": "0"})
    from accounts.audit import AuditEvent

    with app.app_context():
        actions = db.session.execute(
            db.select(AuditEvent.action).where(AuditEvent.actor_email == admin["email"])
        ).scalars()
        assert list(actions) == ["module.publish", "module.unpublish"]


def test_a_module_that_is_not_ready_cannot_be_published(app, client, auth, make_module, make_user):
    module_id = make_module(published=False)
    with app.app_context():
        from training.models import Module

        for question in db.session.get(Module, module_id).categories[0].questions[1:]:
            question.active = False
        db.session.commit()
    auth.login(make_user(role="admin")["email"])
    preview = client.get("/admin/training/test-integrity/preview").get_data(as_text=True)
    assert "Not ready to publish" in preview and "Category basics draws 2 questions" in preview
    response = client.post("/admin/training/test-integrity/publish", data={"published": "1"})
    assert response.status_code == 400
    assert "Category basics draws 2 questions but has only 1." in response.get_data(as_text=True)


def test_who_opens_admin_pages(client, auth, make_module, make_user):
    make_module()
    auth.login(make_user(role="analyst")["email"])
    page = client.get("/admin/training").get_data(as_text=True)
    assert "Knowledge gain" in page and "Item analysis" not in page and "Unpublish" not in page
    for path in ("/admin/training/test-integrity/preview", "/admin/training/certificates"):
        assert client.get(path).status_code == 403
    assert (
        client.post("/admin/training/test-integrity/publish", data={"published": "0"}).status_code
        == 403
    )
    auth.logout()
    assert client.get("/admin/training").status_code == 302  # sign in first
    assert client.get("/learning").status_code == 302

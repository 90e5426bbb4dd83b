"""Survey administration of sections and layout: the settings choose the layout and manage the
sections; a question has a section, and no change leaves a question on no screen."""

import pytest
from sqlalchemy import select

from accounts.audit import AuditEvent
from extensions import db
from surveys.authoring import check_sections
from surveys.instrument import group_sections
from surveys.models import Survey
from tests.surveys.testdata import SAMPLE_SECTIONS, sectioned

SETTINGS = {
    "title_kk": "Сынақ сауалнамасы",
    "title_ru": "Пробный опрос",
    "title_en": "Sample survey",
    "audience": "citizens",
    "status": "open",
}
SECTION = {"title_kk": "Білім", "title_ru": "Образование", "title_en": "Education"}


@pytest.fixture
def admin(client, auth, make_user):
    user = make_user(role="admin", email="admin@adal.example")
    auth.login(user["email"])
    return client


@pytest.fixture
def in_sections(make_survey):
    """The sample in its sections (profile, trust, bribes, more), a screen each."""
    return make_survey(questions=sectioned(), sections=SAMPLE_SECTIONS, layout="sections")


def layout_of(app, slug="sample") -> dict:
    """The survey's layout, sections and questions in order with their sections; it also
    checks that every question is on a screen (none lost) and that the sections pass."""
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug=slug)).scalar_one()
        questions = list(survey.questions)
        assert [q.position for q in questions] == list(range(1, len(questions) + 1))
        check_sections(survey.sections, questions)
        shown = [code for s in group_sections(questions, survey.sections) for code in s.codes]
        assert shown == [q.code for q in questions], "a question is on no screen"
        return {
            "layout": survey.layout,
            "sections": survey.sections,
            "keys": [s["key"] for s in survey.sections or ()],
            "order": [(q.code, q.section) for q in questions],
            "codes": [q.code for q in questions],
            "revision": survey.revision,
            "ids": {q.code: q.id for q in questions},
        }


def actions(app) -> list[str]:
    with app.app_context():
        return list(db.session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars())


def question_form(code="q_new", **extra) -> dict:
    return {
        "code": code,
        "type": "yesno",
        "text_kk": "Сіз қанағаттандыңыз ба?",
        "text_ru": "Вы довольны?",
        "text_en": "Are you satisfied?",
        "construct": "",
        "show_if_op": "equals",
        **extra,
    }


def test_the_settings_choose_the_layout(app, admin, in_sections):
    page = admin.get("/admin/surveys/sample/settings?lang=en").get_data(as_text=True)
    assert '<option selected value="sections">' in page
    response = admin.post("/admin/surveys/sample/settings", data={**SETTINGS, "layout": "x"})
    assert response.status_code == 400 and layout_of(app)["layout"] == "sections"
    response = admin.post(
        "/admin/surveys/sample/settings", data={**SETTINGS, "layout": "single_page"}
    )
    assert response.status_code == 302
    assert layout_of(app)["layout"] == "single_page"
    with app.app_context():
        event = db.session.execute(
            select(AuditEvent).filter_by(action="survey.update")
        ).scalar_one()
        assert event.details["changes"]["layout"] == ["sections", "single_page"]


def test_sections_are_added_renamed_moved_and_deleted(app, admin, in_sections):
    before = layout_of(app)
    response = admin.post("/admin/surveys/sample/sections/new", data=SECTION)
    assert response.status_code == 302
    after = layout_of(app)
    assert after["keys"] == ["profile", "trust", "bribes", "more", "education"]
    assert after["sections"][-1]["titles"] == {
        "kk": "Білім",
        "ru": "Образование",
        "en": "Education",
    }
    assert after["order"] == before["order"] and after["revision"] != before["revision"]
    page = admin.get("/admin/surveys/sample/settings?lang=en").get_data(as_text=True)
    assert page.index(">Education<") > page.index(">More<")

    # a title left out in one language: 400, its field named, what was typed kept
    response = admin.post("/admin/surveys/sample/sections/more", data={**SECTION, "title_ru": ""})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Title in Russian: This field is required." in text and 'value="Білім"' in text
    assert layout_of(app)["sections"] == after["sections"]
    assert admin.post("/admin/surveys/sample/sections/more", data=SECTION).status_code == 302
    assert layout_of(app)["sections"][3]["titles"]["en"] == "Education"

    # "more" up, above "bribes": its questions go with it
    url = "/admin/surveys/sample/sections/more/move"
    assert admin.post(url, data={"direction": "up"}).status_code == 302
    moved = layout_of(app)
    assert moved["keys"] == ["profile", "trust", "more", "bribes", "education"]
    assert moved["codes"][6:] == [
        "trust", "fair", "kind", "atr_fish", "note", "paid", "paid_where", "paid_times"
    ]  # fmt: skip
    for key, direction in (("profile", "down"), ("trust", "up"), ("education", "down")):
        refused = admin.post(
            f"/admin/surveys/sample/sections/{key}/move", data={"direction": direction}
        )
        assert refused.status_code == 409, key  # the settings page, with the reason
        assert "This section cannot move further." in refused.get_data(as_text=True)
    assert layout_of(app)["order"] == moved["order"]

    # a section that holds questions stays; an empty one goes; the profile stays
    refused = admin.post("/admin/surveys/sample/sections/bribes/delete")
    assert refused.status_code == 409
    assert "This section holds 3 questions" in refused.get_data(as_text=True)
    refused = admin.post("/admin/surveys/sample/sections/profile/delete")
    assert refused.status_code == 409
    assert admin.post("/admin/surveys/sample/sections/education/delete").status_code == 302
    assert layout_of(app)["keys"] == ["profile", "trust", "more", "bribes"]
    assert admin.get("/admin/surveys/sample/sections/nowhere").status_code == 404
    assert actions(app) == [
        "survey.section.create",
        "survey.section.update",
        "survey.section.move",
        "survey.section.delete",
    ]


def test_a_section_is_not_moved_above_the_answer_its_questions_follow(app, admin, in_sections):
    form = question_form("paid_more", section="more", show_if_question="paid", show_if_value="yes")
    assert admin.post("/admin/surveys/sample/questions/new", data=form).status_code == 302
    before = layout_of(app)
    refused = admin.post(
        "/admin/surveys/sample/sections/more/move", data={"direction": "up"}, follow_redirects=True
    )
    assert "must come after that question" in refused.get_data(as_text=True)
    assert layout_of(app)["order"] == before["order"]


def test_a_survey_without_sections_gets_them(app, admin, sample):
    assert layout_of(app)["sections"] is None
    page = admin.get("/admin/surveys/sample/settings?lang=en").get_data(as_text=True)
    assert "no sections of its own yet" in page
    assert admin.post("/admin/surveys/sample/sections/new", data=SECTION).status_code == 302
    after = layout_of(app)
    assert after["keys"] == ["profile", "education"]
    assert after["sections"][0]["titles"]["kk"] == "Өзіңіз туралы"  # shared.toml's profile title
    assert {section for code, section in after["order"][:6]} == {"profile"}
    assert {section for code, section in after["order"][6:]} == {"education"}


def test_a_new_question_goes_to_the_end_of_its_section(app, admin, in_sections):
    page = admin.get("/admin/surveys/sample/questions/new?lang=en").get_data(as_text=True)
    select_html = page.split('id="section"')[1].split("</select>")[0]
    assert "About you" not in select_html  # profile questions stay in the profile
    assert '<option selected value="more">' in select_html  # by default the last section
    response = admin.post(
        "/admin/surveys/sample/questions/new", data=question_form(section="trust")
    )
    assert response.status_code == 302
    order = layout_of(app)["order"]
    assert order[6:9] == [("trust", "trust"), ("fair", "trust"), ("q_new", "trust")]
    with app.app_context():
        event = db.session.execute(
            select(AuditEvent).filter_by(action="survey.question.create")
        ).scalar_one()
        assert event.details == {"section": "trust"}
    for section, message in (
        ("", "Section: Choose one of the survey&#39;s sections."),
        ("profile", "Section: Choose one of the survey&#39;s sections."),
        ("nowhere", "Section: Choose one of the survey&#39;s sections."),
    ):
        form = question_form("q_other", section=section)
        response = admin.post("/admin/surveys/sample/questions/new", data=form)
        assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert layout_of(app)["order"] == order


def test_the_citizens_survey_shows_a_question_added_to_it(app, admin, regions):
    from surveys.demo import load_demo_surveys

    with app.app_context():
        load_demo_surveys()
    form = question_form("cu_new", section="culture")
    assert admin.post("/admin/surveys/citizens/questions/new", data=form).status_code == 302
    order = layout_of(app, "citizens")["order"]
    culture = [code for code, section in order if section == "culture"]
    assert culture[-1] == "cu_new"
    assert order.index(("cu_new", "culture")) == max(
        i for i, (_c, s) in enumerate(order) if s == "culture"
    )


def test_a_survey_without_sections_takes_no_section(app, admin, sample):
    response = admin.post(
        "/admin/surveys/sample/questions/new", data=question_form(section="trust")
    )
    assert response.status_code == 400
    assert "This survey has no sections." in response.get_data(as_text=True)
    assert (
        admin.post("/admin/surveys/sample/questions/new", data=question_form()).status_code == 302
    )
    assert layout_of(app)["order"][-1] == ("q_new", None)


def test_a_question_changes_section_and_keeps_its_logic(app, admin, in_sections):
    ids = layout_of(app)["ids"]
    page = admin.get(f"/admin/surveys/sample/questions/{ids['kind']}?lang=en").get_data(
        as_text=True
    )
    assert '<option selected value="more">' in page
    edit = {
        **question_form("kind", type="single", text_en="Kind of service", section="trust"),
        "choices-0-value": "1", "choices-0-label_kk": "Онлайн", "choices-0-label_ru": "Онлайн", "choices-0-label_en": "Online",  # noqa: E501
        "choices-1-value": "2", "choices-1-label_kk": "ХҚКО", "choices-1-label_ru": "ЦОН", "choices-1-label_en": "Service centre",  # noqa: E501
        "choices-2-value": "other", "choices-2-label_kk": "Басқа", "choices-2-label_ru": "Другое", "choices-2-label_en": "Other",  # noqa: E501
    }  # fmt: skip
    url = f"/admin/surveys/sample/questions/{ids['kind']}"
    assert admin.post(url, data=edit).status_code == 302
    order = layout_of(app)["order"]
    assert order[6:9] == [("trust", "trust"), ("fair", "trust"), ("kind", "trust")]
    # paid_where follows paid: in "trust" it would come before it
    follow = {
        **question_form("paid_where", type="multi", section="trust", required="y",
                        show_if_question="paid", show_if_value="yes"),
        "choices-0-value": "health", "choices-0-label_kk": "Емхана", "choices-0-label_ru": "Поликлиника", "choices-0-label_en": "Clinic",  # noqa: E501
    }  # fmt: skip
    response = admin.post(f"/admin/surveys/sample/questions/{ids['paid_where']}", data=follow)
    assert response.status_code == 400
    assert "show_if must refer to an earlier question" in response.get_data(as_text=True)
    assert layout_of(app)["order"] == order


def test_moves_cross_into_the_next_section_and_never_into_the_profile(app, admin, in_sections):
    ids = layout_of(app)["ids"]

    def move(code, direction):
        url = f"/admin/surveys/sample/questions/{ids[code]}/move"
        return admin.post(url, data={"direction": direction}).status_code

    assert move("fair", "down") == 302  # the last of "trust" becomes the first of "bribes"
    assert layout_of(app)["order"][6:9] == [
        ("trust", "trust"),
        ("fair", "bribes"),
        ("paid", "bribes"),
    ]
    assert move("fair", "up") == 302  # and back
    assert layout_of(app)["order"][7] == ("fair", "trust")
    before = layout_of(app)["order"]
    assert move("trust", "up") == 409  # the profile is above
    assert move("note", "down") == 409  # the last of the last section
    assert move("paid_where", "up") == 409  # a follow-up cannot go above its question
    assert move("paid", "up") == 302  # the first of "bribes" goes to the end of "trust"
    assert layout_of(app)["order"][8:10] == [("paid", "trust"), ("paid_where", "bribes")]
    assert move("paid", "down") == 302
    assert layout_of(app)["order"] == before
    admin.post("/admin/surveys/sample/sections/new", data=SECTION)  # an empty last section
    assert move("note", "down") == 302
    assert layout_of(app)["order"][-1] == ("note", "education")
    with app.app_context():
        moves = db.session.execute(
            select(AuditEvent).filter_by(action="survey.question.move").order_by(AuditEvent.id)
        ).scalars()
        assert [event.details.get("section") for event in moves] == [
            "bribes", "trust", "trust", "bribes", "education"
        ]  # fmt: skip


def test_the_survey_page_lists_questions_by_section(app, admin, in_sections):
    page = admin.get("/admin/surveys/sample?lang=en").get_data(as_text=True)
    headings = [part.split("</h3>")[0] for part in page.split('<h3 id="section-')[1:]]
    assert [h.split('"')[0] for h in headings] == ["profile", "trust", "bribes", "more"]
    assert "Section 2 of 4</span> Trust" in headings[1]
    questions = page.split('id="questions"')[1].split('id="waves"')[0]
    assert questions.index("paid_where") > questions.index("Bribes") > questions.index("fair")
    ru = admin.get("/admin/surveys/sample?lang=ru").get_data(as_text=True)
    assert "Доверие" in ru


def test_the_preview_numbers_the_screens(app, admin, in_sections):
    page = admin.get("/admin/surveys/sample/preview?language=kk").get_data(as_text=True)
    preview = page.split('class="preview"')[1]
    assert [t.split("</h2>")[0] for t in preview.split('<h2 class="survey-section">')[1:]] == [
        f'<span class="section-count">{n}-бөлім (барлығы 4)</span> {title}'
        for n, title in enumerate(("Өзіңіз туралы", "Сенім", "Пара", "Тағы"), start=1)
    ]
    admin.post("/admin/surveys/sample/settings", data={**SETTINGS, "layout": "single_page"})
    page = admin.get("/admin/surveys/sample/preview?language=ru").get_data(as_text=True)
    assert '<h2 class="survey-section">Доверие</h2>' in page and "section-count" not in page

"""Survey administration in the browser: authoring, locks once answered, waves, invitations,
posters; every change audited and given a new revision."""

import csv
import io
import os
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from accounts.audit import AuditEvent
from extensions import db
from surveys.marks import invitation_hash
from surveys.models import Invitation, Question, Survey
from tests.surveys.testdata import VALID

API = "/api/v1/surveys/sample/responses"


def require_tool(name: str, why: str) -> None:
    """Skip without the tool, but fail in CI, which installs it (.ci/run)."""
    if shutil.which(name) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI: {why}")
        pytest.skip(f"{name} is not installed: {why}")


@pytest.fixture
def admin(client, auth, make_user):
    user = make_user(role="admin", email="admin@adal.example")
    auth.login(user["email"])
    return client


def survey_row(app, slug="sample"):
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug=slug)).scalar_one()
        questions = {
            q.code: {"id": q.id, "type": q.type, "texts": q.texts, "choices": q.choices}
            for q in survey.questions
        }
        return {
            "revision": survey.revision,
            "status": survey.status,
            "codes": [q.code for q in survey.questions],
            "questions": questions,
            "waves": {w.label: (w.id, w.opens_at, w.closes_at) for w in survey.waves},
        }


def actions(app) -> list[str]:
    with app.app_context():
        return list(db.session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars())


def question_form(code="q_new", kind="yesno", **extra) -> dict:
    form = {
        "code": code,
        "type": kind,
        "text_kk": "Сіз қанағаттандыңыз ба?",
        "text_ru": "Вы довольны?",
        "text_en": "Are you satisfied?",
        "construct": "",
        "show_if_op": "equals",
        "choices-0-value": "",
    }
    form.update(extra)
    return form


def choices_form(*rows) -> dict:
    form = {}
    for index, (value, kk, ru, en) in enumerate(rows):
        form |= {
            f"choices-{index}-value": value,
            f"choices-{index}-label_kk": kk,
            f"choices-{index}-label_ru": ru,
            f"choices-{index}-label_en": en,
        }
    return form


def test_create_a_survey_as_a_draft_with_the_profile(app, admin):
    form = {
        "slug": "servants-2027",
        "title_kk": "Мемлекеттік қызметшілер сауалнамасы",
        "title_ru": "Опрос госслужащих",
        "title_en": "Civil servants' survey",
        "audience": "civil_servants",
        "requires_invitation": "y",
    }
    response = admin.post("/admin/surveys/new", data=form)
    assert response.status_code == 302
    row = survey_row(app, "servants-2027")
    assert row["status"] == "draft"
    assert row["codes"] == ["region", "age_band", "sex", "settlement", "group", "service_used"]
    assert actions(app) == ["survey.create"]
    again = admin.post("/admin/surveys/new", data=form)  # the address is taken
    assert again.status_code == 400
    assert "A survey with this address already exists." in again.get_data(as_text=True)


def test_every_kind_of_question_is_added_and_checked(app, admin, sample):
    before = survey_row(app)["revision"]
    forms = [
        question_form("q_scale", "likert7", construct="trust", reverse_scored="y", required="y"),
        question_form(
            "q_list",
            "multi",
            hint_en="Tick all",
            **choices_form(("a", "Бір", "Один", "One"), ("b", "Екі", "Два", "Two")),
        ),
        question_form("q_number", "number", min_value="0", max_value="2.5"),
        question_form("q_text", "text", max_length="50"),
        question_form(
            "q_follow",
            "single",
            show_if_question="q_list",
            show_if_op="equals",
            show_if_value="b",
            regions=["KZ-23", "KZ-35"],
            **choices_form(("1", "Иә", "Да", "Yes"), ("2", "Жоқ", "Нет", "No")),
        ),
    ]
    for form in forms:
        response = admin.post("/admin/surveys/sample/questions/new", data=form)
        assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    row = survey_row(app)
    assert row["codes"][-5:] == ["q_scale", "q_list", "q_number", "q_text", "q_follow"]
    assert row["revision"] != before
    with app.app_context():
        follow = db.session.execute(select(Question).filter_by(code="q_follow")).scalar_one()
        assert follow.show_if == {"question": "q_list", "op": "equals", "value": "b"}
        assert follow.regions == ["KZ-23", "KZ-35"]
        number = db.session.execute(select(Question).filter_by(code="q_number")).scalar_one()
        assert (number.min_value, number.max_value) == (0, 2.5)
        listed = db.session.execute(select(Question).filter_by(code="q_list")).scalar_one()
        assert listed.hints == {"en": "Tick all"}
    assert actions(app).count("survey.question.create") == 5
    page = admin.get("/admin/surveys/sample").get_data(as_text=True)
    assert "no Kazakh text" in page  # the hint given only in English is marked
    edit = admin.get(f"/admin/surveys/sample/questions/{row['questions']['q_list']['id']}")
    assert edit.get_data(as_text=True).count('class="tag-missing"') == 2  # its kk and ru hint
    other = admin.get(f"/admin/surveys/sample/questions/{row['questions']['q_text']['id']}")
    assert 'class="tag-missing"' not in other.get_data(as_text=True)  # no hint at all


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (question_form(text_kk=""), "Question in Kazakh: Write the question in this language."),
        (question_form("Bad Code"), "Code: Use small Latin letters"),
        (question_form("trust"), "Another question of this survey has this code."),
        (question_form(kind="number", min_value="5", max_value="1"), "Largest number:"),
        (question_form(kind="single"), "A list question needs at least one answer choice."),
        (
            question_form(kind="single", **choices_form(("a", "", "А", "A"))),
            "Each answer choice needs a value and a label in every language.",
        ),
        (
            question_form(show_if_question="paid", show_if_value="maybe"),
            "show_if value 'maybe'",
        ),
    ],
)
def test_a_question_that_does_not_pass_names_the_field(app, admin, sample, form, message):
    before = survey_row(app)
    response = admin.post("/admin/surveys/sample/questions/new", data=form)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page.replace("&#39;", "'")
    assert "Сіз қанағаттандыңыз ба?" in page or not form["text_kk"]  # nothing typed is lost
    assert survey_row(app) == before
    assert actions(app) == []


def answered(client):
    response = client.post(API, json={"answers": VALID})
    assert response.status_code == 201


def test_once_answered_wording_changes_and_the_meaning_does_not(app, admin, sample):
    answered(admin)
    row = survey_row(app)
    kind = row["questions"]["kind"]
    url = f"/admin/surveys/sample/questions/{kind['id']}"
    page = admin.get(url).get_data(as_text=True)
    assert "stay as they are" in page
    rows = [
        (c["value"], *(c["labels"][lang] for lang in ("kk", "ru", "en"))) for c in kind["choices"]
    ]
    base = question_form(
        "kind",
        "single",
        text_kk="Қызметтің түрі",
        text_ru="Вид услуги",
        text_en="Kind of the service",
        **choices_form(*rows),
    )
    assert admin.post(url, data=base).status_code == 302  # wording corrected
    after = survey_row(app)
    assert after["questions"]["kind"]["texts"]["en"] == "Kind of the service"
    assert after["revision"] != row["revision"]
    refused = [
        {**base, "type": "multi"},
        {**base, "code": "kind2"},
        {**base, **choices_form(("9", "Онлайн", "Онлайн", "Online"), *rows[1:])},
    ]
    for form in refused:
        response = admin.post(url, data=form)
        assert response.status_code == 400
        assert "This survey has responses" in response.get_data(as_text=True)
    assert survey_row(app) == after
    delete = admin.post(f"{url}/delete")
    assert delete.status_code == 409
    assert "its questions can no longer be deleted" in delete.get_data(as_text=True)
    assert "kind" in survey_row(app)["codes"]
    with app.app_context():
        update = db.session.execute(
            select(AuditEvent).filter_by(action="survey.question.update")
        ).scalar_one()
        assert update.details["changes"]["texts"][1].startswith("{'kk': 'Қызметтің түрі'")
    assert actions(app).count("survey.question.update") == 1


def test_reorder_and_delete_before_any_response(app, admin, sample):
    ids = {code: q["id"] for code, q in survey_row(app)["questions"].items()}
    assert (
        admin.post(
            f"/admin/surveys/sample/questions/{ids['note']}/move", data={"direction": "up"}
        ).status_code
        == 302
    )
    codes = survey_row(app)["codes"]
    assert codes.index("note") < codes.index("atr_fish")
    # paid_where is shown after paid: it cannot move above it
    refused = admin.post(
        f"/admin/surveys/sample/questions/{ids['paid_where']}/move", data={"direction": "up"}
    )
    assert refused.status_code == 409
    assert "must come after that question" in refused.get_data(as_text=True)
    assert survey_row(app)["codes"] == codes
    # a question others depend on is not deleted; one nobody depends on is
    refused = admin.post(f"/admin/surveys/sample/questions/{ids['paid']}/delete")
    assert refused.status_code == 409
    assert "are shown after an answer to this one" in refused.get_data(as_text=True)
    assert "paid" in survey_row(app)["codes"]
    assert admin.post(f"/admin/surveys/sample/questions/{ids['note']}/delete").status_code == 302
    assert "note" not in survey_row(app)["codes"]
    assert admin.post(f"/admin/surveys/sample/questions/{ids['region']}/delete").status_code == 409
    assert "region" in survey_row(app)["codes"]  # the profile is fixed
    assert actions(app) == ["survey.question.move", "survey.question.delete"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_preview_shows_the_citizens_form_in_each_language(app, admin, make_survey, language):
    make_survey(slug="draft", status="draft", wave=None)
    page = admin.get(f"/admin/surveys/draft/preview?language={language}").get_data(as_text=True)
    expected = {
        "kk": "Әкімдікке сенесіз бе?",
        "ru": "Доверяете ли вы акимату?",
        "en": "Do you trust",
    }
    assert expected[language] in page
    assert f'<div lang="{language}" class="preview">' in page
    assert 'data-question="paid_where"' in page and "hidden" in page  # skip logic as live
    assert 'method="post"' not in page.split('class="preview"')[1]  # it sends nothing


def test_open_a_wave_in_kazakhstan_time_and_close_it(app, admin, make_survey):
    make_survey(slug="sample", wave=None, status="draft")
    form = {"label": "2030-Q1", "opens_at": "2030-01-01T00:00", "closes_at": "2030-04-01T00:00"}
    assert admin.post("/admin/surveys/sample/waves", data=form).status_code == 302
    row = survey_row(app)
    wave_id, opens, closes = row["waves"]["2030-Q1"]
    assert opens == datetime(2029, 12, 31, 19, 0, tzinfo=UTC)  # midnight in Almaty is 19:00 UTC
    assert row["status"] == "open"
    overlap = {"label": "2030-Q1b", "opens_at": "2030-03-01T00:00", "closes_at": "2030-05-01T00:00"}
    response = admin.post("/admin/surveys/sample/waves", data=overlap)
    assert response.status_code == 400
    assert "Opens (Kazakhstan time): These dates overlap the wave 2030-Q1." in response.get_data(
        as_text=True
    )
    backwards = {"label": "x", "opens_at": "2031-03-01T00:00", "closes_at": "2031-01-01T00:00"}
    response = admin.post("/admin/surveys/sample/waves", data=backwards)
    assert "Closes (Kazakhstan time): The wave must close after it opens." in response.get_data(
        as_text=True
    )
    assert admin.post(f"/admin/surveys/sample/waves/{wave_id}/close").status_code == 302
    again = admin.post(f"/admin/surveys/sample/waves/{wave_id}/close")
    assert again.status_code == 409
    assert "The wave 2030-Q1 is not open: it closed on" in again.get_data(as_text=True)
    assert admin.post("/admin/surveys/sample/waves/999999/close").status_code == 404
    assert actions(app) == ["wave.open", "wave.close"]


def test_the_survey_page_counts_responses_per_wave_and_region(app, admin, sample):
    for region in ("KZ-35", "KZ-35", "KZ-23"):
        admin.post(API, json={"answers": {**VALID, "region": region}})
    page = admin.get("/admin/surveys/sample?lang=en").get_data(as_text=True)
    counts = page.split('id="counts"')[1]
    karaganda = counts.split("Karaganda Region</th>")[1].split("</tr>")[0]
    atyrau = counts.split("Atyrau Region</th>")[1].split("</tr>")[0]
    assert ">2<" in karaganda and ">1<" in atyrau
    assert row_names(counts)[:3] == ["Abai Region", "Akmola Region", "Aktobe Region"]
    kk = admin.get("/admin/surveys/sample?lang=kk").get_data(as_text=True).split('id="counts"')[1]
    kk_names = row_names(kk)
    # Kazakh order, not code points: қ before л, ұ before ш
    assert kk_names.index("Ақмола облысы") < kk_names.index("Алматы облысы")
    assert kk_names.index("Ұлытау облысы") < kk_names.index("Шымкент")


def row_names(html: str) -> list[str]:
    return [part.split("<")[0] for part in html.split('<th scope="row">')[1:]]


def test_invitation_codes_are_a_csv_downloaded_once(app, admin, make_survey):
    created = make_survey(slug="sample", requires_invitation=True)
    response = admin.post(
        f"/admin/surveys/sample/waves/{created['wave_id']}/invitations", data={"count": "5"}
    )
    assert response.status_code == 200 and response.mimetype == "text/csv"
    text = response.get_data().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["code", "link"] and len(rows) == 6
    codes = [row[0] for row in rows[1:]]
    with app.app_context():
        stored = set(db.session.execute(select(Invitation.code_hash)).scalars())
        assert stored == {invitation_hash(code) for code in codes}
    assert admin.post(API, json={"answers": VALID, "invitation": codes[0]}).status_code == 201
    page = admin.get("/admin/surveys/sample").get_data(as_text=True)
    assert "1 of 5 used" in page
    assert not any(code in page for code in codes)
    too_many = admin.post(
        f"/admin/surveys/sample/waves/{created['wave_id']}/invitations", data={"count": "10001"}
    )
    assert too_many.status_code == 400 and "Number of codes:" in too_many.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(Invitation)).scalar_one() == 5


def test_poster_and_qr_codes(app, admin, sample):
    page = admin.get("/admin/surveys/sample").get_data(as_text=True)
    for link in (
        "/admin/surveys/sample/poster.pdf",
        "/s/sample/qr.svg",
        "/admin/surveys/sample/qr.png",
    ):
        assert link in page
    png = admin.get("/admin/surveys/sample/qr.png")
    assert png.mimetype == "image/png" and png.data.startswith(b"\x89PNG")
    pdf = admin.get("/admin/surveys/sample/poster.pdf")
    assert pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF")
    require_tool("pdftotext", "poppler-utils reads the poster's text")
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf.data, capture_output=True, check=True
    ).stdout.decode()
    assert "Сынақ сауалнамасы" in text and "Пробный опрос" in text
    assert "http://localhost/s/sample" in text
    assert "камерасымен сканерлеп" in text and "камерой телефона" in text

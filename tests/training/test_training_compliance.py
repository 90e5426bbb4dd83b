"""The compliance report by region and organisation: counts, filters, the analyst's scope, CSV
with a byte-order mark and XLSX downloads; and a learner's own deadlines on My learning."""

import csv
import io
import zipfile
from datetime import timedelta

import pytest

from extensions import db
from localization import utcnow
from tests.training.helpers import take_module
from training.dates import local_today
from training.models import Assignment, Certificate

AKIMAT = "Қарағанды облысының әкімдігі"


@pytest.fixture
def people(app, make_user, make_module):
    """Karaganda: one done, one not started (overdue), one started; Atyrau: one due soon."""
    module_id = make_module()
    done = make_user(region="KZ-35", organisation=AKIMAT, name="Әсел Done", email="a@x.kz")
    late = make_user(region="KZ-35", organisation=AKIMAT, name="Бауыржан Late", email="b@x.kz")
    going = make_user(region="KZ-35", organisation="ЦОН", name="Гүлнар Going", email="g@x.kz")
    soon = make_user(region="KZ-23", organisation="Атырау", name="Дана Soon", email="d@x.kz")
    with app.app_context():
        take_module(done["id"], module_id)
        certificate = db.session.execute(db.select(Certificate)).scalar_one()
        certificate.valid_until = utcnow() + timedelta(days=20)  # expiring within 30 days
        from training.models import Module

        module = db.session.get(Module, module_id)
        assignment = db.session.execute(db.select(Assignment)).scalar_one()
        assignment.due_on = local_today() + timedelta(days=10)
        late_assignment = Assignment(
            module=module, organisation=AKIMAT, due_on=local_today() - timedelta(days=3)
        )
        db.session.add(late_assignment)
        db.session.commit()
        from accounts.models import User
        from training.attempts import start_attempt

        start_attempt(db.session.get(User, going["id"]), module, "pre")
    return {"done": done, "late": late, "going": going, "soon": soon, "module": module_id}


def admin_client(client, auth, make_user):
    auth.login(make_user(role="admin", email="boss@adal.example")["email"])
    return client


def test_counts_by_region_and_organisation(app, people, make_user):
    from training.compliance import compliance_rows, summarise

    with app.app_context():
        rows = compliance_rows()
        groups, total = summarise(rows)
        by_name = {(g.region.code if g.region else None, g.organisation): g for g in groups}
        akimat = by_name[("KZ-35", AKIMAT)]
        assert (len(akimat.people), akimat.assigned, akimat.completed) == (2, 2, 1)
        assert (akimat.overdue, akimat.expiring, akimat.started) == (1, 1, 0)
        centre = by_name[("KZ-35", "ЦОН")]
        assert (centre.started, centre.due_soon, centre.overdue) == (1, 1, 0)
        atyrau = by_name[("KZ-23", "Атырау")]
        assert (atyrau.assigned, atyrau.due_soon, atyrau.started) == (1, 1, 0)
        assert (total.assigned, total.completed, total.overdue, total.due_soon) == (4, 1, 1, 2)
        assert [g.region.code for g in groups] == ["KZ-23", "KZ-35", "KZ-35"]  # Atyrau, Karaganda


def test_the_page_lists_who_is_overdue(app, people, client, auth, make_user):
    admin = admin_client(client, auth, make_user)
    page = admin.get("/admin/training/compliance?status=overdue").get_data(as_text=True)
    assert "Бауыржан Late" in page and "Гүлнар Going" not in page and "Әсел Done" not in page
    everyone = admin.get("/admin/training/compliance").get_data(as_text=True)
    assert all(name in everyone for name in ("Әсел Done", "Бауыржан Late", "Дана Soon"))
    response = admin.get(f"/admin/training/compliance?organisation={AKIMAT}&status=expiring")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Әсел Done" in page and "Бауыржан Late" not in page


def test_an_analyst_sees_their_region_only(app, people, client, auth, make_user):
    from accounts.models import Region

    analyst = make_user(role="analyst", region="KZ-23", email="an@x.kz")
    auth.login(analyst["email"])
    page = client.get("/admin/training/compliance").get_data(as_text=True)
    assert "Дана Soon" in page and "Бауыржан Late" not in page and AKIMAT not in page
    with app.app_context():
        karaganda = db.session.execute(db.select(Region.id).filter_by(code="KZ-35")).scalar()
    assert client.get(f"/admin/training/compliance?region={karaganda}").status_code == 403
    assert client.get(f"/admin/training/compliance.xlsx?region={karaganda}").status_code == 403
    people_csv = client.get("/admin/training/compliance/people.csv").get_data().decode("utf-8-sig")
    assert "Дана Soon" in people_csv and "Бауыржан" not in people_csv


def test_csv_downloads_carry_a_bom_and_kazakh_letters(app, people, client, auth, make_user):
    admin = admin_client(client, auth, make_user)
    response = admin.get("/admin/training/compliance/summary.csv?lang=kk")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.get_data().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))
    assert rows[0][0] == "Өңір" and rows[-1][0] == "Барлығы"
    assert [AKIMAT in row for row in rows].count(True) == 1
    assert rows[-1][3] == "4"  # assigned, in all
    people_csv = admin.get("/admin/training/compliance/people.csv?status=overdue&lang=ru")
    rows = list(csv.reader(io.StringIO(people_csv.get_data().decode("utf-8-sig"))))
    assert rows[0][:2] == ["Имя", "Эл. почта"] and len(rows) == 2
    assert rows[1][0] == "Бауыржан Late" and rows[1][6] == "Просрочен"


def test_the_xlsx_holds_both_tables(app, people, client, auth, make_user):
    admin = admin_client(client, auth, make_user)
    response = admin.get("/admin/training/compliance.xlsx?lang=ru")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.get_data())) as workbook:
        names = workbook.namelist()
        shared = workbook.read("xl/sharedStrings.xml").decode()
        sheets = workbook.read("xl/workbook.xml").decode()
    assert "xl/worksheets/sheet1.xml" in names and "xl/worksheets/sheet2.xml" in names
    assert 'name="По регионам и организациям"' in sheets and 'name="Люди"' in sheets
    assert AKIMAT in shared and "Бауыржан Late" in shared and "Просрочен" in shared


def test_bad_filters_are_a_clear_400(app, people, client, auth, make_user):
    admin = admin_client(client, auth, make_user)
    response = admin.get("/admin/training/compliance?region=abc&status=nonsense")
    assert response.status_code == 400
    assert "Not a valid choice" in response.get_data(as_text=True)
    assert admin.get("/admin/training/compliance.xlsx?status=nonsense").status_code == 400


def test_my_learning_shows_my_deadlines(app, people, client, auth):
    auth.login(people["soon"]["email"])
    page = client.get("/learning").get_data(as_text=True)
    due = (local_today() + timedelta(days=10)).isoformat()
    assert "My deadlines" in page and f"is due on {due}" in page
    auth.logout()
    auth.login(people["late"]["email"])
    page = client.get("/learning").get_data(as_text=True)
    assert "Overdue:" in page and "was due on" in page
    auth.logout()
    auth.login(people["done"]["email"])
    page = client.get("/learning").get_data(as_text=True)
    assert "Your certificate for Integrity basics is valid until" in page


def test_a_language_alone_in_the_query_is_no_filter(app, people, client, auth, make_user):
    admin = admin_client(client, auth, make_user)
    assert admin.get("/admin/training/compliance?lang=kk").status_code == 200
    assert admin.get("/admin/people?lang=ru").status_code == 200

"""People in the browser: create, edit, disable, roles and regions, the CSV import, and the
set-your-password links (signed, time-limited, single-use), e-mailed through a real SMTP server."""

import re
import time
from datetime import timedelta
from io import BytesIO
from types import SimpleNamespace

import itsdangerous.timed
import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from accounts.audit import AuditEvent
from accounts.models import User
from extensions import db

LINK = re.compile(r"https?://\S+/set-password\?token=[\w.\-]+")


def user_named(app, email) -> SimpleNamespace:
    """The account's columns, and its region's code as ``region``."""
    with app.app_context():
        user = db.session.execute(db.select(User).filter_by(email=email)).scalar_one()
        columns = {column.key: getattr(user, column.key) for column in User.__table__.columns}
        return SimpleNamespace(**columns, region=user.region.code if user.region else None)


def actions(app) -> list[tuple[str, str]]:
    with app.app_context():
        events = db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [(event.action, event.target) for event in events]


def signed_in_admin(client, auth, make_user):
    admin = make_user(role="admin", email="boss@adal.example")
    auth.login(admin["email"])
    return admin


def new_person(client, region_id="", **changes):
    form = {
        "email": "Aigerim@Example.KZ",
        "full_name": "  Айгерім   Сәрсенова ",
        "role": "civil_servant",
        "region": region_id,
        "organisation": "Қарағанды облысының әкімдігі",
        "language": "kk",
        **changes,
    }
    return client.post("/admin/people/new", data=form)


def region_id(app, code="KZ-35") -> int:
    from accounts.regions import regions_in_order

    with app.app_context():
        return next(region.id for region in regions_in_order() if region.code == code)


def test_an_admin_creates_a_person_and_sees_the_link_once_without_a_mail_server(
    app, client, auth, make_user
):
    signed_in_admin(client, auth, make_user)
    response = new_person(client, region_id(app))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "No mail server is configured" in page
    link = LINK.search(page).group(0)
    user = user_named(app, "aigerim@example.kz")
    assert user.full_name == "Айгерім Сәрсенова" and user.role == "civil_servant"
    assert user.region == "KZ-35" and user.language == "kk"
    assert ("user.create", "aigerim@example.kz") in actions(app)
    assert ("user.password_link", "aigerim@example.kz") in actions(app)
    # The list shows the new person, who has not chosen a password yet.
    listing = client.get("/admin/people?q=айгерім").get_data(as_text=True)
    assert "Айгерім Сәрсенова" in listing and "Has not set a password yet" in listing
    # The link is shown this once: the account page does not show it again.
    assert link not in client.get(f"/admin/people/{user.id}").get_data(as_text=True)


def test_the_person_sets_a_password_once_and_signs_in(app, client, auth, make_user):
    signed_in_admin(client, auth, make_user)
    link = LINK.search(new_person(client).get_data(as_text=True)).group(0)
    path = link[link.index("/set-password") :]
    auth.logout()
    assert "Set your password" in client.get(path).get_data(as_text=True)
    short = client.post(path, data={"password": "short", "confirm": "short"})
    assert short.status_code == 400 and "New password" in short.get_data(as_text=True)
    differ = client.post(path, data={"password": "long-enough-1", "confirm": "long-enough-2"})
    assert differ.status_code == 400 and "The two passwords differ." in differ.get_data(
        as_text=True
    )
    done = client.post(path, data={"password": "Сәлем-әлем-2026", "confirm": "Сәлем-әлем-2026"})
    assert done.status_code == 302 and done.headers["Location"] == "/login"
    assert auth.login("aigerim@example.kz", "Сәлем-әлем-2026").status_code == 302
    auth.logout()
    again = client.get(path)
    assert again.status_code == 400 and "already been used" in again.get_data(as_text=True)
    reuse = client.post(path, data={"password": "another-one-1", "confirm": "another-one-1"})
    assert reuse.status_code == 400
    assert auth.login("aigerim@example.kz", "another-one-1").status_code == 401


def test_a_forged_or_expired_link_is_refused_with_a_clear_message(
    app, client, make_user, monkeypatch
):
    from accounts.password_links import password_link

    person = make_user(email="nurlan@adal.example")
    forged = client.get("/set-password?token=eyJ1c2VyIjoxfQ.forged.signature")
    assert forged.status_code == 400 and "This link is not valid" in forged.get_data(as_text=True)
    assert client.get("/set-password").status_code == 400
    with app.app_context():
        link = password_link(db.session.get(User, person["id"]))
    path = link[link.index("/set-password") :]
    assert client.get(path).status_code == 200
    with monkeypatch.context() as later:  # 73 hours on, by the signature's clock
        now = time.time() + 73 * 3600
        later.setattr(itsdangerous.timed, "time", SimpleNamespace(time=lambda: now))
        expired = client.get(path)
    assert expired.status_code == 400
    assert "This link has expired" in expired.get_data(as_text=True)
    app.secret_key = "another-secret"  # signed with another key: forged
    assert "This link is not valid" in client.get(path).get_data(as_text=True)


def test_setting_a_password_with_a_link_signs_out_every_session(app, client, auth, make_user):
    from accounts.password_links import password_link

    person = make_user(email="dana@adal.example")
    other_device = app.test_client()
    other_device.post("/login", data={"email": person["email"], "password": "correct-horse"})
    assert other_device.get("/learning").status_code == 200
    with app.app_context():
        link = password_link(db.session.get(User, person["id"]))
    path = link[link.index("/set-password") :]
    client.post(path, data={"password": "new-password-1", "confirm": "new-password-1"})
    assert other_device.get("/learning").status_code == 302  # signed out there


def test_a_link_is_e_mailed_in_the_persons_language(make_app, mail_server, make_user):
    mail_server.start()
    app = make_app(**mail_server.settings)
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    admin = make_user(role="admin", email="boss@adal.example")
    client.post("/login", data={"email": admin["email"], "password": "correct-horse"})
    response = new_person(client)
    assert response.status_code == 302  # sent: back to the account page
    [mail] = mail_server.to("aigerim@example.kz")
    assert mail["Subject"] == "Адал: құпиясөзіңізді орнатыңыз"
    body = mail.get_content()
    assert "Айгерім Сәрсенова" in body
    link = LINK.search(body).group(0)
    assert "/set-password?token=" in link
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "was e-mailed to aigerim@example.kz" in page
    # Another link on request; both work until one is used.
    user = user_named(app, "aigerim@example.kz")
    client.post(f"/admin/people/{user.id}/password-link")
    assert len(mail_server.to("aigerim@example.kz")) == 2


def test_a_mail_server_that_is_down_shows_the_link_instead(make_app, mail_server, make_user):
    app = make_app(**mail_server.settings)  # never started: the port is closed
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    admin = make_user(role="admin", email="boss@adal.example")
    client.post("/login", data={"email": admin["email"], "password": "correct-horse"})
    page = new_person(client).get_data(as_text=True)
    assert "could not be sent" in page and LINK.search(page)


def test_an_admin_edits_role_region_organisation_and_disables(app, client, auth, make_user):
    signed_in_admin(client, auth, make_user)
    person = make_user(email="erlan@adal.example", region="KZ-35")
    form = {
        "email": "erlan@adal.example",
        "full_name": "Ерлан Қасымов",
        "role": "analyst",
        "region": str(region_id(app, "KZ-23")),
        "organisation": "Агенттік",
        "language": "ru",
    }  # "active" unticked: disabled
    response = client.post(f"/admin/people/{person['id']}", data=form)
    assert response.status_code == 302
    user = user_named(app, "erlan@adal.example")
    assert (user.role, user.region, user.organisation, user.language, user.active) == (
        "analyst",
        "KZ-23",
        "Агенттік",
        "ru",
        False,
    )
    with app.app_context():
        event = db.session.execute(
            db.select(AuditEvent).filter_by(action="user.update")
        ).scalar_one()
        assert event.details["role"] == ["civil_servant", "analyst"]
        assert event.details["active"] == [True, False]
    page = client.get("/admin/people?role=analyst").get_data(as_text=True)
    assert "Ерлан Қасымов" in page and "Disabled" in page


def test_an_admin_cannot_demote_or_disable_themselves(app, client, auth, make_user):
    admin = signed_in_admin(client, auth, make_user)
    make_user(role="admin", email="second@adal.example")
    form = {"email": admin["email"], "full_name": "Boss", "role": "analyst", "active": "y"}
    response = client.post(f"/admin/people/{admin['id']}", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Role: You cannot remove your own administrator role" in page
    response = client.post(
        f"/admin/people/{admin['id']}", data={**form, "role": "admin"} | {"active": ""}
    )
    assert response.status_code == 400
    assert "You cannot disable your own account." in response.get_data(as_text=True)
    assert user_named(app, admin["email"]).role == "admin"


def test_the_last_admin_cannot_be_removed(app, make_user):
    from accounts.people import PeopleError, Person, update_person

    only = make_user(role="admin", email="only@adal.example")
    other = make_user(role="admin", email="other@adal.example")
    with app.test_request_context("/?lang=en"):
        first, second = db.session.get(User, only["id"]), db.session.get(User, other["id"])
        update_person(second, Person(second.email, "Other", "analyst"), True, first)
        first, second = db.session.get(User, only["id"]), db.session.get(User, other["id"])
        with pytest.raises(PeopleError) as refused:
            update_person(first, Person(first.email, "Only", "analyst"), True, second)
        assert "last active administrator" in str(refused.value.message)
        with pytest.raises(PeopleError):
            update_person(first, Person(first.email, "Only", "admin"), False, second)
        assert db.session.get(User, only["id"]).role == "admin"
        assert db.session.get(User, only["id"]).active


def test_a_duplicate_e_mail_names_the_field(app, client, auth, make_user):
    signed_in_admin(client, auth, make_user)
    make_user(email="aigerim@example.kz")
    response = new_person(client)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "E-mail: Another account already uses this e-mail." in page
    bad = new_person(client, email="not-an-address", full_name="", role="boss")
    text = bad.get_data(as_text=True)
    assert bad.status_code == 400
    assert "E-mail: Invalid email address." in text and "Full name, as on certificates:" in text
    assert "Role: Not a valid choice." in text


CSV = (
    "email,full_name,role,region,organisation,language\n"
    "asel@example.kz,Әсел Нұрова,civil_servant,KZ-35,Қарағанды облысының әкімдігі,kk\n"
    "boris@example.kz,Борис Ким,analyst,kz-23,,ru\n"
    "ASEL@example.kz,Әсел екінші,civil_servant,KZ-35,,\n"
    "taken@example.kz,Бар адам,civil_servant,,,\n"
    "gulnar@example.kz,Гүлнар,chief,KZ-99,,fr\n"
    "not-an-email,,admin,,,\n"
)


def upload(client, content: bytes, **fields):
    """Encoded in memory: the test client would spool a large body to a file it never closes."""
    data = {"file": FileStorage(BytesIO(content), "people.csv"), **fields}
    boundary, body = encode_multipart(data)
    return client.post(
        "/admin/people/import", data=body, content_type=f"multipart/form-data; boundary={boundary}"
    )


def test_a_csv_with_rejected_rows_imports_nothing_and_says_why(app, client, auth, make_user):
    signed_in_admin(client, auth, make_user)
    make_user(email="taken@example.kz")
    response = upload(client, ("\ufeff" + CSV).encode())
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "4 rows were rejected" in page and "Nothing was imported" in page
    assert "the same e-mail is on line 2" in page
    assert "an account with this e-mail already exists" in page
    assert "unknown role chief" in page and "unknown region KZ-99" in page
    assert "unknown language fr" in page and "the e-mail not-an-email is not valid" in page
    assert "the full name is empty" in page
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(User.id))).scalar() == 2


def test_a_csv_imports_the_right_rows_when_asked(app, client, auth, make_user):
    signed_in_admin(client, auth, make_user)
    make_user(email="taken@example.kz")
    semicolons = CSV.replace(",", ";").encode()
    response = upload(client, semicolons, skip_rejected="y")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "2 accounts were created." in page and "4 rows were rejected" in page
    assert len(LINK.findall(page)) == 2  # no mail server: each link shown once
    asel, boris = user_named(app, "asel@example.kz"), user_named(app, "boris@example.kz")
    assert (asel.full_name, asel.region, asel.language) == ("Әсел Нұрова", "KZ-35", "kk")
    assert (boris.role, boris.region) == ("analyst", "KZ-23")
    assert ("user.import", "2") in actions(app)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"email,name\nx@y.kz,X\n", "missing: full_name, role"),
        (b"email,full_name,role\n", "The file has no rows below its first line."),
        (b"", "The file is empty."),
        ("email,full_name,role\nа@x,Ален,admin\n".encode("cp1251"), "The file is not UTF-8 text"),
    ],
)
def test_a_csv_that_cannot_be_read_says_so(app, client, auth, make_user, content, message):
    signed_in_admin(client, auth, make_user)
    response = upload(client, content)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_the_import_takes_files_above_the_site_limit_but_not_above_its_own(make_app, make_user):
    app = make_app(MAX_CONTENT_LENGTH=1024, PEOPLE_IMPORT_MAX_BYTES=64 * 1024)
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    admin = make_user(role="admin", email="boss@adal.example")
    client.post("/login", data={"email": admin["email"], "password": "correct-horse"})
    rows = "".join(f"p{i}@example.kz,Person {i},civil_servant,,,\n" for i in range(200))
    content = ("email,full_name,role,region,organisation,language\n" + rows).encode()
    assert 1024 < len(content) < 64 * 1024
    assert upload(client, content).status_code == 200
    too_big = upload(client, content * 20)
    assert too_big.status_code == 413
    assert "this page accepts up to 0.1 MB" in too_big.get_data(as_text=True)


def test_only_admins_manage_people(app, client, auth, make_user):
    analyst = make_user(role="analyst", email="an@adal.example")
    auth.login(analyst["email"])
    assert client.get("/admin/people").status_code == 403
    assert new_person(client).status_code == 403
    assert client.get("/admin/people/import").status_code == 403


def test_the_link_lifetime_is_a_setting(app):
    assert app.config["PASSWORD_LINK_MAX_AGE_HOURS"] == 72
    assert timedelta(hours=app.config["PASSWORD_LINK_MAX_AGE_HOURS"]).days == 3

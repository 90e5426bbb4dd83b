"""Secrets and the site's own address (issue 19, point 8): instance/ and the secret key are
readable by the app's user alone, and the links that leave the site (certificate checks, QR
codes, xAPI ids) come from configuration, never from a request's Host header."""

import stat

import pytest
import segno

from accounts.api_tokens import create_token
from app import create_app
from config import ensure_secret_key
from extensions import db
from tests.conftest import TEST_SETTINGS
from tests.security.checks import EMAILS

SITE = "https://adal.example.kz"
EVIL = {"Host": "evil.example"}


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_instance_and_the_secret_key_are_private(tmp_path):
    instance = tmp_path / "instance"
    key = ensure_secret_key(str(instance))
    assert len(key) == 64
    assert mode(instance) == 0o700 and mode(instance / "config.py") == 0o600


def test_an_older_instance_folder_is_made_private(tmp_path):
    instance = tmp_path / "instance"
    instance.mkdir(mode=0o755)
    instance.chmod(0o755)
    (instance / "config.py").write_text("SECRET_KEY = 'kept'\n")
    (instance / "config.py").chmod(0o644)
    assert ensure_secret_key(str(instance)) == "kept"
    assert mode(instance) == 0o700 and mode(instance / "config.py") == 0o600


def production(database, **settings):
    """create_app as a server starts it: not testing, not debugging."""
    values = {**TEST_SETTINGS, "TESTING": False, "SQLALCHEMY_DATABASE_URI": database}
    return create_app({**values, "RATELIMIT_STORAGE_URI": "memory://", **settings})


def test_production_refuses_to_start_without_the_site_address(migrated_database):
    with pytest.raises(RuntimeError, match="TRAINING_SITE_URL"):
        production(migrated_database)
    assert production(migrated_database, TRAINING_SITE_URL=SITE)
    assert production(migrated_database, SERVER_NAME="adal.example.kz")
    assert production(migrated_database, DEBUG=True)


@pytest.fixture
def site_app(make_app, world):
    return make_app(TRAINING_SITE_URL=SITE)


def sign_in_at_evil(app, persona):
    """A client whose every request names evil.example as its Host, signed in as ``persona``."""
    client = app.test_client()
    email, password = EMAILS[persona]
    response = client.post("/login", data={"email": email, "password": password}, headers=EVIL)
    assert response.status_code == 302
    return client


def test_xapi_ids_ignore_the_host_header(site_app):
    with site_app.app_context():
        _token, secret = create_token("lrs", actor=None)
        db.session.commit()
    response = site_app.test_client().get(
        "/api/v1/training/xapi?since=2000-01-01",
        headers={**EVIL, "Authorization": f"Bearer {secret}"},
    )
    statements = response.get_json()["statements"]
    assert statements and "evil.example" not in response.get_data(as_text=True)
    assert {s["actor"]["account"]["homePage"] for s in statements} == {SITE}


def spy(monkeypatch, owner, name) -> list[tuple]:
    """The positional arguments of every call to ``owner.name``, which still runs."""
    calls, real = [], getattr(owner, name)

    def recorded(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return calls


def test_the_certificate_link_ignores_the_host_header(site_app, world, monkeypatch):
    import training.views

    certificates = spy(monkeypatch, training.views, "certificate_pdf")
    learner = sign_in_at_evil(site_app, "civil_servant")
    response = learner.get(f"/training/certificates/{world.certificate_code}.pdf", headers=EVIL)
    assert response.mimetype == "application/pdf"
    # certificate_pdf(certificate, verify_url, language): the link printed and in the QR code,
    # with the code as it is shown (ABCD-EFGH-JKMN).
    code = world.certificate_code
    dashed = "-".join(code[i : i + 4] for i in range(0, len(code), 4))
    assert [url for _certificate, url, _language in certificates] == [f"{SITE}/verify/{dashed}"]


def test_the_qr_code_link_ignores_the_host_header(site_app, world, monkeypatch):
    codes = spy(monkeypatch, segno, "make")
    response = sign_in_at_evil(site_app, "admin").get(
        f"/s/{world.survey_slug}/qr.svg", headers=EVIL
    )
    assert response.status_code == 200
    assert [content for content, *_ in codes] == [f"{SITE}/s/{world.survey_slug}?channel=qr"]

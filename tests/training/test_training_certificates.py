"""Certificates: the PDF in Kazakh and Russian, codes, the public verify page, revocation."""

import logging
import re

import pytest
from flask_babel import force_locale

from accounts.audit import AuditEvent
from extensions import db
from localization import utcnow
from tests.training.helpers import record_pdf_text, take_module
from training.certificates import (
    CODE_ALPHABET,
    CODE_LENGTH,
    certificate_pdf,
    find_certificate,
    format_percent,
    new_code,
    normalise_code,
)
from training.models import Certificate

KAZAKH_LETTERS = "әғқңөұүһі"


def earn(app, user_id, module_id, language="kk") -> str:
    with app.app_context():
        return take_module(user_id, module_id, language=language).certificate.code


def unicode_map(pdf: bytes) -> set[int]:
    """The code points of the ToUnicode CMaps of an uncompressed PDF: what text it holds."""
    return {int(code, 16) for code in re.findall(rb"<[0-9A-F]{4}> <([0-9A-F]{4})>", pdf)}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_pdf_embeds_dejavu_and_keeps_the_kazakh_name(app, make_module, make_user, caplog, language):
    name = "Әсем Ғалымқызы Нұрбекова-Үсенова Һ Іңкәр Өмір"
    user = make_user(name=name, region="KZ-35")
    code = earn(app, user["id"], make_module(), language)
    with app.test_request_context():
        certificate = find_certificate(code)
        with caplog.at_level(logging.WARNING):
            pdf = certificate_pdf(
                certificate, f"https://adal.example/verify/{code}", compress=False
            )
    assert pdf.startswith(b"%PDF-")
    assert b"/FontName /MPDFAA+DejaVuSans" in pdf and b"/FontFile2" in pdf  # embedded
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # no missing glyph
    present = unicode_map(pdf)
    assert {ord(char) for char in name if not char.isspace()} <= present
    assert {ord(char) for char in KAZAKH_LETTERS.upper() + "ӘҒ"} & present
    assert f"/Lang ({language})".encode() in pdf or b"/Lang <" in pdf
    wording = {"kk": "Сертификат", "ru": "Сертификат", "en": "Certificate"}[language]
    assert {ord(char) for char in wording} <= present
    assert certificate.display_code.replace("-", "").isalnum()


def test_a_glyph_the_font_lacks_is_reported(app, make_module, make_user, caplog):
    user = make_user(name="王 Әлия", region="KZ-35")  # DejaVu Sans has no CJK ideographs
    code = earn(app, user["id"], make_module())
    with app.test_request_context(), caplog.at_level(logging.WARNING):
        certificate_pdf(find_certificate(code), "https://adal.example/verify/x")
    assert any("lacks glyphs" in record.getMessage() for record in caplog.records)


def test_codes_are_unambiguous_and_normalised():
    codes = {new_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
    assert not set("01ILO") & set(CODE_ALPHABET)
    assert normalise_code(" abcd-efgh-jkmn ") == "ABCDEFGHJKMN"
    for bad in ("", "ABCD", "ABCDEFGHJKM0", "ABCDEFGHJKMNP", "../../etc", None, "ABCD EFGH JKMI"):
        assert normalise_code(bad) is None


def test_verify_page_reads_everything_from_the_database(app, client, make_module, learner):
    code = earn(app, learner["id"], make_module(), "kk")
    with app.app_context():
        certificate = db.session.execute(db.select(Certificate)).scalar_one()
        certificate.score_percent = 91.67
        db.session.commit()
    for raw in (code, code.lower(), f"{code[:4]}-{code[4:8]}-{code[8:]}"):
        response = client.get(f"/verify/{raw}")
        page = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "This certificate is valid." in page and "Әлия Сәрсенқызы Ғабитова" in page
        assert "Integrity basics" in page and "91.67%" in page and "no expiry" in page
    assert 'name="robots" content="noindex"' in page
    # Signed out, in Kazakh: the module title comes in Kazakh.
    page = client.get(f"/verify/{code}?lang=kk").get_data(as_text=True)
    assert "Integrity basics (қаз)" in page and "Бұл сертификат жарамды." in page
    assert "91,67%" in page  # a decimal comma in Kazakh and Russian
    assert "91,67%" in client.get(f"/verify/{code}?lang=ru").get_data(as_text=True)


@pytest.mark.parametrize(("language", "shown"), [("kk", "83,33"), ("ru", "83,33"), ("en", "83.33")])
def test_the_pdf_score_has_the_decimal_mark_of_its_language(app, language, shown):
    with app.test_request_context(), force_locale(language):
        assert format_percent(83.333) == shown and format_percent(92.0) == "92"


@pytest.mark.parametrize("raw", ["ABCDEFGHJKMN", "not-a-code", "ABCD-EFGH-JKM0", "x" * 300])
def test_unknown_forged_or_malformed_codes_are_404(app, client, make_module, learner, raw):
    earn(app, learner["id"], make_module())
    response = client.get(f"/verify/{raw}")
    assert response.status_code == 404
    assert "No certificate has this code." in response.get_data(as_text=True)


def test_forged_code_one_letter_off_is_404(app, client, make_module, learner):
    code = earn(app, learner["id"], make_module())
    forged = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert client.get(f"/verify/{forged}").status_code == 404


def test_verify_form_redirects_to_the_code(client):
    assert "Verification code" in client.get("/verify").get_data(as_text=True)
    response = client.get("/verify?code=abcd-efgh-jkmn")
    assert response.headers["Location"].endswith("/verify/ABCDEFGHJKMN")


def test_verify_is_rate_limited(make_app, make_module, learner):
    app = make_app(RATELIMIT_ENABLED=True, CERTIFICATE_VERIFY_RATE_LIMIT="3 per minute")
    client = app.test_client()
    statuses = [client.get(f"/verify/ABCDEFGHJKM{n}").status_code for n in range(2, 7)]
    assert statuses == [404, 404, 404, 429, 429]


def test_admin_revokes_with_a_reason_and_it_is_audited(
    app, client, auth, make_module, learner, make_user
):
    code = earn(app, learner["id"], make_module())
    admin = make_user(role="admin")
    auth.login(admin["email"])
    page = client.get("/admin/training/certificates").get_data(as_text=True)
    assert "Әлия Сәрсенқызы Ғабитова" in page and "Valid" in page

    response = client.post(f"/admin/training/certificates/{code}/revoke", data={"reason": " "})
    page = response.get_data(as_text=True)
    # The summary names the field, and the field carries its own message.
    assert response.status_code == 400
    assert "Reason for revoking: Give the reason for revoking the certificate." in page
    assert f'aria-invalid="true" aria-describedby="reason-{code}-error"' in page
    with app.app_context():
        assert find_certificate(code).revoked_at is None

    reason = "Answers were shared in a group chat."
    response = client.post(f"/admin/training/certificates/{code}/revoke", data={"reason": reason})
    assert response.status_code == 302
    with app.app_context():
        certificate = find_certificate(code)
        assert certificate.revoked_reason == reason and certificate.status(utcnow()) == "revoked"
        event = db.session.execute(
            db.select(AuditEvent).filter_by(action="certificate.revoke")
        ).scalar_one()
        assert (event.action, event.target, event.actor_email) == (
            "certificate.revoke",
            code,
            admin["email"],
        )
        assert event.details["reason"] == reason
    page = client.get(f"/verify/{code}").get_data(as_text=True)
    assert "This certificate has been revoked." in page and "Revoked on" in page
    assert reason not in page  # the reason stays internal

    again = client.post(f"/admin/training/certificates/{code}/revoke", data={"reason": "again"})
    assert again.status_code == 400
    assert "already been revoked" in again.get_data(as_text=True)
    assert (
        client.post(
            "/admin/training/certificates/ABCDEFGHJKMN/revoke", data={"reason": "x"}
        ).status_code
        == 404
    )


def test_only_admins_revoke(app, client, auth, make_module, learner):
    code = earn(app, learner["id"], make_module())
    auth.login(learner["email"])
    assert client.get("/admin/training/certificates").status_code == 403
    response = client.post(f"/admin/training/certificates/{code}/revoke", data={"reason": "x"})
    assert response.status_code == 403
    with app.app_context():
        assert find_certificate(code).revoked_at is None


def test_pdf_download_is_for_the_holder_and_admins(
    app, client, auth, make_module, learner, make_user
):
    code = earn(app, learner["id"], make_module())
    other = make_user(role="civil_servant")
    auth.login(other["email"])
    assert client.get(f"/training/certificates/{code}.pdf").status_code == 404
    auth.logout()
    auth.login(make_user(role="admin")["email"])
    response = client.get(f"/training/certificates/{code}.pdf")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    dashed = "-".join(code[i : i + 4] for i in range(0, 12, 4))
    assert f"adal-certificate-{dashed}.pdf" in response.headers["Content-Disposition"]
    auth.logout()
    assert client.get(f"/training/certificates/{code}.pdf").status_code == 302  # to sign in


def test_qr_code_points_at_the_absolute_verify_url(
    app, client, auth, make_module, learner, monkeypatch
):
    code = earn(app, learner["id"], make_module())
    seen = {}

    def spy(certificate, verify_url, language=None, compress=True):
        seen["url"] = verify_url
        return b"%PDF-1.4 spy"

    monkeypatch.setattr("training.views.certificate_pdf", spy)
    auth.login(learner["email"])
    client.get(f"/training/certificates/{code}.pdf")
    dashed = "-".join(code[i : i + 4] for i in range(0, 12, 4))
    assert seen["url"] == f"http://localhost/verify/{dashed}"


def download(client, code, language):
    response = client.get(f"/training/certificates/{code}.pdf?lang={language}")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    return response


@pytest.mark.parametrize(
    ("language", "wording", "title"),
    [
        ("kk", "Осы сертификат куәландырады", "Integrity basics (қаз)"),
        ("ru", "Настоящим подтверждается", "Integrity basics (рус)"),
        ("en", "This certifies that", "Integrity basics"),
    ],
)
def test_the_pdf_follows_the_language_of_the_page(
    app, client, auth, make_module, learner, monkeypatch, language, wording, title
):
    """Earned in Kazakh, downloaded from a page in each language; the code with its dashes."""
    code = earn(app, learner["id"], make_module(), language="kk")
    drawn = record_pdf_text(monkeypatch)
    auth.login(learner["email"])
    response = download(client, code, language)
    text = "\n".join(drawn)
    dashed = "-".join(code[i : i + 4] for i in range(0, 12, 4))
    assert wording in text and title in text
    assert (
        dashed in text
        and f'filename="adal-certificate-{dashed}.pdf"' in response.headers["Content-Disposition"]
    )
    assert "REVOKED" not in text and "ОТОЗВАН" not in text


def test_a_revoked_certificate_is_not_offered_and_its_pdf_says_revoked(
    app, client, auth, make_module, learner, make_user, monkeypatch
):
    from training.certificates import revoke_certificate

    code = earn(app, learner["id"], make_module())
    auth.login(learner["email"])
    page = client.get("/learning?lang=ru").get_data(as_text=True)
    assert f"/training/certificates/{code[:4]}-" in page and "lang=ru" in page
    with app.app_context():
        revoke_certificate(code, "Issued by mistake", make_user(role="admin"))
    page = client.get("/learning?lang=ru").get_data(as_text=True)
    assert "/training/certificates/" not in page  # no download offered
    assert "Отозван" in page
    drawn = record_pdf_text(monkeypatch)
    download(client, code, "ru")
    assert "ОТОЗВАН" in drawn and any(text.startswith("Отозван ") for text in drawn)
    download(client, code, "en")
    assert "REVOKED" in drawn

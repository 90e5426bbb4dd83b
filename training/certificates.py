"""Certificates: issue, verify, revoke, and the PDF in the learner's language.

The PDF carries a verification code and a QR code to ``/verify/<code>``; the verify page reads
name, module, date, score, validity and revocation from the database, so an edited PDF
proves nothing. The PDF embeds DejaVu Sans, which ships inside matplotlib and covers the
Kazakh letters ә ғ қ ң ө ұ ү һ і as well as Russian.
"""

import io
import logging
import secrets
from datetime import datetime

import segno
from flask_babel import force_locale, format_decimal
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from fpdf import FPDF

from accounts.audit import record
from extensions import db
from localization import local_time, localized, utcnow
from pdf_pages import BRAND, INK, centred_line, framed_page
from training.dates import add_months
from training.errors import CertificateError
from training.models import Attempt, Certificate

# Base32-like, without the look-alikes 0/O and 1/I/L: easy to read out and type.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12  # 31^12 ≈ 2^59 codes: guessing one is hopeless, and the page is rate limited

logger = logging.getLogger(__name__)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str | None) -> str | None:
    """The code in canonical form, or None when it cannot be one (no database lookup needed)."""
    code = (raw or "").strip().upper().replace("-", "").replace(" ", "")
    if len(code) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in code):
        return None
    return code


def find_certificate(raw: str | None) -> Certificate | None:
    code = normalise_code(raw)
    if code is None:
        return None
    return db.session.execute(db.select(Certificate).filter_by(code=code)).scalar_one_or_none()


def issue_certificate(
    attempt: Attempt, language: str, renewal_months: int | None, now: datetime
) -> Certificate:
    """A certificate for a passed post-test; the caller commits."""
    certificate = Certificate(
        code=new_code(),
        user_id=attempt.user_id,
        module_id=attempt.module_id,
        attempt=attempt,
        holder_name=attempt.user.full_name,
        score_percent=attempt.percent,
        language=language if language in ("kk", "ru", "en") else "ru",
        issued_at=now,
        valid_until=add_months(now, renewal_months) if renewal_months else None,
    )
    db.session.add(certificate)
    return certificate


def revoke_certificate(raw_code: str, reason: str, actor, now: datetime | None = None):
    certificate = find_certificate(raw_code)
    if certificate is None:
        raise CertificateError(_l("No certificate has this code."))
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_l("Give the reason for revoking the certificate."))
    if certificate.revoked_at is not None:
        raise CertificateError(_l("This certificate has already been revoked."))
    certificate.revoked_at = now or utcnow()
    certificate.revoked_reason = reason[:1000]
    record(
        "certificate.revoke",
        certificate.code,
        {"holder": certificate.holder_name, "module": certificate.module.slug, "reason": reason},
        actor=actor,
    )
    db.session.commit()
    return certificate


def all_certificates(limit: int = 500) -> list[Certificate]:
    return list(
        db.session.execute(
            db.select(Certificate).order_by(Certificate.issued_at.desc()).limit(limit)
        ).scalars()
    )


# ------------------------------------------------------------------------------ PDF


def certificate_pdf(
    certificate: Certificate, verify_url: str, language: str | None = None, compress: bool = True
) -> bytes:
    """The certificate as an A4 landscape PDF in ``language`` (the page's it is downloaded
    from; by default the one the learner passed in), marked REVOKED across if it was."""
    language = language if language in ("kk", "ru", "en") else certificate.language
    with force_locale(language):
        pdf = _draw(certificate, verify_url, language)
    pdf.set_compression(compress)
    content = bytes(pdf.output())
    missing = sorted({chr(code) for font in pdf.fonts.values() for code in font.missing_glyphs})
    if missing:
        logger.error("Certificate %s: the font lacks glyphs %s", certificate.code, missing)
    return content


def _draw(certificate: Certificate, verify_url: str, language: str) -> FPDF:
    module_title = localized(certificate.module.title, language)
    title = _("Certificate") + f" {certificate.display_code}"
    pdf = framed_page("L", title, language)
    pdf.set_author(_("Adal: Regions free from corruption"))
    pdf.set_creation_date(certificate.issued_at)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, 269, 182)

    def line(text: str, size: int, bold: bool = False, height: float = 10, gap: float = 0):
        centred_line(pdf, text, size, bold, height, gap)

    pdf.set_text_color(*BRAND)
    pdf.set_xy(24, 24)
    pdf.set_left_margin(24)
    pdf.set_right_margin(24)
    line(_("Adal: Regions free from corruption"), 12, height=7, gap=6)
    line(_("Certificate"), 30, bold=True, height=14, gap=4)
    pdf.set_text_color(*INK)
    line(_("This certifies that"), 14, height=8, gap=2)
    line(certificate.holder_name, 24, bold=True, height=12, gap=2)
    line(_("has completed the anti-corruption training module"), 14, height=8, gap=2)
    line(module_title, 18, bold=True, height=9, gap=4)
    issued = local_time(certificate.issued_at, "%Y-%m-%d")
    line(
        _(
            "Score: %(score)s%%. Date: %(date)s.",
            score=format_percent(certificate.score_percent),
            date=issued,
        ),
        13,
        height=8,
    )
    if certificate.valid_until is not None:
        until = local_time(certificate.valid_until, "%Y-%m-%d")
        line(_("Valid until %(date)s.", date=until), 13, height=8)

    qr = segno.make(verify_url, error="m")
    png = io.BytesIO()
    qr.save(png, kind="png", scale=6, border=2)
    png.seek(0)
    pdf.image(png, x=233, y=146, w=40, h=40)
    pdf.set_xy(24, 160)
    pdf.set_right_margin(70)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(
        0, 6, _("Verification code: %(code)s", code=certificate.display_code),
        align="L", new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(
        0,
        5,
        _(
            "Only the verification page shows whether this certificate is valid: "
            "scan the QR code or open %(url)s",
            url=verify_url,
        ),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if certificate.revoked_at is not None:
        _revoked_mark(pdf, certificate)
    return pdf


def _revoked_mark(pdf: FPDF, certificate: Certificate) -> None:
    """REVOKED in red across the page, with the date: a printout cannot pass for valid."""
    revoked = _("REVOKED")
    on = _("Revoked on %(date)s.", date=local_time(certificate.revoked_at, "%Y-%m-%d"))
    pdf.set_text_color(177, 14, 30)
    pdf.set_draw_color(177, 14, 30)
    pdf.set_line_width(1.5)
    pdf.rect(40, 82, 217, 44)
    pdf.set_font("DejaVu", "B", 40)
    pdf.set_xy(40, 86)
    pdf.cell(217, 22, revoked, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_x(40)
    pdf.cell(217, 12, on, align="C")


def format_percent(value: float | None) -> str:
    """92 for 92.0, 83.33 for 83.333 (83,33 in Kazakh and Russian): no trailing zeros."""
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.##")

"""A survey's QR code (SVG, PNG) and its printable A4 poster for public service centres.

The code holds the survey's link with ``channel=qr`` (scans are counted as that channel); the
poster prints the code, the short link, the title and a line asking people to take part, in
Kazakh and Russian, with the DejaVu font the certificates use (it has every Kazakh letter).
"""

import io
from functools import partial

import segno
from flask_babel import force_locale
from flask_babel import gettext as _

from links import external_url
from localization import localized
from pdf_pages import BRAND, INK, centred_line, framed_page
from surveys.models import Channel, Survey

POSTER_LANGUAGES = ("kk", "ru")


def survey_links(survey: Survey) -> tuple[str, str]:
    """(the link a QR code holds, the short link printed for typing)."""
    scanned = external_url("surveys.take", slug=survey.slug, channel=Channel.QR)
    return scanned, external_url("surveys.take", slug=survey.slug)


def qr_image(survey: Survey, kind: str) -> bytes:
    """The survey's QR code as ``svg`` or ``png``."""
    scanned, _short = survey_links(survey)
    buffer = io.BytesIO()
    options = {"scale": 10, "border": 4}
    if kind == "svg":
        options["title"] = localized(survey.titles)
    segno.make(scanned, error="m").save(buffer, kind=kind, **options)
    return buffer.getvalue()


def poster_pdf(survey: Survey) -> bytes:
    scanned, short = survey_links(survey)
    pdf = framed_page("P", localized(survey.titles, "kk"), "kk")
    pdf.set_margins(18, 18, 18)
    line = partial(centred_line, pdf)

    pdf.set_y(22)
    pdf.set_text_color(*BRAND)
    for language in POSTER_LANGUAGES:
        with force_locale(language):
            line(_("Adal: Regions free from corruption"), 12, height=6)
    pdf.ln(6)
    pdf.set_text_color(*INK)
    for language in POSTER_LANGUAGES:
        line(localized(survey.titles, language), 20, bold=True, height=10, gap=3)
    qr = io.BytesIO()
    segno.make(scanned, error="m").save(qr, kind="png", scale=12, border=2)
    qr.seek(0)
    top = max(pdf.get_y() + 4, 100)
    pdf.image(qr, x=55, y=top, w=100, h=100)
    pdf.set_y(top + 106)
    for language in POSTER_LANGUAGES:
        with force_locale(language):
            line(
                _("Scan the code with your phone's camera and answer a few questions."),
                15,
                height=8,
                gap=2,
            )
    pdf.ln(2)
    line(short, 16, bold=True, height=9, gap=4)
    pdf.set_font("DejaVu", "", 11)
    for language in POSTER_LANGUAGES:
        with force_locale(language):
            line(
                _(
                    "The survey is anonymous: we do not keep your name, your account, "
                    "your address or the time you answered."
                ),
                11,
                height=6,
                gap=1,
            )
    return bytes(pdf.output())

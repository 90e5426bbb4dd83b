"""A4 pages for printing (certificates, survey posters): DejaVu Sans, which has every Kazakh
letter, embedded from matplotlib's copy; a frame in the brand colour; centred lines."""

import os

import matplotlib
from fpdf import FPDF

FONT_DIR = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
FONT_REGULAR = os.path.join(FONT_DIR, "DejaVuSans.ttf")
FONT_BOLD = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
BRAND = (11, 61, 107)
INK = (27, 27, 27)


def framed_page(orientation: str, title: str, language: str) -> FPDF:
    """A one-page A4 document ("P" or "L") with the fonts and a frame 10 mm from the edge."""
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.add_font("DejaVu", "", FONT_REGULAR)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    return pdf


def centred_line(pdf: FPDF, text: str, size: int, bold: bool = False, height: float = 9,
                 gap: float = 0) -> None:  # fmt: skip
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, height, text, align="C", new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)

"""Reading the figures a trends page shows: its tables as text, and a cell's numbers."""

import csv
import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# "45.3% (43.1–47.5)": a published cell (English number format)
PUBLISHED = re.compile(r"^(-?[\d,]+\.\d)%? \((-?[\d,]+\.\d)–(-?[\d,]+\.\d)\)")
CHANGE = re.compile(r"([▲▼]?) ?([+-]?[\d,]+\.\d)%?")


@dataclass
class Table:
    attributes: dict
    caption: str = ""
    rows: list[list[str]] = field(default_factory=list)  # body rows, header cell first


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self._text: list[str] | None = None
        self._in_body = self._in_caption = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append(Table(dict(attrs)))
        elif tag == "caption":
            self._in_caption, self._text = True, []
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.tables[-1].rows.append([])
        elif tag in ("th", "td") and self._in_body:
            self._text = []
        elif tag == "br" and self._text is not None:
            self._text.append("\n")

    def handle_endtag(self, tag):
        if tag == "caption":
            self.tables[-1].caption = " ".join("".join(self._text).split())
            self._in_caption, self._text = False, None
        elif tag == "tbody":
            self._in_body = False
        elif tag in ("th", "td") and self._in_body and self._text is not None:
            lines = "".join(self._text).split("\n")
            self.tables[-1].rows[-1].append("\n".join(" ".join(x.split()) for x in lines))
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def page_tables(html: str) -> list[Table]:
    parser = _Tables()
    parser.feed(html)
    parser.close()
    return parser.tables


def shown_figure(text: str) -> tuple:
    """(value, CI from, CI to) of a published cell's text, or its word ("suppressed", ...)."""
    found = PUBLISHED.match(text)
    if found is None:
        return (text.split("\n")[0],)
    return tuple(float(part.replace(",", "")) for part in found.groups())


def downloaded_figure(row: dict, place: str = "") -> tuple:
    """The same from a CSV row: its value and CI, or its status. ``place`` "Kazakhstan" reads
    the country's columns of a region's download."""
    names = ("Value", "95% CI from", "95% CI to", "Status")
    if place:
        names = (place, f"{place}: 95% CI from", f"{place}: 95% CI to", f"{place}: status")
    if row[names[0]] == "":
        return (row[names[3]],)
    return tuple(float(row[name]) for name in names[:3])


def shown_change(text: str) -> tuple | None:
    """(difference, significant) of the change a cell shows, or None."""
    lines = text.split("\n")
    if len(lines) < 2 or not lines[-1] or lines[-1].startswith("n ="):
        return None
    sign, diff = CHANGE.match(lines[-1]).groups()
    return float(diff.replace(",", "")), bool(sign)


def csv_rows(body: bytes) -> list[dict]:
    assert body.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))

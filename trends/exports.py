"""Downloads of exactly the figures a page shows: CSV (UTF-8 with BOM, for Excel) and XLSX.

Numbers are rounded as the page rounds them; a withheld figure is the word, never a number.
Rows from simulated waves say so, in kk, ru and en.
"""

import csv
import io

import xlsxwriter
from flask_babel import gettext as _

from simulation.demo import simulated_notice
from trends.figures import NATIONAL, Series


def rounded(value: float | None, places: int) -> float | None:
    return None if value is None else round(value, places)


def withheld_word(figure) -> str:
    if figure is None:
        return _("no responses")
    return _("suppressed")


def series_rows(series: Series, survey_slug: str) -> tuple[list[str], list[list]]:
    """The region × wave table of a series: every figure with its CI, n and change."""
    header = [
        _("Survey"), _("Indicator"), _("Wave"), _("Region code"), _("Region"),
        _("Value"), _("95% CI from"), _("95% CI to"), _("Respondents (n)"), _("Status"),
        _("Change since the previous wave"), _("p-value"), _("q-value (FDR)"),
        _("Significant"), _("Weighted"), _("Simulated"),
    ]  # fmt: skip
    notice = simulated_notice()
    rows = []
    places = [(NATIONAL, _("Kazakhstan"))] + [(r.id, r.name) for r in series.regions]
    codes = {r.id: r.code for r in series.regions}
    for wave in series.waves:
        for region_id, name in places:
            figure = series.cell(wave.id, region_id)
            published = figure is not None and figure.published
            change = figure.change if published else None
            rows.append(
                [
                    survey_slug,
                    series.indicator.id,
                    wave.label,
                    codes.get(region_id, ""),
                    name,
                    rounded(figure.value, 1) if published else None,
                    rounded(figure.ci_low, 1) if published else None,
                    rounded(figure.ci_high, 1) if published else None,
                    figure.n if published else None,
                    _("published") if published else withheld_word(figure),
                    rounded(change.diff, 1) if change else None,
                    rounded(change.p, 3) if change else None,
                    rounded(change.q, 3) if change else None,
                    (_("yes") if change.significant else _("no")) if change else None,
                    _("yes") if series.weighted else _("no"),
                    notice if wave.simulated else "",
                ]
            )
    return header, rows


def trend_rows(series: Series) -> tuple[list[str], list[list]]:
    header = [
        _("Region code"), _("Region"), _("Waves"), _("Slope per wave"), _("p-value"),
        _("q-value (FDR)"), _("Significant"), _("Simulated"),
    ]  # fmt: skip
    notice = simulated_notice() if series.simulated else ""
    places = [(NATIONAL, "", _("Kazakhstan"))] + [(r.id, r.code, r.name) for r in series.regions]
    rows = []
    for region_id, code, name in places:
        trend = series.trends.get(region_id)
        if trend is None:
            continue
        tested = trend.slope is not None
        rows.append(
            [
                code,
                name,
                trend.waves,
                rounded(trend.slope, 2) if tested else None,
                rounded(trend.p, 3) if tested else None,
                rounded(trend.q, 3) if tested else None,
                (_("yes") if trend.significant else _("no")) if tested else None,
                notice,
            ]
        )
    return header, rows


def csv_download(header: list[str], rows: list[list]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel reads Kazakh letters right."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def xlsx_download(sheets: list[tuple[str, list[str], list[list]]]) -> bytes:
    """One worksheet per (name, header, rows)."""
    output = io.BytesIO()
    with xlsxwriter.Workbook(output, {"in_memory": True}) as workbook:
        bold = workbook.add_format({"bold": True})
        for name, header, rows in sheets:
            sheet = workbook.add_worksheet(name[:31])
            sheet.write_row(0, 0, header, bold)
            for number, row in enumerate(rows, start=1):
                sheet.write_row(number, 0, ["" if value is None else value for value in row])
            sheet.freeze_panes(1, 0)
    return output.getvalue()

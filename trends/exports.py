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
from trends.region import RegionFigures


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
            rows.append(
                [survey_slug, series.indicator.id, wave.label, codes.get(region_id, ""), name,
                 *_figure_columns(figure), *_change_columns(figure),
                 _("yes") if series.weighted else _("no"), notice if wave.simulated else ""]
            )  # fmt: skip
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
        rows.append([code, name, trend.waves, *_trend_columns(trend), notice])
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


# ---------------------------------------------------------------- a region's page


def _figure_columns(figure, places: int = 1) -> list:
    """Value, CI, n and status of one figure, as the page shows it."""
    published = figure is not None and figure.published
    return [
        rounded(figure.value, places) if published else None,
        rounded(figure.ci_low, places) if published else None,
        rounded(figure.ci_high, places) if published else None,
        figure.n if published else None,
        _("published") if published else withheld_word(figure),
    ]


def _change_columns(figure) -> list:
    change = figure.change if figure is not None and figure.published else None
    if change is None:
        return [None, None, None, None]
    return [
        rounded(change.diff, 1),
        rounded(change.p, 3),
        rounded(change.q, 3),
        _("yes") if change.significant else _("no"),
    ]


def _trend_columns(trend) -> list:
    if trend is None or trend.slope is None:
        return [None, None, None, None]
    return [
        rounded(trend.slope, 2),
        rounded(trend.p, 3),
        rounded(trend.q, 3),
        _("yes") if trend.significant else _("no"),
    ]


def region_tables(page: RegionFigures) -> list[tuple[str, list[str], list[list]]]:
    """The region page's tables as (name, header, rows): its indicators wave by wave beside
    the country (the summary table and every chart), their trends, the chosen indicator by
    group, and the training of its civil servants (analysts and admins only)."""
    notice = simulated_notice()
    code, name = page.region.code, page.region.name
    weighted = _("yes") if page.selection.weighted else _("no")
    waves = page.selection.chosen
    indicators = []
    for row in page.rows:
        for wave, cell, national in zip(waves, row.cells, row.national, strict=True):
            indicators.append(
                [code, name, row.indicator.id, row.indicator.indicator.title, wave.label,
                 *_figure_columns(cell), *_change_columns(cell),
                 *([None] * 5 if row.own_question else _figure_columns(national)),
                 weighted, notice if wave.simulated else ""]
            )  # fmt: skip
    trends = [
        [code, name, row.indicator.id, row.indicator.indicator.title, len(waves),
         *_trend_columns(row.trend), notice if row.simulated else ""]
        for row in page.rows
    ]  # fmt: skip
    latest = page.latest
    groups = []
    if latest is not None:
        for category in [c for _b, rows in page.breakdowns for c in rows] + page.focus:
            groups.append(
                [code, name, page.selection.indicator.id, latest.label, category.breakdown,
                 category.value, category.label, *_figure_columns(category.figure), weighted,
                 notice if latest.simulated else ""]
            )  # fmt: skip
    tables = [
        (
            _("Indicators"),
            [_("Region code"), _("Region"), _("Indicator"), _("Title"), _("Wave"), _("Value"),
             _("95% CI from"), _("95% CI to"), _("Respondents (n)"), _("Status"),
             _("Change since the previous wave"), _("p-value"), _("q-value (FDR)"),
             _("Significant"), _("Kazakhstan"), _("Kazakhstan: 95% CI from"),
             _("Kazakhstan: 95% CI to"), _("Kazakhstan: respondents (n)"),
             _("Kazakhstan: status"), _("Weighted"), _("Simulated")],
            indicators,
        ),
        (
            _("Trends"),
            [_("Region code"), _("Region"), _("Indicator"), _("Title"), _("Waves"),
             _("Slope per wave"), _("p-value"), _("q-value (FDR)"), _("Significant"),
             _("Simulated")],
            trends,
        ),
        (
            _("Groups"),
            [_("Region code"), _("Region"), _("Indicator"), _("Wave"), _("Breakdown"),
             _("Category code"), _("Category"), _("Value"), _("95% CI from"), _("95% CI to"),
             _("Respondents (n)"), _("Status"), _("Weighted"), _("Simulated")],
            groups,
        ),
    ]  # fmt: skip
    if page.full:
        training = [
            training_row(code, name, wave.label if wave is not None else _("All these periods"),
                         figure)
            for wave, figure in page.training
        ]  # fmt: skip
        tables.append((_("Training"), training_header(), training))
    return tables


def training_header() -> list[str]:
    return [_("Region code"), _("Region"), _("Period"), _("Learners"), _("Modules assigned"),
            _("Modules completed"), _("Post-tests"), _("Pass rate"),
            _("Knowledge gain (points)"), _("Wilcoxon p-value"),
            _("Learners with a pre-test and a post-test"), _("Simulated")]  # fmt: skip


def training_row(code: str, name: str, period: str, figure) -> list:
    """A region's training figures in a period as the pages show them (None: no learners)."""
    if figure is None:
        return [code, name, period, 0, 0, 0, 0, None, None, None, 0, ""]
    withheld = _("suppressed")
    pass_rate = withheld if figure.pass_rate is None else rounded(figure.pass_rate, 1)
    gain = withheld if figure.gain is None else rounded(figure.gain, 1)
    return [code, name, period, figure.learners, figure.assigned, figure.completed,
            figure.post_tests, pass_rate, gain, rounded(figure.gain_p, 3), figure.gain_n,
            simulated_notice() if figure.simulated else ""]  # fmt: skip


def wave_rows(series: Series) -> tuple[list[str], list[list]]:
    """The waves and weights table: responses, design effect and Cronbach's alpha per wave."""
    header = [_("Wave"), _("Responses"), _("Design effect"), _("Not weighted because"),
              _("Cronbach's alpha"), _("Simulated")]  # fmt: skip
    notice = simulated_notice()
    rows = [
        [note.wave.label, note.responses, rounded(note.design_effect, 2), note.problem or "",
         rounded(note.alpha, 2), notice if note.wave.simulated else ""]
        for note in series.notes
    ]  # fmt: skip
    return header, rows

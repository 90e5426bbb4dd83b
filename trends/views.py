"""The dashboard (analysts and admins), region pages, open data, methodology, downloads and the
population table raking uses."""

from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_login import current_user

from accounts.access import roles_required
from accounts.models import Role
from localization import current_language
from trends import charts, figures
from trends.exports import (
    csv_download,
    region_tables,
    series_rows,
    training_header,
    training_row,
    trend_rows,
    wave_rows,
    xlsx_download,
)
from trends.population import PopulationForm, store_population
from trends.region import RegionFigures, region_figures
from trends.service import (
    TrendsError,
    group_choices,
    region_by_code,
    select_figures,
    selection_series,
    surveys_with_waves,
)
from trends.training_figures import training_figures
from trends.weights import active_population

blueprint = Blueprint("trends", __name__)
CONTENT = Path(__file__).with_name("content")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@blueprint.errorhandler(TrendsError)
def refused(error: TrendsError):
    return render_template(
        "trends/problem.html", message=error.message, status=error.status
    ), error.status


@blueprint.app_template_filter("figure")
def figure_filter(value: float | None, places: int = 1) -> str:
    """A figure in the page's locale (decimal comma in kk and ru)."""
    if value is None:
        return "—"
    return format_decimal(value, format="#,##0." + "0" * places)


@blueprint.app_template_filter("p_value")
def p_value_filter(value: float | None) -> str:
    if value is None:
        return "—"
    if round(value, 3) == 0:
        return "< " + format_decimal(0.001, format="0.000")
    return format_decimal(value, format="0.000")


def may_see_region(region_id: int) -> bool:
    return current_user.is_authenticated and current_user.can_see_region(region_id)


def figures_page(full: bool):
    template = "trends/dashboard.html" if full else "trends/open_data.html"
    if not surveys_with_waves():
        return render_template(template, selection=None, data=None, full=full)
    selection = select_figures(request.args)
    data = selection_series(selection) if selection.chosen else None
    query = selection.query()

    def region_link(region) -> str:
        if full and may_see_region(region.id):
            return url_for("trends.region_page", code=region.code, **query)
        return url_for("trends.open_region", code=region.code, **query)

    context = {
        "selection": selection,
        "data": data,
        "full": full,
        "groups": group_choices(),
        "region_link": region_link,
    }
    if data is not None:
        latest = selection.chosen[-1]
        shown = [
            data.cell(latest.id, r.id)
            for r in data.regions
            if data.cell(latest.id, r.id) and data.cell(latest.id, r.id).published
        ]
        bins = figures.value_bins([f.value for f in shown])
        by_region = {r.id: data.cell(latest.id, r.id) for r in data.regions}
        context["bins"] = bins
        context["tiles"] = charts.map_tiles(
            data.regions, by_region, lambda value: figures.bin_of(value, bins)
        )
        context["map_size"] = (charts.MAP_WIDTH, charts.MAP_HEIGHT)
        context["latest"] = latest
        context["small_charts"] = small_charts(data)
        if full:
            context["training"] = period_training(selection)
    return render_template(template, **context)


def period_training(selection) -> dict:
    """Training figures by region over the chosen waves' period, as the dashboard shows them."""
    first, last = selection.chosen[0], selection.chosen[-1]
    minimum = current_app.config["TRENDS_MIN_RESPONSES"]
    return training_figures(first.opens_at, last.closes_at, minimum)


def small_charts(data: figures.Series) -> list:
    """A chart per region (and the country first) on one scale."""
    labels = [wave.label for wave in data.waves]
    every = list(data.cells.values())
    y_range = charts.value_range(every)
    national = [data.cell(w.id, figures.NATIONAL) for w in data.waves]

    def number(value):
        return figure_filter(value, 0)

    found = [(None, charts.line_chart(national, None, labels, y_range, number, 600, 220), national)]
    for region in data.regions:
        cells = [data.cell(w.id, region.id) for w in data.waves]
        found.append((region, charts.line_chart(cells, national, labels, y_range, number), cells))
    return found


@blueprint.get("/dashboard")
@roles_required(Role.ANALYST, Role.ADMIN)
def dashboard():
    """Trends by region and wave for analysts and admins."""
    return figures_page(full=True)


@blueprint.get("/open-data")
def open_data():
    """Published figures for everyone, small groups suppressed."""
    return figures_page(full=False)


def download(full: bool, fmt: str):
    if fmt not in FORMATS:
        abort(404)
    selection = select_figures(request.args)
    if not selection.chosen:
        raise TrendsError(_("No wave has closed yet, so there are no figures."), 404)
    data = selection_series(selection)
    tables = {
        "figures": (_("Figures"), *series_rows(data, selection.survey.slug)),
        "trends": (_("Trends"), *trend_rows(data)),
        "waves": (_("Waves and weights"), *wave_rows(data)),
    }
    training = period_training(selection) if full else {}
    if training:  # as the dashboard shows a table of it
        period = f"{selection.chosen[0].label} – {selection.chosen[-1].label}"
        places = [(None, "", _("Kazakhstan"))] + [(r.id, r.code, r.name) for r in data.regions]
        rows = [training_row(code, name, period, training.get(key)) for key, code, name in places]
        tables["training"] = (_("Training"), training_header(), rows)
    name = f"adal-{selection.survey.slug}-{selection.indicator.id.replace(':', '-')}"
    if fmt == "csv":
        table = request.args.get("table", "figures")
        if table not in tables:
            choices = ", ".join(tables)
            raise TrendsError(_("Choose one of the tables: %(tables)s.", tables=choices), 400)
        body = csv_download(*tables[table][1:])
        name += "" if table == "figures" else f"-{table}"
    else:
        body = xlsx_download(list(tables.values()))
    return file_response(body, name, fmt)


def file_response(body: bytes, name: str, fmt: str) -> Response:
    return Response(
        body,
        mimetype=FORMATS[fmt].split(";")[0],
        headers={
            "Content-Type": FORMATS[fmt],
            "Content-Disposition": f'attachment; filename="{name}.{fmt}"',
        },
    )


@blueprint.get("/dashboard/download.<fmt>")
@roles_required(Role.ANALYST, Role.ADMIN)
def dashboard_download(fmt):
    return download(True, fmt)


@blueprint.get("/open-data/download.<fmt>")
def open_data_download(fmt):
    return download(False, fmt)


def region_page_figures(code: str, full: bool) -> RegionFigures:
    region = region_by_code(code)
    if full and not may_see_region(region.id):
        abort(403)
    return region_figures(region, select_figures(request.args), full)


def render_region(page: RegionFigures):
    labels = [wave.label for wave in page.selection.chosen]

    def number(value):
        return figure_filter(value, 0)

    charts_of = {
        row.indicator.id: charts.line_chart(
            row.cells,
            None if row.own_question else row.national,
            labels,
            charts.value_range(row.cells + row.national),
            number,
        )
        for row in page.rows
    }
    return render_template("trends/region.html", page=page, charts_of=charts_of)


@blueprint.get("/dashboard/regions/<code>")
@roles_required(Role.ANALYST, Role.ADMIN)
def region_page(code):
    """Every indicator of one region in full detail: an analyst of another region may not."""
    return render_region(region_page_figures(code, full=True))


@blueprint.get("/open-data/regions/<code>")
def open_region(code):
    return render_region(region_page_figures(code, full=False))


def region_download(code: str, full: bool, fmt: str):
    if fmt not in FORMATS:
        abort(404)
    page = region_page_figures(code, full)
    if not page.selection.chosen:
        raise TrendsError(_("No wave has closed yet, so there are no figures."), 404)
    tables = region_tables(page)
    name = f"adal-{page.selection.survey.slug}-{page.region.code}"
    if fmt == "xlsx":
        return file_response(xlsx_download(tables), name, fmt)
    names = ["indicators", "trends", "groups", "training"][: len(tables)]
    wanted = request.args.get("table", "indicators")
    if wanted not in names:
        raise TrendsError(_("There is no such table on this page."), 400)
    _title, header, rows = tables[names.index(wanted)]
    return file_response(csv_download(header, rows), f"{name}-{wanted}", fmt)


@blueprint.get("/dashboard/regions/<code>/download.<fmt>")
@roles_required(Role.ANALYST, Role.ADMIN)
def region_page_download(code, fmt):
    return region_download(code, True, fmt)


@blueprint.get("/open-data/regions/<code>/download.<fmt>")
def open_region_download(code, fmt):
    return region_download(code, False, fmt)


@blueprint.get("/open-data/methodology")
def methodology():
    from training.markup import render_markdown
    from trends.indicators import catalogue

    language = current_language()
    text = (CONTENT / f"methodology.{language}.md").read_text(encoding="utf-8")
    return render_template(
        "trends/methodology.html",
        body=render_markdown(text),
        indicators=catalogue(),
        min_n=current_app.config["TRENDS_MIN_RESPONSES"],
    )


@blueprint.route("/dashboard/population", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def population():
    """The population table raking uses: the one in force, and a form to upload a new one."""
    form = PopulationForm()
    problems: list[str] = []
    if request.method == "POST":
        if not form.validate_on_submit():
            problems = [message for messages in form.errors.values() for message in messages]
        else:
            problems = store_population(form.table.data, current_user)
            if not problems:
                flash(
                    _("The population table is in force. Waves are weighted to it anew."), "success"
                )
                return redirect(url_for(".population"))
    status = 400 if problems else 200
    return render_template(
        "trends/population.html", form=form, problems=problems, table=active_population()
    ), status

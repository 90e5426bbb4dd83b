"""Open data API: the published figures as JSON or CSV, and the indicator catalogue.

``GET /api/v1/open/indicators?survey=&indicator=&wave=&region=&weighting=&format=csv``: every
published cell (withheld ones are left out), one object each. Defaults: the first survey, all
its indicators, its latest closed wave, every region and the country. Errors are JSON.
"""

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from extensions import limiter
from localization import LANGUAGES
from simulation.demo import simulated_notice
from trends.cache import ensure_sums
from trends.exports import csv_download
from trends.figures import figures_from_rows, load_rows
from trends.indicators import ITEM_PREFIX, catalogue
from trends.models import IndicatorSums
from trends.service import TrendsError, region_by_code, select_figures

api = Blueprint("open_api", __name__, url_prefix="/api/v1/open")
limiter.shared_limit(lambda: current_app.config["API_RATE_LIMIT"], scope="open-data-api")(api)

FIELDS = (
    "survey", "wave", "region", "indicator", "breakdown", "value", "ci_low", "ci_high", "n",
    "weighted", "simulated",
)  # fmt: skip
QUERY = {"survey", "indicator", "wave", "region", "weighting", "format"}


@api.errorhandler(TrendsError)
def refused(error: TrendsError):
    return jsonify(error="refused", message=str(error.message), status=error.status), error.status


def _one(name: str) -> str:
    values = request.args.getlist(name)
    if len(values) > 1:
        raise TrendsError(_("Give each query parameter once."), 400)
    return (values[0] if values else "").strip()


@api.get("/indicators")
def indicators():
    if unknown := sorted(set(request.args) - QUERY):
        raise TrendsError(_("Unknown query parameters: %(names)s.", names=", ".join(unknown)), 400)
    output = _one("format") or "json"
    if output not in ("json", "csv"):
        raise TrendsError(_("The format is json or csv."), 400)
    wave = _one("wave")
    selection = select_figures({**request.args, "from": wave, "to": wave})
    if not selection.chosen:
        raise TrendsError(_("No wave has closed yet, so there are no figures."), 404)
    waves = selection.chosen if wave else selection.chosen[-1:]
    code = _one("region")
    region = region_by_code(code) if code else None
    chosen = [selection.indicator] if _one("indicator") else selection.indicators
    ensure_sums(selection.survey.id, [w.id for w in waves])
    codes = {r.id: r.code for r in _regions()}
    labels = {w.id: w.label for w in waves}
    simulated = {w.id: w.simulated for w in waves}
    where = [IndicatorSums.withheld.is_(None)]
    if region is not None:
        where.append(IndicatorSums.region_id == region.id)
    rows = load_rows([resolved.id for resolved in chosen], list(labels), where)
    cells = []
    for resolved in chosen:
        mine = [row for row in rows if row.indicator == resolved.id]
        share = resolved.indicator.is_share
        for figure in figures_from_rows(mine, share, selection.weighted):
            if not figure.published:
                continue
            breakdown = f"{figure.breakdown}:{figure.category}" if figure.breakdown else "total"
            cells.append(
                {
                    "survey": selection.survey.slug,
                    "wave": labels[figure.wave_id],
                    "region": codes.get(figure.region_id),
                    "indicator": resolved.id,
                    "breakdown": breakdown,
                    "value": round(figure.value, 1),
                    "ci_low": round(figure.ci_low, 1),
                    "ci_high": round(figure.ci_high, 1),
                    "n": figure.n,
                    "weighted": selection.weighted,
                    "simulated": simulated[figure.wave_id],
                }
            )
    cells.sort(key=lambda c: (c["indicator"], c["wave"], c["region"] or "", c["breakdown"]))
    notice = simulated_notice() if any(simulated.values()) else None
    if output == "csv":
        rows = [[cell[name] for name in FIELDS] for cell in cells]
        return Response(
            csv_download(list(FIELDS), rows),
            mimetype="text/csv",
            headers={
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": 'attachment; filename="adal-open-data.csv"',
            },
        )
    return jsonify(
        survey=selection.survey.slug,
        weighted=selection.weighted,
        simulated=notice is not None,
        notice=notice,
        methodology=url_for("trends.methodology", _external=True),
        cells=cells,
    )


def _regions():
    from sqlalchemy import select

    from accounts.models import Region
    from extensions import db

    return db.session.execute(select(Region)).scalars().all()


def _in_every_language(text) -> dict:
    """``text()`` (a gettext call) in kk, ru and en."""
    texts = {}
    for language in LANGUAGES:
        with force_locale(language):
            texts[language] = text()
    return texts


@api.get("/indicators/catalog")
def catalog():
    """Every indicator id with its definition in kk, ru and en."""
    weighting = _in_every_language(
        lambda: _(
            "raking to the population by region, sex, age band and settlement; unweighted "
            "figures on request"
        )
    )
    found = []
    for indicator in catalogue():
        found.append(
            {
                "id": indicator.id,
                "sphere": indicator.sphere,
                "measure": indicator.measure,
                "unit": "percent" if indicator.is_share else "index 0-100",
                "better": indicator.better,
                "items": list(indicator.items),
                "constructs": list(indicator.constructs),
                "among": indicator.among,
                "title": indicator.titles,
                "numerator": indicator.numerators,
                "denominator": indicator.denominators,
                "weighting": weighting,
            }
        )
    return jsonify(
        indicators=found,
        region_items=(
            f"{ITEM_PREFIX}<question code>: a question asked in one region only, as the share "
            "answering yes (yes/no questions) or a 0-100 score"
        ),
        methodology=url_for("trends.methodology", _external=True),
    )

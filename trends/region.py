"""A region's page: every indicator over the chosen waves beside the country's, the chosen
indicator by group in the latest wave, its focus sectors and region-specific questions, and (for
analysts and admins) its civil servants' training. The page and its downloads read this one
object, so a download holds exactly the figures the page shows."""

from dataclasses import dataclass, field

from flask import current_app
from flask_babel import lazy_gettext as _l

from accounts.models import Region
from accounts.regions import regions_in_order
from trends import figures
from trends.aggregates import NOT_STATED
from trends.cache import ClosedWave, ensure_sums
from trends.indicators import Resolved, region_notes
from trends.service import Selection, category_choices
from trends.training_figures import TrainingFigure, assigned_modules, training_figures

# The breakdowns the page shows, in its order; the focus sectors are categories of service_used.
BREAKDOWNS = ("respondent_group", "sex", "age_band", "settlement")


@dataclass
class IndicatorRow:
    """One indicator in the region and the country, one Figure (or None) per wave."""

    indicator: Resolved
    cells: list[figures.Figure | None]
    national: list[figures.Figure | None]
    trend: figures.TrendFigure | None
    simulated: bool

    @property
    def own_question(self) -> bool:
        """A question asked in this region only (no national figure to compare with)."""
        return self.indicator.indicator.region is not None


@dataclass
class CategoryRow:
    breakdown: str
    value: str
    label: str
    figure: figures.Figure | None  # the latest wave's


@dataclass
class RegionFigures:
    region: Region
    selection: Selection
    full: bool
    notes: dict
    rows: list[IndicatorRow] = field(default_factory=list)
    breakdowns: list[tuple[str, list[CategoryRow]]] = field(default_factory=list)
    focus: list[CategoryRow] = field(default_factory=list)
    training: list[tuple[ClosedWave | None, TrainingFigure | None]] = field(default_factory=list)

    @property
    def latest(self) -> ClosedWave | None:
        return self.selection.chosen[-1] if self.selection.chosen else None


def region_figures(region: Region, selection: Selection, full: bool) -> RegionFigures:
    """Everything the region's page shows; training only when ``full`` (analysts, admins)."""
    notes = region_notes().get(region.code, {})
    found = RegionFigures(region, selection, full, notes)
    waves = selection.chosen
    if not waves:
        return found
    ensure_sums(selection.survey.id, [wave.id for wave in waves])
    regions = regions_in_order()
    own = [r for r in selection.region_items if r.indicator.region == region.code]
    indicators = selection.indicators + own
    every = figures.many_series(indicators, waves, selection.weighted, None, regions)
    for resolved in indicators:
        data = every[resolved.id]
        found.rows.append(
            IndicatorRow(
                resolved,
                [data.cell(w.id, region.id) for w in waves],
                [data.cell(w.id, figures.NATIONAL) for w in waves],
                data.trends.get(region.id),
                data.simulated,
            )
        )
    by_group = figures.breakdown_figures(selection.indicator, waves, region.id, selection.weighted)

    def latest(breakdown: str, category: str) -> figures.Figure | None:
        return (by_group.get(breakdown, {}).get(category) or [None])[-1]

    for breakdown in BREAKDOWNS:
        choices = category_choices(breakdown)
        rows = [CategoryRow(breakdown, v, label, latest(breakdown, v)) for v, label in choices]
        not_stated = latest(breakdown, NOT_STATED)
        if not_stated is not None:
            rows.append(CategoryRow(breakdown, NOT_STATED, str(_l("Not stated")), not_stated))
        found.breakdowns.append((breakdown, rows))
    services = dict(category_choices("service_used"))
    found.focus = [
        CategoryRow("service_used", code, services.get(code, code), latest("service_used", code))
        for code in notes.get("services", ())
    ]
    if full:
        minimum = current_app.config["TRENDS_MIN_RESPONSES"]
        assigned = assigned_modules()

        def period(start, end):
            return training_figures(start, end, minimum, assigned).get(region.id)

        found.training = [(w, period(w.opens_at, w.closes_at)) for w in waves]
        found.training.append((None, period(waves[0].opens_at, waves[-1].closes_at)))
    return found

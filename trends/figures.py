"""Figures from stored sums: estimates with CIs, withheld cells, changes with FDR, trends.

Every page, download and API answer takes its numbers from here, so the same rules hold
everywhere: a withheld cell (trends.suppression) never carries a number; a change since the
previous wave is called significant only when its Benjamini-Hochberg q across the regions (and
the country) is below 0.05; a trend likewise, and only when the waves are enough for the
Mann-Kendall test to be able to reach significance at all (trends.stats.trend's note).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from sqlalchemy import select

from accounts.models import Region
from accounts.regions import regions_in_order
from extensions import db
from trends import stats
from trends.cache import ClosedWave
from trends.indicators import Resolved
from trends.models import IndicatorSums, WaveFigures, WaveWeighting

ALPHA = 0.05
NATIONAL = None  # the region of the country's figures


@dataclass
class Figure:
    """One cell: a wave × region (None: the country) × breakdown category."""

    wave_id: int
    region_id: int | None
    breakdown: str
    category: str
    n: int
    withheld: str | None
    value: float | None = None
    se: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    deff: float | None = None  # Kish's design effect of the cell's weights
    change: "Change | None" = None  # since the previous wave shown

    @property
    def published(self) -> bool:
        return self.withheld is None and self.value is not None


@dataclass
class Change:
    diff: float
    p: float
    q: float | None = None

    @property
    def significant(self) -> bool:
        return self.q is not None and self.q < ALPHA


@dataclass
class TrendFigure:
    waves: int
    slope: float | None = None  # per wave, in the indicator's unit
    p: float | None = None
    q: float | None = None
    can_reach: bool = True
    note: str | None = None  # why no trend is tested: "too_few_waves" | "withheld" | "mann_kendall"
    min_p: float | None = None

    @property
    def significant(self) -> bool:
        return self.can_reach and self.q is not None and self.q < ALPHA


@dataclass
class WaveNote:
    wave: ClosedWave
    responses: int = 0
    design_effect: float | None = None
    problem: str | None = None
    alpha: float | None = None


@dataclass
class Series:
    """An indicator over waves and regions: what the dashboard, exports and API show."""

    indicator: Resolved
    waves: list[ClosedWave]
    regions: list[Region]
    weighted: bool
    cells: dict[tuple[int, int | None], Figure] = field(default_factory=dict)
    trends: dict[int | None, TrendFigure] = field(default_factory=dict)

    @cached_property
    def notes(self) -> list[WaveNote]:
        """Responses, design effect and alpha per wave (read when a page shows them)."""
        return wave_notes(self.waves, self.indicator.id)

    @property
    def simulated(self) -> bool:
        return any(wave.simulated for wave in self.waves)

    def cell(self, wave_id: int, region_id: int | None) -> Figure | None:
        return self.cells.get((wave_id, region_id))


# ---------------------------------------------------------------- sums -> figures


def figures_from_rows(rows, share: bool, weighted: bool) -> list[Figure]:
    """A Figure per IndicatorSums row; withheld rows get no number at all."""
    if not rows:
        return []
    n = np.array([r.n for r in rows], dtype=np.int64)
    sy = np.array([r.sy for r in rows])
    syy = np.array([r.syy for r in rows])
    if weighted:
        sw, swy, sww, swwy, swwyy = (
            np.array([getattr(r, name) for r in rows])
            for name in ("sw", "swy", "sww", "swwy", "swwyy")
        )
    else:
        sw, swy, sww, swwy, swwyy = n.astype(float), sy, n.astype(float), sy, syy
    sums = stats.CellSums(n=n, w=sw, wy=swy, ww=sww, wwy=swwy, wwyy=swwyy)
    with np.errstate(divide="ignore", invalid="ignore"):
        est = stats.weighted_means_from_sums(sums, 1, n, lonely="certainty")
        low, high = est.ci_low, est.ci_high
        if share:
            low, high = stats.proportion_intervals(est.value, est.se, n, est.df)
        deff = n * sww / (sw * sw)
    scale = 100.0 if share else 1.0
    figures = []
    for i, row in enumerate(rows):
        figure = Figure(row.wave_id, row.region_id, row.breakdown, row.category, int(n[i]),
                        row.withheld)  # fmt: skip
        if row.withheld is None and np.isfinite(est.value[i]):
            figure.value = float(est.value[i]) * scale
            figure.se = float(est.se[i]) * scale
            figure.ci_low = max(float(low[i]) * scale, 0.0)
            figure.ci_high = min(float(high[i]) * scale, 100.0)
            figure.deff = float(deff[i]) if weighted else 1.0
        figures.append(figure)
    return figures


def load_rows(indicator_ids: list[str], wave_ids: list[int], where=()):
    """The stored sums of these indicators and waves, as rows (not ORM objects: read only)."""
    return db.session.execute(
        select(*IndicatorSums.__table__.columns).where(
            IndicatorSums.indicator.in_(indicator_ids), IndicatorSums.wave_id.in_(wave_ids), *where
        )
    ).all()


def add_changes(figures: dict[tuple, Figure], wave_ids: list[int], keys: list) -> None:
    """Change since the previous wave for every key (region), FDR across keys per wave pair."""
    for before, after in zip(wave_ids, wave_ids[1:], strict=False):
        pairs = []
        for key in keys:
            first, second = figures.get((before, *key)), figures.get((after, *key))
            if first is not None and second is not None and first.published and second.published:
                pairs.append((first, second))
        if not pairs:
            continue
        a = np.array([[f.value, f.se] for f, _ in pairs])
        b = np.array([[f.value, f.se] for _, f in pairs])
        result = stats.changes(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
        q = stats.fdr(result.p)
        for index, (_first, second) in enumerate(pairs):
            second.change = Change(
                float(result.diff[index]), float(result.p[index]), float(q[index])
            )


def trend_figures(figures: dict[tuple, Figure], wave_ids: list[int], keys: list) -> dict:
    """Slope per wave (inverse-variance WLS) of every key, FDR across the keys tested."""
    found: dict = {}
    testable = []
    for key in keys:
        cells = [figures.get((wave_id, *key)) for wave_id in wave_ids]
        trend = TrendFigure(len(wave_ids))
        found[key] = trend
        if len(wave_ids) < 3:
            trend.note = "too_few_waves"
        elif not all(c is not None and c.published and c.se > 0 for c in cells):
            trend.note = "withheld"
        else:
            testable.append((key, [c.value for c in cells], [c.se for c in cells]))
    if testable:
        values = np.array([t[1] for t in testable])
        ses = np.array([t[2] for t in testable])
        result = stats.trends(np.arange(len(wave_ids), dtype=float), values, ses)
        q = stats.fdr(result.slope_p)
        for index, (key, _v, _s) in enumerate(testable):
            trend = found[key]
            trend.slope = float(result.slope[index])
            trend.p = float(result.slope_p[index])
            trend.q = float(q[index])
            trend.can_reach = result.can_reach_significance
            trend.min_p = result.min_tau_p
            if not result.can_reach_significance:
                trend.note = "mann_kendall"
    return found


def wave_notes(waves: list[ClosedWave], indicator_id: str) -> list[WaveNote]:
    ids = [wave.id for wave in waves]
    weighting = {
        w.wave_id: w
        for w in db.session.execute(
            select(WaveWeighting).where(WaveWeighting.wave_id.in_(ids))
        ).scalars()
    }
    figures = {
        f.wave_id: f
        for f in db.session.execute(
            select(WaveFigures).where(WaveFigures.wave_id.in_(ids))
        ).scalars()
    }
    notes = []
    for wave in waves:
        note = WaveNote(wave)
        if wave.id in weighting:
            w = weighting[wave.id]
            note.responses, note.design_effect, note.problem = (
                w.responses,
                w.design_effect,
                w.problem,
            )
        if wave.id in figures:
            note.alpha = (figures[wave.id].alphas or {}).get(indicator_id)
        notes.append(note)
    return notes


def series(
    indicator: Resolved,
    waves: list[ClosedWave],
    weighted: bool = True,
    group: str | None = None,
    regions: list[Region] | None = None,
) -> Series:
    """The indicator in every region and the country, wave by wave (a group's respondents only,
    when ``group`` names one), with changes and trends."""
    return many_series([indicator], waves, weighted, group, regions)[indicator.id]


def many_series(
    indicators: list[Resolved],
    waves: list[ClosedWave],
    weighted: bool = True,
    group: str | None = None,
    regions: list[Region] | None = None,
) -> dict[str, Series]:
    """series() of several indicators, their stored sums read in one query."""
    regions = regions if regions is not None else regions_in_order()
    breakdown, category = ("respondent_group", group) if group else ("", "")
    wave_ids = [w.id for w in waves]
    rows = load_rows(
        [r.id for r in indicators],
        wave_ids,
        (IndicatorSums.breakdown == breakdown, IndicatorSums.category == category),
    )
    by_indicator = defaultdict(list)
    for row in rows:
        by_indicator[row.indicator].append(row)
    keys = [(r.id,) for r in regions] + [(NATIONAL,)]
    found = {}
    for indicator in indicators:
        result = Series(indicator, waves, regions, weighted)
        share = indicator.indicator.is_share
        for figure in figures_from_rows(by_indicator[indicator.id], share, weighted):
            result.cells[(figure.wave_id, figure.region_id)] = figure
        add_changes(result.cells, wave_ids, keys)
        trends = trend_figures(result.cells, wave_ids, keys)
        result.trends = {key[0]: trend for key, trend in trends.items()}
        found[indicator.id] = result
    return found


def breakdown_figures(
    indicator: Resolved, waves: list[ClosedWave], region_id: int | None, weighted: bool = True
) -> dict[str, dict[str, list[Figure]]]:
    """A region's (or the country's) figures by every breakdown: breakdown -> category -> one
    Figure per wave (None where the wave has no such respondents)."""
    where = [IndicatorSums.breakdown != ""]
    where.append(
        IndicatorSums.region_id.is_(None)
        if region_id is None
        else IndicatorSums.region_id == region_id
    )
    rows = load_rows([indicator.id], [w.id for w in waves], where)
    found: dict[str, dict[str, dict[int, Figure]]] = defaultdict(lambda: defaultdict(dict))
    for figure in figures_from_rows(rows, indicator.indicator.is_share, weighted):
        found[figure.breakdown][figure.category][figure.wave_id] = figure
    return {
        breakdown: {
            category: [by_wave.get(w.id) for w in waves] for category, by_wave in categories.items()
        }
        for breakdown, categories in found.items()
    }


def value_bins(values: list[float], count: int = 5) -> list[tuple[float, float]]:
    """Equal-width classes over the values shown (for the map's shades)."""
    if not values:
        return []
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return [(low, high)]
    edges = np.linspace(low, high, count + 1)
    return [(float(edges[i]), float(edges[i + 1])) for i in range(count)]


def bin_of(value: float, bins: list[tuple[float, float]]) -> int:
    for index, (_low, high) in enumerate(bins):
        if value <= high + 1e-9:
            return index
    return len(bins) - 1

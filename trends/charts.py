"""Geometry of the server-drawn SVG charts; templates/trends/_charts.html draws them.

The map is a tile grid: one tile per region, placed roughly where the region lies. Line charts
are small multiples on one scale: a region's line with its 95% CI band, the country's line
dashed beside it. Numbers are written on the charts; shades and line styles only repeat them.
"""

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

# (column, row) of each region's tile: west to east, north to south.
TILES = {
    "KZ-27": (1, 0), "KZ-39": (3, 0), "KZ-59": (4, 0), "KZ-55": (5, 0),
    "KZ-23": (0, 1), "KZ-15": (1, 1), "KZ-11": (3, 1), "KZ-71": (4, 1), "KZ-63": (6, 1),
    "KZ-47": (0, 2), "KZ-43": (2, 2), "KZ-62": (3, 2), "KZ-35": (4, 2), "KZ-10": (5, 2),
    "KZ-61": (2, 3), "KZ-79": (3, 3), "KZ-31": (4, 3), "KZ-19": (5, 3), "KZ-33": (6, 3),
    "KZ-75": (5, 4),
}  # fmt: skip
TILE_W, TILE_H, GAP = 132, 88, 6
MAP_COLUMNS, MAP_ROWS = 7, 5
# Words naming a region's kind, left off a tile (the full name is in its label and the table).
KIND_WORDS = ("облысы", "область", "Region", "region")


@dataclass
class Tile:
    region: object
    x: int
    y: int
    name_lines: list[str]
    figure: object | None
    shade: int | None  # None: no published figure


def short_name(name: str, keep_kind: bool = False) -> list[str]:
    """A region's name without its kind (unless ``keep_kind``), on one or two lines of a tile."""
    words = [w for w in name.split() if keep_kind or w not in KIND_WORDS]
    text = " ".join(words) or name
    if len(text) <= 13:
        return [text]
    for separator in (" ", "-"):
        if separator in text:
            head, _, tail = text.rpartition(separator)
            return [head + ("-" if separator == "-" else ""), tail]
    return [text]


def map_tiles(regions, figures: dict, shade_of) -> list[Tile]:
    """Tiles of the regions on the grid; ``figures`` by region id, ``shade_of(value)``."""
    tiles = []
    # Almaty the city and Almaty Region would read alike without their kind.
    shared = Counter(tuple(short_name(region.name)) for region in regions)
    for region in regions:
        name = short_name(region.name)
        if shared[tuple(name)] > 1:
            name = short_name(region.name, keep_kind=True)
        column, row = TILES.get(region.code, (0, MAP_ROWS - 1))
        figure = figures.get(region.id)
        shade = shade_of(figure.value) if figure is not None and figure.published else None
        tiles.append(
            Tile(region, column * (TILE_W + GAP), row * (TILE_H + GAP),
                 name, figure, shade)
        )  # fmt: skip
    return tiles


MAP_WIDTH = MAP_COLUMNS * (TILE_W + GAP) - GAP
MAP_HEIGHT = MAP_ROWS * (TILE_H + GAP) - GAP


@dataclass
class LineChart:
    width: int
    height: int
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    x_labels: list[tuple[float, str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # polyline points, one per unbroken run
    bands: list[str] = field(default_factory=list)  # polygon points of the CI band
    reference: list[str] = field(default_factory=list)  # the country's line
    points: list[tuple[float, float]] = field(default_factory=list)
    left: int = 40
    bottom: int = 22


def value_range(figures) -> tuple[float, float]:
    """A common y range for charts of these figures: their CIs, widened a little."""
    lows = [f.ci_low for f in figures if f is not None and f.published]
    highs = [f.ci_high for f in figures if f is not None and f.published]
    if not lows:
        return 0.0, 100.0
    low, high = min(lows), max(highs)
    pad = max((high - low) * 0.1, 1.0)
    return max(0.0, np.floor(low - pad)), min(100.0, np.ceil(high + pad))


def _runs(points):
    """Unbroken runs of points (None breaks a line where a figure is withheld)."""
    run, runs = [], []
    for point in points:
        if point is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(point)
    if run:
        runs.append(run)
    return runs


def line_chart(
    figures, reference, wave_labels, y_range, number, width=300, height=150
) -> LineChart:
    """A chart of one series of Figures (None or withheld: a gap) over the waves.

    ``number`` formats a value for the axis (the page's decimal comma).
    """
    chart = LineChart(width, height)
    low, high = y_range
    plot_w, plot_h = width - chart.left - 8, height - chart.bottom - 8
    count = len(wave_labels)

    def x(index):
        return chart.left + (plot_w * index / (count - 1) if count > 1 else plot_w / 2)

    def y(value):
        return 8 + plot_h * (1 - (value - low) / ((high - low) or 1))

    for tick in np.linspace(low, high, 3):
        chart.y_ticks.append((round(y(tick), 1), number(float(tick))))
    chart.x_labels = [(round(x(0), 1), wave_labels[0])]
    if count > 1:
        chart.x_labels.append((round(x(count - 1), 1), wave_labels[-1]))

    def published(f):
        return f is not None and f.published

    centre = [(x(i), y(f.value)) if published(f) else None for i, f in enumerate(figures)]
    chart.lines = [" ".join(f"{a:.1f},{b:.1f}" for a, b in run) for run in _runs(centre)]
    chart.points = [(round(p[0], 1), round(p[1], 1)) for p in centre if p is not None]
    for run in _runs([(i, f) if published(f) else None for i, f in enumerate(figures)]):
        upper = [f"{x(i):.1f},{y(f.ci_high):.1f}" for i, f in run]
        lower = [f"{x(i):.1f},{y(f.ci_low):.1f}" for i, f in reversed(run)]
        chart.bands.append(" ".join(upper + lower))
    if reference is not None:
        line = [(x(i), y(f.value)) if published(f) else None for i, f in enumerate(reference)]
        chart.reference = [" ".join(f"{a:.1f},{b:.1f}" for a, b in run) for run in _runs(line)]
    return chart

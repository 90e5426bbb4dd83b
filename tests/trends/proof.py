"""The statistics proof, shared by the end-to-end test (sums from SQL) and the power test (sums
from arrays of the same generator): sums per region × wave → estimates → change and trend tests
per region → FDR across regions, for each indicator.

Tests per region and indicator:
- ``change``: the waves from the charter wave on against the waves before, pooled (each wave
  a stratum), independent samples;
- ``trend``: slope over the waves by inverse-variance WLS (a region with a wave without
  variance is not tested: its p is 1).
"""

from dataclasses import dataclass

import numpy as np

from simulation.effects import KNOWN_EFFECTS, charter_wave
from surveys.instrument import LIKERT_POINTS
from surveys.models import QuestionType
from trends import stats

TESTS = ("change", "trend")
SCALE_TYPES = {QuestionType.LIKERT5, QuestionType.LIKERT7, QuestionType.YESNO}


@dataclass(frozen=True)
class Indicator:
    name: str
    construct: str | None = None  # a 0-100 index of the construct's scale questions
    codes: tuple[str, ...] = ()  # or the share answering yes to any of these
    contact_only: bool = False  # among people in contact with officials (SDG 16.5.1)


INDICATORS = (
    Indicator("trust", construct="trust"),
    Indicator("public_control", construct="public_control"),
    Indicator("service_quality", construct="service_quality"),
    Indicator("tolerance", construct="tolerance"),
    Indicator("awareness", construct="awareness"),
    Indicator("sdg_16_5_1", codes=("exp_asked", "exp_gave"), contact_only=True),
    Indicator("atr_fishing_informal", codes=("atr_fishing_informal",)),
)
BY_TARGET = {i.construct or i.codes[0]: i.name for i in INDICATORS}


def index_items(questions, construct: str):
    """The scale questions of a construct: likert and yes/no."""
    return [q for q in questions if q.construct == construct and q.type in SCALE_TYPES]


def scale(question) -> tuple[float, float]:
    if question.type in LIKERT_POINTS:
        return 1.0, float(LIKERT_POINTS[question.type])
    return 0.0, 1.0


@dataclass
class Sums:
    """Per region × wave: n, Σw, Σwy, Σw², Σw²y, Σw²y² (arrays regions × waves)."""

    n: np.ndarray
    w: np.ndarray
    wy: np.ndarray
    ww: np.ndarray
    wwy: np.ndarray
    wwyy: np.ndarray

    @classmethod
    def empty(cls, regions: int, waves: int) -> "Sums":
        return cls(*(np.zeros((regions, waves)) for _ in range(6)))

    @classmethod
    def of_arrays(cls, y, w, region, wave, regions: int, waves: int) -> "Sums":
        ok = ~np.isnan(y)
        cells = stats.cell_sums(y[ok], w[ok], region[ok] * waves + wave[ok], regions * waves, 0.0)
        return cls(
            *(np.asarray(getattr(cells, f), dtype=np.float64).reshape(regions, waves)
              for f in ("n", "w", "wy", "ww", "wwy", "wwyy"))
        )  # fmt: skip

    def take(self, rows: np.ndarray) -> "Sums":
        return Sums(*(getattr(self, f)[rows] for f in ("n", "w", "wy", "ww", "wwy", "wwyy")))

    def add(self, region: int, wave: int, row) -> None:
        for name, value in zip(("n", "w", "wy", "ww", "wwy", "wwyy"), row, strict=True):
            getattr(self, name)[region, wave] += float(value)

    def estimates(self, waves: slice = slice(None)) -> stats.GroupedEstimates:
        """One estimate per region of the chosen waves pooled, each wave a stratum."""
        part = {f: getattr(self, f)[:, waves] for f in ("n", "w", "wy", "ww", "wwy", "wwyy")}
        strata = part["n"].shape[1]
        cells = stats.CellSums(
            n=part["n"].reshape(-1).astype(np.int64),
            **{f: part[f].reshape(-1) for f in ("w", "wy", "ww", "wwy", "wwyy")},
        )
        return stats.weighted_means_from_sums(cells, strata, cells.n, lonely="certainty")


def findings(sums: Sums, waves: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per test: (the change or slope per region, its FDR q-value across regions).

    Only regions with answers in every wave are tested; the others get NaN.
    """
    present = (sums.n > 0).all(axis=1)
    nothing = np.full(len(present), np.nan)
    results = {test: (nothing.copy(), nothing.copy()) for test in TESTS}
    if not present.any():
        return results
    sums = sums.take(present)
    split = charter_wave(waves)
    before, after = sums.estimates(slice(0, split)), sums.estimates(slice(split, None))
    change = stats.changes(before.value, before.se, after.value, after.se)
    per_wave = [sums.estimates(slice(w, w + 1)) for w in range(waves)]
    values = np.column_stack([e.value for e in per_wave])
    ses = np.column_stack([e.se for e in per_wave])
    testable = (ses > 0).all(axis=1)
    slope, slope_p = np.zeros(len(values)), np.ones(len(values))
    if testable.any():
        trend = stats.trends(np.arange(waves), values[testable], ses[testable])
        slope[testable], slope_p[testable] = trend.slope, trend.slope_p
    for test, (estimate, p) in (("change", (change.diff, change.p)), ("trend", (slope, slope_p))):
        results[test][0][present] = estimate
        results[test][1][present] = stats.fdr(p)
    return results


def effect_test(effect) -> str:
    return "change" if effect.shape == "step" else "trend"


def detected(results: dict, regions: tuple[str, ...]) -> dict:
    """For each known effect: found (q < 0.05) with the right sign?"""
    found = {}
    for effect in KNOWN_EFFECTS:
        estimate, q = results[BY_TARGET[effect.target]][effect_test(effect)]
        at = regions.index(effect.region)
        found[effect] = bool(q[at] < 0.05 and np.sign(estimate[at]) == effect.sign)
    return found


def false_alarms(results: dict, regions: tuple[str, ...]) -> tuple[int, int]:
    """(flagged, tested) over flat region × indicator × test cells: no effect put there."""
    flagged = tested = 0
    for name, by_test in results.items():
        touched = {e.region for e in KNOWN_EFFECTS if BY_TARGET[e.target] == name}
        for _test, (_estimate, q) in by_test.items():
            for at, region in enumerate(regions):
                if region in touched or np.isnan(q[at]):
                    continue
                tested += 1
                flagged += int(q[at] < 0.05)
    return flagged, tested


# ------------------------------------------------------------------ in memory


def respondents(plan) -> dict[str, np.ndarray]:
    """Every simulated respondent of a plan as columns, without the database."""
    from simulation.surveys import blocks

    parts: dict[str, list] = {}
    for block in blocks(plan):
        columns = {
            "region": np.full(block.size, plan.regions.index(block.region)),
            "wave": np.full(block.size, block.wave),
            **block.profile,
            **block.answers,
        }
        for name, column in columns.items():
            parts.setdefault(name, []).append(column)
    return {name: np.concatenate(column) for name, column in parts.items()}


def indicator_values(indicator: Indicator, questions, columns: dict) -> np.ndarray:
    """Each respondent's value of the indicator (NaN: not part of it)."""
    if indicator.construct is not None:
        items = index_items(questions, indicator.construct)
        matrix = np.column_stack([columns[q.code] for q in items])
        lows, highs = zip(*(scale(q) for q in items), strict=True)
        reverse = [i for i, q in enumerate(items) if q.reverse_scored]
        values = stats.index_score(matrix, lows, highs, np.array(reverse, dtype=np.intp))
    else:
        values = np.fmax.reduce([columns[code] for code in indicator.codes])
    if indicator.contact_only:
        contact = (columns["service_used"] != "none") & (columns["service_used"] != None)  # noqa: E711
        values = np.where(contact, values, np.nan)
    return values


def raked_weights(plan, columns: dict) -> np.ndarray:
    from trends.weights import RAKING_VARIABLES, rake_to_margins

    margins = {v: plan.population.margin(v) for v in RAKING_VARIABLES}
    region_codes = np.array(plan.regions, dtype=object)[columns["region"]]
    weights = np.empty(len(region_codes))
    for wave in range(plan.waves):
        rows = columns["wave"] == wave
        labels = {"region": region_codes[rows]}
        labels.update({v: columns[v][rows] for v in RAKING_VARIABLES[1:]})
        weights[rows] = rake_to_margins(labels, margins)
    return weights


def memory_results(plan) -> dict:
    """findings() for every indicator, from the generator's arrays, raked per wave."""
    columns = respondents(plan)
    weights = raked_weights(plan, columns)
    results = {}
    for indicator in INDICATORS:
        if not all(code in columns for code in indicator.codes):
            continue
        y = indicator_values(indicator, plan.questions, columns)
        sums = Sums.of_arrays(
            y, weights, columns["region"], columns["wave"], len(plan.regions), plan.waves
        )
        results[indicator.name] = findings(sums, plan.waves)
    return results

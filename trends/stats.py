"""Survey-grade statistics over numpy arrays (no Flask, no database).

Design-based estimates follow R's survey package for ``svydesign(ids=~1, strata=~s,
weights=~w)``: one-stage, with replacement, Taylor linearisation. docs/statistics.md maps
every function to its R or scipy counterpart.

Bad input (empty or ragged arrays, NaN, non-positive weights, one-respondent strata under
the default ``lonely="fail"``) raises ``ValueError`` rather than producing a NaN.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from scipy import special
from scipy import stats as sps

__all__ = [
    "CellSums",
    "Change",
    "Estimate",
    "GroupedEstimates",
    "Lonely",
    "PairedGain",
    "Suppression",
    "Trend",
    "cell_sums",
    "code_tables",
    "change",
    "changes",
    "coded_cell_sums",
    "cronbach_alpha",
    "cronbach_alpha_from_sums",
    "domain_means",
    "fdr",
    "grouped_coded_means",
    "grouped_weighted_means",
    "index_score",
    "paired_gain",
    "proportion",
    "proportion_intervals",
    "rake",
    "suppressed",
    "trend",
    "trends",
    "weighted_mean",
    "weighted_means_from_sums",
]

Lonely = Literal["fail", "remove", "certainty", "adjust", "average"]
_LONELY = ("fail", "remove", "certainty", "adjust", "average")
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Estimate:
    """One estimate: value, standard error, confidence interval, unweighted n, df."""

    value: float
    se: float
    ci_low: float
    ci_high: float
    n: int
    df: int


@dataclass(frozen=True)
class GroupedEstimates:
    """Estimates for many groups; arrays end in the group axis (items may lead)."""

    labels: list[Any]
    value: FloatArray
    se: FloatArray
    ci_low: FloatArray
    ci_high: FloatArray
    n: IntArray
    df: IntArray

    def estimate(self, index: int | tuple[int, ...]) -> Estimate:
        """The estimate at ``index`` (a group position, or (item, group))."""
        return Estimate(
            value=float(self.value[index]),
            se=float(self.se[index]),
            ci_low=float(self.ci_low[index]),
            ci_high=float(self.ci_high[index]),
            n=int(self.n[index]),
            df=int(self.df[index]),
        )

    def as_dict(self) -> dict[Any, Estimate]:
        """Label -> Estimate, for a 1-D (single-item) result."""
        if self.value.ndim != 1:
            raise ValueError("as_dict needs a single-item result; use estimate((item, group))")
        return {label: self.estimate(i) for i, label in enumerate(self.labels)}


@dataclass(frozen=True)
class Change:
    """Difference b - a between independent estimates; floats, or arrays from changes()."""

    diff: Any
    se: Any
    ci_low: Any
    ci_high: Any
    z: Any
    p: Any


@dataclass(frozen=True)
class Trend:
    """Trend over waves; floats from trend(), arrays (one per series) from trends()."""

    n_waves: int
    slope: Any
    slope_se: Any
    slope_p: Any
    tau: Any
    tau_p: Any
    theil_sen_slope: Any
    min_tau_p: float
    can_reach_significance: bool
    note: str | None


@dataclass(frozen=True)
class PairedGain:
    """Pre/post comparison of the same respondents."""

    n: int
    mean_pre: float
    mean_post: float
    mean_gain: float
    hake_gain: float | None
    wilcoxon_stat: float
    wilcoxon_p: float
    effect_r: float


@dataclass(frozen=True)
class Suppression:
    """Whether a figure must be withheld, and the reasons a page can show."""

    suppress: bool
    reasons: tuple[str, ...]
    rse: float | None

    @property
    def reason(self) -> str | None:
        """Reasons joined for display, or None when the figure may be published."""
        return "; ".join(self.reasons) or None


@dataclass(frozen=True)
class CellSums:
    """Per-cell sums that a linearised weighted mean needs (y already shifted).

    Cells are laid out group-major: cell = group * n_strata + stratum. Arrays end in
    the cell axis; a leading item axis is allowed.
    """

    n: npt.NDArray[np.int64]
    w: FloatArray
    wy: FloatArray
    ww: FloatArray
    wwy: FloatArray
    wwyy: FloatArray


# ---------------------------------------------------------------- validation


def _floats(name: str, x: npt.ArrayLike, ndim: int = 1, allow_nan: bool = False) -> FloatArray:
    try:
        arr = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be numeric: {exc}") from None
    if arr.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-dimensional, got shape {arr.shape}")
    if arr.size == 0:
        raise ValueError(f"{name} is empty")
    bad = np.isinf(arr) if allow_nan else ~np.isfinite(arr)
    if bad.any():
        where = np.argwhere(bad)[0].tolist()
        raise ValueError(f"{name} has a NaN or infinite value at index {where}")
    return arr


def _weights(w: npt.ArrayLike, n: int) -> FloatArray:
    arr = _floats("w", w)
    _same_length(n, w=arr)
    if (arr <= 0).any():
        raise ValueError(f"w must be positive; index {int(np.argmax(arr <= 0))} is {arr.min()}")
    return arr


def _same_length(n: int, **arrays: np.ndarray) -> None:
    for name, arr in arrays.items():
        if arr.shape[-1] != n:
            raise ValueError(f"{name} has length {arr.shape[-1]}, expected {n}")


def _level(level: float) -> float:
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be between 0 and 1, got {level}")
    return level


def _encode(name: str, labels: npt.ArrayLike, n: int) -> tuple[IntArray, list[Any]]:
    """Map labels to codes 0..k-1 (sorted labels); small non-negative ints skip the sort."""
    arr = np.asarray(labels)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be 1-dimensional, got shape {arr.shape}")
    _same_length(n, **{name: arr})
    if arr.dtype.kind in "iu" and arr.min() >= 0 and arr.max() <= 4 * n + 1024:
        # bincount-based coding is O(n) where np.unique would sort
        present = np.bincount(arr) > 0
        if present.all():  # already codes 0..k-1
            return arr.astype(np.intp, copy=False), list(range(len(present)))
        lookup = np.cumsum(present) - 1
        return lookup[arr].astype(np.intp, copy=False), np.flatnonzero(present).tolist()
    if arr.dtype.kind == "f" and not np.isfinite(arr).all():
        raise ValueError(f"{name} has a NaN or infinite label")
    if arr.dtype.kind == "O" and any(v is None or v != v for v in arr.tolist()):
        raise ValueError(f"{name} has a missing (None/NaN) label")
    try:
        uniques, codes = np.unique(arr, return_inverse=True)
    except TypeError as exc:
        raise ValueError(f"{name} labels cannot be ordered: {exc}") from None
    return codes.astype(np.intp, copy=False), uniques.tolist()


# ---------------------------------------------------------------- design layout


@dataclass(frozen=True)
class _Layout:
    """Respondents mapped to cells = group x stratum, and each cell's design stratum size."""

    cell: IntArray
    labels: list[Any]
    strata_labels: list[Any]
    count: npt.NDArray[np.int64]
    design_n: npt.NDArray[np.int64]

    @property
    def n_groups(self) -> int:
        return len(self.labels)

    @property
    def n_strata(self) -> int:
        return len(self.strata_labels)

    @property
    def n_cells(self) -> int:
        return self.n_groups * self.n_strata


def _layout(
    n: int, group: npt.ArrayLike | None, strata: npt.ArrayLike | None, domains: bool
) -> _Layout:
    """Cells for separate samples per group, or (domains=True) domains of one design."""
    if group is None:
        gcode, glabels = np.zeros(n, dtype=np.intp), [None]
    else:
        gcode, glabels = _encode("domain" if domains else "group", group, n)
    if strata is None:
        hcode, hlabels = np.zeros(n, dtype=np.intp), [None]
    else:
        hcode, hlabels = _encode("strata", strata, n)
    n_strata = len(hlabels)
    cell = gcode * n_strata + hcode
    counts = np.bincount(cell, minlength=len(glabels) * n_strata)
    # a domain's strata keep every respondent of the design; a separate sample only its own
    design_n = np.tile(np.bincount(hcode, minlength=n_strata), len(glabels)) if domains else counts
    return _Layout(cell, glabels, hlabels, counts, design_n)


# ---------------------------------------------------------------- sums -> estimates


def cell_sums(
    y: FloatArray, w: FloatArray, cell: IntArray, n_cells: int, shift: float | FloatArray
) -> CellSums:
    """Grouped sums of y - shift by np.bincount; y 1-D or items x respondents, shift per cell."""
    rows = np.atleast_2d(y)
    shifts = np.broadcast_to(shift, (len(rows), n_cells))
    ww = w * w

    def row_sums(row: FloatArray, s: FloatArray) -> list[FloatArray]:
        yc = row - s[cell]
        wyc = w * yc
        return [np.bincount(cell, v, n_cells) for v in (wyc, ww * yc, wyc * wyc)]

    per_row = np.array([row_sums(r, s) for r, s in zip(rows, shifts, strict=True)])
    wy, wwy, wwyy = (per_row[:, i].reshape(*np.shape(y)[:-1], n_cells) for i in range(3))
    return CellSums(
        n=np.bincount(cell, minlength=n_cells),
        w=np.bincount(cell, w, n_cells),
        wy=wy,
        ww=np.bincount(cell, ww, n_cells),
        wwy=wwy,
        wwyy=wwyy,
    )


def code_tables(
    codes: npt.NDArray[np.integer],
    n_values: int,
    w: FloatArray,
    cell: IntArray,
    n_cells: int,
    max_bins: int = 1 << 16,
) -> tuple[FloatArray, FloatArray]:
    """Sum of w and of w**2 per cell and answer code: arrays (..., n_cells, n_values).

    Several items share one index (cell, code_1, code_2, ...), so one bincount pass over
    the respondents serves them all; each item's table is then summed out of the joint one.
    """
    rows = np.atleast_2d(codes)
    pack = max(1, int(math.log(max_bins / n_cells, n_values) + 1e-9))
    ww = w * w
    index = np.empty_like(cell)  # reused: a fresh 8 MB array per pass costs page faults
    t_w, t_ww = [], []
    for start in range(0, len(rows), pack):
        chunk = rows[start : start + pack]
        np.copyto(index, cell)
        for row in chunk:  # Horner: index = (cell * k + code_1) * k + code_2 ...
            index *= n_values
            index += row
        shape = (n_cells, *[n_values] * len(chunk))
        for out, v in ((t_w, w), (t_ww, ww)):
            joint = np.bincount(index, v, math.prod(shape)).reshape(shape)
            out.extend(
                joint.sum(axis=tuple(a for a in range(1, len(shape)) if a != m + 1))
                for m in range(len(chunk))
            )
    shape = (*np.shape(codes)[:-1], n_cells, n_values)
    return np.array(t_w).reshape(shape), np.array(t_ww).reshape(shape)


def coded_cell_sums(
    tables: tuple[FloatArray, FloatArray],
    values: FloatArray,
    count: npt.NDArray[np.int64],
    shift: float | FloatArray,
) -> CellSums:
    """The sums of cell_sums for y = values[codes], from code_tables().

    Two weighted bincounts per item (w and w**2) replace five: every power of y is a
    function of the answer code, and the shift costs nothing here.
    """
    t_w, t_ww = tables
    yc = values - np.asarray(shift, dtype=np.float64)[..., None]
    return CellSums(
        n=count,
        w=t_w.sum(axis=-1),
        wy=(t_w * yc).sum(axis=-1),
        ww=t_ww.sum(axis=-1),
        wwy=(t_ww * yc).sum(axis=-1),
        wwyy=(t_ww * yc * yc).sum(axis=-1),
    )


def _by_group(x: np.ndarray, n_strata: int) -> np.ndarray:
    """Sum the strata of each group (cells are group-major)."""
    return x.reshape(*x.shape[:-1], -1, n_strata).sum(axis=-1)


def _t_interval(
    value: FloatArray, se: FloatArray, df: npt.NDArray[np.integer], level: float
) -> tuple[FloatArray, FloatArray]:
    """value -/+ t(df) * se; no degrees of freedom left means an unbounded interval."""
    ok = df > 0
    q = sps.t.ppf(0.5 + level / 2, np.where(ok, df, 1))
    half = np.where(ok, q * se, np.inf)
    return value - half, value + half


def weighted_means_from_sums(
    sums: CellSums,
    n_strata: int,
    design_n: npt.NDArray[np.integer],
    shift: float | FloatArray = 0.0,
    *,
    labels: list[Any] | None = None,
    strata_labels: list[Any] | None = None,
    lonely: Lonely = "fail",
    level: float = 0.95,
) -> GroupedEstimates:
    """Weighted mean, linearised SE and t-interval per group from per-cell sums.

    ``design_n`` is each cell's stratum size in the design (the cell count for separate
    samples, the whole stratum for domains); ``shift`` (per group) was subtracted from y.
    The SE is R's svyrecvar for one stage with replacement: per stratum
    n_h/(n_h-1) * sum((z - mean z)^2), z = w (y - ybar) / sum(w).
    """
    _level(level)
    if lonely not in _LONELY:
        raise ValueError(f"lonely must be one of {_LONELY}, got {lonely!r}")
    n_groups = sums.n.shape[-1] // n_strata
    total_w = _by_group(sums.w, n_strata)
    mean = _by_group(sums.wy, n_strata) / total_w  # of the shifted y
    m = np.repeat(mean, n_strata, axis=-1)
    w_all = np.repeat(total_w, n_strata, axis=-1)
    # sum of z^2 and of z over a cell, z = w (y - mean) / W, expanded into the sums
    szz = (sums.wwyy - 2 * m * sums.wwy + m**2 * sums.ww) / w_all**2
    sz = (sums.wy - m * sums.w) / w_all
    present = sums.n > 0
    single = present & (design_n == 1)
    big = np.maximum(design_n, 2)
    var_cell = np.where(present & ~single, big / (big - 1) * (szz - sz * sz / big), 0.0)
    if single.any():
        var_cell = _lonely_cells(var_cell, szz, single, lonely, labels, strata_labels, n_strata)
    variance = _by_group(np.maximum(var_cell, 0.0), n_strata)
    strata_present = _by_group(present.astype(np.int64), n_strata)
    if lonely == "average":
        # R's "average": lonely strata get the mean variance of the others
        ok = _by_group((present & ~single).astype(np.int64), n_strata)
        if (ok == 0).any():
            raise ValueError("lonely='average' needs a stratum with two or more respondents")
        variance = variance * strata_present / ok
    value = mean + np.asarray(shift, dtype=np.float64)
    n = np.broadcast_to(_by_group(sums.n, n_strata), value.shape)
    df = n - strata_present
    se = np.sqrt(variance)
    low, high = _t_interval(value, se, df, level)
    return GroupedEstimates(
        labels=list(range(n_groups)) if labels is None else labels,
        value=value,
        se=se,
        ci_low=low,
        ci_high=high,
        n=n,
        df=df,
    )


def _lonely_cells(
    var_cell: FloatArray,
    szz: FloatArray,
    single: np.ndarray,
    lonely: Lonely,
    labels: list[Any] | None,
    strata_labels: list[Any] | None,
    n_strata: int,
) -> FloatArray:
    """Variance of strata with one respondent, as R's options(survey.lonely.psu=...)."""
    if lonely == "fail":
        cell = int(np.flatnonzero(np.broadcast_to(single, szz.shape).reshape(-1))[0])
        cell %= single.shape[-1]
        group, stratum = divmod(cell, n_strata)
        label = strata_labels[stratum] if strata_labels else stratum
        where = "the sample" if label is None else f"stratum {label!r}"
        if labels is not None and labels != [None]:
            where += f" of group {labels[group]!r}"
        raise ValueError(
            f"{where} has only one respondent, so its variance cannot be estimated "
            "(R: survey.lonely.psu='fail'); pass lonely='remove', 'certainty', "
            "'adjust' or 'average' to choose R's treatment"
        )
    if lonely == "adjust":
        # R centres a lonely stratum at the grand mean, where z has mean zero
        return np.where(single, szz, var_cell)
    return var_cell  # remove/certainty contribute nothing; average rescales later


# ---------------------------------------------------------------- weighted means


def _group_means(y: FloatArray, w: FloatArray, lay: _Layout) -> FloatArray:
    """Each group's weighted mean: y is centred on it before squaring, against cancellation."""
    gcode = lay.cell // lay.n_strata
    total = np.bincount(gcode, w, lay.n_groups)
    means = [np.bincount(gcode, w * row, lay.n_groups) / total for row in np.atleast_2d(y)]
    return np.array(means).reshape(*y.shape[:-1], lay.n_groups)


def _estimate(
    sums_at: Callable[[FloatArray], CellSums],
    shift: FloatArray,
    lay: _Layout,
    lonely: Lonely,
    level: float,
) -> GroupedEstimates:
    """Sums centred on ``shift`` (one value per group) turned into estimates."""
    sums = sums_at(np.repeat(shift, lay.n_strata, axis=-1))
    return weighted_means_from_sums(
        sums,
        lay.n_strata,
        lay.design_n,
        shift,
        labels=lay.labels,
        strata_labels=lay.strata_labels,
        lonely=lonely,
        level=level,
    )


def _general(
    y: npt.ArrayLike,
    w: npt.ArrayLike,
    group: npt.ArrayLike | None,
    strata: npt.ArrayLike | None,
    domains: bool,
    lonely: Lonely,
    level: float,
) -> GroupedEstimates:
    yy = _floats("y", y, ndim=2 if np.ndim(y) == 2 else 1)
    ww = _weights(w, yy.shape[-1])
    lay = _layout(yy.shape[-1], group, strata, domains)
    return _estimate(
        lambda s: cell_sums(yy, ww, lay.cell, lay.n_cells, s),
        _group_means(yy, ww, lay),
        lay,
        lonely,
        level,
    )


def grouped_weighted_means(
    y: npt.ArrayLike,
    w: npt.ArrayLike,
    group: npt.ArrayLike | None,
    strata: npt.ArrayLike | None = None,
    *,
    level: float = 0.95,
    lonely: Lonely = "fail",
) -> GroupedEstimates:
    """weighted_mean for each group as its own sample, by grouped sums.

    ``y`` is 1-D, or 2-D (items x respondents) sharing w, group and strata;
    ``group=None`` is one group.
    """
    return _general(y, w, group, strata, False, lonely, level)


def grouped_coded_means(
    codes: npt.ArrayLike,
    values: npt.ArrayLike,
    w: npt.ArrayLike,
    group: npt.ArrayLike | None,
    strata: npt.ArrayLike | None = None,
    *,
    level: float = 0.95,
    lonely: Lonely = "fail",
) -> GroupedEstimates:
    """grouped_weighted_means of y = values[codes] (e.g. Likert answers), faster.

    ``codes`` holds integers 0..len(values)-1, 1-D or items x respondents.
    """
    cc = np.asarray(codes)
    vals = _floats("values", values)
    if cc.dtype.kind not in "iu" or cc.ndim not in (1, 2) or cc.size == 0:
        raise ValueError("codes must be a non-empty 1-D or 2-D integer array")
    if cc.min() < 0 or cc.max() >= len(vals):
        raise ValueError(f"codes must lie in 0..{len(vals) - 1}")
    ww = _weights(w, cc.shape[-1])
    lay = _layout(cc.shape[-1], group, strata, domains=False)
    tables = code_tables(cc, len(vals), ww, lay.cell, lay.n_cells)
    raw = coded_cell_sums(tables, vals, lay.count, 0.0)
    means = _by_group(raw.wy, lay.n_strata) / _by_group(raw.w, lay.n_strata)
    return _estimate(
        lambda s: coded_cell_sums(tables, vals, lay.count, s), means, lay, lonely, level
    )


def weighted_mean(
    y: npt.ArrayLike,
    w: npt.ArrayLike,
    strata: npt.ArrayLike | None = None,
    level: float = 0.95,
    *,
    lonely: Lonely = "fail",
) -> Estimate:
    """svymean(~y, svydesign(ids=~1, strata=~strata, weights=~w)) with a t(n - H) interval."""
    return _general(_floats("y", y), w, None, strata, False, lonely, level).estimate(0)


def domain_means(
    y: npt.ArrayLike,
    w: npt.ArrayLike,
    domain: npt.ArrayLike,
    strata: npt.ArrayLike | None = None,
    level: float = 0.95,
    *,
    lonely: Lonely = "fail",
) -> dict[Any, Estimate]:
    """svyby(~y, ~domain, design, svymean): domains keep the whole design's strata.

    df per domain is R's degf of the subset design: its respondents minus its strata.
    """
    return _general(_floats("y", y), w, domain, strata, True, lonely, level).as_dict()


def proportion(
    y: npt.ArrayLike,
    w: npt.ArrayLike,
    strata: npt.ArrayLike | None = None,
    level: float = 0.95,
    *,
    lonely: Lonely = "fail",
) -> Estimate:
    """Weighted share of 1s with R's svyciprop(method="logit") interval, df = n - H.

    At p = 0 or 1 the logit interval does not exist; the Clopper-Pearson interval for
    0 (or n) successes in n respondents is used: [0, 1 - (alpha/2)^(1/n)].
    """
    yy = _floats("y", y)
    if not np.isin(yy, (0.0, 1.0)).all():
        raise ValueError("proportion needs y coded 0/1")
    est = weighted_mean(yy, w, strata, level, lonely=lonely)
    if not yy.any() or yy.all():
        edge = float(yy[0])
        upper = 1 - (0.5 - level / 2) ** (1.0 / est.n)  # Clopper-Pearson, 0 of n
        low, high = (0.0, upper) if edge == 0 else (1 - upper, 1.0)
        return Estimate(edge, 0.0, low, high, est.n, est.df)
    p = est.value
    logit_se = est.se / (p * (1 - p))
    low, high = _t_interval(np.array(special.logit(p)), np.array(logit_se), np.array(est.df), level)
    return Estimate(p, est.se, float(special.expit(low)), float(special.expit(high)), est.n, est.df)


def proportion_intervals(
    value: npt.ArrayLike,
    se: npt.ArrayLike,
    n: npt.ArrayLike,
    df: npt.ArrayLike,
    level: float = 0.95,
) -> tuple[FloatArray, FloatArray]:
    """proportion()'s interval for many shares at once, from their weighted means and SEs.

    Logit interval with t(df); at a share of 0 or 1 the Clopper-Pearson bound for n.
    """
    _level(level)
    p, s = np.asarray(value, dtype=np.float64), np.asarray(se, dtype=np.float64)
    count, dof = np.asarray(n, dtype=np.float64), np.asarray(df)
    inner = (p > 0) & (p < 1)
    safe = np.where(inner, p, 0.5)
    logit_se = s / (safe * (1 - safe))
    low, high = _t_interval(special.logit(safe), logit_se, dof, level)
    upper = 1 - (0.5 - level / 2) ** (1.0 / np.maximum(count, 1))
    low = np.where(inner, special.expit(low), np.where(p <= 0, 0.0, 1 - upper))
    high = np.where(inner, special.expit(high), np.where(p <= 0, upper, 1.0))
    # expit(logit(p)) may differ from p in its last bit: with se 0 the interval must still hold p
    return np.minimum(low, p), np.maximum(high, p)


# ---------------------------------------------------------------- raking


def rake(
    w: npt.ArrayLike,
    margins: Mapping[str, npt.ArrayLike],
    targets: Mapping[str, Mapping[Any, float]],
    tol: float = 1e-10,
    max_iter: int = 100,
) -> FloatArray:
    """Iterative proportional fitting of w to population totals, as R survey's rake().

    Stops when every margin is within ``tol`` (relative) of its targets.
    """
    weights = _weights(w, np.size(w)).copy()
    n = len(weights)
    if max_iter < 1 or not tol > 0:
        raise ValueError("max_iter must be at least 1 and tol positive")
    if set(margins) != set(targets) or not margins:
        raise ValueError("margins and targets must name the same, non-empty set of variables")
    fitted: list[tuple[IntArray, FloatArray]] = []
    for name, labels in margins.items():
        codes, uniques = _encode(f"margins[{name!r}]", labels, n)
        want = dict(targets[name])
        if missing := [u for u in uniques if u not in want]:
            raise ValueError(f"margin {name!r}: categories {missing} have no target")
        if empty := sorted(set(want) - set(uniques), key=str):
            raise ValueError(f"margin {name!r}: categories {empty} have targets but no respondents")
        goal = np.array([want[u] for u in uniques], dtype=np.float64)
        if not (np.isfinite(goal) & (goal > 0)).all():
            raise ValueError(f"margin {name!r}: targets must be positive and finite")
        fitted.append((codes, goal))
    totals = [goal.sum() for _, goal in fitted]
    if max(totals) - min(totals) > tol * max(totals):
        by_name = dict(zip(margins, totals, strict=True))
        raise ValueError(f"target totals disagree between margins: {by_name}")
    for _ in range(max_iter):
        for codes, goal in fitted:
            weights *= (goal / np.bincount(codes, weights, len(goal)))[codes]
        error = max(np.max(np.abs(np.bincount(c, weights, len(g)) / g - 1)) for c, g in fitted)
        if error < tol:
            return weights
    raise ValueError(
        f"raking did not converge in {max_iter} iterations (largest relative margin error "
        f"{error:.3g}); the margins may be incompatible with the sample"
    )


# ---------------------------------------------------------------- change and trend


def changes(
    a_value: npt.ArrayLike,
    a_se: npt.ArrayLike,
    b_value: npt.ArrayLike,
    b_se: npt.ArrayLike,
    level: float = 0.95,
) -> Change:
    """Element-wise b - a for independent estimates: normal z test and interval."""
    _level(level)
    va, sa, vb, sb = (np.asarray(x, dtype=np.float64) for x in (a_value, a_se, b_value, b_se))
    if not all(np.isfinite(x).all() for x in (va, sa, vb, sb)) or (sa < 0).any() or (sb < 0).any():
        raise ValueError("changes need finite values and non-negative standard errors")
    diff = vb - va
    se = np.hypot(sa, sb)
    # zero variance on both sides: any difference is certain, none is no evidence
    z = np.divide(diff, se, out=np.where(diff == 0, 0.0, np.copysign(np.inf, diff)), where=se > 0)
    half = sps.norm.ppf(0.5 + level / 2) * se
    return Change(diff, se, diff - half, diff + half, z, 2 * sps.norm.sf(np.abs(z)))


def change(a: Estimate, b: Estimate, level: float = 0.95) -> Change:
    """Change from wave a to wave b (independent samples)."""
    res = changes(a.value, a.se, b.value, b.se, level)
    return Change(*(float(getattr(res, f)) for f in ("diff", "se", "ci_low", "ci_high", "z", "p")))


def _waves(times: npt.ArrayLike, values: npt.ArrayLike, ses: npt.ArrayLike, ndim: int):
    t = _floats("times", times)
    v = _floats("values", values, ndim=ndim)
    s = _floats("ses", ses, ndim=ndim)
    if v.shape != s.shape:
        raise ValueError(f"values {v.shape} and ses {s.shape} differ in shape")
    _same_length(len(t), values=v)
    if len(t) < 3:
        raise ValueError("a trend needs at least 3 waves")
    if len(np.unique(t)) != len(t):
        raise ValueError("times must be distinct (one value per wave)")
    if (s <= 0).any():
        raise ValueError("ses must be positive for inverse-variance weights")
    return t, v, s


def _wls(t: FloatArray, v: FloatArray, s: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Inverse-variance weighted slope; SE from the known variances (no rescaling)."""
    wt = 1.0 / s**2
    tc = t - (wt * t).sum(axis=-1, keepdims=True) / wt.sum(axis=-1, keepdims=True)
    sxx = (wt * tc * tc).sum(axis=-1)
    slope = (wt * tc * v).sum(axis=-1) / sxx
    se = 1.0 / np.sqrt(sxx)
    return slope, se, 2 * sps.norm.sf(np.abs(slope / se))


def _significance_note(n_waves: int, alpha: float) -> tuple[float, bool, str | None]:
    """Smallest Mann-Kendall p a series of n_waves can reach (a perfectly monotone one)."""
    ramp = np.arange(n_waves, dtype=np.float64)
    min_p = float(sps.kendalltau(ramp, ramp).pvalue)
    if min_p <= alpha:
        return min_p, True, None
    return (
        min_p,
        False,
        (
            f"{n_waves} waves: the Mann-Kendall test cannot reach p < {alpha:g} "
            f"(smallest possible p = {min_p:.3f})"
        ),
    )


def trend(
    times: npt.ArrayLike, values: npt.ArrayLike, ses: npt.ArrayLike, alpha: float = 0.05
) -> Trend:
    """Slope per wave (inverse-variance WLS), Mann-Kendall tau and Theil-Sen slope (scipy)."""
    t, v, s = _waves(times, values, ses, ndim=1)
    slope, slope_se, slope_p = _wls(t, v, s)
    if np.all(v == v[0]):
        tau, tau_p = 0.0, 1.0  # tau is undefined for a flat series: no evidence of a trend
    else:
        res = sps.kendalltau(t, v)
        tau, tau_p = float(res.statistic), float(res.pvalue)
    min_p, reach, note = _significance_note(len(t), alpha)
    return Trend(
        len(t),
        float(slope),
        float(slope_se),
        float(slope_p),
        tau,
        tau_p,
        float(sps.theilslopes(v, t).slope),
        min_p,
        reach,
        note,
    )


def trends(
    times: npt.ArrayLike, values: npt.ArrayLike, ses: npt.ArrayLike, alpha: float = 0.05
) -> Trend:
    """trend() for many series at once (rows of values/ses share times), vectorised.

    Equals trend() row by row: scipy's kendalltau (tau-b; exact p without ties for up to
    33 waves, else the tie-corrected normal approximation) and Theil-Sen median slope.
    """
    t, v, s = _waves(times, values, ses, ndim=2)
    slope, slope_se, slope_p = _wls(t, v, s)
    order = np.argsort(t)
    t, v = t[order], v[:, order]
    i, j = np.triu_indices(len(t), k=1)
    tau, tau_p = _kendall_rows(v, i, j)
    theil = np.median((v[:, j] - v[:, i]) / (t[j] - t[i]), axis=1)
    return Trend(
        len(t), slope, slope_se, slope_p, tau, tau_p, theil, *_significance_note(len(t), alpha)
    )


def _kendall_rows(v: FloatArray, i: IntArray, j: IntArray) -> tuple[FloatArray, FloatArray]:
    """Kendall tau-b and two-sided p of each row against strictly increasing times."""
    n = v.shape[1]
    total = n * (n - 1) // 2
    sign = np.sign(v[:, j] - v[:, i])
    s = sign.sum(axis=1)
    discordant = (sign < 0).sum(axis=1)
    tie_size = (v[:, :, None] == v[:, None, :]).sum(axis=2).astype(np.float64)
    ties = ((tie_size - 1) / 2).sum(axis=1)  # tied pairs: sum over groups of t(t-1)/2
    t1 = ((tie_size - 1) * (2 * tie_size + 5)).sum(axis=1)  # scipy's y1 with times untied
    flat = ties == total
    tau = np.clip(s / np.sqrt(total * np.where(flat, 1, total - ties)), -1.0, 1.0)
    m = n * (n - 1.0)
    var = (m * (2 * n + 5) - t1) / 18
    z = s / np.sqrt(np.where(flat, 1.0, var))
    p = 2 * sps.norm.sf(np.abs(z))
    exact = (ties == 0) & ((n <= 33) | (np.minimum(discordant, total - discordant) <= 1))
    p = np.where(exact, _kendall_exact_p(n)[np.minimum(discordant, total - discordant)], p)
    return np.where(flat, 0.0, tau), np.where(flat, 1.0, p)


def _kendall_exact_p(n: int) -> FloatArray:
    """Two-sided exact p by number of discordant pairs c <= total/2 (Mahonian counts)."""
    pmf = np.ones(1)
    for k in range(2, n + 1):
        pmf = np.convolve(pmf, np.full(k, 1.0 / k))  # inversions of a random permutation
    return np.minimum(1.0, 2 * np.cumsum(pmf))


# ---------------------------------------------------------------- multiple testing


def fdr(pvalues: npt.ArrayLike) -> FloatArray:
    """Benjamini-Hochberg q-values (scipy.stats.false_discovery_control), same shape."""
    p = np.asarray(pvalues, dtype=np.float64)
    if p.size == 0:
        return p.copy()
    if not np.isfinite(p).all() or (p < 0).any() or (p > 1).any():
        raise ValueError("p-values must be finite and within [0, 1]")
    return sps.false_discovery_control(p.reshape(-1), method="bh").reshape(p.shape)


# ---------------------------------------------------------------- scales


def cronbach_alpha(items: npt.ArrayLike) -> float:
    """Cronbach's alpha of a respondents x items matrix; rows with a missing value dropped."""
    x = _floats("items", items, ndim=2, allow_nan=True)
    x = x[~np.isnan(x).any(axis=1)]
    k = x.shape[1]
    if k < 2 or len(x) < 2:
        raise ValueError("alpha needs at least 2 items and 2 complete respondents")
    total_var = x.sum(axis=1).var(ddof=1)
    if total_var == 0:
        raise ValueError("alpha is undefined: total scores do not vary")
    return float(k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / total_var))


def cronbach_alpha_from_sums(
    n: int, item_sums: npt.ArrayLike, item_squares: npt.ArrayLike
) -> float:
    """cronbach_alpha from complete cases' sums: n, then per item Σx and Σx², the total last.

    The same value as cronbach_alpha on the n x k matrix, for sums added up in SQL.
    """
    sx = _floats("item_sums", item_sums)
    sxx = _floats("item_squares", item_squares)
    _same_length(len(sx), item_squares=sxx)
    k = len(sx) - 1
    if k < 2 or n < 2:
        raise ValueError("alpha needs at least 2 items and 2 complete respondents")
    variances = (sxx - sx * sx / n) / (n - 1)
    if variances[-1] <= 0:
        raise ValueError("alpha is undefined: total scores do not vary")
    return float(k / (k - 1) * (1 - variances[:-1].sum() / variances[-1]))


def index_score(
    items: npt.ArrayLike,
    scale_min: float | npt.ArrayLike,
    scale_max: float | npt.ArrayLike,
    reverse: Sequence[int] | npt.ArrayLike = (),
) -> FloatArray:
    """Each respondent's 0-100 score: mean of rescaled answered items, reversed items flipped.

    ``reverse`` holds item (column) indices. Rows with no answered item score NaN.
    """
    x = _floats("items", items, ndim=2, allow_nan=True)
    lo = np.broadcast_to(np.asarray(scale_min, dtype=np.float64), x.shape[1:])
    hi = np.broadcast_to(np.asarray(scale_max, dtype=np.float64), x.shape[1:])
    if not (hi > lo).all():
        raise ValueError("scale_max must exceed scale_min")
    answered = ~np.isnan(x)
    if ((x < lo) | (x > hi)).any():
        raise ValueError("an answer lies outside [scale_min, scale_max]")
    scaled = (x - lo) / (hi - lo) * 100
    rev = np.asarray(reverse)
    if rev.size and (rev.dtype.kind not in "iu" or rev.min() < 0 or rev.max() >= x.shape[1]):
        raise ValueError(f"reverse must hold item indices 0..{x.shape[1] - 1}")
    flip = np.isin(np.arange(x.shape[1]), rev)
    scaled = np.where(flip, 100 - scaled, scaled)
    count = answered.sum(axis=1)
    total = np.where(answered, scaled, 0.0).sum(axis=1)
    return np.divide(total, count, out=np.full(len(x), np.nan), where=count > 0)


def paired_gain(pre: npt.ArrayLike, post: npt.ArrayLike, max_score: float = 100.0) -> PairedGain:
    """Means, mean gain, Hake gain (post-pre)/(max-pre) of the means, Wilcoxon test, r.

    r = Z/sqrt(n) with Z scipy's normal approximation, n the non-zero pairs, signed
    so that r > 0 means post > pre. Hake gain is None when mean pre is the maximum.
    """
    a = _floats("pre", pre)
    b = _floats("post", post)
    _same_length(len(a), post=b)
    d = b - a
    m_pre, m_post = float(a.mean()), float(b.mean())
    hake = None if m_pre >= max_score else (m_post - m_pre) / (max_score - m_pre)
    nonzero = d[d != 0]
    if nonzero.size == 0:
        stat, p, r = 0.0, 1.0, 0.0  # no pair changed: no evidence of a shift
    else:
        res = sps.wilcoxon(b, a)
        z = sps.wilcoxon(b, a, method="approx").zstatistic
        ranks = sps.rankdata(np.abs(nonzero))
        direction = np.sign(ranks[nonzero > 0].sum() - ranks[nonzero < 0].sum())
        stat, p = float(res.statistic), float(res.pvalue)
        r = float(direction * abs(z) / math.sqrt(nonzero.size))
    return PairedGain(len(a), m_pre, m_post, m_post - m_pre, hake, stat, p, r)


# ---------------------------------------------------------------- publication rule


def suppressed(
    n: int,
    se: float | None = None,
    value: float | None = None,
    min_n: int = 30,
    max_rse: float = 0.30,
) -> Suppression:
    """Withhold a figure with n < min_n, or relative SE se/|value| >= max_rse."""
    if n < 0:
        raise ValueError("n must be non-negative")
    if (se is None) != (value is None):
        raise ValueError("se and value go together (relative SE needs both)")
    reasons: list[str] = []
    if n < min_n:
        reasons.append(f"n<{min_n}")
    rse = None
    if se is not None and value is not None:
        if not (math.isfinite(se) and math.isfinite(value)) or se < 0:
            raise ValueError("se must be finite and non-negative, value finite")
        rse = 0.0 if se == 0 else (math.inf if value == 0 else se / abs(value))
        if rse >= max_rse:
            reasons.append(f"rse>={max_rse:.2f}")
    return Suppression(bool(reasons), tuple(reasons), rse)

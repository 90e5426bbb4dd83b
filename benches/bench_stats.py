"""Benchmark trends.stats on a national-scale synthetic survey (not a test).

1,000,000 respondents x 20 Likert items over 20 regions x 8 waves, two settlement strata
per region: weighted mean and SE per region, wave and item; changes between consecutive
waves; trends per region x item; FDR over every p-value. Compared with a bare
np.bincount pass over the same arrays (one weighted bincount of each item by group).

Usage: python benches/bench_stats.py [--respondents N]
Goals: under 3 s, at most 3x the bincount pass, peak memory under 1 GB.
"""

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from trends import stats  # noqa: E402  (path set above so the bench runs from anywhere)

ITEMS, REGIONS, WAVES, SETTLEMENTS = 20, 20, 8, 2
VALUES = np.arange(1.0, 6.0)  # Likert 1..5, stored as codes 0..4


def make_survey(n: int, seed: int = 2024) -> dict[str, np.ndarray]:
    """Respondents in random order (no sorting helps the grouped sums)."""
    rng = np.random.default_rng(seed)
    region = rng.integers(0, REGIONS, n)
    wave = rng.integers(0, WAVES, n)
    settlement = rng.integers(0, SETTLEMENTS, n)
    # half the regions drift slowly across waves, so only some changes and trends are real
    drift = rng.choice([0.0, 0.03], REGIONS)[region] * wave
    lean = (drift + 0.05 * region)[None, :] + rng.normal(0, 0.3, (ITEMS, 1))
    latent = rng.normal(lean + 1.5, 1.1, (ITEMS, n))
    codes = np.clip(np.rint(latent), 0, 4).astype(np.int8)
    return {
        "codes": codes,
        "w": rng.lognormal(0.0, 0.5, n),
        "group": wave * REGIONS + region,  # group index = wave-major, then region
        "strata": settlement,
    }


def bare_bincount(d: dict[str, np.ndarray]) -> list[np.ndarray]:
    """The reference: one weighted bincount of each item by group."""
    n_groups = REGIONS * WAVES
    return [np.bincount(d["group"], weights=row, minlength=n_groups) for row in d["codes"]]


def all_estimates(d: dict[str, np.ndarray]) -> dict[str, object]:
    """Everything a dashboard publishes from one survey file."""
    est = stats.grouped_coded_means(d["codes"], VALUES, d["w"], d["group"], d["strata"])
    value = est.value.reshape(ITEMS, WAVES, REGIONS)
    se = est.se.reshape(ITEMS, WAVES, REGIONS)
    moved = stats.changes(value[:, :-1], se[:, :-1], value[:, 1:], se[:, 1:])
    series = np.moveaxis(value, 1, -1).reshape(-1, WAVES)  # (item x region) x wave
    series_se = np.moveaxis(se, 1, -1).reshape(-1, WAVES)
    trend = stats.trends(np.arange(1.0, WAVES + 1), series, series_se)
    q = stats.fdr(np.concatenate([moved.p.ravel(), trend.slope_p, trend.tau_p]))
    return {"estimates": est, "changes": moved, "trends": trend, "q": q}


def best_times(fns: list[Callable[[], object]], repeat: int) -> list[float]:
    """Best time of each function, run in turns so machine noise hits them alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def time_general_path(d: dict[str, np.ndarray]) -> float:
    """Means and SEs from the same answers as floats (five bincounts per item), once."""
    y = VALUES[d["codes"]]
    start = time.perf_counter()
    stats.grouped_weighted_means(y, d["w"], d["group"], d["strata"])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    survey = make_survey(args.respondents)
    print(
        f"data: {args.respondents:,} respondents x {ITEMS} items, {REGIONS} regions x "
        f"{WAVES} waves x {SETTLEMENTS} strata; made in {time.perf_counter() - start:.2f} s"
    )

    first = time.perf_counter()
    out = all_estimates(survey)  # first call, cold caches included
    cold = time.perf_counter() - first
    est = out["estimates"]
    assert np.isfinite(est.se).all() and (est.se > 0).all(), "every group must get an SE"
    print(
        f"estimates: {est.value.size} means, {out['changes'].p.size} changes, "
        f"{len(out['trends'].slope)} trends, {out['q'].size} q-values; "
        f"{int((out['q'] < 0.05).sum())} with q < 0.05"
    )

    base, full = best_times(
        [lambda: bare_bincount(survey), lambda: all_estimates(survey)], args.repeat
    )
    general = time_general_path(survey)

    tracemalloc.start()
    all_estimates(survey)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"bare bincount pass: {base * 1000:.1f} ms")
    print(f"all estimates (coded sums): {full * 1000:.1f} ms (first call {cold * 1000:.1f} ms)")
    print(f"means and SEs by the general float path, for comparison: {general * 1000:.1f} ms")
    print(
        f"peak memory of the estimates (tracemalloc): {peak / 2**20:.1f} MB; "
        f"process max RSS incl. data and the float copy: {maxrss_mb:.0f} MB"
    )
    print(
        f"goals: time < 3 s {'met' if cold < 3 else 'MISSED'}; ratio <= 3 "
        f"{'met' if full / base <= 3 else 'MISSED'}; memory < 1 GB "
        f"{'met' if maxrss_mb < 1024 else 'MISSED'}"
    )
    print(f"stats/bincount time ratio: {full / base:.2f}")


if __name__ == "__main__":
    main()

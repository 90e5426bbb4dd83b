"""Agreement of trends.stats with R's survey package (tests/trends/r_reference/*.R).

Random data is made here, written as CSV to a temporary folder, and run through Rscript;
value, SE and interval must agree to 1e-8 relative. Without R these tests skip, except in
CI (the CI environment variable set), where they fail.
"""

import csv
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from trends import stats

R_REFERENCE = Path(__file__).parent / "r_reference"
RTOL = 1e-8
# stock svyciprop stops glm() at a deviance tolerance of 1e-8 (see proportion.R)
SVYCIPROP_RTOL = 1e-7


def require_rscript() -> str:
    """Rscript's path when R and its survey package run; else skip, or fail in CI."""
    exe = shutil.which("Rscript")
    if exe is not None:
        probe = subprocess.run(
            [exe, "-e", "library(survey)"], capture_output=True, text=True, timeout=120
        )
        if probe.returncode == 0:
            return exe
    if os.environ.get("CI"):
        pytest.fail("R with the survey package is required in CI (Rscript + r-cran-survey)")
    pytest.skip("R with the survey package is not installed")


@pytest.fixture(scope="module")
def rscript() -> str:
    return require_rscript()


def test_missing_r_fails_in_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="R with the survey package is required in CI"):
        require_rscript()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        require_rscript()


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        # repr keeps every bit of a float
        writer.writerows(
            {k: repr(v) if isinstance(v, float) else v for k, v in row.items()} for row in rows
        )
    return path


def run_r(rscript: str, script: str, tmp_path: Path, *tables: list[dict]) -> list[dict]:
    inputs = [str(write_csv(tmp_path / f"{script}-{i}.csv", t)) for i, t in enumerate(tables)]
    out = tmp_path / f"{script}-out.csv"
    done = subprocess.run(
        [rscript, str(R_REFERENCE / f"{script}.R"), *inputs, str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with out.open() as fh:
        return list(csv.DictReader(fh))


def case_rows(name: str, **columns) -> list[dict]:
    """One row per respondent of a case; scalar columns are repeated."""
    n = len(next(v for v in columns.values() if np.ndim(v)))
    full = {k: np.broadcast_to(np.asarray(v), (n,)).tolist() for k, v in columns.items()}
    return [{"case": name, **{k: v[i] for k, v in full.items()}} for i in range(n)]


def compare(
    ours: dict[str, list],
    theirs: list[dict],
    fields: tuple[str, ...],
    prefix: str = "",
    rtol: float = RTOL,
) -> float:
    """Assert agreement field by field (R's column: prefix + field); return the worst gap."""
    worst = 0.0
    for field in fields:
        got = np.array(ours[field], dtype=float)
        want = np.array([float(r[prefix + field]) for r in theirs])
        np.testing.assert_allclose(got, want, rtol=rtol, atol=0, err_msg=field)
        scale = np.where(want == 0, 1.0, np.abs(want))
        worst = max(worst, float(np.max(np.abs(got - want) / scale)))
    return worst


def strata_of(case: dict) -> np.ndarray | None:
    return case["s"] if len(np.unique(case["s"])) > 1 else None


def fields_of(estimates: list[stats.Estimate]) -> dict[str, list]:
    names = ("value", "se", "ci_low", "ci_high", "df")
    return {f: [getattr(e, f) for e in estimates] for f in names}


def design(rng: np.random.Generator, n: int, n_strata: int, mean: float = 3.0, sd: float = 1.0):
    """A random sample: y, lognormal weights, strata labels with at least 2 per stratum."""
    extra = rng.integers(0, n_strata, n - 2 * n_strata)
    strata = np.concatenate([np.repeat(np.arange(n_strata), 2), extra])
    return rng.normal(mean, sd, n), rng.lognormal(0, 0.6, n), rng.permutation(strata)


def test_weighted_mean_matches_svymean(rscript, tmp_path):
    rng = np.random.default_rng(20240601)
    cases = {}
    for name, n, h, mean, sd in [
        ("u50", 50, 1, 3.0, 1.0),
        ("u2000", 2000, 1, 2.5, 1.2),
        ("s300", 300, 5, 3.0, 1.0),
        ("s_far", 400, 6, 1000.0, 0.5),
        ("s_min", 16, 8, 4.0, 2.0),
    ]:
        y, w, s = design(rng, n, h, mean, sd)
        cases[name] = dict(y=y, w=w, s=s, lonely="fail", level=0.95)
    y, w, s = design(rng, 120, 4)
    cases["level90"] = dict(y=np.round(y), w=w, s=s, lonely="fail", level=0.90)
    for lonely in ("remove", "certainty", "adjust", "average"):
        y, w, s = design(rng, 90, 4)
        s[0] = 99  # one respondent alone in stratum 99
        cases[f"lonely_{lonely}"] = dict(y=y, w=w, s=s, lonely=lonely, level=0.95)
    rows = [r for name, c in cases.items() for r in case_rows(name, **c)]
    r_out = {r["case"]: r for r in run_r(rscript, "weighted_mean", tmp_path, rows)}

    ours = fields_of(
        [
            stats.weighted_mean(c["y"], c["w"], strata_of(c), c["level"], lonely=c["lonely"])
            for c in cases.values()
        ]
    )
    worst = compare(ours, [r_out[name] for name in cases], ("value", "se", "ci_low", "ci_high"))
    assert ours["df"] == [int(r_out[name]["df"]) for name in cases]
    print(f"weighted_mean vs svymean: max relative difference {worst:.2e}")


def test_proportion_matches_svyciprop_logit(rscript, tmp_path):
    rng = np.random.default_rng(7)
    cases = {}
    for name, n, h, ones in [
        ("p30", 300, 4, None),
        ("p30u", 250, 1, None),
        ("near0", 400, 5, 2),
        ("near1", 400, 3, 397),
        ("one", 200, 1, 1),
        ("zero", 150, 3, 0),
        ("all", 80, 1, 80),
    ]:
        _, w, s = design(rng, n, h)
        y = (rng.uniform(size=n) < 0.3).astype(float)
        if ones is not None:
            y = np.zeros(n)
            y[rng.choice(n, ones, replace=False)] = 1.0
        cases[name] = dict(y=y, w=w, s=s, level=0.95)
    rows = [r for name, c in cases.items() for r in case_rows(name, **c)]
    r_out = {r["case"]: r for r in run_r(rscript, "proportion", tmp_path, rows)}

    estimates = [stats.proportion(c["y"], c["w"], strata_of(c), c["level"]) for c in cases.values()]
    assert all(0.0 <= e.ci_low <= e.value <= e.ci_high <= 1.0 for e in estimates)
    ours = fields_of(estimates)
    theirs = [r_out[name] for name in cases]
    worst = compare(ours, theirs, ("value", "se", "ci_low", "ci_high"))
    assert ours["df"] == [int(r["df"]) for r in theirs]
    stock = compare(ours, theirs, ("value", "ci_low", "ci_high"), "ciprop_", SVYCIPROP_RTOL)
    print(
        f"proportion vs logit svyglm (converged) / binom.test at 0 and 1: max rel diff "
        f"{worst:.2e}; vs stock svyciprop: {stock:.2e}"
    )


def test_domain_means_match_svyby(rscript, tmp_path):
    rng = np.random.default_rng(99)
    cases = {}
    for name, n, h in [("strat", 400, 4), ("unstrat", 150, 1), ("many", 600, 10)]:
        y, w, s = design(rng, n, h)
        domain = rng.choice(np.array(["north", "south", "west"]), n, p=[0.5, 0.3, 0.2])
        cases[name] = dict(y=y, w=w, s=s, domain=domain, level=0.95)
    # a domain with a single respondent in one stratum, and absent from others
    c = cases["strat"]
    c["domain"][np.flatnonzero(c["s"] == 0)[0]] = "tiny"
    c["domain"][np.flatnonzero(c["s"] == 1)[:3]] = "tiny"
    rows = [r for name, c in cases.items() for r in case_rows(name, **c)]
    r_out = {(r["case"], r["domain"]): r for r in run_r(rscript, "domain_means", tmp_path, rows)}

    found = {
        (name, label): est
        for name, c in cases.items()
        for label, est in stats.domain_means(c["y"], c["w"], c["domain"], strata_of(c)).items()
    }
    keys = list(found)
    ours = fields_of(list(found.values()))
    assert sorted(keys) == sorted(r_out)
    worst = compare(ours, [r_out[k] for k in keys], ("value", "se", "ci_low", "ci_high"))
    assert ours["df"] == [int(r_out[k]["df"]) for k in keys]
    print(f"domain_means vs svyby: max relative difference {worst:.2e}")


def test_rake_matches_r_rake(rscript, tmp_path):
    rng = np.random.default_rng(5)
    cases, goals = {}, {}
    specs = [("two", 300, {"a": 3, "b": 4}), ("three", 800, {"a": 2, "b": 5, "c": 3})]
    for name, n, margins in specs:
        labels = {m: rng.choice([f"{m}{i}" for i in range(k)], n) for m, k in margins.items()}
        population = 1_000_000.0
        goals[name] = {}
        for m, k in margins.items():
            share = rng.dirichlet(np.full(k, 5.0))
            goals[name][m] = {f"{m}{i}": float(population * share[i]) for i in range(k)}
        cases[name] = dict(y=rng.normal(3, 1, n), w=rng.lognormal(0, 0.5, n), **labels)
    rows = [r for name, c in cases.items() for r in case_rows(name, **c)]
    target_rows = [
        {"case": name, "margin": m, "label": label, "total": total}
        for name, g in goals.items()
        for m, t in g.items()
        for label, total in t.items()
    ]
    # R's rake needs every margin in every case's columns; fill the unused one
    for r in rows:
        r.setdefault("c", "c0")
    r_out = run_r(rscript, "rake", tmp_path, rows, target_rows)

    worst = 0.0
    for name, c in cases.items():
        margins = {m: c[m] for m in goals[name]}
        raked = stats.rake(c["w"], margins, goals[name], tol=1e-12, max_iter=5000)
        theirs = [r for r in r_out if r["case"] == name]
        assert float(theirs[0]["total_gap"]) < RTOL  # R's own calibrated totals hit the targets
        worst = max(worst, compare({"weight": raked}, theirs, ("weight",)))
        mean = stats.weighted_mean(c["y"], raked).value
        np.testing.assert_allclose(mean, float(theirs[0]["raked_mean"]), rtol=RTOL)
    print(f"rake vs R rake(): max relative weight difference {worst:.2e}")

"""trends.stats: hand-computed cases, independent implementations, properties, bad input.

Agreement with R's survey package is in test_stats_r.py.
"""

import itertools
import math

import numpy as np
import pytest
import scipy.stats as sps
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from statsmodels.regression.linear_model import WLS
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.weightstats import DescrStatsW

from trends import stats
from trends.stats import Estimate

T3_975 = 3.182446305284263  # Student t, 3 df, 97.5% (printed tables)
Z_975 = 1.959963984540054
PROPS = settings(max_examples=60, deadline=None, database=None)


def close(a: Estimate, b: Estimate, rel: float = 1e-9, scale: float = 0.0) -> bool:
    """Same n and df; value, SE and interval equal to rel (abs rel * scale near zero)."""
    return all(
        math.isclose(getattr(a, f), getattr(b, f), rel_tol=rel, abs_tol=rel * scale)
        for f in ("value", "se", "ci_low", "ci_high")
    ) and (a.n, a.df) == (b.n, b.df)


# ---------------------------------------------------------------- weighted means by hand


def test_weighted_mean_unstratified_by_hand():
    # ybar = 17/6; sum (w (y - ybar))^2 = 346/36; var = 4/3 * 346/36 / 6^2 = 173/486
    est = stats.weighted_mean([1, 2, 3, 4], [1, 1, 2, 2])
    assert est.value == pytest.approx(17 / 6, rel=1e-14)
    assert est.se == pytest.approx(math.sqrt(173 / 486), rel=1e-12)
    assert (est.n, est.df) == (4, 3)
    assert est.ci_low == pytest.approx(17 / 6 - T3_975 * math.sqrt(173 / 486), rel=1e-12)
    assert est.ci_high == pytest.approx(17 / 6 + T3_975 * math.sqrt(173 / 486), rel=1e-12)


def test_weighted_mean_stratified_by_hand():
    # ybar = 28/8; z = w (y - ybar) / 8; stratum A gives 2 * 2/64, B gives 3/2 * 32/64
    est = stats.weighted_mean([1, 3, 2, 4, 6], [1, 1, 2, 2, 2], ["A", "A", "B", "B", "B"])
    assert est.value == pytest.approx(3.5, rel=1e-14)
    assert est.se == pytest.approx(math.sqrt(13 / 16), rel=1e-12)
    assert (est.n, est.df) == (5, 3)


def test_unstratified_se_matches_statsmodels():
    rng = np.random.default_rng(3)
    y, w = rng.normal(50, 10, 500), rng.lognormal(0, 0.7, 500)
    est = stats.weighted_mean(y, w)
    assert est.value == pytest.approx(DescrStatsW(y, weights=w).mean, rel=1e-12)
    # WLS on a constant with HC1 is the with-replacement linearised SE
    fit = WLS(y, np.ones(len(y)), weights=w).fit(cov_type="HC1")
    assert est.se == pytest.approx(fit.bse[0], rel=1e-10)


def test_lonely_stratum_options_relate_as_in_r():
    y = np.array([1.0, 3.0, 2.0, 4.0, 6.0, 9.0])
    w = np.array([1.0, 1.0, 2.0, 2.0, 2.0, 1.0])
    s = np.array(["A", "A", "B", "B", "B", "C"])  # C has one respondent
    with pytest.raises(ValueError, match="stratum 'C' has only one respondent"):
        stats.weighted_mean(y, w, s)
    removed = stats.weighted_mean(y, w, s, lonely="remove")
    assert stats.weighted_mean(y, w, s, lonely="certainty").se == removed.se
    ybar = removed.value
    z_c = 1.0 * (9.0 - ybar) / w.sum()
    adjusted = stats.weighted_mean(y, w, s, lonely="adjust")
    assert adjusted.se**2 == pytest.approx(removed.se**2 + z_c**2, rel=1e-12)
    averaged = stats.weighted_mean(y, w, s, lonely="average")
    assert averaged.se**2 == pytest.approx(removed.se**2 * 3 / 2, rel=1e-12)
    assert removed.df == 6 - 3


def test_grouped_equals_weighted_mean_per_group():
    rng = np.random.default_rng(11)
    n = 3000
    y, w = rng.normal(3, 1, n), rng.lognormal(0, 0.5, n)
    group, strata = rng.integers(0, 7, n), rng.integers(0, 4, n)
    res = stats.grouped_weighted_means(y, w, group, strata)
    assert res.labels == list(range(7))
    for i, g in enumerate(res.labels):
        sel = group == g
        assert close(res.estimate(i), stats.weighted_mean(y[sel], w[sel], strata[sel]), rel=1e-12)


def test_grouped_items_and_coded_answers_agree_with_one_item_at_a_time():
    rng = np.random.default_rng(12)
    n = 2000
    values = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    codes = rng.integers(0, 5, (3, n)).astype(np.int8)
    w, group, strata = rng.lognormal(0, 0.5, n), rng.integers(0, 5, n), rng.integers(0, 3, n)
    coded = stats.grouped_coded_means(codes, values, w, group, strata)
    items = stats.grouped_weighted_means(values[codes], w, group, strata)
    for k in range(3):
        single = stats.grouped_weighted_means(values[codes[k]], w, group, strata)
        for field in ("value", "se", "ci_low", "ci_high"):
            np.testing.assert_allclose(getattr(coded, field)[k], getattr(single, field), rtol=1e-12)
            np.testing.assert_allclose(getattr(items, field)[k], getattr(single, field), rtol=1e-12)
        np.testing.assert_array_equal(coded.df[k], single.df)


@pytest.mark.parametrize("max_bins", [10, 200, 1 << 16])
def test_code_tables_packing_equals_one_item_at_a_time(max_bins):
    rng = np.random.default_rng(13)
    codes = rng.integers(0, 4, (7, 500)).astype(np.int8)
    w, cell = rng.uniform(0.5, 2, 500), rng.integers(0, 6, 500)
    t_w, t_ww = stats.code_tables(codes, 4, w, cell, 6, max_bins=max_bins)
    for k in range(7):
        direct = np.zeros((6, 4))
        np.add.at(direct, (cell, codes[k]), w)
        np.testing.assert_allclose(t_w[k], direct, rtol=1e-12)
        np.add.at(direct, (cell, codes[k]), w * w - w)  # now holds sums of w**2
        np.testing.assert_allclose(t_ww[k], direct, rtol=1e-12)


def test_weighted_mean_precise_far_from_zero():
    # centring before squaring: a mean of 1e9 with spread 1 keeps its SE
    rng = np.random.default_rng(4)
    y, w = rng.normal(0, 1, 400), rng.lognormal(0, 0.5, 400)
    near, far = stats.weighted_mean(y, w), stats.weighted_mean(y + 1e9, w)
    assert far.se == pytest.approx(near.se, rel=1e-6)


# ---------------------------------------------------------------- domains and proportions


def test_domain_keeps_whole_design_but_group_does_not():
    # domain a: z = (-1/4, 1/4, 0, 0), var = 4/3 * 1/8; as its own sample: 2 * 1/8
    y, w, d = [1.0, 2.0, 3.0, 4.0], [1.0] * 4, ["a", "a", "b", "b"]
    dom = stats.domain_means(y, w, d)
    assert dom["a"].value == pytest.approx(1.5)
    assert dom["a"].se == pytest.approx(math.sqrt(1 / 6), rel=1e-12)
    assert dom["a"].df == 1
    grouped = stats.grouped_weighted_means(y, w, d).as_dict()
    assert grouped["a"].se == pytest.approx(0.5, rel=1e-12)


def test_single_domain_is_the_whole_sample():
    rng = np.random.default_rng(8)
    y, w, s = rng.normal(size=100), rng.uniform(1, 3, 100), rng.integers(0, 4, 100)
    assert close(
        stats.domain_means(y, w, np.full(100, "all"), s)["all"],
        stats.weighted_mean(y, w, s),
        rel=1e-12,
    )


def test_proportion_logit_interval_by_hand():
    # p = 1/2, se = sqrt(4/3 * 1) / 4; logit interval 0 -/+ t3 * se / (1/4)
    est = stats.proportion([0, 1, 1, 0], [1, 1, 1, 1])
    se = math.sqrt(4 / 3) / 4
    assert (est.value, est.se) == (pytest.approx(0.5), pytest.approx(se, rel=1e-12))
    half = T3_975 * se / 0.25
    assert est.ci_low == pytest.approx(1 / (1 + math.exp(half)), rel=1e-10)
    assert est.ci_high == pytest.approx(1 / (1 + math.exp(-half)), rel=1e-10)


@pytest.mark.parametrize("edge", [0.0, 1.0])
def test_proportion_at_zero_and_one_uses_clopper_pearson(edge):
    est = stats.proportion(np.full(10, edge), np.linspace(1, 2, 10))
    bound = 0.3084971078187608  # Clopper-Pearson upper limit for 0 of 10 (95%)
    assert est.value == edge and est.se == 0.0
    if edge == 0.0:
        assert (est.ci_low, est.ci_high) == (0.0, pytest.approx(bound, rel=1e-12))
    else:
        assert (est.ci_low, est.ci_high) == (pytest.approx(1 - bound, rel=1e-12), 1.0)


def test_proportion_near_zero_stays_inside_unit_interval():
    y = np.zeros(5000)
    y[0] = 1.0
    est = stats.proportion(y, np.ones(5000))
    assert 0.0 < est.ci_low < est.value < est.ci_high < 1.0


# ---------------------------------------------------------------- raking


def test_rake_one_margin_is_post_stratification():
    raked = stats.rake([1.0, 1.0, 2.0], {"sex": ["f", "f", "m"]}, {"sex": {"f": 10, "m": 20}})
    np.testing.assert_allclose(raked, [5.0, 5.0, 20.0], rtol=1e-12)


def test_rake_two_margins_reaches_independence_table():
    a, b = [0, 0, 1, 1], [0, 1, 0, 1]
    raked = stats.rake(np.ones(4), {"a": a, "b": b}, {"a": {0: 30, 1: 70}, "b": {0: 40, 1: 60}})
    np.testing.assert_allclose(raked, [12.0, 18.0, 28.0, 42.0], rtol=1e-9)


@pytest.mark.parametrize(
    ("margins", "targets", "message"),
    [
        ({"a": ["x", "x"]}, {"a": {"x": 5, "y": 5}}, "have targets but no respondents"),
        ({"a": ["x", "z"]}, {"a": {"x": 5}}, "have no target"),
        ({"a": ["x", "y"], "b": [1, 2]}, {"a": {"x": 5, "y": 5}, "b": {1: 5, 2: 6}}, "disagree"),
        ({"a": ["x", "y"]}, {"b": {"x": 5}}, "same, non-empty set"),
        ({"a": ["x", "y"]}, {"a": {"x": 5, "y": 0}}, "positive and finite"),
        # only the diagonal is sampled: a0 = 50 and b0 = 30 cannot both hold
        ({"a": [0, 1], "b": [0, 1]}, {"a": {0: 50, 1: 50}, "b": {0: 30, 1: 70}}, "converge"),
    ],
)
def test_rake_rejects_impossible_targets(margins, targets, message):
    with pytest.raises(ValueError, match=message):
        stats.rake(np.ones(2), margins, targets)


# ---------------------------------------------------------------- change, trend, fdr


def test_change_by_hand():
    a = Estimate(10.0, 3.0, 0.0, 0.0, 100, 99)
    b = Estimate(14.0, 4.0, 0.0, 0.0, 100, 99)
    res = stats.change(a, b)
    assert (res.diff, res.se, res.z) == (4.0, 5.0, pytest.approx(0.8))
    assert res.p == pytest.approx(0.42371079, rel=1e-7)  # 2 * (1 - Phi(0.8))
    assert (res.ci_low, res.ci_high) == (pytest.approx(4 - Z_975 * 5), pytest.approx(4 + Z_975 * 5))


def test_change_with_zero_variance_is_defined():
    zero = Estimate(0.0, 0.0, 0.0, 0.0, 50, 49)
    assert stats.change(zero, zero).p == 1.0
    assert stats.change(zero, Estimate(0.2, 0.0, 0.2, 0.2, 50, 49)).p == 0.0


def test_trend_wls_matches_statsmodels_fixed_scale():
    t = np.arange(1.0, 9.0)
    v = np.array([50.1, 51.0, 50.7, 52.3, 52.9, 53.2, 54.8, 54.1])
    s = np.array([0.5, 0.6, 0.4, 0.7, 0.5, 0.6, 0.5, 0.8])
    res = stats.trend(t, v, s)
    fit = WLS(v, np.column_stack([np.ones(8), t]), weights=1 / s**2).fit(cov_type="fixed scale")
    assert res.slope == pytest.approx(fit.params[1], rel=1e-10)
    assert res.slope_se == pytest.approx(fit.bse[1], rel=1e-10)
    assert res.slope_p == pytest.approx(fit.pvalues[1], rel=1e-8)


def test_trend_mann_kendall_by_brute_force():
    t = np.arange(7.0)
    v = np.array([3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.6])
    res = stats.trend(t, v, np.ones(7))
    pairs = list(itertools.combinations(range(7), 2))

    def mk_s(x) -> int:  # Mann-Kendall S: concordant minus discordant pairs
        return sum(int(x[j] > x[i]) - int(x[j] < x[i]) for i, j in pairs)

    s_stat = mk_s(v)
    assert res.tau == pytest.approx(s_stat / 21)
    # exact p: share of the 7! orderings at least as extreme
    extreme = sum(abs(mk_s(p)) >= abs(s_stat) for p in itertools.permutations(range(7)))
    assert res.tau_p == pytest.approx(extreme / math.factorial(7), rel=1e-10)
    slopes = [(v[j] - v[i]) / (t[j] - t[i]) for i, j in itertools.combinations(range(7), 2)]
    assert res.theil_sen_slope == pytest.approx(np.median(slopes))


def test_trend_says_when_too_few_waves():
    four = stats.trend([1, 2, 3, 4], [1.0, 2.0, 3.0, 4.0], [0.1] * 4)
    assert four.tau == 1.0 and four.tau_p == pytest.approx(2 / 24)
    assert not four.can_reach_significance and "cannot reach" in four.note
    six = stats.trend(range(6), [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.1] * 6)
    assert six.can_reach_significance and six.note is None and six.tau_p < 0.05


@pytest.mark.parametrize("n_waves", [3, 8, 40])
def test_trends_vectorised_equals_trend_per_series(n_waves):
    rng = np.random.default_rng(n_waves)
    times = rng.permutation(np.arange(2010.0, 2010.0 + n_waves))
    values = np.vstack(
        [
            rng.normal(size=(20, n_waves)),
            np.round(rng.normal(size=(20, n_waves))),  # ties: tie-corrected normal p
            np.full((1, n_waves), 3.0),  # flat
            np.argsort(np.argsort(times))[None, :] * 1.0,  # monotone in time: exact p
        ]
    )
    ses = rng.uniform(0.1, 1.0, values.shape)
    batch = stats.trends(times, values, ses)
    for i in range(len(values)):
        one = stats.trend(times, values[i], ses[i])
        for field in ("slope", "slope_se", "slope_p", "tau", "tau_p", "theil_sen_slope"):
            assert getattr(batch, field)[i] == pytest.approx(getattr(one, field), rel=1e-9), field
        assert batch.note == one.note


def test_fdr_by_hand_and_against_statsmodels():
    q = stats.fdr([0.01, 0.04, 0.03, 0.5])
    np.testing.assert_allclose(q, [0.04, 0.16 / 3, 0.16 / 3, 0.5], rtol=1e-12)
    p = np.random.default_rng(2).uniform(size=500) ** 3
    np.testing.assert_allclose(stats.fdr(p), multipletests(p, method="fdr_bh")[1], rtol=1e-12)
    assert stats.fdr([]).shape == (0,)


# ---------------------------------------------------------------- scales and gains


def test_cronbach_alpha_matches_covariance_formula_and_drops_missing():
    rng = np.random.default_rng(6)
    items = rng.normal(size=(200, 1)) + rng.normal(size=(200, 5))
    cov = np.cov(items, rowvar=False)
    direct = 5 / 4 * (1 - np.trace(cov) / cov.sum())
    assert stats.cronbach_alpha(items) == pytest.approx(direct, rel=1e-12)
    holed = items.copy()
    holed[3, 2] = holed[50, 0] = np.nan
    complete = np.delete(items, [3, 50], axis=0)
    assert stats.cronbach_alpha(holed) == pytest.approx(stats.cronbach_alpha(complete))
    assert stats.cronbach_alpha(np.array([[1, 1], [2, 2], [4, 4.0]])) == pytest.approx(1.0)


def test_paired_gain_against_scipy_and_by_hand():
    pre = np.array([40.0, 30, 50, 45, 35, 42, 38, 55, 60, 25, 41, 49])
    post = pre + np.array([30.0, 32, 16, 35, 26, 33, 20, 22, 21, 36, 38, 24])  # distinct
    res = stats.paired_gain(pre, post)
    assert (res.mean_pre, res.mean_post) == (pytest.approx(pre.mean()), pytest.approx(post.mean()))
    assert res.hake_gain == pytest.approx((post.mean() - pre.mean()) / (100 - pre.mean()))
    ref = sps.wilcoxon(post, pre)
    assert (res.wilcoxon_stat, res.wilcoxon_p) == (ref.statistic, ref.pvalue)
    n = len(pre)  # no ties, no zeros: Z from the textbook normal approximation of R+
    z = (n * (n + 1) / 2 - n * (n + 1) / 4) / math.sqrt(n * (n + 1) * (2 * n + 1) / 24)
    assert res.effect_r == pytest.approx(z / math.sqrt(n), rel=1e-12)


def test_paired_gain_without_change_and_at_ceiling():
    res = stats.paired_gain([100.0, 100.0, 100.0], [100.0, 100.0, 100.0])
    assert (res.wilcoxon_p, res.effect_r, res.hake_gain) == (1.0, 0.0, None)


def test_index_score_by_hand():
    items = np.array([[1, 5, 3], [np.nan, 1, np.nan], [np.nan] * 3, [2, 2, 2]])
    got = stats.index_score(items, 1, 5, reverse=[1])
    # row 0: 0, 0 (reversed 100), 50; row 1: reversed 0 -> 100; row 3: 25, 75, 25
    np.testing.assert_allclose(got[[0, 1, 3]], [50 / 3, 100.0, 125 / 3], rtol=1e-12)
    assert np.isnan(got[2])


@pytest.mark.parametrize(
    ("args", "suppress", "reasons"),
    [
        ((29, 1.0, 10.0), True, ("n<30",)),
        ((30, 2.9, 10.0), False, ()),
        ((500, 3.0, 10.0), True, ("rse>=0.30",)),
        ((10, 5.0, -10.0), True, ("n<30", "rse>=0.30")),
        ((100, 0.0, 0.0), False, ()),
        ((100, 0.1, 0.0), True, ("rse>=0.30",)),
        ((100, None, None), False, ()),
    ],
)
def test_suppressed(args, suppress, reasons):
    res = stats.suppressed(*args)
    assert (res.suppress, res.reasons) == (suppress, reasons)
    assert res.reason == ("; ".join(reasons) or None)


# ---------------------------------------------------------------- properties

samples = st.integers(4, 40).flatmap(
    lambda n: st.tuples(
        hnp.arrays(np.float64, n, elements=st.floats(-100, 100, allow_subnormal=False)),
        hnp.arrays(np.float64, n, elements=st.floats(0.01, 100)),
        hnp.arrays(np.int64, n, elements=st.integers(0, 2)),
        st.floats(1e-3, 1e3),
    )
)


@PROPS
@given(samples)
def test_weight_scale_changes_no_estimate(sample):
    y, w, s, c = sample
    scale = 1 + float(np.abs(y).max())
    for strata in (None, s):
        assert close(
            stats.weighted_mean(y, w, strata, lonely="adjust"),
            stats.weighted_mean(y, w * c, strata, lonely="adjust"),
            scale=scale,
        )
    y01 = (y > 0).astype(float)
    assert close(
        stats.proportion(y01, w, s, lonely="adjust"),
        stats.proportion(y01, w * c, s, lonely="adjust"),
        scale=1.0,
    )
    before = stats.domain_means(y, w, s % 2, s, lonely="adjust")
    after = stats.domain_means(y, w * c, s % 2, s, lonely="adjust")
    assert all(close(before[k], after[k], scale=scale) for k in before)


@PROPS
@given(samples)
def test_se_nonnegative_and_interval_contains_value(sample):
    y, w, s, _ = sample
    found = [
        stats.weighted_mean(y, w, s, lonely="remove"),
        stats.proportion((y > 0).astype(float), w, s, lonely="remove"),
        *stats.domain_means(y, w, s % 2, s, lonely="remove").values(),
    ]
    for est in found:
        assert est.se >= 0
        assert est.ci_low <= est.value <= est.ci_high


@PROPS
@given(
    st.integers(6, 60).flatmap(
        lambda n: st.tuples(
            hnp.arrays(np.float64, n, elements=st.floats(0.1, 10)),
            hnp.arrays(np.int64, n, elements=st.integers(0, 2)),
            hnp.arrays(np.int64, n, elements=st.integers(0, 1)),
            st.floats(1e-3, 1e3),
        )
    )
)
def test_raked_weights_hit_every_target(sample):
    w, a, b, c = sample
    # every a x b cell sampled, so the targets are reachable
    a, b = np.r_[0, 0, 1, 1, 2, 2, a], np.r_[0, 1, 0, 1, 0, 1, b]
    w = np.r_[np.ones(6), w]
    shares_a = {k: 1.0 + k for k in np.unique(a).tolist()}
    shares_b = {k: 2.0 + k for k in np.unique(b).tolist()}
    total = 1000.0
    targets = {
        "a": {k: total * v / sum(shares_a.values()) for k, v in shares_a.items()},
        "b": {k: total * v / sum(shares_b.values()) for k, v in shares_b.items()},
    }
    raked = stats.rake(w, {"a": a, "b": b}, targets, max_iter=2000)
    for name, labels in (("a", a), ("b", b)):
        for k, goal in targets[name].items():
            assert raked[labels == k].sum() == pytest.approx(goal, rel=1e-8)
    np.testing.assert_allclose(
        stats.rake(w * c, {"a": a, "b": b}, targets, max_iter=2000), raked, rtol=1e-8
    )


# ---------------------------------------------------------------- bad input

NAN = float("nan")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: stats.weighted_mean([], []), "empty"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0]), "length"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0, 0.0]), "positive"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0, -2.0]), "positive"),
        (lambda: stats.weighted_mean([1.0, NAN], [1.0, 1.0]), "NaN"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0, NAN]), "NaN"),
        (lambda: stats.weighted_mean([1.0, 2.0, 3.0], [1.0] * 3, [1, 1]), "length"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0] * 2, [1.0, NAN]), "NaN"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0] * 2, ["a", None]), "missing"),
        (lambda: stats.weighted_mean([5.0], [1.0]), "only one respondent"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0] * 2, level=1.5), "level"),
        (lambda: stats.weighted_mean([1.0, 2.0], [1.0] * 2, lonely="drop"), "lonely"),
        (lambda: stats.weighted_mean(["a", "b"], [1.0] * 2), "numeric"),
        (lambda: stats.proportion([0.0, 2.0], [1.0] * 2), "0/1"),
        (lambda: stats.domain_means([1.0, 2.0], [1.0] * 2, ["a"]), "length"),
        (lambda: stats.grouped_coded_means([0, 5], [1.0, 2.0], [1.0] * 2, None), "codes"),
        (lambda: stats.trend([1, 2], [1.0, 2.0], [0.1, 0.1]), "3 waves"),
        (lambda: stats.trend([1, 1, 2], [1.0, 2.0, 3.0], [0.1] * 3), "distinct"),
        (lambda: stats.trend([1, 2, 3], [1.0, 2.0, 3.0], [0.1, 0.0, 0.1]), "positive"),
        (lambda: stats.trend([1, 2, 3], [1.0, NAN, 3.0], [0.1] * 3), "NaN"),
        (lambda: stats.fdr([0.2, 1.5]), "within"),
        (lambda: stats.fdr([0.2, NAN]), "finite"),
        (lambda: stats.cronbach_alpha([[1.0, 2.0]]), "2 complete"),
        (lambda: stats.cronbach_alpha([[1.0, 1.0], [1.0, 1.0]]), "do not vary"),
        (lambda: stats.paired_gain([1.0, 2.0], [1.0]), "length"),
        (lambda: stats.paired_gain([1.0, NAN], [1.0, 2.0]), "NaN"),
        (lambda: stats.index_score([[1.0, 6.0]], 1, 5), "outside"),
        (lambda: stats.index_score([[1.0, 2.0]], 1, 5, reverse=[2]), "reverse"),
        (lambda: stats.suppressed(50, se=1.0), "together"),
        (lambda: stats.suppressed(50, se=NAN, value=1.0), "finite"),
        (
            lambda: stats.change(Estimate(1.0, NAN, 0, 0, 1, 1), Estimate(1.0, 1.0, 0, 0, 1, 1)),
            "finite",
        ),
    ],
)
def test_bad_input_raises_clear_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()

"""Item analysis (facility, discrimination, alpha) and knowledge gain, against hand values,
numpy and scipy; and who may see these pages."""

from datetime import UTC, date, datetime

import numpy as np
import pytest
from scipy import stats as scipy_stats

from accounts.models import Region, User
from extensions import db
from training import analysis
from training.models import Attempt, AttemptItem, Enrollment, Module

HAND_MATRIX = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 1, 0], [1, 0, 1]]


def region_id(code: str) -> int:
    return db.session.execute(db.select(Region.id).filter_by(code=code)).scalar_one()


def add_attempt(user_id, module_id, kind, scores=None, questions=None, percent=None,
                number=1, enrollment=None, submitted_at=None):  # fmt: skip
    """A submitted attempt written directly: item scores per drawn question, or a percent."""
    if enrollment is None:
        cycle = (
            1
            + db.session.execute(
                db.select(db.func.count(Enrollment.id)).filter_by(
                    user_id=user_id, module_id=module_id
                )
            ).scalar()
        )
        enrollment = Enrollment(user_id=user_id, module_id=module_id, cycle=cycle)
        db.session.add(enrollment)
    scores = scores or []
    attempt = Attempt(
        enrollment=enrollment, user_id=user_id, module_id=module_id, kind=kind, number=number,
        submitted_at=submitted_at or datetime(2026, 10, 1, 6, 0, tzinfo=UTC),
        score_raw=sum(scores), score_max=len(scores) or 10,
        percent=percent if percent is not None else 100 * sum(scores) / len(scores),
        passed=None if kind == "pre" else False,
        items=[
            AttemptItem(position=position, question_id=question.id, choice_order=[],
                        selected=[], correct=bool(score))
            for position, (question, score) in enumerate(zip(questions or [], scores, strict=True))
        ],
    )  # fmt: skip
    db.session.add(attempt)
    return attempt


@pytest.fixture
def users(app, regions):
    """Learners written directly (no password hashing: they never sign in)."""
    counter = iter(range(1, 10_000))

    def factory(count, region="KZ-35"):
        with app.app_context():
            made = [
                User(email=f"learner{next(counter)}@adal.example", full_name="Learner",
                     password_hash="-", role="civil_servant", region_id=region_id(region))
                for _ in range(count)
            ]  # fmt: skip
            db.session.add_all(made)
            db.session.commit()
            return [user.id for user in made]

    return factory


def test_hand_computed_item_statistics(app, make_module, users):
    module_id = make_module()
    learners = users(5)
    with app.app_context():
        questions = db.session.get(Module, module_id).questions[:3]
        for user_id, row in zip(learners, HAND_MATRIX, strict=True):
            add_attempt(user_id, module_id, "post", row, questions)
        db.session.commit()
        report = analysis.item_analysis(module_id)
    assert report.attempts == 5
    by_question = {row.question.id: row for row in report.questions}
    first, second, third = (by_question[q.id] for q in questions)
    assert (first.n, first.facility, second.facility, third.facility) == (5, 80.0, 60.0, 40.0)
    # Q1: item [1,1,1,0,1] against the rest [1,.5,0,.5,.5]: no linear relation at all.
    assert first.discrimination == pytest.approx(0.0, abs=1e-12)
    # Q2: item [1,1,0,1,0], rest [1,.5,.5,0,1]: r = -0.3 / sqrt(1.2 × 0.7).
    assert second.discrimination == pytest.approx(-0.3 / np.sqrt(0.84), abs=1e-12)
    assert "low_discrimination" in first.flags and "low_discrimination" in second.flags
    # Alpha over the 3 slots: 3/2 × (1 - 0.8 / 0.7).
    assert report.alpha == pytest.approx(1.5 * (1 - 0.8 / 0.7), abs=1e-12)
    assert (report.alpha_slots, report.alpha_attempts) == (3, 5)
    untouched = [row for row in report.questions if row.question not in questions]
    assert all(
        row.n == 0 and row.facility is None and row.discrimination is None for row in untouched
    )


def test_random_draws_against_numpy(app, make_module, users):
    """Each attempt draws 4 of 12 questions; every index matches numpy on the raw data."""
    module_id = make_module()
    learners = users(40)
    rng = np.random.default_rng(11)
    data: dict[int, list[tuple[int, float]]] = {}
    with app.app_context():
        questions = db.session.get(Module, module_id).questions
        ability = rng.normal(size=len(learners))
        for user_id, skill in zip(learners, ability, strict=True):
            drawn = rng.choice(len(questions), size=4, replace=False)
            scores = [int(rng.random() < 1 / (1 + np.exp(-(skill + 0.3 * k)))) for k in drawn]
            add_attempt(user_id, module_id, "post", scores, [questions[k] for k in drawn])
            for k, score in zip(drawn, scores, strict=True):
                data.setdefault(questions[k].id, []).append((score, (sum(scores) - score) / 3))
        db.session.commit()
        report = analysis.item_analysis(module_id)
        matrix = np.array(
            [
                [1.0 if item.correct else 0.0 for item in attempt.items]
                for attempt in db.session.execute(db.select(Attempt).order_by(Attempt.id)).scalars()
            ]
        )
    for row in report.questions:
        pairs = np.array(data.get(row.question.id, []))
        assert row.n == len(pairs)
        if len(pairs) == 0:
            continue
        assert row.facility == pytest.approx(100 * pairs[:, 0].mean())
        constant = pairs[:, 0].std() == 0 or pairs[:, 1].std() == 0 or len(pairs) < 3
        if constant:
            assert row.discrimination is None
        else:
            assert row.discrimination == pytest.approx(np.corrcoef(pairs.T)[0, 1], abs=1e-9)
    k = matrix.shape[1]
    expected = k / (k - 1) * (1 - matrix.var(axis=0, ddof=1).sum() / matrix.sum(axis=1).var(ddof=1))
    assert report.alpha == pytest.approx(expected, abs=1e-12)


def test_first_attempts_only_and_flags(app, make_module, users):
    module_id = make_module()
    learners = users(4)
    with app.app_context():
        questions = db.session.get(Module, module_id).questions[:2]
        for user_id in learners:
            first = add_attempt(user_id, module_id, "post", [1, 1], questions)
            add_attempt(user_id, module_id, "post", [0, 0], questions, number=2,
                        enrollment=first.enrollment)  # fmt: skip
        db.session.commit()
        everything = analysis.item_analysis(module_id)
        firsts = analysis.item_analysis(module_id, first_only=True)
    assert everything.attempts == 8 and firsts.attempts == 4
    assert firsts.questions[0].facility == 100.0 and "too_easy" in firsts.questions[0].flags
    assert firsts.questions[0].discrimination is None  # every score the same
    assert everything.questions[0].facility == 50.0 and everything.questions[0].flags == []
    assert everything.questions[0].discrimination == pytest.approx(1.0)


def test_pearson_from_sums_matches_numpy():
    rng = np.random.default_rng(3)
    for _ in range(50):
        n = int(rng.integers(3, 60))
        x = (rng.random(n) < 0.6).astype(float)
        y = rng.random(n)
        r = analysis.pearson_from_sums(
            n, x.sum(), y.sum(), (x * x).sum(), (y * y).sum(), (x * y).sum()
        )
        if x.std() == 0:
            assert r is None
        else:
            assert r == pytest.approx(np.corrcoef(x, y)[0, 1], abs=1e-9)
    assert analysis.pearson_from_sums(2, 1, 1, 1, 1, 1) is None


PRE = [40, 55, 60, 30, 70, 65, 50, 45, 80, 35, 50, 60]
POST = [80, 75, 90, 60, 70, 85, 75, 80, 95, 50, 45, 90]


def test_knowledge_gain_against_scipy(app, make_module, users):
    module_id = make_module()
    learners = users(len(PRE))
    unpaired = users(1)[0]
    with app.app_context():
        for user_id, before, after in zip(learners, PRE, POST, strict=True):
            pre = add_attempt(user_id, module_id, "pre", percent=before)
            add_attempt(user_id, module_id, "post", percent=after, enrollment=pre.enrollment)
            # A second post-test attempt must not count: the first one is the measure.
            add_attempt(user_id, module_id, "post", percent=100, number=2,
                        enrollment=pre.enrollment)  # fmt: skip
        # A learner with a pre-test only is not paired.
        add_attempt(unpaired, module_id, "pre", percent=10)
        db.session.commit()
        gain = analysis.knowledge_gain(module_id)
    expected = scipy_stats.wilcoxon(POST, PRE)
    assert gain.n == len(PRE) and gain.small_sample
    assert gain.mean_pre == pytest.approx(np.mean(PRE))
    assert gain.mean_post == pytest.approx(np.mean(POST))
    assert gain.mean_gain == pytest.approx(np.mean(POST) - np.mean(PRE))
    assert gain.hake_gain == pytest.approx((np.mean(POST) - np.mean(PRE)) / (100 - np.mean(PRE)))
    assert gain.wilcoxon_stat == pytest.approx(expected.statistic)
    assert gain.wilcoxon_p == pytest.approx(expected.pvalue)
    assert gain.effect_r > 0


def test_knowledge_gain_by_region_and_period(app, make_module, users):
    module_id = make_module()
    karaganda, astana = users(3, "KZ-35"), users(2, "KZ-71")
    # Post-tests on 31 Oct 20:00 UTC (1 Nov in Almaty) and on 15 Nov.
    moments = [datetime(2026, 10, 31, 20, 0, tzinfo=UTC), datetime(2026, 11, 15, 6, 0, tzinfo=UTC)]
    with app.app_context():
        for index, user_id in enumerate(karaganda + astana):
            pre = add_attempt(user_id, module_id, "pre", percent=50)
            add_attempt(user_id, module_id, "post", percent=60 + 10 * index,
                        enrollment=pre.enrollment, submitted_at=moments[index % 2])  # fmt: skip
        db.session.commit()
        kz35, kz71 = region_id("KZ-35"), region_id("KZ-71")
        assert analysis.knowledge_gain(module_id, kz35).n == 3
        assert analysis.knowledge_gain(module_id, kz71).mean_post == pytest.approx(95.0)
        november = analysis.knowledge_gain(
            module_id, start=date(2026, 11, 1), end=date(2026, 11, 1)
        )
        assert november.n == 3  # users 0, 2, 4: their post-test fell on 1 Nov, Almaty time
        assert analysis.knowledge_gain(module_id, start=date(2026, 11, 2)).n == 2
        assert analysis.knowledge_gain(module_id, end=date(2026, 10, 31)).n == 0
        single = analysis.knowledge_gain(module_id, kz71, end=date(2026, 11, 1))
        assert single.n == 1 and single.mean_pre is None  # one pair: no statistics
        rows = analysis.knowledge_gain_by_region(module_id)
        # By name in the reader's language: Astana before Karaganda.
        assert [(region.code, gain.n) for region, gain in rows] == [("KZ-71", 2), ("KZ-35", 3)]


def three_learners(app, make_module, users) -> None:
    """Pre-tests 20, 40, 30 %; post-tests the first three rows of HAND_MATRIX."""
    module_id = make_module()
    learners = users(3)
    with app.app_context():
        questions = db.session.get(Module, module_id).questions[:3]
        for user_id, before, row in zip(learners, (20, 40, 30), HAND_MATRIX, strict=False):
            pre = add_attempt(user_id, module_id, "pre", percent=before)
            add_attempt(user_id, module_id, "post", row, questions, enrollment=pre.enrollment)
        db.session.commit()


def test_gain_and_analysis_pages_and_who_sees_them(
    app, client, auth, make_module, make_user, users
):
    three_learners(app, make_module, users)
    with app.app_context():
        astana = region_id("KZ-71")
    auth.login(make_user(role="admin")["email"])
    response = client.get("/admin/training/test-integrity/analysis")
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page
    assert "Cronbach" in page and "Facility index" in page and "Too easy" in page
    page = client.get("/admin/training/test-integrity/gain").get_data(as_text=True)
    assert "Only 3 learners" in page and "Karaganda Region" in page
    bad = client.get("/admin/training/test-integrity/gain?start=2026-12-01&end=2026-11-01")
    assert bad.status_code == 400 and "The end date must not be before the start." in bad.get_data(
        as_text=True
    )
    assert client.get("/admin/training/test-integrity/gain?start=yesterday").status_code == 400
    auth.logout()

    auth.login(make_user(role="analyst", region="KZ-35")["email"])
    assert client.get("/admin/training/test-integrity/analysis").status_code == 403
    page = client.get("/admin/training/test-integrity/gain").get_data(as_text=True)
    assert "Learners" in page and "By region" not in page
    assert client.get(f"/admin/training/test-integrity/gain?region={astana}").status_code == 403
    auth.logout()

    auth.login(make_user(role="civil_servant")["email"])
    assert client.get("/admin/training/test-integrity/gain").status_code == 403
    assert client.get("/admin/training").status_code == 403


@pytest.mark.parametrize(
    ("language", "facility", "flags", "mean_post", "few", "facility_label", "category"),
    [
        ("kk", "66,7%", "0,3 шегінен төмен", "<dd>66,7</dd>", "Тек 3 тыңдаушы.",
         "Оңайлық индексі", "Basics (қаз)"),
        ("ru", "66,7%", "ниже 0,3", "<dd>66,7</dd>", "Всего 3 слушателя.",
         "Индекс лёгкости", "Basics (рус)"),
        ("en", "66.7%", "below 0.3", "<dd>66.7</dd>", "Only 3 learners.",
         "Facility index", "Basics"),
    ],
)  # fmt: skip
def test_figures_show_a_decimal_comma_in_kazakh_and_russian(
    app, client, auth, make_module, make_user, users, language, facility, flags, mean_post, few,
    facility_label, category
):  # fmt: skip
    three_learners(app, make_module, users)
    auth.login(make_user(role="admin")["email"])
    page = client.get(f"/admin/training/test-integrity/analysis?lang={language}").get_data(
        as_text=True
    )
    assert f'data-label="{facility_label}">{facility}</td>' in page and flags in page
    # Questions are named by their category's title, never by its code.
    assert f"{category}:</span>" in page and ">basics ·" not in page
    page = client.get(f"/admin/training/test-integrity/gain?lang={language}").get_data(as_text=True)
    assert mean_post in page and few in page

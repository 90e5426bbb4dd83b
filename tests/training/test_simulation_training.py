"""Simulated learners: tests with a known knowledge gain per module, one module without."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from accounts.models import Region, User
from extensions import db
from localization import utcnow
from simulation.population import demo_population
from simulation.surveys import quarter_waves
from simulation.training import (
    SIMULATED_ORGANISATION,
    generate_learners,
    learner_regions,
    published_modules,
)
from training import analysis, xapi
from training.models import Assignment, Attempt, AttemptKind, Certificate, Enrollment, Module
from trends import stats

SEEDS = range(20)


def simulate(runner, learners: int):
    """A small simulation: two waves of 40 responses, and ``learners`` learners."""
    args = ["demo", "simulate", "--waves", "2", "--responses", "40", "--learners", str(learners)]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def modules(make_module):
    """A module with a gain (conflict of interest) and one without (ethics, public control)."""
    return {
        "gain": make_module("with-gain", topic="conflict_of_interest"),
        "none": make_module("without-gain", topic="ethics_public_control"),
    }


def first_pairs(learners, module_id: int) -> tuple[list[float], list[float]]:
    """(pre %, first post %) of every enrolment in the module that has both."""
    pre, post = [], []
    for learner in learners:
        for enrollment in learner.enrollments:
            kinds = {a.kind: a for a in reversed(enrollment.attempts)}  # first of each kind
            if enrollment.module_id == module_id and AttemptKind.POST in kinds:
                pre.append(kinds[AttemptKind.PRE].percent)
                post.append(kinds[AttemptKind.POST].percent)
    return pre, post


def test_knowledge_gain_found_where_put_and_not_where_not(app, modules):
    """Over 20 seeds of 120 learners: the gain module's Wilcoxon p < 0.05 in every seed but at
    most two; the module without a gain reaches it in at most 5 (5% expected: 1 of 20)."""
    now = datetime(2026, 12, 1, tzinfo=UTC)
    periods = [(w.opens_at, w.closes_at) for w in quarter_waves(4, now)]
    regions = learner_regions(demo_population(), 120)
    significant = {"gain": 0, "none": 0}
    with app.app_context():
        loaded = published_modules()
        for seed in SEEDS:
            learners = list(generate_learners(loaded, regions, periods, seed, now))
            for name, module_id in modules.items():
                pre, post = first_pairs(learners, module_id)
                gain = stats.paired_gain(pre, post)
                assert gain.n > 80
                if gain.wilcoxon_p < 0.05 and (name == "none" or gain.mean_gain > 0):
                    significant[name] += 1
    assert significant["gain"] >= 18
    assert significant["none"] <= 5


def test_simulated_training_in_the_database(app, demo, modules, runner):
    result = simulate(runner, 80)
    assert "Training: 80 simulated learners (they cannot sign in)" in result.output
    with app.app_context():
        learners = list(db.session.execute(select(User).filter_by(simulated=True)).scalars())
        assert len(learners) == 80
        assert all(u.role == "civil_servant" and not u.is_active for u in learners)
        assert all(u.organisation == SIMULATED_ORGANISATION for u in learners)
        assert {u.region_id for u in learners} == set(
            db.session.execute(select(Region.id)).scalars()
        )
        assert db.session.execute(
            select(func.count())
            .select_from(Assignment)
            .filter_by(organisation=SIMULATED_ORGANISATION)
        ).scalar_one() == len(modules)
        assert db.session.execute(select(func.count()).select_from(Certificate)).scalar_one() == 0

        now = utcnow()
        for attempt in db.session.execute(select(Attempt)).scalars():
            correct = [item.correct for item in attempt.items]
            assert attempt.score_raw == sum(correct) and attempt.score_max == len(correct)
            assert attempt.percent == pytest.approx(100 * sum(correct) / len(correct), abs=0.01)
            if attempt.kind == AttemptKind.PRE:
                assert attempt.passed is None
            else:
                assert attempt.passed == (attempt.percent >= attempt.module.pass_mark)
            assert attempt.started_at <= attempt.submitted_at <= now
            for item in attempt.items:
                assert set(item.selected) <= set(item.choice_order)
                assert item.correct == (set(item.selected) == item.question.correct_ids)
        for enrollment in db.session.execute(select(Enrollment)).scalars():
            passed = [a for a in enrollment.attempts if a.passed]
            assert enrollment.completed_at == (passed[0].submitted_at if passed else None)
            assert enrollment.attempts[0].kind == AttemptKind.PRE

        gain = analysis.knowledge_gain(modules["gain"])
        none = analysis.knowledge_gain(modules["none"])
        assert gain.n > 50 and gain.wilcoxon_p < 0.05 and gain.mean_gain > 10
        assert abs(none.mean_gain) < gain.mean_gain / 2
        report = analysis.item_analysis(modules["gain"])
        assert report.attempts > 50 and report.alpha is not None
        assert analysis.includes_simulated(modules["gain"])
        # The agency's learning record store gets real learners only.
        page = xapi.statement_page("https://adal.example", datetime(2000, 1, 1, tzinfo=UTC))
        assert page.statements == []

    cleared = runner.invoke(args=["demo", "simulate", "--clear"])
    assert "and 80 simulated learners" in cleared.output
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(Attempt)).scalar_one() == 0
        assert db.session.execute(select(func.count()).select_from(User)).scalar_one() == 0
        # The modules and their own assignments stay.
        assert db.session.execute(select(func.count()).select_from(Module)).scalar_one() == 2
        assert db.session.execute(select(func.count()).select_from(Assignment)).scalar_one() == 2


def test_simulated_learners_cannot_sign_in(app, demo, modules, runner, client):
    simulate(runner, 3)
    with app.app_context():
        email = db.session.execute(select(User.email).filter_by(simulated=True)).scalars().first()
    for password in ("adal-demo", "simulated:no-password", ""):
        response = client.post("/login", data={"email": email, "password": password})
        assert response.status_code in (400, 401)
        assert "/logout" not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("kk", "Модельденген деректер"),
        ("ru", "Смоделированные данные"),
        ("en", "Simulated data: these figures include data made by the simulation"),
    ],
)
def test_training_reports_say_when_simulated_learners_are_in(
    app, demo, modules, runner, client, auth, make_user, language, notice
):
    admin = make_user(role="admin")
    auth.login(admin["email"])
    slug = "with-gain"
    for path in (f"/admin/training/{slug}/gain", f"/admin/training/{slug}/analysis"):
        assert notice not in client.get(path, query_string={"lang": language}).get_data(
            as_text=True
        )
    simulate(runner, 30)
    for path in (f"/admin/training/{slug}/gain", f"/admin/training/{slug}/analysis"):
        page = client.get(path, query_string={"lang": language})
        assert page.status_code == 200
        assert notice in page.get_data(as_text=True)

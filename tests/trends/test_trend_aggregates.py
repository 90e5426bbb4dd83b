"""SQL sums per wave × region × question give the same estimates as trends.stats on raw rows,
on SQLite and on PostgreSQL alike."""

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from accounts.models import Region
from extensions import db
from surveys.authoring import build_questions
from surveys.models import Answer, Response, Survey, Wave
from trends import stats
from trends.aggregates import CellKey, item_estimates, item_sums


def likert(code: str) -> dict:
    return {
        "code": code,
        "type": "likert5",
        "construct": "trust",
        "texts": {"kk": "Сенесіз бе?", "ru": "Доверяете?", "en": "Do you trust?"},
    }


@pytest.fixture
def answered_waves(app, regions):
    """Two waves, three regions, two Likert items; random weights and some skipped answers."""
    rng = np.random.default_rng(20261128)
    raw = []
    with app.app_context():
        survey = Survey(
            slug="agg",
            titles={"en": "Aggregates"},
            audience="citizens",
            status="open",
            questions=build_questions([likert("q1"), likert("q2")]),
        )
        db.session.add(survey)
        now = datetime.now(UTC)
        waves = [
            Wave(
                survey=survey,
                label=label,
                opens_at=now - timedelta(days=90 - 40 * i),
                closes_at=now - timedelta(days=60 - 40 * i),
            )
            for i, label in enumerate(("2026-Q2", "2026-Q3"))
        ]
        db.session.add_all(waves)
        codes = ("KZ-35", "KZ-23", "KZ-71")
        region_ids = {r.code: r.id for r in db.session.execute(db.select(Region)).scalars()}
        db.session.flush()
        questions = {q.code: q.id for q in survey.questions}
        for wave in waves:
            for index in range(240):
                region = region_ids[codes[index % 3]]
                weight = float(rng.uniform(0.2, 3.5))
                response = Response(
                    wave_id=wave.id,
                    submitted_on=date.today(),
                    channel="web",
                    weight=weight,
                    region_id=region,
                )
                for question_id in questions.values():
                    if rng.random() < 0.1:
                        continue  # not answered
                    value = float(rng.integers(1, 6))
                    response.answers.append(Answer(question_id=question_id, value_num=value))
                    raw.append((wave.id, region, question_id, weight, value))
                db.session.add(response)
        db.session.commit()
        return [w.id for w in waves], raw


def test_sql_sums_equal_numpy_sums(app, answered_waves):
    wave_ids, raw = answered_waves
    rows = np.array(raw)
    with app.app_context():
        sums = item_sums(wave_ids)
    assert len(sums) == 2 * 3 * 2
    for wave_id, region_id, question_id, n, sw, swy, sww, swwy, swwyy in sums:
        cell = rows[
            (rows[:, 0] == wave_id) & (rows[:, 1] == region_id) & (rows[:, 2] == question_id)
        ]
        w, y = cell[:, 3], cell[:, 4]
        assert n == len(cell)
        np.testing.assert_allclose(
            [sw, swy, sww, swwy, swwyy],
            [w.sum(), (w * y).sum(), (w * w).sum(), (w * w * y).sum(), (w * w * y * y).sum()],
            rtol=1e-12,
        )


def test_estimates_from_sql_equal_weighted_mean_on_raw_rows(app, answered_waves):
    wave_ids, raw = answered_waves
    rows = np.array(raw)
    with app.app_context():
        estimates = item_estimates(wave_ids)
    assert len(estimates) == 12
    for key, estimate in estimates.items():
        assert isinstance(key, CellKey)
        cell = rows[
            (rows[:, 0] == key.wave_id)
            & (rows[:, 1] == key.region_id)
            & (rows[:, 2] == key.question_id)
        ]
        expected = stats.weighted_mean(cell[:, 4], cell[:, 3])
        assert estimate.n == expected.n == len(cell)
        assert estimate.value == pytest.approx(expected.value, rel=1e-10)
        assert estimate.se == pytest.approx(expected.se, rel=1e-8)
        assert estimate.ci_low == pytest.approx(expected.ci_low, rel=1e-8)
        assert estimate.df == expected.df


def test_only_asked_waves_and_questions(app, answered_waves):
    wave_ids, _ = answered_waves
    with app.app_context():
        one = item_estimates(wave_ids[:1])
        assert {key.wave_id for key in one} == {wave_ids[0]}
        question_id = next(iter(one)).question_id
        only = item_estimates(wave_ids, question_ids=[question_id])
        assert {key.question_id for key in only} == {question_id} and len(only) == 6
        assert item_estimates([-1]) == {}

"""``flask surveys ...``: list, open-wave, close-wave, invitations; each change audited."""

from datetime import UTC, datetime

from sqlalchemy import select

from accounts.audit import AuditEvent
from extensions import db
from surveys.models import Invitation, Survey, Wave
from tests.surveys.testdata import VALID


def audit(app) -> list[tuple]:
    with app.app_context():
        events = db.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [(e.action, e.target, e.actor_email, e.details) for e in events]


def test_open_wave_in_kazakhstan_time_opens_the_survey(app, runner, make_survey):
    make_survey(slug="draft", status="draft", wave=None)
    result = runner.invoke(
        args=[
            "surveys",
            "open-wave",
            "draft",
            "--label",
            "2027-Q1",
            "--opens",
            "2027-01-01",
            "--closes",
            "2027-04-01T00:00",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "2027-01-01 00:00 – 2027-04-01 00:00 (Asia/Almaty)" in result.output
    with app.app_context():
        survey = db.session.execute(select(Survey).filter_by(slug="draft")).scalar_one()
        (wave,) = survey.waves
        assert survey.status == "open"
        assert wave.opens_at == datetime(2026, 12, 31, 19, 0, tzinfo=UTC)  # UTC+5
        assert wave.closes_at == datetime(2027, 3, 31, 19, 0, tzinfo=UTC)
    assert audit(app) == [
        (
            "wave.open",
            "draft / 2027-Q1",
            "command-line",
            {"opens_at": "2026-12-31T19:00:00+00:00", "closes_at": "2027-03-31T19:00:00+00:00"},
        ),
    ]


def test_open_wave_refuses_overlaps_and_nonsense(app, runner, sample):
    def open_wave(*extra):
        return runner.invoke(args=["surveys", "open-wave", *extra])

    now = datetime.now(UTC).date().isoformat()
    overlap = open_wave("sample", "--label", "again", "--opens", now, "--closes", "2099-01-01")
    assert overlap.exit_code != 0 and "overlap wave '2026-Q4'" in overlap.output
    same = open_wave(
        "sample", "--label", "2026-Q4", "--opens", "2099-01-01", "--closes", "2099-02-01"
    )
    assert same.exit_code != 0 and "already has a wave" in same.output
    backwards = open_wave(
        "sample", "--label", "x", "--opens", "2099-02-01", "--closes", "2099-01-01"
    )
    assert backwards.exit_code != 0 and "close after it opens" in backwards.output
    garbage = open_wave("sample", "--label", "x", "--opens", "soon", "--closes", "2099-01-01")
    assert garbage.exit_code != 0 and "YYYY-MM-DD" in garbage.output
    unknown = open_wave("nope", "--label", "x", "--opens", "2099-01-01", "--closes", "2099-02-01")
    assert unknown.exit_code != 0 and "no survey with the slug 'nope'" in unknown.output
    assert audit(app) == []


def test_close_wave_stops_responses(app, client, runner, sample, counts):
    assert (
        client.post("/api/v1/surveys/sample/responses", json={"answers": VALID}).status_code == 201
    )
    result = runner.invoke(args=["surveys", "close-wave", "sample", "2026-Q4"])
    assert result.exit_code == 0 and "Closed wave 2026-Q4 of sample." in result.output
    assert (
        client.post("/api/v1/surveys/sample/responses", json={"answers": VALID}).status_code == 409
    )
    assert counts() == (1, 2)
    with app.app_context():
        assert not db.session.get(Wave, sample["wave_id"]).is_open()
    assert audit(app) == [("wave.close", "sample / 2026-Q4", "command-line", {"responses": 1})]
    again = runner.invoke(args=["surveys", "close-wave", "sample", "2026-Q4"])
    assert again.exit_code != 0 and "already closed" in again.output


def test_invitations_are_printed_once_and_stored_as_hashes(app, runner, sample):
    result = runner.invoke(args=["surveys", "invitations", "sample", "2026-Q4", "--count", "5"])
    assert result.exit_code == 0
    codes = result.output.strip().splitlines()[1:]
    assert len(codes) == len(set(codes)) == 5
    assert all(len(code) == 14 and code.count("-") == 2 for code in codes)
    with app.app_context():
        stored = db.session.execute(select(Invitation)).scalars().all()
        assert len(stored) == 5 and not any(i.used for i in stored)
        hashes = {i.code_hash for i in stored}
        assert not any(code in h or code.replace("-", "") in h for code in codes for h in hashes)
    assert audit(app) == [("invitations.create", "sample / 2026-Q4", "command-line", {"count": 5})]
    assert runner.invoke(
        args=["surveys", "invitations", "sample", "2026-Q4", "--count", "0"]
    ).exit_code
    missing = runner.invoke(args=["surveys", "invitations", "sample", "1999-Q1", "--count", "1"])
    assert "has no wave '1999-Q1'" in missing.output


def test_list_shows_surveys_waves_and_counts(runner, client, sample):
    client.post("/api/v1/surveys/sample/responses", json={"answers": VALID})
    runner.invoke(args=["surveys", "invitations", "sample", "2026-Q4", "--count", "2"])
    output = runner.invoke(args=["surveys", "list"]).output
    assert "sample\topen\tcitizens\tSample survey" in output
    assert "2026-Q4" in output and "open\t1 responses\tinvitations 0/2 used" in output

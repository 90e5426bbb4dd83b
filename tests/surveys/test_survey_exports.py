"""Exports of a wave's responses for analysts: CSV, XLSX, SPSS and the codebook; the analyst's
region scope; nothing identifying; the simulated flag; the command line."""

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import pyreadstat
import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from extensions import db
from surveys import export_jobs
from surveys.models import Response, Wave
from tests.surveys.testdata import VALID

API = "/api/v1/surveys/sample/responses"
ANSWERS = [
    {**VALID, "region": "KZ-35", "paid": "yes", "paid_where": ["police", "health"]},
    {**VALID, "region": "KZ-35", "note": "=1+1 қ"},
    {**VALID, "region": "KZ-23", "atr_fish": "yes", "trust": "2"},
]


@pytest.fixture
def answered(app, client, sample):
    for answers in ANSWERS:
        assert client.post(API, json={"answers": answers}).status_code == 201
    return sample


def signed_in(app, make_user, role="analyst", region=None):
    user = make_user(role=role, region=region)
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    client.post("/login", data={"email": user["email"], "password": user["password"]})
    return client


def read_csv(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads Kazakh letters
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_holds_every_answer_and_nothing_identifying(app, make_user, answered):
    client = signed_in(app, make_user, role="admin")
    wave = answered["wave_id"]
    response = client.get(f"/admin/surveys/sample/exports/{wave}.csv?language=kk")
    assert response.status_code == 200 and response.is_streamed
    assert "attachment" in response.headers["Content-Disposition"]
    rows = read_csv(response.data)
    assert len(rows) == 3
    assert list(rows[0])[:6] == ["row", "wave", "simulated", "channel", "weight", "region"]
    with app.app_context():
        ids = set(db.session.execute(select(Response.id)).scalars())
    text = response.data.decode("utf-8-sig")
    assert not any(response_id in text for response_id in ids)
    assert "submitted_on" not in text and "id" not in rows[0]
    paid = next(row for row in rows if row["paid"] == "1")
    assert (paid["paid_where_health"], paid["paid_where_police"], paid["paid_where_land"]) == (
        "1",
        "1",
        "0",
    )
    unpaid = next(row for row in rows if row["note"])
    assert unpaid["paid_where_health"] == ""  # not asked: an empty cell
    assert unpaid["note"] == "'=1+1 қ"  # no formula runs when a spreadsheet opens it
    assert {row["simulated"] for row in rows} == {"0"}
    assert sorted(row["region"] for row in rows) == ["KZ-23", "KZ-35", "KZ-35"]
    assert [row["row"] for row in rows] == ["1", "2", "3"]


def test_an_analyst_of_one_region_gets_only_its_responses(app, make_user, answered):
    wave = answered["wave_id"]
    atyrau = signed_in(app, make_user, region="KZ-23")
    rows = read_csv(atyrau.get(f"/admin/surveys/sample/exports/{wave}.csv?language=ru").data)
    assert [row["region"] for row in rows] == ["KZ-23"]
    everyone = signed_in(app, make_user, region=None)
    rows = read_csv(everyone.get(f"/admin/surveys/sample/exports/{wave}.csv?language=ru").data)
    assert len(rows) == 3
    page = atyrau.get("/admin/surveys/sample/exports").get_data(as_text=True)
    assert "only that region" in page
    servant = signed_in(app, make_user, role="civil_servant")
    assert servant.get(f"/admin/surveys/sample/exports/{wave}.csv?language=ru").status_code == 403


def test_codebook_labels_in_the_language_asked(app, make_user, answered):
    client = signed_in(app, make_user)
    wave = answered["wave_id"]
    data = client.get(f"/admin/surveys/sample/exports/{wave}/codebook.csv?language=kk").data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    by_name = {row[0]: row for row in rows if row and row[0]}
    assert by_name["trust"][1] == "Әкімдікке сенесіз бе?"
    assert "KZ-35 = Қарағанды облысы (SPSS 35)" in by_name["region"][3]
    assert "paid equals yes" in by_name["paid_where_health"][4] or by_name["paid_where_health"]
    assert by_name["fair"][4].count("reverse") == 1 or "кері" in by_name["fair"][4]
    assert any("sample" in row[3] for row in rows if len(row) > 3)


def wait_and_download(client, response) -> bytes:
    assert response.status_code == 302
    job_url = response.headers["Location"]
    export_jobs.wait_for(job_url.rstrip("/").split("/")[-1])
    page = client.get(job_url).get_data(as_text=True)
    assert "The file is ready: 3 responses." in page
    with client.get(job_url + "/download") as download:
        assert download.status_code == 200
        return download.data


def test_xlsx_export_with_a_codebook_sheet(app, make_user, answered):
    client = signed_in(app, make_user)
    query = {"wave": answered["wave_id"], "format": "xlsx", "language": "ru"}
    data = wait_and_download(
        client, client.get("/admin/surveys/sample/exports", query_string=query)
    )
    workbook = load_workbook(io.BytesIO(data), read_only=True)
    assert workbook.sheetnames == ["data", "codebook"]
    rows = list(workbook["data"].iter_rows(values_only=True))
    assert rows[0][:3] == ("row", "wave", "simulated") and len(rows) == 4
    note = rows[0].index("note")
    assert "=1+1 қ" in [row[note] for row in rows[1:]]  # a text cell, not a formula
    codebook = [row[1] for row in workbook["codebook"].iter_rows(values_only=True)]
    assert "Доверяете ли вы акимату?" in codebook


def test_the_job_is_its_owners_alone(app, make_user, answered):
    client = signed_in(app, make_user)
    query = {"wave": answered["wave_id"], "format": "xlsx", "language": "ru"}
    response = client.get("/admin/surveys/sample/exports", query_string=query)
    job_url = response.headers["Location"]
    export_jobs.wait_for(job_url.rstrip("/").split("/")[-1])
    other = signed_in(app, make_user, role="admin")
    assert other.get(job_url).status_code == 404
    with other.get(job_url + "/download") as refused:
        assert refused.status_code == 404
    assert client.get("/admin/surveys/exports/not-a-job-id-at-all/download").status_code == 404


def read_sav(data: bytes, tmp_path: Path):
    path = tmp_path / "export.sav"
    path.write_bytes(data)
    return pyreadstat.read_sav(str(path), user_missing=True)


def test_spss_file_with_kazakh_labels_and_missing_codes(app, make_user, answered, tmp_path):
    client = signed_in(app, make_user)
    query = {"wave": answered["wave_id"], "format": "sav", "language": "kk"}
    data = wait_and_download(
        client, client.get("/admin/surveys/sample/exports", query_string=query)
    )
    frame, meta = read_sav(data, tmp_path)
    labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
    assert labels["trust"] == "Әкімдікке сенесіз бе?"
    assert meta.variable_value_labels["region"][35] == "Қарағанды облысы"
    assert meta.variable_value_labels["paid"] == {
        1: "Иә",
        0: "Жоқ",
        -8: "Жауап жоқ",
        -9: "Сұралмады",
    }
    assert sorted(frame["region"].tolist()) == [23, 35, 35]
    assert sorted(frame["paid_times"].tolist()) == [-9, -9, -8]  # asked once, left blank
    assert sorted(frame["paid_where_police"].tolist()) == [-9, -9, 1]
    assert sorted(frame["paid_where_land"].tolist()) == [-9, -9, 0]
    assert sorted(frame["atr_fish"].tolist()) == [-9, -9, 1]  # asked in Atyrau only
    assert meta.missing_ranges["paid"] == [{"lo": -8.0, "hi": -8.0}, {"lo": -9.0, "hi": -9.0}]
    assert "simulated" in meta.column_names
    if shutil.which("pspp") is None:
        if os.environ.get("CI"):
            pytest.fail("pspp is required in CI (.ci/run installs it)")
        return
    path = tmp_path / "export.sav"
    syntax = tmp_path / "read.sps"
    syntax.write_text(f"GET FILE='{path}'.\nDISPLAY DICTIONARY /VARIABLES=region.\n")
    shown = subprocess.run(["pspp", "-O", "format=txt", str(syntax)], capture_output=True).stdout
    assert "Қарағанды облысы" in shown.decode()


def test_simulated_waves_say_so_in_every_export(app, make_user, answered, runner, tmp_path):
    with app.app_context():
        db.session.execute(update(Wave).values(simulated=True))
        db.session.commit()
    client = signed_in(app, make_user)
    rows = read_csv(
        client.get(f"/admin/surveys/sample/exports/{answered['wave_id']}.csv?language=en").data
    )
    assert {row["simulated"] for row in rows} == {"1"}
    codebook = client.get(
        f"/admin/surveys/sample/exports/{answered['wave_id']}/codebook.csv?language=en"
    ).data.decode("utf-8-sig")
    assert "Simulated data, not real responses" in codebook
    output = tmp_path / "wave.sav"
    result = runner.invoke(
        args=["surveys", "export", "--survey", "sample", "--wave", "2026-Q4", "--format", "sav",
              "--language", "ru", "--output", str(output)]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    _frame, meta = pyreadstat.read_sav(str(output), metadataonly=True)
    assert "simulated" in meta.file_label
    assert "Simulated data" in result.output


@pytest.mark.parametrize("kind", ["csv", "xlsx", "sav"])
def test_export_from_the_command_line(app, runner, answered, tmp_path, kind):
    output = tmp_path / f"wave.{kind}"
    codebook = tmp_path / "codebook.csv"
    result = runner.invoke(
        args=["surveys", "export", "--survey", "sample", "--wave", "2026-Q4", "--format", kind,
              "--language", "kk", "--output", str(output), "--codebook", str(codebook)]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Wrote 3 responses" in result.output
    assert output.stat().st_size > 0 and "Әкімдікке" in codebook.read_text(encoding="utf-8-sig")
    scoped = runner.invoke(
        args=["surveys", "export", "--survey", "sample", "--wave", "2026-Q4", "--format", "csv",
              "--region", "KZ-23", "--output", str(tmp_path / "one.csv")]
    )  # fmt: skip
    assert "Wrote 1 responses" in scoped.output
    missing = runner.invoke(
        args=["surveys", "export", "--survey", "sample", "--wave", "1999-Q1", "--format", kind,
              "--output", str(output)]
    )  # fmt: skip
    assert missing.exit_code != 0 and "has no wave '1999-Q1'" in missing.output


def test_bad_export_requests_are_refused(app, make_user, answered):
    client = signed_in(app, make_user)
    wave = answered["wave_id"]
    assert client.get(f"/admin/surveys/sample/exports/{wave}.csv?language=xx").status_code == 400
    assert client.get("/admin/surveys/sample/exports/999999.csv?language=ru").status_code == 404
    bad = client.get("/admin/surveys/sample/exports?wave=x&format=pdf&language=ru")
    assert bad.status_code == 400
    assert client.get("/admin/surveys/nope/exports").status_code == 404


def test_a_wave_label_in_kazakh_names_the_file_safely(app, make_user, make_survey):
    created = make_survey(label="2026 күз")
    client = signed_in(app, make_user)
    response = client.get(f"/admin/surveys/sample/exports/{created['wave_id']}.csv?language=kk")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == 'attachment; filename="sample-2026_-kk.csv"'
    codes = client.get("/admin/surveys/sample/exports")
    assert "2026 күз" in codes.get_data(as_text=True)

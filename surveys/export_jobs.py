"""XLSX and .sav exports made in a background thread, with a page that shows their progress.

A CSV download streams as it is written; a workbook or an SPSS file exists only once it is
complete, so the browser gets a page that refreshes itself (no script) while a thread of the
server writes the file into instance/exports/. A job's state is a small JSON file beside it,
so any worker of the host can show it; only the person who asked may download the file, and
files older than EXPORT_MAX_AGE are deleted when the next export starts.
"""

import json
import secrets
import threading
import time
from pathlib import Path

from flask import current_app

from extensions import db
from surveys.exports import ExportPlan, plan_export, write_export
from surveys.models import Survey, Wave

EXPORT_MAX_AGE = 24 * 3600
_threads: dict[str, threading.Thread] = {}


def export_folder() -> Path:
    folder = Path(current_app.instance_path) / "exports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def job_path(job_id: str) -> Path | None:
    if not (20 <= len(job_id) <= 64 and all(c.isalnum() or c in "_-" for c in job_id)):
        return None
    return export_folder() / f"{job_id}.json"


def read_job(job_id: str) -> dict | None:
    path = job_path(job_id)
    if path is None or not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def _write_job(job_id: str, job: dict) -> None:
    path = job_path(job_id)
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(job), encoding="utf-8")
    partial.replace(path)  # a reader never sees half a file


def start_export(plan: ExportPlan, kind: str, user_id: int) -> str:
    """Start writing an export in a thread; returns the job's id for its progress page."""
    _remove_old_files()
    job_id = secrets.token_urlsafe(18)
    job = {
        "user_id": user_id,
        "state": "running",
        "written": 0,
        "total": plan.total,
        "kind": kind,
        "file_name": f"{plan.survey.slug}-{plan.wave.label}-{plan.language}.{kind}",
        "simulated": plan.wave.simulated,
        "started": time.time(),
    }
    _write_job(job_id, job)
    app = current_app._get_current_object()
    arguments = (app, job_id, job, plan.survey.id, plan.wave.id, plan.language, plan.region_id)
    thread = threading.Thread(target=_run, args=arguments, daemon=True)
    _threads[job_id] = thread
    thread.start()
    return job_id


def _run(app, job_id, job, survey_id, wave_id, language, region_id) -> None:
    with app.app_context():
        try:
            survey, wave = db.session.get(Survey, survey_id), db.session.get(Wave, wave_id)
            plan = plan_export(survey, wave, language, region_id)
            target = export_folder() / f"{job_id}.{job['kind']}"

            def progress(written: int) -> None:
                _write_job(job_id, {**job, "written": written, "total": plan.total})

            write_export(plan, job["kind"], target, progress)
            _write_job(job_id, {**job, "state": "done", "written": plan.total})
        except Exception:
            app.logger.exception("Export %s failed", job_id)
            _write_job(job_id, {**job, "state": "failed"})
        finally:
            db.session.remove()
            _threads.pop(job_id, None)


def wait_for(job_id: str) -> None:
    """Wait until the job's thread has finished (for the command line and tests)."""
    thread = _threads.get(job_id)
    if thread is not None:
        thread.join()


def export_file(job_id: str, job: dict) -> Path:
    return export_folder() / f"{job_id}.{job['kind']}"


def _remove_old_files() -> None:
    limit = time.time() - EXPORT_MAX_AGE
    for path in export_folder().iterdir():
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)

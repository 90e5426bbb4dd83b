"""gunicorn.conf.py, as `make run` and production load it."""

import gc
import runpy
from pathlib import Path

SETTINGS = Path(__file__).resolve().parents[1] / "gunicorn.conf.py"


def test_worker_puts_the_loaded_app_out_of_the_collectors_reach():
    settings = runpy.run_path(str(SETTINGS))
    gc.unfreeze()
    try:
        tracked = len(gc.get_objects())
        settings["post_worker_init"](worker=None)
        assert gc.get_freeze_count() >= tracked * 0.9  # all there was, less what died
        assert len(gc.get_objects()) < tracked * 0.1
    finally:
        gc.unfreeze()


def test_each_worker_holds_its_threads_and_idle_keep_alive_connections():
    settings = runpy.run_path(str(SETTINGS))
    assert settings["worker_class"] == "gthread"
    assert settings["worker_connections"] > settings["threads"]

"""The app as `make run` serves it, plus one trivial route: bench_submit.py's yardstick.

gunicorn -c gunicorn.conf.py "benches.trivial_app:create_bench_app()"
(Not named bench_*.py: `make bench` runs those as benchmarks.)
"""

from app import create_app


def create_bench_app():
    app = create_app()
    # Same app, same hooks (sessions, language, security headers), no work of its own.
    app.add_url_rule("/bench/trivial", "bench_trivial", lambda: "ok")
    return app

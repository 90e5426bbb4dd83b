"""gunicorn settings for ``make run`` and production: ``gunicorn -c gunicorn.conf.py``."""

import multiprocessing
import os

wsgi_app = "app:create_app()"
bind = os.environ.get("ADAL_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# One worker per core (at least two), each with eight threads. On the 2-core machine, against
# four workers of four threads, submissions' p99 at 32 clients was lower in each of four
# paired runs of benches/bench_submit.py (form 110-137 ms against 127-159 ms): fewer processes
# take turns at SQLite's writers' lock, and each writes larger batches (surveys/storing.py).
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count())))
worker_class = "gthread"
threads = int(os.environ.get("ADAL_THREADS", "8"))
# Connections a worker holds at once, idle keep-alive ones included; past its threads plus
# (this - threads) idle ones it answers "Connection: close" and the client reconnects, most
# likely to a less busy worker. Unbounded, 32 keep-alive clients split 17/9/5/1 over four
# workers and the busiest one's queue set the p99 (benches/bench_submit.py: ~240 ms, against
# ~130 ms bounded). Slow phones belong behind a buffering reverse proxy (see README).
worker_connections = int(os.environ.get("ADAL_WORKER_CONNECTIONS", threads * 2))
timeout = 30
graceful_timeout = 20
keepalive = 5
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
# No query string in the access log: %(U)s is the path alone.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("ADAL_LOG_LEVEL", "info")

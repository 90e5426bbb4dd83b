"""gunicorn settings for ``make run`` and production: ``gunicorn -c gunicorn.conf.py``."""

import gc
import multiprocessing
import os

wsgi_app = "app:create_app()"
bind = os.environ.get("ADAL_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# One worker per core (at least two), each with four threads and sixteen connections. On the
# 2-core machine (benches/bench_submit.py, 32 clients, five paired runs) four threads a worker
# against eight: API p99 58-88 ms against 87-108, form p99 84-107 against 105-145 (equal in one
# run): a worker's threads take turns at one GIL, and a request sharing it with seven others
# is slowed by all of them, while one waiting for a free thread waits its turn in order. Two
# threads a worker were slower (too few requests written in one batch, surveys/storing.py);
# four workers of four threads, slower in four paired runs before.
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count())))
worker_class = "gthread"
threads = int(os.environ.get("ADAL_THREADS", "4"))
# Connections a worker holds at once, idle keep-alive ones included; past its threads plus
# (this - threads) idle ones it answers "Connection: close" and the client reconnects, most
# likely to a less busy worker. Unbounded, 32 keep-alive clients split 17/9/5/1 over four
# workers and the busiest one's queue set the p99 (benches/bench_submit.py: ~240 ms, against
# ~130 ms bounded). Slow phones belong behind a buffering reverse proxy (see README).
worker_connections = int(os.environ.get("ADAL_WORKER_CONNECTIONS", threads * 4))
timeout = 30
graceful_timeout = 20
keepalive = 5
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
logger_class = "access_log.AccessLog"  # escapes control characters; no address beside surveys
# No query string in the access log: %(U)s is the path alone.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("ADAL_LOG_LEVEL", "info")


def post_worker_init(worker):
    """With the app loaded, put what exists now (modules, the app, its extensions) out of the
    garbage collector's reach: otherwise each full collection walks all of it, some 170,000
    objects, for about 100 ms while the worker's threads wait (once per worker in a
    benches/bench_submit.py run; after this, four collections of 5-26 ms)."""
    gc.freeze()

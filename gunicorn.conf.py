"""gunicorn settings for ``make run`` and production: ``gunicorn -c gunicorn.conf.py``."""

import multiprocessing
import os

wsgi_app = "app:create_app()"
bind = os.environ.get("ADAL_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# One worker per core (at least two), each with a few threads to use the time a request waits
# on the database; behind a buffering reverse proxy, slow phones hold none of them.
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count())))
worker_class = "gthread"
threads = int(os.environ.get("ADAL_THREADS", "4"))
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

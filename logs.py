"""Logs: one JSON object per line, and a request id in each line and response."""

import json
import logging
import uuid
from datetime import UTC, datetime

from flask import Flask, g, has_request_context, request


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line, for log collectors; never the query string."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if has_request_context():
            entry.update(request_id=g.get("request_id"), method=request.method, path=request.path)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def register_logging(app: Flask) -> None:
    if app.testing:
        return
    handler = logging.StreamHandler()
    if app.config.get("LOG_FORMAT", "json") == "json":
        handler.setFormatter(JsonLogFormatter())
    app.logger.handlers[:] = [handler]
    app.logger.setLevel(str(app.config.get("LOG_LEVEL", "INFO")).upper())
    app.logger.propagate = False


def assign_request_id() -> None:
    """Take the load balancer's X-Request-ID when it is sane, else make one."""
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if incoming.isalnum() and len(incoming) <= 64 else uuid.uuid4().hex


def echo_request_id(response):
    if "request_id" in g:
        response.headers["X-Request-ID"] = g.request_id
    return response

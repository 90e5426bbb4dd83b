"""logs.py: JSON log lines and request ids."""

import json
import logging

from logs import JsonLogFormatter


def test_json_log_lines_carry_request_id_without_query(app):
    formatter = JsonLogFormatter()
    with app.test_request_context("/s/citizens?token=secret", headers={"X-Request-ID": "abc123"}):
        app.preprocess_request()
        record = logging.LogRecord("adal", logging.INFO, __file__, 1, "stored %s", ("ok",), None)
        entry = json.loads(formatter.format(record))
    assert entry["message"] == "stored ok" and entry["level"] == "INFO"
    assert entry["request_id"] == "abc123" and entry["path"] == "/s/citizens"
    assert "secret" not in json.dumps(entry)


def test_request_id_is_echoed_or_made(client):
    assert (
        client.get("/healthz", headers={"X-Request-ID": "lb42"}).headers["X-Request-ID"] == "lb42"
    )
    made = client.get("/healthz", headers={"X-Request-ID": "bad id; drop"}).headers["X-Request-ID"]
    assert len(made) == 32 and made.isalnum()

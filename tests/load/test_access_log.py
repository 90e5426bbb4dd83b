"""gunicorn's access log, as `make run` and production write it (issue 19, point 8): a path
cannot forge a line, and no line of the anonymous side holds the client's address."""

import socket
import time
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow

REQUESTS = {
    "forged": b"GET /x%0D%0A127.0.0.1%20%22GET%20/admin%22%20200 HTTP/1.1",
    "survey page": b"GET /s/citizens HTTP/1.1",
    "survey form": b"POST /s/citizens HTTP/1.1",
    "survey API": b"POST /api/v1/surveys/citizens/responses HTTP/1.1",
    "stylesheet": b"GET /static/css/adal.css HTTP/1.1",
    "home": b"GET / HTTP/1.1",
    "sign-in page": b"GET /login HTTP/1.1",
}


def send(url: str, request_line: bytes) -> None:
    address = urlsplit(url)
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(
            request_line + b"\r\nHost: adal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        while connection.recv(65536):
            pass


def access_lines(server, count: int) -> list[str]:
    """The access log's lines (they hold the response time, 'ms'), once ``count`` are written."""
    for _ in range(300):
        lines = [
            line
            for line in server.log.read_text(errors="replace").splitlines()
            if line.endswith("ms") and '"' in line
        ]
        if len(lines) >= count:
            return lines
        time.sleep(0.1)
    raise AssertionError("the access log lacks lines:\n" + server.log.read_text())


def test_the_access_log(start_gunicorn):
    server = start_gunicorn(workers=1, threads=2)
    for request_line in REQUESTS.values():
        send(server.url, request_line)
    lines = access_lines(server, len(REQUESTS) + 1)  # and the start-up /healthz
    logged = {line.split('"')[1]: line for line in lines}
    wanted = {
        "forged": "GET /x\\x0d\\x0a127.0.0.1 \\x22GET /admin\\x22 200",
        "survey page": "GET /s/citizens",
        "survey form": "POST /s/citizens",
        "survey API": "POST /api/v1/surveys/citizens/responses",
        "stylesheet": "GET /static/css/adal.css",
        "home": "GET /",
        "sign-in page": "GET /login",
    }
    missing = [request for request in wanted.values() if request not in logged]
    assert not missing, f"no line for {missing} in:\n" + "\n".join(lines)
    by_request = {name: logged[request] for name, request in wanted.items()}
    assert not [line for line in lines if line.startswith("127.0.0.1 \\")], "a forged line"
    for name, line in by_request.items():
        address = line.split(" ", 1)[0]
        assert address == ("127.0.0.1" if name == "sign-in page" else "-"), line

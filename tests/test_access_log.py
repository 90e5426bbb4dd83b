"""The access log's escaping (issue 19, point 8); tests/load/test_access_log.py reads the log
of a real gunicorn."""

from access_log import escaped


def wsgi(text: str) -> str:
    """A path as WSGI hands it over: its UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def test_a_line_break_cannot_forge_a_line():
    assert escaped(wsgi('/x\r\n127.0.0.1 "GET /admin" 200')) == (
        "/x\\x0d\\x0a127.0.0.1 \\x22GET /admin\\x22 200"
    )


def test_kazakh_stays_readable_and_odd_bytes_are_escaped():
    assert escaped(wsgi("/s/сауалнама-әғқ")) == "/s/сауалнама-әғқ"
    assert escaped("/\xff\xc3(\\") == "/\\xff\\xc3(\\x5c"
    assert escaped(wsgi("/a\u2028b\x1b[2J")) == "/a\\xe2\\x80\\xa8b\\x1b[2J"


def test_plain_text_is_kept_as_it_is():
    assert escaped("/api/v1/surveys/citizens") == "/api/v1/surveys/citizens"

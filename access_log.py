"""gunicorn's access log (``logger_class`` in gunicorn.conf.py): one honest line a request.

- Every text is printable on one line: control characters, quotes and backslashes are written
  as ``\\xHH`` (as nginx does), so a ``%0A`` in a path cannot forge a line.
- The client's address is written only for the signed-in side of the site. Anywhere else (the
  surveys, the pages and files a respondent loads, the public API) it is ``-``: beside the
  time, it could tie an anonymous response to a person.
"""

from gunicorn.glogging import Logger

SIGNED_IN_SIDE = (
    "/login",
    "/logout",
    "/learning",
    "/training/",
    "/admin/",
    "/dashboard",
    "/api/v1/training/",
)
# Atoms that may carry the client's address (%(h)s, and headers or environ a format may name).
ADDRESS_ATOMS = ("h", "{remote_addr}e", "{x-forwarded-for}i", "{x-real-ip}i", "{forwarded}i")


def escaped(text: str) -> str:
    """``text`` (a WSGI string: bytes read as Latin-1) as printable UTF-8 on one line."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return text
    decoded = text.encode("latin-1", "backslashreplace").decode("utf-8", "surrogateescape")
    return "".join(
        char
        if char.isprintable() and char not in '"\\'
        else "".join(f"\\x{byte:02x}" for byte in char.encode("utf-8", "surrogateescape"))
        for char in decoded
    )


class AccessLog(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = environ.get("PATH_INFO") or ""
        if not path.startswith(SIGNED_IN_SIDE):
            atoms.update(dict.fromkeys(ADDRESS_ATOMS, "-"))
        return {
            name: escaped(value) if isinstance(value, str) else value
            for name, value in atoms.items()
        }

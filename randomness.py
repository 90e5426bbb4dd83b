"""Random ids from the kernel's random source, read four kilobytes at a time.

``os.urandom`` is a system call, and CPython lets go of the GIL around it: in a busy gthread
worker the thread may then wait milliseconds to get the GIL back from another thread running
Python (the convoy benches/bench_gil_convoy.py shows for SQLite). Reading 4 KB at once makes that
one call in 256 ids. The bytes are the same kernel randomness, each handed out once; a forked
child (a gunicorn worker) starts with an empty buffer, so no two processes share any.
"""

import os
import threading
import uuid

READ_AT_ONCE = 4096  # bytes

_lock = threading.Lock()
_buffer = b""
_used = 0


def random_bytes(count: int) -> bytes:
    """``count`` bytes from the kernel's cryptographically secure generator."""
    global _buffer, _used
    with _lock:
        if _used + count > len(_buffer):
            _buffer, _used = os.urandom(max(READ_AT_ONCE, count)), 0
        chunk = _buffer[_used : _used + count]
        _used += count
    return chunk


def random_uuid() -> uuid.UUID:
    """A version 4 (random) UUID, as ``uuid.uuid4()`` makes."""
    return uuid.UUID(bytes=random_bytes(16), version=4)


def _start_empty() -> None:
    global _lock, _buffer, _used
    _lock, _buffer, _used = threading.Lock(), b"", 0


os.register_at_fork(after_in_child=_start_empty)

"""Storage for Flask-Limiter's counters."""

import threading

import limits.storage


class MemoryStorage(limits.storage.MemoryStorage):
    """limits' in-process storage ("memory://"), its expiry timer started under a lock: without
    it two threads counting at once may start the same timer, and one of the requests fails
    ("threads can only be started once"). Declaring the scheme makes every "memory://" this."""

    # Delete this class once limits releases its own fix (alisaifee/limits#352; 5.8.0 has none).
    STORAGE_SCHEME = ["memory"]

    def __init__(self, *args, **kwargs):
        self._starting_timer = threading.Lock()
        super().__init__(*args, **kwargs)

    def _MemoryStorage__schedule_expiry(self) -> None:  # the base class's private method
        with self._starting_timer:
            super()._MemoryStorage__schedule_expiry()

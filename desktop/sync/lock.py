"""One sender per data directory, across processes: an exclusive lock on a file.

The operating system drops the lock when the holder exits or is killed, so a crashed sender
never blocks the next one, and the next one knows any row still in flight is an orphan.
``filelock`` does the locking (``flock`` on POSIX, ``msvcrt.locking`` on Windows; its Windows
branch is tested upstream, where ours never ran). Its soft fallback (a lock file's mere
existence) is turned off: a killed sender would leave it behind and block every later one.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from desktop.paths import PRIVATE_FILE_MODE

LOCK_FILENAME = "sync.lock"


class SenderLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self._lock = FileLock(self.path, timeout=0, mode=PRIVATE_FILE_MODE, thread_local=False,
                              fallback_to_soft=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> bool:
        """True if this object now holds the lock; never waits."""
        if self._lock.is_locked:
            return True
        try:
            self._lock.acquire()
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

"""The one way the window runs work off the GUI thread.

Two single-worker executors: one owns the ``Store`` (every SQL statement of the app runs on that
thread, one at a time, so the sqlite connection is never shared), one for the network. A job is a
plain function; its result or exception comes back to the GUI thread through a Qt signal and is
handed to the ``success`` or ``failure`` callback there. Jobs never touch widgets (Anki's
``taskman``: "be careful not to call any UI routines in op").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6

from desktop.core.clock import now_vn
from desktop.core.errors import UserError
from desktop.storage.db import StorageError
from desktop.ui.qt import QObject, Signal

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[UserError], None]


@dataclass(frozen=True)
class _Outcome:
    value: Any
    error: BaseException | None
    success: Success | None
    failure: Failure | None
    label: str


def _alive(callback: Callable | None) -> bool:
    """False when the callback belongs to a widget already destroyed (a page rebuilt for a new
    language while its job ran)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Tasks(QObject):
    """``tasks.db(job, success, failure)`` with ``job(store)``; ``tasks.net(job, ...)``."""

    #: A storage problem the user can act on, in plain Vietnamese (shown as a dialog).
    storage_error = Signal(str)
    #: A bug: logged with its traceback; the user sees a generic message.
    unexpected_error = Signal(str)
    #: A write succeeded: screens showing counts refresh.
    changed = Signal()
    #: After every delivered result, so tests and the status bar can follow the work.
    finished = Signal(str)

    _deliver = Signal(object)

    def __init__(self, data_dir: Path, clock: Callable[[], datetime] = now_vn,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.clock = clock
        self._db = ThreadPoolExecutor(1, thread_name_prefix="motcua-db")
        self._net = ThreadPoolExecutor(1, thread_name_prefix="motcua-net")
        self._store = None
        self._db_thread: threading.Thread | None = None
        self._pending = 0
        self._closed = False
        self._deliver.connect(self._on_deliver)

    # -- submitting --------------------------------------------------------------
    def db(self, job: Callable[[Any], Any], success: Success | None = None,
           failure: Failure | None = None, label: str = "") -> Future:
        """Run ``job(store)`` on the database thread; the store is opened there on first use."""
        return self._submit(self._db, lambda: job(self._open_store()), success, failure,
                            label or getattr(job, "__name__", "db"))

    def net(self, job: Callable[[], Any], success: Success | None = None,
            failure: Failure | None = None, label: str = "") -> Future:
        return self._submit(self._net, job, success, failure, label or "net")

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit(self, executor: ThreadPoolExecutor, job: Callable[[], Any],
                success: Success | None, failure: Failure | None, label: str) -> Future:
        if self._closed:
            raise RuntimeError("tasks already shut down")
        self._pending += 1

        def run() -> None:
            try:
                value, error = job(), None
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread below
                value, error = None, exc
            self._deliver.emit(_Outcome(value, error, success, failure, label))

        return executor.submit(run)

    def _open_store(self):  # noqa: ANN202 - Store imported lazily
        if self._store is None:
            from desktop.storage import Store

            self._db_thread = threading.current_thread()
            self._store = Store(self.data_dir, clock=self.clock)
        return self._store

    # -- delivering on the GUI thread -----------------------------------------------
    def _on_deliver(self, outcome: _Outcome) -> None:
        self._pending -= 1
        if self._closed:
            return
        try:
            if not _alive(outcome.success) or not _alive(outcome.failure):
                return
            if outcome.error is None:
                if outcome.success is not None:
                    outcome.success(outcome.value)
            else:
                self._handle_error(outcome)
        finally:
            self.finished.emit(outcome.label)

    def _handle_error(self, outcome: _Outcome) -> None:
        error = outcome.error
        if isinstance(error, UserError):
            if outcome.failure is not None:
                outcome.failure(error)
            else:
                self.storage_error.emit(error.message)
        elif isinstance(error, StorageError):
            self.storage_error.emit(error.message)
        else:
            log.error("background job %s failed", outcome.label, exc_info=error)
            self.unexpected_error.emit(outcome.label)

    # -- closing ---------------------------------------------------------------------
    def shutdown(self) -> None:
        """Wait for queued work, then close the store on its own thread."""
        if self._closed:
            return
        self._closed = True
        self._net.shutdown(wait=False, cancel_futures=True)

        def close() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._db.submit(close)
        self._db.shutdown(wait=True)

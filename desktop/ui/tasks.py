"""The one way the window runs work off the GUI thread.

Two single-worker executors: one owns the ``Store`` (every SQL statement of the app runs on that
thread, one at a time, so the sqlite connection is never shared), one for the network. A job is a
plain function; its result or exception comes back to the GUI thread through a Qt signal and is
handed to the ``success`` or ``failure`` callback there. Jobs never touch widgets (Anki's
``taskman``: "be careful not to call any UI routines in op").

Long reads (printing a 2,000-page tracking book) run on a third single-worker executor with a
second, read-only ``Store`` of its own: SQLite's WAL lets it read a snapshot while the DB thread
keeps saving, so a clerk can record a dossier during a render. A long one runs in a child
process that the read job waits on (``apart``), so the window's interpreter never runs it.
``cancel_reads`` interrupts the read, or kills the child (the cancel button, and closing the
window).

The automatic sender is the one long-lived job: ``tasks.forever(run, stop)`` gives it a daemon
thread of its own, stopped (and briefly waited for) at ``shutdown``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6

from desktop import apart
from desktop.apart import Call
from desktop.core.clock import now_vn
from desktop.core.errors import Cancelled, UserError
from desktop.ui.qt import QObject, Signal

log = logging.getLogger(__name__)


#: How long a busy worker may keep the GIL before the GUI thread gets it back. Every repaint of
#: the dossier table calls Python for each cell and role, and each call may wait this long while
#: the DB thread turns rows into Python objects; Python's default (5 ms) made visible pauses.
GIL_SWITCH_INTERVAL_S = 0.001
#: How long closing the window waits for a long-lived job to notice ``stop``. The sync loop
#: checks between batches; a request stalled on a dead link is abandoned with its daemon
#: thread instead (the outbox puts its rows back in the queue at the next start).
FOREVER_JOIN_S = 5.0

OnSuccess = Callable[[Any], None]
OnFailure = Callable[[UserError], None]


@dataclass(frozen=True)
class _Outcome:
    value: Any
    error: BaseException | None
    success: OnSuccess | None
    failure: OnFailure | None
    label: str
    #: False for a long-lived job's error: it was never counted in ``busy``.
    counted: bool = True
    #: The job changed the database (``changed`` follows its success).
    wrote: bool = False


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
    #: A write succeeded: screens showing counts refresh. Emitted by ``db`` itself whenever a
    #: job changed the database, so no page has to remember to (Anki's operations do the same).
    changed = Signal()
    #: After every delivered result, so tests and the status bar can follow the work.
    finished = Signal(str)

    _deliver = Signal(object)

    def __init__(self, data_dir: Path, clock: Callable[[], datetime] = now_vn,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self.data_dir = Path(data_dir)
        self.clock = clock
        self._db = ThreadPoolExecutor(1, thread_name_prefix="motcua-db")
        self._net = ThreadPoolExecutor(1, thread_name_prefix="motcua-net")
        self._read = ThreadPoolExecutor(1, thread_name_prefix="motcua-read")
        self._store = None
        self._reader = None
        self._read_cancel = threading.Event()
        self._pending = 0
        self._closed = False
        self._running: str | None = None
        self._running_lock = threading.Lock()
        self._forever: list[tuple[threading.Thread, Callable[[], None]]] = []
        #: Tests hold a long render mid-read: ``wrap_apart(call)`` is what the child runs.
        self.wrap_apart: Callable[[Call], Call] | None = None
        self._deliver.connect(self._on_deliver)

    # -- submitting --------------------------------------------------------------
    def db(self, job: Callable[[Any], Any], success: OnSuccess | None = None,
           failure: OnFailure | None = None, label: str = "") -> Future:
        """Run ``job(store)`` on the database thread; the store is opened there on first use.
        If the job changed the database, ``changed`` is emitted after ``success``."""
        wrote = [False]

        def run() -> Any:
            store = self._open_store()
            before = store.conn.total_changes
            try:
                return job(store)
            finally:
                wrote[0] = store.conn.total_changes != before

        return self._submit(self._db, run, success, failure,
                            label or getattr(job, "__name__", "db"), wrote)

    def net(self, job: Callable[[], Any], success: OnSuccess | None = None,
            failure: OnFailure | None = None, label: str = "") -> Future:
        return self._submit(self._net, job, success, failure, label or "net")

    def read(self, job: Callable[[Any], Any], success: OnSuccess | None = None,
             failure: OnFailure | None = None, label: str = "") -> Future:
        """Run ``job(store)`` on the read thread, with a read-only store of its own: it never
        holds up ``db`` jobs. An interrupted job fails with ``Cancelled``."""
        import sqlite3

        def run() -> Any:
            self._read_cancel.clear()
            if self._closed:
                raise Cancelled()
            try:
                return job(self._open_reader())
            except sqlite3.OperationalError as exc:
                if "interrupt" in str(exc):
                    raise Cancelled() from None
                raise

        return self._submit(self._read, run, success, failure, label or "read")

    def apart(self, call: Call, target: Path,
              progress: Callable[[int, int], None] | None = None) -> Any:
        """From a ``read`` job: ``call`` in a process of its own (``desktop.apart``), writing
        ``target``; cancelled with the reads (the cancel button, closing the window).
        ``progress(done, total)`` is called on the read thread: emit a signal from it."""
        if self.wrap_apart is not None:
            call = self.wrap_apart(call)
        return apart.run(self.data_dir, call, target, self.clock(), self.read_cancelled,
                         progress)

    def cancel_reads(self) -> None:
        """Interrupt the running read at its next SQL step (a render reads as it draws); a job
        past its last read sees ``read_cancelled`` and drops its result."""
        self._read_cancel.set()
        if self._reader is not None:
            self._reader.conn.interrupt()

    def read_cancelled(self) -> bool:
        return self._read_cancel.is_set()

    def forever(self, run: Callable[[], None], stop: Callable[[], None], label: str) -> None:
        """Run ``run()`` until ``stop()`` is called, on a daemon thread of its own.

        Not on the network executor: a job that never ends would hold its only worker, and
        Python joins executor threads at exit, so a request stalled on a dead link would keep
        the closed window's process alive. An exception is logged and reported like any job's.
        """
        if self._closed:
            raise RuntimeError("tasks already shut down")

        def guarded() -> None:
            try:
                run()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread below
                if not self._closed:
                    self._deliver.emit(_Outcome(None, exc, None, None, label, counted=False))

        thread = threading.Thread(target=guarded, name=f"motcua-{label}", daemon=True)
        self._forever.append((thread, stop))
        thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit(self, executor: ThreadPoolExecutor, job: Callable[[], Any],
                success: OnSuccess | None, failure: OnFailure | None, label: str,
                wrote: list[bool] | None = None) -> Future:
        if self._closed:
            raise RuntimeError("tasks already shut down")
        self._pending += 1

        def run() -> None:
            with self._running_lock:
                self._running = label
            try:
                value, error = job(), None
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread below
                value, error = None, exc
            finally:
                with self._running_lock:
                    self._running = None
            self._deliver.emit(_Outcome(value, error, success, failure, label,
                                        wrote=bool(wrote and wrote[0])))

        return executor.submit(run)

    def _open_store(self):  # noqa: ANN202 - Store imported lazily
        if self._store is None:
            from desktop.storage import Store

            self._store = Store(self.data_dir, clock=self.clock)
        return self._store

    def _open_reader(self):  # noqa: ANN202 - Store imported lazily
        """Opened after the DB thread's store (the session loads first), so migrations and
        reference data are already done and this one only reads."""
        if self._reader is None:
            from desktop.storage import Store

            self._reader = Store(self.data_dir, clock=self.clock, auto_backup=False)
            self._reader.conn.execute("PRAGMA query_only = 1")
        return self._reader

    # -- delivering on the GUI thread -----------------------------------------------
    def _on_deliver(self, outcome: _Outcome) -> None:
        self._pending -= 1 if outcome.counted else 0
        if self._closed:
            return
        try:
            if not _alive(outcome.success) or not _alive(outcome.failure):
                return
            if outcome.error is None:
                if outcome.success is not None:
                    outcome.success(outcome.value)
                if outcome.wrote:
                    self.changed.emit()
            else:
                self._handle_error(outcome)
        finally:
            self.finished.emit(outcome.label)

    def _handle_error(self, outcome: _Outcome) -> None:
        from desktop.storage.db import StorageError

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

    def interrupt_db(self, label: str) -> bool:
        """Stop the running SQL statement, but only if it belongs to a job called ``label``
        (a search made stale by the next keystroke); never a save. The job then raises
        ``sqlite3.OperationalError('interrupted')`` and must treat it as "no answer"."""
        with self._running_lock:
            if self._running != label or self._store is None:
                return False
            self._store.conn.interrupt()
            return True

    # -- closing ---------------------------------------------------------------------
    def shutdown(self) -> None:
        """Wait for queued work, then close the store on its own thread."""
        if self._closed:
            return
        self._closed = True
        for _thread, stop in self._forever:
            stop()
        for thread, _stop in self._forever:
            thread.join(FOREVER_JOIN_S)
        self._net.shutdown(wait=False, cancel_futures=True)
        self.cancel_reads()
        # The reader first: closing its store ends the render that the interrupt stopped.
        for executor, attribute in ((self._read, "_reader"), (self._db, "_store")):
            executor.submit(self._close_store, attribute)
            executor.shutdown(wait=True)

    def _close_store(self, attribute: str) -> None:
        """On the store's own thread, which made its connection."""
        opened = getattr(self, attribute)
        if opened is not None:
            opened.close()
            setattr(self, attribute, None)

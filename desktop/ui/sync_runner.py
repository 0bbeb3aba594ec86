"""The window's automatic sender: ``desktop.sync.SyncLoop`` running while the window is open.

It tries at once when the window opens, retries forever with the engine's backoff (capped at
30 minutes), probes ``/health`` meanwhile so an endpoint coming back is noticed within
``probe_interval`` seconds, and "Gửi ngay" cuts any wait short. Without an endpoint or a token
it only looks again now and then (``motcua login`` may be run while the window is open). The
engine also queues the daily summaries at each run, so a day that ends with the window open
is reported without anyone asking.

The loop owns a ``Store`` of its own on its own thread (never the GUI thread's, never the DB
worker's); what it learns reaches the GUI thread only through this object's signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from desktop.ui.qt import QObject, Signal
from desktop.ui.tasks import Tasks


@dataclass(frozen=True)
class SyncTiming:
    """Seconds between the loop's cheap checks; tests shorten them."""

    idle_poll: float = 5.0
    probe_interval: float = 20.0
    config_poll: float = 60.0
    hub_interval: float = 2.0


class SyncRunner(QObject):
    #: (done, total) of the run in progress, from the engine's progress callback.
    progress = Signal(int, int)
    #: A ``desktop.sync.RunResult`` after every run of the engine.
    result = Signal(object)

    #: A ``desktop.sync.replicate.ExchangeResult`` after every exchange with the commune hub.
    exchanged = Signal(object)

    # From the loop's thread; passed on by the GUI thread only while the window is open (an
    # emit queued just before ``stop`` may arrive after it, when the workers are gone).
    _progress_from_loop = Signal(int, int)
    _result_from_loop = Signal(object)
    _exchanged_from_loop = Signal(object)

    def __init__(self, tasks: Tasks, timing: SyncTiming | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.timing = timing or SyncTiming()
        self._guard = threading.Lock()
        self._closed = False
        self._started = False
        self._loop = None
        self._hub = None
        self._engine = None
        self._progress_from_loop.connect(self._pass_progress)
        self._result_from_loop.connect(self._pass_result)
        self._exchanged_from_loop.connect(self._pass_exchanged)

    @property
    def running(self) -> bool:
        with self._guard:
            return self._loop is not None

    def start(self) -> None:
        """Once the desk is set up; later calls do nothing."""
        if self._started:
            return
        self._started = True
        self._tasks.forever(self._run, self.stop, label="sync.loop")
        self._tasks.forever(self._run_hub, self.stop, label="sync.hub")

    def exchange_now(self) -> None:
        """A change was made here: offer it to colleagues at once."""
        with self._guard:
            hub = self._hub
        if hub is not None:
            hub.exchange_now()

    def send_now(self) -> bool:
        """Wake the loop ("Gửi ngay"); False if it is not running (yet)."""
        with self._guard:
            loop = self._loop
        if loop is None:
            return False
        loop.send_now()
        return True

    def engine_state(self):  # noqa: ANN201 - desktop.sync.engine.EngineState or None
        """What only the running engine knows (sending, progress, next try); any thread."""
        with self._guard:
            engine = self._engine
        return None if engine is None else engine.snapshot()

    def stop(self) -> None:
        with self._guard:
            self._closed = True
            loop, hub = self._loop, self._hub
        for running in (loop, hub):
            if running is not None:
                running.stop()

    # -- the loop's own thread ------------------------------------------------------------
    def _run(self) -> None:
        from desktop.storage import Store
        from desktop.sync import SyncEngine, SyncLoop, http_transport_factory

        clock = self._tasks.clock
        with Store(self._tasks.data_dir, clock=clock, auto_backup=False) as store:
            engine = SyncEngine(store, http_transport_factory(store), clock=clock)
            loop = SyncLoop(engine, idle_poll=self.timing.idle_poll,
                            probe_interval=self.timing.probe_interval,
                            config_poll=self.timing.config_poll,
                            on_result=self._emit_result, progress=self._emit_progress)
            with self._guard:
                if self._closed:
                    return
                self._engine, self._loop = engine, loop
            try:
                loop.run()
            finally:
                with self._guard:
                    self._loop = None

    def _run_hub(self) -> None:
        from desktop.storage import Store
        from desktop.sync import http_transport_factory
        from desktop.sync.hub_loop import HubLoop

        clock = self._tasks.clock
        with Store(self._tasks.data_dir, clock=clock, auto_backup=False) as store:
            hub = HubLoop(store, http_transport_factory(store), clock=clock,
                          interval=self.timing.hub_interval, config_poll=self.timing.config_poll,
                          on_result=self._emit_exchanged)
            with self._guard:
                if self._closed:
                    return
                self._hub = hub
            try:
                hub.run()
            finally:
                with self._guard:
                    self._hub = None

    def _emit_exchanged(self, result: object) -> None:
        with self._guard:
            if not self._closed:
                self._exchanged_from_loop.emit(result)

    def _pass_exchanged(self, result: object) -> None:
        if not self._closed:
            self.exchanged.emit(result)

    def _emit_progress(self, done: int, total: int) -> None:
        """Under the guard, so nothing is emitted once ``stop`` has returned (the window and
        this object may be gone by then)."""
        with self._guard:
            if not self._closed:
                self._progress_from_loop.emit(done, total)

    def _emit_result(self, result: object) -> None:
        with self._guard:
            if not self._closed:
                self._result_from_loop.emit(result)

    # -- back on the GUI thread -------------------------------------------------------------
    def _pass_progress(self, done: int, total: int) -> None:
        if not self._closed:
            self.progress.emit(done, total)

    def _pass_result(self, result: object) -> None:
        if not self._closed:
            self.result.emit(result)

"""Keep sending until stopped: the background loop for the app and ``motcua sync``.

After a transient failure it waits for the backoff, but checks cheaply every
``probe_interval`` seconds whether the endpoint answers again, so connectivity coming back
is noticed within seconds, not half an hour. ``send_now()`` (the "Gửi ngay" button) and
``connectivity_changed()`` cut any wait short. When the queue is empty it looks for new rows
every ``idle_poll`` seconds (another process may have queued them). Without an endpoint or an
accepted token it looks again every ``config_poll`` seconds, so a ``motcua login`` made while the
window is open takes effect without restarting it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.core.clock import to_vn
from desktop.core.errors import UserError
from desktop.storage import outbox
from desktop.sync.engine import Outcome, Progress, RunResult, SyncEngine


class SyncLoop:
    def __init__(self, engine: SyncEngine, *, idle_poll: float = 5.0, probe_interval: float = 20.0,
                 busy_wait: float = 10.0, config_poll: float = 60.0,
                 on_result: Callable[[RunResult], None] | None = None,
                 progress: Progress | None = None,
                 probe: Callable[[], bool] | None = None) -> None:
        self.engine = engine
        self.idle_poll = idle_poll
        self.probe_interval = probe_interval
        self.busy_wait = busy_wait
        self.config_poll = config_poll
        self.on_result = on_result or (lambda result: None)
        self.progress = progress
        self._probe = probe
        self._wake = threading.Event()
        self._stop = threading.Event()

    def send_now(self) -> None:
        self._wake.set()

    def connectivity_changed(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        """Blocks until ``stop()``; run it on a thread of its own (never the GUI thread)."""
        first = True
        while not self._stop.is_set():
            self._wake.clear()
            # Only a sender just started honours a backoff left by an earlier process; later
            # runs come after this loop's own wait, a "send now" or the network coming back.
            result = self.engine.run_once(self.progress, self._stop, honour_backoff=first)
            first = False
            self.on_result(result)
            if result.outcome == Outcome.TRANSIENT:
                self._wait_for_network()
            elif result.outcome in (Outcome.CREDENTIALS, Outcome.NOT_CONFIGURED):
                self._wake.wait(self.config_poll)
            elif result.outcome == Outcome.BUSY:
                self._wake.wait(self.busy_wait)
            else:
                self._wait_for_work()

    def _wait_for_network(self) -> None:
        while not self._stop.is_set():
            next_at = self.engine.snapshot().next_attempt_at
            remaining = 0.0 if next_at is None else (next_at - self.engine.clock()).total_seconds()
            if remaining <= 0:
                return
            if self._wake.wait(min(remaining, self.probe_interval)):
                return
            if self._reachable():
                return

    def _reachable(self) -> bool:
        if self._probe is not None:
            return self._probe()
        try:
            return self.engine.transport().probe()
        except UserError:
            return False

    def _wait_for_work(self) -> None:
        today = to_vn(self.engine.clock()).date()
        while not self._stop.is_set():
            if self._wake.wait(self.idle_poll):
                return
            if outbox.pending_count(self.engine.store.conn):
                return
            if to_vn(self.engine.clock()).date() != today:
                return  # a day has ended: its summary is due

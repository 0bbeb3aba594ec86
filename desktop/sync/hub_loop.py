"""Keep exchanging with the commune hub while the window is open: a dossier logged at one
desk shows up at the others within seconds, with no click.

Every ``interval`` seconds it pushes what this desk changed and pulls what colleagues
changed (both are cheap when there is nothing new: one small request each). When the
endpoint is not a commune hub, or the desk is not logged in, it only looks again now and
then, so a ``motcua login`` made while the window is open takes effect.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from desktop.core.clock import now_vn
from desktop.core.errors import UserError
from desktop.storage import Store
from desktop.sync.replicate import ExchangeResult, sync_with_hub
from desktop.sync.transport import HttpTransport

INTERVAL = 2.0
CONFIG_POLL = 60.0
RETRY = 10.0


class HubLoop:
    def __init__(self, store: Store, transport: Callable[[], HttpTransport], *,
                 clock: Callable[[], datetime] = now_vn, interval: float = INTERVAL,
                 config_poll: float = CONFIG_POLL, retry: float = RETRY,
                 on_result: Callable[[ExchangeResult], None] | None = None) -> None:
        self.store = store
        self._transport = transport
        self.clock = clock
        self.interval = interval
        self.config_poll = config_poll
        self.retry = retry
        self.on_result = on_result or (lambda result: None)
        self._stop = threading.Event()
        self._wake = threading.Event()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def exchange_now(self) -> None:
        """After a change made here, so colleagues see it without waiting for the next turn."""
        self._wake.set()

    def run(self) -> None:
        """Blocks until ``stop()``; on a thread of its own, with a ``Store`` of its own."""
        while not self._stop.is_set():
            self._wake.clear()
            wait = self._turn()
            self._wake.wait(wait)

    def _turn(self) -> float:
        if self.store.settings.get("hub") is False:
            return self.config_poll
        try:
            result = sync_with_hub(self.store, self._transport(), clock=self.clock,
                                   cancel=self._stop)
        except UserError:
            return self.config_poll  # not logged in yet
        if result is None:
            return self.config_poll
        self.on_result(result)
        return self.interval if result.done else self.retry

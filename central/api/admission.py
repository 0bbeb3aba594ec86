"""Who gets the CPU: parsing runs in a small bounded pool off the event loop, and each token
may have only a few batches in flight, so one desk (or one stolen token) sending bombs cannot
starve ``/health`` or the other communes.

Limits are counts, not clocks: a busy server answers 429/503 with ``Retry-After`` at once and
the desk retries later (docs/sync-protocol.md), whatever the machine's speed.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import TypeVar

from central.api import Refusal

T = TypeVar("T")

#: A stored request is at most 2 MiB and parsing it a few milliseconds; more than this many
#: waiting means the server is overloaded and should say so instead of queueing without end.
PARSE_WORKERS = 2
PARSE_QUEUE = 16
PER_TOKEN = 2


class Admission:
    def __init__(self, *, workers: int = PARSE_WORKERS, queue: int = PARSE_QUEUE,
                 per_token: int = PER_TOKEN) -> None:
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="central-parse")
        self._queue = queue
        self._waiting = 0
        self._per_token = per_token
        self._in_flight: Counter[int] = Counter()

    @asynccontextmanager
    async def for_token(self, token_id: int) -> AsyncIterator[None]:
        if self._in_flight[token_id] >= self._per_token:
            raise Refusal(429, f"Quầy này đang gửi {self._per_token} lô cùng lúc; hãy chờ lô trước "
                               "xong rồi gửi tiếp.", {"Retry-After": "2"})
        self._in_flight[token_id] += 1
        try:
            yield
        finally:
            self._in_flight[token_id] -= 1
            if not self._in_flight[token_id]:
                del self._in_flight[token_id]

    def in_flight(self) -> int:
        """Batches being handled now, all tokens together."""
        return sum(self._in_flight.values())

    async def parse(self, work: Callable[[], T]) -> T:
        if self._waiting >= self._queue:
            raise Refusal(503, "Máy chủ đang bận; hãy gửi lại sau ít phút.", {"Retry-After": "5"})
        self._waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, work)
        finally:
            self._waiting -= 1

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

"""A commune hub forwards what its desks reported to the province: it is a desk of the
province, in effect, with the same exactly-once guarantee.

Each item keeps the id its desk gave it, so the province's idempotency turns anything the
hub sends twice (a crash between the answer and ``relay_mark``) into ``duplicate``. Upward
the province's rules apply: personal data is stripped unless ``personal`` is set, and the
hash is recomputed over what is actually sent (the same every time, so a re-send matches).
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from dataclasses import dataclass

from central.schema import canonical_json, payload_hash
from central.store.relay import RelayQueue
from desktop.sync.engine import backoff_delay
from desktop.sync.transport import BatchRefused, Report, SyncFailure, Transport

PERSONAL_KEYS = ("applicant", "id_number", "phone", "address", "email", "authorised")
BATCH = 200
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RelayResult:
    sent: int
    set_aside: int
    error: str | None = None


def upward(item: Report, personal: bool) -> Report:
    payload = json.loads(item.payload)
    if not personal:
        payload = {k: v for k, v in payload.items() if k not in PERSONAL_KEYS}
    body = canonical_json(payload)
    return Report(item.id, item.kind, item.entity, body, payload_hash(payload), item.created_at,
                  item.commune_code, item.desk, item.app_version, item.supersedes)


class Relay:
    def __init__(self, store: RelayQueue, transport: Transport, *, personal: bool = False,
                 batch: int = BATCH) -> None:
        self.store = store
        self.transport = transport
        self.personal = personal
        self.batch = batch
        self.failures = 0
        self._stop = threading.Event()

    def run_once(self) -> RelayResult:
        """Forward until nothing is owed or the province cannot be reached."""
        sent = aside = 0
        limit = self.batch
        while not self._stop.is_set():
            items = self.store.relay_pending(limit)
            if not items:
                return RelayResult(sent, aside)
            reports = [upward(i, self.personal) for i in items]
            try:
                delivery = self.transport.send(reports)
            except BatchRefused as exc:
                if len(reports) > 1:  # halve until the refused item is alone, as the desk does
                    limit = max(1, len(reports) // 2)
                    continue
                self.store.relay_mark({items[0].id: ("set_aside", exc.reason)}, int(time.time()))
                aside += 1
                limit = self.batch
                continue
            except SyncFailure as exc:
                return RelayResult(sent, aside, exc.reason)
            outcomes = {}
            for report in reports:
                answer = delivery.answers.get(report.id)
                if answer is None:
                    continue
                if answer.status in ("accepted", "duplicate"):
                    outcomes[report.id] = ("sent", None)
                else:
                    outcomes[report.id] = ("set_aside", answer.reason or answer.status)
            self.store.relay_mark(outcomes, int(time.time()))
            sent += sum(1 for state, _ in outcomes.values() if state == "sent")
            aside += sum(1 for state, _ in outcomes.values() if state == "set_aside")
            if len(outcomes) < len(reports):
                return RelayResult(sent, aside, "Máy chủ tỉnh không trả lời cho một số báo cáo.")
        return RelayResult(sent, aside)

    def run(self, idle: float = 5.0) -> None:
        """Until ``stop()``: forward, then wait ``idle`` seconds, or the backoff after a failure."""
        rng = random.Random()
        while not self._stop.is_set():
            result = self.run_once()
            if result.error:
                self.failures += 1
                log.warning("relay upward: %s", result.error)
                self._stop.wait(backoff_delay(self.failures, rng))
            else:
                self.failures = 0
                self._stop.wait(idle)

    def stop(self) -> None:
        self._stop.set()

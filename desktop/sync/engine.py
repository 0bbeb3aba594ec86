"""The sender: drains the outbox oldest first, one batch at a time, and never loses a row.

Each batch goes through three transactions: claim (rows → in flight), the request, then
apply (rows → sent / failed / back to pending). A crash anywhere leaves rows in flight;
the next sender to take the lock puts them back, and the server's idempotency turns a
re-sent row it already holds into ``duplicate``, which counts as delivered.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from desktop.core.clock import from_epoch, now_vn, to_epoch, to_vn
from desktop.core.errors import UserError
from desktop.storage import Store, outbox
from desktop.storage.outbox import Failure, OutboxRow
from desktop.sync.lock import SenderLock
from desktop.sync.reports import queue_daily_summaries
from desktop.sync.transport import (
    BatchRefused,
    CredentialsRefused,
    Delivery,
    Report,
    SyncFailure,
    TransientFailure,
    Transport,
)  # fmt: skip

BATCH_ROWS = 200
BATCH_BYTES = 512 * 1024
BACKOFF_FIRST = 30.0
BACKOFF_CAP = 30 * 60.0
SKEW_LIMIT = timedelta(minutes=5)
PRUNE_CHUNK = 5_000

Progress = Callable[[int, int], None]


class Outcome:
    DONE = "done"  # queue drained (or nothing to send)
    TRANSIENT = "transient"  # stopped on a network/server problem; will retry with backoff
    CREDENTIALS = "credentials"  # 401/403: waiting for a new login or "send now"
    BUSY = "busy"  # another process or window is sending for this data directory
    NOT_CONFIGURED = "not_configured"  # no endpoint or no token yet
    STOPPED = "stopped"  # asked to stop between two batches


@dataclass(frozen=True)
class RunResult:
    outcome: str
    sent: int = 0
    duplicates: int = 0
    set_aside: int = 0
    error: str | None = None
    next_attempt_at: datetime | None = None


@dataclass(frozen=True)
class EngineState:
    """What only the running engine knows; ``status.read_status`` adds what the database knows."""

    sending: bool = False
    progress: tuple[int, int] | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    skew_warning: str | None = None
    next_attempt_at: datetime | None = None
    failures: int = 0


def backoff_delay(failures: int, rng: random.Random) -> float:
    """30 s, 1 min, 2 min … capped at 30 min, shortened by up to 20 % so that thousands of
    desks coming back after an outage do not all knock at the same second."""
    base = min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** max(0, failures - 1))
    return base * rng.uniform(0.8, 1.0)


def skew_warning(server: datetime | None, local: datetime) -> str | None:
    if server is None or server.tzinfo is None:
        return None
    skew = local - server
    if abs(skew) <= SKEW_LIMIT:
        return None
    minutes = round(abs(skew).total_seconds() / 60)
    direction = "nhanh" if skew > timedelta(0) else "chậm"
    return (f"Đồng hồ máy tính đang {direction} khoảng {minutes} phút so với máy chủ. Hãy chỉnh "
            "lại giờ của máy: giờ tiếp nhận và ngày hẹn trả được tính theo đồng hồ này. "
            "Việc gửi báo cáo vẫn tiếp tục.")


class SyncEngine:
    """Give it its own ``Store`` (not the GUI thread's) and call ``run_once`` off the GUI thread.

    ``transport`` is a ``Transport`` or a function building one (called at each run, so a new
    login takes effect); ``clock`` and ``rng`` are injectable for tests.
    """

    def __init__(self, store: Store, transport: Transport | Callable[[], Transport], *,
                 clock: Callable[[], datetime] = now_vn, rng: random.Random | None = None,
                 batch_rows: int = BATCH_ROWS, batch_bytes: int = BATCH_BYTES,
                 lock: SenderLock | None = None) -> None:
        self.store = store
        self._transport = transport
        self.clock = clock
        self.rng = rng or random.Random()
        self.batch_rows = batch_rows
        self.batch_bytes = batch_bytes
        self.lock = lock or SenderLock(store.data_dir)
        self._state = EngineState()
        self._pruned_on: date | None = None
        self._guard = threading.Lock()

    # -- state shared with the UI thread --------------------------------------------------
    def snapshot(self) -> EngineState:
        with self._guard:
            return self._state

    def _update(self, **changes: object) -> None:
        with self._guard:
            self._state = replace(self._state, **changes)

    # -- one run ----------------------------------------------------------------------------
    def transport(self) -> Transport:
        """The transport for this run; ``UserError`` if the desk is not set up for sending."""
        if hasattr(self._transport, "send"):
            return self._transport  # type: ignore[return-value]
        return self._transport()  # type: ignore[operator]

    def run_once(self, progress: Progress | None = None,
                 cancel: threading.Event | None = None, *,
                 honour_backoff: bool = False) -> RunResult:
        """Send everything pending now; returns when the queue is empty, a failure stops it,
        or ``cancel`` is set (checked between batches). With ``honour_backoff`` (a sender just
        started) a backoff written by an earlier process is respected; "send now" ignores it."""
        if not self.lock.acquire():
            return RunResult(Outcome.BUSY, error="Một cửa sổ hoặc lệnh motcua khác đang gửi báo "
                             "cáo của thư mục dữ liệu này; lần này nhường cho nó.")
        try:
            if honour_backoff:
                waiting = self._persisted_backoff()
                if waiting is not None:
                    return waiting
            self._update(sending=True, progress=None)
            return self._run(progress or (lambda done, total: None), cancel)
        finally:
            self._update(sending=False, progress=None)
            self.lock.release()

    def _persisted_backoff(self) -> RunResult | None:
        conn = self.store.conn
        until = outbox.deferred_until(conn)
        if until is None or from_epoch(until) <= self.clock():
            return None
        next_at, error = from_epoch(until), outbox.last_error(conn)
        self._update(failures=outbox.transient_streak(conn), next_attempt_at=next_at,
                     last_error=error)
        return RunResult(Outcome.TRANSIENT, error=error, next_attempt_at=next_at)

    def _run(self, progress: Progress, cancel: threading.Event | None) -> RunResult:
        with self.store.transaction() as conn:
            outbox.recover(conn)
        if self.store.settings.identity() is not None:
            queue_daily_summaries(self.store, self.clock())
        try:
            transport = self.transport()
        except UserError as exc:
            self._update(last_error=exc.message, last_error_at=self.clock())
            return RunResult(Outcome.NOT_CONFIGURED, error=exc.message)
        total = outbox.pending_count(self.store.conn)
        done, sent, duplicates, set_aside = 0, 0, 0, 0
        limit = self.batch_rows
        self._report_progress(progress, 0, total)
        while True:
            if cancel is not None and cancel.is_set():
                return RunResult(Outcome.STOPPED, sent, duplicates, set_aside)
            with self.store.transaction() as conn:
                rows = outbox.claim(conn, limit, self.batch_bytes)
            if not rows:
                self._update(failures=0, next_attempt_at=None)
                self._prune_if_due()
                return RunResult(Outcome.DONE, sent, duplicates, set_aside)
            try:
                delivery = transport.send([self._report(r) for r in rows])
            except TransientFailure as exc:
                return self._transient(rows, exc, sent, duplicates, set_aside)
            except CredentialsRefused as exc:
                self._set_aside(rows, Failure.CREDENTIALS, exc)
                return RunResult(Outcome.CREDENTIALS, sent, duplicates, set_aside + len(rows),
                                 error=exc.reason)
            except BatchRefused as exc:
                if len(rows) > 1:
                    self._release(rows, None, result="split", error=exc.reason)
                    limit = max(1, len(rows) // 2)
                    continue
                self._set_aside(rows, Failure.REFUSED, exc)
                set_aside += 1
                done += 1
                limit = self.batch_rows
                self._report_progress(progress, done, total)
                continue
            counts = self._apply(rows, delivery)
            sent += counts[0]
            duplicates += counts[1]
            set_aside += counts[2]
            done += counts[0] + counts[1] + counts[2]
            self._report_progress(progress, done, max(total, done))
            if counts[3]:
                failure = TransientFailure(f"Máy chủ không trả lời cho {counts[3]} báo cáo trong "
                                           "lô; sẽ gửi lại.", server_date=delivery.server_date)
                return self._transient([], failure, sent, duplicates, set_aside)

    def _prune_if_due(self) -> None:
        """Once a day per sender, when the queue is drained: delivered rows older than the
        ``keep_sent_days`` setting go, in short transactions so the window's writes never
        wait long (this runs on the sender's thread, never the GUI's)."""
        today = to_vn(self.clock()).date()
        if self._pruned_on == today:
            return
        self._pruned_on = today
        days = int(self.store.settings.get("keep_sent_days"))
        before = to_epoch(self.clock() - timedelta(days=max(1, days)))
        while True:
            with self.store.transaction() as conn:
                if outbox.prune_sent(conn, before, PRUNE_CHUNK) < PRUNE_CHUNK:
                    return

    def _report(self, row: OutboxRow) -> Report:
        identity = self.store.settings.identity()
        commune = row.commune_code or (str(identity.commune.code) if identity else "")
        desk = row.desk or (identity.desk if identity else 0)
        return Report(row.id, row.kind, row.entity or row.kind, row.payload, row.payload_hash,
                      row.created_at, str(commune), int(desk), row.app_version or "", row.supersedes)

    def _apply(self, rows: list[OutboxRow], delivery: Delivery) -> tuple[int, int, int, int]:
        now = self.clock()
        self._check_skew(delivery.server_date, now)
        delivered, aside, missing = [], {}, []
        sent = duplicates = 0
        for row in rows:
            answer = delivery.answers.get(row.id)
            if answer is None:
                missing.append(row.id)
            elif answer.status in ("accepted", "duplicate"):
                delivered.append(row.id)
                sent += answer.status == "accepted"
                duplicates += answer.status == "duplicate"
            elif answer.status == "conflict":
                aside[row.id] = (Failure.CONFLICT, answer.reason or
                                 "Máy chủ đã nhận báo cáo cùng mã với nội dung khác (xung đột).")
            else:
                aside[row.id] = (Failure.REJECTED, answer.reason or "Máy chủ từ chối báo cáo này.")
        with self.store.transaction() as conn:
            outbox.mark_sent(conn, delivered, to_epoch(now))
            outbox.set_aside(conn, aside)
            outbox.release(conn, missing, "Máy chủ không trả lời cho báo cáo này; sẽ gửi lại.")
            result = "ok" if not aside and not missing else "partial"
            error = next(iter(aside.values()))[1] if aside else None
            outbox.log_attempt(conn, to_epoch(now), len(rows), result, error)
        if not missing:
            self._update(failures=0, next_attempt_at=None, last_error=None, last_error_at=None)
        return sent, duplicates, len(aside), len(missing)

    def _transient(self, rows: list[OutboxRow], exc: TransientFailure, sent: int,
                   duplicates: int, set_aside: int) -> RunResult:
        now = self.clock()
        self._check_skew(exc.server_date, now)
        failures = outbox.transient_streak(self.store.conn) + 1
        delay = backoff_delay(failures, self.rng)
        if exc.retry_after is not None:
            delay = min(BACKOFF_CAP, max(1.0, exc.retry_after))
        next_at = now + timedelta(seconds=delay)
        self._release(rows, next_at, result="transient", error=exc.reason)
        self._update(failures=failures, next_attempt_at=next_at, last_error=exc.reason,
                     last_error_at=now)
        return RunResult(Outcome.TRANSIENT, sent, duplicates, set_aside, error=exc.reason,
                         next_attempt_at=next_at)

    def _release(self, rows: list[OutboxRow], next_at: datetime | None, *, result: str,
                 error: str) -> None:
        now = self.clock()
        with self.store.transaction() as conn:
            outbox.release(conn, [r.id for r in rows], error,
                           None if next_at is None else to_epoch(next_at))
            if next_at is not None:
                outbox.defer(conn, to_epoch(next_at))
            outbox.log_attempt(conn, to_epoch(now), len(rows), result, error)

    def _set_aside(self, rows: list[OutboxRow], failure: Failure, exc: SyncFailure) -> None:
        now = self.clock()
        self._check_skew(exc.server_date, now)
        with self.store.transaction() as conn:
            outbox.set_aside(conn, {r.id: (failure, exc.reason) for r in rows})
            outbox.log_attempt(conn, to_epoch(now), len(rows), failure.value, exc.reason)
        self._update(last_error=exc.reason, last_error_at=now)

    def _check_skew(self, server: datetime | None, now: datetime) -> None:
        if server is not None:
            self._update(skew_warning=skew_warning(server, now))

    def _report_progress(self, progress: Progress, done: int, total: int) -> None:
        self._update(progress=(done, total))
        progress(done, total)

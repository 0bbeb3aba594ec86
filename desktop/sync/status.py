"""What the Sync screen, the status bar and ``motcua outbox`` show, in one Qt-free dataclass.

``read_status(store, engine_state)`` may be called from any thread with that thread's own
``Store``; the engine's part comes from ``SyncEngine.snapshot()`` (or None in a process
that is not sending, in which case the last error comes from the attempts log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.clock import format_slip_time, from_epoch
from desktop.storage import Store, outbox
from desktop.storage.outbox import OutboxState
from desktop.sync.engine import EngineState

FAILURE_LABELS = {
    "rejected": "Máy chủ từ chối nội dung",
    "conflict": "Xung đột với bản đã nhận",
    "credentials": "Mã truy cập bị từ chối",
    "refused": "Máy chủ từ chối yêu cầu",
}


@dataclass(frozen=True)
class SetAsideRow:
    seq: int
    id: str
    kind: str
    entity: str | None
    failure: str | None
    reason: str | None
    created_at: datetime | None

    @property
    def failure_label(self) -> str:
        return FAILURE_LABELS.get(self.failure or "", "Bị từ chối")


@dataclass(frozen=True)
class SyncStatus:
    counts: dict[str, int]
    configured: bool
    endpoint: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    skew_warning: str | None
    set_aside: list[SetAsideRow]
    sending: bool
    progress: tuple[int, int] | None
    next_attempt_at: datetime | None

    @property
    def waiting(self) -> int:
        """One meaning of "waiting to send": ``outbox.waiting``."""
        return outbox.waiting(self.counts)

    def to_json(self) -> dict:
        return {
            "counts": self.counts, "waiting": self.waiting, "configured": self.configured,
            "endpoint": self.endpoint,
            "last_success": self.last_success.isoformat() if self.last_success else None,
            "last_error": self.last_error,
            "last_error_at": self.last_error_at.isoformat() if self.last_error_at else None,
            "skew_warning": self.skew_warning, "sending": self.sending,
            "progress": list(self.progress) if self.progress else None,
            "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
            "set_aside": [{"seq": r.seq, "id": r.id, "kind": r.kind, "entity": r.entity,
                           "failure": r.failure, "reason": r.reason,
                           "created_at": r.created_at.isoformat() if r.created_at else None}
                          for r in self.set_aside],
        }  # fmt: skip


def read_status(store: Store, engine: EngineState | None = None, *,
                set_aside_limit: int = 200) -> SyncStatus:
    conn = store.conn
    engine = engine or EngineState()
    last_ok = outbox.last_success(conn)
    last_error, last_error_at = engine.last_error, engine.last_error_at
    if last_error is None:
        latest = outbox.attempts(conn, 1)
        if latest and latest[0].result in ("transient", "credentials"):
            last_error, last_error_at = latest[0].error, from_epoch(latest[0].at)
    aside = [SetAsideRow(r.seq, r.id, r.kind, r.entity, r.failure, r.last_error,
                         from_epoch(r.created_at))
             for r in outbox.rows(conn, OutboxState.FAILED, set_aside_limit)]
    endpoint = store.settings.get("endpoint") or ""
    return SyncStatus(outbox.counts(conn), bool(endpoint), endpoint, from_epoch(last_ok),
                      last_error, last_error_at, engine.skew_warning, aside, engine.sending,
                      engine.progress, engine.next_attempt_at)


def describe(status: SyncStatus) -> list[str]:
    """The same facts as sentences, for the command line."""
    c = status.counts
    lines = [f"Chờ gửi {c['pending']}, đang gửi {c['in_flight']}, đã gửi {c['sent']}, "
             f"bị từ chối (cần xử lý) {c['failed']}."]
    lines.append(f"Máy chủ: {status.endpoint}" if status.configured
                 else "Chưa khai báo máy chủ (motcua login --endpoint URL).")
    lines.append("Lần gửi thành công gần nhất: "
                 + (format_slip_time(status.last_success) if status.last_success else "chưa có"))
    if status.last_error:
        when = f" ({format_slip_time(status.last_error_at)})" if status.last_error_at else ""
        lines.append(f"Lỗi gần nhất{when}: {status.last_error}")
    if status.next_attempt_at:
        lines.append(f"Thử lại lúc {format_slip_time(status.next_attempt_at)}.")
    if status.skew_warning:
        lines.append(f"Cảnh báo: {status.skew_warning}")
    return lines

"""The outbox: reports waiting to be sent, written in the same transaction as the change.

Rows are never deleted automatically. ``entity`` names what a report is about (one dossier,
one day's summary, the checklist) so a newer report can say which one it supersedes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass
from enum import StrEnum

from desktop import __version__


class OutboxState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    SENT = "sent"
    FAILED = "failed"  # set aside: rejected, conflict or refused credentials

    @property
    def label(self) -> str:
        return OUTBOX_STATE_LABELS[self]


OUTBOX_STATE_LABELS = {
    OutboxState.PENDING: "Chờ gửi",
    OutboxState.IN_FLIGHT: "Đang gửi",
    OutboxState.SENT: "Đã gửi",
    OutboxState.FAILED: "Bị từ chối, cần xử lý",
}


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    id: str
    kind: str
    entity: str | None
    payload: str
    payload_hash: str
    created_at: int
    state: str
    attempts: int
    last_error: str | None
    supersedes: str | None
    commune_code: str | None
    desk: int | None
    app_version: str | None
    sent_at: int | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> OutboxRow:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


def canonical_json(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def payload_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def enqueue(conn: sqlite3.Connection, kind: str, entity: str, payload: dict, *, now: int,
            commune_code: int | None, desk: int | None) -> str:
    """Queue one report; the caller holds the write transaction of the change it reports."""
    body = canonical_json(payload)
    previous = conn.execute(
        "SELECT id FROM outbox WHERE entity = ? ORDER BY seq DESC LIMIT 1", (entity,)
    ).fetchone()
    row_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO outbox(id, kind, entity, payload, payload_hash, created_at, state, supersedes,"
        " commune_code, desk, app_version) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)",
        (row_id, kind, entity, body, payload_hash(body), now, previous[0] if previous else None,
         None if commune_code is None else str(commune_code), desk, __version__),
    )
    return row_id


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    found = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    return {state.value: found.get(state.value, 0) for state in OutboxState}


def rows(conn: sqlite3.Connection, state: str | None = None, limit: int = 200) -> list[OutboxRow]:
    """Newest first, for people looking at the queue."""
    if state is None:
        result = conn.execute("SELECT * FROM outbox ORDER BY seq DESC LIMIT ?", (limit,))
    else:
        result = conn.execute(
            "SELECT * FROM outbox WHERE state = ? ORDER BY seq DESC LIMIT ?", (state, limit)
        )
    return [OutboxRow.from_row(r) for r in result.fetchall()]

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


class Failure(StrEnum):
    """Why a row was set aside; credentials failures go back to the queue at the next login."""

    REJECTED = "rejected"
    CONFLICT = "conflict"
    CREDENTIALS = "credentials"
    REFUSED = "refused"  # the server refused this one row's request (e.g. too large)


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
    next_attempt_at: int | None = None
    failure: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> OutboxRow:
        keys = row.keys()
        return cls(**{name: row[name] for name in cls.__dataclass_fields__ if name in keys})


#: Bytes a row adds to a batch besides its payload (ids, hash, metadata), for the size cap.
ROW_OVERHEAD_BYTES = 320


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


# -- the sender's side: every step is its own transaction, so a crash between two steps
# leaves each row either still owed (pending/in_flight) or acknowledged (sent/failed). --------

def recover(conn: sqlite3.Connection) -> int:
    """Rows left in flight by a sender that died go back to the queue. Only the holder of
    the sender lock may call this, or it would steal rows another sender is sending."""
    return conn.execute("UPDATE outbox SET state = 'pending' WHERE state = 'in_flight'").rowcount


def claim(conn: sqlite3.Connection, limit: int, max_bytes: int) -> list[OutboxRow]:
    """The oldest pending rows that fit the batch caps, marked in flight; the caller holds
    the write transaction. At least one row, however large, so none can block the queue."""
    found, size = [], 0
    for r in conn.execute("SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?",
                          (limit,)):
        size += len(r["payload"]) + ROW_OVERHEAD_BYTES
        if found and size > max_bytes:
            break
        found.append(OutboxRow.from_row(r))
    conn.executemany("UPDATE outbox SET state = 'in_flight', attempts = attempts + 1 WHERE seq = ?",
                     [(r.seq,) for r in found])
    return found


def mark_sent(conn: sqlite3.Connection, ids: list[str], now: int) -> None:
    conn.executemany(
        "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, next_attempt_at = NULL"
        " WHERE id = ? AND state = 'in_flight'", [(now, i) for i in ids])


def set_aside(conn: sqlite3.Connection, reasons: dict[str, tuple[Failure, str]]) -> None:
    """Permanent failures: kept, with the server's reason, until IT staff act on them."""
    conn.executemany(
        "UPDATE outbox SET state = 'failed', failure = ?, last_error = ?, next_attempt_at = NULL"
        " WHERE id = ? AND state = 'in_flight'",
        [(failure.value, reason, i) for i, (failure, reason) in reasons.items()])


def release(conn: sqlite3.Connection, ids: list[str], error: str | None,
            next_attempt_at: int | None = None) -> None:
    """Back to the queue after a transient failure, remembering why and when to try again."""
    conn.executemany(
        "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?"
        " WHERE id = ? AND state = 'in_flight'", [(error, next_attempt_at, i) for i in ids])


def prune_sent(conn: sqlite3.Connection, before: int, limit: int = 20_000) -> int:
    """Forget what was delivered before ``before`` (epoch seconds), at most ``limit`` rows a
    call; the caller holds the write transaction and calls again while it returns ``limit``.

    Nothing is lost upward: the server holds every delivered report. A later report of a
    dossier untouched for that long names no earlier one (``supersedes`` is empty), which
    the server accepts; day summaries are only recomputed for the last week. Attempts older
    than ``before`` go as well.
    """
    deleted = conn.execute(
        "DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE state = 'sent'"
        " AND sent_at < ? LIMIT ?)", (before, limit)).rowcount
    conn.execute("DELETE FROM sync_attempts WHERE at < ?", (before,))
    return deleted


def defer(conn: sqlite3.Connection, until: int) -> None:
    """After a transient failure, the whole queue waits until ``until`` (epoch seconds); kept
    in the file so that a restarted window or sender keeps the backoff instead of knocking
    again at once."""
    conn.execute("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending'", (until,))


def deferred_until(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT max(next_attempt_at) FROM outbox WHERE state = 'pending'"
                        ).fetchone()[0]


def transient_streak(conn: sqlite3.Connection, most: int = 64) -> int:
    """How many of the latest attempts in a row failed transiently (the backoff's exponent)."""
    streak = 0
    for (result,) in conn.execute("SELECT result FROM sync_attempts ORDER BY id DESC LIMIT ?",
                                  (most,)):
        if result != "transient":
            break
        streak += 1
    return streak


def last_error(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT error FROM sync_attempts ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else row[0]


def find(conn: sqlite3.Connection, key: str) -> OutboxRow | None:
    """By sequence number, full UUID, or a UUID prefix of at least 8 characters. A prefix may
    be all digits ("55143472"), so a long number is looked up both ways and must name one row."""
    key = key.strip().lower()
    found = []
    if key.isdigit():
        found += conn.execute("SELECT * FROM outbox WHERE seq = ?", (int(key),)).fetchall()
    if len(key) >= 8:
        found += conn.execute("SELECT * FROM outbox WHERE id LIKE ? LIMIT 2",
                              (key.replace("%", "").replace("_", "") + "%",)).fetchall()
    return OutboxRow.from_row(found[0]) if len(found) == 1 else None


def retry(conn: sqlite3.Connection, seq: int) -> bool:
    """Put one set-aside row back in the queue; the reason stays until the next answer."""
    return conn.execute("UPDATE outbox SET state = 'pending', next_attempt_at = NULL"
                        " WHERE seq = ? AND state = 'failed'", (seq,)).rowcount == 1


def retry_failed(conn: sqlite3.Connection, failure: Failure | None = None) -> int:
    """Every set-aside row (or those of one failure kind) back in the queue."""
    where = "state = 'failed'" + ("" if failure is None else " AND failure = ?")
    return conn.execute(f"UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE {where}",
                        () if failure is None else (failure.value,)).rowcount


def pending_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]


def latest_payload_hash(conn: sqlite3.Connection, entity: str, *,
                        ignore: tuple[str, ...] = ()) -> str | None:
    """Hash of the newest report about ``entity``; with ``ignore``, of its payload without those
    keys (a signature that differs at every signing must not make a report look changed)."""
    row = conn.execute("SELECT payload_hash, payload FROM outbox WHERE entity = ?"
                       " ORDER BY seq DESC LIMIT 1", (entity,)).fetchone()
    if row is None:
        return None
    if not ignore:
        return row[0]
    payload = json.loads(row[1])
    return payload_hash(canonical_json({k: v for k, v in payload.items() if k not in ignore}))


@dataclass(frozen=True)
class Attempt:
    at: int
    rows: int
    result: str
    error: str | None


def log_attempt(conn: sqlite3.Connection, at: int, rows: int, result: str,
                error: str | None) -> None:
    conn.execute("INSERT INTO sync_attempts(at, rows, result, error) VALUES (?,?,?,?)",
                 (at, rows, result, error))


def attempts(conn: sqlite3.Connection, limit: int = 50) -> list[Attempt]:
    """Newest first."""
    return [Attempt(r["at"], r["rows"], r["result"], r["error"]) for r in conn.execute(
        "SELECT * FROM sync_attempts ORDER BY id DESC LIMIT ?", (limit,))]


def last_success(conn: sqlite3.Connection) -> int | None:
    """When the server last acknowledged a row."""
    return conn.execute("SELECT max(sent_at) FROM outbox WHERE state = 'sent'").fetchone()[0]


def waiting(state_counts: dict[str, int]) -> int:
    """Reports not yet delivered and not set aside: what people mean by "waiting to send"."""
    return state_counts.get(OutboxState.PENDING, 0) + state_counts.get(OutboxState.IN_FLIGHT, 0)

"""Dossier events with their global identity: writing our own, applying colleagues', and
bringing a dossier's row in line with the fold of all its events.

The ``dossiers`` row is a cache of ``desktop.core.replay.fold``; every write path (a move at
this desk, events pulled from the hub) ends in ``refold`` inside the same transaction.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from desktop.core.calendar import WorkCalendar
from desktop.core.collation import sort_key
from desktop.core.replay import RECEIVED, DossierEvent, DossierFold, fold
from desktop.storage.search import index_text

PUSHED = "pushed_event_id"
CURSOR = "pull_cursor"


@dataclass(frozen=True)
class Applied:
    new: int  # events this desk did not hold before
    dossiers: int  # dossiers whose row changed or appeared


def installation_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'installation_id'").fetchone()
    return json.loads(row[0])


def record(conn: sqlite3.Connection, dossier_id: int, event: DossierEvent, *, actor: str,
           installation: str, arrived_at: int) -> DossierEvent:
    """Append one event; the caller holds the write transaction. An event made here (``seq``
    0) takes its local row id as its sequence, so this desk's own moves keep their order."""
    row_id = None
    if event.seq == 0:
        row_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM dossier_events").fetchone()[0]
        event = replace(event, seq=row_id)
    conn.execute(_INSERT, (row_id, *_columns(dossier_id, event, actor, installation, arrived_at)))
    return event


_INSERT = (
    "INSERT INTO dossier_events(id, dossier_id, at, actor, from_state, to_state, note, uid, kind,"
    " origin_desk, installation, data, arrived_at, origin_seq, payload, changes)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def _columns(dossier_id: int, event: DossierEvent, actor: str, installation: str,
             arrived_at: int) -> tuple:
    """The row of an event; ``payload`` and ``changes`` get their own columns as on any desk."""
    data = event.data
    payload, changes = data.get("payload"), data.get("changes")
    return (dossier_id, event.at, actor, data.get("from"),
            int(data.get("to", data.get("state", 0))), data.get("note"), event.uid, event.kind,
            event.origin, installation, _json(data), arrived_at, event.seq,
            _json(payload) if payload else None, _json(changes) if changes is not None else None)


#: ``json.dumps(..., ensure_ascii=False)`` builds an encoder per call; a catch-up makes
#: hundreds of thousands of rows, so they share one (same text).
_json = json.JSONEncoder(ensure_ascii=False).encode


def new_uid() -> str:
    return str(uuid.uuid4())


def _chunks(items: list) -> Iterator[tuple[list, str]]:
    """``items`` 500 at a time with as many ``?`` marks: SQLite bounds a statement's
    parameters, and a catch-up touches hundreds of thousands of rows."""
    for start in range(0, len(items), 500):
        chunk = items[start:start + 500]
        yield chunk, ",".join("?" * len(chunk))


def history(conn: sqlite3.Connection, dossier_id: int) -> list[DossierEvent]:
    return histories(conn, [dossier_id]).get(dossier_id, [])


def histories(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[DossierEvent]]:
    """The events of several dossiers, read in a few queries rather than one per dossier."""
    found: dict[int, list[DossierEvent]] = {}
    for chunk, marks in _chunks(ids):
        for r in conn.execute(
                f"SELECT e.dossier_id, e.uid, d.code, e.kind, e.at, e.origin_desk, e.data,"
                f" e.origin_seq FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id"
                f" WHERE e.dossier_id IN ({marks})", chunk):
            found.setdefault(r[0], []).append(
                DossierEvent(r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7]))
    return found


def refold(conn: sqlite3.Connection, dossier_id: int, calendar: WorkCalendar,
           now: int) -> DossierFold:
    """Rewrite the dossier's cached state and details from all its events."""
    result = fold(history(conn, dossier_id), calendar)
    assert result is not None, "a dossier row always has its receipt"
    _rewrite(conn, [(dossier_id, result)], now)
    return result


#: The columns of a dossier row that follow from the fold of its events.
_FOLDED = ("state", "appointment_at", "base_appointment_at", "paused_seconds", "paused_since",
           "end_at", "end_state", "supplement_count", "supplement_at", "resumed_at", "conflicts",
           "conflict_open", "updated_at", "field", "channel", "received_at", "procedure",
           "applicant", "applicant_key", "id_number", "phone", "address", "email", "authorised",
           "documents", "sets", "holder", "rescheduled_to")
_UPDATE = f"UPDATE dossiers SET {', '.join(c + ' = ?' for c in _FOLDED)} WHERE id = ?"
_CREATE = (f"INSERT INTO dossiers({', '.join(_FOLDED)}, id, code, origin_desk)"
           f" VALUES ({', '.join('?' * (len(_FOLDED) + 3))})")


def _row_of(result: DossierFold, dossier_id: int, now: int) -> tuple:
    d = result.details
    return (int(result.state), result.appointment_at, result.base_appointment_at,
            result.paused_seconds, result.paused_since, result.end_at, result.end_state,
            result.supplement_count, result.supplement_at, result.resumed_at,
            len(result.conflicts), int(result.conflict_open), now, result.field, result.channel,
            result.received_at, d["procedure"], d["applicant"], sort_key(d["applicant"] or ""),
            d["id_number"], d["phone"], d["address"], d["email"], d["authorised"],
            _json(d["documents"] or []), int(d["sets"] or 1),
            result.holder, result.rescheduled_to, dossier_id)


_SEARCHED = ("applicant", "phone", "id_number")


def _rewrite(conn: sqlite3.Connection, folded: list[tuple[int, DossierFold]], now: int) -> None:
    """Rows from their folds; a search entry whose name, phone or ID number changed (a
    correction) is replaced."""
    before = {}
    ids = [dossier_id for dossier_id, _ in folded]
    for chunk, marks in _chunks(ids):
        before.update((r[0], r[1:]) for r in conn.execute(
            f"SELECT id, code, applicant, phone, id_number FROM dossiers"
            f" WHERE id IN ({marks})", chunk))
    conn.executemany(_UPDATE, [_row_of(result, dossier_id, now) for dossier_id, result in folded])
    for dossier_id, result in folded:
        code, *old = before[dossier_id]
        new = [result.details[k] for k in _SEARCHED]
        if new != old:
            conn.execute("INSERT INTO dossier_search(dossier_search, rowid, text)"
                         " VALUES('delete', ?, ?)", (dossier_id, index_text(code, *old)))
            conn.execute("INSERT INTO dossier_search(rowid, text) VALUES (?, ?)",
                         (dossier_id, index_text(code, *new)))


def conflicts_of(conn: sqlite3.Connection, dossier_id: int, calendar: WorkCalendar) -> set[str]:
    result = fold(history(conn, dossier_id), calendar)
    return set(result.conflicts) if result else set()


# -- exchanging with the hub --------------------------------------------------------------

def own_events(conn: sqlite3.Connection, limit: int) -> tuple[list[dict], int]:
    """This installation's events not yet acknowledged by the hub, oldest first, and the
    local id to remember once they are."""
    installation = installation_id(conn)
    after = marker(conn, PUSHED)
    rows = conn.execute(
        "SELECT e.id, e.uid, d.code, e.kind, e.at, e.origin_desk, e.data, e.actor, e.origin_seq"
        " FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id"
        " WHERE e.installation = ? AND e.id > ? ORDER BY e.id LIMIT ?",
        (installation, after, limit)).fetchall()
    out = [DossierEvent(r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[8]).to_wire(
        installation, r[7]) for r in rows]
    return out, (rows[-1][0] if rows else after)


def marker(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM replication WHERE key = ?", (key,)).fetchone()
    return 0 if row is None else row[0]


def set_marker(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute("INSERT INTO replication(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                 " SET value = max(value, excluded.value)", (key, value))


def apply(conn: sqlite3.Connection, bodies: Iterable[dict], calendar: WorkCalendar,
          now: int) -> Applied:
    """Store colleagues' events once each (by ``uid``) and refold what they touched.

    A receipt creates the dossier row; a move whose receipt has not arrived waits in
    ``event_orphans`` until it does. The caller holds the write transaction. A catch-up
    applies hundreds of thousands of events, so each dossier a page touches is folded once
    per page: one created by this page from the events in hand, written whole in one insert
    (no second write of the same row), the others from their histories read together.
    """
    fresh: dict[str, tuple[DossierEvent, dict]] = {}
    for body in bodies:
        event = DossierEvent.from_wire(body)
        fresh.setdefault(event.uid, (event, body))
    for uid in _known(conn, list(fresh)):
        del fresh[uid]
    ids = _ids(conn, {event.code for event, _ in fresh.values()})
    stored_orphans = conn.execute("SELECT 1 FROM event_orphans LIMIT 1").fetchone() is not None
    next_id = None
    created: dict[int, list[tuple[DossierEvent, dict]]] = {}
    moved: dict[int, list[tuple[DossierEvent, dict]]] = {}
    waiting: dict[str, list[tuple[DossierEvent, dict]]] = {}
    for event, body in fresh.values():
        dossier_id = ids.get(event.code)
        if dossier_id is None and event.kind == RECEIVED:
            if next_id is None:
                next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM dossiers").fetchone()[0]
            dossier_id = ids[event.code] = next_id
            next_id += 1
            created[dossier_id] = [(event, body), *waiting.pop(event.code, [])]
            if stored_orphans:
                created[dossier_id] += _adopt(conn, event.code)
        elif dossier_id is None:
            waiting.setdefault(event.code, []).append((event, body))
        else:
            (created if dossier_id in created else moved).setdefault(dossier_id, []).append(
                (event, body))
    new_rows = []
    for dossier_id, events in created.items():
        result = fold([event for event, _ in events], calendar)
        assert result is not None, "a created dossier holds its receipt"
        new_rows.append((dossier_id, events[0][0].code, result))
    _insert(conn, new_rows, now)
    conn.executemany(_INSERT, [
        (None, *_columns(dossier_id, event, str(body.get("actor") or ""),
                         str(body.get("installation") or ""), now))
        for touched in (created, moved) for dossier_id, events in touched.items()
        for event, body in events])
    conn.executemany("INSERT OR IGNORE INTO event_orphans(uid, code, body) VALUES (?,?,?)",
                     [(event.uid, event.code, _json(body))
                      for events in waiting.values() for event, body in events])
    folded = []
    for dossier_id, events in histories(conn, list(moved)).items():
        result = fold(events, calendar)
        if result is not None:
            folded.append((dossier_id, result))
    _rewrite(conn, folded, now)
    return Applied(len(fresh), len(created) + len(moved))


def _adopt(conn: sqlite3.Connection, code: str) -> list[tuple[DossierEvent, dict]]:
    """The moves that arrived before the receipt of ``code``, taken out of waiting."""
    adopted = [json.loads(r[0]) for r in conn.execute(
        "SELECT body FROM event_orphans WHERE code = ?", (code,)).fetchall()]
    conn.execute("DELETE FROM event_orphans WHERE code = ?", (code,))
    return [(DossierEvent.from_wire(body), body) for body in adopted]


def _ids(conn: sqlite3.Connection, codes: set[str]) -> dict[str, int | None]:
    found: dict[str, int | None] = dict.fromkeys(codes)
    for chunk, marks in _chunks(list(codes)):
        found.update(conn.execute(f"SELECT code, id FROM dossiers WHERE code IN ({marks})", chunk))
    return found


def _known(conn: sqlite3.Connection, uids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk, marks in _chunks(uids):
        found.update(r[0] for r in conn.execute(
            f"SELECT uid FROM dossier_events WHERE uid IN ({marks})"
            f" UNION ALL SELECT uid FROM event_orphans WHERE uid IN ({marks})", chunk + chunk))
    return found


def _insert(conn: sqlite3.Connection, created: list[tuple[int, str, DossierFold]],
            now: int) -> None:
    """New dossier rows as their folds give them, with their search entries."""
    conn.executemany(_CREATE, [(*_row_of(result, dossier_id, now), code, result.origin)
                               for dossier_id, code, result in created])
    conn.executemany("INSERT INTO dossier_search(rowid, text) VALUES (?, ?)", [
        (dossier_id, index_text(code, *(result.details[k] for k in _SEARCHED)))
        for dossier_id, code, result in created])


@dataclass(frozen=True)
class DeskFreshness:
    desk: int
    dossiers: int
    as_of: int | None  # the newest change from that desk this PC holds (epoch seconds)
    arrived_at: int | None  # when this PC last received one of them


def desks(conn: sqlite3.Connection) -> list[DeskFreshness]:
    counts = dict(conn.execute(
        "SELECT origin_desk, count(*) FROM dossiers WHERE origin_desk IS NOT NULL"
        " GROUP BY origin_desk").fetchall())
    latest = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT origin_desk, max(at), max(arrived_at) FROM dossier_events"
        " WHERE origin_desk IS NOT NULL GROUP BY origin_desk")}
    return [DeskFreshness(desk, counts.get(desk, 0), *latest.get(desk, (None, None)))
            for desk in sorted(set(counts) | set(latest))]


class Replica:
    """What the exchange with the hub asks of the log, each step its own transaction."""

    def __init__(self, store) -> None:  # noqa: ANN001
        self._store = store

    def outgoing(self, limit: int) -> tuple[list[dict], int]:
        return own_events(self._store.conn, limit)

    def acknowledged(self, upto: int) -> None:
        with self._store.transaction() as conn:
            set_marker(conn, PUSHED, upto)

    def cursor(self) -> int:
        return marker(self._store.conn, CURSOR)

    def incoming(self, bodies: list[dict], cursor: int, now: int) -> Applied:
        """Apply one page and move the cursor past it, together: a crash leaves both undone."""
        with self._store.transaction() as conn:
            applied = apply(conn, bodies, self._store.calendar, now)
            set_marker(conn, CURSOR, cursor)
        return applied

    def desks(self) -> list[DeskFreshness]:
        return desks(self._store.conn)

    def installation(self) -> str:
        return installation_id(self._store.conn)

"""Schema versions, applied in order; each step and its version bump commit together.

Version 1 was the first release. Never edit a step once released: add a new one.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache

SCHEMA_V1 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE procedures (
    slug TEXT PRIMARY KEY, name TEXT NOT NULL, field TEXT NOT NULL, field_name TEXT NOT NULL,
    days INTEGER NOT NULL, cutoff INTEGER NOT NULL, documents TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    procedure TEXT NOT NULL REFERENCES procedures(slug),
    field TEXT NOT NULL,
    channel INTEGER NOT NULL,
    state INTEGER NOT NULL,
    applicant TEXT NOT NULL,
    id_number TEXT, phone TEXT, address TEXT, email TEXT, authorised TEXT,
    documents TEXT NOT NULL DEFAULT '[]',
    sets INTEGER NOT NULL DEFAULT 1,
    received_at INTEGER NOT NULL,
    appointment_at INTEGER NOT NULL,
    end_at INTEGER, end_state INTEGER,
    supplement_count INTEGER NOT NULL DEFAULT 0,
    supplement_at INTEGER, resumed_at INTEGER,
    updated_at INTEGER NOT NULL
);
CREATE INDEX dossiers_received ON dossiers(received_at);
CREATE INDEX dossiers_end ON dossiers(end_at);
CREATE TABLE dossier_events (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    at INTEGER NOT NULL, actor TEXT NOT NULL,
    from_state INTEGER, to_state INTEGER NOT NULL, note TEXT
);
CREATE INDEX dossier_events_dossier ON dossier_events(dossier_id);
CREATE TABLE code_sequences (key TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE checklist_items (
    id INTEGER PRIMARY KEY, version TEXT NOT NULL, grp TEXT NOT NULL, title TEXT NOT NULL,
    required INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL DEFAULT 'not_done',
    note TEXT, evidence TEXT, updated_by TEXT, updated_at INTEGER
);
CREATE TABLE checklist_events (
    id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES checklist_items(id),
    at INTEGER NOT NULL, actor TEXT NOT NULL, state TEXT NOT NULL, note TEXT, evidence TEXT
);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier events are append-only'); END;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier events are append-only'); END;
CREATE TRIGGER checklist_events_no_update BEFORE UPDATE ON checklist_events
BEGIN SELECT RAISE(ABORT, 'checklist events are append-only'); END;
CREATE TRIGGER checklist_events_no_delete BEFORE DELETE ON checklist_events
BEGIN SELECT RAISE(ABORT, 'checklist events are append-only'); END;
"""

# Version 2: the supplement pause moves the appointment (base + paused working time), the
# folded search index, the sync metadata on outbox rows, and the attempts log.
SCHEMA_V2 = """
ALTER TABLE dossiers ADD COLUMN base_appointment_at INTEGER;
UPDATE dossiers SET base_appointment_at = appointment_at;
ALTER TABLE dossiers ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN paused_since INTEGER;
ALTER TABLE dossiers ADD COLUMN book_entry INTEGER;
CREATE INDEX dossiers_open_appointment ON dossiers(appointment_at) WHERE end_at IS NULL;
CREATE VIRTUAL TABLE dossier_search USING fts5(
    text, content='', columnsize=0, detail=none,
    tokenize="unicode61 remove_diacritics 0 tokenchars '.-'"
);
ALTER TABLE outbox ADD COLUMN entity TEXT;
ALTER TABLE outbox ADD COLUMN payload_hash TEXT;
ALTER TABLE outbox ADD COLUMN supersedes TEXT;
ALTER TABLE outbox ADD COLUMN commune_code TEXT;
ALTER TABLE outbox ADD COLUMN desk INTEGER;
ALTER TABLE outbox ADD COLUMN app_version TEXT;
ALTER TABLE outbox ADD COLUMN sent_at INTEGER;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER;
CREATE INDEX outbox_entity ON outbox(entity, seq);
CREATE TABLE sync_attempts (
    id INTEGER PRIMARY KEY, at INTEGER NOT NULL, rows INTEGER NOT NULL,
    result TEXT NOT NULL, error TEXT
);
"""


def _index_all(conn: sqlite3.Connection) -> None:
    """Fill the (empty) search table from the dossiers, in chunks to bound memory."""
    from desktop.storage.search import index_text

    rows = conn.execute("SELECT id, code, applicant, phone, id_number FROM dossiers")
    while chunk := rows.fetchmany(50_000):
        conn.executemany(
            "INSERT INTO dossier_search(rowid, text) VALUES (?, ?)",
            [(r[0], index_text(r[1], r[2], r[3], r[4])) for r in chunk],
        )


def _v2_backfill(conn: sqlite3.Connection) -> None:
    """Index the folded names of dossiers written by version 1."""
    _index_all(conn)
    conn.execute("UPDATE outbox SET entity = kind, payload_hash = '' WHERE entity IS NULL")


# Version 3: why a row was set aside (rejected/conflict/credentials/refused), so a new login
# can put back the rows that only failed for want of a valid token.
SCHEMA_V3 = """
ALTER TABLE outbox ADD COLUMN failure TEXT;
UPDATE outbox SET failure = 'rejected' WHERE state = 'failed';
"""

# Version 4: prefix indexes for search. Every query token is a prefix ("ngu" finds Nguyễn);
# without them FTS5 merges the doclists of every matching term in full before it can return
# the first hit, which took 100–400 ms for common names at a million dossiers. With an index
# for prefixes of 1–6 characters (every Vietnamese syllable but a few 7-letter ones) such a
# query reads one doclist lazily: a few milliseconds, for ~40 more bytes per dossier.
SCHEMA_V4 = """
DROP TABLE dossier_search;
CREATE VIRTUAL TABLE dossier_search USING fts5(
    text, content='', columnsize=0, detail=none, prefix='1 2 3 4 5 6',
    tokenize="unicode61 remove_diacritics 0 tokenchars '.-'"
);
"""

# Version 5: corrections of a saved dossier are events too. ``kind`` tells a state move
# ('state') from a correction ('correction'); ``changes`` holds the corrected fields as JSON
# ``{"field": [old, new]}``; a correction keeps the state (from_state = to_state) and its
# required reason is the note. Still append-only: the triggers of version 1 cover the columns.
SCHEMA_V5 = """
ALTER TABLE dossier_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'state';
ALTER TABLE dossier_events ADD COLUMN changes TEXT;
"""

# Version 6: the log sorted by applicant in Vietnamese order (Đ after D, "Châu" before "Chi")
# from an index: a stored key (``core.collation.sort_key``), written with every name.
SCHEMA_V6 = """
ALTER TABLE dossiers ADD COLUMN applicant_key TEXT;
"""


def _v6_keys(conn: sqlite3.Connection) -> None:
    """Key every stored name, then index (building the index once is faster than growing it)."""
    from desktop.core.collation import sort_key

    conn.create_function("vi_sort_key", 1, sort_key, deterministic=True)
    conn.execute("UPDATE dossiers SET applicant_key = vi_sort_key(applicant)")
    conn.execute("CREATE INDEX dossiers_applicant_key ON dossiers(applicant_key, id)")

# Version 7: the paper set of Circular 03/2025. The commune's staff list (who a dossier is handed
# to); events (their kind since version 5: also 'handover', 'reschedule') gain a JSON payload (missing papers
# and legal basis, a new appointment, giver and receiver) so every new fact is an append-only
# event; the dossier row keeps what lists filter on: the new appointment and who holds it now;
# a procedure may carry its own split of the legal time among the steps.
SCHEMA_V7 = """
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, added_at INTEGER NOT NULL
);
ALTER TABLE dossier_events ADD COLUMN payload TEXT;
ALTER TABLE dossiers ADD COLUMN rescheduled_to INTEGER;
ALTER TABLE dossiers ADD COLUMN holder TEXT;
CREATE INDEX dossiers_holder ON dossiers(holder) WHERE holder IS NOT NULL;
ALTER TABLE procedures ADD COLUMN steps TEXT;
"""


# Version 8: events get a global identity so several desks of a commune can exchange them
# through the commune hub: a UUID, the origin desk and installation, and the event's facts as
# they travel (``data``: a receipt carries the dossier, so a colleague can rebuild it; a move,
# correction, hand-over or reschedule carries its note, ``changes`` and ``payload``). A receipt's
# kind becomes 'received' (until now a 'state' event without a from_state). Dossiers remember
# their origin desk and the conflicts their fold found; events whose receipt has not arrived
# wait in ``event_orphans``; ``replication`` holds the push watermark and the pull cursor.
SCHEMA_V8 = """
DROP TRIGGER dossier_events_no_update;
ALTER TABLE dossier_events ADD COLUMN uid TEXT;
ALTER TABLE dossier_events ADD COLUMN origin_desk INTEGER;
ALTER TABLE dossier_events ADD COLUMN installation TEXT;
ALTER TABLE dossier_events ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
ALTER TABLE dossier_events ADD COLUMN arrived_at INTEGER;
ALTER TABLE dossier_events ADD COLUMN origin_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN origin_desk INTEGER;
ALTER TABLE dossiers ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN conflict_open INTEGER NOT NULL DEFAULT 0;
CREATE TABLE event_orphans (uid TEXT PRIMARY KEY, code TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX event_orphans_code ON event_orphans(code);
CREATE TABLE replication (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

V8_AFTER = """
CREATE UNIQUE INDEX dossier_events_uid ON dossier_events(uid);
CREATE INDEX dossier_events_origin ON dossier_events(origin_desk, at);
CREATE INDEX dossier_events_installation ON dossier_events(installation, id);
CREATE INDEX dossiers_origin ON dossiers(origin_desk);
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier events are append-only'); END;
"""


def _v8_identity(conn: sqlite3.Connection) -> None:
    """Give every existing event, of every kind, its identity; this PC becomes an installation.

    A receipt carries the dossier's facts as the row holds them now and a correction its
    changes, so folding the history gives the row back. One ``UPDATE … FROM`` walks the
    events in file order and builds their JSON in SQLite: on a million dossiers (4.6 million
    events) the step takes 39 s instead of 70 s updating them one by one from Python."""
    import json
    import uuid

    from desktop.core.codes import CODE_RE

    row = conn.execute("SELECT value FROM settings WHERE key = 'installation_id'").fetchone()
    installation = json.loads(row[0]) if row else str(uuid.uuid4())
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('installation_id', ?)",
                 (json.dumps(installation),))
    conn.create_function("v8_desk_of", 1, lambda code: _desk_of(CODE_RE, code),
                         deterministic=True)
    conn.create_function("v8_uid", 0, lambda: str(uuid.uuid4()))
    conn.execute("UPDATE dossiers SET origin_desk = v8_desk_of(code)")
    move = "'from', e.from_state, 'to', e.to_state, 'note', e.note"
    conn.execute(f"""
        UPDATE dossier_events AS e SET
            uid = v8_uid(),
            kind = CASE WHEN e.from_state IS NULL AND e.kind = 'state' THEN 'received'
                        ELSE e.kind END,
            origin_desk = d.origin_desk, installation = ?, arrived_at = e.at, origin_seq = e.id,
            data = CASE
                WHEN e.from_state IS NULL AND e.kind = 'state' THEN json_object(
                    'procedure', d.procedure, 'field', d.field, 'channel', d.channel,
                    'state', e.to_state, 'applicant', d.applicant, 'id_number', d.id_number,
                    'phone', d.phone, 'address', d.address, 'email', d.email,
                    'authorised', d.authorised, 'documents', json(d.documents), 'sets', d.sets,
                    'appointment_at', d.base_appointment_at, 'note', e.note)
                WHEN e.changes <> '' AND e.payload <> '' THEN json_object(
                    {move}, 'changes', json(e.changes), 'payload', json(e.payload))
                WHEN e.changes <> '' THEN json_object({move}, 'changes', json(e.changes))
                WHEN e.payload <> '' THEN json_object({move}, 'payload', json(e.payload))
                ELSE json_object({move}) END
        FROM dossiers AS d WHERE d.id = e.dossier_id""", (installation,))
    for statement in _statements(V8_AFTER):
        conn.execute(statement)


def _desk_of(pattern, code: str) -> int | None:  # noqa: ANN001
    found = pattern.match(code)
    return int(found["desk"]) if found else None


STEPS: list[tuple[str, Callable[[sqlite3.Connection], None] | None]] = [
    (SCHEMA_V1, None),
    (SCHEMA_V2, _v2_backfill),
    (SCHEMA_V3, None),
    (SCHEMA_V4, _index_all),
    (SCHEMA_V5, None),
    (SCHEMA_V6, _v6_keys),
    (SCHEMA_V7, None),
    (SCHEMA_V8, _v8_identity),
]
CURRENT_VERSION = len(STEPS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Bring the file up to ``target``; returns the version it started from."""
    start = user_version(conn)
    for version in range(start + 1, target + 1):
        script, after = STEPS[version - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            if after is not None:
                after(conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def _statements(script: str) -> list[str]:
    """Split a script on ';' at the end of a statement, keeping trigger bodies whole."""
    out, buffer = [], ""
    for line in script.strip().splitlines():
        buffer += line + "\n"
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


SchemaEntry = tuple[str, str, str, str]


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaEntry]:
    """Every table, column, index, trigger and view, as SQLite itself records them.

    SQLite's own objects (``sqlite_autoindex_*``, ``sqlite_stat1``) follow from the rest or
    hold statistics only, so they are left out.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite^_%' ESCAPE '^'").fetchall()
    return frozenset((r[0], r[1], r[2], re.sub(r"\s+", " ", r[3] or "").strip()) for r in rows)


@cache
def expected_schema(version: int) -> frozenset[SchemaEntry]:
    """The schema this code writes at ``version``: the steps applied to an empty database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, version)
        return schema_of(conn)
    finally:
        conn.close()


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What in the file is not exactly what this code writes at ``version``: names of objects
    that are unknown, missing or defined differently (empty when the file matches)."""
    found = {(e[0], e[1]): e for e in schema_of(conn)}
    known = {(e[0], e[1]): e for e in expected_schema(version)}
    out = [f"{kind} {name} (lạ)" for kind, name in sorted(found.keys() - known.keys())]
    out += [f"{kind} {name} (thiếu)" for kind, name in sorted(known.keys() - found.keys())]
    out += [f"{kind} {name} (khác định nghĩa)" for kind, name in sorted(found.keys() & known.keys())
            if found[kind, name] != known[kind, name]]
    return out

"""The central store: issued desk tokens (hashed) and every report received, once per id.

Idempotency lives here: an id already stored with the same hash is a ``duplicate`` (the desk
missed our answer and sent again), with another hash a ``conflict`` that is never overwritten.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from central.schema import Item, ItemResult, Status, canonical_json
from desktop.paths import private_file

SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (
    id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, commune_code TEXT NOT NULL,
    desk INTEGER NOT NULL, issued_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, entity TEXT NOT NULL, payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL, created_at INTEGER NOT NULL, commune_code TEXT NOT NULL,
    desk INTEGER NOT NULL, app_version TEXT NOT NULL, supersedes TEXT,
    received_at INTEGER NOT NULL, token_id INTEGER NOT NULL REFERENCES tokens(id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS items_entity ON items(commune_code, entity);
"""


@dataclass(frozen=True)
class Desk:
    token_id: int
    commune_code: str
    desk: int


def hash_token(token: str) -> str:
    """Tokens are 256 random bits, so a plain digest is enough to make a stolen file useless."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class CentralDB:
    """One SQLite file shared by the server's worker threads behind one lock."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        private_file(self.path)  # reports may carry personal data; SQLite's -wal follows suit
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                     timeout=30)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        self._conn.close()

    def issue_token(self, commune_code: str, desk: int) -> str:
        token = "mc1_" + secrets.token_urlsafe(32)
        with self._lock:
            self._conn.execute(
                "INSERT INTO tokens(token_hash, commune_code, desk, issued_at) VALUES (?,?,?,?)",
                (hash_token(token), commune_code, desk, int(time.time())))
        return token

    def desk_for(self, token: str) -> Desk | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT id, commune_code, desk FROM tokens WHERE token_hash = ? AND revoked = 0",
                (hash_token(token),)).fetchone()
        return None if row is None else Desk(*row)

    def ingest(self, desk: Desk, items: list[Item], now: int) -> list[ItemResult]:
        """Store the new items in one transaction; answers in the order given."""
        if not items:
            return []
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                results = self._ingest(desk, items, now)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return results

    def _ingest(self, desk: Desk, items: list[Item], now: int) -> list[ItemResult]:
        known: dict[str, str] = {}
        ids = [i.id for i in items]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(self._conn.execute(
                f"SELECT id, payload_hash FROM items WHERE id IN ({marks})", chunk).fetchall())
        results, fresh = [], []
        for item in items:
            stored = known.get(item.id)
            if stored is None:
                known[item.id] = item.payload_hash
                fresh.append(item)
                results.append(ItemResult(id=item.id, status=Status.ACCEPTED))
            elif stored == item.payload_hash:
                results.append(ItemResult(id=item.id, status=Status.DUPLICATE))
            else:
                results.append(ItemResult(
                    id=item.id, status=Status.CONFLICT,
                    reason="Mã báo cáo này đã được nhận với nội dung khác; máy chủ giữ bản đã nhận."))
        self._conn.executemany(
            "INSERT INTO items(id, kind, entity, payload, payload_hash, created_at, commune_code,"
            " desk, app_version, supersedes, received_at, token_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(i.id, i.kind, i.entity, canonical_json(i.payload), i.payload_hash, i.created_at,
              i.commune_code, i.desk, i.app_version, i.supersedes, now, desk.token_id)
             for i in fresh])
        return results

    def stats(self) -> dict[str, dict[str, dict[str, int]]]:
        """Distinct items (and the entities they describe) per commune and kind."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT commune_code, kind, count(*), count(DISTINCT entity) FROM items"
                " GROUP BY commune_code, kind ORDER BY commune_code, kind").fetchall()
        out: dict[str, dict[str, dict[str, int]]] = {}
        for commune, kind, items, entities in rows:
            out.setdefault(commune, {})[kind] = {"items": items, "entities": entities}
        return out

    def item_ids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT id FROM items ORDER BY id")]

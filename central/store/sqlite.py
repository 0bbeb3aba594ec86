"""The embedded engine: one SQLite file, WAL, ``synchronous=FULL``.

FULL because an answer of ``accepted`` is a promise: the desk marks the row sent and never
sends it again, so a commit lost on power failure (possible with NORMAL in WAL mode) would
lose that report for good. ``BEGIN IMMEDIATE`` takes the write lock before reading what is
stored, so several processes on one file still agree on every answer.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path

from central.schema import Item, ItemResult, canonical_json
from central.store import (
    Desk,
    NewerSchema,
    StoreUnavailable,
    TokenInfo,
    answers,
    hash_token,
)  # fmt: skip
from central.store.derived import fold_rows
from central.store.sqlite_feed import SQLiteFeed
from central.store.sqlite_migrations import LATEST, STEPS
from central.store.sqlite_relay import SQLiteRelay
from desktop.paths import private_file


class SQLiteStore(SQLiteFeed, SQLiteRelay):
    """One connection shared by the server's worker threads behind one lock."""

    def __init__(self, path: Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            private_file(self.path)  # reports may carry personal data; SQLite's -wal follows suit
            self._conn = sqlite3.connect(self.path, isolation_level=None,
                                         check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"Không mở được tệp {self.path}: {exc}") from exc
        version = self.schema_version()
        if version > LATEST:
            self._conn.close()
            raise NewerSchema(f"Tệp {self.path} do phiên bản motcua-central mới hơn tạo "
                              f"(lược đồ {version}, bản này hiểu tới {LATEST}).")
        if migrate:
            self.migrate()

    def close(self) -> None:
        self._conn.close()

    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> int:
        with self._lock:
            version = self.schema_version()
            if 0 < version < LATEST:
                self._back_up(version)
            for number in range(version + 1, LATEST + 1):
                try:
                    self._conn.executescript(f"BEGIN IMMEDIATE;{STEPS[number - 1]};"
                                             f"PRAGMA user_version = {number};COMMIT;")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            return self.schema_version()

    def _back_up(self, version: int) -> None:
        copy = sqlite3.connect(private_file(self.path.with_name(f"{self.path.name}.v{version}-backup")))
        try:
            self._conn.backup(copy)
        finally:
            copy.close()

    def ping(self) -> None:
        try:
            with self._lock:
                self._conn.execute("SELECT count(*) FROM tokens").fetchone()
        except sqlite3.Error as exc:
            raise StoreUnavailable(str(exc)) from exc

    def issue_token(self, commune_code: str, desk: int, now: int | None = None) -> str:
        now = int(time.time()) if now is None else now
        token = "mc1_" + secrets.token_urlsafe(32)
        with self._lock:
            self._conn.execute(
                "INSERT INTO tokens(token_hash, commune_code, desk, issued_at) VALUES (?,?,?,?)",
                (hash_token(token), commune_code, desk, now))
        return token

    def desk_for(self, token: str) -> Desk | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT id, commune_code, desk FROM tokens WHERE token_hash = ? AND revoked = 0",
                (hash_token(token),)).fetchone()
        return None if row is None else Desk(*row)

    def tokens(self) -> list[TokenInfo]:
        with self._lock:
            rows = self._conn.execute("SELECT id, commune_code, desk, issued_at, revoked"
                                      " FROM tokens ORDER BY id").fetchall()
        return [TokenInfo(i, c, d, at, bool(r)) for i, c, d, at, r in rows]

    def revoke_token(self, token_id: int) -> bool:
        with self._lock:
            cursor = self._conn.execute("UPDATE tokens SET revoked = 1 WHERE id = ? AND revoked = 0",
                                        (token_id,))
        return cursor.rowcount == 1

    def ingest(self, desk: Desk, items: list[Item], now: int) -> list[ItemResult]:
        if not items:
            return []
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                known = self._stored_hashes(desk.commune_code, [i.id for i in items])
                refused = self._foreign_supersedes(desk.commune_code, items)
                fresh = [i for i in items if i.id not in known and i.id not in refused]
                self._conn.executemany(
                    "INSERT INTO items(id, kind, entity, payload, payload_hash, created_at,"
                    " commune_code, desk, app_version, supersedes, received_at, token_id)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                    [(i.id, i.kind, i.entity, canonical_json(i.payload), i.payload_hash,
                      i.created_at, i.commune_code, i.desk, i.app_version, i.supersedes, now,
                      desk.token_id) for i in fresh])
                for statement, rows in fold_rows(fresh, now):
                    self._conn.executemany(statement, rows)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return answers(items, {i.id for i in fresh}, known, refused)

    def _stored_hashes(self, commune: str, ids: list[str]) -> dict[str, str]:
        known: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(self._conn.execute(
                f"SELECT id, payload_hash FROM items WHERE commune_code = ? AND id IN ({marks})",
                [commune, *chunk]).fetchall())
        return known

    def _foreign_supersedes(self, commune: str, items: list[Item]) -> set[str]:
        """Items naming as ``supersedes`` an id that only another commune has sent."""
        batch = {i.id for i in items}
        targets = {i.supersedes for i in items if i.supersedes and i.supersedes not in batch}
        if not targets:
            return set()
        own = self._stored_hashes(commune, sorted(targets))
        foreign = {row[0] for row in self._conn.execute(
            f"SELECT id FROM items WHERE id IN ({','.join('?' * len(targets))})"
            " AND commune_code <> ?", [*sorted(targets), commune])} - own.keys()
        return {i.id for i in items if i.supersedes in foreign}

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

    def stored_payload(self, item_id: str) -> dict | None:
        with self._lock:
            row = self._conn.execute("SELECT payload FROM items WHERE id = ? ORDER BY received_at",
                                     (item_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def rows(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Read-only queries of ``central.store.oversight`` (``:name`` parameters)."""
        with self._lock:
            return self._conn.execute(sql, params or {}).fetchall()

    def execute(self, sql: str, params: dict | None = None) -> int:
        """One write in its own transaction; the number of rows it changed."""
        with self._lock:
            return self._conn.execute(sql, params or {}).rowcount

"""``RelayQueue`` on the SQLite engine (mixed into ``SQLiteStore``)."""

from __future__ import annotations

import sqlite3
import threading

from desktop.sync.transport import Report


class SQLiteRelay:
    _conn: sqlite3.Connection
    _lock: threading.Lock

    def relay_pending(self, limit: int) -> list[Report]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT i.id, i.kind, i.entity, i.payload, i.payload_hash, i.created_at,"
                " i.commune_code, i.desk, i.app_version, i.supersedes FROM items i"
                " LEFT JOIN relay r ON r.item_id = i.id WHERE r.item_id IS NULL"
                " ORDER BY i.received_at, i.id LIMIT ?", (limit,)).fetchall()
        return [Report(*r) for r in rows]

    def relay_mark(self, outcomes: dict[str, tuple[str, str | None]], now: int) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT INTO relay(item_id, state, at, reason) VALUES (?,?,?,?)"
                    " ON CONFLICT(item_id) DO NOTHING",
                    [(i, state, now, reason) for i, (state, reason) in outcomes.items()])
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def relay_counts(self) -> dict[str, int]:
        with self._lock:
            found = dict(self._conn.execute("SELECT state, count(*) FROM relay GROUP BY state"))
            total = self._conn.execute("SELECT count(*) FROM items").fetchone()[0]
        found["pending"] = total - sum(found.values())
        return found

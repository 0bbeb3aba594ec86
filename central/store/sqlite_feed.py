"""``CommuneFeed`` on the SQLite engine (mixed into ``SQLiteStore``: one file, one lock)."""

from __future__ import annotations

import json
import sqlite3
import threading

from central.store.feed import Claim, FeedPage


class SQLiteFeed:
    _conn: sqlite3.Connection
    _lock: threading.Lock

    def claim_desk(self, commune_code: str, desk: int, installation: str, now: int) -> Claim:
        with self._lock:
            self._conn.execute(
                "INSERT INTO desk_claims(commune_code, desk, installation, claimed_at)"
                " VALUES (?,?,?,?) ON CONFLICT DO NOTHING", (commune_code, desk, installation, now))
            holder = self._conn.execute(
                "SELECT installation FROM desk_claims WHERE commune_code = ? AND desk = ?",
                (commune_code, desk)).fetchone()[0]
        return Claim(holder == installation, holder)

    def desk_holder(self, commune_code: str, desk: int) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT installation FROM desk_claims WHERE commune_code = ? AND desk = ?",
                (commune_code, desk)).fetchone()
        return None if row is None else row[0]

    def append_events(self, commune_code: str, events: list[dict], now: int) -> tuple[int, int]:
        if not events:
            return 0, 0
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                before = self._conn.total_changes
                self._conn.executemany(
                    "INSERT INTO feed_events(uid, commune_code, code, kind, origin_desk, at, body,"
                    " received_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(uid) DO NOTHING",
                    [(e["uid"], commune_code, e["code"], e["kind"], e["origin_desk"], e["at"],
                      json.dumps(e, ensure_ascii=False, separators=(",", ":")), now)
                     for e in events])
                stored = self._conn.total_changes - before
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return stored, len(events) - stored

    def events_after(self, commune_code: str, after: int, limit: int) -> FeedPage:
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, body FROM feed_events WHERE commune_code = ? AND seq > ?"
                " ORDER BY seq LIMIT ?", (commune_code, after, limit + 1)).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        return FeedPage([r[1] for r in rows], rows[-1][0] if rows else after, more)

    def commune_events(self, commune_code: str) -> list[dict]:
        with self._lock:
            return [json.loads(r[0]) for r in self._conn.execute(
                "SELECT body FROM feed_events WHERE commune_code = ? ORDER BY seq",
                (commune_code,))]

"""The province engine: PostgreSQL through a psycopg 3 connection pool.

Stateless by design: every guarantee is in the database, so any number of server processes
(on any number of hosts) can share one PostgreSQL. Ingest inserts with ``ON CONFLICT DO
NOTHING RETURNING id`` (what came back is ``accepted``) and then reads the stored hash of the
rest (``duplicate`` or ``conflict``); the transaction commits before the answer is sent.
Rows are inserted in id order so two overlapping batches cannot deadlock.
"""

from __future__ import annotations

import secrets
import time

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from central.schema import Item, ItemResult, canonical_json
from central.store import (
    Desk,
    NewerSchema,
    StoreUnavailable,
    TokenInfo,
    answers,
    hash_token,
)  # fmt: skip
from central.store.derived import fold_rows, pyformat
from central.store.postgres_migrations import LATEST, STEPS

MIGRATION_LOCK = 0x6D6F7463  # "motc": one advisory lock id for every motcua-central process

INSERT_ITEMS = """
INSERT INTO items(id, kind, entity, payload, payload_hash, created_at, commune_code, desk,
                  app_version, supersedes, received_at, token_id)
SELECT u.id, u.kind, u.entity, u.payload::jsonb, u.payload_hash, u.created_at, u.commune_code,
       u.desk, u.app_version, u.supersedes, %(now)s, %(token)s
FROM unnest(%(id)s::text[], %(kind)s::text[], %(entity)s::text[], %(payload)s::text[],
            %(hash)s::text[], %(created)s::bigint[], %(commune)s::text[], %(desk)s::int[],
            %(version)s::text[], %(supersedes)s::text[])
     AS u(id, kind, entity, payload, payload_hash, created_at, commune_code, desk, app_version,
          supersedes)
ON CONFLICT DO NOTHING
RETURNING id
"""


class PostgresStore:
    def __init__(self, url: str, *, migrate: bool = True, min_size: int = 1,
                 max_size: int = 8, timeout: float = 10.0) -> None:
        self.url = url
        self._pool = ConnectionPool(url, min_size=min_size, max_size=max_size, timeout=timeout,
                                    open=False, kwargs={"connect_timeout": 5})
        try:
            self._pool.open(wait=True, timeout=timeout)
        except PoolTimeout as exc:
            self._pool.close()
            raise StoreUnavailable(f"Không kết nối được PostgreSQL: {exc}") from exc
        version = self.schema_version()
        if version > LATEST:
            self._pool.close()
            raise NewerSchema(f"Cơ sở dữ liệu do phiên bản motcua-central mới hơn tạo "
                              f"(lược đồ {version}, bản này hiểu tới {LATEST}).")
        if migrate:
            self.migrate()

    def close(self) -> None:
        self._pool.close()

    def schema_version(self) -> int:
        with self._pool.connection() as conn:
            return self._version(conn)

    @staticmethod
    def _version(conn: psycopg.Connection) -> int:
        if conn.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return 0
        return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def migrate(self) -> int:
        with self._pool.connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
            try:
                conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                version = self._version(conn)
                conn.commit()
                for number in range(version + 1, LATEST + 1):
                    with conn.transaction():
                        conn.execute(STEPS[number - 1])
                        conn.execute("INSERT INTO schema_version VALUES (%s)", (number,))
                return self._version(conn)
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
                conn.commit()

    def ping(self) -> None:
        try:
            with self._pool.connection(timeout=2) as conn:
                conn.execute("SELECT 1 FROM tokens LIMIT 1")
        except (PoolTimeout, psycopg.Error) as exc:
            raise StoreUnavailable(str(exc)) from exc

    def issue_token(self, commune_code: str, desk: int, now: int | None = None) -> str:
        now = int(time.time()) if now is None else now
        token = "mc1_" + secrets.token_urlsafe(32)
        with self._pool.connection() as conn:
            conn.execute("INSERT INTO tokens(token_hash, commune_code, desk, issued_at)"
                         " VALUES (%s, %s, %s, %s)", (hash_token(token), commune_code, desk, now))
        return token

    def desk_for(self, token: str) -> Desk | None:
        with self._pool.connection() as conn:
            row = conn.execute("SELECT id, commune_code, desk FROM tokens"
                               " WHERE token_hash = %s AND NOT revoked",
                               (hash_token(token),)).fetchone()
        return None if row is None else Desk(*row)

    def tokens(self) -> list[TokenInfo]:
        with self._pool.connection() as conn:
            rows = conn.execute("SELECT id, commune_code, desk, issued_at, revoked FROM tokens"
                                " ORDER BY id").fetchall()
        return [TokenInfo(*row) for row in rows]

    def revoke_token(self, token_id: int) -> bool:
        with self._pool.connection() as conn:
            cursor = conn.execute("UPDATE tokens SET revoked = TRUE WHERE id = %s AND NOT revoked",
                                  (token_id,))
            return cursor.rowcount == 1

    def ingest(self, desk: Desk, items: list[Item], now: int) -> list[ItemResult]:
        if not items:
            return []
        ordered = sorted(items, key=lambda i: i.id)
        params = {
            "now": now, "token": desk.token_id,
            "id": [i.id for i in ordered], "kind": [i.kind for i in ordered],
            "entity": [i.entity for i in ordered],
            "payload": [canonical_json(i.payload) for i in ordered],
            "hash": [i.payload_hash for i in ordered],
            "created": [i.created_at for i in ordered],
            "commune": [i.commune_code for i in ordered], "desk": [i.desk for i in ordered],
            "version": [i.app_version for i in ordered],
            "supersedes": [i.supersedes for i in ordered],
        }
        with self._pool.connection() as conn:
            refused = self._foreign_supersedes(conn, desk.commune_code, items)
            if refused:
                params = {k: [v for v, i in zip(vs, ordered, strict=True) if i.id not in refused]
                          if isinstance(vs, list) else vs for k, vs in params.items()}
            inserted = {row[0] for row in conn.execute(INSERT_ITEMS, params).fetchall()}
            fresh = [i for i in items if i.id in inserted]
            if fresh:
                with conn.cursor() as cursor:
                    for statement, rows in fold_rows(fresh, now):
                        cursor.executemany(pyformat(statement), rows)
            rest = [i.id for i in items if i.id not in inserted]
            known = dict(conn.execute(
                "SELECT id, payload_hash FROM items WHERE commune_code = %s AND id = ANY(%s)",
                (desk.commune_code, rest)).fetchall()) if rest else {}
        return answers(items, inserted, known, refused)

    @staticmethod
    def _foreign_supersedes(conn: psycopg.Connection, commune: str, items: list[Item]) -> set[str]:
        """Items naming as ``supersedes`` an id that only another commune has sent."""
        batch = {i.id for i in items}
        targets = sorted({i.supersedes for i in items if i.supersedes and i.supersedes not in batch})
        if not targets:
            return set()
        foreign = {row[0] for row in conn.execute(
            "SELECT id FROM items WHERE id = ANY(%(t)s) AND commune_code <> %(c)s"
            " EXCEPT SELECT id FROM items WHERE id = ANY(%(t)s) AND commune_code = %(c)s",
            {"t": targets, "c": commune})}
        return {i.id for i in items if i.supersedes in foreign}

    def stats(self) -> dict[str, dict[str, dict[str, int]]]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT commune_code, kind, count(*), count(DISTINCT entity) FROM items"
                " GROUP BY commune_code, kind ORDER BY commune_code, kind").fetchall()
        out: dict[str, dict[str, dict[str, int]]] = {}
        for commune, kind, items, entities in rows:
            out.setdefault(commune, {})[kind] = {"items": items, "entities": entities}
        return out

    def item_ids(self) -> list[str]:
        with self._pool.connection() as conn:
            return [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]

    def stored_payload(self, item_id: str) -> dict | None:
        with self._pool.connection() as conn:
            row = conn.execute("SELECT payload FROM items WHERE id = %s ORDER BY received_at"
                               " LIMIT 1", (item_id,)).fetchone()
        return None if row is None else row[0]

    def rows(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Read-only queries of ``central.store.oversight`` (``:name`` parameters)."""
        with self._pool.connection() as conn:
            return conn.execute(pyformat(sql), params or {}).fetchall()

    def execute(self, sql: str, params: dict | None = None) -> int:
        """One write in its own transaction; the number of rows it changed."""
        with self._pool.connection() as conn:
            return conn.execute(pyformat(sql), params or {}).rowcount

"""One storage interface for the endpoint, two engines behind it.

``SQLiteStore`` is the embedded default (tests, a demo, a commune hub); ``PostgresStore`` is
for a province. Everything above this package (the API, the CLI, the dashboard) talks to a
``CentralStore`` and never to SQL. Each engine keeps its versioned migrations beside it
(``sqlite_migrations.py``, ``postgres_migrations.py``): a new table is a new step appended
there, the same number in both.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from central.schema import Item, ItemResult, Status

#: The "desk" of a commune hub's token at the province: it forwards the reports of every desk
#: of its own commune (``central.relay``), each keeping the desk number its desk gave it.
RELAY_DESK = 0


@dataclass(frozen=True)
class Desk:
    token_id: int
    commune_code: str
    desk: int

    @property
    def relays(self) -> bool:
        return self.desk == RELAY_DESK


@dataclass(frozen=True)
class TokenInfo:
    """What ``token list`` shows: never the token itself, which is stored only hashed."""

    id: int
    commune_code: str
    desk: int
    issued_at: int
    revoked: bool


class StoreUnavailable(Exception):
    """The database cannot be reached or used (down, locked, disk full): an environment error."""


class NewerSchema(Exception):
    """The database was written by a newer motcua-central: refuse rather than guess."""


class CentralStore(Protocol):
    def migrate(self) -> int:
        """Bring the schema to the newest version; the version reached."""

    def schema_version(self) -> int: ...

    def ping(self) -> None:
        """Raise ``StoreUnavailable`` unless a query round-trips (the health check)."""

    def issue_token(self, commune_code: str, desk: int, now: int | None = None) -> str: ...

    def desk_for(self, token: str) -> Desk | None: ...

    def tokens(self) -> list[TokenInfo]: ...

    def revoke_token(self, token_id: int) -> bool:
        """True if a live token was revoked now."""

    def ingest(self, desk: Desk, items: list[Item], now: int) -> list[ItemResult]:
        """Store the new items durably before returning; one answer per item, in order."""

    def stats(self) -> dict[str, dict[str, dict[str, int]]]: ...

    def item_ids(self) -> list[str]:
        """Every stored report id, sorted (the same id may be stored once per commune)."""

    def stored_payload(self, item_id: str) -> dict | None: ...

    def rows(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Run a read query written with ``:name`` parameters (central.store.oversight)."""

    def execute(self, sql: str, params: dict | None = None) -> int:
        """One write in its own transaction (viewer accounts, sessions)."""

    def close(self) -> None: ...


def hash_token(token: str) -> str:
    """Tokens are 256 random bits, so a plain digest is enough to make a stolen file useless."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


FOREIGN_SUPERSEDES = ("«supersedes» trỏ tới báo cáo của xã khác; một báo cáo chỉ thay được báo "
                      "cáo trước đó của chính xã mình.")


def answers(items: list[Item], inserted: set[str], stored_hashes: dict[str, str],
            refused: set[str] = frozenset()) -> list[ItemResult]:
    """Accepted if this call inserted the id; otherwise duplicate or conflict by the stored hash
    (``refused``: ids whose ``supersedes`` names another commune's report).

    Both engines insert with ``ON CONFLICT DO NOTHING`` and then ask what was there, so two
    processes racing on the same id agree on one winner without a lock of their own.
    """
    results = []
    for item in items:
        if item.id in refused:
            results.append(ItemResult(id=item.id, status=Status.REJECTED, reason=FOREIGN_SUPERSEDES))
        elif item.id in inserted:
            results.append(ItemResult(id=item.id, status=Status.ACCEPTED))
        elif stored_hashes.get(item.id) == item.payload_hash:
            results.append(ItemResult(id=item.id, status=Status.DUPLICATE))
        else:
            results.append(ItemResult(
                id=item.id, status=Status.CONFLICT,
                reason="Mã báo cáo này đã được nhận với nội dung khác; máy chủ giữ bản đã nhận."))
    return results


def open_store(target: str | Path, *, migrate: bool = True) -> CentralStore:
    """A ``postgresql://`` URL opens PostgreSQL; anything else is an SQLite file path."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from central.store.postgres import PostgresStore

        return PostgresStore(text, migrate=migrate)
    from central.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text), migrate=migrate)

"""The PostgreSQL engine on a real throw-away cluster: migrations, tokens, exactly-once ingest,
and the same desk syncing unchanged to a PostgreSQL-backed endpoint."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import psycopg

from central.schema import Item, payload_hash
from central.store import Desk, open_store
from central.store.postgres import PostgresStore
from central.store.postgres_migrations import LATEST

ROOT = Path(__file__).resolve().parents[2]


def make_item(commune: str = "70", state: int = 4, item_id: str | None = None) -> Item:
    payload = {"code": "000.00.14.H56-251110-0001", "procedure": "khai-sinh", "state": state,
               "received_at": "2025-11-10T09:00:00+07:00"}
    return Item(id=item_id or str(uuid.uuid4()), kind="dossier",
                entity="dossier:000.00.14.H56-251110-0001", payload=payload,
                payload_hash=payload_hash(payload), created_at=1762740000, commune_code=commune,
                desk=1, app_version="0.1.0")


def test_open_store_picks_postgres_and_migrates_once(pg_url):
    store = open_store(pg_url)
    try:
        assert isinstance(store, PostgresStore)
        assert store.schema_version() == LATEST
        assert store.migrate() == LATEST
    finally:
        store.close()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == LATEST


def test_ingest_accepted_duplicate_conflict(pg_url):
    store = open_store(pg_url)
    try:
        token = store.issue_token("70", 1, 1)
        desk = store.desk_for(token)
        assert desk == Desk(desk.token_id, "70", 1)
        first = make_item()
        assert [r.status for r in store.ingest(desk, [first], 10)] == ["accepted"]
        changed = make_item(state=9, item_id=first.id)
        again = store.ingest(desk, [first, changed], 11)
        assert [r.status for r in again] == ["duplicate", "conflict"]
        assert store.stored_payload(first.id)["state"] == 4
        assert store.item_ids() == [first.id]
        assert store.stats() == {"70": {"dossier": {"items": 1, "entities": 1}}}
        assert store.revoke_token(desk.token_id) and store.desk_for(token) is None
        assert not store.revoke_token(desk.token_id)
    finally:
        store.close()


def test_cli_against_postgres(pg_url):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "central", *args, "--db", pg_url],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)

    assert f"0 → {LATEST}" in cli("migrate").stdout
    issued = cli("token", "issue", "--commune", "70", "--desk", "2")
    assert issued.returncode == 0, issued.stderr
    assert "quầy 02" in cli("token", "list").stdout
    assert cli("token", "revoke", "1").returncode == 0
    assert "đã thu hồi" in cli("token", "list").stdout

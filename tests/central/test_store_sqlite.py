"""The SQLite engine behind the store interface: versioned migrations, durable commits, and
the token commands of the CLI against a real file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from central.store import NewerSchema
from central.store.sqlite import SQLiteStore
from central.store.sqlite_migrations import LATEST

ROOT = Path(__file__).resolve().parents[2]

FIRST_SCHEMA = """
CREATE TABLE tokens (id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,
    commune_code TEXT NOT NULL, desk INTEGER NOT NULL, issued_at INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
INSERT INTO tokens(token_hash, commune_code, desk, issued_at) VALUES ('h', '70', 1, 1);
"""


def central_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "central", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def test_a_file_from_before_versioning_is_adopted_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(FIRST_SCHEMA)
    store = SQLiteStore(path)
    try:
        assert store.schema_version() == LATEST
        assert [(t.commune_code, t.desk) for t in store.tokens()] == [("70", 1)]
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        store.close()


def test_a_file_from_a_newer_server_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(NewerSchema):
        SQLiteStore(path)
    shown = central_cli("stats", "--db", str(path))
    assert shown.returncode == 2 and "mới hơn" in shown.stderr and "Traceback" not in shown.stderr


def test_migrate_then_token_list_and_revoke(tmp_path):
    db = str(tmp_path / "c.sqlite3")
    first = central_cli("migrate", "--db", db)
    assert first.returncode == 0 and f"0 → {LATEST}" in first.stdout
    again = central_cli("migrate", "--db", db)
    assert "mới nhất" in again.stdout
    token = central_cli("token", "issue", "--commune", "70", "--desk", "3", "--db", db)
    assert token.returncode == 0
    listed = central_cli("token", "list", "--db", db)
    assert "xã 70" in listed.stdout and "quầy 03" in listed.stdout
    assert token.stdout.strip() not in listed.stdout
    assert central_cli("token", "revoke", "1", "--db", db).returncode == 0
    store = SQLiteStore(Path(db))
    try:
        assert store.desk_for(token.stdout.strip()) is None
        assert store.tokens()[0].revoked
    finally:
        store.close()
    missing = central_cli("token", "revoke", "9", "--db", db)
    assert missing.returncode == 2 and "không có mã số 9" in missing.stderr
    nonsense = central_cli("token", "revoke", "một", "--db", db)
    assert nonsense.returncode == 2

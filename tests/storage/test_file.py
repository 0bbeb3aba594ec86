"""The data file itself: pragmas, migrations, refusing newer or corrupt files, backups."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import timedelta

import pytest

from desktop.core.clock import to_epoch
from desktop.paths import db_path
from desktop.storage import Store, migrations
from desktop.storage.backup import KEEP, list_backups, newest_backup
from desktop.storage.db import CorruptDatabase, NewerDatabase, StorageError
from tests.conftest import FIXED_NOW, FixedClock, vn


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        conn.execute("INSERT INTO dossier_events(dossier_id, at, actor, to_state) VALUES (999, 0, 'x', 2)")


def test_tables_the_issue_asks_for(store):
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"dossiers", "dossier_events", "procedures", "checklist_items", "checklist_events",
            "outbox", "settings"} <= tables
    outbox_columns = {r[1] for r in store.conn.execute("PRAGMA table_info(outbox)")}
    assert {"id", "kind", "payload", "created_at", "state", "attempts", "last_error"} <= outbox_columns
    event_columns = {r[1] for r in store.conn.execute("PRAGMA table_info(dossier_events)")}
    assert {"actor", "at", "from_state", "to_state", "note"} <= event_columns


def make_v1_file(data_dir):
    """A file as version 1 of motcua left it, with a dossier, its event and an outbox row."""
    conn = sqlite3.connect(db_path(data_dir), isolation_level=None)
    migrations.migrate(conn, target=1)
    received = to_epoch(vn(2026, 11, 20, 9))
    appointment = to_epoch(vn(2026, 11, 25, 9))
    conn.executescript(f"""
        INSERT INTO settings VALUES ('commune_code', '70'), ('agency_id', '"000.00.14.H56"'),
            ('desk', '1');
        INSERT INTO procedures VALUES ('tam-tru', 'Đăng ký tạm trú', 'cu-tru', 'Cư trú', 3, 0,
            '[]', '', 1);
        INSERT INTO dossiers(id, code, procedure, field, channel, state, applicant, phone,
            received_at, appointment_at, updated_at)
        VALUES (1, '000.00.14.H56-261120-010001', 'tam-tru', 'cu-tru', 1, 2, 'Đặng Thị Đào',
            '0912345678', {received}, {appointment}, {received});
        INSERT INTO dossier_events(dossier_id, at, actor, from_state, to_state)
            VALUES (1, {received}, 'cán bộ', NULL, 2);
        INSERT INTO code_sequences VALUES ('D20261120', 1);
        INSERT INTO outbox(id, kind, payload, created_at) VALUES ('u-1', 'dossier', '{{}}', {received});
    """)
    conn.close()


def test_migration_from_version_1_keeps_data_and_indexes_it(data_dir, clock):
    make_v1_file(data_dir)
    with Store(data_dir, clock=clock, auto_backup=False) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        dossier = store.dossiers.get("000.00.14.H56-261120-010001")
        assert dossier.applicant == "Đặng Thị Đào" and dossier.appointment_at == vn(2026, 11, 25, 9)
        assert [d.code for d in store.dossiers.find("dang dao")] == [dossier.code]
        assert [d.code for d in store.dossiers.find("0912345678")] == [dossier.code]
        assert len(store.dossiers.events(dossier.code)) == 1
        row = store.conn.execute("SELECT entity, base_appointment_at FROM outbox, dossiers").fetchone()
        assert row[0] == "dossier" and row[1] == to_epoch(vn(2026, 11, 25, 9))
        # The next dossier of that day continues the sequence.
        from desktop.storage.dossiers import NewDossier

        added = store.dossiers.add(NewDossier("tam-tru", "Lê An", received_at=vn(2026, 11, 20, 10)),
                                   now=FIXED_NOW)
        assert added.code == "000.00.14.H56-261120-010002"
    aside = list(data_dir.glob("motcua-v1-truoc-nang-cap-*.sqlite3"))
    assert len(aside) == 1
    copy = sqlite3.connect(aside[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT applicant FROM dossiers").fetchall() == [("Đặng Thị Đào",)]
    copy.close()


def test_newer_file_refused_and_untouched(data_dir, clock):
    with Store(data_dir, clock=clock, auto_backup=False):
        pass
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(db_path(data_dir))
    with pytest.raises(NewerDatabase) as caught:
        Store(data_dir, clock=clock)
    assert str(db_path(data_dir)) in caught.value.message and "mới hơn" in caught.value.message
    assert digest(db_path(data_dir)) == before


@pytest.mark.parametrize("damage", ["not_sqlite", "garbled_pages", "truncated"])
def test_corrupt_file_named_with_newest_backup_and_left_untouched(data_dir, clock, damage):
    with Store(data_dir, clock=clock) as store:
        store.setup(70, "000.00.14.H56", 1)
    path = db_path(data_dir)
    data = bytearray(path.read_bytes())
    if damage == "not_sqlite":
        data[:16] = b"This is not it!!"
    elif damage == "garbled_pages":
        data[100:] = b"\xff" * (len(data) - 100)
    else:
        data = data[:1000]
    path.write_bytes(bytes(data))
    before = digest(path)
    newest = newest_backup(data_dir)
    assert newest is not None
    with pytest.raises(StorageError) as caught:
        Store(data_dir, clock=clock).dossiers.count()
    assert isinstance(caught.value, CorruptDatabase)
    assert str(path) in caught.value.message and str(newest) in caught.value.message
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0


def test_rotating_backups_keep_the_last_14(data_dir):
    clock = FixedClock()
    with Store(data_dir, clock=clock) as store:
        assert len(list_backups(data_dir)) == 1
        assert store.backup_if_due() is None  # once a day
        for _ in range(20):
            clock.advance(days=1)
            assert store.backup_if_due() is not None
    backups = list_backups(data_dir)
    assert len(backups) == KEEP == 14
    assert backups[0].taken_at == FIXED_NOW + timedelta(days=20)
    assert backups[-1].taken_at == FIXED_NOW + timedelta(days=7)
    for b in backups[:2]:
        conn = sqlite3.connect(b.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_backup_to_a_chosen_file(store, tmp_path):
    target = tmp_path / "usb" / "sao-luu.sqlite3"
    store.update_settings(officer="Trần Bình")
    assert store.backup(target) == target
    conn = sqlite3.connect(target)
    assert json.loads(conn.execute("SELECT value FROM settings WHERE key='officer'").fetchone()[0]) == "Trần Bình"
    conn.close()


def test_version_2_file_gets_the_prefix_index_and_keeps_finding(data_dir, clock):
    """Schema 4 rebuilds the search table: dossiers indexed under version 2 stay findable."""
    make_v1_file(data_dir)
    conn = sqlite3.connect(db_path(data_dir), isolation_level=None)
    migrations.migrate(conn, target=2)
    assert "prefix" not in conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'dossier_search'").fetchone()[0]
    conn.close()
    with Store(data_dir, clock=clock, auto_backup=False) as store:
        sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'dossier_search'"
                                 ).fetchone()[0]
        assert "prefix='1 2 3 4 5 6'" in sql
        assert [d.applicant for d in store.dossiers.find("đặ")] == ["Đặng Thị Đào"]
        assert [d.applicant for d in store.dossiers.find("010001")] == ["Đặng Thị Đào"]

"""Restoring a backup never loses the current file, and refuses backups it cannot trust."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from desktop.core.clock import VN_TZ
from desktop.storage import Store
from desktop.storage.db import CorruptDatabase, NewerDatabase, StorageError
from desktop.storage.dossiers import NewDossier
from desktop.storage.restore import check_backup, restore

NOW = datetime(2025, 9, 15, 9, 0, tzinfo=VN_TZ)


def clock():
    return NOW


def open_store(folder):
    store = Store(folder, clock=clock, auto_backup=False)
    if store.settings.identity() is None:
        store.setup(70, "000.00.14.H56", 1, "Cán bộ thử")
    return store


def add(store, name):
    return store.dossiers.add(NewDossier(procedure="khai-sinh", applicant=name), now=NOW).code


@pytest.fixture
def data_with_backup(tmp_path):
    """One dossier in the backup, a second one added after it."""
    data = tmp_path / "data"
    with open_store(data) as store:
        first = add(store, "Phạm Minh Khoa")
        backup_file = store.backup()
        second = add(store, "Hoàng Thu Trang")
    return data, backup_file, first, second


def codes(data):
    with open_store(data) as store:
        return [r[0] for r in store.conn.execute("SELECT code FROM dossiers ORDER BY id")]


def test_restore_puts_backup_back_and_keeps_current_file(data_with_backup):
    data, backup_file, first, second = data_with_backup
    done = restore(data, backup_file, NOW)
    assert done.dossiers == 1 and done.source == backup_file
    assert done.kept.name == "motcua-truoc-khoi-phuc-20250915-090000.sqlite3"
    assert codes(data) == [first]
    kept = sqlite3.connect(done.kept)
    assert [r[0] for r in kept.execute("SELECT code FROM dossiers ORDER BY id")] == [first, second]
    assert kept.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept.close()


def test_window_holding_the_file_sees_the_restored_data(data_with_backup):
    data, backup_file, first, _ = data_with_backup
    with open_store(data) as live:
        assert live.dossiers.count() == 2
        restore(data, backup_file, NOW)
        assert live.dossiers.count() == 1
        assert live.dossiers.get(first).applicant == "Phạm Minh Khoa"


def test_corrupt_current_file_is_kept_byte_for_byte_then_replaced(data_with_backup):
    data, backup_file, first, _ = data_with_backup
    current = data / "motcua.sqlite3"
    for extra in ("-wal", "-shm"):
        (data / f"motcua.sqlite3{extra}").unlink(missing_ok=True)
    garbage = b"this is not a database" * 500
    current.write_bytes(garbage)
    done = restore(data, backup_file, NOW)
    assert done.kept.read_bytes() == garbage
    assert codes(data) == [first]


def test_damaged_backup_is_refused_and_nothing_changes(data_with_backup, tmp_path):
    data, backup_file, _, _ = data_with_backup
    damaged = tmp_path / "damaged.sqlite3"
    raw = bytearray(backup_file.read_bytes())
    raw[4096 * 2: 4096 * 3] = b"\xff" * 4096
    damaged.write_bytes(bytes(raw))
    before = sorted(p.name for p in data.iterdir())
    with pytest.raises(CorruptDatabase) as error:
        restore(data, damaged, NOW)
    assert str(damaged) in error.value.message
    assert sorted(p.name for p in data.iterdir()) == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file", b"SQLite format 3\x00" + b"\0" * 80])
def test_not_a_backup_is_refused(tmp_path, content):
    fake = tmp_path / "fake.sqlite3"
    fake.write_bytes(content)
    with pytest.raises(StorageError):
        check_backup(fake)


def test_backup_from_a_newer_version_is_refused(data_with_backup):
    data, backup_file, _, _ = data_with_backup
    conn = sqlite3.connect(backup_file)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerDatabase, match="mới hơn"):
        restore(data, backup_file, NOW)


def test_cli_lists_backups_and_restores(data_with_backup, motcua):
    data, backup_file, _, _ = data_with_backup
    listing = motcua("--data-dir", str(data), "backups")
    assert listing.returncode == 0 and str(backup_file) in listing.stdout
    done = motcua("--data-dir", str(data), "restore", str(backup_file))
    assert done.returncode == 0, done.stderr
    assert "Đã khôi phục 1 hồ sơ" in done.stdout
    assert "motcua-truoc-khoi-phuc-" in done.stdout
    missing = motcua("--data-dir", str(data), "restore", str(data / "khong-co.sqlite3"))
    assert missing.returncode == 1
    assert "Không tìm thấy tệp sao lưu" in missing.stderr and "Traceback" not in missing.stderr

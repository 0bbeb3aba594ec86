"""Restoring a backup never loses the current file, and refuses backups it cannot trust."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from central.app import create_app
from central.db import CentralDB
from central.live import serve_in_thread
from desktop.core.clock import VN_TZ
from desktop.storage import Store, migrations
from desktop.storage.db import CorruptDatabase, NewerDatabase, StorageError
from desktop.storage.dossiers import NewDossier
from desktop.storage.restore import check_backup, restore
from desktop.sync.credentials import TokenStore
from desktop.sync.login import login
from tests.ship.conftest import ROOT

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


# -- a backup is untrusted input ------------------------------------------------------------

class _Recorder(BaseHTTPRequestHandler):
    """A server that should never hear from the desk: it records whatever reaches it."""

    seen: list[tuple[str, dict[str, str], bytes]] = []

    def _record(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.path, dict(self.headers), body))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"results": []}')

    do_GET = do_POST = _record  # noqa: N815 - http.server's naming

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def elsewhere():
    """``(url, requests seen)`` of a loopback server that is not the commune's."""
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def logged_in(tmp_path):
    """A desk logged in to the commune's endpoint (loopback), with one backup taken."""
    central = CentralDB(tmp_path / "central.sqlite3")
    live = serve_in_thread(create_app(central))
    data = tmp_path / "data"
    with open_store(data) as store:
        login(store, live.url, central.issue_token("70", 1), TokenStore(data, in_file=True))
        add(store, "Phạm Minh Khoa")
        backup_file = store.backup()
    yield data, backup_file, live.url
    live.stop()
    central.close()


def craft(backup_file, *statements):
    conn = sqlite3.connect(backup_file)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def setting(data, key):
    with open_store(data) as store:
        return store.settings.get(key)


SENT_WITHOUT_SENDING = ("CREATE TRIGGER mark_sent AFTER INSERT ON outbox BEGIN "
                        "UPDATE outbox SET state = 'sent' WHERE seq = new.seq; END")


@pytest.mark.parametrize("extra", [
    SENT_WITHOUT_SENDING,
    "CREATE VIEW everyone AS SELECT applicant, id_number FROM dossiers",
    "CREATE INDEX dossiers_phone ON dossiers(phone)",
    "ALTER TABLE dossiers ADD COLUMN note TEXT",
    "CREATE TABLE extra(x)",
    "DROP INDEX dossiers_end",
])
def test_backup_whose_schema_is_not_one_motcua_writes_is_refused(data_with_backup, extra,
                                                                 motcua):
    data, backup_file, first, second = data_with_backup
    craft(backup_file, extra)
    before = sorted(p.name for p in data.iterdir())
    done = motcua("--data-dir", str(data), "restore", str(backup_file))
    assert done.returncode != 0
    assert "cấu trúc không đúng" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in data.iterdir()) == before
    assert codes(data) == [first, second]


def test_restore_keeps_where_reports_go_and_the_personal_data_switch(logged_in, elsewhere,
                                                                      motcua, tmp_path):
    data, backup_file, endpoint = logged_in
    url, seen = elsewhere
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    craft(backup_file,
          f"UPDATE settings SET value = '{json.dumps(url)}' WHERE key = 'endpoint'",
          "INSERT INTO settings(key, value) VALUES ('send_personal_data', 'true')",
          f"INSERT INTO settings(key, value) VALUES ('ca_bundle', '{json.dumps(str(ca))}')")
    done = motcua("--data-dir", str(data), "restore", str(backup_file))
    assert done.returncode == 0, done.stderr
    assert f"{endpoint} | {url}" in done.stdout
    assert "Đã giữ nguyên cài đặt kết nối hiện tại" in done.stdout
    assert setting(data, "endpoint") == endpoint
    assert setting(data, "send_personal_data") is False
    assert setting(data, "ca_bundle") == ""
    sent = motcua("--data-dir", str(data), "sync", "--once")
    assert sent.returncode == 0, sent.stderr
    assert seen == []


def test_taking_the_backups_endpoint_needs_a_new_login_before_the_token_goes_anywhere(
        logged_in, elsewhere, motcua):
    data, backup_file, endpoint = logged_in
    url, seen = elsewhere
    craft(backup_file, f"UPDATE settings SET value = '{json.dumps(url)}' WHERE key = 'endpoint'")
    done = motcua("--data-dir", str(data), "restore", str(backup_file),
                  "--take-connection-settings")
    assert done.returncode == 0, done.stderr
    assert setting(data, "endpoint") == url
    sent = motcua("--data-dir", str(data), "sync", "--once")
    assert sent.returncode != 0
    assert "đăng nhập lại" in sent.stderr + sent.stdout
    assert "Traceback" not in sent.stderr
    assert seen == []


def test_a_backup_that_cannot_become_a_working_file_leaves_the_desk_as_it_was(
        data_with_backup, tmp_path, motcua):
    data, _, first, second = data_with_backup
    bare = tmp_path / "bare.sqlite3"
    craft(bare, "CREATE TABLE dossiers(id INTEGER PRIMARY KEY)", "PRAGMA user_version = 1")
    before = sorted(p.name for p in data.iterdir())
    done = motcua("--data-dir", str(data), "restore", str(bare))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "dữ liệu hiện tại giữ nguyên" in done.stderr
    assert sorted(p.name for p in data.iterdir()) == before
    listed = motcua("--data-dir", str(data), "dossier", "show", first)
    assert listed.returncode == 0, listed.stderr
    assert codes(data) == [first, second]


def test_an_older_backup_is_migrated_and_checked_before_it_replaces_the_file(
        data_with_backup, tmp_path):
    data, _, first, second = data_with_backup
    old = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(old)
    conn.executescript((ROOT / "tests" / "fixtures" / "schema_v1.sql").read_text("utf-8"))
    conn.close()
    done = restore(data, old, NOW)
    assert done.kept is not None
    with open_store(data) as store:
        assert migrations.user_version(store.conn) == migrations.CURRENT_VERSION
        assert migrations.schema_differences(store.conn, migrations.CURRENT_VERSION) == []
        assert store.dossiers.count() == done.dossiers > 0
    assert not list(data.glob("*.khoi-phuc-tam*"))

"""Full disk, read-only folder, newer or corrupt file: one clear line, nothing damaged."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop.storage import migrations

SETUP = ("setup", "--commune", "70", "--agency-id", "000.00.14.H56", "--desk", "1")
ADD = ("dossier", "add", "--procedure", "khai-sinh", "--channel", "direct",
       "--applicant", "Lê Thị Thu", "--phone", "0912345678")


def db_state(data: Path) -> tuple[str, int, int, int]:
    conn = sqlite3.connect(data / "motcua.sqlite3")
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                *(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("dossiers", "dossier_events", "outbox")))
    finally:
        conn.close()


def assert_plain_error(result: subprocess.CompletedProcess, *phrases: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    for phrase in phrases:
        assert phrase in result.stderr


@pytest.fixture
def tiny_fs(tmp_path):
    """A real 2 MB filesystem (tests run as root, so chmod would not stop a write)."""
    mount_point = tmp_path / "fs"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2M", "tmpfs", str(mount_point)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_disk_full_is_reported_and_nothing_half_written(tiny_fs, motcua):
    data = tiny_fs / "data"
    assert motcua("--data-dir", str(data), *SETUP).returncode == 0
    filler = tiny_fs / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    full = motcua("--data-dir", str(data), *ADD)
    assert_plain_error(full, "Ổ đĩa đã đầy", str(data))
    filler.unlink()
    assert db_state(data) == ("ok", 0, 0, 0)
    assert motcua("--data-dir", str(data), *ADD).returncode == 0
    assert db_state(data) == ("ok", 1, 1, 1)


def test_read_only_folder_is_reported_and_file_untouched(tiny_fs, motcua):
    data = tiny_fs / "data"
    assert motcua("--data-dir", str(data), *SETUP).returncode == 0
    before = (data / "motcua.sqlite3").read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs)], check=True)
    refused = motcua("--data-dir", str(data), *ADD)
    assert_plain_error(refused, "chỉ đọc", str(data))
    subprocess.run(["mount", "-o", "remount,rw", str(tiny_fs)], check=True)
    assert (data / "motcua.sqlite3").read_bytes() == before
    assert db_state(data) == ("ok", 0, 0, 0)


def limit_file_size():
    """Every file this process writes stops growing at 32 KB, as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (32768, 32768))


def test_failed_write_mid_transaction_leaves_no_partial_dossier(tmp_path, motcua):
    """Works without mount rights: the write fails part-way and SQLite rolls back."""
    data = tmp_path / "data"
    assert motcua("--data-dir", str(data), *SETUP).returncode == 0
    assert motcua("--data-dir", str(data), "demo", "--dossiers", "5").returncode == 0
    before = db_state(data)
    failed = motcua("--data-dir", str(data), *ADD, preexec=limit_file_size)
    assert_plain_error(failed, "ổ đĩa", str(data))
    assert db_state(data) == before == ("ok", 5, before[2], 0)
    assert motcua("--data-dir", str(data), *ADD).returncode == 0
    assert db_state(data)[1] == 6


def test_file_from_a_newer_version_is_refused_untouched(tmp_path, motcua):
    data = tmp_path / "data"
    assert motcua("--data-dir", str(data), *SETUP).returncode == 0
    conn = sqlite3.connect(data / "motcua.sqlite3")
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()
    before = (data / "motcua.sqlite3").read_bytes()
    refused = motcua("--data-dir", str(data), *ADD)
    assert_plain_error(refused, "phiên bản motcua mới hơn", str(data / "motcua.sqlite3"))
    assert (data / "motcua.sqlite3").read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "first_page"])
def test_corrupt_file_names_itself_and_newest_backup_and_stays_untouched(tmp_path, motcua,
                                                                          damage):
    data = tmp_path / "data"
    assert motcua("--data-dir", str(data), *SETUP).returncode == 0
    assert motcua("--data-dir", str(data), *ADD).returncode == 0
    newest = sorted((data / "backups").glob("motcua-*.sqlite3"))[-1]
    path = data / "motcua.sqlite3"
    raw = bytearray(path.read_bytes())
    if damage == "garbage":
        raw[:] = b"MZ this was overwritten by something else" * 100
    else:
        raw[100:4096] = b"\xa5" * (4096 - 100)
    path.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        (data / f"motcua.sqlite3{extra}").unlink(missing_ok=True)
    refused = motcua("--data-dir", str(data), "dossier", "find", "le thi thu")
    assert_plain_error(refused, str(path), str(newest), "giữ nguyên")
    assert path.read_bytes() == bytes(raw)

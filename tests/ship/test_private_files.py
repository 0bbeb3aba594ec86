"""Everything motcua writes is readable by the signed-in user alone, whatever the umask.

The commands run in their own processes with umask 022 (the usual default, under which
files come out 0644), as a clerk's day would: set up, receive a dossier, print its receipt,
back up, restore, log, and the reference endpoint's database.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ship.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="POSIX modes; Windows relies on the profile's user-only ACL")


def run(*args: str, log_dir: Path) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "MOTCUA_LOG_DIR": str(log_dir)},
                          preexec_fn=lambda: os.umask(0o022), check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def modes(*folders: Path) -> dict[str, str]:
    """Every folder and file under ``folders`` (themselves included) with its mode."""
    found = {}
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            found[str(path)] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def test_every_file_the_app_creates_is_for_this_user_only(tmp_path):
    data, logs, out = tmp_path / "data", tmp_path / "logs", tmp_path / "out"
    out.mkdir(mode=0o700)
    desk = ("desktop", "--data-dir", str(data))
    run(*desk, "setup", "--commune", "70", "--agency-id", "000.00.14.H56", "--desk", "1",
        log_dir=logs)
    code = json.loads(run(*desk, "dossier", "add", "--procedure", "khai-sinh", "--applicant",
               "Nguyễn Văn An", "--channel", "direct", "--id-number", "079123456789",
               "--phone", "0912345678", "--address", "12 Hàng Bạc", "--json",
               log_dir=logs).stdout)["code"]
    run(*desk, "print", "receipt", code, "--out", str(out / "giay-hen.pdf"), log_dir=logs)
    run(*desk, "backup", log_dir=logs)
    backup_file = next((data / "backups").glob("*.sqlite3"))
    run(*desk, "restore", str(backup_file), log_dir=logs)
    run("central", "token", "issue", "--commune", "70", "--desk", "1", "--db",
        str(tmp_path / "central.sqlite3"), log_dir=logs)

    seen = modes(data, logs, out)
    seen[str(tmp_path / "central.sqlite3")] = oct(stat.S_IMODE(
        (tmp_path / "central.sqlite3").stat().st_mode))
    assert any(name.endswith("giay-hen.pdf") for name in seen)
    assert any("motcua-truoc-khoi-phuc-" in name for name in seen)
    assert any(name.endswith("motcua.log") for name in seen)
    loose = {name: mode for name, mode in seen.items()
             if mode != (oct(0o700) if Path(name).is_dir() else oct(0o600))
             and name != str(out)}
    assert loose == {}


def test_files_left_readable_by_an_older_version_are_tightened_on_opening(tmp_path):
    from desktop.storage import Store

    data = tmp_path / "data"
    with Store(data, auto_backup=False):
        pass
    os.chmod(data, 0o755)
    os.chmod(data / "motcua.sqlite3", 0o644)
    with Store(data, auto_backup=False):
        assert oct(stat.S_IMODE(data.stat().st_mode)) == oct(0o700)
        assert oct(stat.S_IMODE((data / "motcua.sqlite3").stat().st_mode)) == oct(0o600)


def test_printouts_folder_of_the_window_is_private(tmp_path):
    from datetime import datetime

    from desktop.core.clock import VN_TZ
    from desktop.ui.printing import printout_path

    os.umask(previous := os.umask(0o022))
    try:
        target = printout_path(tmp_path, "giay-hen", datetime(2025, 9, 15, 9, tzinfo=VN_TZ))
    finally:
        os.umask(previous)
    assert oct(stat.S_IMODE(target.parent.stat().st_mode)) == oct(0o700)


def test_window_settings_file_is_private(tmp_path):
    """Qt writes motcua-ui.ini itself; under umask 022 it came out 0644. First run: no folder."""
    from desktop.ui.app import ui_settings

    os.umask(previous := os.umask(0o022))
    try:
        settings = ui_settings(tmp_path / "moi")
        settings.setValue("language", "vi")
        settings.sync()
    finally:
        os.umask(previous)
    ini = tmp_path / "moi" / "motcua-ui.ini"
    assert "language=vi" in ini.read_text()
    assert oct(stat.S_IMODE(ini.stat().st_mode)) == oct(0o600)

"""The PyInstaller bundle runs on a machine without Python: CI builds it and runs its self-test.

Built into a temporary folder from build.spec exactly as ``make bundle`` does (about a minute
on two cores), then started as IT staff would start it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.selftest import CHECKS
from tests.ship.test_selftest import ROOT, expected_failures, parse

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    work = tmp_path_factory.mktemp("bundle")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in (ROOT / "resources" / "i18n").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    return work / "dist" / "motcua"


def run_bundle(bundle: Path, *args: str, tmp_path: Path, keyring: bool = False):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOTCUA_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONPATH": ""}
    command = [str(bundle / "motcua"), *args]
    if keyring:
        command = ["dbus-run-session", "--", "sh", "-c",
                   "echo -n test | gnome-keyring-daemon --unlock --components=secrets "
                   '>/dev/null && exec "$0" "$@"', *command]
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          check=False, timeout=120)


def test_bundle_self_test_passes_offscreen(bundle, tmp_path):
    has_keyring = bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))
    result = run_bundle(bundle, "--self-test", tmp_path=tmp_path, keyring=has_keyring)
    lines = parse(result.stdout)
    assert "(bản đóng gói)" in result.stdout
    assert list(lines) == [name for name, _ in CHECKS], result.stdout + result.stderr
    failed = {name for name, (status, _) in lines.items() if status == "LỖI"}
    assert failed <= expected_failures(), result.stdout
    assert result.returncode == (1 if failed else 0)
    for name in ("Nhật ký", "Tệp tài nguyên", "Danh mục hành chính", "Lịch làm việc",
                 "Cơ sở dữ liệu", "Báo cáo tổng hợp", "Phiếu PDF", "In bản dài", "Ký số",
                 "Sổ Excel", "Xem trước bản in", "Cửa sổ"):
        assert lines[name][0] == "OK", (name, lines[name])
    if has_keyring:
        assert lines["Kho khóa"] == ("OK", "keyring.backends.SecretService.Keyring")


def test_bundle_command_line_works(bundle, tmp_path):
    data = str(tmp_path / "data")
    demo = run_bundle(bundle, "--data-dir", data, "demo", "--dossiers", "200", tmp_path=tmp_path)
    assert demo.returncode == 0, demo.stderr
    summary = run_bundle(bundle, "--data-dir", data, "summary", "--from", "2020-01-01",
                         "--to", "2030-12-31", tmp_path=tmp_path)
    assert summary.returncode == 0 and "Tổng số" in summary.stdout, summary.stderr


def test_bundle_leaves_out_the_server_and_plain_text_keyring(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "procedures.json").is_file()
    assert (internal / "resources" / "icons" / "motcua.png").is_file()
    assert (internal / "resources" / "fonts" / "OFL.txt").is_file()
    names = {p.name for p in internal.iterdir()}
    assert not names & {"central", "fastapi", "uvicorn", "keyrings"}

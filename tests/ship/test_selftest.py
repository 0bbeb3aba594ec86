"""``motcua --self-test`` from the source tree: one line per check, exit 0 only if none failed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.selftest import CHECKS, FAIL, NOTE, OK, Failed

LINE = re.compile(r"^\[(OK|LỖI|LƯU Ý)\] ([^:]+): (.+)$")
ROOT = Path(__file__).resolve().parents[2]


def parse(stdout: str) -> dict[str, tuple[str, str]]:
    found = {}
    for line in stdout.splitlines():
        match = LINE.match(line)
        if match:
            found[match.group(2)] = (match.group(1), match.group(3))
    return found


def expected_failures() -> set[str]:
    """Checks that must fail in this tree: no .ts sources means nothing to compile."""
    return set() if list((ROOT / "resources" / "i18n").glob("*.ts")) else {"Bản dịch"}


def test_self_test_reports_every_check(motcua, log_dir):
    result = motcua("--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    lines = parse(result.stdout)
    assert list(lines) == [name for name, _ in CHECKS]
    failed = {name for name, (status, _) in lines.items() if status == FAIL}
    assert failed <= expected_failures(), result.stdout
    assert result.returncode == (1 if failed else 0)
    assert lines["Cơ sở dữ liệu"][0] == OK and "000.00.14.H56-" in lines["Cơ sở dữ liệu"][1]
    assert lines["Phiếu PDF"][0] == OK
    assert lines["In bản dài"][0] == OK and "tiến trình riêng" in lines["In bản dài"][1]
    assert lines["Ký số"] == (OK, "ký thử phiếu (PAdES) và kiểm tra lại: hợp lệ")
    assert lines["Sổ Excel"][0] == OK
    assert lines["Xem trước bản in"] == (OK, "dựng 1 trang qua PDFium")
    assert lines["Cửa sổ"][0] == OK and "offscreen" in lines["Cửa sổ"][1]
    assert lines["Nhật ký"] == (OK, str(log_dir / "motcua.log"))
    assert "self-test finished" in (log_dir / "motcua.log").read_text(encoding="utf-8")
    assert ("KHÔNG ĐẠT" in result.stdout) == bool(failed)


def test_without_a_display_the_window_check_is_a_note_not_a_failure(motcua):
    result = motcua("--self-test", env={"QT_QPA_PLATFORM": "", "DISPLAY": "",
                                        "WAYLAND_DISPLAY": ""})
    lines = parse(result.stdout)
    assert lines["Cửa sổ"][0] == NOTE and lines["Xem trước bản in"][0] == NOTE
    assert result.returncode == 0


@pytest.fixture
def compiled_translation(tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    source = tmp_path / "motcua_en.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>MainWindow</name><message><source>Hồ sơ</source>"
        "<translation>Dossiers</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(tmp_path / "motcua_en.qm")],
                   check=True)
    return tmp_path


def test_translation_check_loads_compiled_files(compiled_translation):
    from desktop.ui.selftest_qt import check_translations

    assert check_translations(compiled_translation) == "motcua_en.qm"
    (compiled_translation / "motcua_vi.qm").write_bytes(b"not a qm file")
    with pytest.raises(Failed, match="motcua_vi.qm"):
        check_translations(compiled_translation)


def test_translation_check_fails_on_an_empty_folder(tmp_path):
    from desktop.ui.selftest_qt import check_translations

    with pytest.raises(Failed, match="không có tệp bản dịch"):
        check_translations(tmp_path)

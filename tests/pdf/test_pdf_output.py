from datetime import date

import pytest

from desktop.cli import run
from desktop.core.errors import UserError
from desktop.pdf import render_checklist, render_summary
from desktop.pdf.layout import Document
from tests.pdf.conftest import NAMES, NOW, add


def test_a_failed_render_leaves_the_old_file_and_no_temporary(store, tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"old report")

    def crash(self, story):
        self.build(story[:2])  # half a document reaches the temporary file
        raise RuntimeError("power cut")

    monkeypatch.setattr(Document, "render", crash)
    with pytest.raises(RuntimeError):
        render_summary(store, date(2026, 11, 1), date(2026, 11, 23), target, now=NOW)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.pdf", "data"]


@pytest.mark.parametrize("where, message", [
    ("missing/x.pdf", "không tồn tại"),
    (".", "là một thư mục"),
])
def test_bad_target_is_refused_before_rendering(store, tmp_path, where, message):
    with pytest.raises(UserError, match=message):
        render_checklist(store, tmp_path / where, now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_unwritable_folder_is_reported_in_vietnamese(store, tmp_path):
    with pytest.raises(UserError, match="Không ghi được vào thư mục «/proc»"):
        render_checklist(store, "/proc/motcua-test.pdf", now=NOW)


def test_cli_prints_each_paper_and_refuses_bad_input(store, tmp_path, capsys):
    code = add(store, NAMES[0]).code
    data = str(store.data_dir)
    store.close()
    papers = {
        "receipt": ["receipt", code],
        "summary": ["summary", "--from", "2026-11-01", "--to", "2026-11-23"],
        "checklist": ["checklist"],
        "book": ["book", "--from", "2026-11-01", "--to", "2026-11-23", "--field", "cu-tru"],
    }
    for name, args in papers.items():
        out = tmp_path / f"{name}.pdf"
        assert run(["--data-dir", data, "print", *args, "--out", str(out)],
                   clock=lambda: NOW) == 0
        assert out.read_bytes().startswith(b"%PDF-")
        assert f"Đã lưu {out}" in capsys.readouterr().out
    bad = {
        "Không tìm thấy hồ sơ có mã «XYZ»": ["receipt", "XYZ"],
        "không đúng dạng YYYY-MM-DD": ["summary", "--from", "2026-11-31", "--to", "2026-12-01"],
        "Ngày kết thúc kỳ phải sau": ["book", "--from", "2026-11-20", "--to", "2026-11-01"],
    }
    for message, args in bad.items():
        out = tmp_path / "bad.pdf"
        assert run(["--data-dir", data, "print", *args, "--out", str(out)],
                   clock=lambda: NOW) == 2
        assert message in capsys.readouterr().err
        assert not out.exists()

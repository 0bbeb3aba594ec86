import json
import re
from datetime import date

import pytest

from desktop.cli import run
from desktop.core.numbers import number, percent
from desktop.core.summary import COUNT_KEYS
from desktop.pdf import render_summary
from desktop.storage import Store
from tests.pdf.conftest import NOW, page_count, pdftotext

NUMBER = re.compile(r"^\d{1,3}(\.\d{3})*$")
RATE = re.compile(r"^(\d+,\d%|—)$")
FIRST, LAST = date(2026, 11, 9), date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo")
    assert run(["--data-dir", str(data), "demo", "--dossiers", "1500"], clock=lambda: NOW) == 0
    return data


def cli_summary(data, capsys) -> dict:
    capsys.readouterr()
    assert run(["--data-dir", str(data), "summary", "--from", FIRST.isoformat(), "--to",
                LAST.isoformat(), "--json"], clock=lambda: NOW) == 0
    return json.loads(capsys.readouterr().out)


def printed_rows(text: str) -> dict[str, tuple[list[int], list[str]]]:
    """Field name → (counts, rates) from the layout text of the form's table."""
    rows = {}
    for line in text.splitlines():
        tokens = line.split()
        counts = [int(t.replace(".", "")) for t in tokens if NUMBER.match(t)]
        rates = [t for t in tokens if RATE.match(t)]
        words = [t for t in tokens if not NUMBER.match(t) and not RATE.match(t)]
        if len(rates) == 2 and len(counts) >= len(COUNT_KEYS):
            rows[" ".join(words)] = (counts[-len(COUNT_KEYS):], rates)
    return rows


def test_numbers_equal_the_cli_summary(demo_dir, tmp_path, capsys):
    expected = cli_summary(demo_dir, capsys)
    with Store(demo_dir, clock=lambda: NOW, auto_backup=False) as store:
        out = render_summary(store, FIRST, LAST, tmp_path / "bao-cao.pdf", now=NOW)
    printed = printed_rows(pdftotext(out, layout=True, first=1, last=1))
    assert expected["total"]["carried_over"] > 0 and expected["total"]["late"] > 0
    for row in [*expected["rows"], {**expected["total"], "field_name": "Tổng số"}]:
        counts, rates = printed[row["field_name"]]
        assert counts == [row[k] for k in COUNT_KEYS], row["field_name"]
        this_period = row["received_online"] + row["received_direct_post"]
        assert rates[0] == percent(row["received_online"] / this_period)
        assert rates[1] == percent((row["early"] + row["on_time"]) / row["resolved_total"])
    assert len(printed) == len(expected["rows"]) + 1


def test_form_parts_and_overdue_list(demo_dir, tmp_path, capsys):
    expected = cli_summary(demo_dir, capsys)["total"]
    with Store(demo_dir, clock=lambda: NOW, auto_backup=False) as store:
        out = render_summary(store, FIRST, LAST, tmp_path / "bao-cao.pdf", now=NOW)
    first_page = pdftotext(out, first=1, last=1)
    for text in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Kỳ báo cáo: từ ngày 09/11/2026 đến ngày 20/11/2026",
                 "Hoàn Kiếm, ngày 23 tháng 11 năm 2026", "CHỦ TỊCH", "NGƯỜI LẬP BIỂU",
                 "Tỷ lệ hồ sơ trực tuyến:", "Tỷ lệ giải quyết đúng hạn:"):
        assert text in first_page, text
    rest = " ".join(pdftotext(out, first=2).split())
    assert "DANH SÁCH HỒ SƠ QUÁ HẠN" in rest
    assert rest.count("Đã giải quyết, quá hạn") == expected["late"]
    assert rest.count("Đang giải quyết, quá hạn") == expected["pending_overdue"]
    assert page_count(out) >= 2


def test_no_overdue_page_when_nothing_is_late(store, tmp_path):
    out = render_summary(store, date(2026, 11, 1), date(2026, 11, 23), tmp_path / "s.pdf",
                         now=NOW)
    assert page_count(out) == 1
    text = pdftotext(out, layout=True)
    assert "Tổng số" in text and "DANH SÁCH HỒ SƠ QUÁ HẠN" not in text


def test_page_is_landscape(store, tmp_path):
    from pypdf import PdfReader

    out = render_summary(store, date(2026, 11, 1), date(2026, 11, 23), tmp_path / "s.pdf",
                         now=NOW)
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_very_long_overdue_list_is_cut_with_a_note(demo_dir, tmp_path, monkeypatch, capsys):
    from desktop.pdf import summary

    late = cli_summary(demo_dir, capsys)["total"]
    listed = late["late"] + late["pending_overdue"]
    monkeypatch.setattr(summary, "MAX_LISTED", 10)
    with Store(demo_dir, clock=lambda: NOW, auto_backup=False) as store:
        out = render_summary(store, FIRST, LAST, tmp_path / "s.pdf", now=NOW)
    rest = " ".join(pdftotext(out, first=2).split())
    assert rest.count("giải quyết, quá hạn") == 10
    assert f"Danh sách chỉ in 10 trong tổng số {number(listed)} hồ sơ quá hạn" in rest

import re
import subprocess
from datetime import date, timedelta

import pytest
from reportlab.lib.units import mm

from desktop import apart
from desktop.cli import run
from desktop.core.errors import UserError
from desktop.pdf import render_book
from desktop.pdf.book import BOTTOM, COLUMNS, LEFT, PAGE
from desktop.storage import Store
from tests.pdf.conftest import NAMES, NOW, add, page_count, pdftotext, resolve

WEEK = (date(2026, 11, 16), date(2026, 11, 23))


def test_one_line_per_dossier_with_state_and_mark(store, tmp_path):
    late = add(store, NAMES[0], "tam-tru", received=NOW - timedelta(days=6))
    resolve(store, late.code, late.appointment_at + timedelta(hours=20))
    open_one = add(store, NAMES[1], "chung-thuc-ban-sao")
    other_field = add(store, NAMES[2], "khai-sinh", received=NOW - timedelta(hours=3))
    out = render_book(store, *WEEK, None, tmp_path / "so.pdf", now=NOW)
    text = pdftotext(out, layout=True)
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Trang 1/1" in text
    late_line = next(line for line in text.splitlines() if late.code in line)
    assert NAMES[0] in late_line and "Đã xử lý xong" in late_line and "Quá hạn" in late_line
    open_line = next(line for line in text.splitlines() if open_one.code in line)
    assert "Được tiếp nhận" in open_line and "Trong hạn" in open_line
    assert other_field.code in text
    assert "Tổng số: 3 hồ sơ." in text


def test_field_filter_by_slug_or_name(store, tmp_path):
    civil = add(store, NAMES[3], "khai-sinh")
    residence = add(store, NAMES[0], "tam-tru")
    for field in ("ho-tich", "Hộ tịch", "hộ tịch", "ho tich"):
        text = pdftotext(render_book(store, *WEEK, field, tmp_path / "so.pdf", now=NOW))
        assert civil.code in text and residence.code not in text
        assert "Lĩnh vực: Hộ tịch" in text
    with pytest.raises(UserError, match="Không có lĩnh vực «Đất nông nghiệp»"):
        render_book(store, *WEEK, "Đất nông nghiệp", tmp_path / "x.pdf", now=NOW)
    assert not (tmp_path / "x.pdf").exists()


def test_empty_period_says_so(store, tmp_path):
    out = render_book(store, date(2026, 1, 1), date(2026, 1, 31), None, tmp_path / "so.pdf",
                      now=NOW)
    assert "Không có hồ sơ nào được tiếp nhận trong kỳ." in pdftotext(out)


def test_long_text_stays_inside_its_cell(store, tmp_path):
    long_name = "Tôn Nữ Hoàng Thị Ánh Nguyệt Phương Quỳnh Như Ý Bảo Ngọc Khuê Tú"
    for _ in range(3):
        add(store, long_name, "lien-thong-khai-sinh")
    out = render_book(store, *WEEK, None, tmp_path / "so.pdf", now=NOW)
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    edges, x = [], LEFT
    for column in COLUMNS:
        edges.append((x, x + column.width))
        x += column.width
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<',
                       html)
    checked = 0
    for x_min, y_min, x_max, word in ((float(a), float(b), float(c), w) for a, b, c, w in words):
        if word == "Tổng":  # the closing line below the table spans the columns
            break
        if y_min < 40 * mm or y_min > PAGE[1] - BOTTOM:  # title block, footer
            continue
        left, right = next(e for e in edges if e[0] - 0.5 <= x_min < e[1])
        assert x_max <= right + 0.5, (x_min, x_max, right)
        checked += 1
    assert checked > 50
    assert " ".join(long_name.split()[-3:]) in " ".join(pdftotext(out).split())


def test_bad_period_is_refused(store, tmp_path):
    with pytest.raises(UserError, match="Ngày kết thúc kỳ phải sau"):
        render_book(store, date(2026, 11, 20), date(2026, 11, 1), None, tmp_path / "so.pdf")
    with pytest.raises(UserError, match="tối đa 366 ngày"):
        render_book(store, date(2024, 1, 1), date(2026, 1, 1), None, tmp_path / "so.pdf")
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.slow
def test_ten_thousand_lines_repeat_the_header_and_number_pages(tmp_path):
    data = tmp_path / "demo"
    assert run(["--data-dir", str(data), "demo", "--dossiers", "10000"], clock=lambda: NOW) == 0
    with Store(data, clock=lambda: NOW, auto_backup=False) as store:
        first_code, last_code = (store.conn.execute(
            f"SELECT code FROM dossiers ORDER BY received_at {order}, id {order} LIMIT 1"
        ).fetchone()[0] for order in ("ASC", "DESC"))
        drawn = []
        out = render_book(store, date(2025, 11, 24), NOW.date(), None, tmp_path / "so.pdf",
                          now=NOW, progress=lambda page, total: drawn.append((page, total)))
    pages = page_count(out)
    assert pages > 100
    assert drawn == [(page, pages) for page in range(1, pages + 1)]

    # The window renders it in a child process, which reports the pages over its pipe, at most
    # once a percent; the file is the same book.
    reported = []
    call = apart.Call("desktop.pdf:render_book", (date(2025, 11, 24), NOW.date(), None),
                      {"now": NOW}, reports_progress=True)
    apart.run(data, call, tmp_path / "rieng.pdf", NOW,
              progress=lambda page, total: reported.append((page, total)))
    assert page_count(tmp_path / "rieng.pdf") == pages
    assert reported[-1] == (pages, pages) and len(reported) <= 101
    assert [page for page, _ in reported] == sorted({page for page, _ in reported})
    first = pdftotext(out, first=1, last=1)
    assert f"Trang 1/{pages}" in first and first_code in first
    for page in (2, pages // 2, pages):
        text = pdftotext(out, first=page, last=page)
        assert f"Trang {page}/{pages}" in text
        assert "Mã hồ sơ" in text and "Người nộp hồ sơ" in text and "Đánh giá" in text
    last = pdftotext(out, first=pages, last=pages)
    assert last_code in last and "Tổng số: 10.000 hồ sơ." in last
    assert "10.000" in last

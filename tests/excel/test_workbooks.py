"""The workbooks read back with openpyxl as a province officer's Excel would read them."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop.core.errors import UserError
from desktop.core.summary import COUNT_KEYS
from desktop.excel import export_book, export_summary, write_template
from desktop.excel.columns import SHEET_BOOK, SHEET_HELP, SHEET_LISTS, TITLES
from tests.conftest import FIXED_NOW, run_cli

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 20)


def test_summary_numbers_equal_summary_json(demo_dir, tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    code, _, err = run_cli(demo_dir, "export", "summary", "--from", f"{FIRST}", "--to", f"{LAST}",
                           "--out", str(out))
    assert code == 0, err
    code, text, _ = run_cli(demo_dir, "summary", "--from", f"{FIRST}", "--to", f"{LAST}", "--json")
    expected = json.loads(text)
    sheet = load_workbook(out)["II.06a"]
    assert "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT" in sheet["A4"].value
    assert sheet["A5"].value == "Kỳ báo cáo: từ ngày 02/11/2026 đến ngày 20/11/2026"
    # The three header rows merged as on paper, then the column numbers.
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A8:A10", "B8:B10", "C8:F8", "G8:J8", "K8:M8", "N8:O8", "D9:E9", "C9:C10",
            "F9:F10"} <= merged
    assert [sheet.cell(8, c).value for c in (1, 2, 3, 7, 11, 14)] == [
        "STT", "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết",
        "Số hồ sơ đang giải quyết", "Tỷ lệ"]
    assert [sheet.cell(11, c).value for c in range(1, 16)] == [f"({i})" for i in range(1, 16)]
    rows = expected["rows"] + [expected["total"]]
    for offset, row in enumerate(rows):
        r = 12 + offset
        assert sheet.cell(r, 2).value == row["field_name"]
        counts = [sheet.cell(r, c).value for c in range(3, 14)]
        assert counts == [row[key] for key in COUNT_KEYS]
        assert all(isinstance(v, int) for v in counts)
        assert all(sheet.cell(r, c).number_format == "#,##0" for c in range(3, 14))
        for c, key in ((14, "online_rate"), (15, "on_time_rate")):
            assert sheet.cell(r, c).number_format == "0.0%"
            value = sheet.cell(r, c).value
            assert (value is None) if row[key] is None else round(value, 4) == row[key]
    assert sheet.cell(12 + len(rows) - 1, 2).font.b
    texts = [c.value for line in sheet.iter_rows() for c in line if isinstance(c.value, str)]
    assert {"NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"} <= set(texts)
    assert sheet.page_setup.orientation == "landscape"


def test_book_has_the_template_columns_and_real_dates(demo_store, tmp_path):
    path, count = export_book(demo_store, FIRST, LAST, "ho-tich", tmp_path / "so.xlsx",
                              now=FIXED_NOW)
    streamed = load_workbook(path, read_only=True)
    lines = list(streamed[SHEET_BOOK].iter_rows(values_only=True))
    streamed.close()
    assert lines[0] == TITLES
    assert len(lines) == count + 1 and count > 100
    assert {line[7] for line in lines[1:]} == {"Hộ tịch"}
    assert [line[0] for line in lines[1:4]] == [1, 2, 3]
    first = demo_store.dossiers.get(lines[1][1])
    assert lines[1][9] == first.received_at.replace(tzinfo=None)
    assert isinstance(lines[1][10], datetime)
    assert {line[13] for line in lines[1:]} <= {"Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn"}
    cells = load_workbook(path)[SHEET_BOOK]
    assert cells["J2"].number_format == "dd/mm/yyyy hh:mm"


def test_template_has_guide_and_drop_downs(store, tmp_path):
    path = write_template(store, tmp_path / "mau.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [SHEET_BOOK, SHEET_HELP, SHEET_LISTS]
    sheet = book[SHEET_BOOK]
    assert tuple(c.value for c in sheet[1]) == TITLES
    rules = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert set(rules) == {"G2", "I2", "M2"}  # Thủ tục, Kênh, Tình trạng
    lists = book[SHEET_LISTS]
    assert lists.sheet_state == "hidden"
    assert "Đăng ký khai sinh" in [c.value for c in lists["A"]]
    assert [c.value for c in lists["B"] if c.value] == ["Trực tiếp", "Trực tuyến", "Bưu chính công ích"]
    assert [c.value for c in lists["C"] if c.value][-1] == "Đã trả kết quả"
    guide = {row[0]: row[1] for row in book[SHEET_HELP].iter_rows(values_only=True) if row[0]}
    assert set(TITLES) <= set(guide)
    assert "12 chữ số" in guide["Số định danh"]


@pytest.mark.parametrize("name, message", [
    ("bao-cao.pdf", "phải có đuôi .xlsx"),
    ("thu-muc-khong-co/bao-cao.xlsx", "không lưu được tệp Excel"),
    ("", "Chưa nhập tên tệp Excel"),
])
def test_bad_target_refused(store, tmp_path, name, message):
    target = tmp_path / name if name else ""
    with pytest.raises(UserError, match=message):
        export_summary(store, FIRST, LAST, target, now=FIXED_NOW)
    with pytest.raises(UserError, match=message):
        write_template(store, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # the store only


def test_reversed_period_refused_by_cli(demo_dir, tmp_path):
    code, _, err = run_cli(demo_dir, "export", "book", "--from", "2026-11-20", "--to",
                           "2026-11-01", "--out", str(tmp_path / "so.xlsx"))
    assert code == 2 and "Ngày kết thúc kỳ" in err
    assert not (tmp_path / "so.xlsx").exists()



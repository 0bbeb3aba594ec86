"""``motcua import book`` on a hand-made workbook: every bad row named, nothing written; the
fixed file imported; imported again, nothing added. Run as a person would (a subprocess)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import Workbook

from desktop.excel.columns import TITLES
from desktop.storage import Store
from tests.conftest import AGENCY, COMMUNE, db_fingerprint

HEAD = ["STT", "Mã hồ sơ", "Người nộp", "Số định danh", "Điện thoại", "Địa chỉ", "Thủ tục",
        "Kênh", "Tiếp nhận", "Hẹn trả kết quả", "Kết thúc xử lý", "Tình trạng", "Ghi chú"]
GOOD = [
    # An old-format code, a receipt more than a year back, a date-time cell, a state by name.
    [1, "H56-2024-000123", "Nguyễn Văn An", "001203004567", "0912345678", "Thôn Đông",
     "Đăng ký khai sinh", "Trực tiếp", datetime(2024, 3, 4, 8, 15), None,
     datetime(2024, 3, 4, 10, 0), "Đã trả kết quả", "sổ giấy 2024"],
    # No code (generated), text date, title without accents, state by number, no channel.
    [2, None, "Đặng Thị Bình", None, None, None, "chung thuc ban sao tu ban chinh", None,
     "05/06/2026 14:20", None, None, "4", None],
    # A kept appointment and an online dossier still registered.
    [3, "000.00.14.H56-260610-010007", "Lê Văn Cường", None, None, None, "thuong-tru",
     "Trực tuyến", "10/06/2026 09:00", "19/06/2026 09:00", None, "Mới đăng ký", None],
]
BAD = {  # row number in the sheet (row 1: header, 2–4: good, 5: blank) -> (column that must be named, the row)
    6: ("Thủ tục", [4, None, "Trần Văn Dũng", None, None, None, "Cấp phép xây nhà", None,
                    "01/06/2026 08:00", None, None, None, None]),
    7: ("Tiếp nhận", [5, None, "Phạm Thị Hoa", None, None, None, "khai-tu", None,
                      "31/02/2026 08:00", None, None, None, None]),
    8: ("Kết thúc xử lý", [6, None, "Võ Văn Hải", None, None, None, "khai-tu", None,
                           "02/06/2026 10:00", None, "01/06/2026 09:00", "Đã xử lý xong", None]),
    9: ("Số định danh", [7, None, "Bùi Thị Lan", "12345", None, None, "khai-tu", None,
                         "02/06/2026 10:00", None, None, None, None]),
    10: ("Kết thúc xử lý", [8, None, "Hồ Văn Long", None, None, None, "khai-tu", None,
                           "02/06/2026 10:00", None, None, "Đã trả kết quả", None]),
    11: ("Mã hồ sơ", [9, "H56-2024-000123", "Ngô Thị Mai", None, None, None, "khai-tu", None,
                      "02/06/2026 10:00", None, None, None, None]),
    12: ("Người nộp", [10, None, None, None, None, None, "khai-tu", None,
                       "02/06/2026 10:00", None, None, None, None]),
    13: ("Tình trạng", [11, None, "Đinh Văn Nam", None, None, None, "khai-tu", None,
                        "02/06/2026 10:00", None, None, "Đã duyệt", None]),
    14: ("Kênh", [12, None, "Lý Thị Nga", None, None, None, "khai-tu", "Fax",
                  "02/06/2026 10:00", None, None, None, None]),
    15: ("Điện thoại", [13, None, "Trịnh Văn Phúc", None, "12345", None, "khai-tu", None,
                        "02/06/2026 10:00", None, None, None, None]),
    16: ("Tiếp nhận", [14, None, "Dương Thị Quyên", None, None, None, "khai-tu", None,
                       "02/06/2099 10:00", None, None, None, None]),
    17: ("Tình trạng", [15, None, "Đoàn Văn Sơn", None, None, None, "khai-tu", "Trực tiếp",
                        "02/06/2026 10:00", None, None, "1", None]),
}


def _book(path, rows):  # noqa: ANN001
    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ theo dõi"
    sheet.append(HEAD)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def desk(data_dir):
    with Store(data_dir, auto_backup=False) as store:
        store.setup(COMMUNE, AGENCY, 3, "Cán bộ thử")
    return data_dir


def _state(data_dir):  # noqa: ANN001
    with Store(data_dir, auto_backup=False) as store:
        return db_fingerprint(store.conn)


def test_bad_rows_named_nothing_written_then_fixed_then_nothing_added(desk, cli, tmp_path):
    bad = _book(tmp_path / "so-cu.xlsx", GOOD + [[None] * 12 + [" "]] + [r for _, r in BAD.values()])
    before = _state(desk)
    code, out, err = cli("import", "book", str(bad))
    assert code == 2 and out == ""
    assert "Traceback" not in err and "chưa nhập hồ sơ nào" in err
    for row, (column, _) in BAD.items():
        assert f"Dòng {row}, cột «{column}»" in err, row
    assert "trùng với dòng 2" in err
    assert err.count("Dòng ") == len(BAD)
    assert _state(desk) == before

    code, out, err = cli("import", "book", str(bad), "--dry-run")
    assert code == 2 and out == "" and err.count("Dòng ") == len(BAD)
    assert _state(desk) == before

    code, out, _ = cli("import", "book", str(bad), "--json")
    data = json.loads(out)
    assert code == 2 and data["ok"] is False and data["added"] == 0
    assert {e["row"] for e in data["errors"]} == set(BAD)
    assert _state(desk) == before

    good = _book(tmp_path / "so-sua.xlsx", GOOD)
    code, out, err = cli("import", "book", str(good), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0, err
    assert (data["rows"], data["new"], data["dry_run"]) == (3, 3, True)
    assert data["by_state"] == {"Mới đăng ký": 1, "Đang xử lý": 1, "Đã trả kết quả": 1}
    assert data["by_field"] == {"Hộ tịch": 1, "Chứng thực": 1, "Cư trú": 1}
    assert data["period"] == {"from": "2024-03-04", "to": "2026-06-10"}
    assert _state(desk) == before

    code, out, err = cli("import", "book", str(good))
    assert code == 0, err
    assert "Đã nhập 3 hồ sơ" in out
    code, out, _ = cli("dossier", "show", "H56-2024-000123", "--json")
    shown = json.loads(out)
    assert shown["received_at"] == "2024-03-04T08:15:00+07:00"
    # Same-day procedure: the appointment computed by the rules, the end on that day.
    assert shown["appointment_at"] == "2024-03-04T17:00:00+07:00"
    assert shown["end_at"] == "2024-03-04T10:00:00+07:00" and shown["timing"] == "on_time"
    code, out, _ = cli("dossier", "show", "000.00.14.H56-260610-010007", "--json")
    assert json.loads(out)["appointment_at"] == "2026-06-19T09:00:00+07:00"
    code, out, _ = cli("dossier", "find", "dang thi binh", "--json")
    found = json.loads(out)
    assert [d["code"] for d in found] == ["000.00.14.H56-260605-030001"]
    assert found[0]["status"] == "processing"

    after_first = _state(desk)
    code, out, err = cli("import", "book", str(good))
    assert code == 0, err
    assert "Đã nhập 0 hồ sơ; bỏ qua 3 hồ sơ đã có" in out
    assert _state(desk)["dossiers"] == after_first["dossiers"]
    assert _state(desk)["outbox"] == after_first["outbox"]


def test_csv_with_semicolons_and_any_header_spelling(desk, cli, tmp_path):
    lines = [";".join(["stt", "ma ho so", "NGƯỜI NỘP ", "thu tuc", "tiep nhan", "tinh trang",
                       "ket thuc xu ly"]),
             "1;;Nguyễn Thị Ánh;khai-sinh;03/11/2026 08:00;Đã xử lý xong;03/11/2026 09:30",
             "2;;Trần Văn Bảo;khai-sinh;03/11/2026 08:10;;"]
    path = tmp_path / "so.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    code, out, err = cli("import", "book", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["added"], data["by_state"]) == (2, {"Được tiếp nhận": 1, "Đã xử lý xong": 1})


@pytest.mark.parametrize("name, content, message", [
    ("so.txt", b"x", "phải là sổ Excel"),
    ("so.xlsx", b"not a zip", "Không đọc được tệp Excel"),
    ("so.csv", "Người nộp;Tiếp nhận\n".encode("cp1258", "replace") + b"\xff\xfe", "UTF-8"),
    ("so.csv", "Họ tên;Ngày\nAn;01/01/2026\n".encode(), "Không thấy dòng tiêu đề"),
    ("so.csv", "STT;Người nộp;Kênh;Tiếp nhận\n1;An;;01/01/2026\n".encode(), "thiếu cột bắt buộc: Thủ tục"),
])
def test_unreadable_files_refused(desk, cli, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = _state(desk)
    code, out, err = cli("import", "book", str(path))
    assert code == 2 and message in err and "Traceback" not in err
    assert _state(desk) == before


def test_template_header_is_what_the_import_reads(desk, cli, tmp_path):
    code, _, err = cli("export", "template", "--out", str(tmp_path / "mau.xlsx"))
    assert code == 0, err
    code, _, err = cli("import", "book", str(tmp_path / "mau.xlsx"), "--dry-run")
    assert code == 2 and "không có dòng hồ sơ nào" in err
    assert TITLES[0] == "STT"

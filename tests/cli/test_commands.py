"""Every command of issue 2 run as a person would: a real subprocess on a real data directory.

The CLI reads the wall clock, so receipt times are chosen relative to today's date."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import VN_TZ, now_vn
from desktop.core.summary import COUNT_KEYS
from desktop.paths import db_path
from desktop.storage.migrations import CURRENT_VERSION
from tests.conftest import db_fingerprint

ISO_VN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
CODE = re.compile(r"^000\.00\.14\.H56-\d{6}-01\d{4,}$")
SLUGS = ["khai-sinh", "ket-hon", "khai-tu", "lien-thong-khai-sinh", "chung-thuc-ban-sao",
         "chung-thuc-chu-ky", "thuong-tru", "tam-tru"]


def past_working_day(back: int = 3) -> date:
    """A working day at least ``back`` days ago, so its 09:00 is in the past."""
    calendar, day = WorkCalendar(), now_vn().date() - timedelta(days=back)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def fingerprint(data_dir):
    conn = sqlite3.connect(db_path(data_dir))
    try:
        return db_fingerprint(conn)
    finally:
        conn.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ready(cli):
    code, out, err = cli("setup", "--commune", "70", "--agency-id", "000.00.14.H56", "--desk", "1")
    assert code == 0, err
    assert "Phường Hoàn Kiếm" in out and "quầy 01" in out
    return cli


def add_json(cli, *extra):
    code, out, err = cli("dossier", "add", "--procedure", "tam-tru", "--applicant", "Nguyễn Văn An",
                         "--channel", "direct", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def assert_refused(result, *, contains=None):
    code, out, err = result
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("motcua: "), err
    assert "Traceback" not in err and out == ""
    if contains:
        assert contains in lines[0]


def test_help_lists_every_command(cli):
    code, out, _ = cli("--help")
    assert code == 0
    for command in ("gui", "setup", "dossier", "summary", "checklist", "demo", "backup"):
        assert command in out


def test_dossier_add_json(ready):
    day = past_working_day()
    data = add_json(ready, "--received", f"{day}T09:00", "--id-number", "001090123456",
                    "--phone", "0912345678", "--address", "Thôn Đông")
    assert CODE.match(data["code"]) and data["code"].split("-")[1] == f"{day:%y%m%d}"
    assert data["status"] == "received" and data["state"] == 2
    assert data["received_at"] == f"{day}T09:00:00+07:00"
    expected = WorkCalendar().appointment(datetime.combine(day, datetime.min.time(), VN_TZ)
                                          .replace(hour=9), 3)
    assert data["appointment_at"] == expected.isoformat()
    assert ISO_VN.match(data["appointment_at"])


def test_dossier_add_default_now_and_text_output(ready):
    data = add_json(ready, "--channel", "online")
    assert data["status"] == "registered" and ISO_VN.match(data["received_at"])
    received = datetime.fromisoformat(data["received_at"])
    assert abs((received - now_vn()).total_seconds()) < 120
    code, out, err = ready("dossier", "add", "--procedure", "khai-sinh", "--applicant", "Lê Thị Hồng",
                           "--channel", "postal")
    assert code == 0, err
    assert re.match(r"^000\.00\.14\.H56-\d{6}-01\d{4}  hẹn trả \d{2}:\d{2} \d{2}/\d{2}/\d{4}  "
                    r"\(Được tiếp nhận\)$", out.strip())


def test_seed_catalogue_slugs(ready):
    for slug in SLUGS:
        code, out, err = ready("dossier", "add", "--procedure", slug, "--applicant", "Võ Bình",
                               "--channel", "direct", "--received", f"{past_working_day()}T08:00",
                               "--json")
        assert code == 0, err
        assert json.loads(out)["procedure"] == slug


def test_set_status_by_number_and_slug_then_show(ready):
    day = past_working_day()
    code = add_json(ready, "--received", f"{day}T09:00")["code"]
    assert ready("dossier", "set-status", code, "4", "--at", f"{day}T09:30")[0] == 0
    result = ready("dossier", "set-status", code, "supplement_requested", "--at", f"{day}T10:00",
                   "--note", "Thiếu bản sao", "--json")
    assert result[0] == 0 and json.loads(result[1])["status"] == "supplement_requested"
    assert ready("dossier", "set-status", code, "processing", "--at", f"{day}T11:00")[0] == 0
    assert ready("dossier", "set-status", code, "9", "--at", f"{day}T14:00")[0] == 0
    rc, out, err = ready("dossier", "set-status", code, "returned")
    assert rc == 0 and out.strip() == f"{code}: Đã trả kết quả"
    rc, out, err = ready("dossier", "show", code, "--json")
    shown = json.loads(out)
    assert shown["status"] == "returned" and shown["timing"] == "early"
    assert [e["to"] for e in shown["events"]] == ["received", "processing", "supplement_requested",
                                                   "processing", "resolved", "returned"]
    assert shown["events"][2]["note"] == "Thiếu bản sao" and ISO_VN.match(shown["events"][1]["at"])
    # The pause of one working hour moved the appointment by one working hour.
    assert shown["appointment_at"] != add_json(ready, "--received", f"{day}T09:00")["appointment_at"]
    rc, out, err = ready("dossier", "show", code)
    assert rc == 0 and "Kết quả:       Trước hạn" in out and "Yêu cầu bổ sung giấy tờ" in out


def test_second_supplement_warns(ready):
    day = past_working_day()
    code = add_json(ready, "--received", f"{day}T09:00")["code"]
    for state, hour in (("5", 10), ("4", 11), ("5", 14)):
        rc, out, err = ready("dossier", "set-status", code, state, "--at", f"{day}T{hour}:00",
                             "--note", "Thiếu bản sao")
        assert rc == 0
    assert "lần yêu cầu bổ sung thứ hai" in err and "quá hạn" in err


def test_find(ready):
    day = past_working_day()
    for name, phone in (("Đặng Thị Đào", "0987654321"), ("Nguyễn Văn An", "0912345678")):
        ready("dossier", "add", "--procedure", "khai-sinh", "--applicant", name, "--phone", phone,
              "--channel", "direct", "--received", f"{day}T09:00")
    rc, out, _ = ready("dossier", "find", "dang", "--json")
    assert rc == 0 and [d["applicant"] for d in json.loads(out)] == ["Đặng Thị Đào"]
    rc, out, _ = ready("dossier", "find", "nguyen van an")
    assert rc == 0 and "Nguyễn Văn An" in out and "Đặng" not in out
    rc, out, _ = ready("dossier", "find", "0987654321", "--limit", "1", "--json")
    assert [d["phone"] for d in json.loads(out)] == ["0987654321"]
    rc, out, _ = ready("dossier", "find", "không có ai")
    assert rc == 0 and out.strip() == "Không tìm thấy hồ sơ nào."
    assert_refused(ready("dossier", "find", "an", "--limit", "0"), contains="--limit")


def test_summary_json_and_table(ready):
    day = past_working_day()
    add_json(ready, "--received", f"{day}T09:00")
    ready("dossier", "add", "--procedure", "khai-sinh", "--applicant", "Lê An", "--channel", "online",
          "--received", f"{day}T20:00")
    rc, out, err = ready("summary", "--from", str(day), "--to", str(day), "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["from"] == data["to"] == str(day)
    assert {r["field"] for r in data["rows"]} == {"cu-tru", "ho-tich"}
    for row in [*data["rows"], data["total"]]:
        assert set(COUNT_KEYS) | {"online_rate", "on_time_rate"} <= set(row)
    assert data["total"]["received_total"] == 2 and data["total"]["received_online"] == 1
    assert data["total"]["online_rate"] == 0.5 and "online_rate" in data and "on_time_rate" in data
    rc, out, _ = ready("summary", "--from", str(day), "--to", str(day))
    assert rc == 0 and "Tổng số" in out and "Tỷ lệ trực tuyến: 50,0%" in out


def test_checklist(ready):
    rc, out, _ = ready("checklist", "list", "--json")
    data = json.loads(out)
    assert rc == 0 and data["green"] is False and len(data["items"]) >= 16
    rc, out, _ = ready("checklist", "set", "1", "done", "--note", "Quyết định 12/QĐ")
    assert rc == 0 and out.startswith("Tiêu chí 1: ")
    rc, out, _ = ready("checklist", "list")
    assert rc == 0 and "[x]  1." in out and "CHƯA XANH" in out
    assert_refused(ready("checklist", "set", "999", "done"), contains="999")


def test_backup_and_backup_to(ready, tmp_path):
    rc, out, _ = ready("backup")
    assert rc == 0 and "backups" in out
    target = tmp_path / "usb" / "motcua-sao-luu.sqlite3"
    rc, out, _ = ready("backup", "--to", str(target))
    assert rc == 0 and str(target) in out
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM procedures").fetchone()[0] >= 8
    conn.close()


def test_demo(cli, data_dir):
    rc, out, err = cli("demo", "--dossiers", "300")
    assert rc == 0, err
    assert "Đã tạo 300 hồ sơ mẫu" in out
    rc, out, _ = cli("summary", "--from", str(now_vn().date() - timedelta(days=40)),
                     "--to", str(now_vn().date()), "--json")
    assert rc == 0 and json.loads(out)["total"]["received_total"] >= 300
    assert_refused(cli("demo", "--dossiers", "10"), contains="dữ liệu mẫu")


# -- bad input: exit 2, one Vietnamese line, nothing written -------------------------------
BAD = {
    "unknown procedure": (["dossier", "add", "--procedure", "lam-so-do", "--applicant", "An",
                           "--channel", "direct"], "lam-so-do"),
    "malformed ID": (["dossier", "add", "--procedure", "tam-tru", "--applicant", "An",
                      "--channel", "direct", "--id-number", "12345"], "12 chữ số"),
    "bad phone": (["dossier", "add", "--procedure", "tam-tru", "--applicant", "An",
                   "--channel", "direct", "--phone", "912345678"], "10 chữ số"),
    "name with digits": (["dossier", "add", "--procedure", "tam-tru", "--applicant", "An 2",
                          "--channel", "direct"], "chữ số"),
    "bad receipt time": (["dossier", "add", "--procedure", "tam-tru", "--applicant", "An",
                          "--channel", "direct", "--received", "23/11/2026 9h"], "YYYY-MM-DDTHH:MM"),
    "future receipt": (["dossier", "add", "--procedure", "tam-tru", "--applicant", "An",
                        "--channel", "direct", "--received", "2099-01-01T09:00"], "tương lai"),
    "bad channel": (["dossier", "add", "--procedure", "tam-tru", "--applicant", "An",
                     "--channel", "fax"], "lỗi cú pháp"),
    "unknown code": (["dossier", "set-status", "000.00.14.H56-990101-019999", "4"], "Không tìm thấy"),
    "bad state": (["dossier", "set-status", "X", "11"], "Trạng thái không hợp lệ"),
    "show unknown": (["dossier", "show", "X-1"], "Không tìm thấy"),
    "bad summary date": (["summary", "--from", "2026-13-01", "--to", "2026-12-01"], "YYYY-MM-DD"),
    "reversed period": (["summary", "--from", "2026-11-02", "--to", "2026-11-01"], "Ngày kết thúc"),
    "bad commune": (["setup", "--commune", "99999999", "--agency-id", "000.00.14.H56", "--desk", "1"],
                    "99999999"),
    "bad desk": (["setup", "--commune", "70", "--agency-id", "000.00.14.H56", "--desk", "100"], "quầy"),
    "bad checklist state": (["checklist", "set", "1", "xong"], "lỗi cú pháp"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_refused_and_nothing_written(ready, data_dir, case):
    add_json(ready, "--received", f"{past_working_day()}T09:00")
    args, contains = BAD[case]
    before = fingerprint(data_dir)
    assert_refused(ready(*args), contains=contains)
    assert fingerprint(data_dir) == before


def test_illegal_transition_refused_and_nothing_written(ready, data_dir):
    code = add_json(ready, "--received", f"{past_working_day()}T09:00")["code"]
    assert ready("dossier", "set-status", code, "withdrawn", "--note", "Công dân xin rút")[0] == 0
    before = fingerprint(data_dir)
    assert_refused(ready("dossier", "set-status", code, "processing"), contains="trạng thái cuối")
    assert_refused(ready("dossier", "set-status", code, "7"), contains="trạng thái cuối")
    assert fingerprint(data_dir) == before


def test_no_setup_yet(cli, data_dir):
    assert_refused(cli("dossier", "add", "--procedure", "tam-tru", "--applicant", "An",
                       "--channel", "direct"), contains="motcua setup")
    assert fingerprint(data_dir)["dossiers"][0] == 0
    assert fingerprint(data_dir)["outbox"][0] == 0


def test_newer_file_refused_with_exit_1_and_untouched(ready, data_dir):
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = digest(db_path(data_dir))
    code, out, err = ready("dossier", "find", "an")
    assert code == 1 and "mới hơn" in err and str(db_path(data_dir)) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert digest(db_path(data_dir)) == before


@pytest.mark.parametrize("damage", ["header", "pages"])
def test_corrupt_file_at_start(ready, data_dir, damage):
    path = db_path(data_dir)
    data = bytearray(path.read_bytes())
    if damage == "header":
        data[:16] = b"\x00" * 16
    else:
        data[100:] = b"\xee" * (len(data) - 100)
    path.write_bytes(bytes(data))
    before = digest(path)
    backups = sorted((data_dir / "backups").glob("motcua-*.sqlite3"))
    code, out, err = ready("dossier", "find", "an")
    assert code not in (0, 2) and "Traceback" not in err
    assert str(path) in err and str(backups[-1]) in err
    assert digest(path) == before


def test_lookalike_digits_are_found_by_ascii_digits_and_a_bidi_override_is_refused(
        ready, data_dir):
    code, _, err = ready("dossier", "add", "--procedure", "khai-sinh", "--applicant",
                         "Trần Thị Mai", "--channel", "direct", "--id-number",
                         "０７９１２３４５６７８９", "--phone", "0٩١٢٣٤٥٦٧٨", "--json")
    assert code == 0, err
    for query in ("079123456789", "0912345678", "０９１２"):
        assert "Trần Thị Mai" in ready("dossier", "find", query)[1], query
    before = fingerprint(data_dir)
    code, _, err = ready("dossier", "add", "--procedure", "khai-sinh", "--applicant",
                         "Trần Thị \u202eiaM", "--channel", "direct")
    assert code == 2
    assert "ký tự điều khiển hoặc ký tự ẩn" in err and "Traceback" not in err
    assert fingerprint(data_dir) == before

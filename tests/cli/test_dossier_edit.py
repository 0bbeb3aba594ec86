"""``motcua dossier edit`` as a person types it: a real subprocess on a real data directory."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import VN_TZ
from desktop.paths import db_path
from tests.cli.test_commands import add_json, assert_refused, fingerprint, past_working_day, ready  # noqa: F401


def test_edit_every_field_then_show_lists_the_correction(ready):  # noqa: F811
    day = past_working_day()
    code = add_json(ready, "--received", f"{day}T09:00", "--phone", "0912345678")["code"]
    rc, out, err = ready(
        "dossier", "edit", code, "--reason", "Công dân báo sai thông tin",
        "--applicant", "Nguyễn Văn Ân", "--id-number", "001090123456", "--phone", "",
        "--address", "Thôn Đoài", "--email", "an@example.vn", "--authorised", "Lê Thị Hoa",
        "--procedure", "thuong-tru", "--channel", "postal", "--received", f"{day}T08:00",
        "--document", "Tờ khai CT01", "--document", "Bản sao CCCD", "--sets", "2", "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["code"] == code  # the code never changes
    assert (data["applicant"], data["phone"], data["channel"], data["sets"]) == (
        "Nguyễn Văn Ân", None, "postal", 2)
    assert data["documents"] == ["Tờ khai CT01", "Bản sao CCCD"]
    received = datetime.combine(day, datetime.min.time(), VN_TZ).replace(hour=8)
    assert data["appointment_at"] == WorkCalendar().appointment(received, 7).isoformat()
    changes = data["correction"]["changes"]
    assert changes["applicant"] == {"old": "Nguyễn Văn An", "new": "Nguyễn Văn Ân"}
    assert changes["phone"] == {"old": "0912345678", "new": None}
    assert changes["procedure"] == {"old": "tam-tru", "new": "thuong-tru"}
    assert changes["received_at"]["new"] == f"{day}T08:00:00+07:00"
    assert "appointment_at" in changes and data["correction"]["note"] == "Công dân báo sai thông tin"

    rc, out, err = ready("dossier", "show", code, "--json")
    shown = json.loads(out)
    assert [e["kind"] for e in shown["events"]] == ["received", "correction"]
    assert shown["corrections"] == [shown["events"][1]]
    assert shown["corrections"][0]["to"] == "received"  # the state stays
    rc, out, err = ready("dossier", "show", code)
    assert rc == 0 and "Sửa thông tin" in out and "Người nộp: Nguyễn Văn An → Nguyễn Văn Ân" in out
    assert "lý do: Công dân báo sai thông tin" in out


def test_edit_text_output_and_a_returned_dossier(ready):  # noqa: F811
    day = past_working_day()
    code = add_json(ready, "--received", f"{day}T09:00")["code"]
    for state in ("processing", "resolved", "returned"):
        assert ready("dossier", "set-status", code, state)[0] == 0
    rc, out, err = ready("dossier", "edit", code, "--reason", "Sai tên", "--applicant",
                         "Nguyễn Văn Ăn")
    assert rc == 0, err
    assert out.strip() == f"{code}: đã sửa — Người nộp: Nguyễn Văn An → Nguyễn Văn Ăn"


def test_edit_refusals_exit_2_in_vietnamese_and_write_nothing(ready, data_dir):  # noqa: F811
    day = past_working_day()
    code = add_json(ready, "--received", f"{day}T09:00")["code"]
    before = fingerprint(data_dir)
    assert_refused(ready("dossier", "edit", code, "--applicant", "X Y"), contains="--reason")
    assert_refused(ready("dossier", "edit", code, "--reason", " ", "--sets", "2"),
                   contains="Phải ghi lý do sửa thông tin")
    assert_refused(ready("dossier", "edit", code, "--reason", "Sửa"),
                   contains="Không có thông tin nào thay đổi")
    assert_refused(ready("dossier", "edit", code, "--reason", "Sửa", "--phone", "12"),
                   contains="Số điện thoại")
    assert_refused(ready("dossier", "edit", code, "--reason", "Sửa", "--received", "hôm qua"),
                   contains="YYYY-MM-DDTHH:MM")
    assert_refused(ready("dossier", "edit", code, "--reason", "Sửa", "--procedure", "xyz"),
                   contains="Không có thủ tục")
    assert_refused(ready("dossier", "edit", "000.00.14.H56-200101-019999", "--reason", "Sửa",
                         "--sets", "2"), contains="Không tìm thấy")
    assert fingerprint(data_dir) == before
    conn = sqlite3.connect(db_path(data_dir))
    try:
        assert conn.execute("SELECT count(*) FROM dossier_events WHERE kind = 'correction'").fetchone()[0] == 0
    finally:
        conn.close()


def test_help_is_vietnamese_through_and_through(cli):
    for args in (("--help",), ("dossier", "edit", "--help"), ("dossier", "--help")):
        code, out, err = cli(*args)
        assert code == 0, err
        assert out.startswith("cách dùng: motcua")
        for english in ("usage:", "options:", "positional arguments", "show this help",
                        "show program's version"):
            assert english not in out, (args, english)
    code, out, _ = cli("dossier", "edit", "--help")
    assert "--reason TEXT" in out and "--received YYYY-MM-DDTHH:MM" in out
    code, _, err = cli("dossier", "edit", "X", "--sets", "hai", "--reason", "r")
    assert code == 2 and "không phải số nguyên" in err and "invalid" not in err

"""The paper-set commands exactly as the issue writes them, run as a person would (a real
subprocess), at a chosen moment through ``faketime`` so "after now" rules are tested from outside."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.test_commands import assert_refused, fingerprint
from tests.conftest import REPO_ROOT

#: Thu 19/11/2026 10:00 in Vietnam (03:00 UTC).
NOW_UTC = "2026-11-19 03:00:00"


@pytest.fixture
def at_now(data_dir):
    def run(*args: str) -> tuple[int, str, str]:
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8", TZ="UTC")
        env.pop("MOTCUA_DATA_DIR", None)
        done = subprocess.run(
            ["faketime", "-f", NOW_UTC, sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
             *args], capture_output=True, text=True, encoding="utf-8", timeout=120,
            cwd=REPO_ROOT, env=env)
        return done.returncode, done.stdout, done.stderr

    assert run("setup", "--commune", "70", "--agency-id", "000.00.14.H56", "--desk", "1",
               "--officer", "Lê Thị Mỹ Hạnh")[0] == 0
    for name, role in (("Lê Thị Mỹ Hạnh", "desk"), ("Nguyễn Văn Chuyên", "specialist"),
                       ("Trần Văn Ưng", "leader")):
        assert run("staff", "add", name, "--role", role)[0] == 0
    return run


def receive(run, received: str, procedure: str = "tam-tru", channel: str = "direct") -> dict:
    rc, out, err = run("dossier", "add", "--procedure", procedure, "--applicant", "Bùi Thị Quỳnh",
                       "--channel", channel, "--received", received, "--json")
    assert rc == 0, err
    return json.loads(out)


def test_moves_needing_a_reason_exit_2_without_note_and_write_nothing(at_now, data_dir):
    code = receive(at_now, "2026-11-18T09:00")["code"]
    online = receive(at_now, "2026-11-18T09:00", "khai-sinh", "online")["code"]
    before = fingerprint(data_dir)
    for state in ("stopped", "withdrawn", "supplement_requested", "5", "8"):
        assert_refused(at_now("dossier", "set-status", code, state), contains="cần ghi rõ lý do")
    for state in ("refused", "3", "withdrawn"):
        assert_refused(at_now("dossier", "set-status", online, state, "--note", " "),
                       contains="cần ghi rõ lý do")
    assert fingerprint(data_dir) == before


def test_supplement_request_with_missing_papers_then_its_paper(at_now, data_dir, tmp_path):
    code = receive(at_now, "2026-11-18T09:00")["code"]
    rc, out, err = at_now("dossier", "set-status", code, "supplement_requested",
                          "--note", "Hồ sơ thiếu", "--missing", "Tờ khai CT01: thiếu chữ ký",
                          "--missing", "Giấy tờ chứng minh chỗ ở", "--basis", "Điều 28 Luật Cư trú")
    assert rc == 0, err
    shown = json.loads(at_now("dossier", "show", code, "--json")[1])
    assert shown["supplement_requests"] == [{
        "at": "2026-11-19T10:00:00+07:00", "reason": "Hồ sơ thiếu", "basis": "Điều 28 Luật Cư trú",
        "missing": [{"name": "Tờ khai CT01", "reason": "thiếu chữ ký"},
                    {"name": "Giấy tờ chứng minh chỗ ở", "reason": ""}]}]
    rc, out, err = at_now("print", "supplement", code, "--out", str(tmp_path / "02.pdf"))
    assert rc == 0 and (tmp_path / "02.pdf").exists(), err
    text = subprocess.run(["pdftotext", str(tmp_path / "02.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "Tờ khai CT01" in text and "thiếu chữ ký" in text and "Điều 28 Luật Cư trú" in text


def test_papers_that_do_not_apply_exit_2_and_write_nothing(at_now, data_dir, tmp_path):
    code = receive(at_now, "2026-11-18T09:00")["code"]
    before = fingerprint(data_dir)
    for paper, words in (("refusal", "không bị từ chối"), ("apology", "chưa được hẹn lại"),
                         ("stop", "không bị dừng"), ("supplement", "chưa từng")):
        assert_refused(at_now("print", paper, code, "--out", str(tmp_path / "x.pdf")),
                       contains=words)
    assert not (tmp_path / "x.pdf").exists() and fingerprint(data_dir) == before
    assert_refused(at_now("dossier", "set-status", code, "processing", "--basis", "x"),
                   contains="--basis")


def test_refusal_and_stop_papers(at_now, tmp_path):
    online = receive(at_now, "2026-11-19T08:00", "khai-sinh", "online")["code"]
    assert at_now("dossier", "set-status", online, "refused", "--note", "Không thuộc thẩm quyền",
                  "--basis", "Điều 13 Luật Hộ tịch")[0] == 0
    assert at_now("print", "refusal", online, "--out", str(tmp_path / "03.pdf"))[0] == 0
    reasons = json.loads(at_now("dossier", "show", online, "--json")[1])["reasons"]
    assert reasons["refused"]["reason"] == "Không thuộc thẩm quyền"
    assert reasons["refused"]["basis"] == "Điều 13 Luật Hộ tịch"
    code = receive(at_now, "2026-11-18T09:00")["code"]
    assert at_now("dossier", "set-status", code, "stopped", "--note", "Công dân đề nghị")[0] == 0
    rc, out, err = at_now("print", "stop", code, "--out", str(tmp_path / "05.pdf"))
    assert rc == 0 and out.strip() == f"Đã lưu {tmp_path / '05.pdf'}"


def test_reschedule_as_written(at_now, data_dir, tmp_path):
    # tạm trú received Mon 16/11 09:00: appointment Thu 19/11 09:00, one hour ago.
    code = receive(at_now, "2026-11-16T09:00")["code"]
    before = fingerprint(data_dir)
    for to, words in (("2026-11-19T09:30", "sau thời điểm hiện tại"),
                      ("2026-11-20T12:00", "ngoài giờ làm việc"),
                      ("2026-11-21T09:00", "ngoài giờ làm việc"),
                      ("20/11/2026", "YYYY-MM-DDTHH:MM")):
        assert_refused(at_now("dossier", "reschedule", code, "--to", to, "--reason", "Chờ"),
                       contains=words)
    assert fingerprint(data_dir) == before
    rc, out, err = at_now("dossier", "reschedule", code, "--to", "2026-11-20T15:00",
                          "--reason", "Chờ xác minh", "--json")
    assert rc == 0, err
    moved = json.loads(out)
    assert moved["appointment_at"] == "2026-11-19T09:00:00+07:00"
    assert moved["rescheduled_to"] == "2026-11-20T15:00:00+07:00" and moved["overdue"]
    assert at_now("print", "apology", code, "--out", str(tmp_path / "04.pdf"))[0] == 0
    shown = json.loads(at_now("dossier", "show", code, "--json")[1])
    assert shown["reschedules"] == [{"at": "2026-11-19T10:00:00+07:00", "reason": "Chờ xác minh",
                                     "rescheduled_to": "2026-11-20T15:00:00+07:00",
                                     "previous": "2026-11-19T09:00:00+07:00"}]
    rc, out, err = at_now("dossier", "show", code)
    assert "Hẹn trả:       09:00 19/11/2026" in out and "Hẹn lại:       15:00 20/11/2026" in out


def test_staff_and_handover_chain_as_written(at_now, data_dir, tmp_path):
    rc, out, err = at_now("staff", "list", "--json")
    assert [(m["name"], m["role"]) for m in json.loads(out)] == [
        ("Lê Thị Mỹ Hạnh", "desk"), ("Nguyễn Văn Chuyên", "specialist"), ("Trần Văn Ưng", "leader")]
    code = receive(at_now, "2026-11-16T08:00")["code"]
    before = fingerprint(data_dir)
    assert_refused(at_now("dossier", "handover", code, "--to", "Người Lạ"),
                   contains="không có trong danh sách cán bộ")
    assert_refused(at_now("staff", "add", "X", "--role", "boss"))
    assert fingerprint(data_dir) == before
    for to, at in (("Nguyễn Văn Chuyên", "2026-11-16T09:00"), ("Trần Văn Ưng", "2026-11-18T09:00")):
        assert at_now("dossier", "handover", code, "--to", to, "--at", at)[0] == 0
    rc, out, err = at_now("dossier", "handover", code, "--to", "Lê Thị Mỹ Hạnh", "--at",
                          "2026-11-18T16:00", "--note", "Đã ký", "--resolved")
    assert rc == 0 and out.strip() == f"{code}: đang ở Lê Thị Mỹ Hạnh (Đã xử lý xong)", err
    shown = json.loads(at_now("dossier", "show", code, "--json")[1])
    assert shown["status"] == "resolved" and shown["holder"] == "Lê Thị Mỹ Hạnh"
    # tạm trú, 3 days: desk ½ day (08:00 + 3 h 45 min of working time: 13:45 16/11),
    # specialist 2 days (due 09:00 18/11),
    # leader ½ day from 09:00 18/11 (2 h 30 min + 1 h 15 min: 14:45), handed back 16:00: late.
    assert [(s["giver_role"], s["due_at"], s["timing"]) for s in shown["steps"]] == [
        ("desk", "2026-11-16T13:45:00+07:00", "on_time"),
        ("specialist", "2026-11-18T09:00:00+07:00", "on_time"),
        ("leader", "2026-11-18T14:45:00+07:00", "late")]
    assert at_now("print", "control", code, "--out", str(tmp_path / "06.pdf"))[0] == 0
    assert at_now("staff", "remove", "Trần Văn Ưng")[0] == 0
    assert "Trần Văn Ưng" not in at_now("staff", "list")[1]

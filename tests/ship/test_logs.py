"""The log file helps IT staff and never holds a citizen's details or a token."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from desktop import logs
from desktop.cli import run

PERSON = {"applicant": "Đặng Thị Hương", "id_number": "001190012345", "phone": "0912345678",
          "address": "Số 7 ngõ Hòa Bình, Tổ dân phố 3", "email": "huong.dang@example.vn",
          "note": "Gọi lại số 0987654321 khi có kết quả"}


@pytest.mark.parametrize(("text", "secret"), [
    ("id 001190012345 rejected", "001190012345"),
    ("call 0912345678", "0912345678"),
    ("call +84912345678", "+84912345678"),
    ("Authorization: Bearer eyJhbGciOi.abc-DEF_123", "eyJhbGciOi"),
    ("token=s3cr3t-value", "s3cr3t-value"),
    ("{'token': 'abcdef123456'}", "abcdef123456"),
    ("mail huong.dang@example.vn", "huong.dang@example.vn"),
])
def test_redact_removes_personal_data_and_tokens(text, secret):
    assert secret not in logs.redact(text)


@pytest.mark.parametrize("text", [
    "dossier 000.00.14.H56-250915-010001: state 2 -> 4",
    "epoch 1757898000 seq 42",
    "/home/clerk/.local/share/motcua/backups/motcua-20250915-080000.sqlite3",
])
def test_redact_keeps_codes_times_and_paths(text):
    assert logs.redact(text) == text


def test_exception_text_is_redacted_in_the_file(log_dir):
    path = logs.setup()
    try:
        raise ValueError(f"bad phone {PERSON['phone']} for {PERSON['email']}")
    except ValueError:
        logging.getLogger("desktop.test").exception("while saving with token=%s", "tok-999")
    text = path.read_text(encoding="utf-8")
    assert "ValueError: bad phone [số điện thoại]" in text
    for secret in (PERSON["phone"], PERSON["email"], "tok-999"):
        assert secret not in text


def test_log_folder_order_of_precedence(tmp_path, log_dir, monkeypatch):
    assert logs.setup() == log_dir / logs.LOG_FILENAME
    assert logs.setup(tmp_path / "flag") == tmp_path / "flag" / logs.LOG_FILENAME
    monkeypatch.delenv("MOTCUA_LOG_DIR")
    assert logs.log_dir() == logs.default_log_dir()


def test_unwritable_log_folder_does_not_stop_the_command(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code = run(["--data-dir", str(tmp_path / "data"), "--log-dir", str(blocker / "logs"),
                "checklist", "list"])
    assert code == 0
    assert "Trạng thái:" in capsys.readouterr().out
    assert logs.current_log_file() is None


def test_full_run_leaves_no_personal_data_in_the_log(tmp_path, log_dir, capsys):
    """Demo data plus a real dossier typed at the CLI, moved, found and reported."""
    data = str(tmp_path / "data")
    assert run(["--data-dir", data, "demo", "--dossiers", "300"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", data, "dossier", "add", "--procedure", "thuong-tru",
                "--channel", "direct", "--applicant", PERSON["applicant"],
                "--id-number", PERSON["id_number"], "--phone", PERSON["phone"],
                "--address", PERSON["address"], "--email", PERSON["email"],
                "--note", PERSON["note"]]) == 0
    code = capsys.readouterr().out.split()[0]
    steps = [
        ["dossier", "set-status", code, "processing", "--note", PERSON["note"]],
        ["dossier", "set-status", code, "supplement_requested", "--note", f"Gọi {PERSON['phone']}"],
        ["dossier", "find", "dang thi huong"], ["dossier", "find", PERSON["phone"]],
        ["dossier", "find", PERSON["id_number"]], ["dossier", "show", code, "--json"],
        ["summary", "--from", "2020-01-01", "--to", "2030-12-31"],
        ["checklist", "set", "4", "done", "--note", f"Liên hệ {PERSON['phone']}"],
        ["backup"], ["backups"],
    ]
    for step in steps:
        assert run(["--data-dir", data, *step]) == 0, step
    # Refused input quotes what was typed back to the clerk, but not into the log.
    assert run(["--data-dir", data, "dossier", "add", "--procedure", "khai-sinh",
                "--channel", "direct", "--applicant", "Vũ Văn Sai", "--phone", "0912 34"]) == 2
    assert run(["--data-dir", data, "dossier", "show", "Đặng Thị Hương"]) == 2
    capsys.readouterr()

    text = "\n".join(p.read_text(encoding="utf-8") for p in log_dir.glob("motcua.log*"))
    assert f"dossier {code} received: thuong-tru" in text
    assert f"dossier {code}: state 4 -> 5" in text
    assert "command dossier add: refused input" in text
    forbidden = {*PERSON.values(), "Vũ Văn Sai", "0912 34", "Liên hệ", "Gọi"}
    with sqlite3.connect(tmp_path / "data" / "motcua.sqlite3") as conn:
        for row in conn.execute("SELECT applicant, id_number, phone, address FROM dossiers"):
            forbidden.update(v for v in row if v)
    assert len(forbidden) > 600
    leaked = sorted(v for v in forbidden if v in text)
    assert leaked == []


def test_log_dir_flag_alone_still_opens_the_window():
    from desktop.__main__ import with_default_command

    assert with_default_command(["--log-dir", "/x"]) == ["--log-dir", "/x", "gui"]
    assert with_default_command(["--data-dir=/d", "--log-dir=/x"])[-1] == "gui"
    assert with_default_command(["--log-dir", "/x", "backups"])[-1] == "backups"

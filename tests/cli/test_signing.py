"""``motcua sign …``, ``print … --sign`` and ``verify`` as typed at a terminal (real
subprocesses; the PIN or password on standard input)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.pdf.conftest import add
from tests.sign.checks import pdfsig, tamper_page_content
from tests.sign.pki import HOLDER, P12_PASSWORD


def motcua(data_dir: Path, *args: str, stdin: str = "", env: dict | None = None):
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8",
                       **(env or {}))
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, encoding="utf-8",
                          cwd=REPO_ROOT, env=environment, timeout=120)
    return done.returncode, done.stdout, done.stderr


def refused(result, contains: str) -> None:
    code, out, err = result
    assert code == 2, (out, err)
    assert out == "" and "Traceback" not in err
    assert err.startswith("motcua: ") and contains in err, err


@pytest.fixture
def code(store):
    return add(store, "Đặng Quốc Việt").code


def test_p12_setup_show_print_and_verify(store, data_dir, pki, code, tmp_path):
    result = motcua(data_dir, "sign", "setup", "--p12", str(pki.p12), "--trust",
                    str(pki.root_pem), stdin=P12_PASSWORD + "\n")
    assert result[0] == 0, result
    assert f"Người giữ: {HOLDER}" in result[1] and "Mật khẩu/PIN: hỏi mỗi lần ký" in result[1]
    assert P12_PASSWORD.encode() not in (data_dir / "motcua.sqlite3").read_bytes()

    shown = json.loads(motcua(data_dir, "sign", "show", "--json")[1])
    assert shown["kind"] == "p12" and shown["certificate"]["holder"] == HOLDER
    assert shown["certificate"]["issuer"] == "CA trung gian thử nghiệm"
    assert shown["certificate"]["valid_from"].startswith("2025-01-01")

    out = tmp_path / "giay-hen.pdf"
    result = motcua(data_dir, "print", "receipt", code, "--out", str(out), "--sign",
                    stdin=P12_PASSWORD + "\n")
    assert result[0] == 0, result
    assert f"ký số bởi {HOLDER}, PAdES B-B" in result[1]
    assert "Signature is Valid" in pdfsig(out)

    # The trusted roots come from the set-up when --trust is not given.
    code_, text, _ = motcua(data_dir, "verify", str(out))
    assert code_ == 0 and "HỢP LỆ" in text and "Chứng thư dẫn tới chứng thư gốc tin cậy." in text
    assert f"Ký bởi: {HOLDER}" in text

    changed = tamper_page_content(out, tmp_path / "sua.pdf")
    code_, text, _ = motcua(data_dir, "verify", str(changed), "--trust", str(pki.root_pem))
    assert code_ == 1 and "ĐÃ BỊ THAY ĐỔI" in text

    code_, text, _ = motcua(data_dir, "verify", str(out), "--trust", str(pki.other_root_pem),
                            "--json")
    verdict = json.loads(text)
    assert code_ == 1 and not verdict["ok"] and verdict["signatures"][0]["intact"]
    assert not verdict["signatures"][0]["trusted"]


def test_token_setup_and_print_every_paper(store, data_dir, softhsm, pki, code, tmp_path):
    result = motcua(data_dir, "sign", "setup", "--pkcs11-module", softhsm.module,
                    "--token-label", softhsm.label, "--key-label", softhsm.key_label,
                    stdin=softhsm.pin + "\n")
    assert result[0] == 0, result
    assert f"thiết bị ký số «{softhsm.label}»" in result[1]
    papers = {"receipt": [code], "summary": ["--from", "2026-01-01", "--to", "2026-11-23"],
              "checklist": [], "book": ["--from", "2026-01-01", "--to", "2026-11-23"]}
    for paper, extra in papers.items():
        out = tmp_path / f"{paper}.pdf"
        result = motcua(data_dir, "print", paper, *extra, "--out", str(out), "--sign",
                        stdin=softhsm.pin + "\n")
        assert result[0] == 0, (paper, result)
        code_, text, _ = motcua(data_dir, "verify", str(out), "--trust", str(pki.root_pem))
        assert code_ == 0, (paper, text)


def test_wrong_pin_at_print_writes_nothing(store, data_dir, softhsm, code, tmp_path):
    assert motcua(data_dir, "sign", "setup", "--pkcs11-module", softhsm.module,
                  stdin=softhsm.pin + "\n")[0] == 0
    out = tmp_path / "giay-hen.pdf"
    refused(motcua(data_dir, "print", "receipt", code, "--out", str(out), "--sign",
                   stdin="111111\n"), "Mã PIN của thiết bị ký số không đúng")
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["data"]
    refused(motcua(data_dir, "print", "receipt", code, "--out", str(out), "--sign"),
            "Chưa nhập mã PIN")


def test_remembered_password_is_in_the_keyring_only(store, data_dir, pki, code, tmp_path):
    keyring_env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
                   "XDG_DATA_HOME": str(tmp_path / "keyring")}
    assert motcua(data_dir, "sign", "setup", "--p12", str(pki.p12), "--remember",
                  stdin=P12_PASSWORD + "\n", env=keyring_env)[0] == 0
    assert P12_PASSWORD.encode() not in (data_dir / "motcua.sqlite3").read_bytes()
    out = tmp_path / "giay-hen.pdf"
    result = motcua(data_dir, "print", "receipt", code, "--out", str(out), "--sign",
                    env=keyring_env)  # nothing on stdin: the keyring answers
    assert result[0] == 0, result
    assert motcua(data_dir, "sign", "forget", env=keyring_env)[0] == 0
    refused(motcua(data_dir, "sign", "show"), "Chưa thiết lập chữ ký số")


def test_bad_input_exits_2(store, data_dir, pki, tmp_path, code):
    refused(motcua(data_dir, "sign", "setup", "--p12", str(pki.p12), stdin="sai\n"),
            "Mật khẩu tệp «xa.p12» không đúng")
    refused(motcua(data_dir, "sign", "setup", "--p12", str(pki.expired_p12),
                   stdin=P12_PASSWORD + "\n"), "đã hết hạn")
    refused(motcua(data_dir, "print", "receipt", code, "--out", str(tmp_path / "x.pdf"),
                   "--sign"), "Chưa thiết lập chữ ký số")
    refused(motcua(data_dir, "verify", str(tmp_path / "khong-co.pdf")), "Không có tệp")
    not_pdf = tmp_path / "ghi-chu.pdf"
    not_pdf.write_text("không phải PDF")
    refused(motcua(data_dir, "verify", str(not_pdf)), "không phải tệp PDF đọc được")
    refused(motcua(data_dir, "verify", str(not_pdf), "--trust", str(not_pdf)),
            "không phải chứng thư số")


def test_verify_an_unsigned_paper_exits_1(store, data_dir, code, tmp_path):
    out = tmp_path / "giay-hen.pdf"
    assert motcua(data_dir, "print", "receipt", code, "--out", str(out))[0] == 0
    code_, text, _ = motcua(data_dir, "verify", str(out))
    assert code_ == 1 and text.strip() == "giay-hen.pdf: không có chữ ký số."

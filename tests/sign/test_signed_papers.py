"""Every paper motcua prints, signed with a .p12 and with a real SoftHSM2 token, then checked by
pyHanko, ``motcua verify`` and poppler's ``pdfsig``; one changed byte is caught by all three."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.states import State
from desktop.pdf import (
    render_book,
    render_checklist,
    render_control,
    render_letter,
    render_receipt,
    render_summary,
)  # fmt: skip
from desktop.pdf.spot import recording_spots
from desktop.sign.papers import render_signed
from desktop.sign.setup import configure
from desktop.sign.sources import P12Source, TokenSource
from tests.pdf.conftest import NOW, add, pdftotext
from tests.sign.checks import motcua_verify, pdfsig, pyhanko_status, tamper_page_content
from tests.sign.pki import HOLDER, P12_PASSWORD

PAPERS = ["receipt", "summary", "checklist", "book", "supplement", "control"]


def _papers(store, code: str):  # noqa: ANN202
    first, last = date(2026, 1, 1), NOW.date()
    return {
        "receipt": lambda out: render_receipt(store, code, out, now=NOW),
        "summary": lambda out: render_summary(store, first, last, out, now=NOW),
        "checklist": lambda out: render_checklist(store, out, now=NOW),
        "book": lambda out: render_book(store, first, last, None, out, now=NOW),
        "supplement": lambda out: render_letter(store, "supplement", code, out, now=NOW),
        "control": lambda out: render_control(store, code, out, now=NOW),
    }


@pytest.fixture
def dossier(store):
    """Waiting for a supplement, so form 02 applies besides the papers every dossier has."""
    received = add(store, "Nguyễn Thị Ánh Hường", id_number="001190012345", phone="0912345678",
                   received=NOW - timedelta(hours=3))
    store.dossiers.set_status(received.code, State.SUPPLEMENT_REQUESTED, now=NOW,
                              at=NOW - timedelta(hours=2), note="Hồ sơ chưa đủ thành phần",
                              payload={"missing": [{"name": "Tờ khai CT01", "reason": "Thiếu chữ ký"}],
                                       "basis": "Điều 22 Luật Cư trú 2020"})
    return received


@pytest.fixture(params=["p12", "token"])
def setup(request, store, pki, tmp_path):
    if request.param == "p12":
        source, secret = P12Source(pki.p12), P12_PASSWORD
    else:
        token = request.getfixturevalue("softhsm")
        source, secret = TokenSource(token.module, token.label, token.key_label), token.pin
    return configure(store, source, secret, now=NOW, trust_roots=(str(pki.root_pem),)), secret


@pytest.mark.parametrize("paper", PAPERS)
def test_signed_paper_is_valid_for_three_readers_and_a_changed_byte_for_none(
        store, dossier, setup, pki, tmp_path, paper):
    signing, secret = setup
    render = _papers(store, dossier.code)[paper]
    folder = tmp_path / "papers"
    folder.mkdir()
    plain = render(folder / "plain.pdf")
    signed = render_signed(render, folder / f"{paper}.pdf", signing, secret, now=NOW)
    assert signed.level == "B-B" and signed.holder == HOLDER
    assert sorted(p.name for p in folder.iterdir()) == sorted(["plain.pdf", f"{paper}.pdf"])

    status = pyhanko_status(signed.path, pki.root_pem)
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert status.coverage.name == "ENTIRE_FILE"
    assert len(status.validation_path) == 3  # signer, intermediate, root: the chain came along
    code, verdict = motcua_verify(store.data_dir, signed.path, pki.root_pem)
    assert code == 0 and verdict["ok"] and verdict["signatures"][0]["holder"] == HOLDER
    report = pdfsig(signed.path)
    assert "Signature is Valid" in report and f"Common Name: {HOLDER}" in report
    assert "Total document signed" in report
    box = [f"Ký số bởi: {HOLDER}", "Thời gian: 16:00 23/11/2026"]
    signed_lines = [line for line in pdftotext(signed.path).splitlines() if line.strip()]
    # Same lines, each exact; the box's two lines come on top (poppler may order them apart).
    assert sorted(line for line in signed_lines if line not in box) == sorted(
        line for line in pdftotext(plain).splitlines() if line.strip())
    assert box[0] in signed_lines and box[1] in signed_lines

    changed = tamper_page_content(signed.path, tmp_path / "changed.pdf")
    status = pyhanko_status(changed, pki.root_pem)
    assert not status.intact  # the document digest no longer matches what was signed
    code, verdict = motcua_verify(store.data_dir, changed, pki.root_pem)
    assert code == 1 and not verdict["signatures"][0]["intact"]
    assert "Signature is Valid" not in pdfsig(changed)
    assert "Digest Mismatch" in pdfsig(changed)


def _plain_and_signed(store, dossier, pki, tmp_path, paper):  # noqa: ANN202
    """``plain.pdf`` rendered while recording its signer's place, and ``signed.pdf``."""
    signing = configure(store, P12Source(pki.p12), P12_PASSWORD, now=NOW)
    render = _papers(store, dossier.code)[paper]
    with recording_spots() as spots:
        render(tmp_path / "plain.pdf")
    (spot,) = spots
    return spot, render_signed(render, tmp_path / "signed.pdf", signing, P12_PASSWORD, now=NOW)


@pytest.mark.parametrize("paper", PAPERS)
def test_the_box_sits_where_the_paper_marked_its_signer(store, dossier, pki, tmp_path, paper):
    spot, signed = _plain_and_signed(store, dossier, pki, tmp_path, paper)
    reader = PdfReader(signed.path)
    assert spot.page < len(reader.pages)
    (widget,) = [a.get_object() for a in reader.pages[spot.page]["/Annots"]]
    assert widget["/FT"] == "/Sig" and widget["/T"] == "ChuKySo"
    assert [round(float(v)) for v in widget["/Rect"]] == list(spot.box)
    page_width = float(reader.pages[spot.page].mediabox.width)
    assert spot.left > page_width / 2  # the right-hand block: the one who issues the paper


def test_receipt_box_is_in_the_receivers_block(store, dossier, pki, tmp_path):
    """The words printed just above the box belong to the receiving officer's block."""
    spot, signed = _plain_and_signed(store, dossier, pki, tmp_path, "receipt")
    left, bottom, right, top = spot.box

    above = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-x", str(round(left * 1)), "-y",
         str(round(842 - top - 40)), "-W", str(right - left), "-H", "40", str(signed.path), "-"],
        capture_output=True, text=True, check=True).stdout
    assert "(Ký, ghi rõ họ tên)" in above
    assert "NGƯỜI NỘP" not in above


def test_the_box_shows_on_the_rendered_page(store, dossier, pki, tmp_path):
    """Pixels inside the box: blank on the plain paper, inked (border and text) once signed."""
    spot, signed = _plain_and_signed(store, dossier, pki, tmp_path, "receipt")

    def dark_pixels(pdf: Path) -> int:
        left, bottom, right, top = spot.box
        subprocess.run(["pdftoppm", "-r", "72", "-gray", "-x", str(left + 3), "-y",
                        str(842 - top + 3), "-W", str(right - left - 6), "-H",
                        str(top - bottom - 6), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(tmp_path / pdf.stem)], check=True)
        raw = (tmp_path / f"{pdf.stem}.pgm").read_bytes()
        pixels = raw.split(b"\n", 3)[3]
        return sum(1 for value in pixels if value < 128)

    assert dark_pixels(tmp_path / "plain.pdf") == 0
    assert dark_pixels(signed.path) > 200
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(signed.path), str(tmp_path / "look")], check=True)

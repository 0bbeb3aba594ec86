"""Cài đặt → Chữ ký số through the widgets, verify by drag-and-drop, and printing that signs in
the background with progress (the key a real .p12 made by the test PKI)."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.sign.setup import configure
from desktop.sign.sources import P12Source
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.ui.qt import QMessageBox
from tests.sign.checks import tamper_page_content
from tests.sign.pki import HOLDER, P12_PASSWORD
from tests.ui.conftest import NOW


def _signing_tab(qtbot, window):
    window.go("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentWidget(page.signing)
    return page.signing


def _drop(qtbot, tab, path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(tab.verified, timeout=10_000) as blocker:
        tab.drop.dropEvent(event)
    return blocker.args[0]


def test_set_up_a_p12_in_settings_and_verify_by_drop(qtbot, open_app, set_up_dir, pki, tmp_path):
    window = open_app(set_up_dir)
    tab = _signing_tab(qtbot, window)
    qtbot.waitUntil(lambda: tab.certificate.text() != "")
    assert tab.certificate.text() == "Chưa thiết lập chữ ký số."
    tab.p12_path.setText(str(pki.p12))
    tab.secret.setText("sai")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=10_000)
    assert tab.error.text().startswith("Mật khẩu tệp «xa.p12» không đúng")

    tab.secret.setText(P12_PASSWORD)
    tab.roots.setText(str(pki.root_pem))
    tab.sign_on_print.setChecked(True)
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        tab.save_button.click()
    assert not tab.error.isVisible() and tab.secret.text() == ""
    assert tab.certificate.text().startswith(f"Người giữ: {HOLDER}\nNơi cấp: CA trung gian")
    with Store(set_up_dir, auto_backup=False) as store:
        saved = store.settings.get("signing")
    assert saved["kind"] == "p12" and saved["sign_on_print"] and not saved["remember"]
    assert P12_PASSWORD.encode() not in (set_up_dir / "motcua.sqlite3").read_bytes()

    with Store(set_up_dir, auto_backup=False) as store:
        code = store.dossiers.add(NewDossier(procedure="thuong-tru", applicant="Đặng Quốc Việt",
                                             received_at=NOW), now=NOW).code
    window.printer.ask_secret = lambda setup, then: then(P12_PASSWORD)
    out = tmp_path / "giay-hen.pdf"
    with qtbot.waitSignal(window.printer.rendered, timeout=20_000):
        window.printer.receipt(code, out)
    assert _drop(qtbot, tab, out) is True
    assert f"Ký bởi: {HOLDER}" in tab.verdict.text()
    assert "Chứng thư dẫn tới chứng thư gốc tin cậy." in tab.verdict.text()
    assert _drop(qtbot, tab, tamper_page_content(out, tmp_path / "sua.pdf")) is False
    assert "ĐÃ BỊ THAY ĐỔI" in tab.verdict.text()
    tab.grab().save(str(tmp_path / "signing-tab.png"))


def test_printing_signs_in_the_background_with_progress(qtbot, open_app, set_up_dir, pki,
                                                        tmp_path):
    with Store(set_up_dir, auto_backup=False) as store:
        configure(store, P12Source(pki.p12), P12_PASSWORD, now=NOW, sign_on_print=True)
        code = store.dossiers.add(NewDossier(procedure="thuong-tru", applicant="Lê Thị Mỹ Hạnh",
                                             received_at=NOW), now=NOW).code
    window = open_app(set_up_dir)
    asked, steps = [], []
    window.printer.progress.connect(steps.append)
    window.printer.ask_secret = lambda setup, then: (asked.append(setup.certificate.holder),
                                                     then(P12_PASSWORD))
    out = tmp_path / "giay-hen.pdf"
    with qtbot.waitSignal(window.printer.rendered, timeout=20_000):
        window.printer.receipt(code, out)
    assert asked == [HOLDER] and steps == ["open", "render", "sign"]
    assert window.printer._progress is None  # the progress window closed with the result
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in report and HOLDER in report

    window.printer.ask_secret = lambda setup, then: then("sai-mat-khau")
    wrong = tmp_path / "sai.pdf"
    window.printer.receipt(code, wrong)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)),
                    timeout=20_000)
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.text().startswith("Mật khẩu tệp «xa.p12» không đúng")
    assert not wrong.exists()
    box.close()


def test_a_signed_book_gets_its_box_where_the_child_process_drew_the_signer(
        qtbot, open_app, set_up_dir, pki, tmp_path):
    """The tracking book renders in a process of its own; the place it marks for the signature
    comes back from there, so the visible box sits under the book's closing line."""
    from pypdf import PdfReader

    from desktop.pdf import render_book
    from desktop.pdf.spot import recording_spots

    with Store(set_up_dir, auto_backup=False) as store:
        configure(store, P12Source(pki.p12), P12_PASSWORD, now=NOW, sign_on_print=True)
        store.dossiers.add(NewDossier(procedure="thuong-tru", applicant="Lê Thị Mỹ Hạnh",
                                      received_at=NOW), now=NOW)
    window = open_app(set_up_dir)
    window.printer.ask_secret = lambda setup, then: then(P12_PASSWORD)
    out = tmp_path / "so-theo-doi.pdf"
    with qtbot.waitSignal(window.printer.saved, timeout=60_000):
        window.printer.book(NOW.date(), NOW.date(), target=out)
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in report and HOLDER in report
    with Store(set_up_dir, auto_backup=False) as store, recording_spots() as spots:
        render_book(store, NOW.date(), NOW.date(), None, tmp_path / "plain.pdf", now=NOW)
    (tmp_path / "plain.pdf").unlink()
    reader = PdfReader(out)
    (widget,) = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    assert [round(float(v)) for v in widget["/Rect"]] == list(spots[-1].box)  # not the corner
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "so-theo-doi.pdf"]

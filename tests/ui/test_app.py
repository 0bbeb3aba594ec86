"""Starting up: no display, the default command, the single-instance lock, printing hook."""

from __future__ import annotations

from desktop.__main__ import with_default_command
from desktop.ui import app
from desktop.ui.qt import QLocalServer, QLockFile


def test_no_display_is_detected_before_qt_starts():
    assert app.display_problem({}, "linux")
    assert not app.display_problem({"DISPLAY": ":0"}, "linux")
    assert not app.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not app.display_problem({}, "win32")


def test_no_display_prints_how_to_run(monkeypatch, capsys, tmp_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.run(tmp_path) == 3
    err = capsys.readouterr().err
    assert "xvfb-run" in err and "QT_QPA_PLATFORM=offscreen" in err
    assert "Traceback" not in err


def test_no_command_means_gui():
    assert with_default_command([]) == ["gui"]
    assert with_default_command(["--data-dir", "/x"]) == ["--data-dir", "/x", "gui"]
    assert with_default_command(["summary", "--from", "2025-01-01"])[0] == "summary"


def test_second_launch_brings_the_first_window_forward(qtbot, tmp_path, capsys):
    lock = QLockFile(str(tmp_path / "motcua.lock"))
    assert lock.tryLock(0)
    server = QLocalServer()
    QLocalServer.removeServer(app.server_name(tmp_path))
    assert server.listen(app.server_name(tmp_path))
    assert app.run(tmp_path) == 0
    qtbot.waitUntil(server.hasPendingConnections)
    assert "đã đưa cửa sổ đó lên trước" in capsys.readouterr().out
    server.close()
    lock.unlock()


def test_second_launch_explains_when_the_first_does_not_answer(tmp_path, capsys):
    lock = QLockFile(str(tmp_path / "motcua.lock"))
    assert lock.tryLock(0)
    assert app.run(tmp_path) == 1
    assert "đang được một cửa sổ motcua khác dùng" in capsys.readouterr().err
    lock.unlock()


def test_print_receipt_renders_the_slip_and_opens_it(qtbot, open_app, set_up_dir, clock):
    from pypdf import PdfReader

    from desktop.storage import Store
    from desktop.storage.dossiers import NewDossier

    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        code = store.dossiers.add(NewDossier("khai-sinh", "Đặng Thị Ước"), now=clock()).code
    window = open_app(set_up_dir)
    with qtbot.waitSignal(window.printer.rendered, timeout=20_000) as rendered:
        window.printer.receipt(code)
    assert window.printer.opened and str(window.printer.opened[0]) == rendered.args[0]
    text = "".join(page.extract_text() for page in PdfReader(rendered.args[0]).pages)
    assert code in text


def test_checklist_and_book_papers_come_out_of_the_window(qtbot, open_app, set_up_dir, clock):
    """Issue 5: all four papers from the app; the slip and summary are tested above."""
    from pypdf import PdfReader

    from desktop.storage import Store
    from desktop.storage.dossiers import NewDossier

    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        code = store.dossiers.add(NewDossier("tam-tru", "Trần Văn Ưng"), now=clock()).code
    window = open_app(set_up_dir)
    window.go("checklist")
    checklist = window.page("checklist")
    with qtbot.waitSignal(window.printer.rendered, timeout=20_000) as rendered:
        checklist.print_button.click()
    text = "".join(p.extract_text() for p in PdfReader(rendered.args[0]).pages)
    assert "Con dấu" in text and "Chữ ký số mật" in text and "CHƯA XANH" in text
    window.go("reports")
    reports = window.page("reports")
    window.printer.save_folder = lambda: set_up_dir  # not the tester's Documents folder
    with qtbot.waitSignal(window.printer.saved, timeout=20_000) as saved:
        reports.book_button.click()
    text = "".join(p.extract_text() for p in PdfReader(saved.args[0]).pages)
    assert code in text and "Trần Văn Ưng" in text
    assert saved.args[0].startswith(str(set_up_dir))  # the book is saved, not previewed
    assert saved.args[0] in window.saved_label.text() and window.open_folder.isVisible()

"""Long work never blocks a clerk: a tracking book renders in a process of its own (its own
read-only connection and interpreter), so a dossier saves at once meanwhile and the window's
process never runs the render's garbage collections; the render shows progress and can be
cancelled.

The render is held mid-read in its child process by a SQLite progress handler
(``tests/ui/held_render.py``, observed progress, not a sleep): while it waits there it holds
its read snapshot, exactly as a long book does, whatever the machine's speed."""

from __future__ import annotations

import os
import subprocess

import pytest

from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.ui import held_render
from tests.ui.conftest import NOW
from tests.ui.helpers import press_enter, type_text


@pytest.fixture
def out(tmp_path):
    """Where the PDFs go (the data folder is ``tmp_path / "data"``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def hold(tmp_path_factory, monkeypatch):
    """``hold(window)``: the window's next long render stops at its first SQL steps until
    ``held_render.release(folder)``; returns the file the held child writes its pid to."""
    folder = tmp_path_factory.mktemp("held")
    monkeypatch.setenv(held_render.HOLD_ENV, str(folder))

    def arm(window):
        window.tasks.wrap_apart = held_render.wrap
        return held_render.hold(folder)

    arm.folder = folder
    return arm


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_saving_during_a_book_render_succeeds_at_once_and_cancel_stops_it(
        qtbot, open_app, set_up_dir, clock, out, hold):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for name in ("An", "Bình", "Chi", "Dũng", "Đạt", "Giang", "Hà", "Khánh"):
            store.dossiers.add(NewDossier("tam-tru", f"Nguyễn Văn {name}"), now=NOW)
    window = open_app(set_up_dir)
    window.go("new")
    page = window.pages["new"]

    paused = hold(window)
    book = out / "so.pdf"
    window.printer.book(NOW.date(), NOW.date(), target=book)
    qtbot.waitUntil(paused.exists, timeout=30_000)
    assert window.render_progress.isVisible() and window.cancel_render.isVisible()
    type_text(page.procedure.search, "dang ky tam tru")
    type_text(page.applicant, "Trần Thị Lưu Giữa")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        press_enter(page.applicant)  # the render still holds its snapshot
    assert not book.exists()
    assert window.render_progress.format() == "Đang chuẩn bị giấy tờ…"  # no page drawn yet
    pages = []
    window.printer.pages.connect(lambda page, total: pages.append(
        (page, total, window.render_progress.text())))
    with qtbot.waitSignal(window.printer.rendered, timeout=60_000):
        held_render.release(hold.folder)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(book), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Nguyễn Văn Khánh" in text and "Lưu Giữa" not in text  # the snapshot of its start
    assert pages == [(1, 1, "Trang 1/1")]  # counted in the child, shown in the status bar
    qtbot.waitUntil(lambda: not window.render_progress.isVisible())

    paused = hold(window)
    cancelled = out / "huy.pdf"
    window.printer.book(NOW.date(), NOW.date(), target=cancelled)
    qtbot.waitUntil(paused.exists, timeout=30_000)
    with qtbot.waitSignal(window.printer.busy, timeout=30_000) as ended:
        window.cancel_render.click()  # the child is never let go: cancel must stop it
    assert ended.args == [False]
    assert gone(int(paused.read_text()))
    assert not cancelled.exists() and window.printer.opened == []  # saved, not printed
    assert sorted(p.name for p in out.iterdir()) == ["so.pdf"]  # nothing half-written
    assert not window.cancel_render.isVisible()


def test_closing_the_window_cancels_a_render(qtbot, open_app, set_up_dir, out, hold):
    window = open_app(set_up_dir)
    paused = hold(window)
    book = out / "dang-in.pdf"
    window.printer.book(NOW.date(), NOW.date(), target=book)
    qtbot.waitUntil(paused.exists, timeout=30_000)
    window.close()  # returns once the held render has been stopped
    assert not window.isVisible() and gone(int(paused.read_text()))
    assert not list(out.iterdir())  # no PDF, no temporary file


def test_a_long_render_runs_in_a_process_of_its_own(qtbot, open_app, set_up_dir, out, hold):
    """A render on a thread of the window's process ran Python's full garbage collections
    there, holding the GIL over every object (up to 160 ms without a repaint on a 1,000,000-
    dossier log); in its own process it shares nothing with the GUI thread."""
    window = open_app(set_up_dir)
    paused = hold(window)
    summary = out / "bao-cao.pdf"
    window.printer.summary(NOW.date(), NOW.date(), target=summary)
    qtbot.waitUntil(paused.exists, timeout=30_000)
    child = int(paused.read_text())
    assert child != os.getpid()
    with qtbot.waitSignal(window.printer.saved, timeout=60_000):
        held_render.release(hold.folder)
    assert gone(child) and os.stat(summary).st_mode & 0o777 == 0o600
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(summary), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.pdf"]


def test_closing_the_window_stops_an_excel_export(qtbot, open_app, set_up_dir, clock, out, hold,
                                                  monkeypatch):
    from desktop.ui.qt import QFileDialog

    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for name in ("An", "Bình", "Chi"):
            store.dossiers.add(NewDossier("tam-tru", f"Nguyễn Văn {name}"), now=NOW)
    window = open_app(set_up_dir)
    window.go("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.summary is not None)
    target = out / "so.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    paused = hold(window)
    page.excel_book_action.trigger()
    qtbot.waitUntil(paused.exists, timeout=30_000)
    child = int(paused.read_text())
    assert child != os.getpid()  # the export, too, runs in a process of its own
    window.close()
    assert gone(child) and not list(out.iterdir())

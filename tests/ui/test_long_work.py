"""Long work never blocks a clerk: a tracking book renders on its own read-only connection,
so a dossier saves at once meanwhile; the render shows progress and can be cancelled.

The render is paused mid-read by a SQLite progress handler on the read thread (observed
progress, not a sleep): while it waits there it holds its read snapshot, exactly as a long
book does, whatever the machine's speed."""

from __future__ import annotations

import subprocess
import threading

from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.ui.conftest import NOW
from tests.ui.helpers import press_enter, type_text


def pause_reads(window):
    """The next read stops at its first SQL steps until ``release`` is set."""
    paused, release = threading.Event(), threading.Event()

    def handler() -> int:
        if not paused.is_set():
            paused.set()
            release.wait(30)
        return 0

    window.tasks.read(lambda store: store.conn.set_progress_handler(handler, 100))
    return paused, release


def test_saving_during_a_book_render_succeeds_at_once_and_cancel_stops_it(
        qtbot, open_app, set_up_dir, clock, tmp_path):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for name in ("An", "Bình", "Chi", "Dũng", "Đạt", "Giang", "Hà", "Khánh"):
            store.dossiers.add(NewDossier("tam-tru", f"Nguyễn Văn {name}"), now=NOW)
    window = open_app(set_up_dir)
    window.go("new")
    page = window.pages["new"]

    paused, release = pause_reads(window)
    book = tmp_path / "so.pdf"
    window.printer.book(NOW.date(), NOW.date(), target=book)
    qtbot.waitUntil(paused.is_set)
    assert window.render_progress.isVisible() and window.cancel_render.isVisible()
    type_text(page.procedure.search, "dang ky tam tru")
    type_text(page.applicant, "Trần Thị Lưu Giữa")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        press_enter(page.applicant)  # the render still holds its snapshot
    assert not book.exists()
    with qtbot.waitSignal(window.printer.rendered, timeout=60_000):
        release.set()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(book), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Nguyễn Văn Khánh" in text and "Lưu Giữa" not in text  # the snapshot of its start
    qtbot.waitUntil(lambda: not window.render_progress.isVisible())

    paused, release = pause_reads(window)
    cancelled = tmp_path / "huy.pdf"
    window.printer.book(NOW.date(), NOW.date(), target=cancelled)
    qtbot.waitUntil(paused.is_set)
    with qtbot.waitSignal(window.printer.busy, timeout=30_000) as ended:
        window.cancel_render.click()
        release.set()
    assert ended.args == [False]
    assert not cancelled.exists() and window.printer.opened == []  # saved, not printed
    assert not window.cancel_render.isVisible()


def test_closing_the_window_cancels_a_render(qtbot, open_app, set_up_dir, clock, tmp_path):
    window = open_app(set_up_dir)
    paused, closing = threading.Event(), threading.Event()

    def handler() -> int:
        paused.set()
        while not closing.wait(0.01):  # held mid-read until the window starts closing
            if window.tasks._closed:
                closing.set()
        return 0

    window.tasks.read(lambda store: store.conn.set_progress_handler(handler, 100))
    book = tmp_path / "dang-in.pdf"
    window.printer.book(NOW.date(), NOW.date(), target=book)
    qtbot.waitUntil(paused.is_set)
    window.close()  # returns once the interrupted render has stopped
    assert closing.is_set() and not window.isVisible()
    assert not book.exists() and not list(tmp_path.glob("*.pdf"))

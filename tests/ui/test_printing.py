"""Printing through Qt's print dialog: the preview paints the rendered paper onto a QPrinter,
the temporary file (this user only) goes when the dialog closes, leftovers after 7 days."""

from __future__ import annotations

import os
import stat
import subprocess
import time

from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.ui.paper import KEEP_DAYS, paint_pages, print_with_preview, sweep
from desktop.ui.qt import QPrinter


def test_the_slip_prints_through_the_preview_and_its_file_goes(qtbot, open_app, set_up_dir,
                                                               clock, tmp_path):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        code = store.dossiers.add(NewDossier("khai-sinh", "Đặng Thị Ước"), now=clock()).code
    window = open_app(set_up_dir)
    shown = []
    window.printer._opener = lambda path, pages: shown.append((path, pages))
    with qtbot.waitSignal(window.printer.rendered, timeout=20_000) as rendered:
        window.printer.receipt(code)
    ((temporary, pages),) = shown
    assert str(temporary) == rendered.args[0]
    if os.name == "posix":
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
    # The pages came rasterised from the read thread: the dialog's painting, on the GUI thread,
    # only draws them (PDFium took a tenth of a second a page there).
    assert len(pages) == 1 and pages[0].height() > pages[0].width() > 2000  # A4 at 300 dpi

    # What the dialog's Print button does: the same painting onto a printer (a PDF printer
    # here, read back as an image: the page is not blank and has the slip's size).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert paint_pages(printer, pages) == 1
    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", str(printed), str(tmp_path / "p")],
                   check=True)
    from desktop.ui.qt import QImage

    image = QImage(str(next(tmp_path.glob("p*.png"))))
    dark = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y).lightness() < 128)
    assert image.height() > image.width() and dark > 50

    dialog = print_with_preview(window, temporary, pages, "giấy hẹn")
    qtbot.waitUntil(dialog.isVisible)
    # big enough to read the slip (Qt opened it at about 700×500)
    assert dialog.height() >= window.screen().availableGeometry().height() * 0.85

    # The preview really paints the slip (its printer was once freed before the first paint: a
    # crash): dark text on a page, not only the dialog's grey area.
    def dark_in_preview() -> int:  # below the toolbar: the page area only
        shown = dialog.grab().toImage()
        return sum(1 for y in range(shown.height() // 8, shown.height(), 4)
                   for x in range(0, shown.width(), 4)
                   if shown.pixelColor(x, y).lightness() < 100)

    qtbot.waitUntil(lambda: dark_in_preview() > 50)
    dialog.reject()
    qtbot.waitUntil(lambda: not temporary.exists())


def test_the_landscape_summary_previews_and_prints_on_a_landscape_page(qtbot, open_app,
                                                                        set_up_dir, clock):
    """Form II.06a is a landscape A4: on a portrait sheet it came out shrunk to two thirds,
    its small print unreadable and half the sheet blank."""
    from desktop.ui.qt import QImage

    window = open_app(set_up_dir)
    shown = []
    window.printer._opener = lambda path, pages: shown.append((path, pages))
    with qtbot.waitSignal(window.printer.rendered, timeout=30_000):
        window.printer.summary(clock().date(), clock().date())
    ((temporary, pages),) = shown
    assert pages[0].width() > pages[0].height()

    dialog = print_with_preview(window, temporary, pages, "báo cáo")
    qtbot.waitUntil(dialog.isVisible)

    def page_in_preview() -> tuple[int, int]:
        """Width and height of the white sheet the preview shows (below the toolbar)."""
        image: QImage = dialog.grab().toImage()
        white = [(x, y) for y in range(image.height() // 8, image.height(), 2)
                 for x in range(0, image.width(), 2) if image.pixelColor(x, y).lightness() > 250]
        if not white:
            return 0, 0
        xs, ys = [x for x, _ in white], [y for _, y in white]
        return max(xs) - min(xs), max(ys) - min(ys)

    qtbot.waitUntil(lambda: page_in_preview()[0] > 100)
    width, height = page_in_preview()
    assert width > height * 1.2  # the sheet is landscape, as the form
    dialog.reject()
    qtbot.waitUntil(lambda: not temporary.exists())


def test_print_files_older_than_a_week_are_swept(tmp_path):
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    for path in (old, new):
        path.write_bytes(b"%PDF-1.4")
    week_ago = time.time() - KEEP_DAYS * 86_400 - 60
    os.utime(old, (week_ago, week_ago))
    assert sweep(tmp_path) == 1
    assert not old.exists() and new.exists()


def test_qt_own_file_and_print_dialogs_speak_vietnamese(qtbot, open_app, set_up_dir):
    from PySide6.QtCore import QFileInfo
    from PySide6.QtGui import QAbstractFileIconProvider
    from PySide6.QtWidgets import QListView

    from desktop.ui.qt import (
        QAction,
        QFileDialog,
        QLabel,
        QPrinter,
        QPrintPreviewDialog,
        QPushButton,
    )

    window = open_app(set_up_dir)
    dialog = QFileDialog(window, "Lưu", str(set_up_dir))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.open()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    buttons = {w.text() for w in dialog.findChildren(QPushButton)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    assert "&Lưu" in buttons and "Hủy" in buttons
    sidebar = dialog.findChild(QListView, "sidebar")
    places = [sidebar.model().index(row, 0).data() for row in range(sidebar.model().rowCount())]
    assert "Máy tính" in places and "Computer" not in places
    assert QAbstractFileIconProvider().type(QFileInfo(str(set_up_dir))) == "Thư mục"
    dialog.reject()
    preview = QPrintPreviewDialog(QPrinter(), window)
    qtbot.addWidget(preview)
    texts = {action.text() for action in preview.findChildren(QAction)}
    assert {"In", "Phóng to", "Trang sau"} <= texts

"""The self-test's Qt checks, kept here because only ``desktop/ui`` may import Qt."""

from __future__ import annotations

from pathlib import Path

from desktop.selftest import Failed
from desktop.ui.qt import QApplication, QLabel, QPrinter, QTranslator

SAMPLE = "Đặng Thị Hương — Ủy ban nhân dân phường"


def check_translations(folder: Path) -> str:
    """Every compiled ``.qm`` file must load and hold messages (an empty one means ``lrelease``
    found nothing to compile)."""
    files = sorted(folder.glob("*.qm"))
    if not files:
        raise Failed(f"không có tệp bản dịch .qm trong {folder}")
    bad = []
    for path in files:
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            bad.append(path.name)
    if bad:
        raise Failed("không đọc được " + ", ".join(bad))
    return ", ".join(p.name for p in files)


def check_window() -> str:
    """A real widget drawn by the platform plugin the bundle carries."""
    app = QApplication.instance() or QApplication(["motcua"])
    label = QLabel(SAMPLE)
    label.show()
    app.processEvents()
    picture = label.grab()
    label.close()
    label.deleteLater()
    if picture.isNull() or picture.width() < 50:
        raise Failed(f"không vẽ được cửa sổ trên nền tảng {app.platformName()}")
    return f"vẽ được cửa sổ ({app.platformName()}, {picture.width()}×{picture.height()})"


def check_preview(source: Path, out: Path) -> str:
    """The print path: PDFium rasterises ``source`` onto a QPrinter (here writing a PDF, so no
    printer or screen is needed)."""
    from desktop.ui.paper import paint_pages, rasterise

    QApplication.instance() or QApplication(["motcua"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = paint_pages(printer, rasterise(source))
    if pages < 1 or not out.is_file() or out.stat().st_size < 1000:
        raise Failed("không dựng được trang xem trước từ tệp PDF")
    return f"dựng {pages} trang qua PDFium"

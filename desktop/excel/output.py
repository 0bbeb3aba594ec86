"""Workbooks are written like the PDFs: into a temporary file beside the target, then renamed,
so a half-written workbook never replaces a good one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.errors import UserError
from desktop.pdf.output import atomic_output, check_target

KIND = "Excel"


def check_workbook_target(out_path: Path | str) -> Path:
    target = check_target(out_path, KIND)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"Tệp «{target.name}» phải có đuôi .xlsx.", "out")
    return target


@contextmanager
def atomic_workbook(out_path: Path | str) -> Iterator[Path]:
    check_workbook_target(out_path)
    with atomic_output(out_path, KIND) as temp:
        yield temp


def print_landscape(sheet, title_rows: str = "1:1") -> None:  # noqa: ANN001 - any worksheet
    """A wide register printed as people expect: landscape A4, all columns on one page width,
    the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows

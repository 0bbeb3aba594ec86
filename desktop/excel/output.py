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

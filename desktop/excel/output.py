"""Workbooks are written like the PDFs: into a temporary file beside the target, then renamed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.errors import UserError
from desktop.pdf.output import atomic_output


@contextmanager
def atomic_workbook(out_path: Path | str) -> Iterator[Path]:
    if str(out_path).strip() and Path(out_path).suffix.lower() != ".xlsx":
        raise UserError(f"Tệp «{out_path}» phải có đuôi .xlsx.", "out")
    with atomic_output(out_path) as temp:
        yield temp

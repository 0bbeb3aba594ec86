"""Rows of an old tracking book, from .xlsx (python-calamine, streamed) or .csv (UTF-8).

Yields each data row as ``(row number as the spreadsheet shows it, {column key: cell})``; the
header row decides which column is which, whatever their order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from desktop.core.errors import UserError
from desktop.excel.columns import BY_HEADER, COLUMNS, SHEET_BOOK, header_key

Row = tuple[int, dict[str, object]]
#: Rows a header may be preceded by (a title line or two above the table).
HEADER_SEARCH_ROWS = 10


def read_book(path: Path | str) -> Iterator[Row]:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp «{path}».", "file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _rows(_csv_lines(path), str(path))
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return _rows(_sheet_lines(path), str(path))
    raise UserError(f"Tệp «{path.name}» phải là sổ Excel (.xlsx) hoặc CSV (.csv).", "file")


def _sheet_lines(path: Path) -> Iterator[list]:
    try:
        book = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise UserError(f"Không đọc được tệp Excel «{path.name}»: tệp hỏng hoặc không phải "
                        "sổ Excel.", "file") from exc
    try:
        names = book.sheet_names
        wanted = {header_key(n): n for n in names}.get(header_key(SHEET_BOOK), names[0])
        yield from book.get_sheet_by_name(wanted).iter_rows()
    except CalamineError as exc:
        raise UserError(f"Không đọc được trang «{SHEET_BOOK}» của tệp «{path.name}».",
                        "file") from exc
    finally:
        book.close()


def _csv_lines(path: Path) -> Iterator[list]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"Tệp CSV «{path.name}» phải được lưu với bảng mã UTF-8.", "file") from None
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=sample.split("\n", 1)[0].count)
    yield from csv.reader(io.StringIO(text), delimiter=delimiter)


def _rows(lines: Iterator[list], name: str) -> Iterator[Row]:
    columns: dict[int, str] | None = None
    for number, cells in enumerate(lines, 1):
        if columns is None:
            found = {i: BY_HEADER[header_key(c)].key for i, c in enumerate(cells)
                     if header_key(c) in BY_HEADER}
            if len(found) >= 3:
                columns = found
                missing = [c.title for c in COLUMNS if c.required and c.key not in found.values()]
                if missing:
                    raise UserError("Sổ thiếu cột bắt buộc: " + ", ".join(missing) + ".", "file")
            elif number >= HEADER_SEARCH_ROWS:
                break
            continue
        values = {key: cells[i] for i, key in columns.items() if i < len(cells)}
        if any(v not in (None, "") and str(v).strip() for v in values.values()):
            yield number, values
    if columns is None:
        raise UserError(f"Không thấy dòng tiêu đề trong «{Path(name).name}»: cần các cột "
                        + ", ".join(c.title for c in COLUMNS if not c.export_only) + ".", "file")

"""The tracking book as a workbook: the template's columns, one line per dossier received in
the period, state and judgement as they stand now (as the printed book does).

Written with openpyxl's write-only mode straight from the SQLite cursor, so a 100,000-line book
keeps memory flat; times are real date-time cells so the province can sort and filter them.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from desktop.core.clock import now_vn, to_epoch, to_vn
from desktop.core.timing import book_mark
from desktop.excel.columns import COLUMNS, DATE_TIME_FORMAT, SHEET_BOOK
from desktop.excel.output import atomic_workbook, check_workbook_target, print_landscape
from desktop.pdf.book import _check_field
from desktop.pdf.rows import period_bounds
from desktop.storage.period_rows import read_snapshot
from desktop.storage.register import RegisterRow, register_rows
from desktop.storage.store import Store

_BOLD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="DDDDDD")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_MIDDLE = Alignment(horizontal="center")


def _local(value: datetime | None) -> datetime | None:
    """Excel has no time zones: the cell holds Vietnam wall time."""
    return None if value is None else to_vn(value).replace(tzinfo=None)


def book_values(index: int, row: RegisterRow, judged_at: int) -> list:
    return [index, row.code, row.applicant, row.id_number, row.phone, row.address,
            row.procedure_name, row.field_name, row.channel.label, _local(row.received_at),
            _local(row.appointment_at), _local(row.end_at), row.state.label,
            book_mark(row.clock, judged_at), None]


def export_book(store: Store, first: date, last: date, field: str | None,
                out_path: Path | str, *, now: datetime | None = None) -> tuple[Path, int]:
    """Returns the file and the number of dossiers written."""
    now = now or now_vn()
    start, end = period_bounds(first, last)
    target = check_workbook_target(out_path)
    field = _check_field(store, field)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_BOOK)
    for i, spec in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + i)].width = spec.width
    sheet.freeze_panes = "A2"
    print_landscape(sheet)
    head = []
    for spec in COLUMNS:
        cell = WriteOnlyCell(sheet, spec.title)
        cell.font, cell.fill, cell.alignment = _BOLD, _FILL, _CENTER
        head.append(cell)
    sheet.append(head)
    # One styled cell per styled column, its value replaced on every line: ``append`` writes
    # the line at once, and styling a fresh cell per value was half of the export's time.
    styled = {i: WriteOnlyCell(sheet) for i, c in enumerate(COLUMNS)
              if c.key in ("index", "received_at", "appointment_at", "end_at")}
    for i, cell in styled.items():
        cell.alignment = _MIDDLE
        if i:
            cell.number_format = DATE_TIME_FORMAT
    judged_at = to_epoch(now)
    count = 0
    with read_snapshot(store.conn):
        for count, row in enumerate(register_rows(store.conn, start, end, field), 1):  # noqa: B007
            values = book_values(count, row, judged_at)
            for i, cell in styled.items():
                if values[i] is not None:
                    cell.value = values[i]
                    values[i] = cell
            sheet.append(values)
    with atomic_workbook(target) as temp:
        book.save(temp)
    return target, count

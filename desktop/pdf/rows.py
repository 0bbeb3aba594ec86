"""The printed lists' lines: rows from ``storage.period_rows``, judged by ``desktop.core``.

Lines are streamed so a long book keeps memory flat. The period bounds are the summary's own
([first 00:00, last 23:59:59] Vietnam time) so the lists and the table count the same dossiers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from desktop.core.clock import day_bounds, from_epoch
from desktop.core.errors import UserError
from desktop.core.states import State
from desktop.core.summary import Outcome, classify
from desktop.core.timing import DossierClock, book_mark
from desktop.pdf.text import moment
from desktop.storage.period_rows import maybe_late_rows, procedure_names, received_rows

MAX_BOOK_DAYS = 366


@dataclass(frozen=True, slots=True)
class ListedDossier:
    """One printed line: text already formatted the way the page shows it."""

    code: str
    applicant: str
    procedure: str
    received_at: str
    appointment_at: str
    end_at: str
    state: str
    mark: str
    #: The new appointment given with an apology (form 04); the slip's still judges the line.
    rescheduled_to: str = ""


def period_bounds(first: date, last: date) -> tuple[int, int]:
    if not isinstance(first, date) or not isinstance(last, date):
        raise UserError("Ngày đầu và ngày cuối kỳ phải là ngày hợp lệ (YYYY-MM-DD).")
    if last < first:
        raise UserError("Ngày kết thúc kỳ phải sau hoặc bằng ngày bắt đầu "
                        f"({first:%d/%m/%Y} – {last:%d/%m/%Y}).")
    return day_bounds(first, last)


def _line(row: sqlite3.Row, names: dict[str, str], mark: str, end_at: int | None) -> ListedDossier:
    return ListedDossier(row["code"], row["applicant"],
                         names.get(row["procedure"], row["procedure"]),
                         moment(from_epoch(row["received_at"])),
                         moment(from_epoch(row["appointment_at"])), moment(from_epoch(end_at)),
                         State(row["state"]).label, mark, moment(from_epoch(row["rescheduled_to"])))


def book_lines(conn: sqlite3.Connection, start: int, end: int, field: str | None,
               judged_at: int) -> Iterator[ListedDossier]:
    """Dossiers received in [start, end], oldest first, each judged as it stands at
    ``judged_at`` (the moment of printing): a register shows today's state of every entry."""
    names = procedure_names(conn)
    for row in received_rows(conn, start, end, field):
        yield _line(row, names, book_mark(DossierClock.from_row(row), judged_at), row["end_at"])


RESOLVED_LATE = "Đã giải quyết, quá hạn"
PENDING_OVERDUE = "Đang giải quyết, quá hạn"


def overdue_lines(conn: sqlite3.Connection, start: int, end: int) -> list[ListedDossier]:
    """The dossiers behind the summary's two "quá hạn" columns, classified by the same rules:
    resolved late within the period's cohort, and still open but past the appointment at the
    period's end. Resolved-late first, then open, each oldest appointment first."""
    names = procedure_names(conn)
    rows = maybe_late_rows(conn, start, end)
    late, pending = [], []
    for row in rows:
        clock = DossierClock.from_row(row)
        classified = classify(clock, start, end)
        if classified is None:
            continue
        if classified.outcome is Outcome.PENDING_OVERDUE:
            pending.append((clock.appointment_at, row["code"], row, None))
        elif classified.outcome is Outcome.LATE:
            late.append((clock.appointment_at, row["code"], row, classified.ended_at))
    late.sort(key=lambda item: item[:2])
    pending.sort(key=lambda item: item[:2])
    return ([_line(row, names, RESOLVED_LATE, ended) for *_, row, ended in late]
            + [_line(row, names, PENDING_OVERDUE, None) for *_, row, _ in pending])

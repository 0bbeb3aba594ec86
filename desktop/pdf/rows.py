"""Read-only queries behind the printed lists, streamed from SQLite row by row.

A tracking book can hold tens of thousands of lines; iterating the cursor keeps memory flat
however long the period. The period bounds are the summary's own ([first 00:00, last 23:59:59]
Vietnam time) so the lists and the summary table always count the same dossiers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from desktop.core.clock import day_bounds, from_epoch
from desktop.core.errors import UserError
from desktop.core.states import State
from desktop.core.summary import Outcome, classify
from desktop.core.timing import CLOCK_COLUMNS, DossierClock, book_mark
from desktop.pdf.text import moment

LIST_COLUMNS = f"code, applicant, procedure, state, {', '.join(CLOCK_COLUMNS)}, rescheduled_to"
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


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around several queries: in WAL mode they all see the same data even
    if the desk records a dossier meanwhile, so the book's two passes agree on the page count
    and the summary's overdue list matches its table."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def period_bounds(first: date, last: date) -> tuple[int, int]:
    if not isinstance(first, date) or not isinstance(last, date):
        raise UserError("Ngày đầu và ngày cuối kỳ phải là ngày hợp lệ (YYYY-MM-DD).")
    if last < first:
        raise UserError("Ngày kết thúc kỳ phải sau hoặc bằng ngày bắt đầu "
                        f"({first:%d/%m/%Y} – {last:%d/%m/%Y}).")
    return day_bounds(first, last)


def procedure_names(conn: sqlite3.Connection) -> dict[str, str]:
    """Including procedures since hidden from the catalogue: old dossiers still name them."""
    return dict(conn.execute("SELECT slug, name FROM procedures").fetchall())


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
    sql = f"SELECT {LIST_COLUMNS} FROM dossiers WHERE received_at BETWEEN ? AND ?"
    params: tuple = (start, end)
    if field:
        sql += " AND field = ?"
        params += (field,)
    for row in conn.execute(sql + " ORDER BY received_at, id", params):
        yield _line(row, names, book_mark(DossierClock.from_row(row), judged_at), row["end_at"])


RESOLVED_LATE = "Đã giải quyết, quá hạn"
PENDING_OVERDUE = "Đang giải quyết, quá hạn"


def overdue_lines(conn: sqlite3.Connection, start: int, end: int) -> list[ListedDossier]:
    """The dossiers behind the summary's two "quá hạn" columns, classified by the same rules:
    resolved late within the period's cohort, and still open but past the appointment at the
    period's end. Resolved-late first, then open, each oldest appointment first."""
    names = procedure_names(conn)
    # Only a dossier whose appointment passed before the period's end (or with a second
    # supplement request) can be late or overdue; the exact rules run in Python on those few.
    maybe = ("(supplement_count >= 2 OR (appointment_at < :e AND (end_at IS NULL"
             " OR end_at > appointment_at OR supplement_at > appointment_at)))")
    rows = conn.execute(
        f"SELECT {LIST_COLUMNS} FROM dossiers WHERE received_at BETWEEN :s AND :e AND {maybe}"
        f" UNION ALL SELECT {LIST_COLUMNS} FROM dossiers WHERE end_at >= :s AND received_at < :s"
        f" AND {maybe}"
        f" UNION ALL SELECT {LIST_COLUMNS} FROM dossiers WHERE end_at IS NULL AND received_at < :s"
        f" AND {maybe}",
        {"s": start, "e": end},
    )
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

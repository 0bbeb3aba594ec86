"""The rows behind the printed and exported period lists, streamed from SQLite row by row.

A tracking book can hold tens of thousands of lines; iterating the cursor keeps memory flat
however long the period. The PDF and Excel layers ask for rows by name here and judge them with
``desktop.core``; no SQL lives in those layers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.core.timing import CLOCK_COLUMNS, CLOCK_STOPS, FORCED_LATE_SUPPLEMENTS

LIST_COLUMNS = f"code, applicant, procedure, state, {', '.join(CLOCK_COLUMNS)}, rescheduled_to"


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


def procedure_names(conn: sqlite3.Connection) -> dict[str, str]:
    """Including procedures since hidden from the catalogue: old dossiers still name them."""
    return dict(conn.execute("SELECT slug, name FROM procedures").fetchall())


def received_rows(conn: sqlite3.Connection, start: int, end: int,
                  field: str | None = None) -> Iterator[sqlite3.Row]:
    """Dossiers received in [start, end] (``LIST_COLUMNS``), oldest first."""
    sql = f"SELECT {LIST_COLUMNS} FROM dossiers WHERE received_at BETWEEN ? AND ?"
    params: tuple = (start, end)
    if field:
        sql += " AND field = ?"
        params += (field,)
    yield from conn.execute(sql + " ORDER BY received_at, id", params)


def cohort_rows(conn: sqlite3.Connection, start: int, end: int, columns: str, *,
                desk: int | None = None, narrowed: str = "") -> Iterator[sqlite3.Row]:
    """The II.06a cohort of [start, end] as far as SQL narrows it: received in the period, or
    received before and not ended before its start (carried over). ``core.summary.classify``
    decides on each row; the summary and the printed overdue list both read this one query.

    ``desk``: only the dossiers received at that desk. ``narrowed``: one more condition,
    written with the same ``:s`` (start) and ``:e`` (end) parameters."""
    where = "" if desk is None else " AND origin_desk = :d"
    if narrowed:
        where += f" AND {narrowed}"
    yield from conn.execute(
        f"SELECT {columns} FROM dossiers WHERE received_at BETWEEN :s AND :e{where}"
        f" UNION ALL SELECT {columns} FROM dossiers WHERE end_at >= :s AND received_at < :s{where}"
        f" UNION ALL SELECT {columns} FROM dossiers WHERE end_at IS NULL AND received_at < :s{where}",
        {"s": start, "e": end, "d": desk},
    )


def _maybe_late() -> str:
    """Only a dossier asked too often for a supplement, or one whose appointment passed before
    the period's end with no stop of its clock (``core.timing.CLOCK_STOPS``) by then, can be
    late or overdue at the end: never stopped for good, or stopped after the appointment."""
    stops = ([f"{since} IS NULL" for since, until in CLOCK_STOPS if until is None]
             + [f"{since} > appointment_at" for since, _ in CLOCK_STOPS])
    return (f"(supplement_count >= {FORCED_LATE_SUPPLEMENTS} OR (appointment_at < :e"
            f" AND ({' OR '.join(stops)})))")


MAYBE_LATE = _maybe_late()


def maybe_late_rows(conn: sqlite3.Connection, start: int, end: int) -> Iterator[sqlite3.Row]:
    """The period's cohort narrowed to the dossiers that can be late or overdue at ``end``
    (``LIST_COLUMNS``). The exact rule is ``core.summary.classify``, run by the caller on these
    few."""
    yield from cohort_rows(conn, start, end, LIST_COLUMNS, narrowed=MAYBE_LATE)

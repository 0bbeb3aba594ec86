"""The dossier log as the window lists it: filters, sorting and one page at a time.

A busy ward keeps up to a million rows, so nothing here loads the whole log: the window asks
for the count once per filter and then for the pages it is about to show.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.clock import day_start, to_epoch
from desktop.core.collation import sort_key
from desktop.core.fold import match_expression, tokens
from desktop.core.timing import (
    CLOCK_STOPS,
    FORCED_LATE_SUPPLEMENTS,
    DossierClock,
    due_today_window,
    is_due_today,
    is_overdue,
)  # fmt: skip
from desktop.storage.search import search_ids

#: The search box lists at most this many matches, newest first.
SEARCH_LIMIT = 1000
PAGE_SIZE = 100


class Due(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"


class SortKey(StrEnum):
    CODE = "code"
    RECEIVED = "received_at"
    APPLICANT = "applicant"
    PROCEDURE = "procedure"
    CHANNEL = "channel"
    STATE = "state"
    APPOINTMENT = "appointment_at"
    DESK = "origin_desk"


_ORDER = {
    SortKey.CODE: "id", SortKey.RECEIVED: "received_at", SortKey.APPLICANT: "applicant_key",
    SortKey.PROCEDURE: "procedure", SortKey.CHANNEL: "channel", SortKey.STATE: "state",
    SortKey.APPOINTMENT: "appointment_at", SortKey.DESK: "origin_desk",
}  # fmt: skip


@dataclass(frozen=True)
class DossierFilter:
    """What the clerk narrowed the log to; every part is optional."""

    query: str = ""
    state: int | None = None
    channel: int | None = None
    field: str | None = None
    first_day: date | None = None
    due: Due | None = None
    #: Who holds the dossier now (its last hand-over's receiver).
    holder: str | None = None
    desk: int | None = None  # received at this desk (colleagues' dossiers are in the log too)
    conflict: bool = False  # only dossiers with a conflicting move not yet resolved


@dataclass(frozen=True)
class Sort:
    key: SortKey = SortKey.RECEIVED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class ListRow:
    """One line of the log: only the columns the table shows (no personal data but the name)."""

    id: int
    code: str
    applicant: str
    procedure: str
    field: str
    channel: int
    state: int
    received_at: int
    appointment_at: int
    end_at: int | None
    supplement_count: int
    supplement_at: int | None
    resumed_at: int | None
    desk: int | None
    conflict_open: int
    rescheduled_to: int | None = None
    holder: str | None = None

    @property
    def clock(self) -> DossierClock:
        return DossierClock(self.field, self.channel, self.received_at, self.appointment_at,
                            self.end_at, None, self.supplement_at, self.resumed_at,
                            self.supplement_count)

    def is_overdue(self, now: int) -> bool:
        return is_overdue(self.clock, now)

    def is_due_today(self, now: int, window: tuple[int, int] | None = None) -> bool:
        return is_due_today(self.clock, now, window)


_COLUMNS = ("id, code, applicant, procedure, field, channel, state, received_at, appointment_at,"
            " end_at, supplement_count, supplement_at, resumed_at, origin_desk, conflict_open,"
            " rescheduled_to, holder")


def _open_now() -> str:
    """``DossierClock.end_by(now) is None`` in SQL, built from ``core.timing.CLOCK_STOPS``: every
    stored stop has begun by now, so a stop for good stops the clock once set, and a pause until
    its resume column is set."""
    return " AND ".join(f"{since} IS NULL" if until is None
                        else f"NOT ({since} IS NOT NULL AND {until} IS NULL)"
                        for since, until in CLOCK_STOPS)


#: A dossier whose clock runs now (the text the partial index on open appointments matches).
OPEN = _open_now()
#: ``core.timing.is_overdue`` in SQL, its two parameters ``now``: open and past the appointment,
#: or asked too often for a supplement; two halves so each uses the partial index on open
#: dossiers' appointments.
OVERDUE_IDS = (f"SELECT id FROM dossiers WHERE {OPEN} AND appointment_at < ?"
               f" UNION ALL SELECT id FROM dossiers WHERE {OPEN} AND appointment_at >= ?"
               f" AND supplement_count >= {FORCED_LATE_SUPPLEMENTS}")
#: ``core.timing.is_due_today`` in SQL; its two parameters are ``due_today_window(now)``.
DUE_TODAY = f"{OPEN} AND appointment_at BETWEEN ? AND ?"


def searchable(query: str) -> bool:
    """One or two letters (or fewer than four digits) match a large part of a big log and
    cost seconds; the list stays as it is until the clerk types a little more."""
    parts = tokens(query)
    if len(parts) != 1:
        return bool(parts)
    return len(parts[0]) >= (4 if parts[0].isdigit() else 2)


def _match(conn: sqlite3.Connection, expression: str) -> list[int]:
    rows = conn.execute(
        "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? ORDER BY rowid DESC LIMIT ?",
        (expression, SEARCH_LIMIT)).fetchall()
    return [r[0] for r in rows]


def typed_search_ids(conn: sqlite3.Connection, query: str) -> list[int] | None:
    """Ids for what is in the search box, newest first; None when there is nothing to search."""
    found = _typed_search(conn, query)
    return None if found is None else found[0]


def _typed_search(conn: sqlite3.Connection, query: str) -> tuple[list[int], str] | None:
    """The ids and the MATCH expression that found them.

    A prefix costs ten times a whole word on a million rows, so the cheapest question that can
    fill the list is asked first: every word whole; then the last word as a prefix (people type
    left to right); then every word as a prefix (``search_ids``)."""
    if not searchable(query):
        return None
    parts = tokens(query)
    whole = [f'"{p}"' for p in parts]
    expression = " AND ".join(whole)
    ids = _match(conn, expression)
    if len(ids) >= SEARCH_LIMIT:
        return ids, expression
    expression = " AND ".join(whole[:-1] + [f'"{parts[-1]}"*'])
    ids = _match(conn, expression)
    if ids or len(parts) == 1:
        return ids, expression
    return search_ids(conn, query, SEARCH_LIMIT), str(match_expression(query))


def _search_total(conn: sqlite3.Connection, found: tuple[list[int], str] | None) -> int | None:
    """How many dossiers match in all when the list stopped at ``SEARCH_LIMIT``; else None.

    Counting reads the whole doclist, so it is only asked when the cap was reached."""
    if found is None or len(found[0]) < SEARCH_LIMIT:
        return None
    return conn.execute("SELECT count(*) FROM dossier_search WHERE dossier_search MATCH ?",
                        (found[1],)).fetchone()[0]


def _where(conn: sqlite3.Connection, wanted: DossierFilter, now: int,
           found: tuple[list[int], str] | None = None) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    ids = found[0] if found is not None else typed_search_ids(conn, wanted.query)
    if ids is not None:
        clauses.append(f"id IN ({','.join('?' * len(ids))})" if ids else "0")
        params += ids
    if wanted.state is not None:
        clauses.append("state = ?")
        params.append(int(wanted.state))
    if wanted.channel is not None:
        clauses.append("channel = ?")
        params.append(int(wanted.channel))
    if wanted.field:
        clauses.append("field = ?")
        params.append(wanted.field)
    if wanted.holder:
        clauses.append("holder = ?")
        params.append(wanted.holder)
    if wanted.desk is not None:
        clauses.append("origin_desk = ?")
        params.append(int(wanted.desk))
    if wanted.conflict:
        clauses.append("conflict_open = 1")
    if wanted.first_day is not None:
        clauses.append("received_at >= ?")
        params.append(to_epoch(day_start(wanted.first_day)))
    if wanted.due is Due.OVERDUE:
        clauses.append(f"id IN ({OVERDUE_IDS})")
        params += [now, now]
    elif wanted.due is Due.DUE_TODAY:
        clauses.append(DUE_TODAY)
        params += list(due_today_window(now))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def first_page(conn: sqlite3.Connection, wanted: DossierFilter, sort: Sort,
               now: int) -> tuple[int, list[ListRow]]:
    """The count and the first page together, searching the index once for both."""
    total, rows, _matched = first_page_counted(conn, wanted, sort, now)
    return total, rows


def first_page_counted(conn: sqlite3.Connection, wanted: DossierFilter, sort: Sort,
                       now: int) -> tuple[int, list[ListRow], int | None]:
    """``first_page`` and, when the search stopped at ``SEARCH_LIMIT``, all its matches."""
    found = _typed_search(conn, wanted.query)
    where, params = _where(conn, wanted, now, found)
    total = conn.execute(f"SELECT count(*) FROM dossiers{where}", params).fetchone()[0]
    return total, _page(conn, where, params, sort, 0, PAGE_SIZE), _search_total(conn, found)


def page(conn: sqlite3.Connection, wanted: DossierFilter, sort: Sort, now: int, offset: int,
         limit: int = PAGE_SIZE) -> list[ListRow]:
    """Rows ``offset`` … ``offset + limit`` in the chosen order (ties broken by id)."""
    where, params = _where(conn, wanted, now)
    return _page(conn, where, params, sort, offset, limit)


def _procedure_order(conn: sqlite3.Connection) -> str:
    """Procedures by their names in Vietnamese order: a CASE over the few catalogue slugs."""
    names = conn.execute("SELECT slug, name FROM procedures").fetchall()
    ranked = sorted(names, key=lambda r: sort_key(r[1]))
    cases = " ".join(f"WHEN {_quote(slug)} THEN {rank}" for rank, (slug, _) in enumerate(ranked))
    return f"(CASE procedure {cases} ELSE {len(ranked)} END)" if cases else "procedure"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _page(conn: sqlite3.Connection, where: str, params: list, sort: Sort, offset: int,
          limit: int) -> list[ListRow]:
    direction = "DESC" if sort.descending else "ASC"
    column = _procedure_order(conn) if sort.key is SortKey.PROCEDURE else _ORDER[sort.key]
    order = f"{column} {direction}" if column == "id" else f"{column} {direction}, id {direction}"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM dossiers{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [ListRow(*r) for r in rows]

"""The dossier log as the window lists it: filters, sorting and one page at a time.

A busy ward keeps up to a million rows, so nothing here loads the whole log: the window asks
for the count once per filter and then for the pages it is about to show.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.clock import day_start, to_epoch
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


_ORDER = {
    SortKey.CODE: "id", SortKey.RECEIVED: "received_at", SortKey.APPLICANT: "applicant",
    SortKey.PROCEDURE: "procedure", SortKey.CHANNEL: "channel", SortKey.STATE: "state",
    SortKey.APPOINTMENT: "appointment_at",
}  # fmt: skip


@dataclass(frozen=True)
class DossierFilter:
    """What the clerk narrowed the log to; every part is optional."""

    query: str = ""
    state: int | None = None
    channel: int | None = None
    field: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    due: Due | None = None


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

    def is_overdue(self, now: int) -> bool:
        return self.end_at is None and (self.supplement_count >= 2 or now > self.appointment_at)

    def is_due_today(self, now: int, today_end: int) -> bool:
        return self.end_at is None and now <= self.appointment_at <= today_end


_COLUMNS = ("id, code, applicant, procedure, field, channel, state, received_at, appointment_at,"
            " end_at, supplement_count")


#: Open and past the appointment, or asked twice for a supplement; two halves so each uses the
#: partial index on open dossiers' appointments.
OVERDUE_IDS = ("SELECT id FROM dossiers WHERE end_at IS NULL AND appointment_at < ?"
               " UNION ALL SELECT id FROM dossiers WHERE end_at IS NULL AND appointment_at >= ?"
               " AND supplement_count >= 2")


def end_of_day(now: int) -> int:
    from desktop.core.clock import from_epoch

    moment = from_epoch(now)
    assert moment is not None
    return to_epoch(day_start(moment.date() + timedelta(days=1))) - 1


def _where(conn: sqlite3.Connection, wanted: DossierFilter, now: int) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if wanted.query.strip():
        ids = search_ids(conn, wanted.query, SEARCH_LIMIT)
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
    if wanted.first_day is not None:
        clauses.append("received_at >= ?")
        params.append(to_epoch(day_start(wanted.first_day)))
    if wanted.last_day is not None:
        clauses.append("received_at < ?")
        params.append(to_epoch(day_start(wanted.last_day + timedelta(days=1))))
    if wanted.due is Due.OVERDUE:
        clauses.append(f"id IN ({OVERDUE_IDS})")
        params += [now, now]
    elif wanted.due is Due.DUE_TODAY:
        clauses.append("end_at IS NULL AND appointment_at BETWEEN ? AND ?")
        params += [now, end_of_day(now)]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(conn: sqlite3.Connection, wanted: DossierFilter, now: int) -> int:
    where, params = _where(conn, wanted, now)
    return conn.execute(f"SELECT count(*) FROM dossiers{where}", params).fetchone()[0]


def page(conn: sqlite3.Connection, wanted: DossierFilter, sort: Sort, now: int, offset: int,
         limit: int = PAGE_SIZE) -> list[ListRow]:
    """Rows ``offset`` … ``offset + limit`` in the chosen order (ties broken by id)."""
    where, params = _where(conn, wanted, now)
    direction = "DESC" if sort.descending else "ASC"
    column = _ORDER[sort.key]
    order = f"{column} {direction}" if column == "id" else f"{column} {direction}, id {direction}"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM dossiers{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [ListRow(*r) for r in rows]

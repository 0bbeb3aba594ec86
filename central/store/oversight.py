"""The questions a province officer asks, as queries over the folded tables (derived.py).

Every query is bounded by an index: a time range (today, this month, 14 days), the open
dossiers (a partial index), or one commune's rows. Written in SQL both engines speak.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from central.store import CentralStore
from desktop.core.states import State
from desktop.core.timing import CLOCK_STOPS, FORCED_LATE_SUPPLEMENTS

_ASKED = int(State.SUPPLEMENT_REQUESTED)
#: How a dossier report shows that each column of ``core.timing.CLOCK_STOPS`` is set by the
#: moment parameter: the desk reports when the dossier ended, its state and how many times it
#: was asked for papers, not when they came back. Asked once and still in "supplement
#: requested", the first request stands; any later move, or a second request, means the papers
#: came back. A stop core adds without a line here fails at import, not silently.
_SET_BY = {
    "end_at": lambda moment: f"(end_at IS NOT NULL AND end_at <= :{moment})",
    "supplement_at": lambda moment: "supplement_count > 0",
    "resumed_at": lambda moment: f"NOT (state = {_ASKED} AND supplement_count = 1)",
}


def _stopped_at(moment: str) -> str:
    """``DossierClock.end_by(moment) is not None`` over reports, built from ``CLOCK_STOPS``."""
    return " OR ".join(_SET_BY[since](moment) if until is None
                       else f"({_SET_BY[since](moment)} AND NOT {_SET_BY[until](moment)})"
                       for since, until in CLOCK_STOPS)


def _overdue_at(moment: str) -> str:
    """``core.timing.is_overdue`` at the parameter ``moment``: no stop of its clock by then, and
    past its appointment or asked too often for papers. The one overdue rule of the national,
    province and commune pages."""
    return (f"NOT ({_stopped_at(moment)}) AND (supplement_count >= {FORCED_LATE_SUPPLEMENTS}"
            f" OR appointment_at < :{moment})")


RECEIVED = """
SELECT commune_code, SUM(CASE WHEN received_at >= :day THEN 1 ELSE 0 END), COUNT(*), SUM(online)
FROM dossier_state WHERE received_at >= :month GROUP BY commune_code
"""
RESOLVED = """
SELECT commune_code, COUNT(*), SUM(CASE WHEN timing IN ('early', 'on_time') THEN 1 ELSE 0 END)
FROM dossier_state WHERE end_at >= :month GROUP BY commune_code
"""
OVERDUE = f"""
SELECT commune_code, COUNT(*) FROM dossier_state
WHERE end_at IS NULL AND {_overdue_at("now")}
GROUP BY commune_code
"""
CHECKLISTS = "SELECT commune_code, green, items, reported_at FROM checklist_state WHERE 1 = 1"
LAST_SEEN = "SELECT commune_code, MAX(last_received_at) FROM desk_seen GROUP BY commune_code"


@dataclass
class CommuneFigures:
    received_today: int = 0
    received_month: int = 0
    online_month: int = 0
    resolved_month: int = 0
    in_time_month: int = 0
    overdue: int = 0
    green: bool | None = None
    checklist_json: str = "[]"
    last_report: int | None = None

    @property
    def checklist(self) -> list[dict]:
        """Parsed only when a page shows the items (the national page needs only ``green``)."""
        return json.loads(self.checklist_json)

    @property
    def on_time_rate(self) -> float | None:
        return self.in_time_month / self.resolved_month if self.resolved_month else None

    @property
    def online_rate(self) -> float | None:
        return self.online_month / self.received_month if self.received_month else None


def _only(sql: str, communes: list[str] | None) -> tuple[str, dict[str, str]]:
    """Narrow a query to some communes (one province) so it reads only their index ranges."""
    if communes is None:
        return sql, {}
    marks = {f"c{n}": code for n, code in enumerate(communes)}
    where = f"commune_code IN ({', '.join(':' + k for k in marks) or 'NULL'})"
    if re.search(r"\sWHERE\s", sql):
        return re.sub(r"\sWHERE\s", f" WHERE {where} AND ", sql, count=1), marks
    return re.sub(r"\sGROUP BY\s", f" WHERE {where} GROUP BY ", sql, count=1), marks


def commune_figures(store: CentralStore, *, now: int, day_start: int, month_start: int,
                    communes: list[str] | None = None) -> dict[str, CommuneFigures]:
    """Figures of every commune that ever reported (or of ``communes``), by commune code."""
    out: dict[str, CommuneFigures] = {}

    def rows(sql: str, params: dict | None = None) -> list[tuple]:
        narrowed, marks = _only(sql, communes)
        return store.rows(narrowed, (params or {}) | marks)

    def of(code: str) -> CommuneFigures:
        return out.setdefault(code, CommuneFigures())

    for code, today, month, online in rows(RECEIVED, {"day": day_start, "month": month_start}):
        f = of(code)
        f.received_today, f.received_month, f.online_month = int(today), int(month), int(online)
    for code, resolved, in_time in rows(RESOLVED, {"month": month_start}):
        f = of(code)
        f.resolved_month, f.in_time_month = int(resolved), int(in_time)
    for code, overdue in rows(OVERDUE, {"now": now}):
        of(code).overdue = int(overdue)
    for code, green, items, _at in rows(CHECKLISTS):
        f = of(code)
        f.green, f.checklist_json = bool(green), items
    for code, last in rows(LAST_SEEN):
        of(code).last_report = int(last)
    return out


PERIOD = f"""
SELECT COALESCE(field, ''),
  SUM(CASE WHEN received_at >= :start AND online = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN received_at >= :start AND online = 0 THEN 1 ELSE 0 END),
  SUM(CASE WHEN received_at < :start THEN 1 ELSE 0 END),
  SUM(CASE WHEN end_at >= :start AND end_at < :end THEN 1 ELSE 0 END),
  SUM(CASE WHEN end_at >= :start AND end_at < :end AND timing = 'early' THEN 1 ELSE 0 END),
  SUM(CASE WHEN end_at >= :start AND end_at < :end AND timing = 'on_time' THEN 1 ELSE 0 END),
  SUM(CASE WHEN end_at >= :start AND end_at < :end AND timing = 'late' THEN 1 ELSE 0 END),
  SUM(CASE WHEN end_at IS NULL OR end_at >= :end THEN 1 ELSE 0 END),
  SUM(CASE WHEN {_overdue_at("last")} THEN 1 ELSE 0 END)
FROM dossier_state
WHERE commune_code = :commune AND received_at < :end AND (end_at IS NULL OR end_at >= :start)
GROUP BY COALESCE(field, '') ORDER BY 1
"""

PERIOD_COLUMNS = ("received_online", "received_direct_post", "carried_over", "resolved_total",
                  "early", "on_time", "late", "pending_total", "pending_overdue")

SENT_SUMMARIES = """
SELECT COUNT(*), SUM(received_online), SUM(received_direct_post), SUM(resolved_total),
       SUM(early), SUM(on_time), SUM(late)
FROM daily_totals WHERE commune_code = :commune AND day >= :first AND day <= :last
"""
COMPARED = ("received_online", "received_direct_post", "resolved_total", "early", "on_time",
            "late")


def period_rows(store: CentralStore, commune: str, start: int,
                end: int) -> dict[str, dict[str, int]]:
    """II.06a of [start, end) from the dossier reports, by field, with a ``""`` total; pending
    dossiers are judged at the period's last second, as the desk's summary judges them."""
    rows: dict[str, dict[str, int]] = {}
    total = dict.fromkeys(PERIOD_COLUMNS, 0)
    for field_name, *values in store.rows(PERIOD, {"commune": commune, "start": start,
                                                   "end": end, "last": end - 1}):
        row = {k: int(v or 0) for k, v in zip(PERIOD_COLUMNS, values, strict=True)}
        rows[field_name or "—"] = row
        for k in PERIOD_COLUMNS:
            total[k] += row[k]
    rows[""] = total
    return rows


def sent_summaries(store: CentralStore, commune: str, first_day: str,
                   last_day: str) -> tuple[int, dict[str, int]]:
    """How many daily summaries the desks sent for the period, and their sums."""
    days, *sums = store.rows(SENT_SUMMARIES, {"commune": commune, "first": first_day,
                                              "last": last_day})[0]
    return int(days or 0), {k: int(v or 0) for k, v in zip(COMPARED, sums, strict=True)}


def desk_summaries(store: CentralStore, commune: str, first_day: str,
                   last_day: str) -> list[tuple[str, int, bool | None, str | None]]:
    """(day, desk, signature valid or None when unsigned, signer) of each daily summary."""
    return [(day, int(d), None if signed is None else bool(signed), signer)
            for day, d, signed, signer in store.rows(
                "SELECT day, desk, signed, signer FROM desk_summaries WHERE commune_code = :c"
                " AND day >= :first AND day <= :last ORDER BY day, desk",
                {"c": commune, "first": first_day, "last": last_day})]


def desks(store: CentralStore, commune: str) -> list[tuple[int, int]]:
    return [(int(d), int(at)) for d, at in store.rows(
        "SELECT desk, last_received_at FROM desk_seen WHERE commune_code = :c ORDER BY desk",
        {"c": commune})]


def received_since(store: CentralStore, commune: str, since: int) -> list[tuple[int, int | None]]:
    """(received_at, end_at) of the commune's dossiers received or ended since ``since``."""
    return [(int(r), None if e is None else int(e)) for r, e in store.rows(
        "SELECT received_at, end_at FROM dossier_state WHERE commune_code = :c"
        " AND (received_at >= :since OR end_at >= :since)", {"c": commune, "since": since})]


def overdue_dossiers(store: CentralStore, commune: str, now: int,
                     limit: int = 200) -> list[tuple[str, str, int, int]]:
    """Codes and dates only: (code, procedure, received_at, appointment_at)."""
    return [(c, p, int(r), int(a)) for c, p, r, a in store.rows(
        "SELECT code, procedure, received_at, appointment_at FROM dossier_state"
        f" WHERE commune_code = :c AND end_at IS NULL AND {_overdue_at('now')}"
        " ORDER BY appointment_at LIMIT :limit",
        {"c": commune, "now": now, "limit": limit})]


def checklist_of(store: CentralStore, commune: str) -> tuple[bool | None, list[dict], int | None]:
    found = store.rows("SELECT green, items, reported_at FROM checklist_state"
                       " WHERE commune_code = :c", {"c": commune})
    if not found:
        return None, [], None
    green, items, at = found[0]
    return bool(green), json.loads(items), int(at)

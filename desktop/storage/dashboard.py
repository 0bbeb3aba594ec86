"""Today at a glance: the few numbers the Overview screen shows, each one indexed query."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.core.clock import VN_OFFSET_SECONDS, day_bounds, local_day, to_epoch, to_vn
from desktop.core.states import Channel, State
from desktop.core.summary import SummaryRow
from desktop.core.timing import due_today_window
from desktop.storage.listing import DUE_TODAY, OVERDUE_IDS

CHART_DAYS = 14


@dataclass(frozen=True)
class Today:
    received_by_channel: dict[int, int]
    resolved: int
    due_today: int
    overdue: int
    month: SummaryRow
    days: list[date]
    #: received per day (oldest first) for each channel, aligned with ``days``
    chart: dict[int, list[int]]

    @property
    def received(self) -> int:
        return sum(self.received_by_channel.values())


def today(conn: sqlite3.Connection, now: datetime, month: SummaryRow) -> Today:
    now = to_vn(now)
    start, end = day_bounds(now.date())
    moment = to_epoch(now)
    by_channel = dict(conn.execute(
        "SELECT channel, count(*) FROM dossiers WHERE received_at BETWEEN ? AND ? GROUP BY channel",
        (start, end)).fetchall())
    resolved = conn.execute(
        "SELECT count(*) FROM dossiers WHERE end_at BETWEEN ? AND ? AND end_state = ?",
        (start, end, int(State.RESOLVED))).fetchone()[0]  # RETURNED follows RESOLVED, never ends
    due_today = conn.execute(
        f"SELECT count(*) FROM dossiers WHERE {DUE_TODAY}", due_today_window(moment)).fetchone()[0]
    overdue = conn.execute(f"SELECT count(*) FROM ({OVERDUE_IDS})", (moment, moment)).fetchone()[0]
    days = [now.date() - timedelta(days=CHART_DAYS - 1 - i) for i in range(CHART_DAYS)]
    chart = {int(c): [0] * CHART_DAYS for c in Channel}
    first = day_bounds(days[0])[0]
    rows = conn.execute(
        "SELECT (received_at + ?) / 86400 AS day, channel, count(*) FROM dossiers"
        " WHERE received_at BETWEEN ? AND ? GROUP BY day, channel",
        (VN_OFFSET_SECONDS, first, end)).fetchall()
    base = local_day(first)
    for day, channel, n in rows:
        if 0 <= day - base < CHART_DAYS and channel in chart:
            chart[channel][day - base] = n
    return Today({int(c): by_channel.get(int(c), 0) for c in Channel}, resolved, due_today,
                 overdue, month, days, chart)

"""The period status summary of report form II.06a, computed from dossier clocks.

For a period [start, end]: the cohort is every dossier received in the period plus those
carried over (received before and still open at the start). Each is either resolved by the end
(early / on time / late) or pending at the end (within deadline / overdue), so
received total = resolved total + pending total by construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from desktop.core.states import Channel
from desktop.core.timing import DossierClock, Timing, is_overdue, judge

COUNT_KEYS = (
    "received_total", "received_online", "received_direct_post", "carried_over",
    "resolved_total", "early", "on_time", "late",
    "pending_total", "pending_within", "pending_overdue",
)  # fmt: skip


@dataclass
class SummaryRow:
    field: str
    field_name: str = ""
    received_total: int = 0
    received_online: int = 0
    received_direct_post: int = 0
    carried_over: int = 0
    resolved_total: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    pending_total: int = 0
    pending_within: int = 0
    pending_overdue: int = 0

    @property
    def online_rate(self) -> float | None:
        this_period = self.received_online + self.received_direct_post
        return None if this_period == 0 else self.received_online / this_period

    @property
    def on_time_rate(self) -> float | None:
        if self.resolved_total == 0:
            return None
        return (self.early + self.on_time) / self.resolved_total

    def add(self, other: SummaryRow) -> None:
        for key in COUNT_KEYS:
            setattr(self, key, getattr(self, key) + getattr(other, key))

    def to_json(self) -> dict:
        data = asdict(self)
        data["online_rate"] = _rounded(self.online_rate)
        data["on_time_rate"] = _rounded(self.on_time_rate)
        return data


@dataclass
class Summary:
    start: int
    end: int
    rows: list[SummaryRow] = field(default_factory=list)
    total: SummaryRow = field(default_factory=lambda: SummaryRow("total", "Tổng số"))

    @property
    def online_rate(self) -> float | None:
        return self.total.online_rate

    @property
    def on_time_rate(self) -> float | None:
        return self.total.on_time_rate


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


class Outcome(StrEnum):
    """Where a cohort dossier lands at the period's end: one of the form's five columns."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"
    PENDING_WITHIN = "pending_within"
    PENDING_OVERDUE = "pending_overdue"


_TIMING_OUTCOME = {Timing.EARLY: Outcome.EARLY, Timing.ON_TIME: Outcome.ON_TIME,
                   Timing.LATE: Outcome.LATE}


@dataclass(frozen=True, slots=True)
class Classified:
    carried_over: bool
    outcome: Outcome
    #: When the dossier counts as ended by the period's end (None while pending).
    ended_at: int | None


def classify(clock: DossierClock, start: int, end: int) -> Classified | None:
    """The one II.06a rule: None outside the cohort of [start, end] (inclusive), else whether
    the dossier was carried over and which column it falls in at ``end``. The summary table and
    the printed overdue list both ask this, so a change in the law is one edit."""
    if clock.received_at > end:
        return None
    carried_over = clock.received_at < start
    if carried_over and clock.end_by(start - 1) is not None:
        return None
    ended = clock.end_by(end)
    if ended is None:
        outcome = Outcome.PENDING_OVERDUE if is_overdue(clock, end) else Outcome.PENDING_WITHIN
        return Classified(carried_over, outcome, None)
    timing = judge(ended[0], clock.appointment_at, ended[1], clock.forced_late)
    return Classified(carried_over, _TIMING_OUTCOME[timing], ended[0])


def summarise(
    clocks: Iterable[DossierClock],
    start: int,
    end: int,
    field_names: Mapping[str, str] | None = None,
) -> Summary:
    """``clocks`` may hold anything; only the cohort of [start, end] (inclusive) is counted."""
    field_names = field_names or {}
    rows: dict[str, SummaryRow] = {}
    for clock in clocks:
        classified = classify(clock, start, end)
        if classified is None:
            continue
        row = rows.get(clock.field)
        if row is None:
            row = rows[clock.field] = SummaryRow(clock.field, field_names.get(clock.field, clock.field))
        row.received_total += 1
        if classified.carried_over:
            row.carried_over += 1
        elif clock.channel == Channel.ONLINE:
            row.received_online += 1
        else:
            row.received_direct_post += 1
        if classified.outcome in (Outcome.PENDING_WITHIN, Outcome.PENDING_OVERDUE):
            row.pending_total += 1
        else:
            row.resolved_total += 1
        setattr(row, classified.outcome.value, getattr(row, classified.outcome.value) + 1)
    summary = Summary(start, end)
    order = list(field_names)
    summary.rows = sorted(
        rows.values(), key=lambda r: (order.index(r.field) if r.field in order else len(order), r.field)
    )
    for row in summary.rows:
        summary.total.add(row)
    return summary


def summary_json(summary: Summary) -> dict:
    return {
        "from": summary.start,
        "to": summary.end,
        "rows": [row.to_json() for row in summary.rows],
        "total": summary.total.to_json(),
        "online_rate": _rounded(summary.online_rate),
        "on_time_rate": _rounded(summary.on_time_rate),
    }

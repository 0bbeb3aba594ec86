"""Early / on time / late, and what counts as a dossier's end at a given moment.

Stored times are integer seconds; these functions work on them directly because the period
summary classifies tens of thousands of dossiers at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.clock import end_of_day, local_day
from desktop.core.states import ALWAYS_ON_TIME, State


class Timing(StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"

    @property
    def label(self) -> str:
        return TIMING_LABELS[self]


TIMING_LABELS = {Timing.EARLY: "Trước hạn", Timing.ON_TIME: "Đúng hạn", Timing.LATE: "Quá hạn"}
WITHIN_DEADLINE = "Trong hạn"


#: The dossier columns a clock is read from, in ``DossierClock``'s field order.
CLOCK_COLUMNS = ("field", "channel", "received_at", "appointment_at", "end_at", "end_state",
                 "supplement_at", "resumed_at", "supplement_count")


#: What stops a dossier's clock, as stored columns: (the column it stops at, the column it runs
#: again at, or None when it stops for good), first match wins. It stops for good at its end,
#: and from the first supplement request until the papers come back. Stopped, a dossier counts
#: as resolved at the stop, so it is neither open nor overdue. Storage writes its SQL for "open"
#: from these, so a change in the law is an edit here.
CLOCK_STOPS: tuple[tuple[str, str | None], ...] = (("end_at", None), ("supplement_at", "resumed_at"))
#: Only one supplement request is lawful: asked this many times, a dossier is late whatever its
#: dates.
FORCED_LATE_SUPPLEMENTS = 2


@dataclass(frozen=True, slots=True)
class DossierClock:
    """The few facts about a dossier that on-time judgement needs (epoch seconds)."""

    field: str
    channel: int
    received_at: int
    appointment_at: int
    end_at: int | None = None
    end_state: int | None = None
    supplement_at: int | None = None  # first supplement request
    resumed_at: int | None = None  # first supplement received back
    supplement_count: int = 0

    @classmethod
    def from_row(cls, row: Mapping[str, object]) -> DossierClock:
        """The one way to read a clock from a stored row (``sqlite3.Row`` or a mapping): by
        column name, so reordering a SELECT cannot shift a field into another's place."""
        return cls(*(row[name] for name in CLOCK_COLUMNS))  # type: ignore[arg-type]

    def end_by(self, moment: int) -> tuple[int, int | None] | None:
        """(stop time, end state) if the dossier counts as ended at ``moment`` (its clock
        stopped by one of ``CLOCK_STOPS``), else None; only its end for good has an end state."""
        for since, until in CLOCK_STOPS:
            stopped_at = getattr(self, since)
            if stopped_at is None or stopped_at > moment:
                continue
            if until is None:
                return stopped_at, self.end_state
            runs_again = getattr(self, until)
            if runs_again is None or runs_again > moment:
                return stopped_at, None
        return None

    @property
    def forced_late(self) -> bool:
        return self.supplement_count >= FORCED_LATE_SUPPLEMENTS


def judge(end_at: int, appointment_at: int, end_state: int | None = None,
          forced_late: bool = False) -> Timing:
    if end_state is not None and State(end_state) in ALWAYS_ON_TIME:
        return Timing.ON_TIME
    if forced_late or end_at > appointment_at:
        return Timing.LATE
    if local_day(end_at) < local_day(appointment_at):
        return Timing.EARLY
    return Timing.ON_TIME


def judge_clock(clock: DossierClock, moment: int) -> Timing | None:
    """Timing of a dossier ended by ``moment``; None while it is still open."""
    ended = clock.end_by(moment)
    if ended is None:
        return None
    return judge(ended[0], clock.appointment_at, ended[1], clock.forced_late)


def is_overdue(clock: DossierClock, moment: int) -> bool:
    """Still open at ``moment`` and past its appointment (or asked twice for a supplement).

    A dossier waiting for its first supplement is not open in this sense (its clock is paused
    and it counts as resolved at the request), so the log, the Overview and form II.06a agree.
    """
    if clock.end_by(moment) is not None:
        return False
    return clock.forced_late or moment > clock.appointment_at


def book_mark(clock: DossierClock, moment: int) -> str:
    """The tracking book's judgement column: early / on time / late once ended, else whether
    the open dossier is still within its deadline at ``moment``."""
    timing = judge_clock(clock, moment)
    if timing is not None:
        return timing.label
    return Timing.LATE.label if is_overdue(clock, moment) else WITHIN_DEADLINE


def due_today_window(now: int) -> tuple[int, int]:
    """"Due today": the appointment falls from ``now`` to the end of today, Vietnam time
    (inclusive). The log's filter, its yellow rows and the Overview's figure all use this."""
    return now, end_of_day(now)


def is_due_today(clock: DossierClock, now: int, window: tuple[int, int] | None = None) -> bool:
    """Still open at ``now`` with the appointment inside ``due_today_window(now)`` (pass the
    window when judging many rows at the same moment)."""
    first, last = window or due_today_window(now)
    return clock.end_by(now) is None and first <= clock.appointment_at <= last

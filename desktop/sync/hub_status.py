"""How fresh each colleague's data is at this desk, for the status bar.

"Fresh" is the time of the newest change this PC holds from that desk. A colleague whose
newest change is more than one working hour old may simply be idle, or cut off: the window
shows it in amber so the clerk knows the list may be missing their latest dossiers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.clock import from_epoch
from desktop.storage import Store

STALE_WORKING_SECONDS = 3600


@dataclass(frozen=True)
class Colleague:
    desk: int
    as_of: datetime | None
    minutes: int | None  # since ``as_of``, wall-clock
    stale: bool


def colleagues(store: Store, now: datetime) -> list[Colleague]:
    """Every other desk this PC has heard of; empty unless the endpoint is a commune hub."""
    if not store.settings.get("hub"):
        return []
    identity = store.settings.identity()
    own = identity.desk if identity else None
    calendar = store.calendar
    out = []
    for desk in store.replica.desks():
        if desk.desk == own:
            continue
        as_of = from_epoch(desk.as_of)
        if as_of is None:
            out.append(Colleague(desk.desk, None, None, True))
            continue
        minutes = max(0, int((now - as_of).total_seconds() // 60))
        stale = calendar.working_seconds(as_of, now) > STALE_WORKING_SECONDS
        out.append(Colleague(desk.desk, as_of, minutes, stale))
    return out

"""The commune's II.06a from the events the hub holds, folded by the desks' own code.

The hub and every desk run ``desktop.core.replay.fold`` on the same events, so the hub's
summary and each desk's ``motcua summary`` agree once all have exchanged.
"""

from __future__ import annotations

from datetime import date

from central.store.feed import CommuneFeed
from desktop.core.calendar import WorkCalendar
from desktop.core.catalogue import load_catalogue
from desktop.core.clock import day_bounds, from_epoch
from desktop.core.replay import DossierEvent, fold
from desktop.core.summary import summarise, summary_json


def commune_summary(feed: CommuneFeed, commune_code: str, first: date, last: date,
                    desk: int | None = None, calendar: WorkCalendar | None = None) -> dict:
    calendar = calendar or WorkCalendar()
    by_code: dict[str, list[DossierEvent]] = {}
    for body in feed.commune_events(commune_code):
        event = DossierEvent.from_wire(body)
        by_code.setdefault(event.code, []).append(event)
    clocks, counts, latest = [], {}, {}
    for events in by_code.values():
        for e in events:
            latest[e.origin] = max(latest.get(e.origin, 0), e.at)
        result = fold(events, calendar)
        if result is None:
            continue
        counts[result.origin] = counts.get(result.origin, 0) + 1
        if desk is None or result.origin == desk:
            clocks.append(result.clock)
    start, end = day_bounds(first, last)
    data = summary_json(summarise(clocks, start, end, load_catalogue().fields))
    data["from"], data["to"], data["desk"] = first.isoformat(), last.isoformat(), desk
    data["desks"] = [{"desk": d, "dossiers": counts.get(d, 0),
                      "as_of": from_epoch(latest[d]).isoformat()}
                     for d in sorted(set(counts) | set(latest))
                     if desk is None or d == desk]
    return data


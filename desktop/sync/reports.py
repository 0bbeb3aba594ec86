"""The daily II.06a summary report, queued for each finished day.

A day is reported once it has ended. Recent days are looked at again on every run: if a
dossier of that day was corrected later, a new report for the day is queued and supersedes
the earlier one (``outbox.enqueue`` links it); an unchanged day queues nothing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.core.clock import from_epoch, to_epoch, to_vn
from desktop.core.errors import UserError
from desktop.core.summary import summary_json
from desktop.storage import Store, outbox

#: How many finished days are recomputed on each run to catch late corrections.
RECHECK_DAYS = 7


def summary_entity(day: date) -> str:
    return f"daily_summary:{day.isoformat()}"


def summary_payload(store: Store, day: date) -> dict:
    """This desk's own dossiers: with a commune hub the log also holds colleagues', and each
    of them reports its own day, so the province never counts a dossier twice."""
    identity = store.settings.identity()
    desk = identity.desk if identity and store.settings.get("hub") else None
    data = summary_json(store.dossiers.summary(day, day, desk))
    data["day"] = day.isoformat()
    return data


def queue_summary(store: Store, day: date, now: datetime) -> str | None:
    """On demand (the Reports screen): the id queued, or None if the same report is already
    queued or sent."""
    if day > to_vn(now).date():
        raise UserError("Không gửi được báo cáo cho ngày chưa tới.")
    queued = _queue(store, [day], now)
    return queued[0] if queued else None


def queue_daily_summaries(store: Store, now: datetime) -> list[str]:
    """Every finished day since the last one queued, plus corrections of recent days."""
    if store.settings.identity() is None:
        return []
    yesterday = to_vn(now).date() - timedelta(days=1)
    last = store.settings.get("last_daily_summary")
    if last is not None:
        first_new = date.fromisoformat(last) + timedelta(days=1)
    else:
        earliest = store.conn.execute("SELECT min(received_at) FROM dossiers").fetchone()[0]
        first_new = yesterday if earliest is None else min(from_epoch(earliest).date(), yesterday)
    first = min(first_new, yesterday - timedelta(days=RECHECK_DAYS - 1))
    days = [first + timedelta(days=n) for n in range((yesterday - first).days + 1)]
    return _queue(store, days, now, mark=yesterday, new_from=first_new)


def _queue(store: Store, days: list[date], now: datetime, mark: date | None = None,
           new_from: date | None = None) -> list[str]:
    """Days before ``new_from`` are corrections only: queued if reported before and changed."""
    identity = store.settings.require_identity()
    payloads = [(day, summary_payload(store, day)) for day in days]
    queued = []
    with store.transaction() as conn:
        for day, payload in payloads:
            entity = summary_entity(day)
            body_hash = outbox.payload_hash(outbox.canonical_json(payload))
            previous = outbox.latest_payload_hash(conn, entity)
            if previous == body_hash or (previous is None and new_from and day < new_from):
                continue
            queued.append(outbox.enqueue(conn, "daily_summary", entity, payload,
                                         now=to_epoch(now), commune_code=identity.commune.code,
                                         desk=identity.desk))
        if mark is not None:
            store.settings.set("last_daily_summary", mark.isoformat())
    return queued

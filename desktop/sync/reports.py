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
#: The payload key holding the detached signature of the rest (the report's canonical JSON).
SIGNATURE = "signature"


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


def queue_period(store: Store, first: date, last: date, now: datetime) -> int:
    """The daily reports of a period (the report sent upward is one day's summary), up to
    today; days already queued or sent unchanged are skipped. The number newly queued."""
    days = [first + timedelta(days=i)
            for i in range((min(last, to_vn(now).date()) - first).days + 1)]
    return sum(1 for day in days if queue_summary(store, day, now) is not None)


def queue_daily_summaries(store: Store, now: datetime, secrets: object = None) -> list[str]:
    """Every finished day since the last one queued, plus corrections of recent days; signed
    when the desk's key is set up with its secret remembered (``secrets``: the keyring store)."""
    if store.settings.identity() is None:
        return []
    yesterday = to_vn(now).date() - timedelta(days=1)
    last = store.settings.get("last_daily_summary")
    if last is not None:
        first_new = date.fromisoformat(last) + timedelta(days=1)
    else:
        earliest = store.dossiers.first_received_at()
        first_new = yesterday if earliest is None else min(from_epoch(earliest).date(), yesterday)
    first = min(first_new, yesterday - timedelta(days=RECHECK_DAYS - 1))
    days = [first + timedelta(days=n) for n in range((yesterday - first).days + 1)]
    return _queue(store, days, now, mark=yesterday, new_from=first_new, secrets=secrets)


def _queue(store: Store, days: list[date], now: datetime, mark: date | None = None,
           new_from: date | None = None, secrets: object = None) -> list[str]:
    """Days before ``new_from`` are corrections only: queued if reported before and changed."""
    identity = store.settings.require_identity()
    payloads = [(day, summary_payload(store, day)) for day in days]
    queued = []
    signer = _report_signer(store, now, secrets)
    try:
        with store.transaction() as conn:
            for day, payload in payloads:
                entity = summary_entity(day)
                body = outbox.canonical_json(payload)
                previous = outbox.latest_payload_hash(conn, entity, ignore=(SIGNATURE,))
                if previous == outbox.payload_hash(body) or (
                        previous is None and new_from and day < new_from):
                    continue
                signature = signer(body.encode("utf-8")) if signer else None
                if signature is not None:
                    payload = {**payload, SIGNATURE: signature}
                queued.append(outbox.enqueue(conn, "daily_summary", entity, payload,
                                             now=to_epoch(now), commune_code=identity.commune.code,
                                             desk=identity.desk))
            if mark is not None:
                store.settings.set("last_daily_summary", mark.isoformat())
    finally:
        if signer:
            signer.close()
    return queued


def _report_signer(store: Store, now: datetime, secrets: object):  # noqa: ANN202
    """The desk's key for unattended signing, or None; pyHanko loads only when one is set up
    with its secret remembered."""
    if not (store.settings.get("signing") or {}).get("remember"):
        return None
    from desktop.sign.detached import ReportSigner

    return ReportSigner(store, now, secrets)

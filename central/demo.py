"""Demo reports for the oversight pages: a few communes of one province sending what desks
send (dossier reports, daily summaries, checklists), stored through the normal ingest path.
Used by the dashboard tests and tools/central_screenshots.py; deterministic for a seed."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from central.schema import Item, payload_hash
from central.store import CentralStore
from desktop.core.clock import VN_TZ

FIELDS = [("ho-tich", "khai-sinh", 0), ("chung-thuc", "chung-thuc-ban-sao", 0),
          ("cu-tru", "thuong-tru", 7)]


def _item(kind: str, entity: str, payload: dict, commune: str, desk: int, at: int) -> Item:
    return Item(id=str(uuid.UUID(int=random.getrandbits(128))), kind=kind, entity=entity,
                payload=payload, payload_hash=payload_hash(payload), created_at=at,
                commune_code=commune, desk=desk, app_version="demo")


def _count(totals: dict, day: object, key: str) -> None:
    counts = totals.setdefault(day, {})
    counts[key] = counts.get(key, 0) + 1


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def seed(store: CentralStore, communes: list[str], now: int, *, seed_value: int = 7,
         per_day: int = 6, days: int = 20, silent: tuple[str, ...] = (),
         not_green: dict[str, list[int]] | None = None, mismatch: tuple[str, ...] = ()) -> None:
    """``silent`` communes last reported two days ago; ``not_green`` lists undone items;
    ``mismatch`` communes sent one daily summary that disagrees with their dossier reports."""
    random.seed(seed_value)
    not_green = not_green or {}
    today = datetime.fromtimestamp(now, VN_TZ).replace(hour=0, minute=0, second=0, microsecond=0)
    for commune in communes:
        token = store.issue_token(commune, 1, now)
        desk = store.desk_for(token)
        last = now - 2 * 86400 if commune in silent else now - 600
        items: list[Item] = []
        totals: dict = {}
        serial = 0
        for back in range(days, -1, -1):
            day = today - timedelta(days=back)
            count = per_day if back else per_day // 2
            for _ in range(count):
                serial += 1
                field, procedure, legal = random.choice(FIELDS)
                received = day + timedelta(hours=8, minutes=random.randrange(0, 480))
                if received.timestamp() > last:
                    continue
                appointment = received + timedelta(days=legal or 1)
                code = f"000.00.{commune}.H56-{received:%y%m%d}-01{serial:04d}"
                online = random.random() < 0.5
                ended = None
                timing = None
                roll = random.random()
                if roll < 0.7 and back > 0:
                    ended = received + timedelta(hours=random.choice([3, 20, 30, 200]))
                    if ended.timestamp() > last:
                        ended = None
                    elif ended <= appointment:
                        timing = "early" if ended.date() < appointment.date() else "on_time"
                    else:
                        timing = "late"
                state = 10 if ended else 4
                payload = {"code": code, "procedure": procedure, "field": field,
                           "channel": "online" if online else "direct", "state": state,
                           "received_at": _iso(received), "appointment_at": _iso(appointment),
                           "end_at": _iso(ended), "timing": timing, "supplement_count": 0}
                items.append(_item("dossier", f"dossier:{code}", payload, commune, 1,
                                   int((ended or received).timestamp())))
                _count(totals, received.date(), "received_online" if online
                       else "received_direct_post")
                if ended is not None:
                    _count(totals, ended.date(), "resolved_total")
                    _count(totals, ended.date(), timing)
        for day, counts in sorted(totals.items()):
            if day >= today.date() or datetime(day.year, day.month, day.day,
                                               tzinfo=VN_TZ).timestamp() + 86400 > last:
                continue
            if commune in mismatch and day == today.date() - timedelta(days=3):
                counts["resolved_total"] = counts.get("resolved_total", 0) + 1
            total = {"field": "total", "field_name": "Tổng số"} | counts
            summary = {"day": day.isoformat(), "rows": [], "total": total}
            items.append(_item("daily_summary", f"daily_summary:{day.isoformat()}", summary,
                               commune, 1, int(datetime(day.year, day.month, day.day,
                                                        tzinfo=VN_TZ).timestamp()) + 86400))
        undone = set(not_green.get(commune, []))
        checklist = {"version": 1, "at": _iso(today), "green": not undone, "items": [
            {"id": n, "required": n <= 14, "state": "not_done" if n in undone else "done",
             "note": None, "evidence": None, "updated_at": _iso(today - timedelta(days=n))}
            for n in range(1, 17)]}
        items.append(_item("checklist", "checklist", checklist, commune, 1, int(today.timestamp())))
        for start in range(0, len(items), 200):
            store.ingest(desk, items[start:start + 200], last)

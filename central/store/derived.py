"""Folding stored reports into the tables the oversight pages read, in the ingest transaction.

Written once in SQL both engines speak (``:name`` parameters; PostgreSQL's are converted), so
the two engines cannot drift. A report only replaces what an older report of the same entity
wrote (``reported_at`` is the desk's ``created_at``), whatever order the batches arrive in.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from central.schema import Item
from central.signatures import summary_verdict

UPSERT_DOSSIER = """
INSERT INTO dossier_state(commune_code, code, field, procedure, online, state, received_at,
                          appointment_at, end_at, timing, supplement_count, reported_at)
VALUES (:commune, :code, :field, :procedure, :online, :state, :received_at, :appointment_at,
        :end_at, :timing, :supplement_count, :reported_at)
ON CONFLICT (commune_code, code) DO UPDATE SET
    field = excluded.field, procedure = excluded.procedure, online = excluded.online,
    state = excluded.state, received_at = excluded.received_at,
    appointment_at = excluded.appointment_at, end_at = excluded.end_at,
    timing = excluded.timing, supplement_count = excluded.supplement_count,
    reported_at = excluded.reported_at
WHERE excluded.reported_at >= dossier_state.reported_at
"""

UPSERT_CHECKLIST = """
INSERT INTO checklist_state(commune_code, green, items, reported_at)
VALUES (:commune, :green, :items, :reported_at)
ON CONFLICT (commune_code) DO UPDATE SET
    green = excluded.green, items = excluded.items, reported_at = excluded.reported_at
WHERE excluded.reported_at >= checklist_state.reported_at
"""

UPSERT_SUMMARY = """
INSERT INTO daily_totals(commune_code, day, received_online, received_direct_post,
                         resolved_total, early, on_time, late, pending_overdue, reported_at)
VALUES (:commune, :day, :received_online, :received_direct_post, :resolved_total, :early,
        :on_time, :late, :pending_overdue, :reported_at)
ON CONFLICT (commune_code, day) DO UPDATE SET
    received_online = excluded.received_online,
    received_direct_post = excluded.received_direct_post,
    resolved_total = excluded.resolved_total, early = excluded.early,
    on_time = excluded.on_time, late = excluded.late,
    pending_overdue = excluded.pending_overdue, reported_at = excluded.reported_at
WHERE excluded.reported_at >= daily_totals.reported_at
"""

UPSERT_DESK_SUMMARY = """
INSERT INTO desk_summaries(commune_code, desk, day, signed, signer, reported_at)
VALUES (:commune, :desk, :day, :signed, :signer, :reported_at)
ON CONFLICT (commune_code, desk, day) DO UPDATE SET
    signed = excluded.signed, signer = excluded.signer, reported_at = excluded.reported_at
WHERE excluded.reported_at >= desk_summaries.reported_at
"""

UPSERT_DESK = """
INSERT INTO desk_seen(commune_code, desk, last_received_at) VALUES (:commune, :desk, :now)
ON CONFLICT (commune_code, desk) DO UPDATE SET last_received_at = excluded.last_received_at
WHERE excluded.last_received_at > desk_seen.last_received_at
"""

SUMMARY_COUNTS = ("received_online", "received_direct_post", "resolved_total", "early",
                  "on_time", "late", "pending_overdue")


def pyformat(sql: str) -> str:
    """``:name`` → ``%(name)s`` for psycopg."""
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)


def _epoch(value: str | None) -> int | None:
    return None if value is None else int(datetime.fromisoformat(value).timestamp())


def fold_rows(items: list[Item], now: int) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each statement with the parameter sets to run it with (``executemany``: one round trip
    per statement, not per item). Within a statement the items keep their order; the tables
    are independent of each other, and each desk's last contact is written once."""
    dossiers: list[dict[str, Any]] = []
    checklists: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    desk_summaries: list[dict[str, Any]] = []
    desks: dict[tuple[str, int], dict[str, Any]] = {}
    for item in items:
        p, base = item.payload, {"commune": item.commune_code, "reported_at": item.created_at}
        if item.kind == "dossier":
            dossiers.append(base | {
                "code": p["code"], "field": p.get("field"), "procedure": p["procedure"],
                "online": int(p.get("channel") == "online"), "state": p["state"],
                "received_at": _epoch(p["received_at"]),
                "appointment_at": _epoch(p.get("appointment_at")),
                "end_at": _epoch(p.get("end_at")), "timing": p.get("timing"),
                "supplement_count": int(p.get("supplement_count") or 0)})
        elif item.kind == "checklist":
            entries = [{"id": e.get("id"), "state": e.get("state"), "required": e.get("required"),
                        "updated_at": e.get("updated_at")} for e in p["items"]]
            checklists.append(base | {"green": int(p["green"]),
                                      "items": json.dumps(entries, ensure_ascii=False)})
        else:
            total = p["total"]
            summaries.append(base | {"day": p["day"]} | {
                key: int(total.get(key, 0)) for key in SUMMARY_COUNTS})
            verdict = summary_verdict(p)
            desk_summaries.append(base | {
                "desk": item.desk, "day": p["day"],
                "signed": None if verdict is None else int(verdict.valid),
                "signer": None if verdict is None else verdict.holder})
        desks[(item.commune_code, item.desk)] = {"commune": item.commune_code, "desk": item.desk,
                                                 "now": now}
    return [(sql, rows) for sql, rows in ((UPSERT_DOSSIER, dossiers),
                                          (UPSERT_CHECKLIST, checklists),
                                          (UPSERT_SUMMARY, summaries),
                                          (UPSERT_DESK_SUMMARY, desk_summaries),
                                          (UPSERT_DESK, list(desks.values()))) if rows]

"""Readiness checklist items, their append-only history, and the snapshot sent upward."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.checklist import CriteriaSet, ItemState, is_green, parse_item_state
from desktop.core.clock import from_epoch, iso, to_epoch
from desktop.core.errors import UserError
from desktop.core.validation import clean_text
from desktop.storage import outbox

if TYPE_CHECKING:
    from desktop.storage.store import Store


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    group: str
    title: str
    required: bool
    state: ItemState
    note: str | None
    evidence: str | None
    updated_by: str | None
    updated_at: datetime | None

    def to_json(self) -> dict:
        return {
            "id": self.id, "group": self.group, "title": self.title, "required": self.required,
            "state": self.state.value, "state_label": self.state.label, "note": self.note,
            "evidence": self.evidence, "updated_by": self.updated_by,
            "updated_at": iso(self.updated_at),
        }  # fmt: skip


@dataclass(frozen=True)
class ChecklistChange:
    at: datetime
    actor: str
    state: ItemState
    note: str | None
    evidence: str | None


class ChecklistRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def install(self, criteria: CriteriaSet) -> None:
        """Bring the items to this version of the list; states and history are kept, items
        no longer listed are hidden, never deleted. Caller holds the transaction."""
        conn = self._store.conn
        conn.execute("UPDATE checklist_items SET active = 0")
        for c in criteria.items:
            conn.execute(
                "INSERT INTO checklist_items(id, version, grp, title, required, active)"
                " VALUES (?,?,?,?,?,1) ON CONFLICT(id) DO UPDATE SET version = excluded.version,"
                " grp = excluded.grp, title = excluded.title, required = excluded.required,"
                " active = 1",
                (c.id, criteria.version, c.group, c.title, int(c.required)),
            )

    def items(self) -> list[ChecklistItem]:
        rows = self._store.conn.execute(
            "SELECT * FROM checklist_items WHERE active = 1 ORDER BY id"
        ).fetchall()
        return [
            ChecklistItem(r["id"], r["grp"], r["title"], bool(r["required"]), ItemState(r["state"]),
                          r["note"], r["evidence"], r["updated_by"], from_epoch(r["updated_at"]))
            for r in rows
        ]

    def green(self) -> bool:
        return is_green((i.required, i.state) for i in self.items())

    def history(self, item_id: int) -> list[ChecklistChange]:
        rows = self._store.conn.execute(
            "SELECT * FROM checklist_events WHERE item_id = ? ORDER BY at, id", (item_id,)
        ).fetchall()
        return [ChecklistChange(from_epoch(r["at"]), r["actor"], ItemState(r["state"]), r["note"],
                                r["evidence"]) for r in rows]

    def set(self, item_id: int | str, state: ItemState | str, *, now: datetime,
            note: str | None = None, evidence: str | None = None,
            actor: str | None = None) -> ChecklistItem:
        state = state if isinstance(state, ItemState) else parse_item_state(state)
        try:
            item_id = int(str(item_id).strip())
        except ValueError:
            raise UserError(f"Mã tiêu chí không hợp lệ: «{item_id}».") from None
        note, evidence = clean_text(note, 500), clean_text(evidence, 500)
        actor = actor or self._store.actor
        at = to_epoch(now)
        with self._store.transaction() as conn:
            found = conn.execute(
                "SELECT 1 FROM checklist_items WHERE id = ? AND active = 1", (item_id,)
            ).fetchone()
            if found is None:
                raise UserError(f"Không có tiêu chí số {item_id} trong danh mục điều kiện vận hành.")
            conn.execute(
                "UPDATE checklist_items SET state = ?, note = ?, evidence = ?, updated_by = ?,"
                " updated_at = ? WHERE id = ?", (state.value, note, evidence, actor, at, item_id))
            conn.execute(
                "INSERT INTO checklist_events(item_id, at, actor, state, note, evidence)"
                " VALUES (?,?,?,?,?,?)", (item_id, at, actor, state.value, note, evidence))
            identity = self._store.settings.identity()
            outbox.enqueue(conn, "checklist", "checklist", self.snapshot(now), now=at,
                           commune_code=identity.commune.code if identity else None,
                           desk=identity.desk if identity else None)
        return next(i for i in self.items() if i.id == item_id)

    def snapshot(self, now: datetime) -> dict:
        items = self.items()
        version = self._store.conn.execute(
            "SELECT max(version) FROM checklist_items WHERE active = 1").fetchone()[0]
        return {
            "version": version, "at": iso(now),
            "green": is_green((i.required, i.state) for i in items),
            "items": [{"id": i.id, "required": i.required, "state": i.state.value,
                       "note": i.note, "evidence": i.evidence, "updated_at": iso(i.updated_at)}
                      for i in items],
        }

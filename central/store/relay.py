"""The hub's relay upward, as the store sees it: items not yet acknowledged upstream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class StoredItem:
    id: str
    kind: str
    entity: str
    payload: str  # canonical JSON as received
    payload_hash: str
    created_at: int
    commune_code: str
    desk: int
    app_version: str
    supersedes: str | None


class RelayQueue(Protocol):
    def relay_pending(self, limit: int) -> list[StoredItem]:
        """Oldest received first, neither relayed nor set aside."""

    def relay_mark(self, outcomes: dict[str, tuple[str, str | None]], now: int) -> None:
        """``{item id: ("sent" | "set_aside", reason)}``, in one transaction."""

    def relay_counts(self) -> dict[str, int]: ...

"""The hub's relay upward, as the store sees it: items not yet acknowledged upstream."""

from __future__ import annotations

from typing import Protocol

# An item waiting to go upward has exactly the shape of a report on the wire: the desk's own.
from desktop.sync.transport import Report


class RelayQueue(Protocol):
    def relay_pending(self, limit: int) -> list[Report]:
        """Oldest received first, neither relayed nor set aside."""

    def relay_mark(self, outcomes: dict[str, tuple[str, str | None]], now: int) -> None:
        """``{item id: ("sent" | "set_aside", reason)}``, in one transaction."""

    def relay_counts(self) -> dict[str, int]: ...

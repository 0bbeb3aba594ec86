"""The commune hub's part of the store: the events feed and the desk-number claims.

A hub relays dossier events between the desks of one commune: each desk appends its own
(idempotent by event ``uid``) and reads the commune's after a cursor. The cursor is the
hub's own sequence number, so a desk never misses an event appended while it was reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class FeedPage:
    events: list[str]  # each event's JSON as stored, spliced into the answer unparsed
    next_cursor: int  # pass back as ``after``; equal to ``after`` when nothing was new
    more: bool


@dataclass(frozen=True)
class Claim:
    granted: bool
    holder: str  # the installation that holds the desk number (this one if granted)


class CommuneFeed(Protocol):
    def claim_desk(self, commune_code: str, desk: int, installation: str, now: int) -> Claim:
        """First installation to claim a desk number of a commune keeps it."""

    def desk_holder(self, commune_code: str, desk: int) -> str | None: ...

    def append_events(self, commune_code: str, events: list[dict], now: int) -> tuple[int, int]:
        """Store each event once (by ``uid``); (newly stored, already held)."""

    def events_after(self, commune_code: str, after: int, limit: int) -> FeedPage: ...

    def commune_events(self, commune_code: str) -> list[dict]:
        """Every event of the commune, for the hub's own II.06a."""

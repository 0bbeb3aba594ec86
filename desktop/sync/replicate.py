"""The desk's side of the commune hub: push this desk's events, pull its colleagues'.

Both directions are safe to cut at any moment. Pushing: the hub stores each event once by
its ``uid``, and the desk moves its watermark only after the hub's answer, so a crash means
sending a page again. Pulling: one page is applied together with the cursor past it in one
transaction, and applying an event this desk already holds changes nothing.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from desktop.core.clock import now_vn, to_epoch
from desktop.core.errors import UserError
from desktop.storage import Store
from desktop.sync.transport import (
    PIN_MISMATCH,
    CredentialsRefused,
    HttpTransport,
    SyncFailure,
    TransientFailure,
    server_date,
)  # fmt: skip

PUSH_PAGE = 500
PULL_PAGE = 5000
#: A full page of 5,000 events with receipts is a few MB; anything far bigger is not the hub.
FEED_ANSWER_BYTES = 64 * 1024 * 1024


class DeskTaken(UserError):
    """The hub gave this desk number to another PC of the commune."""


@dataclass
class FeedClient(HttpTransport):
    """The hub's feed over the same HTTPS session, token, deadlines and checks as the reports.
    A page of the feed is bigger than an answer to reports, so its cap is higher."""

    max_answer_bytes: int = FEED_ANSWER_BYTES

    def claim(self, installation: str) -> bool:
        """True if the hub is a commune hub and this PC now holds the token's desk number;
        False if the endpoint has no feed (a province endpoint)."""
        response, answer = self._request("POST", "/v1/claim", json={"installation": installation},
                                         headers=self._headers())
        if response.status_code == 404:
            return False
        if response.status_code == 409:
            raise DeskTaken(self._said(answer))
        if response.status_code != 200:
            raise self._failure(response, answer, server_date(response))
        return True

    def push(self, installation: str, events: list[dict]) -> int:
        body = gzip.compress(json.dumps({"installation": installation, "events": events},
                                        ensure_ascii=False).encode(), compresslevel=6)
        response, answer = self._request("POST", "/v1/events", data=body, headers=self._headers(
            {"Content-Encoding": "gzip", "Content-Type": "application/json"}))
        if response.status_code == 409:
            raise DeskTaken(self._said(answer))
        if response.status_code != 200:
            raise self._failure(response, answer, server_date(response))
        return int(self._json(answer)["stored"])

    def pull(self, after: int, limit: int) -> tuple[list[dict], int, bool]:
        response, answer = self._request("GET", f"/v1/events?after={after}&limit={limit}",
                                         headers=self._headers())
        if response.status_code != 200:
            raise self._failure(response, answer, server_date(response))
        data = self._json(answer)
        return list(data["events"]), int(data["next"]), bool(data["more"])

    def _headers(self, extra: dict | None = None) -> dict:
        return {"Authorization": f"Bearer {self.token}", "Accept": "application/json",
                **(extra or {})}

    def _said(self, answer: bytes) -> str:
        try:
            return str(json.loads(answer)["detail"])
        except (ValueError, KeyError, TypeError):
            return "Số quầy này đã được một máy khác của xã dùng."

    def _json(self, answer: bytes) -> dict:
        try:
            data = json.loads(answer)
            if isinstance(data, dict):
                return data
        except ValueError:
            pass
        raise TransientFailure("Máy chủ xã trả lời không đúng định dạng của hệ thống.")


@dataclass(frozen=True)
class ExchangeResult:
    pushed: int = 0
    pulled: int = 0  # events new to this desk
    error: str | None = None

    @property
    def done(self) -> bool:
        return self.error is None


def exchange(store: Store, client: FeedClient, *, clock: Callable[[], datetime] = now_vn,
             cancel: threading.Event | None = None, push_page: int = PUSH_PAGE,
             pull_page: int = PULL_PAGE) -> ExchangeResult:
    """Push until nothing of ours is owed, then pull until the hub has nothing newer."""
    pushed = pulled = 0
    installation = store.replica.installation()
    try:
        while not (cancel and cancel.is_set()):
            events, upto = store.replica.outgoing(push_page)
            if not events:
                break
            pushed += client.push(installation, events)
            store.replica.acknowledged(upto)
        for new in _pages(store, client, clock, cancel, pull_page):
            pulled += new
    except (SyncFailure, UserError) as exc:
        message = exc.reason if isinstance(exc, SyncFailure) else exc.message
        return ExchangeResult(pushed, pulled, message)
    return ExchangeResult(pushed, pulled)


def _pages(store: Store, client: FeedClient, clock: Callable[[], datetime],
           cancel: threading.Event | None, page: int) -> Iterator[int]:
    """Pulled pages in order, each applied with its cursor; yields how many events were new.
    While one page is applied the next is already asked for on a second thread, so the hub's
    reading and the transfer overlap the desk's writing (a catch-up is about 140 pages)."""
    cursor = store.replica.cursor()
    with ThreadPoolExecutor(1, thread_name_prefix="hub-pull") as fetcher:
        ahead = fetcher.submit(client.pull, cursor, page)
        while not (cancel and cancel.is_set()):
            bodies, after, more = ahead.result()
            if more:
                ahead = fetcher.submit(client.pull, after, page)
            if bodies or after != cursor:
                yield store.replica.incoming(bodies, after, to_epoch(clock())).new
                cursor = after
            if not more:
                break


def client_for(transport: HttpTransport) -> FeedClient:
    return FeedClient(transport.endpoint, transport.token, transport.session,
                      verify=transport.verify, connect_timeout=transport.connect_timeout,
                      stall_timeout=transport.stall_timeout, deadline=transport.deadline)


def sync_with_hub(store: Store, transport: HttpTransport, *,
                  clock: Callable[[], datetime] = now_vn, cancel: threading.Event | None = None,
                  page: int | None = None) -> ExchangeResult | None:
    """Exchange events if the endpoint is (or may be) the commune hub; None if it is not.
    ``page`` sets both page sizes (tests use small ones to cut exchanges mid-way)."""
    client = client_for(transport)
    if store.settings.get("hub") is None:
        join_hub(store, client)
    if not store.settings.get("hub"):
        return None
    return exchange(store, client, clock=clock, cancel=cancel, push_page=page or PUSH_PAGE,
                    pull_page=page or PULL_PAGE)


@dataclass(frozen=True)
class HubClaim:
    is_hub: bool | None  # None: the server could not be asked
    note: str  # a sentence to show


def claim_hub(client: FeedClient, installation: str) -> HubClaim:
    """Network only: claim the token's desk number for ``installation`` if the endpoint is a
    commune hub. ``DeskTaken``, ``CredentialsRefused`` and a pin mismatch go to the caller,
    which then stores nothing."""
    try:
        is_hub = client.claim(installation)
    except CredentialsRefused:
        raise
    except SyncFailure as exc:
        if exc.reason == PIN_MISMATCH:
            raise UserError(exc.reason) from None
        return HubClaim(None, f"Chưa kiểm tra được máy chủ xã: {exc.reason}")
    return HubClaim(is_hub, "Máy chủ là máy chủ chung của xã: hồ sơ của các quầy sẽ được trao "
                            "đổi qua đó." if is_hub else "")


def join_hub(store: Store, client: FeedClient) -> str:
    """``claim_hub`` for this installation, and whether the endpoint is a hub remembered."""
    claim = claim_hub(client, store.replica.installation())
    if claim.is_hub is not None:
        with store.transaction():
            store.settings.set("hub", claim.is_hub)
    return claim.note

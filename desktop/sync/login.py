"""Logging a desk in: ``motcua login`` and the window's Cài đặt → Kết nối run these same steps.

Three steps, so the window can run each on its thread: ``plan_login`` checks the input and
reads what it needs from the store, ``ask_server`` only talks to the server (claims the desk
number at a commune hub, then asks ``whoami``), ``keep_login`` stores the token, the endpoint,
the pin and whether it is a hub. Anything refused in the first two stores nothing: a desk
number another PC of the commune holds, a token the server refuses, a certificate that is not
the pinned one.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests

from desktop.storage import Store
from desktop.sync.config import (
    LoginResult,
    TokenCheck,
    ca_setting,
    check_endpoint,
    check_token,
    clean_token,
    keep_token,
)  # fmt: skip
from desktop.sync.credentials import TokenStore
from desktop.sync.pinning import check_pin, grouped, session_and_verify
from desktop.sync.replicate import FeedClient, HubClaim, claim_hub
from desktop.sync.transport import CredentialsRefused


@dataclass(frozen=True)
class LoginPlan:
    endpoint: str
    token: str
    installation: str
    ca: bool | str
    pin: str = ""  # the hub certificate's fingerprint; "" for a server the usual CAs vouch for


@dataclass(frozen=True)
class ServerAnswer:
    check: TokenCheck
    claim: HubClaim


def plan_login(store: Store, endpoint: str, token: str, pin: str = "") -> LoginPlan:
    """The DB step: input checked, nothing stored."""
    return LoginPlan(check_endpoint(endpoint), clean_token(token), store.replica.installation(),
                     ca_setting(store), check_pin(pin) if pin else "")


def ask_server(plan: LoginPlan, session: requests.Session | None = None) -> ServerAnswer:
    """The network step: claim the desk number (a commune hub refuses one another PC holds),
    then check the token. Refusals raise ``UserError``; an unreachable server does not."""
    pinned, verify = session_and_verify(plan.pin, plan.ca)
    session = session or pinned
    client = FeedClient(plan.endpoint, plan.token, session, verify=verify, stall_timeout=20.0)
    try:
        claim = claim_hub(client, plan.installation)
    except CredentialsRefused:
        claim = HubClaim(None, "")  # check_token below refuses the token in its own words
    return ServerAnswer(check_token(plan.endpoint, plan.token, verify, session), claim)


def keep_login(store: Store, plan: LoginPlan, answer: ServerAnswer,
               tokens: TokenStore) -> LoginResult:
    """The DB step that stores: token (keyring), endpoint, pin and hub flag."""
    kept = keep_token(store, plan.endpoint, plan.token, tokens, answer.check)
    with store.transaction():
        store.settings.set("hub_pin", plan.pin)
        store.settings.set("hub", answer.claim.is_hub)
    pinned = f" Chứng thư máy chủ được ghim: {grouped(plan.pin)}." if plan.pin else ""
    return LoginResult(kept.where, kept.checked,
                       f"{kept.message}{pinned} {answer.claim.note}".strip())


def login(store: Store, endpoint: str, token: str, tokens: TokenStore, pin: str = "",
          session: requests.Session | None = None) -> LoginResult:
    """``motcua login``: the three steps in a row."""
    plan = plan_login(store, endpoint, token, pin)
    return keep_login(store, plan, ask_server(plan, session), tokens)

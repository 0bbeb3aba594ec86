"""Whether a daily summary's detached signature matches the report it travels with.

The desk signs the canonical JSON of the report without its ``signature`` key
(``desktop.sync.reports``); the endpoint stores the payload as received and checks the one
against the other here, once, when the report is folded for the dashboard. Anything that does
not verify (altered report, a signature that is not one) is an invalid signature, never a
refused report: the figures matter more than their seal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from central.schema import canonical_json
from desktop.sync.reports import SIGNATURE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    valid: bool
    holder: str | None


def summary_verdict(payload: dict) -> Verdict | None:
    """None when the report is unsigned; the holder is the signing certificate's, not the claim
    written beside it."""
    signature = payload.get(SIGNATURE)
    if signature is None:
        return None
    if not isinstance(signature, dict):
        return Verdict(False, None)
    from desktop.sign.detached import check_bytes

    body = canonical_json({k: v for k, v in payload.items() if k != SIGNATURE}).encode("utf-8")
    try:
        check = check_bytes(body, signature)
    except Exception as exc:  # a sender's malformed CMS must not fail the batch
        log.warning("daily summary signature unreadable: %s", type(exc).__name__)
        return Verdict(False, None)
    return Verdict(True, check.holder) if check.intact else Verdict(False, None)

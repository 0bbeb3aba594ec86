"""A detached CMS signature over a report's exact bytes (the canonical JSON sent upward), so the
province can tell the daily II.06a came from the commune's certificate and was not altered.

The signature travels beside the report, never inside what it signs: ``signed_payload`` wraps
``{"report": …}`` with ``{"signature": …}`` and the receiving side checks one against the other.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from desktop.sign.certificate import SigningError, describe, require_current
from desktop.sign.setup import SecretStore, load_setup
from desktop.sign.sources import OpenSigner, open_signer
from desktop.storage.store import Store

log = logging.getLogger(__name__)

FORMAT = "cms-detached-sha256"


def sign_bytes(opened: OpenSigner, body: bytes) -> dict[str, str]:
    content = asyncio.run(opened.signer.async_sign_general_data(body, "sha256", detached=True))
    return {"format": FORMAT, "holder": opened.certificate.holder,
            "serial": opened.certificate.serial,
            "cms": base64.b64encode(content.dump()).decode("ascii")}


@dataclass(frozen=True)
class PayloadCheck:
    intact: bool
    holder: str
    serial: str


def check_bytes(body: bytes, signature: dict, roots: list | None = None) -> PayloadCheck:
    """``ValueError`` when the signature is not one (bad base64, not CMS, another format)."""
    if signature.get("format") != FORMAT:
        raise ValueError("unknown signature format")
    content = cms.ContentInfo.load(base64.b64decode(signature["cms"], validate=True))
    signed = content["content"]
    context = ValidationContext(trust_roots=roots or [], allow_fetching=False)
    status = asyncio.run(async_validate_detached_cms(body, signed, context))
    info = describe(status.signing_cert)
    return PayloadCheck(bool(status.intact and status.valid), info.holder, info.serial)


class ReportSigner:
    """Signs report bodies with the desk's key when one is set up AND its secret remembered
    (the sender runs unattended, nobody is there to type a PIN). Opened at the first body only;
    any trouble (token unplugged, certificate expired) means unsigned reports, never held ones:
    the report matters more than its signature."""

    def __init__(self, store: Store, now: datetime, secrets: SecretStore | None = None) -> None:
        self._store, self._now, self._secrets = store, now, secrets
        self._stack = ExitStack()
        self._opened: OpenSigner | None = None
        self._failed = False

    def __call__(self, body: bytes) -> dict[str, str] | None:
        opened = self._open()
        return None if opened is None else sign_bytes(opened, body)

    def _open(self) -> OpenSigner | None:
        if self._opened is not None or self._failed:
            return self._opened
        self._failed = True
        setup = load_setup(self._store)
        if setup is None or not setup.remember:
            return None
        secret = (self._secrets or SecretStore(self._store.data_dir)).load()
        if not secret:
            return None
        try:
            opened = self._stack.enter_context(open_signer(setup.source, secret))
            require_current(opened.certificate, self._now)
        except SigningError as exc:
            log.warning("daily report sent unsigned: %s", type(exc).__name__)
            self._stack.close()
            return None
        self._opened, self._failed = opened, False
        return opened

    def close(self) -> None:
        self._stack.close()
        self._opened = None

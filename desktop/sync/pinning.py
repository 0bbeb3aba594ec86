"""Pinning the commune hub's own certificate: a LAN has no CA, so the desk trusts exactly
the certificate whose SHA-256 fingerprint IT staff typed at ``motcua login --pin``.

The check is urllib3's ``assert_fingerprint`` on every connection: a hub with any other
certificate (another PC answering on the hub's address) is refused before a byte is sent.
"""

from __future__ import annotations

import re

import requests

from desktop.core.errors import UserError
from desktop.sync.deadline import DeadlineAdapter

_HEX = re.compile(r"^[0-9a-f]{64}$")


def check_pin(text: str) -> str:
    """``SHA256:AB12…`` (colons and case as IT staff copy them) to the canonical form."""
    raw = text.strip()
    if raw.upper().startswith("SHA256:"):
        raw = raw[7:]
    digest = raw.replace(":", "").replace(" ", "").lower()
    if not _HEX.match(digest):
        raise UserError("Dấu vân tay chứng thư không hợp lệ: phải có dạng SHA256: và 64 chữ số "
                        "hệ mười sáu, đúng như máy chủ xã in ra khi khởi động.")
    return "SHA256:" + digest.upper()


class PinnedAdapter(DeadlineAdapter):
    """A deadline adapter (``desktop.sync.deadline``) that also checks the pin, so mounting the
    deadline on the session never takes the pin away."""

    def __init__(self, pin: str) -> None:
        self.digest = check_pin(pin)[7:].lower()
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs["assert_fingerprint"] = self.digest
        super().init_poolmanager(*args, **kwargs)


class PinnedSession(requests.Session):
    """A session whose HTTPS connections accept only the pinned certificate."""

    def __init__(self, pin: str) -> None:
        super().__init__()
        self.pinned_fingerprint = check_pin(pin)
        self.mount("https://", PinnedAdapter(pin))

    def request(self, method, url, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        kwargs["verify"] = False  # the CA check cannot pass for a self-made certificate; the pin replaces it
        return super().request(method, url, *args, **kwargs)

"""Pinning the commune hub's own certificate: a LAN has no CA, so the desk trusts exactly
the certificate whose SHA-256 fingerprint IT staff typed at ``motcua login --pin``.

The check is urllib3's ``assert_fingerprint`` on every connection: a hub with any other
certificate (another PC answering on the hub's address) is refused before a byte is sent.
"""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

import certifi
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


def grouped(pin: str) -> str:
    """``SHA256:AB12 CD34 …``: sixteen groups of four, the one form the hub prints and the
    window shows, so IT staff compare group by group (``check_pin`` reads it back)."""
    digest = check_pin(pin)[7:]
    return "SHA256:" + " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def matches(presented: str, typed: str) -> bool | None:
    """Whether the fingerprint IT staff read on the hub is the presented one; None while what
    they typed is not a whole fingerprint yet."""
    try:
        return check_pin(typed) == check_pin(presented)
    except UserError:
        return None


class PinMismatch(UserError):
    """The fingerprint read on the hub is not the one the server at the address presents."""

    def __init__(self) -> None:
        super().__init__(
            "Dấu vân tay KHÔNG khớp: máy chủ ở địa chỉ này đưa ra một chứng thư khác với chứng "
            "thư đọc trên máy chủ xã. Chưa lưu gì. Có thể một máy khác đang giả máy chủ xã, hoặc "
            "địa chỉ bị gõ nhầm: hãy kiểm tra lại với cán bộ CNTT.")


@dataclass(frozen=True)
class PresentedCertificate:
    fingerprint: str  # SHA256:HEX of the certificate (DER), as ``check_pin`` writes it
    trusted: bool  # the usual CAs (and the commune's extra one) vouch for it: no pin needed


def presented_certificate(endpoint: str, ca: bool | str = True,
                          timeout: float = 15.0) -> PresentedCertificate:
    """Network only: the certificate the server at ``endpoint`` presents, read without trusting
    it (that is the point: IT staff compare its fingerprint with the hub's own screen)."""
    parts = urlsplit(endpoint)
    host, port = parts.hostname or "", parts.port or 443
    anything = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    anything.check_hostname = False
    anything.verify_mode = ssl.CERT_NONE
    try:
        der = _handshake(anything, host, port, timeout)
    except (OSError, ssl.SSLError) as exc:
        raise UserError(f"Không lấy được chứng thư của máy chủ {host}:{port}: "
                        f"{_reason(exc)}. Kiểm tra địa chỉ, cổng và máy chủ đã chạy chưa.") from None
    checking = ssl.create_default_context(cafile=ca if isinstance(ca, str) else certifi.where())
    try:
        _handshake(checking, host, port, timeout)
        trusted = True
    except (OSError, ssl.SSLError):
        trusted = False
    return PresentedCertificate("SHA256:" + hashlib.sha256(der).hexdigest().upper(), trusted)


def presented_or_none(endpoint: str, ca: bool | str = True) -> PresentedCertificate | None:
    try:
        return presented_certificate(endpoint, ca)
    except UserError:
        return None


def _handshake(context: ssl.SSLContext, host: str, port: int, timeout: float) -> bytes:
    with socket.create_connection((host, port), timeout=timeout) as raw, \
            context.wrap_socket(raw, server_hostname=host) as tls:
        return tls.getpeercert(binary_form=True) or b""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "máy chủ không nhận kết nối"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "quá thời gian chờ"
    if isinstance(exc, socket.gaierror):
        return "không tìm thấy tên máy"
    if isinstance(exc, ssl.SSLError):
        return "máy chủ không nói HTTPS ở cổng này"
    return exc.strerror or type(exc).__name__


def choose_pin(presented: PresentedCertificate | None, typed: str, confirmed: str) -> str:
    """The pin to keep, or a refusal in plain words. A fingerprint IT staff read on the hub
    must match; without one, the user must have confirmed this very fingerprint after seeing
    it; a server the usual CAs vouch for (the province) needs neither and is not pinned.
    A server that could not be reached (``presented`` None: a desk may be set up while the hub
    is off) gets what was typed, as ``motcua login --pin`` does: the pin then guards every
    connection, so a wrong one only refuses."""
    if presented is None:
        return check_pin(typed) if typed.strip() else ""
    if typed.strip():
        if check_pin(typed) != presented.fingerprint:
            raise PinMismatch()
        return presented.fingerprint
    if confirmed:
        if check_pin(confirmed) != presented.fingerprint:
            raise UserError("Máy chủ vừa đưa ra một chứng thư khác với chứng thư bạn đã xác nhận. "
                            "Chưa lưu gì: bấm «Kiểm tra kết nối» và so lại.")
        return presented.fingerprint
    if presented.trusted:
        return ""
    raise UserError("Máy chủ này dùng chứng thư tự tạo (máy chủ xã). Chưa lưu gì: dán dấu vân tay "
                    "đọc trên màn hình máy chủ xã vào ô so sánh, hoặc so từng nhóm bằng mắt rồi "
                    "đánh dấu xác nhận.")


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


def session_and_verify(pin: str, ca: bool | str) -> tuple[requests.Session, bool | str]:
    """A pin replaces the CA check (``verify`` False, the session checks the pin); without one,
    a plain session checking ``ca``. The one place login, "Test connection" and the transport
    decide it."""
    if pin:
        return PinnedSession(pin), False
    return requests.Session(), ca

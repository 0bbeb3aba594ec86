"""Finding the commune hub on the LAN: mDNS/DNS-SD, service type ``_motcua._tcp``.

A hub started with ``motcua-central serve --role commune`` announces itself, so IT staff can
pick it from a list instead of typing an address. The announcement is a hint, not trust: it
says where a hub claims to be and which certificate fingerprint it claims; the desk still pins
that fingerprint at login, and anyone on the LAN can announce anything. So the TXT record
carries only what is public anyway (commune code, role, scheme, certificate fingerprint) and
never a token or personal data.

The TXT format lives here once; the hub (``central.announce``) builds its record with
``txt_record`` and desks read it with ``read_announcement``.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass

from desktop.core.errors import UserError
from desktop.sync.pinning import check_pin

SERVICE_TYPE = "_motcua._tcp.local."
#: The TXT record's version: a desk ignores announcements of a version it does not know.
TXT_VERSION = "1"
DEFAULT_TIMEOUT = 3.0


@dataclass(frozen=True)
class HubAnnouncement:
    """One hub as announced: ``url`` is what goes into ``motcua login --endpoint``."""

    name: str
    url: str
    commune: str
    role: str
    fingerprint: str

    def to_json(self) -> dict:
        return asdict(self)


def txt_record(*, commune: str, role: str, scheme: str, fingerprint: str = "") -> dict[str, str]:
    """The hub's TXT record: public facts only, never a token or a citizen's data."""
    record = {"v": TXT_VERSION, "commune": commune, "role": role, "scheme": scheme}
    if fingerprint:
        record["fingerprint"] = fingerprint
    return record


def instance_name(service_name: str) -> str:
    """``Hub on PC-01._motcua._tcp.local.`` → ``Hub on PC-01``."""
    suffix = "." + SERVICE_TYPE
    return service_name[: -len(suffix)] if service_name.endswith(suffix) else service_name


def read_announcement(name: str, addresses: list[str], port: int,
                      properties: Mapping[bytes, bytes | None]) -> HubAnnouncement | None:
    """An announcement as a desk can use it, or None when it is not one a desk understands."""
    txt = {k.decode("utf-8", "replace"): (v or b"").decode("utf-8", "replace")
           for k, v in properties.items()}
    scheme = txt.get("scheme", "")
    if txt.get("v") != TXT_VERSION or scheme not in ("https", "http") or not addresses:
        return None
    if not 0 < port < 65536:
        return None
    fingerprint = txt.get("fingerprint", "")
    if fingerprint:
        try:
            fingerprint = check_pin(fingerprint)
        except UserError:
            return None
    host = sorted(addresses, key=lambda a: ipaddress.ip_address(a).version)[0]
    if ipaddress.ip_address(host).version == 6:
        host = f"[{host}]"
    return HubAnnouncement(instance_name(name), f"{scheme}://{host}:{port}", txt.get("commune", ""),
                           txt.get("role", ""), fingerprint)


def find_hubs(timeout: float = DEFAULT_TIMEOUT, *,
              on_found: Callable[[HubAnnouncement], None] | None = None,
              stop: threading.Event | None = None,
              interfaces: object = None) -> list[HubAnnouncement]:
    """Browse the LAN for ``timeout`` seconds and return the hubs that answered, by name.

    mDNS has no "that was everyone": a hub answers when it hears the question, so browsing
    lasts the whole timeout. ``on_found`` is called (on zeroconf's thread) as each hub is
    resolved, for a list that fills while it looks; setting ``stop`` ends the browse early (a
    closed dialog). No multicast on this PC is a ``UserError``.
    """
    from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf

    found: dict[str, HubAnnouncement] = {}
    lock = threading.Lock()
    try:
        zc = Zeroconf(interfaces=interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
    except (OSError, RuntimeError) as exc:
        raise UserError(f"Không tìm được trên mạng LAN: máy này không gửi được gói multicast "
                        f"({exc}). Nhập địa chỉ máy chủ xã bằng tay.") from None

    def changed(zeroconf: Zeroconf, service_type: str, name: str,
                state_change: ServiceStateChange) -> None:
        if state_change is ServiceStateChange.Removed:
            with lock:
                found.pop(name, None)
            return
        info = zeroconf.get_service_info(service_type, name, timeout=int(timeout * 1000))
        if info is None or info.port is None:
            return
        hub = read_announcement(name, info.parsed_addresses(), info.port, info.properties)
        if hub is None:
            return
        with lock:
            new = name not in found
            found[name] = hub
        if new and on_found is not None:
            on_found(hub)

    browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[changed])
    try:
        (stop or threading.Event()).wait(timeout)
    finally:
        browser.cancel()
        zc.close()
    with lock:
        return sorted(found.values(), key=lambda h: (h.commune, h.name))

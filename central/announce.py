"""A commune hub announces itself on the LAN (mDNS/DNS-SD ``_motcua._tcp``).

Only a convenience for IT staff setting up desks: the window lists the hubs it hears, and the
desk still pins the certificate at login. The TXT record is built by the desk's own
``desktop.sync.discovery.txt_record`` (one home for the format) and carries no token and no
personal data. A PC without multicast (no network yet, a firewall, a VPN adapter) only loses
the announcement: ``start`` logs a warning and the hub serves as before.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading

from desktop.sync.discovery import SERVICE_TYPE, instance_name

log = logging.getLogger(__name__)

_WILDCARDS = ("", "0.0.0.0", "::")


def listening_addresses(host: str) -> list[str]:
    """The IPv4 addresses a desk can reach the hub on: the one it listens on, or every
    non-loopback address of the PC when it listens on all of them."""
    if host in _WILDCARDS:
        import ifaddr

        return sorted({ip.ip for adapter in ifaddr.get_adapters() for ip in adapter.ips
                       if isinstance(ip.ip, str) and not ipaddress.ip_address(ip.ip).is_loopback})
    try:
        return [str(ipaddress.IPv4Address(host))]
    except ValueError:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None, socket.AF_INET)})


def _label(text: str, limit: int = 63) -> str:
    """A DNS label: at most 63 bytes of UTF-8, cut on a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore").replace(".", "-").strip()


class Announcer:
    """Registers the hub's service on ``start`` (on a thread of its own: probing the name
    takes about a second) and says goodbye on ``stop``."""

    def __init__(self, host: str, port: int, txt: dict[str, str]) -> None:
        self.host, self.port, self.txt = host, port, txt
        self.name = ""
        self._zeroconf = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def start(self) -> None:
        self._thread = threading.Thread(target=self._announce, name="hub-announce", daemon=True)
        self._thread.start()

    def _announce(self) -> None:
        try:
            self._register()
        except Exception as exc:  # noqa: BLE001 - any failure only costs the announcement
            log.warning("Cảnh báo: không thông báo được máy chủ trên mạng LAN (%s: %s); các quầy "
                        "vẫn kết nối được bằng địa chỉ nhập tay.", type(exc).__name__, exc)
            self._close()

    def _register(self) -> None:
        from zeroconf import InterfaceChoice, IPVersion, ServiceInfo, Zeroconf

        addresses = listening_addresses(self.host)
        if not addresses:
            raise OSError("máy không có địa chỉ IPv4 nào ngoài 127.0.0.1")
        hostname = socket.gethostname().split(".")[0] or "motcua"
        interfaces = InterfaceChoice.All if self.host in _WILDCARDS else addresses
        zc = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        with self._lock:
            if self._stopped:
                zc.close()
                return
            self._zeroconf = zc
        name = _label(f"motcua {self.txt.get('commune') or self.txt['role']} {hostname}")
        info = ServiceInfo(SERVICE_TYPE, f"{name}.{SERVICE_TYPE}", port=self.port,
                           parsed_addresses=addresses, properties=self.txt,
                           server=f"{_label(hostname)}.local.")
        zc.register_service(info, allow_name_change=True)
        self.name = instance_name(info.name)
        print(f"Đã thông báo máy chủ trên mạng LAN ({SERVICE_TYPE[:-7]}): «{self.name}», "
              f"{', '.join(addresses)} cổng {self.port}.", flush=True)

    def stop(self) -> None:
        """Send the goodbye so desks drop the hub from their lists, then close."""
        with self._lock:
            self._stopped = True
            zc = self._zeroconf
        if zc is not None:
            try:
                zc.unregister_all_services()
                print("Đã rút thông báo trên mạng LAN.", flush=True)
            except Exception as exc:  # noqa: BLE001 - stopping anyway
                log.warning("Cảnh báo: không rút được thông báo trên mạng LAN: %s", exc)
        self._close()

    def _close(self) -> None:
        with self._lock:
            zc, self._zeroconf = self._zeroconf, None
        if zc is not None:
            zc.close()

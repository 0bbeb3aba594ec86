"""Building the HTTP transport from the desk's settings and its stored token, and login.

Plain HTTP is accepted only for loopback addresses (the reference endpoint on the same PC
during tests and demos); anything that leaves the machine must be HTTPS with verification.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import certifi
import requests

from desktop.core.errors import UserError
from desktop.storage import Store, outbox
from desktop.storage.outbox import Failure
from desktop.sync.credentials import TokenStore
from desktop.sync.transport import CredentialsRefused, HttpTransport, SyncFailure

CA_BUNDLE_FILENAME = "sync-ca-bundle.pem"


def check_endpoint(url: str) -> str:
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UserError(f"Địa chỉ máy chủ «{url}» không hợp lệ; ví dụ đúng: https://baocao.tinh.gov.vn")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UserError("Địa chỉ máy chủ không được chứa tên đăng nhập, mật khẩu hay tham số.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise UserError("Máy chủ phải dùng https:// (mã hóa). http:// chỉ dùng được với máy chủ "
                        "chạy ngay trên máy này (127.0.0.1).")
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tokens_for(store: Store, **kwargs: object) -> TokenStore:
    return TokenStore(store.data_dir, in_file=bool(store.settings.get("token_in_file")), **kwargs)


def verify_setting(store: Store) -> bool | str:
    """True, or a bundle of the usual CAs plus the commune's extra one (never less checking);
    False only with a pinned hub certificate, which replaces the CA check (``session_for``)."""
    if store.settings.get("hub_pin"):
        return False
    extra = (store.settings.get("ca_bundle") or "").strip()
    if not extra:
        return True
    try:
        text = Path(extra).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise UserError(f"Không đọc được tệp chứng thư CA bổ sung «{extra}» (cài đặt ca_bundle).") from None
    if "BEGIN CERTIFICATE" not in text:
        raise UserError(f"Tệp «{extra}» không phải chứng thư dạng PEM (cài đặt ca_bundle).")
    combined = store.data_dir / CA_BUNDLE_FILENAME
    combined.write_text(Path(certifi.where()).read_text(encoding="ascii") + "\n" + text,
                        encoding="ascii")
    return str(combined)


def session_for(store: Store) -> requests.Session:
    pin = store.settings.get("hub_pin")
    if pin:
        from desktop.sync.pinning import PinnedSession

        return PinnedSession(pin)
    return requests.Session()


def http_transport_factory(store: Store, tokens: TokenStore | None = None,
                           session: requests.Session | None = None, *,
                           stall_timeout: float = 60.0) -> Callable[[], HttpTransport]:
    """For ``SyncEngine``: reads endpoint, CA and token afresh at every run."""

    def build() -> HttpTransport:
        endpoint = (store.settings.get("endpoint") or "").strip()
        if not endpoint:
            raise UserError("Chưa khai báo máy chủ nhận báo cáo. Chạy: motcua login --endpoint URL")
        token = (tokens or tokens_for(store)).load()
        if not token:
            raise UserError("Chưa có mã truy cập của quầy. Chạy: motcua login --endpoint URL")
        return HttpTransport(check_endpoint(endpoint), token, session or session_for(store),
                             verify=verify_setting(store), stall_timeout=stall_timeout)

    return build


@dataclass(frozen=True)
class LoginResult:
    where: str
    checked: bool
    message: str


def login(store: Store, endpoint: str, token: str, tokens: TokenStore,
          session: requests.Session | None = None) -> LoginResult:
    """Check the token with the server when it can be reached, then keep it. A token the
    server refuses is not stored; an unreachable server is not a reason to refuse it (the
    commune may set up while offline)."""
    endpoint = check_endpoint(endpoint)
    token = token.strip()
    if not token or any(c.isspace() for c in token) or len(token) > 500:
        raise UserError("Mã truy cập trống hoặc không hợp lệ (đọc từ đầu vào chuẩn, một dòng).")
    transport = HttpTransport(endpoint, token, session or session_for(store),
                              verify=verify_setting(store), stall_timeout=20.0)
    checked, note = False, ""
    try:
        who = transport.whoami()
        checked = True
        identity = store.settings.identity()
        if identity and (who["commune_code"] != str(identity.commune.code)
                         or who["desk"] != identity.desk):
            note = (f" Lưu ý: mã này thuộc xã {who['commune_code']}, quầy {who['desk']:02d}, khác "
                    f"thiết lập của máy (xã {identity.commune.code}, quầy {identity.desk:02d}).")
    except CredentialsRefused as exc:
        raise UserError(f"Máy chủ từ chối mã truy cập này; chưa lưu. {exc.reason}") from None
    except SyncFailure as exc:
        note = f" Chưa kiểm tra được với máy chủ: {exc.reason}"
    tokens.save(token)
    with store.transaction():
        store.settings.set("endpoint", endpoint)
        store.settings.set("token_in_file", tokens.in_file)
        requeued = outbox.retry_failed(store.conn, Failure.CREDENTIALS)
    again = f" {requeued} báo cáo bị từ chối vì mã cũ đã được xếp hàng gửi lại." if requeued else ""
    verdict = "Máy chủ đã xác nhận mã." if checked else ""
    return LoginResult(tokens.where(), checked,
                       f"Đã lưu mã truy cập vào {tokens.where()}. {verdict}{note}{again}".strip())

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
from desktop.paths import private_file
from desktop.storage import Store, outbox
from desktop.storage.outbox import Failure
from desktop.sync.credentials import TokenStore
from desktop.sync.transport import (
    REQUEST_DEADLINE,
    CredentialsRefused,
    HttpTransport,
    SyncFailure,
)  # fmt: skip

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


def ca_setting(store: Store) -> bool | str:
    """True, or a bundle of the usual CAs plus the commune's extra one (never less checking)."""
    extra = (store.settings.get("ca_bundle") or "").strip()
    if not extra:
        return True
    try:
        text = Path(extra).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise UserError(f"Không đọc được tệp chứng thư CA bổ sung «{extra}» (cài đặt ca_bundle).") from None
    if "BEGIN CERTIFICATE" not in text:
        raise UserError(f"Tệp «{extra}» không phải chứng thư dạng PEM (cài đặt ca_bundle).")
    combined = private_file(store.data_dir / CA_BUNDLE_FILENAME)
    combined.write_text(Path(certifi.where()).read_text(encoding="ascii") + "\n" + text,
                        encoding="ascii")
    return str(combined)


def token_for(endpoint: str, tokens: TokenStore) -> str:
    """The stored token, only if it was issued for ``endpoint``: a token never goes to
    another server than the one it was given for (a restored or edited setting must not
    send it elsewhere)."""
    bound = tokens.load_bound()
    if bound is None:
        raise UserError("Chưa có mã truy cập của quầy. Chạy: motcua login --endpoint URL")
    if bound.endpoint != endpoint:
        raise UserError(
            f"Mã truy cập được cấp cho máy chủ «{bound.endpoint or 'chưa rõ'}», nhưng cài đặt "
            f"đang trỏ tới «{endpoint}». Mã không được gửi tới máy chủ khác; nếu đúng là đổi "
            f"máy chủ, hãy đăng nhập lại: motcua login --endpoint {endpoint}")
    return bound.token


def http_transport_factory(store: Store, tokens: TokenStore | None = None,
                           session: requests.Session | None = None, *,
                           stall_timeout: float = 60.0,
                           deadline: float = REQUEST_DEADLINE) -> Callable[[], HttpTransport]:
    """For ``SyncEngine``: reads endpoint, CA and token afresh at every run."""

    def build() -> HttpTransport:
        endpoint = (store.settings.get("endpoint") or "").strip()
        if not endpoint:
            raise UserError("Chưa khai báo máy chủ nhận báo cáo. Chạy: motcua login --endpoint URL")
        endpoint = check_endpoint(endpoint)
        token = token_for(endpoint, tokens or tokens_for(store))
        from desktop.sync.pinning import session_and_verify

        pin = store.settings.get("hub_pin") or ""
        pinned, verify = session_and_verify(pin, True if pin else ca_setting(store))
        return HttpTransport(endpoint, token, session or pinned, verify=verify,
                             stall_timeout=stall_timeout, deadline=deadline)

    return build


@dataclass(frozen=True)
class LoginResult:
    where: str
    checked: bool
    message: str


@dataclass(frozen=True)
class TokenCheck:
    """What the server said about a token: who it belongs to, or why it could not be asked."""

    commune_code: str | None = None
    desk: int | None = None
    problem: str | None = None

    @property
    def checked(self) -> bool:
        return self.commune_code is not None


def clean_token(token: str) -> str:
    token = token.strip()
    if not token or any(c.isspace() for c in token) or len(token) > 500:
        raise UserError("Mã truy cập trống hoặc không hợp lệ (một dòng, không có khoảng trắng).")
    return token


def check_token(endpoint: str, token: str, verify: bool | str,
                session: requests.Session | None = None) -> TokenCheck:
    """Network only (no store): ask ``whoami``. A refused token raises; an unreachable server
    is not a refusal (the commune may set up while offline)."""
    transport = HttpTransport(endpoint, token, session or requests.Session(), verify=verify,
                              stall_timeout=20.0)
    try:
        who = transport.whoami()
    except CredentialsRefused as exc:
        raise UserError(f"Máy chủ từ chối mã truy cập này; chưa lưu. {exc.reason}") from None
    except SyncFailure as exc:
        return TokenCheck(problem=exc.reason)
    return TokenCheck(who["commune_code"], who["desk"])


def mismatch(store: Store, check: TokenCheck) -> str:
    """A warning when the token belongs to another commune or desk than this PC's setup."""
    identity = store.settings.identity()
    if not check.checked or identity is None or (
            check.commune_code == str(identity.commune.code) and check.desk == identity.desk):
        return ""
    return (f" Lưu ý: mã này thuộc xã {check.commune_code}, quầy {check.desk:02d}, khác "
            f"thiết lập của máy (xã {identity.commune.code}, quầy {identity.desk:02d}).")


def keep_token(store: Store, endpoint: str, token: str, tokens: TokenStore,
               check: TokenCheck) -> LoginResult:
    """Store the checked token and the endpoint; put back what failed for want of a token."""
    tokens.save(token, endpoint)
    with store.transaction():
        store.settings.set("endpoint", endpoint)
        store.settings.set("token_in_file", tokens.in_file)
        requeued = outbox.retry_failed(store.conn, Failure.CREDENTIALS)
    note = mismatch(store, check) if check.checked else (
        f" Chưa kiểm tra được với máy chủ: {check.problem}" if check.problem else "")
    again = f" {requeued} báo cáo bị từ chối vì mã cũ đã được xếp hàng gửi lại." if requeued else ""
    verdict = "Máy chủ đã xác nhận mã." if check.checked else ""
    return LoginResult(tokens.where(), check.checked,
                       f"Đã lưu mã truy cập vào {tokens.where()}. {verdict}{note}{again}".strip())


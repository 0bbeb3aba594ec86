"""The desk's signing set-up: which key (a .p12 file or a token), the certificate it holds, the
timestamp server and the roots trusted when verifying; and the PIN/password, which lives in the
OS keyring only when the clerk asked for it ("ghi nhớ"), never in the database or a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend

from desktop.core.errors import UserError
from desktop.sign.certificate import CertificateInfo, SigningError, require_current
from desktop.sign.sources import P12Source, Source, TokenSource, open_signer
from desktop.storage.store import Store
from desktop.sync.credentials import system_keyring

SERVICE = "motcua-sign"
NOT_SET_UP = ("Chưa thiết lập chữ ký số. Chạy: motcua sign setup --p12 TỆP (mật khẩu từ đầu vào "
              "chuẩn) hoặc motcua sign setup --pkcs11-module THƯ_VIỆN, hoặc vào Cài đặt → Chữ ký số.")


@dataclass(frozen=True)
class SigningSetup:
    source: Source
    certificate: CertificateInfo
    tsa_url: str = ""
    trust_roots: tuple[str, ...] = field(default=())
    remember: bool = False
    sign_on_print: bool = False  # the window signs every paper it prints

    def to_json(self) -> dict[str, object]:
        source = self.source
        where = ({"p12": str(source.path)} if isinstance(source, P12Source) else
                 {"module": source.module, "token_label": source.token_label,
                  "key_label": source.key_label})
        return {"kind": source.kind, **where, "certificate": self.certificate.to_json(),
                "tsa_url": self.tsa_url, "trust_roots": list(self.trust_roots),
                "remember": self.remember, "sign_on_print": self.sign_on_print}

    @classmethod
    def from_json(cls, data: dict) -> SigningSetup:
        source: Source = (P12Source(Path(data["p12"])) if data["kind"] == "p12" else
                          TokenSource(data["module"], data.get("token_label"),
                                      data.get("key_label")))
        cert = data["certificate"]
        info = CertificateInfo(cert["holder"], cert["issuer"],
                               datetime.fromisoformat(cert["valid_from"]),
                               datetime.fromisoformat(cert["valid_to"]), cert["serial"])
        return cls(source, info, data.get("tsa_url", ""), tuple(data.get("trust_roots", ())),
                   bool(data.get("remember")), bool(data.get("sign_on_print")))


def check_tsa(url: str) -> str:
    url = url.strip()
    if url and not url.startswith(("http://", "https://")):
        raise UserError(f"Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https:// "
                        f"(đã nhập «{url}»).", "tsa")
    return url


def load_setup(store: Store) -> SigningSetup | None:
    data = store.settings.get("signing")
    return SigningSetup.from_json(data) if data else None


def require_setup(store: Store) -> SigningSetup:
    setup = load_setup(store)
    if setup is None:
        raise SigningError(NOT_SET_UP)
    return setup


class SecretStore:
    """The PIN/password in the OS keyring, one per data directory; absent unless remembered."""

    def __init__(self, data_dir: Path, backend: KeyringBackend | None = None) -> None:
        self.username = f"sign:{Path(data_dir).resolve()}"
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or system_keyring()

    def save(self, secret: str) -> None:
        try:
            self.backend.set_password(SERVICE, self.username, secret)
        except keyring.errors.KeyringError as exc:
            raise UserError(f"Máy này không có kho khóa (keyring) dùng được ({type(exc).__name__}),"
                            " nên không ghi nhớ được mã PIN/mật khẩu; mỗi lần ký sẽ hỏi lại.") from None

    def load(self) -> str | None:
        try:
            return self.backend.get_password(SERVICE, self.username)
        except keyring.errors.KeyringError:
            return None

    def forget(self) -> None:
        try:
            self.backend.delete_password(SERVICE, self.username)
        except keyring.errors.KeyringError:
            pass


def configure(store: Store, source: Source, secret: str, *, now: datetime, tsa_url: str = "",
              trust_roots: tuple[str, ...] = (), remember: bool = False,
              sign_on_print: bool = False, secrets: SecretStore | None = None) -> SigningSetup:
    """Open the key with ``secret`` (so a wrong PIN or an expired certificate is caught now, not
    at the first paper), then keep the set-up; the secret only if ``remember``."""
    from desktop.sign.verify import load_roots

    tsa_url = check_tsa(tsa_url)
    load_roots(trust_roots)
    with open_signer(source, secret) as opened:
        require_current(opened.certificate, now)
        setup = SigningSetup(source, opened.certificate, tsa_url, tuple(trust_roots), remember,
                             sign_on_print)
    secrets = secrets or SecretStore(store.data_dir)
    if remember:
        secrets.save(secret)
    else:
        secrets.forget()
    store.update_settings(signing=setup.to_json())
    return setup


def forget(store: Store, secrets: SecretStore | None = None) -> None:
    (secrets or SecretStore(store.data_dir)).forget()
    store.update_settings(signing=None)

"""Where the desk's token lives: the OS keyring, or — only when IT staff chose it — a file
readable by this user alone.

The token never goes into the database, a log line or an error message. If no keyring works
we say so and stop; falling back to a file silently would leave a secret in plain text
without anyone having decided that.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring

from desktop.core.errors import UserError

SERVICE = "motcua-sync"
TOKEN_FILENAME = "sync-token"


class KeyringUnavailable(UserError):
    pass


def _plain_text(backend: KeyringBackend) -> bool:
    return type(backend).__module__.startswith("keyrings.alt")


def system_keyring() -> KeyringBackend:
    """The OS keyring, never a plain-text one picked up by auto-discovery (``keyrings.alt``
    is there for tests; using it takes an explicit PYTHON_KEYRING_BACKEND)."""
    backend = keyring.get_keyring()
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return backend
    if isinstance(backend, ChainerBackend):
        secure = [b for b in backend.backends if not _plain_text(b)]
        if not secure:
            return FailKeyring()
        return secure[0]
    return FailKeyring() if _plain_text(backend) else backend


@dataclass(frozen=True)
class BoundToken:
    """A token and the endpoint it was issued for: it is only ever sent there."""
    token: str
    endpoint: str | None


def _pack(token: str, endpoint: str) -> str:
    return json.dumps({"endpoint": endpoint, "token": token})


def _unpack(secret: str | None) -> BoundToken | None:
    """Tokens never contain spaces or start with '{'; one saved before binding has no endpoint."""
    secret = (secret or "").strip()
    if not secret:
        return None
    if secret.startswith("{"):
        try:
            data = json.loads(secret)
            return BoundToken(str(data["token"]), str(data["endpoint"]))
        except (ValueError, KeyError, TypeError):
            return None
    return BoundToken(secret, None)


class TokenStore:
    def __init__(self, data_dir: Path, *, in_file: bool = False,
                 backend: KeyringBackend | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.in_file = in_file
        self._backend = backend

    @property
    def username(self) -> str:
        """One token per data directory: two desks on one PC keep two tokens."""
        return f"token:{self.data_dir.resolve()}"

    @property
    def file(self) -> Path:
        return self.data_dir / TOKEN_FILENAME

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or system_keyring()

    def where(self) -> str:
        if self.in_file:
            return f"tệp {self.file} (chỉ tài khoản này đọc được)"
        kind = type(self.backend)
        return f"kho khóa của hệ điều hành ({kind.__module__.rsplit('.', 1)[-1]}.{kind.__name__})"

    def save(self, token: str, endpoint: str) -> None:
        """Keep the token together with the endpoint it was issued for."""
        secret = _pack(token, endpoint)
        if self.in_file:
            self._write_file(secret)
            return
        try:
            self.backend.set_password(SERVICE, self.username, secret)
        except keyring.errors.KeyringError as exc:
            raise self._unavailable(exc) from None
        self.file.unlink(missing_ok=True)  # a copy chosen earlier must not outlive the choice

    def load(self) -> str | None:
        bound = self.load_bound()
        return bound.token if bound else None

    def load_bound(self) -> BoundToken | None:
        if self.in_file:
            try:
                return _unpack(self.file.read_text(encoding="utf-8"))
            except FileNotFoundError:
                return None
            except OSError as exc:
                raise UserError(f"Không đọc được tệp mã truy cập {self.file}: {exc.strerror}.") from None
        try:
            return _unpack(self.backend.get_password(SERVICE, self.username))
        except keyring.errors.KeyringError as exc:
            raise self._unavailable(exc) from None

    def forget(self) -> None:
        """Log out: the token leaves this computer (keyring entry and file alike)."""
        self.file.unlink(missing_ok=True)
        try:
            self.backend.delete_password(SERVICE, self.username)
        except keyring.errors.KeyringError:
            pass  # nothing stored there

    def _write_file(self, secret: str) -> None:
        """Created with mode 0600 from the start, so the secret is never briefly world-readable."""
        temporary = self.file.with_name(TOKEN_FILENAME + ".tmp")
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secret)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.file)
        if sys.platform != "win32":
            os.chmod(self.file, 0o600)

    def _unavailable(self, exc: Exception) -> KeyringUnavailable:
        kind = type(exc).__name__
        return KeyringUnavailable(
            f"Máy này không có kho khóa (keyring) dùng được để cất mã truy cập ({kind}). Mã chưa "
            "được lưu. Cách xử lý: bật dịch vụ kho khóa của hệ điều hành (Windows: Credential "
            "Manager), hoặc nếu chấp nhận rủi ro, đăng nhập lại với --token-in-file để lưu mã vào "
            f"tệp {self.file} mà chỉ tài khoản này đọc được.")

"""Read-only viewer accounts and their sessions (the dashboard's login), on either engine.

Passwords are kept only as scrypt hashes; session tokens only as SHA-256 digests, so a copy of
the database lets nobody in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from central.store import CentralStore, hash_token

SCRYPT = {"n": 2**14, "r": 8, "p": 1}
SESSION_SECONDS = 8 * 3600


@dataclass(frozen=True)
class Viewer:
    name: str
    province_code: str | None  # None: the whole country

    def sees_province(self, code: str) -> bool:
        return self.province_code is None or self.province_code == code


@dataclass(frozen=True)
class Session:
    viewer: Viewer
    csrf: str


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **SCRYPT, dklen=32)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    mine = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                          p=int(p), dklen=32)
    return hmac.compare_digest(mine.hex(), digest)


def add_viewer(store: CentralStore, name: str, password: str, province_code: str | None,
               now: int) -> bool:
    """False if the name is taken."""
    if store.rows("SELECT 1 FROM viewers WHERE name = :n", {"n": name}):
        return False
    store.execute("INSERT INTO viewers(name, password_hash, province_code, created_at)"
                  " VALUES (:n, :h, :p, :now)",
                  {"n": name, "h": hash_password(password), "p": province_code, "now": now})
    return True


def log_in(store: CentralStore, name: str, password: str, now: int) -> tuple[str, Session] | None:
    """A new session's cookie value and the session, or None for a wrong name or password."""
    found = store.rows("SELECT password_hash, province_code FROM viewers WHERE name = :n",
                       {"n": name})
    if not found or not password_matches(password, found[0][0]):
        return None
    cookie, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    store.execute("DELETE FROM sessions WHERE expires_at < :now", {"now": now})
    store.execute("INSERT INTO sessions(token_hash, viewer, csrf, expires_at)"
                  " VALUES (:t, :v, :c, :e)",
                  {"t": hash_token(cookie), "v": name, "c": csrf, "e": now + SESSION_SECONDS})
    return cookie, Session(Viewer(name, found[0][1]), csrf)


def session_for(store: CentralStore, cookie: str, now: int) -> Session | None:
    found = store.rows(
        "SELECT v.name, v.province_code, s.csrf FROM sessions s JOIN viewers v ON v.name = s.viewer"
        " WHERE s.token_hash = :t AND s.expires_at > :now", {"t": hash_token(cookie), "now": now})
    if not found:
        return None
    name, province, csrf = found[0]
    return Session(Viewer(name, province), csrf)


def log_out(store: CentralStore, cookie: str) -> None:
    store.execute("DELETE FROM sessions WHERE token_hash = :t", {"t": hash_token(cookie)})

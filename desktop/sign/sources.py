"""Where the signing key lives: a .p12 file (password) or a PKCS#11 token (PIN).

Both end in a pyHanko ``Signer`` whose chain travels in the signature, so anyone can check the
paper offline. Every failure a clerk can cause or fix (wrong password, wrong PIN, token not
plugged in, driver missing) becomes a ``SigningError`` in plain Vietnamese.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from asn1crypto import keys, x509
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    pkcs12,
)  # fmt: skip
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.sign.certificate import CertificateInfo, SigningError, describe


@dataclass(frozen=True)
class P12Source:
    path: Path

    kind = "p12"
    secret_name = "mật khẩu tệp .p12"

    def label(self) -> str:
        return f"tệp {self.path}"


@dataclass(frozen=True)
class TokenSource:
    module: str
    token_label: str | None = None
    key_label: str | None = None

    kind = "pkcs11"
    secret_name = "mã PIN của thiết bị ký số (token)"

    def label(self) -> str:
        token = f" «{self.token_label}»" if self.token_label else ""
        return f"thiết bị ký số{token} qua {self.module}"


Source = P12Source | TokenSource


@dataclass
class OpenSigner:
    signer: Signer
    certificate: CertificateInfo


class _P12Signer(SimpleSigner):
    """Signs with the key object already loaded: pyHanko's ``SimpleSigner`` re-parses (and
    re-validates, ~70 ms for RSA) the key for each of its two signing passes."""

    def __init__(self, private_key: PrivateKeyTypes, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._private_key = private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        digest = get_pyca_cryptography_hash(digest_algorithm)
        key = self._private_key
        if isinstance(key, RSAPrivateKey) and mechanism == "rsassa_pkcs1v15":
            return key.sign(data, PKCS1v15(), digest)
        if isinstance(key, EllipticCurvePrivateKey) and mechanism == "ecdsa":
            return key.sign(data, ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)


def _der(cert: object) -> x509.Certificate:
    return x509.Certificate.load(cert.public_bytes(Encoding.DER))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _unlock_p12(data: bytes, password: str) -> OpenSigner:
    """The key decrypted and checked once per process for the same file and password: OpenSSL's
    RSA key check alone costs ~75 ms, and a clerk signs slip after slip with one key."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:
        raise _WrongPassword() from None
    if key is None or cert is None:
        raise _NoKey()
    key_info = keys.PrivateKeyInfo.load(
        key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    signing_cert = _der(cert)
    chain = SimpleCertificateStore.from_certs([_der(c) for c in extra or ()])
    signer = _P12Signer(key, signing_cert=signing_cert, signing_key=key_info,
                        cert_registry=chain)
    return OpenSigner(signer, describe(signing_cert))


class _WrongPassword(Exception):
    pass


class _NoKey(Exception):
    pass


def _open_p12(source: P12Source, password: str) -> OpenSigner:
    name = Path(source.path).name
    try:
        data = Path(source.path).read_bytes()
    except OSError as exc:
        raise SigningError(f"Không đọc được tệp chứng thư «{source.path}»: "
                           f"{exc.strerror or exc}.") from None
    try:
        return _unlock_p12(data, password)
    except _WrongPassword:
        raise SigningError(f"Mật khẩu tệp «{name}» không đúng, hoặc tệp không phải chứng thư số "
                           "dạng .p12/.pfx. Chưa ký, không tệp nào được ghi.") from None
    except _NoKey:
        raise SigningError(f"Tệp «{name}» không chứa khóa bí mật kèm chứng thư; hãy xuất lại tệp "
                           ".p12 có cả khóa bí mật.") from None


@contextmanager
def open_signer(source: Source, secret: str) -> Iterator[OpenSigner]:
    """The signer, ready to sign; a token session stays open until the block ends."""
    if isinstance(source, P12Source):
        yield _open_p12(source, secret)
        return
    from desktop.sign import token

    with token.open_token(source, secret) as opened:
        yield opened

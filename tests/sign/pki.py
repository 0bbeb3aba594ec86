"""A real PKI made here with ``cryptography`` (root CA → intermediate → the commune's signer), the
signer as a password-protected .p12, and a real SoftHSM2 token holding the same key: the PKCS#11
path a USB token takes."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOLDER = "Ủy ban nhân dân xã Tân Hòa"
P12_PASSWORD = "mật-khẩu-đúng"
PIN, SO_PIN = "246810", "13579111"
TOKEN_LABEL, KEY_LABEL = "motcua-thu", "ky-so-xa"
SOFTHSM_MODULE = next((p for p in ("/usr/lib/softhsm/libsofthsm2.so",
                                   "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
                       if Path(p).exists()), "")
START = datetime(2025, 1, 1, tzinfo=UTC)  # before FIXED_NOW and today; valid for 20 years


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Thử nghiệm motcua"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _cert(subject: str, key, issuer_name: x509.Name, issuer_key, *, ca: bool,  # noqa: ANN001
          start: datetime = START, days: int = 3650,
          usage: x509.ObjectIdentifier = ExtendedKeyUsageOID.EMAIL_PROTECTION) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(start + timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]),
                                        critical=usage == ExtendedKeyUsageOID.TIME_STAMPING)
    return builder.sign(issuer_key, hashes.SHA256())


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class Pki:
    folder: Path
    root_pem: Path
    other_root_pem: Path
    p12: Path
    windows_p12: Path
    expired_p12: Path
    future_p12: Path
    key_pem: Path
    signer: x509.Certificate
    intermediate: x509.Certificate
    tsa: x509.Certificate  # a timestamp authority under the same intermediate
    tsa_key: rsa.RSAPrivateKey


def _p12(path: Path, key, cert: x509.Certificate, chain: list[x509.Certificate],  # noqa: ANN001
         *, windows: bool = False) -> Path:
    """AES-256 with many PBKDF2 rounds (cryptography's best), or as Windows' certificate
    export and most CA tools write it (3DES, 2,000 rounds)."""
    encryption = serialization.BestAvailableEncryption(P12_PASSWORD.encode())
    if windows:
        encryption = (serialization.PrivateFormat.PKCS12.encryption_builder().kdf_rounds(2000)
                      .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
                      .hmac_hash(hashes.SHA1()).build(P12_PASSWORD.encode()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"signer", key, cert, chain,
                                                           encryption))
    return path


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    root_key, mid_key, signer_key, other_key = _key(), _key(), _key(), _key()
    root = _cert("Root CA thử nghiệm", root_key, _name("Root CA thử nghiệm"), root_key, ca=True,
                 days=10000)
    mid = _cert("CA trung gian thử nghiệm", mid_key, root.subject, root_key, ca=True, days=10000)
    signer = _cert(HOLDER, signer_key, mid.subject, mid_key, ca=False, days=7300)
    expired = _cert(HOLDER, signer_key, mid.subject, mid_key, ca=False, days=30)
    future = _cert(HOLDER, signer_key, mid.subject, mid_key, ca=False,
                   start=datetime(2045, 1, 1, tzinfo=UTC))
    other = _cert("Root CA khác", other_key, _name("Root CA khác"), other_key, ca=True)
    tsa_key = _key()
    tsa = _cert("Máy chủ dấu thời gian thử nghiệm", tsa_key, mid.subject, mid_key, ca=False,
                days=7300, usage=ExtendedKeyUsageOID.TIME_STAMPING)
    (folder / "root.pem").write_bytes(_pem(root))
    (folder / "other-root.pem").write_bytes(_pem(other))
    (folder / "intermediate.pem").write_bytes(_pem(mid))
    (folder / "signer.pem").write_bytes(_pem(signer))
    key_pem = folder / "signer-key.pem"
    key_pem.write_bytes(signer_key.private_bytes(serialization.Encoding.PEM,
                                                 serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    return Pki(folder, folder / "root.pem", folder / "other-root.pem",
               _p12(folder / "xa.p12", signer_key, signer, [mid, root]),
               _p12(folder / "xa-windows.p12", signer_key, signer, [mid, root], windows=True),
               _p12(folder / "expired.p12", signer_key, expired, [mid, root]),
               _p12(folder / "future.p12", signer_key, future, [mid, root]),
               key_pem, signer, mid, tsa, tsa_key)


@dataclass(frozen=True)
class Token:
    module: str
    label: str
    key_label: str
    pin: str


@pytest.fixture(scope="session")
def softhsm(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Token:
    if not SOFTHSM_MODULE or not shutil.which("softhsm2-util"):
        pytest.fail("softhsm2 is missing: run tools/ensure-system-packages.sh")
    return make_softhsm(pki, tmp_path_factory.mktemp("softhsm"))


def make_softhsm(pki: Pki, folder: Path) -> Token:
    """A SoftHSM2 token initialised in ``folder``: the signer's key imported with
    ``softhsm2-util``, its certificate and the intermediate stored through PKCS#11 itself."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # the library and every CLI run under test read it
    util = ["softhsm2-util"]
    subprocess.run([*util, "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", PIN,
                    "--so-pin", SO_PIN], check=True, capture_output=True)
    subprocess.run([*util, "--import", str(pki.key_pem), "--token", TOKEN_LABEL, "--label",
                    KEY_LABEL, "--id", "01", "--pin", PIN], check=True, capture_output=True)
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    token = pkcs11.lib(SOFTHSM_MODULE).get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=PIN) as session:
        for cert, label, ident in ((pki.signer, KEY_LABEL, b"\x01"),
                                   (pki.intermediate, "trung-gian", b"\x02")):
            session.create_object({
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.ID: ident,
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER)})
    return Token(SOFTHSM_MODULE, TOKEN_LABEL, KEY_LABEL, PIN)

"""A self-signed certificate for a commune hub on the LAN, and its fingerprint to pin.

The LAN is not trusted, but a commune has no CA: the hub makes its own certificate once,
prints its SHA-256 fingerprint, and each desk pins exactly that certificate
(``motcua login --pin SHA256:…``). The key stays in the hub's data folder, readable only by
the account running the hub.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
from pathlib import Path

CERT_NAME, KEY_NAME = "hub-cert.pem", "hub-key.pem"


def fingerprint(cert_pem: bytes) -> str:
    """``SHA256:`` and the hex digest of the certificate (DER), as desks type it."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(Encoding.DER)
    return "SHA256:" + hashlib.sha256(der).hexdigest().upper()


def self_signed(folder: Path, hosts: list[str] | None = None) -> tuple[Path, Path, str]:
    """The certificate and key in ``folder`` (made on first use) and the fingerprint."""
    cert, key = folder / CERT_NAME, folder / KEY_NAME
    if not (cert.exists() and key.exists()):
        _make(cert, key, hosts or [])
    return cert, key, fingerprint(cert.read_bytes())


def _make(cert: Path, key: Path, hosts: list[str]) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "motcua commune hub")])
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.DNSName(socket.gethostname())]
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(private.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=3650))
                   .add_extension(x509.SubjectAlternativeName(names), critical=False)
                   .sign(private, hashes.SHA256()))
    key.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(private.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))

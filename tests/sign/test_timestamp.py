"""PAdES B-T: a timestamp from a real RFC 3161 server on loopback (pyHanko's test TSA behind
http.server, its certificate from the test PKI); an unreachable server means B-B, said so."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from desktop.pdf import render_receipt
from desktop.sign.papers import render_signed
from desktop.sign.setup import configure
from desktop.sign.sources import P12Source
from tests.pdf.conftest import NOW, add
from tests.sign.checks import motcua_verify, pdfsig, pyhanko_status
from tests.sign.pki import P12_PASSWORD


@pytest.fixture
def tsa_url(pki):
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(pki.tsa.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(pki.tsa_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        certs_to_embed=[asn1_x509.Certificate.load(
            pki.intermediate.public_bytes(serialization.Encoding.DER))])
    requests: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            requests.append(len(body))
            answer = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/tsa", requests
    server.shutdown()
    server.server_close()


def _sign_slip(store, pki, tmp_path, url: str):
    dossier = add(store, "Trần Văn Ưng")
    setup = configure(store, P12Source(pki.p12), P12_PASSWORD, now=NOW, tsa_url=url)
    return render_signed(lambda out: render_receipt(store, dossier.code, out, now=NOW),
                         tmp_path / "giay-hen.pdf", setup, P12_PASSWORD, now=NOW)


def test_a_configured_timestamp_server_makes_it_b_t(store, pki, tmp_path, tsa_url):
    url, requests = tsa_url
    signed = _sign_slip(store, pki, tmp_path, url)
    assert signed.level == "B-T" and signed.note == "" and len(requests) >= 1
    status = pyhanko_status(signed.path, pki.root_pem)
    assert status.intact and status.valid and status.trusted
    assert status.timestamp_validity is not None and status.timestamp_validity.intact
    code, verdict = motcua_verify(store.data_dir, signed.path, pki.root_pem)
    assert code == 0 and verdict["signatures"][0]["timestamped"]
    assert "Signature is Valid" in pdfsig(signed.path)


def test_an_unreachable_timestamp_server_still_signs_b_b_and_says_so(store, pki, tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/tsa"
    signed = _sign_slip(store, pki, tmp_path, url)
    assert signed.level == "B-B"
    assert signed.note == (f"Máy chủ dấu thời gian {url} không trả lời; đã ký không kèm dấu thời "
                           "gian (PAdES B-B).")
    assert pyhanko_status(signed.path, pki.root_pem).intact
    assert "Signature is Valid" in pdfsig(signed.path)

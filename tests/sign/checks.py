"""Three independent readers of a signed PDF: pyHanko's validator, ``motcua verify`` (a real
subprocess) and poppler's ``pdfsig``; and a way to change one byte of a page's content."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleTrustManager
from pypdf import PdfReader

from tests.conftest import run_cli


def pyhanko_status(path: Path, root_pem: Path):  # noqa: ANN201
    from asn1crypto import pem, x509

    _, _, der = pem.unarmor(root_pem.read_bytes())
    context = ValidationContext(trust_manager=SimpleTrustManager.build([x509.Certificate.load(der)]),
                                allow_fetching=False)
    with open(path, "rb") as handle:
        (embedded,) = PdfFileReader(handle).embedded_signatures
        return validate_pdf_signature(embedded, context)


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def motcua_verify(data_dir: Path, path: Path, root_pem: Path) -> tuple[int, dict]:
    code, out, err = run_cli(data_dir, "verify", str(path), "--trust", str(root_pem), "--json")
    assert err == "" or code != 0, err
    return code, json.loads(out)


def tamper_page_content(signed: Path, out: Path) -> Path:
    """Flip one byte inside the first page's content stream (inside the signed byte range)."""
    data = bytearray(signed.read_bytes())
    contents = PdfReader(signed).pages[0].raw_get("/Contents")
    ref = contents[0] if isinstance(contents, list) else contents
    header = re.search(rb"\n%d 0 obj" % ref.idnum, data)
    start = data.index(b"stream", header.end()) + len(b"stream\n") + 20
    data[start] ^= 0x01
    out.write_bytes(bytes(data))
    return out

"""Check a signed PDF the way a province clerk would: who signed, when, whether anything changed
since, and whether the certificate chains to a root they trust (the national root CA files).

Works on any PDF, offline: no revocation lookups, only the chain embedded in the signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko_certvalidator import ValidationContext

from desktop.core.clock import VN_TZ
from desktop.core.errors import UserError
from desktop.pdf.text import moment
from desktop.sign.certificate import describe


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    holder: str
    issuer: str
    signed_at: datetime | None
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature matches the signer's key
    unchanged_after: bool  # nothing but allowed additions (another signature) came later
    trusted: bool  # the chain ends at one of the given roots
    timestamped: bool

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.unchanged_after

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "holder": self.holder, "issuer": self.issuer,
                "signed_at": self.signed_at.isoformat() if self.signed_at else None,
                "intact": self.intact, "valid": self.valid,
                "unchanged_after_signing": self.unchanged_after, "trusted": self.trusted,
                "timestamped": self.timestamped}

    def lines(self, roots_given: bool) -> list[str]:
        when = moment(self.signed_at) if self.signed_at else "không rõ"
        state = ("Nội dung KHÔNG thay đổi kể từ khi ký." if self.ok else
                 "CẢNH BÁO: tài liệu ĐÃ BỊ THAY ĐỔI sau khi ký hoặc chữ ký không hợp lệ.")
        if self.trusted:
            chain = "Chứng thư dẫn tới chứng thư gốc tin cậy."
        elif roots_given:
            chain = "CẢNH BÁO: chứng thư KHÔNG dẫn tới chứng thư gốc tin cậy nào đã cho."
        else:
            chain = "Chưa kiểm tra nguồn gốc chứng thư (chưa cho chứng thư gốc: --trust ROOT.pem)."
        stamp = " (có dấu thời gian)" if self.timestamped else ""
        return [f"Ký bởi: {self.holder} (cấp bởi {self.issuer})",
                f"Thời điểm ký: {when}{stamp}", state, chain]


@dataclass(frozen=True)
class Verdict:
    path: Path
    signatures: list[SignatureCheck] = field(default_factory=list)
    roots_given: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and all(
            s.ok and (s.trusted or not self.roots_given) for s in self.signatures)

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "ok": self.ok, "trust_roots_given": self.roots_given,
                "signatures": [s.to_json() for s in self.signatures]}

    def lines(self) -> list[str]:
        if not self.signatures:
            return [f"{self.path.name}: không có chữ ký số."]
        head = "HỢP LỆ" if self.ok else "KHÔNG HỢP LỆ"
        out = [f"{self.path.name}: {head} ({len(self.signatures)} chữ ký)"]
        for number, check in enumerate(self.signatures, 1):
            out += [f"Chữ ký {number}:"] + [f"  {line}" for line in check.lines(self.roots_given)]
        return out


def load_roots(paths: Sequence[Path | str]) -> list[x509.Certificate]:
    roots = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(f"Không đọc được tệp chứng thư gốc «{path}»: "
                            f"{exc.strerror or exc}.", "trust") from None
        try:
            if pem.detect(data):
                roots += [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)]
            else:
                roots.append(x509.Certificate.load(data))
                roots[-1].native  # noqa: B018 - parse now, so a bad file fails here
        except (ValueError, TypeError):
            raise UserError(f"Tệp «{path}» không phải chứng thư số (PEM hoặc DER).",
                            "trust") from None
    return roots


def _check(embedded, roots: list[x509.Certificate]) -> SignatureCheck:  # noqa: ANN001
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(embedded, context)
    except SignatureValidationError:
        cert = embedded.signer_cert
        info = describe(cert)
        return SignatureCheck(embedded.field_name, info.holder, info.issuer, None,
                              False, False, False, False, False)
    info = describe(status.signing_cert)
    reported = status.timestamp_validity.timestamp if status.timestamp_validity else (
        status.signer_reported_dt)
    level = status.modification_level
    unchanged_after = level is None or level <= ModificationLevel.FORM_FILLING
    return SignatureCheck(
        embedded.field_name, info.holder, info.issuer,
        reported.astimezone(VN_TZ) if reported else None,
        bool(status.intact), bool(status.valid), unchanged_after,
        bool(status.trusted) and bool(roots), status.timestamp_validity is not None)


def verify_pdf(path: Path | str, trust: Sequence[Path | str] = ()) -> Verdict:
    """Every signature in ``path``; ``UserError`` when the file is not a readable PDF."""
    path = Path(path)
    roots = load_roots(trust)
    try:
        with open(path, "rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            checks = [_check(sig, roots) for sig in reader.embedded_signatures]
    except FileNotFoundError:
        raise UserError(f"Không có tệp «{path}».", "file") from None
    except IsADirectoryError:
        raise UserError(f"«{path}» là một thư mục, không phải tệp PDF.", "file") from None
    except OSError as exc:
        raise UserError(f"Không đọc được tệp «{path}»: {exc.strerror or exc}.", "file") from None
    except (PdfError, ValueError, KeyError):
        raise UserError(f"«{path.name}» không phải tệp PDF đọc được.", "file") from None
    return Verdict(path, checks, roots_given=bool(roots))

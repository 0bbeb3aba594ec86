"""What a clerk needs to know about a certificate, and the validity rule applied before signing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509

from desktop.core.clock import VN_TZ
from desktop.core.errors import UserError


class SigningError(UserError):
    """Signing cannot go on (wrong PIN, no token, expired certificate); nothing was written."""


def _name(name: x509.Name) -> str:
    fields = name.native
    return str(fields.get("common_name") or fields.get("organization_name") or name.human_friendly)


@dataclass(frozen=True)
class CertificateInfo:
    holder: str
    issuer: str
    valid_from: datetime
    valid_to: datetime
    serial: str

    def to_json(self) -> dict[str, str]:
        return {"holder": self.holder, "issuer": self.issuer,
                "valid_from": self.valid_from.isoformat(), "valid_to": self.valid_to.isoformat(),
                "serial": self.serial}

    def period_label(self) -> str:
        return f"{self.valid_from:%d/%m/%Y} – {self.valid_to:%d/%m/%Y}"


def describe(cert: x509.Certificate) -> CertificateInfo:
    validity = cert["tbs_certificate"]["validity"]
    return CertificateInfo(
        holder=_name(cert.subject), issuer=_name(cert.issuer),
        valid_from=validity["not_before"].native.astimezone(VN_TZ),
        valid_to=validity["not_after"].native.astimezone(VN_TZ),
        serial=format(cert.serial_number, "X"))


def require_current(info: CertificateInfo, now: datetime) -> None:
    """A paper signed outside the certificate's validity is worthless: refuse before signing."""
    if now < info.valid_from:
        raise SigningError(
            f"Chứng thư số của «{info.holder}» chỉ có hiệu lực từ {info.valid_from:%H:%M %d/%m/%Y}; "
            "chưa ký được. Kiểm tra đồng hồ máy tính hoặc dùng chứng thư khác.")
    if now > info.valid_to:
        raise SigningError(
            f"Chứng thư số của «{info.holder}» đã hết hạn ngày {info.valid_to:%d/%m/%Y}; không ký "
            "được. Hãy gia hạn chứng thư với tổ chức cung cấp dịch vụ chứng thực chữ ký số.")

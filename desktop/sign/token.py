"""Signing with a PKCS#11 token (USB key, smart card, SoftHSM): the driver library the vendor
installs, the token's label, the key's label and the PIN.

The PIN goes to the token and nowhere else. The token's own counters (few tries left, last try,
locked) are read and passed on in Vietnamese, so a clerk stops before locking the key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pkcs11
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11
from pyhanko.sign.pkcs11 import PKCS11Signer

from desktop.sign.certificate import SigningError, describe
from desktop.sign.sources import OpenSigner, TokenSource

UNPLUGGED = ("Không tìm thấy thiết bị ký số{label}. Hãy cắm token vào máy (đợi đèn sáng) rồi thử "
             "lại. Chưa ký, không tệp nào được ghi.")


def load_module(path: str) -> pkcs11.lib:
    try:
        return pkcs11.lib(path)
    except (p11.PKCS11Error, OSError, RuntimeError):
        raise SigningError(
            f"Không nạp được thư viện PKCS#11 «{path}» (trình điều khiển của thiết bị ký số). "
            "Hãy kiểm tra đã cài phần mềm của token và đường dẫn thư viện đúng. Chưa ký, không "
            "tệp nào được ghi.") from None


def find_token(lib: pkcs11.lib, label: str | None) -> pkcs11.Token:
    shown = f" «{label}»" if label else ""
    try:
        tokens = list(lib.get_tokens(token_label=label) if label else lib.get_tokens())
    except (p11.PKCS11Error, RuntimeError):
        raise SigningError(UNPLUGGED.format(label=shown)) from None
    if not tokens:
        raise SigningError(UNPLUGGED.format(label=shown))
    return tokens[0]


def pin_warning(token: pkcs11.Token) -> str:
    """What the token says about its PIN counter, for the message after a wrong PIN."""
    flags = token.flags
    if flags & TokenFlag.USER_PIN_LOCKED:
        return " Mã PIN đã bị khóa; hãy liên hệ nơi cấp token để mở khóa."
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return " CẢNH BÁO: chỉ còn MỘT lần thử; nhập sai nữa token sẽ bị khóa."
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return " Lưu ý: số lần thử mã PIN còn lại đã ít; nhập sai nhiều lần token sẽ bị khóa."
    return ""


def _login(token: pkcs11.Token, pin: str) -> pkcs11.Session:
    try:
        return token.open(user_pin=pin)
    except p11.PinLocked:
        raise SigningError("Mã PIN của thiết bị ký số đã bị khóa do nhập sai nhiều lần; hãy liên "
                           "hệ nơi cấp token để mở khóa. Chưa ký.") from None
    except (p11.PinIncorrect, p11.PinLenRange, p11.PinInvalid):
        raise SigningError("Mã PIN của thiết bị ký số không đúng. Chưa ký, không tệp nào được "
                           "ghi." + pin_warning(token)) from None
    except (p11.TokenNotPresent, p11.DeviceRemoved, p11.TokenNotRecognised):
        raise SigningError(UNPLUGGED.format(label=f" «{token.label}»")) from None


def _key_label(session: pkcs11.Session, wanted: str | None) -> str:
    labels = [key[Attribute.LABEL] for key in
              session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})]
    if wanted:
        if wanted not in labels:
            raise SigningError(f"Token không có khóa «{wanted}». Các khóa có trên token: "
                               + (", ".join(labels) or "không có") + ".")
        return wanted
    if len(labels) != 1:
        raise SigningError("Token có " + (f"{len(labels)} khóa ({', '.join(labels)})" if labels
                                          else "không có khóa nào")
                           + "; hãy chọn khóa dùng để ký (--key-label).")
    return labels[0]


@contextmanager
def open_token(source: TokenSource, pin: str) -> Iterator[OpenSigner]:
    token = find_token(load_module(source.module), source.token_label)
    session = _login(token, pin)
    try:
        label = _key_label(session, source.key_label)
        signer = PKCS11Signer(session, cert_label=label, key_label=label,
                              other_certs_to_pull=None)
        try:
            cert = signer.signing_cert
        except p11.PKCS11Error:
            raise SigningError(f"Token không có chứng thư số đi kèm khóa «{label}».") from None
        if cert is None:
            raise SigningError(f"Token không có chứng thư số đi kèm khóa «{label}».")
        yield OpenSigner(signer, describe(cert))
    except (p11.TokenNotPresent, p11.DeviceRemoved, p11.SessionClosed):
        raise SigningError(UNPLUGGED.format(label=f" «{token.label}»")) from None
    finally:
        try:
            session.close()
        except p11.PKCS11Error:
            pass

"""What a clerk can get wrong or run into — wrong PIN, token unplugged or its driver missing,
wrong .p12 password, expired or not-yet-valid certificate — ends in one Vietnamese sentence and
no file: not the paper, not a temporary file beside it."""

from __future__ import annotations

import pytest

from desktop.pdf import render_receipt
from desktop.sign.certificate import SigningError
from desktop.sign.papers import render_signed
from desktop.sign.setup import SigningSetup, configure, load_setup
from desktop.sign.sources import P12Source, TokenSource, open_signer
from tests.pdf.conftest import NOW, add
from tests.sign.pki import P12_PASSWORD


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _refused(store, source, secret, out_dir) -> str:
    """Both ways in: setting up with it, and signing a paper with a set-up that held once."""
    dossier = add(store, "Trần Văn Ưng")
    with pytest.raises(SigningError) as at_setup:
        configure(store, source, secret, now=NOW)
    assert load_setup(store) is None
    setup = SigningSetup(source, _any_certificate())
    with pytest.raises(SigningError) as at_print:
        render_signed(lambda out: render_receipt(store, dossier.code, out, now=NOW),
                      out_dir / "giay-hen.pdf", setup, secret, now=NOW)
    assert list(out_dir.iterdir()) == []
    first_sentence = at_setup.value.message.split(". ")[0]
    assert at_print.value.message.startswith(first_sentence)
    assert "Traceback" not in at_print.value.message
    return at_print.value.message


def _any_certificate():
    from datetime import timedelta

    from desktop.sign.certificate import CertificateInfo

    return CertificateInfo("x", "y", NOW - timedelta(days=1), NOW + timedelta(days=1), "1")


def test_wrong_p12_password(store, pki, out_dir):
    message = _refused(store, P12Source(pki.p12), "sai-mat-khau", out_dir)
    assert "Mật khẩu tệp «xa.p12» không đúng" in message and "không tệp nào được ghi" in message


def test_missing_p12_file(store, pki, out_dir):
    message = _refused(store, P12Source(pki.folder / "khong-co.p12"), P12_PASSWORD, out_dir)
    assert message.startswith("Không đọc được tệp chứng thư")


def test_expired_certificate(store, pki, out_dir):
    message = _refused(store, P12Source(pki.expired_p12), P12_PASSWORD, out_dir)
    assert "đã hết hạn ngày 31/01/2025" in message


def test_not_yet_valid_certificate(store, pki, out_dir):
    message = _refused(store, P12Source(pki.future_p12), P12_PASSWORD, out_dir)
    assert "chỉ có hiệu lực từ" in message and "01/01/2045" in message


def test_wrong_pin_on_the_token(store, softhsm, out_dir):
    source = TokenSource(softhsm.module, softhsm.label, softhsm.key_label)
    message = _refused(store, source, "000000", out_dir)
    assert message.startswith("Mã PIN của thiết bị ký số không đúng")
    # After one wrong try SoftHSM raises its "count low" flag; the clerk reads it in Vietnamese.
    assert message.endswith("Lưu ý: số lần thử mã PIN còn lại đã ít; nhập sai nhiều lần token sẽ "
                            "bị khóa.")
    with open_signer(source, softhsm.pin) as opened:  # the right PIN still works afterwards
        assert opened.certificate.holder


def test_token_driver_missing_or_unloadable(store, softhsm, tmp_path, out_dir):
    not_a_library = tmp_path / "libtoken.so"
    not_a_library.write_bytes(b"not an ELF file")
    for module in (str(tmp_path / "khong-co.so"), str(not_a_library)):
        message = _refused(store, TokenSource(module), softhsm.pin, out_dir)
        assert message.startswith(f"Không nạp được thư viện PKCS#11 «{module}»")


def test_token_not_plugged_in(store, softhsm, out_dir):
    """The driver loads but no token with that label is present: what an unplugged key looks
    like to PKCS#11."""
    message = _refused(store, TokenSource(softhsm.module, "token-da-rut"), softhsm.pin, out_dir)
    assert message.startswith("Không tìm thấy thiết bị ký số «token-da-rut». Hãy cắm token")


def test_unknown_key_label_lists_what_the_token_has(store, softhsm, out_dir):
    source = TokenSource(softhsm.module, softhsm.label, "khoa-khac")
    message = _refused(store, source, softhsm.pin, out_dir)
    assert message == f"Token không có khóa «khoa-khac». Các khóa có trên token: {softhsm.key_label}."


def test_expired_at_print_time_after_a_valid_setup(store, pki, out_dir):
    """Set up while valid; a year later the same certificate is refused before rendering."""
    from datetime import timedelta

    setup = configure(store, P12Source(pki.p12), P12_PASSWORD, now=NOW)
    later = setup.certificate.valid_to + timedelta(days=1)
    dossier = add(store, "Lê Thị Mỹ Hạnh")
    with pytest.raises(SigningError, match="đã hết hạn"):
        render_signed(lambda out: render_receipt(store, dossier.code, out, now=later),
                      out_dir / "giay-hen.pdf", setup, P12_PASSWORD, now=later)
    assert list(out_dir.iterdir()) == []

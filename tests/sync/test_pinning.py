"""Which certificate a desk pins: the rule the window and ``motcua login`` share."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.sync.pinning import PinMismatch, PresentedCertificate, check_pin, choose_pin, grouped

HUB = "SHA256:" + "34CC8A09B802446126D5FD8D3CC492B502AB86903A10FBA338BE1CFB577E0FB3"
SELF_MADE = PresentedCertificate(HUB, trusted=False)


def test_the_grouped_form_reads_back_as_the_same_pin():
    assert grouped(HUB) == ("SHA256:34CC 8A09 B802 4461 26D5 FD8D 3CC4 92B5 02AB 8690 3A10 "
                            "FBA3 38BE 1CFB 577E 0FB3")
    assert check_pin(grouped(HUB).lower()) == HUB


def test_a_self_made_certificate_is_pinned_only_when_compared():
    assert choose_pin(SELF_MADE, grouped(HUB), "") == HUB
    assert choose_pin(SELF_MADE, "", HUB) == HUB
    with pytest.raises(PinMismatch, match="KHÔNG khớp"):
        choose_pin(SELF_MADE, "SHA256:" + "AB" * 32, HUB)  # a copy from the hub beats a tick
    with pytest.raises(UserError, match="chứng thư tự tạo"):
        choose_pin(SELF_MADE, "", "")
    with pytest.raises(UserError, match="khác với chứng thư bạn đã xác nhận"):
        choose_pin(SELF_MADE, "", "SHA256:" + "AB" * 32)


def test_a_certificate_the_usual_cas_vouch_for_needs_no_pin():
    assert choose_pin(PresentedCertificate(HUB, trusted=True), "", "") == ""


def test_a_hub_that_cannot_be_reached_gets_the_typed_pin_as_motcua_login_does():
    assert choose_pin(None, grouped(HUB), "") == HUB
    assert choose_pin(None, "", "") == ""
    with pytest.raises(UserError, match="không hợp lệ"):
        choose_pin(None, "SHA256:12", "")

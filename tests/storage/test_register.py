"""The bulk import path: all or nothing, and generated codes never collide with kept ones."""

from __future__ import annotations

import pytest

from desktop.core.clock import to_epoch
from desktop.core.errors import UserError
from desktop.core.states import Channel, State
from desktop.storage.register import ImportedDossier, import_dossiers
from tests.conftest import FIXED_NOW, db_fingerprint, vn


def _item(name: str, code: str | None = None, **extra) -> ImportedDossier:
    received = to_epoch(vn(2026, 11, 2, 8, 0))
    values = dict(code=code, procedure="khai-sinh", field="ho-tich", channel=Channel.DIRECT,
                  state=State.RECEIVED, applicant=name, id_number=None, phone=None, address=None,
                  received_at=received, appointment_at=received + 9 * 3600, end_at=None,
                  note=None, original={"Người nộp": name})
    return ImportedDossier(**(values | extra))


def test_an_error_midway_leaves_nothing(store):
    before = db_fingerprint(store.conn)

    def items():
        yield _item("Nguyễn Văn An")
        yield _item("Trần Thị Bình", "CU-0001")
        raise UserError("tệp đã thay đổi")

    with pytest.raises(UserError):
        import_dossiers(store, items(), 3, now=FIXED_NOW)
    assert db_fingerprint(store.conn) == before


def test_generated_codes_step_over_codes_kept_from_the_file(store):
    kept = "000.00.14.H56-261102-010001"  # what this desk would generate first for that day
    outcome = import_dossiers(store, [_item("Lê Văn Cường", kept), _item("Phạm Thị Dung")], 2,
                              now=FIXED_NOW)
    assert outcome.added == 2
    assert outcome.codes == (kept, "000.00.14.H56-261102-010002")
    # The desk's own next dossier of that day goes on from there too.
    from desktop.storage.dossiers import NewDossier

    added = store.dossiers.add(NewDossier("khai-sinh", "Võ Thị Em",
                                          received_at=vn(2026, 11, 2, 9, 0)), now=FIXED_NOW)
    assert added.code == "000.00.14.H56-261102-010003"


def test_a_kept_code_of_this_desk_is_never_handed_out_again(store):
    from desktop.storage.dossiers import NewDossier

    import_dossiers(store, [_item("Đặng Văn Giang", "000.00.14.H56-261102-010005"),
                            _item("Hồ Thị Hoa", "000.00.14.H56-261102-020009")], 2, now=FIXED_NOW)
    added = store.dossiers.add(NewDossier("khai-sinh", "Bùi Văn Ích",
                                          received_at=vn(2026, 11, 2, 9, 0)), now=FIXED_NOW)
    assert added.code == "000.00.14.H56-261102-010006"  # another desk's number (02) is not ours

"""The TXT record a hub announces, read back as a desk reads it: only what a desk can use, and
nothing it cannot trust the shape of."""

from __future__ import annotations

from desktop.sync.discovery import HubAnnouncement, read_announcement, txt_record

PIN = "SHA256:" + "AB" * 32
NAME = "motcua 70 hub-pc._motcua._tcp.local."


def as_received(record: dict[str, str]) -> dict[bytes, bytes]:
    return {k.encode(): v.encode() for k, v in record.items()}


def test_a_hub_record_reads_back_as_the_address_to_log_in_to():
    record = txt_record(commune="70", role="commune", scheme="https", fingerprint=PIN)
    assert set(record) == {"v", "commune", "role", "scheme", "fingerprint"}
    hub = read_announcement(NAME, ["192.168.1.20"], 8750, as_received(record))
    assert hub == HubAnnouncement("motcua 70 hub-pc", "https://192.168.1.20:8750", "70",
                                  "commune", PIN)


def test_the_fingerprint_is_read_in_any_form_the_hub_prints_and_kept_canonical():
    grouped = "sha256:" + " ".join(["abab"] * 16)
    record = as_received({"v": "1", "commune": "70", "role": "commune", "scheme": "https",
                          "fingerprint": grouped})
    assert read_announcement(NAME, ["10.0.0.5"], 8750, record).fingerprint == PIN


def test_records_a_desk_cannot_use_are_ignored():
    good = txt_record(commune="70", role="commune", scheme="https", fingerprint=PIN)
    for bad in ({**good, "v": "2"}, {**good, "scheme": "ftp"}, {**good, "fingerprint": "AB12"}):
        assert read_announcement(NAME, ["10.0.0.5"], 8750, as_received(bad)) is None
    assert read_announcement(NAME, [], 8750, as_received(good)) is None
    assert read_announcement(NAME, ["10.0.0.5"], 0, as_received(good)) is None


def test_plain_http_has_no_fingerprint_and_ipv6_is_bracketed():
    record = txt_record(commune="70", role="commune", scheme="http")
    assert "fingerprint" not in record
    hub = read_announcement(NAME, ["fe80::1"], 8750, as_received(record))
    assert hub.url == "http://[fe80::1]:8750" and hub.fingerprint == ""

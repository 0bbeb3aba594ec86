"""A correction, a hand-over, a new appointment and a supplement request with its missing
papers, made at one desk, show up identically at a colleague's desk through the commune hub
(real processes on loopback): the same details, appointment, holder, new appointment and
history, and search finds the corrected name."""

from __future__ import annotations

from hub_helpers import DAY, hub_with_desks, synced

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import now_vn


def test_corrections_handovers_and_reschedules_travel_to_the_colleague_unchanged(tmp_path):
    with hub_with_desks(tmp_path) as (hub, (one, two)):
        code = one.add("Nguyễn Văn Am", f"{DAY}T08:00")
        synced(one, two)
        before = two.json("dossier", "show", code)

        assert one.run("staff", "add", "Trần Văn Chuyên", "--role", "specialist").returncode == 0
        done = one.run("dossier", "handover", code, "--to", "Trần Văn Chuyên", "--at",
                       f"{DAY}T09:00")
        assert done.returncode == 0, done.stdout + done.stderr
        done = one.run("dossier", "edit", code, "--reason", "Công dân báo sai tên và thủ tục",
                       "--applicant", "Nguyễn Văn Ân", "--procedure", "lien-thong-khai-sinh")
        assert done.returncode == 0, done.stdout + done.stderr
        new_at = WorkCalendar().appointment(now_vn(), 2)
        done = one.run("dossier", "reschedule", code, "--to", f"{new_at:%Y-%m-%dT%H:%M}",
                       "--reason", "Chờ xác minh của xã khác")
        assert done.returncode == 0, done.stdout + done.stderr
        done = one.run("dossier", "set-status", code, "supplement_requested", "--note",
                       "Thiếu giấy tờ", "--missing", "Bản sao CCCD: hết hạn")
        assert done.returncode == 0, done.stdout + done.stderr
        synced(one, two)

        at_origin = one.json("dossier", "show", code)
        at_colleague = two.json("dossier", "show", code)
        at_origin.pop("book_entry")  # the book's line number is the receiving desk's own
        at_colleague.pop("book_entry")
        assert at_colleague == at_origin
        assert at_colleague["applicant"] == "Nguyễn Văn Ân"
        assert at_colleague["procedure"] == "lien-thong-khai-sinh"
        assert at_colleague["appointment_at"] != before["appointment_at"]
        assert at_colleague["holder"] == "Trần Văn Chuyên"
        assert at_colleague["rescheduled_to"] == new_at.isoformat()
        assert at_colleague["status"] == "supplement_requested"
        assert at_colleague["supplement_requests"][0]["missing"][0]["name"] == "Bản sao CCCD"
        assert [e["kind"] for e in at_colleague["events"]] == [
            "received", "state", "handover", "correction", "reschedule", "state"]
        assert at_colleague["conflicts"] == 0
        assert [d["code"] for d in two.json("dossier", "find", "Nguyen Van An")] == [code]
        assert two.json("dossier", "find", "Nguyễn Văn Am") == []

"""The hub's relay upward with a stub province: one report the province refuses is set aside
alone, and the relay goes back to full batches after it."""

from __future__ import annotations

import json

from central.relay import Relay
from desktop.sync.transport import Answer, BatchRefused, Delivery, Report


class Queue:
    def __init__(self, ids: list[str]) -> None:
        self.owed = ids
        self.marked: dict[str, str] = {}

    def relay_pending(self, limit: int) -> list[Report]:
        return [Report(i, "dossier", i, json.dumps({"state": 1}), "", 0, "70", 1, "1", None)
                for i in self.owed if i not in self.marked][:limit]

    def relay_mark(self, outcomes: dict[str, tuple[str, str | None]], now: int) -> None:
        self.marked |= {i: state for i, (state, _) in outcomes.items()}


class Province:
    def __init__(self, refused: str) -> None:
        self.refused = refused
        self.batches: list[int] = []

    def send(self, reports: list[Report]) -> Delivery:
        self.batches.append(len(reports))
        if any(r.id == self.refused for r in reports):
            raise BatchRefused("Lô không hợp lệ.")
        return Delivery({r.id: Answer("accepted") for r in reports})

    def probe(self) -> bool:
        return True


def test_a_refused_report_is_set_aside_alone_and_full_batches_resume():
    queue = Queue([f"r{n:02d}" for n in range(12)])
    province = Province(refused="r00")
    result = Relay(queue, province, batch=4).run_once()
    assert (result.sent, result.set_aside, result.error) == (11, 1, None)
    assert queue.marked["r00"] == "set_aside"
    assert province.batches == [4, 2, 1, 4, 4, 3]

"""States 1–10, the transitions the law allows, and how people name them on the command line."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.core.states import (
    TRANSITIONS,
    Channel,
    State,
    check_transition,
    parse_channel,
    parse_state,
)  # fmt: skip

SLUGS = ["registered", "received", "refused", "processing", "supplement_requested", "fees_due",
         "withdrawn", "stopped", "resolved", "returned"]


def test_portal_numbers_and_slugs():
    assert [s.value for s in State] == list(range(1, 11))
    assert [s.slug for s in State] == SLUGS
    for number, slug in enumerate(SLUGS, start=1):
        assert parse_state(str(number)) is State(number)
        assert parse_state(number) is State(number)
        assert parse_state(slug) is State(number)
        assert parse_state(slug.upper().replace("_", "-")) is State(number)


@pytest.mark.parametrize("bad", ["0", "11", "done", "", "4.0"])
def test_unknown_state_names_the_choices(bad):
    with pytest.raises(UserError, match="Trạng thái không hợp lệ") as caught:
        parse_state(bad)
    assert "supplement_requested" in caught.value.message


def test_final_states_have_no_way_out():
    assert {s for s in State if s.is_final} == {State.REFUSED, State.WITHDRAWN, State.STOPPED,
                                                 State.RETURNED}


def test_channels_start_states():
    assert Channel.ONLINE.start_state is State.REGISTERED
    assert Channel.DIRECT.start_state is State.RECEIVED
    assert Channel.POSTAL.start_state is State.RECEIVED
    assert parse_channel("postal") is Channel.POSTAL and parse_channel("2") is Channel.ONLINE
    with pytest.raises(UserError, match="Kênh tiếp nhận không hợp lệ"):
        parse_channel("fax")


@pytest.mark.parametrize(("current", "target"), [
    (c, t) for c in State for t in State if t not in TRANSITIONS[c]
])
def test_every_illegal_transition_refused_in_vietnamese(current, target):
    with pytest.raises(UserError) as caught:
        check_transition(current, target)
    assert current.label in caught.value.message and target.label in caught.value.message


def test_legal_transitions_match_the_portal_flow():
    assert TRANSITIONS[State.REGISTERED] == {State.RECEIVED, State.REFUSED, State.WITHDRAWN}
    assert State.PROCESSING in TRANSITIONS[State.SUPPLEMENT_REQUESTED]
    assert TRANSITIONS[State.RESOLVED] == {State.RETURNED}
    for current, targets in TRANSITIONS.items():
        for target in targets:
            check_transition(current, target)
            assert target is not current

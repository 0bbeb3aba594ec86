"""Dossier states (national portal codes), channels and the transitions the law allows."""

from __future__ import annotations

from enum import IntEnum

from desktop.core.errors import UserError


class State(IntEnum):
    REGISTERED = 1
    RECEIVED = 2
    REFUSED = 3
    PROCESSING = 4
    SUPPLEMENT_REQUESTED = 5
    FEES_DUE = 6
    WITHDRAWN = 7
    STOPPED = 8
    RESOLVED = 9
    RETURNED = 10

    @property
    def slug(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        return STATE_LABELS[self]

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]

    @property
    def ends_processing(self) -> bool:
        """The first of these states reached is the dossier's end time for on-time judgement."""
        return self in ENDING_STATES


STATE_LABELS: dict[State, str] = {
    State.REGISTERED: "Mới đăng ký",
    State.RECEIVED: "Được tiếp nhận",
    State.REFUSED: "Không được tiếp nhận",
    State.PROCESSING: "Đang xử lý",
    State.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung giấy tờ",
    State.FEES_DUE: "Yêu cầu thực hiện nghĩa vụ tài chính",
    State.WITHDRAWN: "Công dân yêu cầu rút hồ sơ",
    State.STOPPED: "Dừng xử lý",
    State.RESOLVED: "Đã xử lý xong",
    State.RETURNED: "Đã trả kết quả",
}

ENDING_STATES = frozenset(
    {State.REFUSED, State.WITHDRAWN, State.STOPPED, State.RESOLVED, State.RETURNED}
)
#: Moves that need a reason, saved as the event's note and printed on the papers (forms 02, 03,
#: 05): the citizen is owed an explanation of what is asked or why the dossier ends.
REASON_REQUIRED = frozenset(
    {State.SUPPLEMENT_REQUESTED, State.REFUSED, State.STOPPED, State.WITHDRAWN}
)
#: Moves that cannot be undone (or hand the result over): the window asks before making them.
NEEDS_CONFIRMATION = frozenset({State.REFUSED, State.WITHDRAWN, State.STOPPED, State.RETURNED})
#: Ended this way, a dossier counts as on time whatever the clock says.
ALWAYS_ON_TIME = frozenset({State.REFUSED, State.WITHDRAWN})

TRANSITIONS: dict[State, frozenset[State]] = {
    State.REGISTERED: frozenset({State.RECEIVED, State.REFUSED, State.WITHDRAWN}),
    State.RECEIVED: frozenset(
        {State.PROCESSING, State.SUPPLEMENT_REQUESTED, State.FEES_DUE, State.WITHDRAWN,
         State.STOPPED, State.RESOLVED}
    ),
    State.PROCESSING: frozenset(
        {State.SUPPLEMENT_REQUESTED, State.FEES_DUE, State.WITHDRAWN, State.STOPPED,
         State.RESOLVED}
    ),
    State.SUPPLEMENT_REQUESTED: frozenset({State.PROCESSING, State.WITHDRAWN, State.STOPPED}),
    State.FEES_DUE: frozenset({State.PROCESSING, State.RESOLVED, State.WITHDRAWN, State.STOPPED}),
    State.RESOLVED: frozenset({State.RETURNED}),
    State.REFUSED: frozenset(),
    State.WITHDRAWN: frozenset(),
    State.STOPPED: frozenset(),
    State.RETURNED: frozenset(),
}

class Channel(IntEnum):
    DIRECT = 1
    ONLINE = 2
    POSTAL = 3

    @property
    def slug(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]

    @property
    def start_state(self) -> State:
        return State.REGISTERED if self is Channel.ONLINE else State.RECEIVED


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.DIRECT: "Trực tiếp",
    Channel.ONLINE: "Trực tuyến",
    Channel.POSTAL: "Bưu chính công ích",
}


def parse_state(text: str | int) -> State:
    """Accept the portal number (1–10) or the English slug."""
    raw = str(text).strip().lower().replace("-", "_")
    if raw.isdigit() and int(raw) in State._value2member_map_:
        return State(int(raw))
    for state in State:
        if state.slug == raw:
            return state
    slugs = ", ".join(s.slug for s in State)
    raise UserError(f"Trạng thái không hợp lệ: «{text}». Dùng số 1–10 hoặc một trong: {slugs}.")


def parse_channel(text: str | int) -> Channel:
    raw = str(text).strip().lower()
    if raw.isdigit() and int(raw) in Channel._value2member_map_:
        return Channel(int(raw))
    for channel in Channel:
        if channel.slug == raw:
            return channel
    raise UserError(f"Kênh tiếp nhận không hợp lệ: «{text}». Dùng direct, online hoặc postal.")


def check_reason(target: State, note: str | None) -> None:
    if target in REASON_REQUIRED and not (note or "").strip():
        raise UserError(f"Chuyển sang «{target.label}» cần ghi rõ lý do (--note).", "note")


def check_transition(current: State, target: State) -> None:
    if target not in TRANSITIONS[current]:
        if current.is_final:
            raise UserError(
                f"Hồ sơ đã ở trạng thái cuối «{current.label}», không thể chuyển sang «{target.label}»."
            )
        raise UserError(f"Không thể chuyển hồ sơ từ «{current.label}» sang «{target.label}».")

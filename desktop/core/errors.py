"""Errors that carry a message meant for the clerk, in Vietnamese."""


class UserError(Exception):
    """Bad input or a forbidden action: shown to the user as is, nothing was written."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class Cancelled(UserError):
    """Long work stopped at the clerk's request (or because the window closed)."""

    def __init__(self) -> None:
        super().__init__("Đã hủy theo yêu cầu.")


class ValidationError(UserError):
    """One or more fields are invalid; ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        first_field, first = next(iter(self.errors.items()))
        super().__init__(first, first_field)

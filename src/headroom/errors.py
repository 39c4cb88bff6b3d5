"""Errors that the CLI reports as one clear line, never as a traceback."""


class HeadroomError(Exception):
    """A failure the user can act on; the message says what and how."""

    exit_code = 1


class UsageError(HeadroomError):
    """A bad argument or setting."""

    exit_code = 2


class WarehouseError(HeadroomError):
    """The warehouse cannot be reached, started or stopped."""

    exit_code = 3

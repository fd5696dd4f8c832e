"""Errors that reach the user as one clear line (the CLI prints them without a traceback)."""


class MarsadError(Exception):
    """Base class: anything marsad reports to the user as a one-line message."""


class InputError(MarsadError):
    """The input cannot be read as an Arabic news article (empty, binary, undecodable,
    malformed, too large, not Arabic …). The message says what and where."""

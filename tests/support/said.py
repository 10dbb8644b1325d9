"""Everything an error shows a user, for the tests that check no secret is in it."""

from __future__ import annotations


def everything_said(error: BaseException) -> str:
    """Every string the error can show: its text, repr, body, and its causes' texts."""
    said = [str(error), repr(error), str(getattr(error, "body", ""))]
    cause = error.__cause__ or error.__context__
    while cause is not None:
        said += [str(cause), repr(cause)]
        cause = cause.__cause__ or cause.__context__
    return "\n".join(said)

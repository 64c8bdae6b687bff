"""The error every part of the database layer raises for a file it cannot use."""

from __future__ import annotations


class DatabaseError(Exception):
    """The file cannot be used as a FieldApp database; the message is one line for people."""

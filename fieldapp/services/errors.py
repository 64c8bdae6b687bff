"""The error a service raises when a form cannot be saved: one problem per field, shown under the field."""

from __future__ import annotations

from fieldapp.validation import Invalid


class FormInvalid(ValueError):
    """``errors`` maps each field name to its :class:`Invalid` (code for translation, message for people)."""

    def __init__(self, errors: dict[str, Invalid]) -> None:
        super().__init__("; ".join(f"{k}: {v.message}" for k, v in errors.items()))
        self.errors = errors

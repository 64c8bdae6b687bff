"""The error a service raises when a form cannot be saved: one problem per field, shown under the field
(defined with the core's other refusals in ``fieldapp.problems``)."""

from __future__ import annotations

from fieldapp.problems import FormInvalid

__all__ = ["FormInvalid"]

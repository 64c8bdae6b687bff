"""The core's one problem type: what is wrong or refused, as a stable ``code`` and the values it names
(``params``: names, numbers, Decimal amounts, dates, status codes, nested problems). The interface words it in
the user's language from the code and params alone (``fieldapp.ui.problems``); ``message`` is the English for the
command line and the log. A refusal raises :class:`Invalid`; a form's refusals by field, :class:`FormInvalid`;
an import or a check reports :class:`Problem` values (a warning is accepted with a remark, an error rejects)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    code: str
    message: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None
    level: str = "error"  # error (refused, the row rejected) or warning (accepted, with a remark)

    def __str__(self) -> str:
        return self.message

    def as_warning(self) -> Problem:
        return Problem(self.code, self.message, self.params, self.field, "warning")


class Invalid(ValueError):
    """A refusal of the core: what a person typed or asked cannot be done (nothing was changed)."""

    def __init__(self, code: str, message: str, field: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.params = dict(params or {})

    @property
    def problem(self) -> Problem:
        return Problem(self.code, self.message, self.params, self.field)

    @classmethod
    def of(cls, problem: Problem) -> Invalid:
        return cls(problem.code, problem.message, problem.field, problem.params)


class FormInvalid(Invalid):
    """A form cannot be saved: one refusal per field (``errors``), shown under each field."""

    def __init__(self, errors: dict[str, Invalid]) -> None:
        super().__init__("form", "; ".join(f"{k}: {v.message}" for k, v in errors.items()),
                         params={"problems": tuple(e.problem for e in errors.values())})
        self.errors = errors

"""What the demo steps share: the database, a seeded random generator and the records made so far."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from fieldapp.db import Database


@dataclass
class DemoContext:
    db: Database
    rng: random.Random = field(default_factory=lambda: random.Random(20181001))
    #: named records made by earlier steps: "foundation", "cycle1", "settlement:fort", "user:officer" …
    ids: dict[str, str] = field(default_factory=dict)
    #: lists made by earlier steps: "people", "cycle1_attendees", …
    lists: dict[str, list[Any]] = field(default_factory=dict)
    #: the last outgoing letter number given per year
    letter_numbers: dict[int, int] = field(default_factory=dict)

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))


def valid_iin(birth: dt.date, sex: str, serial: int) -> str:
    """A synthetic IIN with a correct check digit (DOMAIN.md), or '' when the serial cannot make one."""
    from fieldapp.validation import _check_digit

    century_digit = {1800: 1, 1900: 3, 2000: 5}[birth.year // 100 * 100] + (0 if sex == "M" else 1)
    head = f"{birth:%y%m%d}{century_digit}{serial:04d}"
    check = _check_digit(head)
    return "" if check is None else head + str(check)

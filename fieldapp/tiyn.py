"""Money as the database keeps it: an integer count of tiyn, so SQL sums stay exact (``model.base.Money`` stores
and reads it; ``first_look`` reads it without the database layer)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

CENT = Decimal("0.01")


def to_tiyn(value: Any) -> int | None:
    """A ``Decimal`` (or int, or text) amount of tenge as tiyn; never a float."""
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError("money must be Decimal, never float")
    return int((Decimal(value) * 100).to_integral_exact())


def to_money(value: Any) -> Decimal | None:
    """Tiyn as tenge, with 2 places."""
    if value is None:
        return None
    return (Decimal(int(value)) / 100).quantize(CENT)

"""The one way to show money and dates to people (DOMAIN.md): ``1 234 567,50 ₸`` and ``dd.MM.yyyy``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

NNBSP = "\u202f"  # narrow no-break space between thousands and before ₸
TENGE = "₸"


def format_money(amount: Decimal | None, *, sign: bool = True) -> str:
    if amount is None:
        return ""
    quantized = Decimal(amount).quantize(Decimal("0.01"))
    negative = quantized < 0
    whole, frac = f"{abs(quantized):.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = NNBSP.join(groups) + "," + frac
    if negative:
        text = "−" + text
    return f"{text}{NNBSP}{TENGE}" if sign else text


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y %H:%M")


def format_local_time(value: dt.datetime | None) -> str:
    """A moment the database keeps in UTC (``utcnow``) as this laptop's time of day: ``10:42``."""
    if value is None:
        return ""
    moment = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%H:%M")


def parse_date(text: str) -> dt.date:
    """``dd.MM.yyyy`` as people type it (also ISO ``yyyy-MM-dd`` from files)."""
    text = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")

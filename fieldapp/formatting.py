"""The one way to show money, counts and dates to people (DOMAIN.md): ``1 234 567,50 ₸``, ``12 861`` and
``dd.MM.yyyy`` in Russian and Kazakh; ``1,234,567.50 ₸`` and ``12,861`` in English.

Every function that writes a number takes the language. A document passes its own (``--lang``); a screen leaves
it out and gets the interface's, which ``fieldapp.ui.i18n.install`` sets here (:func:`set_display_language`, as
it sets Qt's default locale); the command line, which installs none, writes Russian."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

NNBSP = "\u202f"  # narrow no-break space between thousands and before ₸
NBSP = "\u00a0"  # no-break space
TENGE = "₸"

_display_language = "ru"


def set_display_language(lang: str) -> None:
    """The language a number is written in when the caller names none (the interface's)."""
    global _display_language
    _display_language = lang


def display_language() -> str:
    return _display_language


def group_thousands(whole: str, separator: str = NNBSP) -> str:
    """``"1205000"`` → ``"1 205 000"`` (narrow no-break spaces)."""
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return separator.join(groups)


def format_money(amount: Decimal | None, *, sign: bool = True, lang: str | None = None) -> str:
    """``1 234 567,50 ₸``; in English ``1,234,567.50 ₸`` (``lang`` None: the interface's language)."""
    if amount is None:
        return ""
    lang = lang or _display_language
    quantized = Decimal(amount).quantize(Decimal("0.01"))
    negative = quantized < 0
    whole, frac = f"{abs(quantized):.2f}".split(".")
    if lang == "en":
        text = group_thousands(whole, ",") + "." + frac
    else:
        text = group_thousands(whole) + "," + frac
    if negative:
        text = "−" + text
    return f"{text}{NNBSP}{TENGE}" if sign else text


def format_count(value: int | None, lang: str | None = None) -> str:
    """``12 861`` (narrow no-break spaces between thousands, as money has them); ``12,861`` in English."""
    if value is None:
        return ""
    lang = lang or _display_language
    text = group_thousands(str(abs(value)), "," if lang == "en" else NNBSP)
    return "−" + text if value < 0 else text


def format_decimal(value: Decimal | int | None, lang: str | None = None, places: int | None = None) -> str:
    """``74,35`` in Russian and Kazakh, ``74.35`` in English (no grouping: scores and shares stay short)."""
    if value is None:
        return ""
    lang = lang or _display_language
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{number:f}"
    return text if lang == "en" else text.replace(".", ",")


def format_percent(value: Decimal | int | None, lang: str | None = None, places: int = 2) -> str:
    """``74,35 %`` (a no-break space before the sign) in Russian and Kazakh, ``74.35%`` in English."""
    if value is None:
        return ""
    lang = lang or _display_language
    number = format_decimal(value, lang, places)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def format_phone(phone: str | None) -> str:
    """``+7 701 762 61 69`` for a Kazakh mobile, ``+7 7292 50 10 20`` for a city number (E.164 stored)."""
    if not phone:
        return ""
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) == 11 and digits[0] == "7":
        national = digits[1:]
        if national[0] == "7" and national[1] in "0457":  # mobiles 70x, 74x, 75x, 77x
            return f"+7 {national[:3]} {national[3:6]} {national[6:8]} {national[8:]}"
    import phonenumbers

    try:
        return phonenumbers.format_number(phonenumbers.parse(phone, "KZ"),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return phone


def masked_phone(phone: str | None) -> str:
    """``+7 701 ••• •• 78``: enough for a participant to recognise their number on a sheet that goes round
    the room, not enough to copy everyone's."""
    national = "".join(c for c in phone or "" if c.isdigit())[-10:]
    if len(national) != 10:
        return ""
    return f"+7 {national[:3]} ••• •• {national[-2:]}"


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y %H:%M")


def _local(value: dt.datetime) -> dt.datetime:
    """A moment the database keeps in UTC (``utcnow``, naive) in this laptop's time zone."""
    return (value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)).astimezone()


def format_local_datetime(value: dt.datetime | None) -> str:
    """A moment the database keeps in UTC as this laptop's date and time: ``04.12.2026 22:42``."""
    return "" if value is None else _local(value).strftime("%d.%m.%Y %H:%M")


def format_local_time(value: dt.datetime | None) -> str:
    """A moment the database keeps in UTC as this laptop's time of day: ``10:42``."""
    return "" if value is None else _local(value).strftime("%H:%M")


def parse_date(text: str) -> dt.date:
    """``dd.MM.yyyy`` as people type it (also ISO ``yyyy-MM-dd`` from files)."""
    text = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")

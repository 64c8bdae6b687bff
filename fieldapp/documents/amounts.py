"""Amounts as documents print them: never broken across lines, and in words where a document states a sum.

``with_words(Decimal("1205000"), "ru")`` gives ``1 205 000 (один миллион двести пять тысяч) тенге 00 тиын``
(the usual form of Kazakhstani letters and contracts); Kazakh ``… (бір миллион екі жүз бес мың) теңге 00 тиын``,
English ``1,205,000 (one million, two hundred and five thousand) tenge 00 tiyn``. The words come from
``num2words`` (``ru``, ``kz``, ``en``) for the whole tenge; the tiyn stay in figures. Russian counts tenge in
the masculine (один, два тенге) and thousands in the feminine (одна, две тысячи), as num2words does.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

from fieldapp.formatting import NBSP, format_decimal, format_money, format_percent, group_thousands

_NUM2WORDS = {"ru": "ru", "kk": "kz", "en": "en"}
_UNITS = {"ru": ("тенге", "тиын"), "kk": ("теңге", "тиын"), "en": ("tenge", "tiyn")}
TIYN = Decimal("0.01")


def money(amount: Decimal | None, lang: str, *, sign: bool = True) -> str:
    """``1 205 000,00 ₸`` whose spaces never break a line (``1,205,000.00 ₸`` in English)."""
    return format_money(amount, sign=sign, lang=lang).replace("\u202f", NBSP)


def decimal(value: Decimal | int | None, lang: str, places: int | None = None) -> str:
    """``98,57`` in Russian and Kazakh, ``98.57`` in English."""
    return format_decimal(value, lang, places)


def percent(value: Decimal | int | None, lang: str, places: int = 2) -> str:
    """``74,35 %`` in Russian and Kazakh, ``74.35%`` in English."""
    return format_percent(value, lang, places)


def _split(amount: Decimal) -> tuple[int, int]:
    if not isinstance(amount, Decimal):
        raise TypeError("amounts in words are written from a Decimal")
    quantized = amount.quantize(TIYN, ROUND_HALF_UP)
    if quantized < 0:
        raise ValueError("a negative amount is not written in words")
    whole = int(quantized)
    return whole, int((quantized - whole) * 100)


def in_words(amount: Decimal, lang: str) -> str:
    """The whole tenge of ``amount`` in words: ``один миллион двести пять тысяч``."""
    whole, _tiyn = _split(amount)
    return num2words(Decimal(whole), lang=_NUM2WORDS[lang])


def with_words(amount: Decimal, lang: str) -> str:
    """``1 205 000 (один миллион двести пять тысяч) тенге 00 тиын``, with no-break spaces in the figures."""
    whole, tiyn = _split(amount)
    figures = group_thousands(str(whole), "," if lang == "en" else NBSP)
    tenge, tiyn_word = _UNITS[lang]
    return f"{figures} ({in_words(amount, lang)}){NBSP}{tenge} {tiyn:02d}{NBSP}{tiyn_word}"

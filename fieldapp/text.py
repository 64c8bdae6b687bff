"""Folding text for search and duplicate detection: case, ё/е, and Kazakh/Russian look-alike letters."""

from __future__ import annotations

import re

# Kazakh letters folded onto the Russian letter people type instead of them on a Russian keyboard,
# and Latin look-alikes onto Cyrillic, so "Әлия", "Алия" and "Aлия" (Latin A) all meet.
_FOLD = str.maketrans(
    {
        "ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
        "і": "и", "й": "и", "ъ": "", "ь": "",
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "m": "м",
        "t": "т", "h": "н", "b": "в",
    }
)
#: the same table indexed by code point up to the last folded letter (``str.translate`` reads a tuple by index
#: about twice as fast as a dict by key; a code point past its end is left as it is, as with the dict) — every
#: search key of a sync batch and every keystroke of a search folds text
_FOLD_TABLE: tuple[int | str, ...] = tuple(_FOLD.get(code, code) for code in range(max(_FOLD) + 1))
_SPACES = re.compile(r"[\s\-‐–—'’`\".,]+")


def fold(text: str | None) -> str:
    if not text:
        return ""
    return _SPACES.sub(" ", text.casefold().translate(_FOLD_TABLE)).strip()


_NOT_DIGITS = re.compile(r"\D")


def digits(text: str | None) -> str:
    return _NOT_DIGITS.sub("", text or "")


def like_escape(text: str) -> str:
    """Typed text as a literal inside a SQL LIKE pattern (with ``ESCAPE '\\'``): % and _ are not wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The Kazakh Cyrillic alphabet (1940, as in schools and official lists): Ә after А, Ғ after Г, Қ after К,
# Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х, І after Ы.
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_KAZAKH_RANK = {letter: index for index, letter in enumerate(KAZAKH_ALPHABET)}


def collation_key(text: str | None, lang: str) -> tuple:
    """Sort key of a name as a list in ``lang`` orders it: Kazakh by the Kazakh alphabet (every А… before
    Ә…), Russian and English with Kazakh letters folded onto their Russian look-alikes (Ә with А)."""
    if lang != "kk":
        return (fold(text), (text or "").casefold())
    words = (text or "").casefold().replace("ё", "е").split()
    return tuple(tuple(_KAZAKH_RANK.get(c, 100 + ord(c)) for c in word) for word in words), (text or "")

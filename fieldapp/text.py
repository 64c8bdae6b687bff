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


#: what a name's order ignores, besides the marks ``fold`` ignores: quotation marks — «Орда» ҚБ, „Таза ауыл“ sort
#: among the О… and Т… names, not before every letter (a change here is a migration that fills the keys again:
#: 0023)
QUOTES = "«»„“”‹›"


def _by_code_point(mapping: dict[int, str]) -> tuple[int | str, ...]:
    """``mapping`` as a table by code point up to its last key (what ``str.translate`` reads fastest), with the
    marks ``_SPACES`` makes a space and the quotation marks (``QUOTES``) made a space; every other character as
    it is."""
    mapping = {**mapping, **{ord(mark): " " for mark in "-‐–—'’`\".," + QUOTES}}
    return tuple(mapping.get(code, code) for code in range(max(mapping) + 1))


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
#: each Kazakh letter written as the character U+0400 + its rank in the alphabet: a name's letters order by the
#: alphabet, after digits and Latin letters (as the Russian key's Cyrillic letters do). U+0400–U+042F are capital
#: Cyrillic letters, which no casefolded text holds, and take two bytes in UTF-8 as the letters themselves do
_KAZAKH_SORT = {ord(letter): chr(0x0400 + rank) for rank, letter in enumerate(KAZAKH_ALPHABET)}
_KAZAKH_SORT[ord("ё")] = _KAZAKH_SORT[ord("е")]  # ё sorts as е, as in every printed list
#: the same as a table by code point (as ``_FOLD_TABLE``: ``str.translate`` reads a tuple twice as fast); the
#: marks made spaces here, the words joined by one space after (a third of the time of ``_SPACES``)
_KAZAKH_TABLE = _by_code_point(_KAZAKH_SORT)
#: the Russian key: Kazakh letters as their Russian look-alikes (Ә with А, І with И), ё as е, marks as spaces;
#: every other letter as it is — Russian's stand in alphabetical order by code point (й after и, ъ ы ь before э),
#: and Latin letters stay Latin (``fold``, made for search, turned Latin look-alikes Cyrillic: "Carl" sorted as
#: "Сarl", after "Bob"… and "Alice" after "Zara")
_RUSSIAN_SORT = {ord(kazakh): russian for kazakh, russian in zip("әғқңөұүһіё", "агкноуухие", strict=True)}
_RUSSIAN_TABLE = _by_code_point(_RUSSIAN_SORT)
#: the languages whose alphabet a list orders by; any other (English) orders as Russian
SORT_LANGUAGES = ("ru", "kk")


def sort_language(lang: str) -> str:
    """The alphabet a list in ``lang`` orders names by: Kazakh's for "kk", Russian's for any other."""
    return "kk" if lang == "kk" else "ru"


def sort_key(text: str | None, lang: str) -> str:
    """A name as a string whose code-point (and UTF-8 byte) order is the order a list in ``lang`` gives it:
    Kazakh by the Kazakh alphabet (every А… before Ә…, Ғ after Г, І after Ы), Russian and English with Kazakh
    letters folded onto their Russian look-alikes (Ә with А), Latin letters as themselves (before every Cyrillic
    one). Case, ё/е and punctuation count for nothing; words compare one by one (a space
    comes before every letter). Kept with each name in the database (``sort_ru``, ``sort_kk``), which the lists
    order by; the documents sort by it too (:func:`collation_key`)."""
    if not text:
        return ""
    table = _KAZAKH_TABLE if sort_language(lang) == "kk" else _RUSSIAN_TABLE
    return " ".join(text.casefold().translate(table).split())


def collation_key(text: str | None, lang: str) -> tuple[str, str]:
    """Sort key of a name as a list in ``lang`` orders it (:func:`sort_key`), names equal in it by their
    letters as written, so a document's order is the same every time."""
    return sort_key(text, lang), text or ""

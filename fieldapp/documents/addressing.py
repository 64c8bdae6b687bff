"""Addressing a person in a letter: by sex, by name, in the case the language needs.

Names are stored as people write them on a sign-in sheet: surname, given name, patronymic (Kazakh
``Серікқызы``/``Серікұлы`` or Russian ``Сериковна``/``Серикович``). A letter greets the person by given name and
patronymic, or given name and surname when there is no patronymic («Уважаемая Айгерим Сапарова!»), chooses
Уважаемый/Уважаемая by sex, and never prints "Уважаемый(ая)": the sex is the recorded one, else the one the IIN
says (digit 7), else the one the patronymic or surname shows; when none tells, the letter greets the group.
Russian puts the addressee in the dative («Руководителю инициативной группы «Ақ жол» Төлеуовой Ә.»); the
surname is declined only where the rule is certain (-ов/-ова, -ин/-ина, -ский/-ская, a man's consonant
ending) and left as it is otherwise (Ким for a woman, Шевченко). Kazakh needs no gender; it names the
addressee in apposition, so no case ending is glued to a name whose vowel harmony is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldapp.validation import iin_sex

FEMALE_PATRONYMIC = ("вна", "қызы", "кызы", "кизи", "гызы")
MALE_PATRONYMIC = ("вич", "ич", "ұлы", "улы", "оглы", "уулу")
VOWELS = "аеёиоуыэюяәіөүұ"
SURNAME_ENDINGS = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая",
                   "енко", "ук", "юк")
_QUOTED = re.compile(r"«([^»]+)»")
_KAZAKH_GROUP = re.compile(r"^(.+?)\s+бастамашыл тобы(?:\s+(\S+))?$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}\s")


@dataclass(frozen=True)
class Name:
    surname: str
    given: str
    patronymic: str

    @property
    def initials(self) -> str:
        return " ".join(f"{part[0]}." for part in (self.given, self.patronymic) if part)


def split_name(full_name: str) -> Name:
    """``"Сапарова Айгерим Серікқызы"`` → surname, given name, patronymic (a single word is a given name)."""
    words = full_name.split()
    if not words:
        return Name("", "", "")
    if len(words) == 1:
        return Name("", words[0], "")
    if len(words) >= 3 and words[-1].casefold().endswith(FEMALE_PATRONYMIC + MALE_PATRONYMIC):
        return Name(" ".join(words[:-2]), words[-2], words[-1])
    if len(words) == 2 and _looks_like_surname(words[1]) and not _looks_like_surname(words[0]):
        return Name(words[1], words[0], "")  # written given name first: «Алия Каримова»
    return Name(words[0], " ".join(words[1:]), "")


def _looks_like_surname(word: str) -> bool:
    return word.casefold().endswith(SURNAME_ENDINGS)


def sex_of(full_name: str, sex: str | None = None, iin: str | None = None) -> str | None:
    """"F", "M" or None: recorded, else from the IIN, else from the patronymic or the surname's ending."""
    if sex in ("F", "M"):
        return sex
    if iin and len(iin) == 12 and iin.isdigit() and iin[6] in "123456":
        return iin_sex(iin)
    name = split_name(full_name)
    patronymic = name.patronymic.casefold()
    if patronymic.endswith(FEMALE_PATRONYMIC):
        return "F"
    if patronymic.endswith(MALE_PATRONYMIC):
        return "M"
    surname = name.surname.casefold()
    if surname.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")):
        return "F"
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")):
        return "M"
    return None


def greeting_name(full_name: str, lang: str) -> str:
    """Given name and patronymic, else given name and surname: «Айгерим Серікқызы», «Айгерим Сапарова»."""
    name = split_name(full_name)
    second = name.patronymic or name.surname
    return f"{name.given} {second}".strip()


def dative_surname(surname: str, sex: str) -> str:
    """The Russian dative of a surname where the rule is certain; unchanged otherwise."""
    low = surname.casefold()
    if sex == "F":
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return surname[:-1] + "ой"
        if low.endswith("ая"):
            return surname[:-2] + "ой"
        return surname
    if low.endswith(("ский", "цкий")):
        return surname[:-2] + "ому"
    if low.endswith(("ұлы", "улы")) or not low:
        return surname
    if low.endswith(("й", "ь")):
        return surname[:-1] + "ю"
    if low[-1] in VOWELS:
        return surname
    return surname + "у"


def group_core(group_name: str) -> str | None:
    """The group's own name, quoted, when the record follows the usual pattern (``Инициативная группа «Ақ жол»``,
    ``«Ақ жол» бастамашыл тобы``, a bare name ``Ақ жол``), else None."""
    text = " ".join(group_name.split())
    low = text.casefold()
    for prefix in ("инициативная группа", "бастамашыл топ"):
        if low.startswith(prefix):
            rest = text[len(prefix):].strip()
            return rest if _QUOTED.search(rest) else (f"«{rest}»" if rest else None)
    kazakh = _KAZAKH_GROUP.match(text)
    if kazakh:
        rest = " ".join(part for part in (kazakh.group(1).strip(), kazakh.group(2)) if part)
        return rest if _QUOTED.search(rest) else (f"«{rest}»" if rest else None)
    if not _QUOTED.search(text) and not _ABBREVIATION.match(text) and text:
        return f"«{text}»"
    return None


def group_of(group_name: str, lang: str) -> str:
    """The group as the leader's title needs it: ru genitive «инициативной группы «Ақ жол»», kk genitive
    ««Ақ жол» бастамашыл тобының», en “the initiative group “Ақ жол””; an unusual name stays as it is."""
    core = group_core(group_name)
    if core is None:
        return " ".join(group_name.split())
    if lang == "kk":
        return f"{core} бастамашыл тобының"
    if lang == "en":
        return "the initiative group " + core.replace("«", "“").replace("»", "”")
    return f"инициативной группы {core}"


def group_name(group_name: str, lang: str) -> str:
    """The group's name as a heading in ``lang``: «Инициативная группа «Ақ жол»», ««Ақ жол» бастамашыл тобы»."""
    core = group_core(group_name)
    if core is None:
        return " ".join(group_name.split())
    if lang == "kk":
        return f"{core} бастамашыл тобы"
    if lang == "en":
        return "Initiative group " + core.replace("«", "“").replace("»", "”")
    return f"Инициативная группа {core}"


def addressee_name(full_name: str, sex: str | None, lang: str) -> str:
    """The addressee's name line: ru «Төлеуовой Ә. С.» (dative), kk «Әсел Төлеуова», en «Ms Әсел Төлеуова»."""
    name = split_name(full_name)
    if lang == "ru":
        if sex is None:
            return ""
        return f"{dative_surname(name.surname, sex)} {name.initials}".strip()
    if lang == "en":
        title = {"F": "Ms ", "M": "Mr "}.get(sex or "", "")
        return f"{title}{name.given} {name.surname}".strip()
    return f"{name.given} {name.surname}".strip()


def inner_quotes(text: str) -> str:
    """Quotes inside a title that the document puts in «…» become „…“: «Балалар алаңы „Күншуақ“»."""
    return text.replace("«", "„").replace("»", "“")

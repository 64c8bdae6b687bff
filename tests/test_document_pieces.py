"""The reusable pieces of documents: amounts in words and figures that never break, addressing a person by sex
and in the right case, Kazakh alphabetical order, percentages with a decimal comma, headers that never break
inside a word."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldapp.documents import addressing, amounts, pdf
from fieldapp.formatting import NNBSP, format_count, format_percent, format_phone, masked_phone
from fieldapp.text import collation_key

NB = "\u00a0"


@pytest.mark.parametrize(("amount", "lang", "expected"), [
    ("1205000", "ru", "1 205 000 (один миллион двести пять тысяч) тенге 00 тиын"),
    ("1205000", "kk", "1 205 000 (бір миллион екі жүз бес мың) теңге 00 тиын"),
    ("1205000", "en", "1,205,000 (one million, two hundred and five thousand) tenge 00 tiyn"),
    ("21000.50", "ru", "21 000 (двадцать одна тысяча) тенге 50 тиын"),  # тысяча is feminine
    ("2002000", "ru", "2 002 000 (два миллиона две тысячи) тенге 00 тиын"),
    ("1", "ru", "1 (один) тенге 00 тиын"),  # тенге is masculine
    ("999999999.99", "ru", "999 999 999 (девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч "
                           "девятьсот девяносто девять) тенге 99 тиын"),
])
def test_amounts_in_words_as_contracts_write_them(amount: str, lang: str, expected: str) -> None:
    written = amounts.with_words(Decimal(amount), lang)
    assert written.replace(NB, " ") == expected
    figures = written.split(" (")[0]
    assert " " not in figures and NNBSP not in figures  # the figures never break across lines


def test_amounts_in_words_take_a_decimal_only() -> None:
    with pytest.raises(TypeError):
        amounts.with_words(1205000, "ru")  # type: ignore[arg-type]  # num2words takes an int as tiyn
    with pytest.raises(TypeError):
        amounts.with_words(1205000.0, "ru")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        amounts.with_words(Decimal("-1"), "ru")


def test_money_in_documents_never_breaks_and_follows_the_language() -> None:
    assert amounts.money(Decimal("12326000"), "ru") == f"12{NB}326{NB}000,00{NB}₸"
    assert amounts.money(Decimal("12326000"), "en") == f"12,326,000.00{NB}₸"
    assert pdf.escape(f"остаток: 12{NNBSP}326{NNBSP}000,00{NNBSP}₸") == f"остаток: 12{NB}326{NB}000,00{NB}₸"


def test_counts_group_their_thousands_as_money_does() -> None:
    assert [format_count(n) for n in (0, 999, 1000, 12861, 1234567)] == [
        "0", "999", f"1{NNBSP}000", f"12{NNBSP}861", f"1{NNBSP}234{NNBSP}567"]
    assert format_count(12861, "kk") == f"12{NNBSP}861" and format_count(12861, "en") == "12,861"
    assert format_count(-1500) == f"−1{NNBSP}500" and format_count(None) == ""


def test_percentages_and_scores_use_the_languages_decimal_sign() -> None:
    assert format_percent(Decimal("74.35"), "ru") == f"74,35{NB}%"
    assert format_percent(Decimal("74.35"), "kk") == f"74,35{NB}%"
    assert format_percent(Decimal("74.35"), "en") == "74.35%"
    assert amounts.decimal(Decimal("98.57"), "kk") == "98,57"


def test_phones_are_written_as_people_read_them() -> None:
    assert format_phone("+77017626169") == "+7 701 762 61 69"
    assert format_phone("+77292501020") == "+7 7292 50 10 20"
    assert masked_phone("+77017626169") == "+7 701 ••• •• 69"


@pytest.mark.parametrize(("name", "sex", "iin", "expected"), [
    ("Сапарова Айгерим", None, None, "F"),
    ("Оспанов Бауыржан Мұратұлы", None, None, "M"),
    ("Ким Светлана Викторовна", None, None, "F"),
    ("Ким Ержан", None, "900101300017", "M"),  # digit 7 of the IIN: odd is male
    ("Ким Айгерим", None, "061211600012", "F"),
    ("Ким Ержан", None, None, None),  # nothing tells: the letter greets the group instead
    ("Ким Ержан", "M", None, "M"),  # the recorded sex first
])
def test_the_sex_of_an_addressee(name: str, sex: str | None, iin: str | None, expected: str | None) -> None:
    assert addressing.sex_of(name, sex, iin) == expected


@pytest.mark.parametrize(("name", "sex", "dative", "greeting"), [
    ("Сапарова Айгерим", "F", "Сапаровой А.", "Айгерим Сапарова"),
    ("Төлеуова Әсел", "F", "Төлеуовой Ә.", "Әсел Төлеуова"),
    ("Оспанов Бауыржан Мұратұлы", "M", "Оспанову Б. М.", "Бауыржан Мұратұлы"),
    ("Ким Светлана Викторовна", "F", "Ким С. В.", "Светлана Викторовна"),  # a woman's Ким does not decline
    ("Ким Ержан", "M", "Киму Е.", "Ержан Ким"),
    ("Шевченко Ольга", "F", "Шевченко О.", "Ольга Шевченко"),
    ("Жұмабай Ерлан", "M", "Жұмабаю Е.", "Ерлан Жұмабай"),
    ("Алия Каримова", "F", "Каримовой А.", "Алия Каримова"),  # written given name first
])
def test_the_addressee_in_the_dative_and_the_greeting_by_name(name, sex, dative, greeting) -> None:
    assert addressing.addressee_name(name, sex, "ru") == dative
    assert addressing.greeting_name(name, "ru") == greeting


@pytest.mark.parametrize(("group", "ru", "kk"), [
    ("Инициативная группа «Ақ жол»", "инициативной группы «Ақ жол»", "«Ақ жол» бастамашыл тобының"),
    ("«Ақ жол» бастамашыл тобы", "инициативной группы «Ақ жол»", "«Ақ жол» бастамашыл тобының"),
    ("Жастар", "инициативной группы «Жастар»", "«Жастар» бастамашыл тобының"),
    ("ОО «Шанс»", "ОО «Шанс»", "ОО «Шанс»"),  # an organisation's abbreviation does not decline
])
def test_the_group_in_the_leaders_title(group: str, ru: str, kk: str) -> None:
    assert addressing.group_of(group, "ru") == ru
    assert addressing.group_of(group, "kk") == kk


def test_kazakh_lists_follow_the_kazakh_alphabet_and_russian_ones_fold() -> None:
    names = ["Әбдірахманов Ерлан", "Ақмағамбетов Асқар", "Ілияс Нұрлан", "Ысқақов Бек", "Қасымов Ержан",
             "Кузнецов Иван", "Үсенов Талғат", "Ұлжан Серікова"]
    assert sorted(names, key=lambda n: collation_key(n, "kk")) == [
        "Ақмағамбетов Асқар", "Әбдірахманов Ерлан", "Кузнецов Иван", "Қасымов Ержан", "Ұлжан Серікова",
        "Үсенов Талғат", "Ысқақов Бек", "Ілияс Нұрлан"]
    assert sorted(names, key=lambda n: collation_key(n, "ru"))[:2] == ["Әбдірахманов Ерлан", "Ақмағамбетов Асқар"]


@pytest.mark.parametrize("text", ["Жынысы көрсетілмеген", "Вклад сообщества, ₸", "Орташа өлшенген балл", "Ерте кеткен"])
def test_a_narrow_header_shrinks_its_type_instead_of_breaking_a_word(text: str) -> None:
    width = 22 * 2.83465  # the attendance summary's figure columns: 22 mm
    cell = pdf.header_cell(text, width)
    cell.wrap(width - 6, 1000)
    lines = [" ".join(str(w) for w in line[1]) if isinstance(line, tuple) else " ".join(line.words)
             for line in cell.blPara.lines]
    words = text.split()
    assert " ".join(lines).split() == words  # every word whole, on some line

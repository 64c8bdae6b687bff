"""The validation rules every form and import uses (DOMAIN.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.formatting import format_date, format_money, parse_date
from fieldapp.validation import (
    Invalid,
    check_bin,
    check_date_order,
    check_iban,
    check_iin,
    check_kato,
    check_money,
    check_phone,
    check_required,
    iin_birth_date,
    iin_sex,
)

VALID_IINS = ["900101300017", "061211600012"]
VALID_BINS = ["940140000385", "990140004654"]


@pytest.mark.parametrize("iin", VALID_IINS)
def test_valid_iins_pass(iin: str) -> None:
    assert check_iin(iin) == iin
    assert check_iin(f"{iin[:6]} {iin[6:]}") == iin


def test_iin_tells_birth_date_and_sex() -> None:
    assert iin_birth_date("900101300017") == dt.date(1990, 1, 1)
    assert iin_sex("900101300017") == "M"
    assert iin_birth_date("061211600012") == dt.date(2006, 12, 11)
    assert iin_sex("061211600012") == "F"


def _first_pass(number: str) -> int:
    return sum(int(c) * w for c, w in zip(number[:11], range(1, 12), strict=True)) % 11


def _one_digit_changes(number: str) -> list[str]:
    """One-digit changes the algorithm is able to reject.

    Digit 11 has weight 11 ≡ 0 (mod 11), so a change there alone can keep the check digit valid; and a change
    that makes the first pass give 10 moves to the second weights, where it may match again by chance.
    """
    changes = [(i, number[:i] + str((int(number[i]) + delta) % 10) + number[i + 1:])
               for i in range(12) if i != 10 for delta in (1, 3, 7)]
    kept = [c for i, c in changes if i == 11 or (_first_pass(c) != 10 and _first_pass(number) != 10)]
    assert len(kept) >= 3
    return kept


@pytest.mark.parametrize("iin", VALID_IINS)
def test_one_digit_changes_of_an_iin_are_rejected(iin: str) -> None:
    for changed in _one_digit_changes(iin):
        with pytest.raises(Invalid):
            check_iin(changed)


@pytest.mark.parametrize("bin_", VALID_BINS)
def test_valid_bins_pass_and_one_digit_changes_fail(bin_: str) -> None:
    assert check_bin(bin_) == bin_
    rejected = 0
    for changed in _one_digit_changes(bin_):
        try:
            check_bin(changed)
        except Invalid:
            rejected += 1
    assert rejected == len(_one_digit_changes(bin_))


@pytest.mark.parametrize("iin, code", [
    ("901301300015", "iin.date"),   # month 13
    ("900230300012", "iin.date"),   # 30 February
    ("900101700010", "iin.century"),  # digit 7 out of 1..6
    ("90010130001", "iin.format"),
    ("90010130001X", "iin.format"),
])
def test_impossible_iins_are_rejected_with_a_reason(iin: str, code: str) -> None:
    with pytest.raises(Invalid) as caught:
        check_iin(iin)
    assert caught.value.code == code


@pytest.mark.parametrize("typed", ["8 701 234 56 78", "87012345678", "+7 (701) 234-56-78", "+77012345678",
                                   "7012345678"])
def test_phones_as_people_write_them_normalise_to_e164(typed: str) -> None:
    assert check_phone(typed) == "+77012345678"


@pytest.mark.parametrize("typed", ["", "12345", "8 000 000 00 00", "телефон"])
def test_bad_phones_are_rejected(typed: str) -> None:
    with pytest.raises(Invalid):
        check_phone(typed)


def test_a_number_checked_again_gets_the_same_answer() -> None:
    """Numbers are remembered once parsed (an import checks each three times); a refusal is made every time."""
    assert check_phone("8 701 234 56 78") == check_phone("8 701 234 56 78") == check_phone("+77012345678")
    for _ in range(2):
        with pytest.raises(Invalid) as refused:
            check_phone("8 000 000 00 00")
        assert refused.value.code == "phone.invalid"


def test_kz_iban() -> None:
    assert check_iban("kz86 125k zt50 0410 0100") == "KZ86125KZT5004100100"
    with pytest.raises(Invalid) as caught:
        check_iban("KZ87125KZT5004100100")
    assert caught.value.code == "iban.checksum"
    with pytest.raises(Invalid):
        check_iban("DE89370400440532013000")


def test_money_is_decimal_never_float() -> None:
    assert check_money("1 234 567,50 ₸") == Decimal("1234567.50")
    assert check_money("1234567.5") == Decimal("1234567.50")
    assert check_money(Decimal("0.01")) == Decimal("0.01")
    for bad in ("1,2,3", "abc", "1.001", "-5"):
        with pytest.raises(Invalid):
            check_money(bad)
    with pytest.raises(Invalid):
        check_money(0.1)  # type: ignore[arg-type]


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False))
def test_money_survives_format_and_parse(amount: Decimal) -> None:
    assert check_money(format_money(amount)) == amount
    assert check_money(format_money(amount, lang="en")) == amount  # what an English screen shows reads back
    assert check_money(format_money(amount, sign=False, lang="en")) == amount


def test_money_is_written_in_the_language_asked_else_the_interfaces() -> None:
    from fieldapp import formatting

    amount = Decimal("1234567.5")
    assert format_money(amount, lang="en") == "1,234,567.50\u202f₸"
    assert format_money(amount, lang="kk") == "1\u202f234\u202f567,50\u202f₸"
    assert formatting.format_count(12861, "en") == "12,861"
    formatting.set_display_language("en")  # as fieldapp.ui.i18n.install("en") does
    try:
        assert format_money(amount) == "1,234,567.50\u202f₸" and formatting.format_count(12861) == "12,861"
        assert format_money(amount, lang="ru") == "1\u202f234\u202f567,50\u202f₸"  # a document's own language wins
    finally:
        formatting.set_display_language("ru")
    # typed the English way: commas group the thousands; a lone comma stays the decimal one
    assert check_money("1,234,567.50") == check_money("1,234,567.5") == Decimal("1234567.50")
    assert check_money("1,234,567") == Decimal("1234567.00") and check_money("1234,5") == Decimal("1234.50")
    for typed in ("1,234", "5,000"):  # thousands or three decimals? asked, never guessed
        with pytest.raises(Invalid) as refused:
            check_money(typed)
        assert refused.value.code == "money.ambiguous"  # "5,000" was read as 5.000: five tenge, silently
    formatting.set_display_language("en")
    try:  # a screen in English writes thousands so, and reads them back so
        assert check_money("5,000") == Decimal("5000.00") and check_money("12,34") == Decimal("12.34")
    finally:
        formatting.set_display_language("ru")


def test_money_and_dates_are_shown_the_one_way() -> None:
    assert format_money(Decimal("1234567.5")) == "1\u202f234\u202f567,50\u202f₸"
    assert format_date(dt.date(2020, 1, 31)) == "31.01.2020"
    assert parse_date("31.01.2020") == dt.date(2020, 1, 31)


def test_required_kato_and_date_order() -> None:
    with pytest.raises(Invalid):
        check_required("   ")
    assert check_required(" Курык ") == "Курык"
    assert check_kato("475200000") == "475200000"
    with pytest.raises(Invalid):
        check_kato("4752")
    check_date_order(dt.date(2020, 1, 1), dt.date(2020, 1, 1))
    with pytest.raises(Invalid):
        check_date_order(dt.date(2020, 1, 2), dt.date(2020, 1, 1))

"""Validation rules shared by every form, import and service (DOMAIN.md "Identifiers and formats").

Each ``check_*`` function returns the normalised value or raises :class:`Invalid` (``fieldapp.problems``) with a
code and plain-English text; the UI words the code in its language, the CLI prints the text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation

from fieldapp.formatting import display_language
from fieldapp.problems import Invalid

__all__ = ["Invalid", "check_bin", "check_date_order", "check_iban", "check_iin", "check_kato", "check_money",
           "check_phone", "check_required", "iin_birth_date", "iin_sex"]


_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def _check_digit(digits: str) -> int | None:
    """The 12th digit of an IIN or BIN, or None when the number can have none."""
    values = [int(c) for c in digits[:11]]
    control = sum(v * w for v, w in zip(values, _WEIGHTS_1, strict=True)) % 11
    if control == 10:
        control = sum(v * w for v, w in zip(values, _WEIGHTS_2, strict=True)) % 11
        if control == 10:
            return None
    return control


def _twelve_digits(value: str, what: str) -> str:
    digits = re.sub(r"[\s-]", "", value or "")
    if not re.fullmatch(r"\d{12}", digits):
        if what == "iin":
            raise Invalid("iin.format", "IIN must be 12 digits")
        raise Invalid("bin.format", "BIN must be 12 digits")
    if _check_digit(digits) != int(digits[11]):
        if what == "iin":
            raise Invalid("iin.checksum", "IIN check digit does not match: please re-check the number")
        raise Invalid("bin.checksum", "BIN check digit does not match: please re-check the number")
    return digits


def iin_birth_date(iin: str) -> dt.date:
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(iin[6])
    if century is None:
        raise Invalid("iin.century", "IIN digit 7 must be 1 to 6 (century and sex)")
    try:
        return dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError as exc:
        raise Invalid("iin.date", "IIN does not start with a real birth date (YYMMDD)") from exc


def iin_sex(iin: str) -> str:
    """'M' or 'F' from digit 7 (odd = male)."""
    return "M" if int(iin[6]) % 2 == 1 else "F"


def check_iin(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value or "")
    if not re.fullmatch(r"\d{12}", digits):
        raise Invalid("iin.format", "IIN must be 12 digits")
    iin_birth_date(digits)
    return _twelve_digits(digits, "iin")


def check_bin(value: str) -> str:
    digits = _twelve_digits(value, "bin")
    month = int(digits[2:4])
    if not 1 <= month <= 12:
        raise Invalid("bin.date", "BIN must start with a registration year and month (YYMM)")
    if digits[4] not in "456":
        raise Invalid("bin.type", "BIN digit 5 must be 4, 5 or 6 (type of legal entity)")
    return digits


def check_phone(value: str) -> str:
    """Any way people write a Kazakh number (8 701…, +7 (701)…, 87012345678) → E.164 (+77012345678)."""
    text = (value or "").strip()
    if not text:
        raise Invalid("phone.empty", "Phone number is empty")
    return _e164(text)


@functools.lru_cache(maxsize=1 << 15)
def _e164(text: str) -> str:
    """Remembered (a refusal is not): an import checks each row's number three times — as read, in its preview's
    validation and in the commit's — at 25 µs a parse."""
    import phonenumbers  # here, not at the top: 20 ms the start's first question does not need (docs/performance.md)

    try:
        number = phonenumbers.parse(text, "KZ")
    except phonenumbers.NumberParseException as exc:
        raise Invalid("phone.format", "This does not look like a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise Invalid("phone.invalid", "Not a valid phone number (Kazakh mobiles start with 70x or 77x)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_iban(value: str) -> str:
    iban = re.sub(r"\s", "", value or "").upper()
    if not re.fullmatch(r"KZ\d{2}\d{3}[0-9A-Z]{13}", iban):
        raise Invalid("iban.format", "A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters")
    rearranged = iban[4:] + iban[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    if int(numeric) % 97 != 1:
        raise Invalid("iban.checksum", "IBAN check digits do not match: please re-check the number")
    return iban


def check_kato(value: str) -> str:
    digits = re.sub(r"\s", "", value or "")
    if not re.fullmatch(r"\d{9}", digits):
        raise Invalid("kato.format", "KATO code must be 9 digits")
    return digits


def check_required(value: object, field: str = "") -> object:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise Invalid("required", "This field is required", field or None)
    return value.strip() if isinstance(value, str) else value


def check_date_order(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise Invalid("date.order", "The end date is before the start date")


TIYN = Decimal("0.01")


#: thousands grouped by commas, the English way: with a decimal point after them, or at least two groups
_ENGLISH_GROUPS = re.compile(r"^-?\d{1,3}(,\d{3})+\.\d+$|^-?\d{1,3}(,\d{3}){2,}$")
#: one comma before exactly three digits: thousands in English ("5,000"), three decimals in Russian — which an
#: amount never has, so "5,000" read as 5.000 gave five tenge where five thousand was meant
_LONE_GROUP = re.compile(r"^-?\d{1,3},\d{3}$")


def check_money(value: object, *, allow_negative: bool = False) -> Decimal:
    """A tenge amount as Decimal with 2 places. Accepts '1 234 567,50', '1234567.5', '1 234 ₸', and the English
    form the interface shows in English, '1,234,567.50' and '1,234,567' (commas between groups of three; a lone
    comma stays the decimal one: '1234,5'). '5,000' is five thousand on a screen in English, and asked about
    elsewhere (thousands or tiyn?), never read as five tenge."""
    if isinstance(value, float):
        raise Invalid("money.float", "Money must never pass through a float")
    if isinstance(value, Decimal | int):
        amount = Decimal(value)
    else:
        text = re.sub(r"[\s\u00a0\u202f\u2009₸]|тг\.?|тенге|KZT", "", str(value or ""), flags=re.I)
        if not text:
            raise Invalid("money.empty", "Amount is empty")
        if _ENGLISH_GROUPS.match(text):  # 1,234,567.50 or 1,234,567: commas group the thousands
            text = text.replace(",", "")
        elif _LONE_GROUP.match(text):
            if display_language() != "en":  # a screen in English writes thousands so; elsewhere it is asked
                raise Invalid("money.ambiguous", f"{text}: thousands or tiyn? For thousands write "
                              f"{text.replace(',', ' ')}; tiyn have two digits after the comma",
                              params={"thousands": text.replace(",", " ")})
            text = text.replace(",", "")
        elif text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:
            raise Invalid("money.format", "Not an amount of money") from exc
    if not amount.is_finite():
        raise Invalid("money.format", "Not an amount of money")
    if amount != amount.quantize(TIYN):
        raise Invalid("money.precision", "An amount has at most 2 decimal places (tiyn)")
    if amount < 0 and not allow_negative:
        raise Invalid("money.negative", "Amount cannot be negative")
    return amount.quantize(TIYN)

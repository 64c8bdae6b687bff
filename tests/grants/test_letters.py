"""Decision letters the foundation can sign and send, read back from the PDF in Russian, Kazakh and English:
the letterhead, the outgoing number and date from the register, the addressee in the right case, the greeting by
sex, the decision with the amount in words or the reason in the letter's language, the signatory and the stamp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pdf_layout import flat_text, problems
from reportlab.lib.units import mm
from sqlalchemy import func, select

from fieldapp.db import Database
from fieldapp.documents.decision_letter import write_decision_letter
from fieldapp.model import Application, OutgoingLetter, StatusEvent, UserProfile
from fieldapp.services import applications, calls, letters, ranking, workflow
from fieldapp.validation import Invalid

ISSUER = {"ru": "Общественный фонд «Ашық Қоғам Маңғыстау»", "kk": "«Ашық Қоғам Маңғыстау» қоғамдық қоры",
          "en": "Public Foundation “Ashyq Qogam Mangystau”"}
BIN = {"ru": "БИН 940140000385", "kk": "БСН 940140000385", "en": "BIN 940140000385"}
STAMP = {"ru": "М.П. (при наличии)", "kk": "М.О. (бар болса)", "en": "Seal (if any)"}
SIGNATORY = {"ru": "Директор", "kk": "Директор", "en": "Director"}


def letter(db: Database, number: str, lang: str | None, path: Path) -> str:
    with db.transaction() as s:
        write_decision_letter(s, applications.get(s, number).id, path, lang)
    assert problems(path, 25 * mm, 15 * mm) == []  # nothing leaves the page or its cell
    return flat_text(path)


def register_entry(db: Database, number: str) -> OutgoingLetter:
    with db.reading() as s:
        app = applications.get(s, number)
        found = letters.letter_of(s, letters.decision_event(s, app).id)
        assert found is not None
        return found


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_an_approval_is_a_letter_with_letterhead_number_amount_in_words_and_signature(demo_db, tmp_path, lang):
    text = letter(demo_db, "З-2020-027", lang, tmp_path / "letter.pdf")
    entry = register_entry(demo_db, "З-2020-027")  # the demo's register: sent in 2020, after the decision
    date = f"{entry.issued_on:%d.%m.%Y}"
    expected = {
        "ru": [f"Исх. № {entry.number} от {date}", "Руководителю инициативной группы «Вместе 2»", "Құрманову С.",
               "Уважаемый Сергей Құрманов!", "Уведомление о присуждении гранта",
               "Сумма гранта: 1 205 000 (один миллион двести пять тысяч) тенге 00 тиын.",
               "Программа «Общественные пространства» при поддержке Caspian Community Partnership Fund",
               "тел. +7 7292 50 10 20", "С уважением,"],
        "kk": [f"Шығыс № {entry.number}, {date}", "«Вместе 2» бастамашыл тобының жетекшісі", "Сергей Құрманов",
               "Құрметті Сергей Құрманов!", "Грант беру туралы хабарлама", "Конкурстық комиссияның сіздің",
               "Грант сомасы: 1 205 000 (бір миллион екі жүз бес мың) теңге 00 тиын.",
               "«Қоғамдық кеңістіктер» бағдарламасы, Caspian Community Partnership Fund қолдауымен", "Құрметпен,"],
        "en": [f"Ref. No. {entry.number} of {date}", "To the leader of the initiative group “Вместе 2”",
               "Mr Сергей Құрманов", "Dear Mr Құрманов,", "Notice of grant award",
               "Grant amount: 1,205,000 (one million, two hundred and five thousand) tenge 00 tiyn.",
               "Programme “Public Spaces”, supported by Caspian Community Partnership Fund", "Sincerely,"],
    }[lang]
    for words in [ISSUER[lang], BIN[lang], STAMP[lang], SIGNATORY[lang], "Бауыржан Оспанов",
                  "info@ashyq-qogam.kz", *expected]:
        assert words in text, (lang, words)
    assert "(ая)" not in text and "Уважаемый(" not in text


def test_the_letter_is_in_the_applicants_language_by_default(demo_db, tmp_path):
    assert "Құрметті Сергей Құрманов!" in letter(demo_db, "З-2020-027", None, tmp_path / "kk.pdf")
    assert "Уважаемая Әсел Төлеуова!" in letter(demo_db, "З-2020-007", None, tmp_path / "ru.pdf")
    text = letter(demo_db, "З-2020-007", None, tmp_path / "ru.pdf")
    assert "Руководителю инициативной группы «Ақ жол»" in text and "Төлеуовой Ә." in text


@pytest.mark.parametrize(("lang", "reason"), [
    ("ru", "Причина: Бюджет конкурса распределён между проектами, набравшими более высокий балл."),
    ("kk", "Себебі: Конкурс бюджеті жоғары балл жинаған жобалар арасында бөлінді."),
    ("en", "Reason: The call's budget went to projects with higher scores."),
])
def test_a_rejection_states_its_standard_reason_in_the_letters_language(demo_db, tmp_path, lang, reason):
    text = letter(demo_db, "З-2020-048", lang, tmp_path / "no.pdf")
    assert reason in text
    assert {"ru": "проект не был отобран для финансирования", "kk": "жоба қаржыландыруға іріктелмеді",
            "en": "the project was not selected for funding"}[lang] in text


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", ["Уведомление о результатах проверки соответствия требованиям", "заявка не допущена к участию в конкурсе",
            "Причина: Запрошенная сумма превышает максимальный размер гранта по конкурсу (2 000 000,00 ₸)."]),
    ("kk", ["конкурсқа қатысуға жіберілмеді",
            "Себебі: Сұралған сома конкурс бойынша гранттың ең жоғары сомасынан (2 000 000,00 ₸) асады."]),
    ("en", ["the application was not admitted to the call",
            "Reason: The amount requested exceeds the call's maximum grant (2,000,000.00 ₸)."]),
])
def test_an_ineligible_application_is_told_it_was_not_admitted_and_why(demo_db, tmp_path, lang, words):
    text = letter(demo_db, "НС-2021-011", lang, tmp_path / "ineligible.pdf")
    for expected in words:
        assert expected in text, expected
    assert "не был отобран" not in text and "іріктелмеді" not in text and "not selected" not in text


def reviewed(db: Database, index: int) -> str:
    """The registration number of an application of the open call that reviewers have scored."""
    with db.reading() as s:
        rows = [r for r in ranking.rows(s, calls.get(s, "НС-2021").id) if r.reviews and r.status == "under_review"]
        return rows[index].number


def test_a_typed_remark_follows_the_standard_reason_as_it_was_typed(demo_db, tmp_path):
    number = reviewed(demo_db, 0)
    with demo_db.transaction() as s:
        app = s.scalars(select(Application).where(Application.registration_number == number)).one()
        workflow.recommend(s, app.id, False)
        workflow.reject(s, app.id, "Смета не подтверждена поставщиком", "not_selected.budget")
    text = letter(demo_db, number, "kk", tmp_path / "remark.pdf")
    assert "Себебі: Жоба бюджеті жеткілікті негізделмеген. Смета не подтверждена поставщиком." in text


def test_the_first_print_numbers_the_letter_and_a_reprint_keeps_number_date_and_signatory(demo_db, tmp_path):
    with demo_db.reading() as s:
        last = s.scalar(select(func.max(OutgoingLetter.number)).where(OutgoingLetter.year == dt.date.today().year))
    first = letter(demo_db, "НС-2021-011", "ru", tmp_path / "1.pdf")
    entry = register_entry(demo_db, "НС-2021-011")
    assert entry.number == (last or 0) + 1 and entry.issued_on == dt.date.today()
    assert (entry.signatory_name, entry.signatory_position, entry.language) == ("Бауыржан Оспанов", "Директор", "ru")
    assert f"Исх. № {entry.number} от {entry.issued_on:%d.%m.%Y}" in first
    again = letter(demo_db, "НС-2021-011", "kk", tmp_path / "2.pdf")  # a Kazakh copy of the same letter
    assert f"Шығыс № {entry.number}, {entry.issued_on:%d.%m.%Y}" in again
    with demo_db.reading() as s:
        app = applications.get(s, "НС-2021-011")
        assert s.scalar(select(func.count()).select_from(OutgoingLetter).where(
            OutgoingLetter.subject_id == app.id)) == 1


def test_only_the_head_office_numbers_and_signs_letters(demo_db, tmp_path):
    with demo_db.reading() as s:
        officer = s.scalars(select(UserProfile).where(UserProfile.role == "field_officer")).first()
    demo_db.set_user(officer.id)
    with pytest.raises(Invalid, match="Only the head office may number and sign decision letters"):
        letter(demo_db, "НС-2021-011", "ru", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with demo_db.reading() as s:
        app = applications.get(s, "НС-2021-011")
        assert s.scalar(select(func.count()).select_from(OutgoingLetter).where(
            OutgoingLetter.subject_id == app.id)) == 0
    # a letter already in the register is reprinted by anyone, as it was signed
    assert "Уважаемая Әсел Төлеуова!" in letter(demo_db, "З-2020-007", "ru", tmp_path / "reprint.pdf")


def test_a_new_decision_after_a_reopening_is_a_new_letter(demo_db, tmp_path):
    letter(demo_db, "НС-2021-011", "ru", tmp_path / "1.pdf")
    first = register_entry(demo_db, "НС-2021-011")
    with demo_db.transaction() as s:
        app = applications.get(s, "НС-2021-011")
        workflow.reopen(s, app.id, "Сумма уточнена группой")
        workflow.reject(s, app.id, reason_code="ineligible.incomplete")
    letter(demo_db, "НС-2021-011", "ru", tmp_path / "2.pdf")
    second = register_entry(demo_db, "НС-2021-011")
    assert second.number == first.number + 1 and second.event_id != first.event_id


def test_a_reason_code_of_the_wrong_kind_is_refused(demo_db):
    number = reviewed(demo_db, 1)
    with demo_db.transaction() as s, pytest.raises(Invalid, match="not a standard reason"):
        app = s.scalars(select(Application).where(Application.registration_number == number)).one()
        workflow.recommend(s, app.id, False)
        workflow.reject(s, app.id, reason_code="ineligible.late")  # it was reviewed: not an eligibility matter
    with demo_db.reading() as s:
        assert s.scalars(select(StatusEvent.to_status).where(StatusEvent.subject_id == app.id)
                         .order_by(StatusEvent.at.desc())).first() != "rejected"


def test_an_english_letter_uses_the_latin_spelling_of_the_name_when_recorded(demo_db, tmp_path):
    from fieldapp.model import InitiativeGroup, Person

    with demo_db.transaction() as s:
        app = applications.get(s, "З-2020-007")
        s.get(Person, s.get(InitiativeGroup, app.group_id).leader_id).full_name_latin = "Toleuova Assel"
    text = letter(demo_db, "З-2020-007", "en", tmp_path / "en.pdf")
    assert "Dear Ms Toleuova," in text and "Ms Assel Toleuova" in text
    assert "Уважаемая Әсел Төлеуова!" in letter(demo_db, "З-2020-007", "ru", tmp_path / "ru.pdf")

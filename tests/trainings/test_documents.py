"""The paper the programme still needs, read back as a person would: text, pages, embedded fonts."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from fieldapp.documents import pdf
from fieldapp.documents.attendance_summary import attendance_summary, write_attendance_summary
from fieldapp.documents.certificates import certificate_batch, write_certificates
from fieldapp.documents.signin_sheet import SheetRow, SigninSheet, make_signin_sheet, write_signin_sheet
from fieldapp.services import attendance, certificates, trainings

from .helpers import add_person, add_training, register_many, require_tool

KAZAKH_NAMES = ["Әбілқайыр Ғалымжан", "Құрманғазы Өмірзақ", "Ұлжан Үсенова", "Һәким Іңкәрбек", "Ңғ Тест Әйгерім"]


def text_of(path) -> str:
    return subprocess.run([require_tool("pdftotext"), "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pages_of(path) -> int:
    return text_of(path).count("\f")


def fonts_of(path) -> list[list[str]]:
    out = subprocess.run([require_tool("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture
def big_training(db, programme):
    with db.transaction() as s:
        trainer = add_person(s, "Серікбаев Ғалым")
        training = add_training(s, programme, days=2, trainer_ids=(trainer,))
        names = KAZAKH_NAMES + [f"Участник Номер {n:02d}" for n in range(len(KAZAKH_NAMES) + 1, 46)]
        ids = register_many(s, programme, training, names, sex="F", birth_year=2000,
                            settlement_id=programme.settlements["Боранкул"])
        return training, ids


def test_a_45_person_sheet_spans_pages_with_the_header_on_each(db, big_training, tmp_path):
    training, ids = big_training
    out = tmp_path / "sheet.pdf"
    with db.transaction() as s:
        session_id = trainings.sessions_of(s, training)[0].id
        _, sheet = make_signin_sheet(s, session_id, out, "kk", blank_rows=10)
    text = text_of(out)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Қатысушыларды тіркеу парағы" in page and "Тренинг: Как написать проект" in page
        assert "Тегі, аты, әкесінің аты" in page and "Қолы" in page  # the table header repeats too
        assert f"{len(pages)} беттің {number}-беті" in page
    for name in KAZAKH_NAMES + ["Серікбаев Ғалым", "Бораңқұл"]:
        assert name in text
    assert "55" in pages[-1].split() and "56" not in text.split()  # 45 registered + 10 blank rows
    with db.reading() as s:
        assert attendance.sheet_order(s, session_id) == [r.person_id for r in sheet.rows]


def test_every_font_is_embedded_and_helvetica_never_appears(db, big_training, tmp_path):
    training, _ = big_training
    with db.transaction() as s:
        session_id = trainings.sessions_of(s, training)[0].id
        attendance.mark(s, session_id, big_training[1][0])
        paths = [make_signin_sheet(s, session_id, tmp_path / "sheet.pdf", "en")[0]]
        write_certificates(certificate_batch(s, training, "ru", 0.5), tmp_path / "cert.pdf", "ru")
        paths.append(tmp_path / "cert.pdf")
        write_attendance_summary(attendance_summary(s, training, "ru"), tmp_path / "sum.pdf", "ru")
        paths.append(tmp_path / "sum.pdf")
    for path in paths:
        fonts = fonts_of(path)
        assert fonts, path
        for row in fonts:
            assert "DejaVu" in row[0] and row[-5] == "yes", (path, row)  # the "emb" column
        assert b"Helvetica" not in path.read_bytes()


def test_certificates_for_those_who_attended_enough_keep_their_numbers(db, big_training, tmp_path):
    training, ids = big_training
    with db.transaction() as s:
        day1, day2 = (x.id for x in trainings.sessions_of(s, training))
        for person in ids[:3]:
            attendance.mark(s, day1, person)
        attendance.mark(s, day2, ids[0])
        batch = certificate_batch(s, training, "kk", min_share=1.0)
        write_certificates(batch, tmp_path / "all-days.pdf", "kk")
    assert [p.person_id for p in batch.people] == [ids[0]]
    text = " ".join(text_of(tmp_path / "all-days.pdf").split())
    assert "СЕРТИФИКАТ" in text and KAZAKH_NAMES[0] in text and "2 сабақтың 2 сабағында" in text
    with db.transaction() as s:
        half = certificate_batch(s, training, "ru", min_share=0.5)
    numbers = {p.person_id: p.number for p in half.people}
    assert len(numbers) == 3 and numbers[ids[0]] == batch.people[0].number  # the first number did not change
    assert len(set(numbers.values())) == 3
    with db.transaction() as s:
        assert {q.person_id: q.number for q in certificates.issue(s, training, 0.5)} == numbers


def test_nobody_qualifies_means_no_certificates(db, big_training, tmp_path):
    training, _ = big_training
    with db.transaction() as s, pytest.raises(pdf.DocumentError, match="nobody attended"):
        certificate_batch(s, training, "ru", 0.5)


def test_attendance_summary_by_session_sex_and_age(db, programme, tmp_path):
    with db.transaction() as s:
        training = add_training(s, programme, days=2)
        day1, day2 = (x.id for x in trainings.sessions_of(s, training))
        girl = add_person(s, "Асель Нурова", sex="F", birth_date=dt.date(2003, 1, 1))
        man = add_person(s, "Ерлан Ким", sex="M", birth_year=1955)
        for p in (girl, man):
            trainings.register_person(s, training, p)
            attendance.mark(s, day1, p)
        attendance.mark(s, day2, girl, "late")
        summary = attendance_summary(s, training, "en")
    write_attendance_summary(summary, tmp_path / "sum.pdf", "en", on=dt.date(2019, 12, 1))
    text = text_of(tmp_path / "sum.pdf")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "1. 05.11.2019 2 2 0 0 1 1 0 1" in lines  # registered present late left women men unknown youth
    assert "2. 06.11.2019 2 1 1 0 1 0 0 1" in lines
    # each person once; late arrivals and early leavers summed over the sessions
    assert "Whole training (each person counted once) 2 2 1 0 1 1 0 1" in lines
    assert "14–17 1 1 0" in lines and "45–59 0 0 0" in lines and "60+ 1 0 1" in lines
    assert "Public Spaces" in text and "01.12.2019" in text


def test_a_failed_render_leaves_no_file(tmp_path, monkeypatch):
    from reportlab.platypus import Paragraph

    out = tmp_path / "broken.pdf"

    class Boom(Paragraph):
        def draw(self):
            raise RuntimeError("disk full")

    frame = pdf.PageFrame(pdf.Issuer("Фонд"), "Тест")
    with pytest.raises(RuntimeError):
        pdf.build(out, frame, [Boom("текст", pdf.styles()["body"])])
    assert list(tmp_path.iterdir()) == []


def test_document_language_is_checked():
    with pytest.raises(pdf.DocumentError, match="unknown document language"):
        pdf.Texts("de")
    for lang in pdf.LANGUAGES:
        texts = pdf.texts(lang)
        assert set(texts) == set(pdf.texts("ru")), lang


def _short_sheet(registered: int) -> SigninSheet:
    issuer = pdf.Issuer("Общественный фонд «Ашық Қоғам Маңғыстау»",
                        "БИН 940140000385 · г. Актау, 14 мкр., д. 5, офис 12 · тел. +7 7292 50 10 20 · info@ashyq-qogam.kz",
                        "Программа «Общественные пространства» при поддержке Caspian Community Partnership Fund")
    people = [SheetRow("1", "Ақмағамбетов Айбек", "Боранкул", "+7 701 ••• •• 30"),
              SheetRow("2", "Ақмағамбетова Айгерим Нұрланқызы", "Форт-Шевченко", "+7 707 ••• •• 01"),
              SheetRow("3", "Тестова Әсел", "Баутино", "+7 701 ••• •• 67")]
    return SigninSheet(issuer, "B8D8-T-0001", "Белсенділер мектебі ҚҮҮ", 1, 2, dt.datetime(2026, 12, 6, 10),
                       dt.datetime(2026, 12, 6, 16), "Дом культуры, Баутино", ["Ким Светлана Викторовна"],
                       (people * 10)[:registered])


@pytest.mark.parametrize(("lang", "total", "certify"), [
    ("ru", "Всего подписей на листе", "Тренер (присутствие расписавшихся подтверждаю)"),
    ("kk", "Парақтағы қолдардың жалпы саны", "Тренер (қол қойғандардың қатысқанын растаймын)"),
])
def test_three_people_and_ten_blank_rows_are_signed_on_one_page(tmp_path, lang, total, certify):
    """A trainer prints the sheet of a session with 3 registered people and the default 10 blank rows: one sheet
    of paper, the total and the trainer's certification under row 13."""
    out = write_signin_sheet(_short_sheet(3), tmp_path / "sheet.pdf", lang)
    pages = text_of(out).split("\f")[:-1]
    assert len(pages) == 1
    page = " ".join(pages[0].split())
    assert "13" in page.split() and total in page and certify in page and "Ким Светлана Викторовна" in page


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_foot_of_a_longer_sheet_goes_over_with_the_last_rows(tmp_path, lang):
    """A sheet that cannot fit one page never leaves the total and the signature alone on the last one."""
    out = write_signin_sheet(_short_sheet(8), tmp_path / "sheet.pdf", lang)
    pages = text_of(out).split("\f")[:-1]
    assert len(pages) == 2
    last = " ".join(pages[-1].split())
    assert "Ким Светлана Викторовна" in last and "18" in last.split() and "17" in last.split()

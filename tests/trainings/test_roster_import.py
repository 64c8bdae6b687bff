"""A programme officer imports the participant lists people actually send: titles, blank lines, mixed phone
formats, a bad IIN, a duplicate, a Windows-1251 CSV from a Russian Excel."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldapp.imports import roster
from fieldapp.imports.tabular import Field, TableError, read_table
from fieldapp.model import Consent, Person
from fieldapp.validation import Invalid

from .helpers import add_person

TODAY = dt.date(2019, 11, 1)


def messy_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Список участников тренинга «Как написать проект»"
    ws["A2"] = "Форт-Шевченко, 05.11.2019"
    # row 3 blank, header on row 4
    ws.append([])
    ws.append(["№", "Ф.И.О.", "Пол", "Год рождения", "Населённый пункт", "Телефон", "ИИН", "Согласие"])
    ws.append([1, "Сейтқалиева Әлия Нұрланқызы", "ж", 1998, "Форт Шевченко", "8 701 234 56 78", "", "да"])
    ws.append([2, "Абенов Нурлан", "муж", 1985, "с. Баутино", "+7 (702) 111-22-33", "900101300017", "да"])
    ws.append([3, "Иванова Ольга", "F", "12.03.2001", "Бораңқұл", 87053334455, "", ""])
    ws.append([])  # row 8 blank in the middle
    ws.append([4, "Жумабаев Ерлан", "ер", "1990 г.", "Жетыбай", "87771234567", "900101300018", "да"])  # bad IIN
    ws.append([5, "", "м", 1990, "Курык", "87770000000", "", ""])  # no name
    ws.append([6, "Абенов Нурлан Серикович", "м", 1985, "Баутино", "87021112233", "", "да"])  # same phone as row 6
    ws.append([7, "Касымова Гульнар", "әйел", 1970, "Құрық", "701 999 88", "", "иә"])  # phone unreadable
    wb.save(path)
    return path


def test_messy_workbook_preview_names_each_problem_with_the_excel_row(db, programme, tmp_path):
    path = messy_workbook(tmp_path / "список.xlsx")
    with db.reading() as s:
        preview = roster.preview(s, path, today=TODAY)
    assert preview.table.header_row == 4
    by_row = {r.number: r for r in preview.rows}
    assert set(by_row) == {5, 6, 7, 9, 10, 11, 12}
    assert by_row[5].action == "add" and by_row[5].person.phone == "+77012345678"
    assert by_row[5].person.settlement_id == programme.settlements["Форт-Шевченко"]
    assert by_row[5].person.sex == "F" and by_row[5].person.birth_year == 1998
    assert by_row[6].person.phone == "+77021112233" and by_row[6].person.sex == "M"
    assert by_row[6].person.settlement_id == programme.settlements["Баутино"]
    assert by_row[7].person.birth_date == dt.date(2001, 3, 12) and by_row[7].person.phone == "+77053334455"
    assert by_row[7].person.settlement_id == programme.settlements["Боранкул"]
    assert [p.code for p in by_row[7].problems] == ["consent.missing"]
    assert by_row[9].action == "reject" and "invalid IIN" in by_row[9].problems[0].message
    assert by_row[10].action == "reject" and by_row[10].problems[0].code == "name.missing"
    assert by_row[11].action == "match" and by_row[11].matched_row == 6
    assert by_row[12].action == "add" and by_row[12].person.phone is None
    assert by_row[12].person.settlement_id == programme.settlements["Курык"]
    # the phone cannot be used: the row is kept with it empty, and the problem says which field and why
    assert [(p.code, p.level, p.params["field"], p.params["problem"].code) for p in by_row[12].problems] == [
        ("import.left_empty", "warning", "phone", "phone.invalid")]
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 0  # nothing written yet


def test_confirmed_import_writes_accepted_rows_once_with_consents(db, programme, tmp_path):
    path = messy_workbook(tmp_path / "список.xlsx")
    with db.transaction() as s:
        result = roster.commit(s, roster.preview(s, path, today=TODAY), today=TODAY)
    assert len(result.added) == 4 and result.matched == []
    with db.reading() as s:
        names = sorted(s.scalars(select(Person.full_name)))
        assert names == ["Абенов Нурлан", "Иванова Ольга", "Касымова Гульнар", "Сейтқалиева Әлия Нұрланқызы"]
        assert s.execute(select(func.count()).select_from(Consent)).scalar_one() == 3
        abenov = s.scalars(select(Person).where(Person.full_name == "Абенов Нурлан")).one()
        assert abenov.iin == "900101300017" and abenov.birth_date == dt.date(1990, 1, 1)


def test_a_known_phone_or_iin_matches_instead_of_duplicating(db, programme, tmp_path):
    with db.transaction() as s:
        known = add_person(s, "Абенов Нурлан", phone="87021112233")
        add_person(s, "Иванова Ольга Петровна", settlement_id=programme.settlements["Боранкул"])
    path = messy_workbook(tmp_path / "список.xlsx")
    with db.transaction() as s:
        preview = roster.preview(s, path, today=TODAY)
        by_row = {r.number: r for r in preview.rows}
        assert by_row[6].action == "match" and by_row[6].matched_id == known
        assert by_row[11].action == "match" and by_row[11].matched_row == 6
        assert by_row[7].action == "add"
        assert any(p.code == "name.similar" for p in by_row[7].problems)
        result = roster.commit(s, preview, today=TODAY)
    assert result.matched == [known]
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(Person).where(Person.phone == "+77021112233")).scalar_one() == 1
        assert s.get(Person, known).iin == "900101300017"  # a blank filled from the file


def test_windows_1251_csv_with_semicolons_counts_rows_as_an_editor_shows_them(db, programme, tmp_path):
    text = ("Список участников\r\n;;;\r\n\r\n"
            "Ф.И.О.;Пол;Год рождения;Населённый пункт;Телефон;ИИН\r\n"
            "Петров Иван;М;1999;Баутино;8(701)555-44-33;\r\n"
            "\"Смирнова\r\nАнна\";Ж;2003;Курык;;\r\n"
            "Ким Сергей;м;1988;Атырау;87015554433;\r\n")
    path = tmp_path / "roster.csv"
    path.write_bytes(text.encode("cp1251"))
    with db.reading() as s:
        preview = roster.preview(s, path, today=TODAY)
    assert preview.table.encoding == "cp1251" and preview.table.delimiter == ";"
    assert preview.table.header_row == 4
    rows = {r.number: r for r in preview.rows}
    assert set(rows) == {5, 6, 8}
    assert rows[5].person.phone == "+77015554433"
    assert rows[6].name == "Смирнова Анна" and rows[6].person.sex == "F"
    assert rows[8].action == "match" and rows[8].matched_row == 5
    assert any(p.code == "settlement.unknown" for p in rows[8].problems)


@pytest.mark.parametrize("bom,header", [
    (b"", "Full name,Sex,Year of birth,Village,Phone"),
    (b"\xef\xbb\xbf", "Full name,Sex,Year of birth,Village,Phone"),
    (b"\xef\xbb\xbf", "Аты-жөні,Жынысы,Туған жылы,Елді мекен,Ұялы телефон"),
])
def test_utf8_csv_with_commas_and_english_or_kazakh_headings(db, programme, tmp_path, bom, header):
    path = tmp_path / "people.csv"
    path.write_bytes(bom + f"{header}\nAigerim Bekova,F,2001,Kuryk,+77015550000\n".encode())
    with db.reading() as s:
        preview = roster.preview(s, path, today=TODAY)
    (row,) = preview.rows
    assert row.number == 2 and row.person.full_name == "Aigerim Bekova"
    assert row.person.settlement_id == programme.settlements["Курык"]


def test_columns_can_be_mapped_by_hand(db, programme, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Кто пришёл;Откуда;Сотка\nАйдос Серик;Курык;87015550001\n", encoding="utf-8")
    with db.reading() as s, pytest.raises(TableError, match="map"):
        roster.preview(s, path)
    with db.reading() as s:
        preview = roster.preview(s, path, mapping={"full_name": "A", "settlement": "Откуда", "phone": 2},
                                 header_row=1)
    (row,) = preview.rows
    assert row.person.full_name == "Айдос Серик" and row.person.phone == "+77015550001"


@pytest.mark.parametrize("text,expected", [
    ("м", "M"), ("Муж.", "M"), ("мужской", "M"), ("M", "M"), ("ер", "M"), ("Ер", "M"),
    ("ж", "F"), ("жен", "F"), ("Женский", "F"), ("f", "F"), ("әйел", "F"), ("Әйел", "F"), ("", None),
])
def test_sex_as_people_write_it(text, expected):
    from fieldapp.services.people import parse_sex

    assert parse_sex(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("1995", (None, 1995)), (" 1995 г.", (None, 1995)), ("1995г", (None, 1995)), ("1995 жыл", (None, 1995)),
    ("1995.", (None, 1995)), ("", (None, None)), ("12.03.1995", (dt.date(1995, 3, 12), 1995)),
    ("1995-03-12", (dt.date(1995, 3, 12), 1995)), ("12/03/1995", (dt.date(1995, 3, 12), 1995)),
    ("12.03.95", (dt.date(1995, 3, 12), 1995)), ("12.03.18", (dt.date(2018, 3, 12), 2018)),
    ("12.03.25", (dt.date(1925, 3, 12), 1925)),
])
def test_birth_dates_and_years_as_people_write_them(text, expected):
    assert roster.parse_birth(text, TODAY) == expected


@pytest.mark.parametrize("text", ["95", "1995 год рождения", "31.02.1995", "12.1995", "1995/03"])
def test_a_birth_date_not_understood_is_named(text):
    with pytest.raises(Invalid) as refused:
        roster.parse_birth(text, TODAY)
    assert refused.value.code == "birth.format"


def test_unreadable_files_say_so_in_one_line(tmp_path):
    fields = (Field("a", ("A",)), Field("b", ("B",)))
    with pytest.raises(TableError, match="no such file"):
        read_table(tmp_path / "missing.xlsx", fields)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(TableError, match="cannot be read as an Excel workbook"):
        read_table(broken, fields)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableError, match="empty"):
        read_table(empty, fields)


def test_a_list_s_new_people_are_written_in_one_flush_each_with_its_history(db, programme, tmp_path):
    """An import adds its people with one flush of the session, not one each (SQLAlchemy's unit of work and the
    history's capture cost about a millisecond a flush: 10,000 people took 12 s): every person is there, with
    the operation that syncs them."""
    from sqlalchemy import event

    from fieldapp.model import Operation

    path = tmp_path / "many.csv"
    path.write_text("ФИО;Пол;Год рождения\n" + "".join(f"Жанар Төлегенова {i};ж;{1970 + i % 40}\n"
                                                       for i in range(60)), encoding="utf-8")
    flushes = []
    with db.transaction() as s:
        preview = roster.preview(s, path, today=TODAY)
        event.listen(s, "after_flush", lambda session, _context: flushes.append(len(session.new)))
        result = roster.commit(s, preview, today=TODAY)
    assert len(result.added) == 60 and len(flushes) == 1
    with db.reading() as s:
        added = set(s.scalars(select(Person.id).where(Person.full_name.like("Жанар Төлегенова %"))))
        assert added == set(result.added)
        assert set(s.scalars(select(Operation.row_id).where(Operation.table_name == "person",
                                                            Operation.kind == "insert"))) >= added


def test_the_collector_is_held_off_while_a_list_is_checked_and_written(db, programme, tmp_path):
    """A list of 10,000 makes hundreds of thousands of objects that live until the import ends (rows, people,
    their operations, SQLAlchemy's states): the cyclic collector's passes over them were a fifth of the import's
    time. It is paused while the list is checked and while it is written, and on again after."""
    import gc

    from sqlalchemy import event

    path = tmp_path / "list.csv"
    path.write_text("ФИО;Год рождения\n" + "".join(f"Жанар Төлегенова {i};{1970 + i}\n" for i in range(30)),
                    encoding="utf-8")
    assert gc.isenabled()
    seen = []
    with db.transaction() as s:
        event.listen(s, "do_orm_execute", lambda _state: seen.append(("read", gc.isenabled())))
        preview = roster.preview(s, path, today=TODAY)
        assert gc.isenabled()
        event.listen(s, "before_flush", lambda *_args: seen.append(("flush", gc.isenabled())))
        result = roster.commit(s, preview, today=TODAY)
        assert gc.isenabled()
    assert len(result.added) == 30
    assert ("read", False) in seen and ("flush", False) in seen and not any(on for _, on in seen)


def test_a_settlement_named_again_gets_the_same_answer(db, programme):
    """Answers are remembered per text (a list names its few villages thousands of times)."""
    with db.reading() as s:
        matcher = roster.SettlementMatcher(s)
    texts = ["с. Баутино", "Курык", "Құрық", "Форт Шевченко", "Баутинo", "Жетыбай", "", "Курык"]
    first = [matcher.match(t) for t in texts]
    assert first[0] == programme.settlements["Баутино"] and first[1] == first[2] == programme.settlements["Курык"]
    assert first[3] == programme.settlements["Форт-Шевченко"] and first[5] is None and first[6] is None
    assert [matcher.match(t) for t in reversed(texts)] == list(reversed(first))

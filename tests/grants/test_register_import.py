"""The application register from Excel or CSV: preview with row numbers, rejected rows, warnings, no duplicates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl

from fieldapp.imports import application_register
from fieldapp.model import Application
from fieldapp.services import applications

from .conftest import World


def _register(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Реестр заявок конкурса «Вместе — мы сила!»"])
    ws.append([])
    ws.append(["№", "Инициативная группа", "Населённый пункт", "Название проекта", "Категория",
               "Запрашиваемая сумма", "Дата получения"])
    ws.append([1, "Жастар", "Форт-Шевченко", "Детская площадка у школы", "детская площадка",
               Decimal("1500000.50"), dt.datetime(2019, 12, 2)])
    ws.append([2, "Бірлік", "с. Баутино", "Воркаут у моря", "спорт", 2100000, dt.datetime(2019, 12, 3)])
    ws.append([3, "", "Курык", "Сквер без группы", "зона отдыха", 900000, dt.datetime(2019, 12, 4)])
    ws.append([4, "Достық", "Курык", "", "другое", 900000, dt.datetime(2019, 12, 4)])
    ws.append([5, "Самал", "Курык", "Летнее кино", "кино", "1 200 000,00", dt.datetime(2020, 1, 20)])
    ws.append([6, "Жастар", "Форт-Шевченко", "Детская площадка у школы", "детская площадка", 1500000,
               dt.datetime(2019, 12, 2)])
    ws.append([7, "Мейірім", "Атырау", "Сенсорная комната", "сенсорная комната", 1000000.1, "05.12.2019"])
    book.save(path)
    return path


def test_preview_says_what_each_row_does_with_its_row_number(world: World, tmp_path: Path) -> None:
    path = _register(tmp_path / "register.xlsx")
    with world.db.reading() as s:
        preview = application_register.preview(s, world.call_id, path)
    by_row = {r.number: r for r in preview.rows}
    assert preview.table.header_row == 3
    assert [(r.number, r.action) for r in preview.rows] == [
        (4, "add"), (5, "add"), (6, "reject"), (7, "reject"), (8, "add"), (9, "match"), (10, "add")]
    assert [p.message for p in by_row[6].problems] == ["no initiative group"]
    assert [p.message for p in by_row[7].problems] == ["no project title"]
    assert by_row[4].requested == Decimal("1500000.50") and not by_row[4].problems
    assert [p.code for p in by_row[5].problems] == ["register.over_max"]
    assert {p.code for p in by_row[8].problems} == {"register.received", "register.category"}
    assert any("received 20.01.2020, outside the call's dates 01.11.2019–15.12.2019" == p.message
               for p in by_row[8].problems)
    assert by_row[8].requested == Decimal("1200000.00")
    assert [p.message for p in by_row[9].problems] == ["the same application as row 4"]
    assert by_row[10].requested == Decimal("1000000.10")  # a float cell read through its text, never float maths
    assert {p.code for p in by_row[10].problems} == {"register.settlement"}
    assert all(p.level == "warning" for r in preview.rows if r.action != "reject" for p in r.problems)


def test_commit_adds_and_submits_and_a_second_import_matches(world: World, tmp_path: Path) -> None:
    path = _register(tmp_path / "register.xlsx")
    with world.db.transaction() as s:
        preview = application_register.preview(s, world.call_id, path)
        result = application_register.commit(s, preview)
    assert len(result.added) == 4
    assert len(result.submitted) == 3  # the one from an unknown settlement stays a draft
    with world.db.reading() as s:
        app = s.get(Application, result.added[0])
        assert (app.status, app.requested_amount, app.received_on) == (
            "submitted", Decimal("1500000.50"), dt.date(2019, 12, 2))
        assert applications.get(s, app.draft_number).id == app.id
        again = application_register.preview(s, world.call_id, path)
    assert [r.action for r in again.rows] == ["match", "match", "reject", "reject", "match", "match", "match"]


def test_csv_in_windows_1251_with_semicolons(world: World, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes("Группа;Село;Название;Сумма;Дата\nЖастар;Баутино;Скамейки у моря;850 000,00;10.12.2019\n"
                     .encode("cp1251"))
    with world.db.reading() as s:
        preview = application_register.preview(s, world.call_id, path)
    assert [(r.number, r.action, r.requested) for r in preview.rows] == [(2, "add", Decimal("850000.00"))]


def test_a_title_or_group_longer_than_it_can_be_stored_rejects_its_row(world: World, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("Инициативная группа;Населённый пункт;Название проекта;Запрашиваемая сумма\n"
                    f"Жастар;Курык;{'Площадка ' * 40};1500000\n"
                    f"{'Бірлік' * 60};Курык;Воркаут у моря;900000\n"
                    "Самал;Курык;Летнее кино;900000\n", encoding="utf-8")
    with world.db.reading() as s:
        preview = application_register.preview(s, world.call_id, path)
    assert [(r.number, r.action) for r in preview.rows] == [(2, "reject"), (3, "reject"), (4, "add")]
    assert [(p.code, p.params) for p in preview.rows[0].problems] == [
        ("table.too_long", {"column": "Название проекта", "length": 359, "limit": 300})]  # stripped
    assert [p.params["column"] for p in preview.rows[1].problems] == ["Инициативная группа"]
    with world.db.transaction() as s:
        result = application_register.commit(s, preview)
    assert len(result.added) == 1

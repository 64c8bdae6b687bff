"""Projects already running on paper, from an Excel or CSV register: each row makes a funded application, a
signed agreement under its official number, its tranches and the payments made — through the core services,
refused row by row with the column and the reason, all rows in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from fieldapp.imports import project_register
from fieldapp.model import Agreement, Application, SelectionDecision, StatusEvent, Tranche
from fieldapp.services import agreements, paper_projects, reasons, roles, workflow
from fieldapp.validation import Invalid

from .conftest import World

RU = ["Номер договора", "Грантополучатель", "Представитель", "Населённый пункт", "Конкурс", "Название проекта",
      "Сумма гранта", "Дата подписания", "Дата начала", "Дата окончания", "IBAN", "БИК", "Выплачено 1",
      "Дата выплаты 1", "Платёжное поручение 1", "Выплачено 2", "Дата выплаты 2"]
KK = ["Шарт нөмірі", "Грант алушы", "Өкіл", "Елді мекен", "Байқау", "Жобаның атауы", "Грант сомасы",
      "Қол қойылған күні", "Басталуы", "Аяқталуы", "IBAN", "БСК", "Төленді 1", "Төлем күні 1", "Төлем тапсырмасы 1",
      "Төленді 2", "Төлем күні 2"]
GOOD = ["ОП-2020-007", "Инициативная группа «Болашак»", "Алия Каримова", "Баутино", "ВМС-2019", "Детская площадка",
        "1 205 000,00", "01.03.2020", "01.03.2020", "31.10.2020", "KZ86125KZT5004100100", "HSBKKZKX",
        "602 500,00", "15.03.2020", "17", "482000", dt.datetime(2020, 7, 10)]
ORGANISATION = ["OP 2020 8", "ОФ «Жасыл ел»", "Сергей Ким", "Курык", "Цикл 2", "Сквер у моря", 900000,
                dt.datetime(2020, 4, 1), None, None, None, None, 900000, "02.04.2020", None, None, None]


def _book(path: Path, header: list[str], *rows: list[object], title: str | None = "Реестр проектов") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _changed(row: list[object], **by_heading: object) -> list[object]:
    out = list(row)
    for heading, value in by_heading.items():
        out[RU.index(heading.replace("_", " "))] = value
    return out


def _preview(world: World, path: Path, **kwargs: object) -> project_register.ProjectsPreview:
    with world.db.transaction() as s:
        return project_register.preview(s, path, today=dt.date(2026, 12, 4), **kwargs)


def _counts(world: World) -> tuple[int, int, int, int]:
    with world.db.reading() as s:
        return (s.scalar(select(func.count()).select_from(Application)),
                s.scalar(select(func.count()).select_from(Agreement)),
                s.scalar(select(func.count()).select_from(Tranche)),
                s.scalar(select(func.count()).select_from(Tranche).where(Tranche.paid_on.is_not(None))))


def test_good_rows_make_application_signed_agreement_tranches_and_payments(world: World, tmp_path: Path) -> None:
    path = _book(tmp_path / "projects.xlsx", RU, GOOD, ORGANISATION)
    before = _counts(world)
    preview = _preview(world, path)
    assert [(r.number, r.action) for r in preview.rows] == [(3, "add"), (4, "add")]
    assert not preview.rows[0].problems and not preview.rows[1].problems
    assert _counts(world) == before  # the preview wrote nothing
    with world.db.transaction(reason=reasons.coded("import.projects", path.name)) as s:
        result = project_register.commit(s, preview, today=dt.date(2026, 12, 4))
    assert len(result.added) == 2
    with world.db.reading() as s:
        first = s.scalars(select(Agreement).where(Agreement.number == "ОП-2020-007")).one()
        form = agreements.agreement_form(s, first.id)
        assert (form.status, form.signed_on, form.amount) == ("signed", dt.date(2020, 3, 1), Decimal("1205000.00"))
        assert form.values["iban"] == "KZ86125KZT5004100100" and form.values["bic"] == "HSBKKZKX"
        assert form.values["representative_name"] == "Алия Каримова" and form.group_name.endswith("«Болашак»")
        assert [(t.amount, t.condition_kind, t.paid_on, t.paid_amount, t.payment_reference) for t in form.tranches] \
            == [(Decimal("602500.00"), "advance", dt.date(2020, 3, 15), Decimal("602500.00"), "17"),
                (Decimal("482000.00"), "progress", dt.date(2020, 7, 10), Decimal("482000.00"),
                 paper_projects.NO_REFERENCE),
                (Decimal("120500.00"), "completion", None, None, None)]
        assert (form.paid, form.balance) == (Decimal("1084500.00"), Decimal("120500.00"))
        app = s.get(Application, first.application_id)
        assert (app.status, app.approved_amount, app.channel) == ("approved", Decimal("1205000.00"), "paper")
        assert app.registration_number == "ВМС-2019-001"
        event = s.scalars(select(StatusEvent).where(StatusEvent.subject_id == app.id,
                                                    StatusEvent.to_status == "approved")).one()
        assert reasons.parse(event.reason) == ("paper.register", "projects.xlsx #3")
        # the progress tranche had no report in FieldApp: paid by the head office's override, with the row as reason
        progress = s.scalars(select(Tranche).where(Tranche.agreement_id == first.id, Tranche.number == 2)).one()
        assert progress.override_reason == event.reason
        second = s.scalars(select(Agreement).where(Agreement.number == "ОП-2020-008")).one()
        assert (second.grantee_kind, second.grantee_name) == ("group", None)  # no BIN column: a group
        assert [(t.amount, t.paid_amount) for t in agreements.tranche_rows(s, second.id)] == [
            (Decimal("900000.00"), Decimal("900000.00"))]
        # the next number the head office gives follows the imported ones
        assert agreements.next_official_number(s, 2020) == "ОП-2020-009"


def test_an_organisation_with_its_bin_is_the_grantee(world: World, tmp_path: Path) -> None:
    header = [*RU[:3], "БИН", *RU[3:]]
    row = [*GOOD[:3], "180240021173", *GOOD[3:]]
    preview = _preview(world, _book(tmp_path / "org.xlsx", header, row))
    assert [r.action for r in preview.rows] == ["add"], preview.rows[0].problems
    with world.db.transaction() as s:
        project_register.commit(s, preview, today=dt.date(2026, 12, 4))
    with world.db.reading() as s:
        agreement = s.scalars(select(Agreement)).one()
        assert (agreement.grantee_kind, agreement.grantee_name, agreement.grantee_bin) == (
            "organisation", "Инициативная группа «Болашак»", "180240021173")


def test_kazakh_headers_and_a_csv_file(world: World, tmp_path: Path) -> None:
    path = _book(tmp_path / "жобалар.xlsx", KK, GOOD, title=None)
    preview = _preview(world, path)
    assert [r.action for r in preview.rows] == ["add"] and preview.table.header_row == 1
    assert preview.rows[0].paid == Decimal("1084500.00")
    csv = tmp_path / "projects.csv"
    csv.write_text("Agreement number;Grantee;Settlement;Call;Grant amount;Signed on;Paid 1;Paid 1 date\n"
                   "ОП-2020-011;Bolashak;Баутино;ВМС-2019;\"1 000 000,00\";01.03.2020;500000;05.03.2020\n",
                   encoding="utf-8")
    preview = _preview(world, csv)
    assert [r.action for r in preview.rows] == ["add"] and preview.rows[0].paid == Decimal("500000.00")


def _problems(row: project_register.ProjectRow) -> set[tuple[str | None, str]]:
    return {(p.field, p.code) for p in row.problems}


def test_bad_rows_are_refused_with_their_column_and_reason(world: World, tmp_path: Path) -> None:
    path = _book(tmp_path / "bad.xlsx", RU,
                 _changed(GOOD, Сумма_гранта="двести тысяч"),
                 _changed(GOOD, Номер_договора="ОП-2020-020", Населённый_пункт="Атлантида"),
                 _changed(GOOD, Номер_договора="ОП-2020-021", Выплачено_2="700000"),
                 _changed(GOOD, Номер_договора="ОП-2020-022", IBAN="KZ00125KZT5004100100"),
                 _changed(GOOD, Номер_договора="Договор 22"),
                 _changed(GOOD, Номер_договора="ОП-2020-023", Сумма_гранта="2 500 000"),
                 _changed(GOOD, Номер_договора="ОП-2020-024", Дата_выплаты_1="28.02.2020"),
                 _changed(GOOD, Номер_договора="ОП-2020-025"))
    preview = _preview(world, path)
    rows = {r.number: r for r in preview.rows}
    assert [r.action for r in preview.rows] == ["reject"] * 7 + ["add"]
    assert _problems(rows[3]) == {("amount", "money.format")}
    assert _problems(rows[4]) == {("settlement", "register.settlement")}
    assert _problems(rows[5]) == {("paid_2", "tranche.beyond")}  # 602 500 + 700 000 > 1 205 000
    assert _problems(rows[6]) == {("iban", "iban.checksum")}
    assert _problems(rows[7]) == {("number", "agreement.number_format")}
    assert _problems(rows[8]) == {("amount", "workflow.over_max_grant")}
    assert _problems(rows[9]) == {("paid_1", "payment.before_signing")}
    assert preview.column("paid_2") == "Выплачено 2" and preview.column("iban") == "IBAN"


def test_a_number_in_the_database_or_twice_in_the_file_is_a_duplicate_skipped(world: World, tmp_path: Path) -> None:
    with world.db.transaction() as s:
        project_register.commit(s, _preview(world, _book(tmp_path / "one.xlsx", RU, GOOD)),
                                today=dt.date(2026, 12, 4))
    path = _book(tmp_path / "again.xlsx", RU, GOOD, ORGANISATION, _changed(ORGANISATION, Грантополучатель="Другой"))
    preview = _preview(world, path)
    assert [(r.action, r.duplicate_of) for r in preview.rows] == [("match", None), ("add", None), ("match", 4)]
    assert [p.code for p in preview.rows[0].problems] == ["projects.known"]
    with world.db.transaction() as s:
        result = project_register.commit(s, preview, today=dt.date(2026, 12, 4))
    assert (len(result.added), result.skipped) == (1, 2)
    assert _counts(world)[1] == 2


def test_all_or_nothing_when_the_database_changed_since_the_preview(world: World, tmp_path: Path) -> None:
    preview = _preview(world, _book(tmp_path / "p.xlsx", RU, GOOD, ORGANISATION))
    with world.db.transaction() as s:  # meanwhile another register took the second number
        project_register.commit(s, _preview(world, _book(tmp_path / "q.xlsx", RU, ORGANISATION)),
                                today=dt.date(2026, 12, 4))
    before = _counts(world)
    with pytest.raises(Invalid) as refused, world.db.transaction() as s:
        project_register.commit(s, preview, today=dt.date(2026, 12, 4))
    assert refused.value.code == "projects.changed"
    assert _counts(world) == before  # the first row was not written either


def test_registering_needs_the_head_office(world: World) -> None:
    world.as_user(world.officer_id)
    project = paper_projects.PaperProject(world.call_id, "Болашак", Decimal("100000"), "ОП-2020-001",
                                          dt.date(2020, 3, 1), world.villages["Баутино"])
    with pytest.raises(Invalid) as refused, world.db.transaction() as s:
        paper_projects.register(s, project, reasons.coded("paper.project"))
    assert refused.value.code == "role.head_office"


def test_a_paper_project_counts_in_the_envelope_and_may_pass_it_as_a_recorded_override(world: World) -> None:
    with world.db.transaction() as s:
        for n in range(6):
            project = paper_projects.PaperProject(world.call_id, f"Группа {n}", Decimal("1900000"),
                                                  f"ОП-2020-{n + 1:03d}", dt.date(2020, 3, 1),
                                                  world.villages["Курык"])
            paper_projects.register(s, project, reasons.coded("paper.project"))
    with world.db.reading() as s:
        decisions = list(s.scalars(select(SelectionDecision).order_by(SelectionDecision.at)))
        assert [d.envelope_override for d in decisions] == [False] * 5 + [True]
        assert all(d.reason == "@paper.project" for d in decisions)
    with pytest.raises(Invalid) as refused, world.db.transaction() as s:
        app_id = s.scalars(select(Application.id)).first()
        workflow.register_funded(s, app_id, Decimal("1"), "again")
    assert refused.value.code == "workflow.paper_status"


def test_the_template_is_read_back_by_the_import(world: World, tmp_path: Path) -> None:
    for lang in ("ru", "kk", "en"):
        path = project_register.write_template(tmp_path / f"template.{lang}.xlsx", lang)
        preview = _preview(world, path, call_id=world.call_id)
        assert len(preview.table.columns) == len(project_register.FIELDS)  # every heading recognised
        row = preview.rows[0]
        assert (row.agreement_number, row.paid) == ("ОП-2020-007", Decimal("1084500.00"))
        # the small world knows its villages by their Russian and Kazakh names only
        expected = ("add", set()) if lang != "en" else ("reject", {("settlement", "register.settlement")})
        assert (row.action, _problems(row)) == expected


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)


def test_cli_dry_run_writes_nothing_then_the_import_writes(world: World, tmp_path: Path) -> None:
    path = _book(tmp_path / "projects.xlsx", RU, GOOD, _changed(GOOD, Номер_договора="ОП-2020-030",
                                                                 IBAN="KZ12"))
    with world.db.transaction() as s:  # the command line acts as the database's chosen profile
        roles.choose_profile(s, world.office_id)
    world.db.close()
    dry = _cli("import", "projects", "--db", world.db.path, path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "row 3: adds ОП-2020-007" in dry.stdout
    assert "row 4: error: column 'IBAN': " in dry.stdout
    assert "dry run, nothing written: 1 to add, 0 duplicate(s) skipped, 1 refused" in dry.stdout
    listed = _cli("agreements", "list", "--db", world.db.path, "--json")
    assert json.loads(listed.stdout) == []
    done = _cli("import", "projects", "--db", world.db.path, path)
    assert done.returncode == 0, done.stderr
    assert "written: 1 project(s) registered" in done.stdout
    listed = json.loads(_cli("agreements", "list", "--db", world.db.path, "--json").stdout)
    assert [(a["number"], a["status"], a["paid"], a["balance"]) for a in listed] == [
        ("ОП-2020-007", "signed", "1084500.00", "120500.00")]
    again = _cli("import", "projects", "--db", world.db.path, path)
    assert again.returncode == 1 and "nothing to register" in again.stderr
    unreadable = _cli("import", "projects", "--db", world.db.path, tmp_path / "none.xlsx")
    assert unreadable.returncode == 1 and "no such file" in unreadable.stderr
    template = _cli("import", "projects-template", tmp_path / "t.xlsx", "--lang", "kk")
    assert template.returncode == 0 and (tmp_path / "t.xlsx").is_file()

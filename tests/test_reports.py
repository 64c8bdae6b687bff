"""The programme's figures (services/dashboard), `fieldapp report` and `fieldapp export`: counted from the records,
equal in the JSON, the XLSX, the CSV and the PDF, personal data out unless the head office asks."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from fieldapp.cli import main
from fieldapp.exports.xlsx import MONEY_FORMAT
from fieldapp.services import dashboard, lists, my_week
from tests.conftest import require_tool


def _run(capsys, *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def _sql(path: Path, query: str) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(query).fetchall()


def test_figures_are_counted_from_the_records(demo_path: Path, demo_db) -> None:
    with demo_db.reading() as session:
        f = dashboard.figures(session)
    assert f["applications"] == _sql(demo_path, "select count(*) from application where status != 'draft' "
                                                "and deleted_at is null")[0][0] == 81
    assert f["funded"] == _sql(demo_path, "select count(*) from application where status = 'approved'")[0][0]
    paid_tiyn = _sql(demo_path, "select sum(paid_amount) from tranche where paid_on is not null")[0][0]
    assert f["grants_paid"] == Decimal(paid_tiyn) / 100 > 0
    assert f["payments"] == _sql(demo_path, "select count(*) from tranche where paid_on is not null")[0][0]
    committed = _sql(demo_path, "select sum(amount) from agreement where status in ('signed', 'completed')")[0][0]
    assert f["grants_committed"] == Decimal(committed) / 100
    cash = _sql(demo_path, "select sum(a.akimat_cofunding) from application a where a.status = 'approved' and not "
                           "exists (select 1 from budget_line b where b.application_id = a.id)")[0][0] or 0
    cash += _sql(demo_path, "select coalesce(sum(b.cofunding), 0) from budget_line b join application a on "
                            "a.id = b.application_id where a.status = 'approved'")[0][0]
    assert f["cofunding"]["akimat_cash"] == Decimal(cash) / 100 > 0
    assert f["visits_done"] == _sql(demo_path, "select count(*) from site_visit")[0][0] == 54
    assert sum(f["participants_by_sex"].values()) == f["participants"] == sum(f["participants_by_age"].values())
    assert sum(r["count"] for r in f["participants_by_settlement"]) == f["participants"]
    assert sum(r["applications"] for r in f["by_settlement"]) == f["applications"]
    assert sum(m["paid"] for m in f["timeline"]) == f["grants_paid"]
    assert sum(m["applications"] for m in f["timeline"]) == f["applications"]


def test_every_figure_opens_as_many_records_as_it_counts(demo_db) -> None:
    with demo_db.reading() as session:
        cycle = dashboard.find_cycle(session, "2")
        f = dashboard.figures(session, cycle.id)
        for key in ("applications", "funded", "agreements", "payments", "trainings", "participants", "visits_done"):
            name, _ids = dashboard.drill(session, key, cycle.id)
            assert lists.count(session, name, scope=(key, cycle.id)) == f[key], key
        for sex, n in f["participants_by_sex"].items():
            assert lists.count(session, "people", scope=(f"participants:sex:{sex}", cycle.id)) == n
        for age, n in f["participants_by_age"].items():
            assert lists.count(session, "people", scope=(f"participants:age:{age}", cycle.id)) == n
        for row in f["by_settlement"]:
            assert lists.count(session, "applications", scope=(f"settlement:{row['id']}:funded", cycle.id)) == \
                row["funded"]
        # the beneficiaries reached are those of the completed projects: all but the two still being built (and the
        # cycle's one draft agreement, not started)
        assert lists.count(session, "agreements", scope=("beneficiaries", cycle.id)) == f["completed"] == \
            lists.count(session, "agreements", scope=("completed", cycle.id)) == f["agreements"] - 2 == f["funded"] - 3


def test_visits_due_and_overdue_are_the_visit_plans(demo_db) -> None:
    """The dashboard, "my week" and the plan on the site-visits page count the same projects."""
    from fieldapp.model import Agreement
    from fieldapp.services import my_week, visit_plan

    today = dt.date(2030, 1, 1)
    with demo_db.transaction() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.status == "completed")).first()
        agreement.status, agreement.starts_on = "signed", dt.date(2029, 6, 1)
        visit_plan.set_due_days(session, 400)  # the demo's own visits of 2020 are within it
    with demo_db.reading() as session:
        plan = visit_plan.due_visits(session, today)
        overdue = {r.agreement_id for r in plan if r.overdue}
        assert agreement.id in overdue
        f = dashboard.figures(session, None, today)
        assert f["visits_overdue"] == len(overdue) and f["visits_due"] == len(plan) - len(overdue)
        _name, ids = dashboard.drill(session, "visits_overdue", None, today)
        assert set(session.execute(ids).scalars()) == overdue
        week = my_week.my_week(session, today)  # the demo's user is the head office: every project
        assert {i.record_id for i in week if i.kind == "visit_overdue"} == overdue


def test_report_json_cycles_carry_the_summary_figures(demo_path: Path, capsys) -> None:
    summary = json.loads(_run(capsys, "summary", "--db", str(demo_path), "--json"))
    report = json.loads(_run(capsys, "report", "--db", str(demo_path), "--json"))
    assert len(report["cycles"]) == len(summary["cycles"]) == 3
    for theirs, ours in zip(summary["cycles"], report["cycles"], strict=True):
        assert {k: ours[k] for k in theirs} == theirs
        assert {"grants_paid", "cofunding", "participants_by_sex", "visits_overdue", "timeline"} <= set(ours)
    assert report["applications"] == sum(c["applications"] for c in summary["cycles"])
    one = json.loads(_run(capsys, "report", "--db", str(demo_path), "--cycle", "2", "--json"))
    assert one["cycle"]["number"] == 2 and [c["name"] for c in one["cycles"]] == [summary["cycles"][1]["name"]]
    assert one["funded"] == summary["cycles"][1]["funded"] and one["grants_paid"] == report["cycles"][1]["grants_paid"]


def test_report_refuses_an_unknown_cycle(demo_path: Path, capsys) -> None:
    assert main(["report", "--db", str(demo_path), "--cycle", "9", "--json"]) == 1
    assert "no cycle '9'" in capsys.readouterr().err


def _hostile_name(demo_db) -> None:
    from fieldapp.model import Person

    with demo_db.transaction() as session:
        person = session.scalars(select(Person).order_by(Person.full_name)).first()
        person.full_name = '=HYPERLINK("http://evil.example","Нажми")'


def test_xlsx_has_typed_cells_a_frozen_header_filters_and_no_formula(demo_path: Path, demo_db, capsys,
                                                                      tmp_path: Path) -> None:
    _hostile_name(demo_db)
    demo_db.close()
    target = tmp_path / "all.xlsx"
    _run(capsys, "export", "--db", str(demo_path), "--format", "xlsx", "-o", str(target), "--lang", "en")
    book = load_workbook(target)
    assert book.sheetnames == ["Figures", "People", "Trainings", "Attendance", "Applications", "Agreements",
                               "Payments", "Site visits"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        assert all(sheet.column_dimensions[c].width for c in "AB")
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    applications = book["Applications"]
    headers = [c.value for c in applications[1]]
    received, requested = headers.index("Received"), headers.index("Requested, ₸")
    assert isinstance(applications.cell(2, received + 1).value, dt.datetime)
    money = applications.cell(2, requested + 1)
    assert isinstance(money.value, int | float) and money.number_format == MONEY_FORMAT and "₸" in MONEY_FORMAT
    people = book["People"]
    assert [c.value for c in people[1]] == ["Full name", "Sex", "Year of birth", "Settlement", "Organisation"]
    names = [row[0].value for row in people.iter_rows(min_row=2)]
    assert '=HYPERLINK("http://evil.example","Нажми")' in names
    figures = {row[0].value: row[1].value for row in book["Figures"].iter_rows(min_row=2)}
    report = json.loads(_run(capsys, "report", "--db", str(demo_path), "--json"))
    assert figures["Applications received"] == report["applications"]
    assert Decimal(str(figures["Grants paid"])) == Decimal(report["grants_paid"])


def test_personal_data_leave_only_when_the_head_office_asks(demo_path: Path, demo_db, capsys, tmp_path: Path) -> None:
    from fieldapp.model import UserProfile
    from fieldapp.services import settings

    with demo_db.transaction() as session:
        officer = session.scalars(select(UserProfile).where(UserProfile.role == "field_officer")).one()
        settings.put(session, settings.CURRENT_USER, officer.id)
    demo_db.close()
    target = tmp_path / "p.xlsx"
    assert main(["export", "--db", str(demo_path), "--format", "xlsx", "-o", str(target), "--with-personal-data"]) == 1
    assert "head office" in capsys.readouterr().err and not target.exists()
    from fieldapp.db import open_database

    db = open_database(demo_path)
    with db.transaction() as session:
        head = session.scalars(select(UserProfile).where(UserProfile.role == "head_office")).one()
        settings.put(session, settings.CURRENT_USER, head.id)
    db.close()
    _run(capsys, "export", "--db", str(demo_path), "--format", "xlsx", "-o", str(target), "--with-personal-data",
         "--lang", "en")
    headers = [c.value for c in load_workbook(target)["People"][1]]
    assert {"IIN", "Phone", "Date of birth"} <= set(headers)


def test_csv_is_a_folder_of_utf8_bom_semicolon_files_filtered_by_cycle(demo_path: Path, demo_db, capsys,
                                                                      tmp_path: Path) -> None:
    _hostile_name(demo_db)
    demo_db.close()
    folder = tmp_path / "csv"
    _run(capsys, "export", "--db", str(demo_path), "--format", "csv", "-o", str(folder), "--cycle", "2")
    names = {p.stem for p in folder.iterdir()}
    assert {"people", "trainings", "attendance", "applications", "agreements", "payments", "visits"} <= names
    raw = (folder / "applications.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "Номер" and len(rows) - 1 == 53  # cycle 2's applications
    assert all(len(r) == len(rows[0]) for r in rows)
    assert any(cell.count(",") == 1 and cell.replace(",", "").isdigit() for cell in rows[1])  # 1017000,00
    people = (folder / "people.csv").read_text("utf-8-sig")
    assert "ИИН" not in people and "Телефон" not in people
    hostile = [line for line in people.splitlines() if "HYPERLINK" in line]
    assert all(line.startswith("\"'=HYPERLINK") or line.startswith("'=HYPERLINK") for line in hostile)


def test_export_filters_by_settlement_and_dates(demo_db, tmp_path: Path) -> None:
    from fieldapp.exports.tables import ExportFilter, tables
    from fieldapp.model import Locality

    with demo_db.reading() as session:
        kuryk = session.scalars(select(Locality).where(Locality.name_ru == "Курык")).one()
        where = ExportFilter(settlement_id=kuryk.id, since=dt.date(2019, 1, 1), until=dt.date(2019, 12, 31))
        found = {t.name: t for t in tables(session, where, "ru")}
    apps = found["applications"].rows
    assert apps and all(r[3] == "Курык" and dt.date(2019, 1, 1) <= r[6] <= dt.date(2019, 12, 31) for r in apps)
    assert all(r[0].year == 2019 for r in found["visits"].rows)


def test_donor_report_pdf_has_the_figures_projects_and_a_chart(demo_path: Path, capsys, tmp_path: Path) -> None:
    pdftotext = require_tool("pdftotext")
    report = json.loads(_run(capsys, "report", "--db", str(demo_path), "--cycle", "2", "--json"))
    for lang, words in (("ru", ["Отчёт для донора", "Профинансированные проекты", "Тренинги и участие"]),
                        ("kk", ["Донорға арналған есеп", "Қаржыландырылған жобалар", "Қатысушылар"]),
                        ("en", ["Report to the donor", "Funded projects", "Trainings and participation"])):
        target = tmp_path / f"donor-{lang}.pdf"
        _run(capsys, "report", "--db", str(demo_path), "--cycle", "2", "-o", str(target), "--lang", lang)
        text = subprocess.run([pdftotext, "-layout", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout
        for word in words:
            assert word in text, (lang, word)
        assert "ОП-2020-001" in text and "ОП-2020-017" in text
        paid = f"{Decimal(report['grants_paid']):,.2f}"  # 21,240,900.00 in English
        if lang != "en":  # 21 240 900,00 in Russian and Kazakh
            paid = paid.replace(",", " ").replace(".", ",")
        assert f"{paid} ₸" in text.replace("\u202f", " ").replace("\xa0", " "), (lang, paid)
    # the charts: their legends (only the charts carry these words)
    assert "Paid, million ₸" in text and "Applications" in text and "Participants" in text


def test_my_week_for_the_officer_and_the_reviewer(demo_db) -> None:
    from fieldapp.model import Agreement, ProjectReport, SiteVisit, Tranche, UserProfile

    today = dt.date.today()
    with demo_db.transaction() as session:
        officer = session.scalars(select(UserProfile).where(UserProfile.role == "field_officer")).one()
        visited = session.scalars(select(SiteVisit).where(SiteVisit.officer_id == officer.id)).first()
        agreement = session.get(Agreement, visited.agreement_id)
        agreement.status, agreement.ends_on = "signed", today - dt.timedelta(days=3)
        for report in session.scalars(select(ProjectReport).where(ProjectReport.agreement_id == agreement.id,
                                                                  ProjectReport.kind == "completion")):
            report.deleted_at = dt.datetime.now()  # the completion report is not in yet
        session.add(Tranche(agreement_id=agreement.id, number=7, amount=Decimal("100000.00"),
                            condition="После отчёта", due_on=today + dt.timedelta(days=2)))
        # visited 57 days ago: the plan's 60 days bring the next visit within the week
        session.add(SiteVisit(agreement_id=agreement.id, visited_on=today - dt.timedelta(days=57),
                              officer_id=officer.id, purpose="monitoring"))
        other = session.scalars(select(Agreement).where(Agreement.id != agreement.id)).first()
        other.status, other.ends_on = "signed", today - dt.timedelta(days=1)
    with demo_db.reading() as session:
        session.info["user_id"] = officer.id
        mine = my_week.my_week(session)
        kinds = [i.kind for i in mine if i.number in (agreement.number, agreement.draft_number)]
        assert {"report_overdue", "tranche_waiting", "visit_due"} <= set(kinds)
        assert "visit_overdue" not in kinds
        assert other.id in {i.record_id for i in mine}  # the officer visits every demo project
        assert ("visit_overdue", other.id) in {(i.kind, i.record_id) for i in mine}  # last visited in 2020
        trainer = session.scalars(select(UserProfile).where(UserProfile.role == "trainer")).one()
        session.info["user_id"] = trainer.id
        assert my_week.my_week(session) == []  # no project of the trainer's
        reviewer = session.scalars(select(UserProfile).where(UserProfile.name.like("Ольга%"))).one()
        session.info["user_id"] = reviewer.id
        reviews = [i for i in my_week.my_week(session) if i.kind == "review_open"]
        assert len(reviews) == 10
        for item in reviews:
            assert lists.count(session, item.list_name, scope=(f"record:{item.list_name}:{item.record_id}", None)) == 1
        head = session.scalars(select(UserProfile).where(UserProfile.role == "head_office")).one()
        session.info["user_id"] = head.id
        assert other.id in {i.record_id for i in my_week.my_week(session)}


def test_the_dashboards_answer_reads_the_visit_plan_once_for_the_figures_and_the_week(demo_db, monkeypatch) -> None:
    """``dashboard_view.view`` (the page's question, the start's first) reads every officer's visit plan once; its
    figures and week are those asked alone, for the head office, an officer and a trainer."""
    from fieldapp.model import Agreement, SiteVisit, UserProfile
    from fieldapp.services import choices, dashboard_view, visit_plan

    today = dt.date.today()
    with demo_db.transaction() as session:
        officer = session.scalars(select(UserProfile).where(UserProfile.role == "field_officer")).one()
        trainer = session.scalars(select(UserProfile).where(UserProfile.role == "trainer")).one()
        head = session.scalars(select(UserProfile).where(UserProfile.role == "head_office")).one()
        signed = session.scalars(select(Agreement).where(Agreement.status != "signed")).all()[:2]
        for agreement in signed:
            agreement.status = "signed"
        session.add(SiteVisit(agreement_id=signed[0].id, visited_on=today - dt.timedelta(days=57),
                              officer_id=trainer.id, purpose="monitoring"))  # the trainer's now; the other the officer's
    asked = []
    plan_of = visit_plan.due_visits
    monkeypatch.setattr(visit_plan, "due_visits", lambda *a, **k: asked.append(k) or plan_of(*a, **k))
    with demo_db.reading() as session:
        for user in (head, officer, trainer):
            session.info["user_id"] = user.id
            asked.clear()
            answer = dashboard_view.view(session)
            assert len(asked) == 1
            assert answer == {"cycle_id": None, "cycles": choices.cycles(session),
                              "figures": dashboard.figures(session), "week": my_week.my_week(session)}
        assert {i.record_id for i in answer["week"] if i.kind.startswith("visit_")} == {signed[0].id}
        session.info["user_id"] = officer.id
        assert signed[0].id not in {i.record_id for i in my_week.my_week(session) if i.kind.startswith("visit_")}


def test_drill_refuses_an_unknown_figure(demo_db) -> None:
    from fieldapp.validation import Invalid

    with demo_db.reading() as session, pytest.raises(Invalid):
        dashboard.drill(session, "nonsense")


def test_open_follow_ups_are_a_figure_and_lines_of_my_week(demo_db) -> None:
    from fieldapp.model import Agreement, FollowUpAction

    with demo_db.reading() as session:
        running = set(session.scalars(select(FollowUpAction.agreement_id).where(FollowUpAction.status == "open")))
        assert running == set(session.scalars(select(Agreement.id).where(Agreement.status == "signed")))
        f = dashboard.figures(session)
        assert f["followups_open"] == len(running) == 2
        # the demo's projects carry what they planned and their co-funding in kind (the budget lines' too)
        assert f["beneficiaries_planned"] >= f["beneficiaries"] > 0 and f["cofunding"]["community_inkind"] > 0
        name, ids = dashboard.drill(session, "followups_open")
        assert name == "agreements" and set(session.execute(ids).scalars()) == running
        assert lists.count(session, name, scope=("followups_open", None)) == 2
        visits = set(session.scalars(select(FollowUpAction.visit_id).where(FollowUpAction.status == "open")))
        week = [i for i in my_week.my_week(session) if i.kind == "followup_open"]
        assert {i.record_id for i in week} == visits and {i.list_name for i in week} == {"site_visits"}
        assert all(i.title == "Принести чеки на монтажные работы" for i in week)
    with demo_db.transaction() as session:
        for action in session.scalars(select(FollowUpAction).where(FollowUpAction.status == "open")):
            action.status = "done"
    with demo_db.reading() as session:
        assert dashboard.figures(session)["followups_open"] == 0
        assert not [i for i in my_week.my_week(session) if i.kind == "followup_open"]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_donor_report_groups_the_thousands_of_counts_as_of_money(demo_path: Path, capsys, tmp_path: Path,
                                                                    lang: str) -> None:
    """The donor reads «7 461 beneficiaries planned» beside «3 551 100,00 ₸», as the dashboard shows them; in
    English «7,461» beside «3,551,100.00 ₸» (formatting.format_count and format_money in the document's language)."""
    report = json.loads(_run(capsys, "report", "--db", str(demo_path), "--cycle", "2", "--json"))
    target = tmp_path / f"donor-{lang}.pdf"
    _run(capsys, "report", "--db", str(demo_path), "--cycle", "2", "-o", str(target), "--lang", lang)
    text = subprocess.run([require_tool("pdftotext"), "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = text.replace("\u202f", " ").replace("\xa0", " ").split()
    flat = " ".join(words)
    big = {key: report[key] for key in ("beneficiaries_planned", "beneficiaries")}
    assert all(n >= 1000 for n in big.values()), big
    separator = "," if lang == "en" else " "
    for key, n in big.items():
        assert f"{n // 1000}{separator}{n % 1000:03d}" in flat, (key, n)
        assert str(n) not in words, (key, n)
    cofunding = f"{Decimal(report['cofunding']['akimat_cash']):,.2f} ₸"
    if lang != "en":
        cofunding = cofunding.replace(",", " ").replace(".", ",")
    assert cofunding in flat, (lang, cofunding)
    if lang == "en":  # no Russian form left in the English document
        assert not re.search(r"\d \d{3},\d\d ₸", flat) and not re.search(r"\d,\d\d ₸", flat)
    if lang == "kk":  # the tables' column heads wrap between words: «Қамтылған пайда алушылар», «Қатысушылар»
        assert "Қамтылға" not in words and "Қатысушыл" not in words


@pytest.mark.parametrize(("lang", "advance"), [("ru", "Аванс — после подписания договора"),
                                               ("kk", "Аванс — шартқа қол қойылғаннан кейін"),
                                               ("en", "Advance, after the agreement is signed")])
def test_the_payments_sheet_words_the_condition_of_an_agreement_made_in_fieldapp(demo_db, lang: str,
                                                                                 advance: str) -> None:
    """QA 34: the sheet showed the tranche's note as its condition, and an agreement made in FieldApp has none —
    its conditions were blank; the note stays where there is one."""
    from fieldapp.exports.tables import ExportFilter, tables
    from fieldapp.model import Agreement, Tranche

    with demo_db.transaction() as session:
        draft = session.scalars(select(Agreement).where(Agreement.status == "draft")).one()
        for tranche in session.scalars(select(Tranche).where(Tranche.agreement_id == draft.id)):
            tranche.condition = None  # as services.agreements.make_agreement leaves it
        number = draft.draft_number
    with demo_db.reading() as session:
        rows = {t.name: t for t in tables(session, ExportFilter(), lang)}["payments"].rows
    made = [r for r in rows if r[0] == number]
    assert made and made[0][5] == advance and all(r[5] for r in made)
    if lang == "ru":
        assert any(r[5] == "Аванс после подписания договора" for r in rows)  # a demo agreement's own note

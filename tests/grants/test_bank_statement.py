"""Confirming payments from the bank's or 1C's statement (services/bank_statement.py, ``fieldapp payments import``):
rows matched to unpaid tranches by the agreement number in the purpose and the amount, every other row listed with
its reason, the payment rule applied to each, and all the matched payments recorded or none."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.db import Database
from fieldapp.model import Agreement, SiteVisit, Tranche, UserProfile
from fieldapp.problems import Invalid
from fieldapp.services import bank_statement, roles, tranches, visits

NBSP = "\u00a0"
# the demo's two projects under way: tranche 1 paid, tranche 2 held by the latest site visit
SIXTEEN, SEVENTEEN = "ОП-2020-016", "ОП-2020-017"


def tranche(db: Database, number: str, n: int) -> Tranche:
    with db.reading() as s:
        agreement_id = s.scalars(select(Agreement.id).where(Agreement.number == number)).one()
        return s.scalars(select(Tranche).where(Tranche.agreement_id == agreement_id, Tranche.number == n)).one()


def money(amount: Decimal) -> str:
    """As a bank prints it: «424 800,00» with no-break spaces."""
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", NBSP)
    return f"{groups},{cents}"


def release(db: Database, number: str, on: dt.date = dt.date(2020, 10, 1)) -> None:
    """A site visit, recorded as the officer records it, that releases the agreement's next tranche."""
    with db.transaction() as s:
        agreement_id = s.scalars(select(Agreement.id).where(Agreement.number == number)).one()
        officer = s.scalars(select(SiteVisit.officer_id).where(SiteVisit.agreement_id == agreement_id)).first()
        visits.save_visit(s, None, visits.VisitData(agreement_id=agreement_id, visited_on=on, officer_id=officer,
                                                    findings="Работы идут по плану", decision="release"),
                          today=dt.date(2026, 12, 4))


def write(path: Path, rows: list[list[str]], *, encoding: str = "utf-8-sig", sep: str = ";",
          title: bool = True) -> Path:
    import csv
    import io

    out = io.StringIO()
    if title:
        out.write("Выписка по счёту KZ86125KZT5004100100 за период 01.01.2020 - 31.12.2020\n\n")
    csv.writer(out, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


HEADER = ["Дата", "Номер документа", "Дебет", "Кредит", "Назначение платежа"]


def paid_state(db: Database) -> list[tuple]:
    with db.reading() as s:
        return [(t.id, t.paid_on, t.paid_amount, t.payment_reference) for t in
                s.scalars(select(Tranche).order_by(Tranche.id))]


def plan_of(db: Database, path: Path) -> bank_statement.Plan:
    statement = bank_statement.read_statement(path)
    with db.transaction() as s:
        return bank_statement.plan(s, statement)


def test_a_tranche_held_by_a_visit_is_refused_by_the_rule_never_paid(demo_db: Database, tmp_path: Path) -> None:
    second = tranche(demo_db, SIXTEEN, 2)
    path = write(tmp_path / "выписка.csv", [HEADER, ["05.10.2020", "512", money(second.amount), "",
                                                     f"Выплата 2-го транша по договору {SIXTEEN} от 17.03.2020"]],
                 sep=",")
    before = paid_state(demo_db)
    plan = plan_of(demo_db, path)
    assert plan.matched == ()
    (refused,) = plan.unmatched
    assert (refused.row.number, refused.agreement, refused.problem.code) == (4, SIXTEEN, "tranche.condition")
    with pytest.raises(Invalid) as nothing, demo_db.transaction() as s:
        bank_statement.apply(s, bank_statement.read_statement(path), plan)
    assert nothing.value.code == "statement.nothing"
    assert paid_state(demo_db) == before


def test_a_1c_statement_in_cp1251_pays_the_released_tranches(demo_db: Database, tmp_path: Path) -> None:
    release(demo_db, SIXTEEN)
    release(demo_db, SEVENTEEN)
    sixteen, seventeen = tranche(demo_db, SIXTEEN, 2), tranche(demo_db, SEVENTEEN, 2)
    path = write(tmp_path / "1c.csv", [
        ["№ п/п", "Дата", "Сумма", "Назначение платежа"],
        ["1", "05.10.2020", money(sixteen.amount), f"Оплата по договору №{SIXTEEN}. Без НДС"],
        ["2", "06.10.2020 0:00:00", money(seventeen.amount), "Грант, договор ОП 2020-017, транш 2"],
    ], encoding="cp1251")
    statement = bank_statement.read_statement(path)
    assert (statement.encoding, statement.delimiter, statement.header_row) == ("cp1251", ";", 3)
    before = paid_state(demo_db)
    plan = plan_of(demo_db, path)
    assert paid_state(demo_db) == before  # the plan wrote nothing
    assert plan.unmatched == ()
    assert [(m.agreement, m.tranche_number, m.amount, m.paid_on, m.reference) for m in plan.matched] == [
        (SIXTEEN, 2, sixteen.amount, dt.date(2020, 10, 5), "1"),
        (SEVENTEEN, 2, seventeen.amount, dt.date(2020, 10, 6), "2")]
    with demo_db.transaction() as s:
        done = bank_statement.apply(s, statement, plan)
    assert done.key() == plan.key()
    paid16, paid17 = tranche(demo_db, SIXTEEN, 2), tranche(demo_db, SEVENTEEN, 2)
    assert (paid16.paid_on, paid16.paid_amount, paid16.payment_reference) == (dt.date(2020, 10, 5),
                                                                               sixteen.amount, "1")
    assert (paid17.paid_on, paid17.payment_reference) == (dt.date(2020, 10, 6), "2")
    again = plan_of(demo_db, path)  # the same statement imported twice pays nothing twice
    assert again.matched == () and {u.problem.code for u in again.unmatched} == {"statement.paid"}


def test_every_row_that_is_not_paid_says_why(demo_db: Database, tmp_path: Path) -> None:
    release(demo_db, SIXTEEN)
    first = tranche(demo_db, SIXTEEN, 1)
    second, other = tranche(demo_db, SIXTEEN, 2), tranche(demo_db, SEVENTEEN, 2)
    completed = "ОП-2020-007"
    rows = [
        HEADER,
        ["05.10.2020", "601", money(second.amount), "", f"Грант по договору {SIXTEEN}"],  # line 4: paid
        ["05.10.2020", "601", money(second.amount), "", f"Грант по договору {SIXTEEN}"],  # the same row again
        ["05.10.2020", "602", "", "5 000,00", "Возврат неиспользованного остатка"],
        ["05.10.2020", "603", "990 000,00", "", "Грант по договору ОП-2020-099"],
        ["05.10.2020", "604", "1 500,00", "", "Комиссия банка за обслуживание"],
        ["05.10.2020", "605", money(first.amount), "", f"Грант по договору {SIXTEEN}, 1-й транш"],
        ["05.10.2020", "606", money(other.amount + Decimal("300.00")), "", f"Грант по договору {SEVENTEEN}"],
        ["05.10.2020", "607", money(other.amount - Decimal("0.50")), "", f"Грант по договору {SEVENTEEN}"],
        ["01.03.2020", "608", money(other.amount), "", f"Грант по договору {SEVENTEEN}"],
        ["05.10.2020", "609", "12 345,00", "", f"Грант по договору {completed}"],
        ["5 октября", "610", "1,00", "", f"Грант по договору {SEVENTEEN}"],
        ["05.10.2020", "611", "сто тенге", "", f"Грант по договору {SEVENTEEN}"],
        ["05.10.2020", "", money(other.amount), "", f"Грант по договору {SEVENTEEN}"],
    ]
    plan = plan_of(demo_db, write(tmp_path / "statement.csv", rows))
    assert [(m.row.number, m.agreement, m.tranche_number) for m in plan.matched] == [(4, SIXTEEN, 2)]
    reasons = {u.row.number: (u.problem.code, dict(u.problem.params)) for u in plan.unmatched}
    assert {n: code for n, (code, _params) in reasons.items()} == {
        5: "statement.duplicate", 6: "statement.incoming", 7: "statement.unknown_agreement",
        8: "statement.no_agreement", 9: "statement.paid", 10: "statement.amount_more", 11: "statement.amount_less",
        12: "payment.before_signing", 13: "statement.no_tranche", 14: "statement.date", 15: "statement.amount",
        16: "statement.no_reference"}
    assert reasons[5][1]["first"] == 4
    assert reasons[7][1]["agreement"] == "ОП-2020-099"
    assert (reasons[9][1]["number"], reasons[9][1]["reference"]) == (1, first.payment_reference)
    assert (reasons[10][1]["difference"], reasons[10][1]["expected"]) == (Decimal("300.00"), other.amount)
    assert reasons[11][1]["difference"] == Decimal("0.50")
    assert reasons[13][1]["agreement"] == completed


def test_applying_records_every_matched_row_or_none(demo_db: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    release(demo_db, SIXTEEN)
    release(demo_db, SEVENTEEN)
    sixteen, seventeen = tranche(demo_db, SIXTEEN, 2), tranche(demo_db, SEVENTEEN, 2)
    path = write(tmp_path / "statement.csv", [
        HEADER, ["05.10.2020", "701", money(sixteen.amount), "", f"по договору {SIXTEEN}"],
        ["06.10.2020", "702", money(seventeen.amount), "", f"по договору {SEVENTEEN}"]])
    statement = bank_statement.read_statement(path)
    plan = plan_of(demo_db, path)
    assert len(plan.matched) == 2
    before = paid_state(demo_db)
    real = tranches.record_payment
    calls: list[str] = []

    def failing_second(session, tranche_id, *args, **kwargs):
        calls.append(tranche_id)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(session, tranche_id, *args, **kwargs)

    monkeypatch.setattr(tranches, "record_payment", failing_second)
    with pytest.raises(OSError), demo_db.transaction() as s:
        bank_statement.apply(s, statement, plan)
    assert paid_state(demo_db) == before  # the first payment was recorded, then undone with the second
    monkeypatch.setattr(tranches, "record_payment", real)
    with demo_db.transaction() as s:  # another payment recorded after the plan was checked: nothing is applied
        tranches.record_payment(s, seventeen.id, dt.date(2020, 10, 6), seventeen.amount, "ПП 99")
    with pytest.raises(Invalid) as changed, demo_db.transaction() as s:
        bank_statement.apply(s, statement, plan)
    assert changed.value.code == "statement.changed"
    assert tranche(demo_db, SIXTEEN, 2).paid_on is None


def test_only_the_head_office_imports_payments(demo_db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "statement.csv", [HEADER, ["05.10.2020", "1", "1,00", "", f"{SIXTEEN}"]])
    with demo_db.reading() as s:
        officer = s.scalars(select(UserProfile.id).where(UserProfile.role == "field_officer")).first()
    demo_db.set_user(officer)
    with pytest.raises(Invalid) as refused:
        plan_of(demo_db, path)
    assert refused.value.code == "role.head_office"


def test_a_file_that_is_no_statement_is_refused(tmp_path: Path) -> None:
    no_amount = write(tmp_path / "list.csv", [["Дата", "Назначение платежа", "Кредит"],
                                             ["05.10.2020", "Поступление", "1,00"]])
    with pytest.raises(Invalid) as refused:
        bank_statement.read_statement(no_amount)
    assert refused.value.code == "statement.no_amount_column"
    picture = tmp_path / "scan.csv"
    picture.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(Invalid) as unreadable:
        bank_statement.read_statement(picture)
    assert unreadable.value.code.startswith("table.")


def fieldapp(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_cli_payments_import(demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    release(demo_db, SIXTEEN)
    sixteen, seventeen = tranche(demo_db, SIXTEEN, 2), tranche(demo_db, SEVENTEEN, 2)
    path = write(tmp_path / "statement.csv", [
        HEADER, ["05.10.2020", "801", money(sixteen.amount), "", f"Грант по договору {SIXTEEN}"],
        ["06.10.2020", "802", money(seventeen.amount), "", f"Грант по договору {SEVENTEEN}"]], encoding="cp1251")
    before = paid_state(demo_db)
    dry = fieldapp("payments", "import", "--db", demo_path, path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert f"line 4: matched {SIXTEEN} tranche 2" in dry.stdout
    assert any(line.startswith(f"line 5: not matched ({SEVENTEEN}):") and "[tranche.condition]" in line
               for line in lines)
    assert lines[-1].startswith("dry run, nothing written: 1 matched")
    assert paid_state(demo_db) == before
    done = fieldapp("payments", "import", "--db", demo_path, path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("written: 1 payment(s) recorded")
    paid = tranche(demo_db, SIXTEEN, 2)
    assert (paid.paid_on, paid.paid_amount, paid.payment_reference) == (dt.date(2020, 10, 5), sixteen.amount, "801")
    assert tranche(demo_db, SEVENTEEN, 2).paid_on is None
    again = fieldapp("payments", "import", "--db", demo_path, path)  # nothing left to match
    assert again.returncode != 0 and "nothing matched" in again.stderr
    assert "[statement.paid]" in again.stdout
    missing = fieldapp("payments", "import", "--db", demo_path, tmp_path / "none.csv")
    assert missing.returncode != 0 and "none.csv" in missing.stderr
    with demo_db.transaction() as s:  # a field officer's laptop: payments are the head office's
        officer = s.scalars(select(UserProfile.id).where(UserProfile.role == "field_officer")).first()
        roles.choose_profile(s, officer)
    refused = fieldapp("payments", "import", "--db", demo_path, path, "--dry-run")
    assert refused.returncode != 0 and "Only the head office" in refused.stderr

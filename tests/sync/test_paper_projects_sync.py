"""Projects registered from the paper register at the head office reach the hub and every laptop: the hub's rules
(head-office rows, the envelope re-check, the payment rule re-check) accept the approval from paper, the signed
agreement, the schedule and the payments made by the head office's override."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
from sqlalchemy import select

from fieldapp.imports import project_register
from fieldapp.model import Agreement, Application, SelectionDecision, Tranche
from fieldapp.model.history import SyncConflict
from fieldapp.services import reasons
from tests.sync.conftest import assert_converged, converge, seed


def test_an_imported_register_is_accepted_by_the_hub_and_reaches_other_laptops(laptops, hub, tmp_path) -> None:
    a, b = laptops("A"), laptops("B")
    seed(a.db)
    a.set_user("head_office")
    path = tmp_path / "projects.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Номер договора", "Грантополучатель", "БИН", "Населённый пункт", "Конкурс", "Сумма гранта",
                  "Дата подписания", "Выплачено 1", "Дата выплаты 1", "Выплачено 2", "Дата выплаты 2"])
    sheet.append(["ОП-2019-101", "Инициативная группа «Теңіз»", None, "Курык", "Вместе — мы сила!", 600000,
                  "01.06.2019", 300000, "10.06.2019", 240000, "01.09.2019"])
    # the second takes the call past its envelope of 1 000 000: recorded as the head office's override
    sheet.append(["ОП-2019-102", "ОФ «Жасыл ел»", "180240021173", "", "Вместе — мы сила!", 500000,
                  "02.06.2019", 500000, "12.06.2019", None, None])
    book.save(path)
    with a.db.transaction() as s:
        preview = project_register.preview(s, path)
    assert [r.action for r in preview.rows] == ["add", "add"], [r.problems for r in preview.rows]
    with a.db.transaction(reason=reasons.coded("import.projects", path.name)) as s:
        project_register.commit(s, preview)
    report = a.sync()
    assert (report.rejected, report.conflicts) == (0, 0)
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        assert s.scalars(select(SyncConflict)).all() == []
        signed = {x.number: x for x in s.scalars(select(Agreement))}
        assert {n: (x.status, x.amount) for n, x in signed.items()} == {
            "ОП-2019-101": ("signed", Decimal("600000.00")), "ОП-2019-102": ("signed", Decimal("500000.00"))}
        paid = s.scalars(select(Tranche.paid_amount).where(Tranche.agreement_id == signed["ОП-2019-101"].id,
                                                           Tranche.paid_on.is_not(None)).order_by(Tranche.number))
        assert list(paid) == [Decimal("300000.00"), Decimal("240000.00")]
        assert s.get(Application, signed["ОП-2019-102"].application_id).status == "approved"
        overrides = [d.envelope_override for d in s.scalars(select(SelectionDecision).order_by(SelectionDecision.at))]
        assert overrides == [False, True]
        first_paid = s.scalars(select(Tranche).where(Tranche.agreement_id == signed["ОП-2019-101"].id,
                                                     Tranche.number == 1)).one()
        assert first_paid.paid_on == dt.date(2019, 6, 10)

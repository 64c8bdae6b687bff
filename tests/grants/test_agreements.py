"""Grant agreements in the core: made from an approved application, filled in and validated, signed with the head
office's number; tranches paid only by the rules of services/tranches.py."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import select

from fieldapp.db import Database
from fieldapp.model import Agreement, Application, ProjectReport, SiteVisit, Tranche, UserProfile
from fieldapp.problems import FormInvalid, Invalid
from fieldapp.services import agreements, lists, review, tranches, workflow

IBAN = "KZ86125KZT5004100100"
TODAY = dt.date(2026, 12, 4)


def approved(db: Database) -> str:
    """A cycle-3 application of the demo approved now (it has no agreement yet)."""
    with db.transaction() as s:
        app_id = next(a for a in s.scalars(select(Application.id).where(Application.status == "under_review"))
                      if review.counted_reviews(s, a))
        workflow.recommend(s, app_id, True)
        workflow.approve(s, app_id)
    return app_id


def filled(form: agreements.AgreementForm, **changes: object) -> dict[str, object]:
    values = dict(form.values)
    values.update(representative_iin="770808400711", representative_document="удостоверение личности № 40055433, "
                  "выдано МВД РК 22.12.2019", grantee_address="Мангистауская область, Баутино", iban=IBAN,
                  bank="АО «Народный Банк Казахстана»", bic="HSBKKZKX", starts_on=dt.date(2026, 3, 1),
                  ends_on=dt.date(2026, 8, 31))
    values["tranches"] = [{"amount": t.amount, "condition_kind": t.condition_kind, "due_on": t.due_on,
                           "condition": t.condition} for t in form.tranches]
    values.update(changes)
    return values


def made(db: Database) -> str:
    app_id = approved(db)
    with db.transaction() as s:
        return agreements.make_agreement(s, app_id)


def test_an_approved_application_makes_its_agreement_once(demo_db: Database) -> None:
    app_id = approved(demo_db)
    with demo_db.transaction() as s:
        agreement_id = agreements.make_agreement(s, app_id)
        form = agreements.agreement_form(s, agreement_id)
        app = s.get(Application, app_id)
        assert form.amount == (app.approved_amount or app.requested_amount)
        assert form.number is None and form.draft_number.split("-")[1] == "D" and form.status == "draft"
        assert [t.condition_kind for t in form.tranches] == ["advance", "progress", "completion"]
        assert sum(t.amount for t in form.tranches) == form.amount
        assert form.values["representative_name"]  # the group's leader represents it
        assert form.values["akimat_cofunding"] == app.akimat_cofunding
        assert set(form.missing) >= {"iban", "bank", "bic", "representative_document"}
        assert (form.paid, form.balance) == (Decimal("0.00"), form.amount)
    with demo_db.transaction() as s, pytest.raises(Invalid) as again:
        agreements.make_agreement(s, app_id)
    assert again.value.code == "agreement.exists"
    with demo_db.transaction() as s, pytest.raises(Invalid) as draft:
        agreements.make_agreement(s, s.scalars(select(Application.id).where(Application.status == "draft")).first())
    assert draft.value.code == "agreement.not_approved"


def test_bank_details_and_identity_are_checked_field_by_field(demo_db: Database) -> None:
    agreement_id = made(demo_db)
    with demo_db.reading() as s:
        form = agreements.agreement_form(s, agreement_id)
    bad = filled(form, iban="KZ86125KZT5004100101", bic="HSBK", representative_iin="770808400712")
    bad["tranches"] = [{"amount": Decimal("1000.00"), "condition_kind": "advance", "due_on": None, "condition": ""}]
    with demo_db.transaction() as s, pytest.raises(FormInvalid) as refused:
        agreements.save_agreement(s, agreement_id, bad)
    codes = {name: e.code for name, e in refused.value.errors.items()}
    assert codes == {"iban": "iban.checksum", "bic": "bic.format", "representative_iin": "iin.checksum",
                     "tranches": "tranche.total"}
    with demo_db.reading() as s:
        assert s.get(Agreement, agreement_id).iban is None  # nothing written
    half = form.amount / 2
    good = filled(form, tranches=[{"amount": half, "condition_kind": "advance", "due_on": None, "condition": ""},
                                  {"amount": form.amount - half, "condition_kind": "completion",
                                   "due_on": dt.date(2026, 9, 1), "condition": "акт приёмки"}])
    with demo_db.transaction() as s:
        agreements.save_agreement(s, agreement_id, good)
    with demo_db.reading() as s:
        saved = agreements.agreement_form(s, agreement_id)
        assert saved.values["iban"] == IBAN and saved.missing == ()
        assert [(t.number, t.condition_kind, t.due_on) for t in saved.tranches] == [
            (1, "advance", None), (2, "completion", dt.date(2026, 9, 1))]
        assert len(s.scalars(select(Tranche).where(Tranche.agreement_id == agreement_id)).all()) == 2


def test_signing_gives_the_next_official_number_and_locks_it(demo_db: Database) -> None:
    agreement_id = made(demo_db)
    with demo_db.transaction() as s, pytest.raises(Invalid) as incomplete:
        agreements.sign(s, agreement_id, dt.date(2026, 3, 1), today=TODAY)
    assert incomplete.value.code == "agreement.incomplete" and "iban" in incomplete.value.params["fields"]
    with demo_db.transaction() as s:
        agreements.save_agreement(s, agreement_id, filled(agreements.agreement_form(s, agreement_id)))
        assert agreements.next_official_number(s, 2020) == "ОП-2020-018"  # the demo's cycle 2 has 17 numbered
        number = agreements.sign(s, agreement_id, dt.date(2026, 3, 1), today=TODAY)
    assert number == "ОП-2026-001"
    with demo_db.transaction() as s, pytest.raises(Invalid) as locked:
        agreements.save_agreement(s, agreement_id, filled(agreements.agreement_form(s, agreement_id)))
    assert locked.value.code == "agreement.signed"


def signed(demo_db: Database) -> tuple[str, list[str]]:
    agreement_id = made(demo_db)
    with demo_db.transaction() as s:
        agreements.save_agreement(s, agreement_id, filled(agreements.agreement_form(s, agreement_id)))
        agreements.sign(s, agreement_id, dt.date(2026, 3, 1), today=TODAY)
        return agreement_id, [t.id for t in agreements.tranche_rows(s, agreement_id)]


def pay(db: Database, tranche_id: str, on: dt.date, amount: str, override: str | None = None) -> None:
    with db.transaction() as s:
        tranches.record_payment(s, tranche_id, on, Decimal(amount), "ПП 17", override, today=TODAY)


def refusal(db: Database, tranche_id: str, on: dt.date, amount: str, override: str | None = None) -> Invalid:
    with pytest.raises(Invalid) as refused:
        pay(db, tranche_id, on, amount, override)
    return refused.value


def test_tranches_are_paid_in_order_when_their_condition_is_met(demo_db: Database) -> None:
    agreement_id, (advance, progress, final) = signed(demo_db)
    with demo_db.reading() as s:
        amounts_ = [t.amount for t in agreements.tranche_rows(s, agreement_id)]
    assert refusal(demo_db, progress, dt.date(2026, 3, 5), str(amounts_[1])).code == "tranche.order"
    pay(demo_db, advance, dt.date(2026, 3, 10), str(amounts_[0]))
    assert refusal(demo_db, advance, dt.date(2026, 3, 11), "1").code == "tranche.paid"
    no_visit = refusal(demo_db, progress, dt.date(2026, 4, 1), str(amounts_[1]))
    assert (no_visit.code, no_visit.params["condition"]) == ("tranche.condition", "progress")
    with demo_db.transaction() as s:  # a visit before the advance does not count; one after it releases
        s.add(SiteVisit(agreement_id=agreement_id, visited_on=dt.date(2026, 3, 9), purpose="monitoring",
                        next_tranche_ok=True))
        s.add(SiteVisit(agreement_id=agreement_id, visited_on=dt.date(2026, 4, 2), purpose="monitoring",
                        next_tranche_ok=False))
    assert refusal(demo_db, progress, dt.date(2026, 4, 3), str(amounts_[1])).code == "tranche.condition"
    with demo_db.transaction() as s:
        s.add(SiteVisit(agreement_id=agreement_id, visited_on=dt.date(2026, 5, 2), purpose="monitoring",
                        next_tranche_ok=True))
    beyond = refusal(demo_db, progress, dt.date(2026, 5, 3), str(amounts_[1] + amounts_[2] + Decimal("0.01")))
    assert beyond.code == "tranche.beyond" and beyond.params["balance"] == amounts_[1] + amounts_[2]
    pay(demo_db, progress, dt.date(2026, 5, 3), str(amounts_[1]))
    assert refusal(demo_db, final, dt.date(2026, 8, 1), str(amounts_[2])).code == "tranche.condition"
    with demo_db.transaction() as s:
        s.add(ProjectReport(agreement_id=agreement_id, kind="completion", submitted_on=dt.date(2026, 8, 20)))
    pay(demo_db, final, dt.date(2026, 8, 25), str(amounts_[2]))
    with demo_db.reading() as s:
        form = agreements.agreement_form(s, agreement_id)
        assert form.balance == 0 and form.paid == sum(amounts_)
        assert [t.payment_reference for t in form.tranches] == ["ПП 17"] * 3
        row = next(r for r in lists.fetch(s, "agreements") if r[0] == agreement_id)
        assert (row[6], row[7]) == (sum(amounts_), Decimal("0.00"))  # paid, balance columns


def test_a_progress_report_after_the_previous_tranche_releases_the_next(demo_db: Database) -> None:
    agreement_id, (advance, progress, _final) = signed(demo_db)
    with demo_db.reading() as s:
        first, second = (t.amount for t in agreements.tranche_rows(s, agreement_id)[:2])
    pay(demo_db, advance, dt.date(2026, 3, 10), str(first))
    with demo_db.transaction() as s:
        s.add(ProjectReport(agreement_id=agreement_id, kind="progress", submitted_on=dt.date(2026, 5, 1)))
    pay(demo_db, progress, dt.date(2026, 5, 2), str(second))


def test_the_head_office_overrides_an_unmet_condition_with_a_reason_never_the_amount(demo_db: Database) -> None:
    agreement_id, (advance, progress, _final) = signed(demo_db)
    with demo_db.reading() as s:
        rows = agreements.tranche_rows(s, agreement_id)
        first, second = rows[0].amount, rows[1].amount
    pay(demo_db, advance, dt.date(2026, 3, 10), str(first))
    assert refusal(demo_db, progress, dt.date(2026, 4, 1), str(second + first), "срочно").code == "tranche.beyond"
    pay(demo_db, progress, dt.date(2026, 4, 1), str(second), "визит перенесён из-за паводка; акимат подтвердил")
    with demo_db.reading() as s:
        assert s.get(Tranche, progress).override_reason.startswith("визит перенесён")
        officer = s.scalars(select(UserProfile.id).where(UserProfile.role == "field_officer")).first()
    demo_db.set_user(officer)
    assert refusal(demo_db, _final, dt.date(2026, 4, 2), "1").code == "role.head_office"


def test_nothing_is_paid_before_signing_nor_dated_in_the_future(demo_db: Database) -> None:
    agreement_id = made(demo_db)
    with demo_db.reading() as s:
        advance = agreements.tranche_rows(s, agreement_id)[0]
    assert refusal(demo_db, advance.id, dt.date(2026, 3, 10), str(advance.amount)).code == "tranche.unsigned"
    assert refusal(demo_db, advance.id, TODAY + dt.timedelta(days=1), "1").code == "payment.future"


def test_the_rule_on_plain_values() -> None:
    base = tranches.Release("ОП-2020-001", "signed", Decimal("1000.00"), Decimal("600.00"), 2, "progress", False,
                            None, False, Decimal("400.00"))
    with pytest.raises(Invalid, match="condition"):
        tranches.check_release(base)
    tranches.check_release(tranches.Release(**{**base.__dict__, "condition_met": True}))
    with pytest.raises(Invalid) as officer:
        tranches.check_release(tranches.Release(**{**base.__dict__, "override_reason": "так надо"}))
    assert officer.value.code == "tranche.override"
    tranches.check_release(tranches.Release(**{**base.__dict__, "override_reason": "так надо", "head_office": True}))


def test_bic() -> None:
    assert agreements.check_bic(" hsbkkzkx ") == "HSBKKZKX"
    assert agreements.check_bic("CASPKZKAXXX") == "CASPKZKAXXX"
    for wrong in ("HSBKRUKX", "HSBK", "1234KZKX"):
        with pytest.raises(Invalid):
            agreements.check_bic(wrong)


def test_the_demo_agreements(demo_db: Database) -> None:
    with demo_db.reading() as s:
        listed = agreements.listed(s)
        assert sum(len(agreements.tranche_rows(s, a.id)) for a in listed) == 56
    assert len(listed) == 28
    drafts = [a for a in listed if a.status == "draft"]
    assert len(drafts) == 1 and set(drafts[0].missing) == {"iban", "bank", "bic"}
    assert all(not a.missing and a.balance == 0 for a in listed if a.status == "completed")
    running = [a for a in listed if a.status == "signed"]  # the site-visit demo leaves two projects under way
    assert running and all(not a.missing and a.balance > 0 for a in running)


def test_cli_list_json(demo_path) -> None:
    out = subprocess.run([sys.executable, "-m", "fieldapp", "agreements", "list", "--db", str(demo_path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    assert len(rows) == 28
    assert set(rows[0]) == {"id", "number", "application_id", "grantee", "settlement", "amount", "status", "paid",
                            "balance", "missing", "amendments"}
    seven = next(r for r in rows if r["number"] == "ОП-2020-007")
    assert seven["missing"] == [] and seven["balance"] == "0.00" and seven["paid"] == seven["amount"]
    assert next(r for r in rows if r["status"] == "draft")["missing"] == ["iban", "bank", "bic"]


def test_a_progress_tranche_follows_the_latest_visit_over_a_report() -> None:
    paid = dt.date(2026, 3, 10)
    report = [("progress", dt.date(2026, 5, 1))]
    met = tranches.condition_met_by
    assert met("progress", "signed", paid, report, [])
    assert not met("progress", "signed", paid, [], [])
    assert not met("progress", "signed", paid, [("progress", dt.date(2026, 3, 1))], [])  # before the payment
    assert met("progress", "signed", paid, [], [(dt.date(2026, 4, 1), True)])
    # the officer who saw the site last held the payment: a report does not lift the hold, a later visit does
    held = [(dt.date(2026, 4, 1), True), (dt.date(2026, 6, 1), False)]
    assert not met("progress", "signed", paid, report, held)
    assert met("progress", "signed", paid, report, [*held, (dt.date(2026, 7, 1), True)])
    assert met("progress", "signed", paid, report, [(dt.date(2026, 6, 1), None)])  # a visit that decided nothing
    assert not met("progress", "draft", paid, report, [(dt.date(2026, 4, 1), True)])


def test_the_demo_projects_under_way_wait_on_the_visit_that_held_their_tranche(demo_db: Database) -> None:
    with demo_db.reading() as s:
        running = list(s.scalars(select(Agreement).where(Agreement.status == "signed")))
        assert running
        for agreement in running:
            second = s.scalars(select(Tranche).where(Tranche.agreement_id == agreement.id, Tranche.number == 2)).one()
            assert second.paid_on is None and not tranches.condition_met(s, second)
            assert False in [ok for _on, ok in tranches.final_visits(s, agreement.id)]


def test_a_tranche_is_never_paid_more_than_its_own_amount(demo_db: Database) -> None:
    """Paying the advance more than its amount would release part of the progress tranche without its condition:
    refused (at the amount field) naming what is unpaid of the tranche, even by the head office's override."""
    agreement_id, (advance, progress, _final) = signed(demo_db)
    with demo_db.reading() as s:
        first, second = (t.amount for t in agreements.tranche_rows(s, agreement_id)[:2])
    over = refusal(demo_db, advance, dt.date(2026, 3, 10), str(first + Decimal("0.01")), "так надо")
    assert (over.code, over.field, over.params["unpaid"]) == ("tranche.over", "amount", first)
    pay(demo_db, advance, dt.date(2026, 3, 10), str(first - Decimal("1000.00")))  # less is a matter for the office
    with demo_db.transaction() as s:
        s.add(ProjectReport(agreement_id=agreement_id, kind="progress", submitted_on=dt.date(2026, 5, 1)))
    assert refusal(demo_db, progress, dt.date(2026, 5, 2), str(second + Decimal("1000.00"))).code == "tranche.over"
    pay(demo_db, progress, dt.date(2026, 5, 2), str(second))
    base = tranches.Release("ОП-2020-001", "signed", Decimal("1000.00"), Decimal("0.00"), 1, "advance", False,
                            None, True, Decimal("600.00"), tranche_amount=Decimal("500.00"))
    with pytest.raises(Invalid) as plain:
        tranches.check_release(base)
    assert plain.value.code == "tranche.over" and plain.value.params["unpaid"] == Decimal("500.00")
    tranches.check_release(tranches.Release(**{**base.__dict__, "amount": Decimal("500.00")}))


def test_an_agreement_whose_project_has_ended_is_not_signed(demo_db: Database) -> None:
    """QA 38: the term comes from the application; a draft made late kept a term that had ended (01.06–30.09.2021)
    and was signed on 05.12.2026 without a word."""
    agreement_id = made(demo_db)
    with demo_db.transaction() as s:
        agreements.save_agreement(s, agreement_id, filled(agreements.agreement_form(s, agreement_id),
                                                          starts_on=dt.date(2025, 3, 1), ends_on=dt.date(2025, 8, 31)))
    with demo_db.transaction() as s, pytest.raises(Invalid) as ended:
        agreements.sign(s, agreement_id, dt.date(2026, 3, 1), today=TODAY)
    assert (ended.value.code, ended.value.field, ended.value.params["ends"]) == (
        "agreement.sign_after_end", "signed_on", dt.date(2025, 8, 31))
    with demo_db.reading() as s:
        assert s.get(Agreement, agreement_id).status == "draft"
    with demo_db.transaction() as s:  # the last day of the term still signs
        assert agreements.sign(s, agreement_id, dt.date(2025, 8, 31), today=TODAY).startswith("ОП-2025-")

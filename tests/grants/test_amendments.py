"""The scanned signed copy and amendments of a signed agreement (services/amendments.py): files checked before
anything is written, the lock, the reason, numbering, the paid-tranche floor, changes applied on signing, the
agreement still printing as signed; the amendment PDF read back in Russian and Kazakh, byte-identical; the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from fieldapp.db import Database
from fieldapp.documents import agreement as agreement_document
from fieldapp.documents import amendment as document
from fieldapp.model import Agreement, Amendment, Attachment, Tranche
from fieldapp.problems import FormInvalid, Invalid
from fieldapp.services import agreements, amendments, attachments, tranches
from tests.conftest import require_tool

TODAY = dt.date(2026, 12, 4)


def by_number(db: Database, number: str) -> str:
    with db.reading() as s:
        return s.scalars(select(Agreement.id).where(Agreement.number == number)).one()


def draft_id(db: Database) -> str:
    with db.reading() as s:
        return s.scalars(select(Agreement.id).where(Agreement.status == "draft")).one()


def scan(tmp_path: Path, name: str = "scan.png") -> Path:
    path = tmp_path / name
    Image.new("RGB", (40, 30), "white").save(path)
    return path


def store_of(db: Database) -> attachments.AttachmentStore:
    return attachments.AttachmentStore.beside(Path(db.path))


def copies(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Attachment).where(Attachment.kind == "signed_agreement"))


def fill_bank(db: Database, agreement_id: str) -> None:
    with db.transaction() as s:
        form = agreements.agreement_form(s, agreement_id)
        values = dict(form.values, iban="KZ86125KZT5004100100", bank="АО «Народный Банк Казахстана»", bic="HSBKKZKX")
        values["tranches"] = [{"amount": t.amount, "condition_kind": t.condition_kind, "due_on": t.due_on,
                               "condition": t.condition} for t in form.tranches]
        agreements.save_agreement(s, agreement_id, values)


# -- the scanned signed copy ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("content", "code"), [
    (b"PK\x03\x04 a word document", "signed_copy.type"),
    (b"%PDF-1.7\n1 0 obj << >> endobj\n", "signed_copy.damaged"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "signed_copy.damaged"),
    (b"\xff\xd8\xff\xe0 truncated jpeg", "signed_copy.damaged"),
])
def test_a_wrong_or_damaged_file_is_refused_and_nothing_is_written(demo_db: Database, tmp_path: Path,
                                                                   content: bytes, code: str) -> None:
    agreement_id = draft_id(demo_db)
    fill_bank(demo_db, agreement_id)
    bad = tmp_path / "copy.pdf"
    bad.write_bytes(content)
    store = store_of(demo_db)
    files_before = sorted(store.root.rglob("*"))
    with pytest.raises(Invalid) as refused, demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store, agreement_id, bad, dt.date(2026, 12, 1), TODAY)
    assert refused.value.code == code and refused.value.field == "file"
    with demo_db.reading() as s:
        assert s.get(Agreement, agreement_id).status == "draft"
    assert copies(demo_db) == 0 and sorted(store.root.rglob("*")) == files_before


def test_an_oversized_scan_is_refused(demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(amendments, "MAX_COPY_BYTES", 10)
    with pytest.raises(Invalid) as refused, demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store_of(demo_db), by_number(demo_db, "ОП-2020-016"), scan(tmp_path))
    assert refused.value.code == "signed_copy.too_large"
    assert copies(demo_db) == 0


def test_attaching_the_scan_signs_a_draft_and_locks_it(demo_db: Database, tmp_path: Path) -> None:
    agreement_id = draft_id(demo_db)
    fill_bank(demo_db, agreement_id)
    store = store_of(demo_db)
    with demo_db.transaction() as s:  # the demo's draft ended in 2020: signed in 2026 only with a later term
        s.get(Agreement, agreement_id).ends_on = dt.date(2027, 6, 30)
    with demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store, agreement_id, scan(tmp_path), dt.date(2026, 12, 1), TODAY)
    with demo_db.transaction() as s:
        agreement = s.get(Agreement, agreement_id)
        assert (agreement.status, agreement.signed_on) == ("signed", dt.date(2026, 12, 1))
        assert agreement.number and agreement.number.startswith("ОП-2026-")
        copy = amendments.signed_copy(s, store, "agreement", agreement_id)
        assert copy is not None and copy.available and copy.media_type == "image/png"
        assert store.path(copy.sha256).read_bytes() == (tmp_path / "scan.png").read_bytes()
        assert not agreements.agreement_form(s, agreement_id).editable
        form = agreements.agreement_form(s, agreement_id)
        with pytest.raises(Invalid) as locked:
            agreements.save_agreement(s, agreement_id, dict(form.values, tranches=[]))
        assert locked.value.code == "agreement.signed"


def test_a_draft_needs_its_date_and_the_data_the_signing_rule_asks_for(demo_db: Database, tmp_path: Path) -> None:
    agreement_id = draft_id(demo_db)  # no bank details yet: the signing rule refuses
    with pytest.raises(Invalid) as incomplete, demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store_of(demo_db), agreement_id, scan(tmp_path), dt.date(2026, 12, 1), TODAY)
    assert incomplete.value.code == "agreement.incomplete"
    with pytest.raises(Invalid) as no_date, demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store_of(demo_db), agreement_id, scan(tmp_path), None, TODAY)
    assert no_date.value.field == "signed_on"
    assert copies(demo_db) == 0


def test_an_agreement_signed_without_a_copy_takes_it_later(demo_db: Database, tmp_path: Path) -> None:
    agreement_id = by_number(demo_db, "ОП-2020-016")
    with demo_db.reading() as s:
        signed_on = s.get(Agreement, agreement_id).signed_on
    with pytest.raises(Invalid) as other, demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store_of(demo_db), agreement_id, scan(tmp_path), dt.date(2021, 1, 1))
    assert other.value.code == "signed_copy.other_date"
    with demo_db.transaction() as s:
        amendments.attach_signed_copy(s, store_of(demo_db), agreement_id, scan(tmp_path), signed_on)
        assert s.get(Agreement, agreement_id).signed_on == signed_on
    assert copies(demo_db) == 1


# -- amendments -----------------------------------------------------------------------------------------------
def test_an_amendment_needs_a_reason_and_a_signed_agreement(demo_db: Database) -> None:
    signed = by_number(demo_db, "ОП-2020-016")
    with pytest.raises(FormInvalid) as no_reason, demo_db.transaction() as s:
        amendments.propose(s, signed, "  ", {"ends_on": "31.12.2020"}, TODAY)
    assert set(no_reason.value.errors) == {"reason"}
    with pytest.raises(Invalid) as draft, demo_db.transaction() as s:
        amendments.propose(s, draft_id(demo_db), "Продление", {"ends_on": "31.12.2020"}, TODAY)
    assert draft.value.code == "amendment.not_signed"
    with pytest.raises(Invalid) as same, demo_db.transaction() as s:
        ends = s.get(Agreement, signed).ends_on
        amendments.propose(s, signed, "Продление", {"ends_on": ends}, TODAY)
    assert same.value.code == "amendment.no_change"
    with pytest.raises(FormInvalid) as bad, demo_db.transaction() as s:
        amendments.propose(s, signed, "Новый счёт", {"iban": "KZ00", "ends_on": "31.02.2020"}, TODAY)
    assert set(bad.value.errors) == {"iban", "ends_on"}
    with demo_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Amendment)) == 1  # the demo's own


def test_amendments_are_numbered_per_agreement_one_at_a_time(demo_db: Database) -> None:
    signed = by_number(demo_db, "ОП-2020-016")
    with demo_db.transaction() as s:
        first = amendments.propose(s, signed, "Продление срока", {"ends_on": "31.10.2020"}, TODAY)
    with pytest.raises(Invalid) as pending, demo_db.transaction() as s:
        amendments.propose(s, signed, "Новый представитель", {"representative_name": "Иванова Анна"}, TODAY)
    assert pending.value.code == "amendment.pending"
    with demo_db.transaction() as s:
        amendments.withdraw(s, first)
        second = amendments.propose(s, signed, "Продление срока", {"ends_on": "30.11.2020"}, TODAY)
        amendments.sign_amendment(s, second, dt.date(2020, 9, 1), today=TODAY)
        third = amendments.propose(s, signed, "Новый представитель", {"representative_name": "Иванова Анна"}, TODAY)
        numbers = [a.number for a in amendments.of_agreement(s, signed)]
        assert numbers == [2, 3]  # a withdrawn draft keeps its number
        assert amendments.info(s, third).changes[0].old != "Иванова Анна"
        other = by_number(demo_db, "ОП-2020-017")
        assert amendments.info(s, amendments.propose(s, other, "Продление", {"ends_on": "30.11.2020"}, TODAY)).number == 1
    with pytest.raises(Invalid) as append_only, demo_db.transaction() as s:
        amendments.withdraw(s, second)
    assert append_only.value.code == "amendment.signed"


def test_a_paid_tranche_is_never_reduced_below_what_was_paid(demo_db: Database) -> None:
    signed = by_number(demo_db, "ОП-2020-016")
    with demo_db.reading() as s:
        paid = s.scalars(select(Tranche).where(Tranche.agreement_id == signed, Tranche.number == 1)).one().paid_amount
        amount = s.get(Agreement, signed).amount
    with pytest.raises(Invalid) as below, demo_db.transaction() as s:
        amendments.propose(s, signed, "Перераспределение", {"tranches": [
            {"amount": paid - 1, "condition_kind": "advance"},
            {"amount": amount - paid + 1, "condition_kind": "progress"}]}, TODAY)
    assert below.value.code == "amendment.below_paid" and below.value.params["number"] == 1
    with pytest.raises(FormInvalid) as total, demo_db.transaction() as s:
        amendments.propose(s, signed, "Сокращение", {"amount": str(paid - 1000)}, TODAY)
    assert total.value.errors["amount"].code == "amendment.below_paid_total"
    with demo_db.reading() as s:
        assert amendments.of_agreement(s, signed) == []


def test_a_signed_amendment_applies_and_the_tranche_rules_read_it(demo_db: Database, tmp_path: Path) -> None:
    signed = by_number(demo_db, "ОП-2020-016")
    with demo_db.reading() as s:
        before = agreement_document.agreement_data(s, signed, "ru")
        amount = s.get(Agreement, signed).amount
        rows = agreements.tranche_rows(s, signed)
    new_amount = amount + Decimal("100000.00")
    with demo_db.transaction() as s:
        made = amendments.propose(s, signed, "Удорожание покрытия", {"amount": f"{new_amount}", "ends_on": "30.11.2020"},
                                  TODAY)
        assert s.get(Agreement, signed).amount == amount  # nothing applies before signing
        with pytest.raises(Invalid) as early:
            amendments.sign_amendment(s, made, dt.date(2019, 1, 1), today=TODAY)
        assert early.value.code == "amendment.before_agreement"
        amendments.sign_amendment(s, made, dt.date(2020, 9, 1), store=store_of(demo_db), copy=scan(tmp_path),
                                  today=TODAY)
    with demo_db.transaction() as s:
        agreement = s.get(Agreement, signed)
        assert (agreement.amount, agreement.ends_on) == (new_amount, dt.date(2020, 11, 30))
        after = agreements.tranche_rows(s, signed)
        assert after[0].amount == rows[0].amount and after[1].amount == rows[1].amount + Decimal("100000.00")
        assert amendments.signed_copy(s, store_of(demo_db), "amendment", made) is not None
        assert agreements.agreement_form(s, signed).balance == new_amount - rows[0].paid_amount
        # the second tranche may now be paid at its new amount, and no more (the head office overrides the hold)
        with pytest.raises(Invalid) as beyond:
            tranches.record_payment(s, after[1].id, dt.date(2020, 9, 20), after[1].amount + 1, "ПП 77", "акт")
        assert beyond.value.code == "tranche.beyond"
        tranches.record_payment(s, after[1].id, dt.date(2020, 9, 20), after[1].amount, "ПП 77", "акт приёмки")
    with demo_db.reading() as s:
        assert agreement_document.agreement_data(s, signed, "ru") == before  # the agreement prints as signed


def test_the_demo_has_a_signed_amendment_of_a_cycle_one_agreement(demo_db: Database) -> None:
    with demo_db.reading() as s:
        row = s.scalars(select(Amendment)).one()
        agreement = s.get(Agreement, row.agreement_id)
        assert agreement.number.startswith("ОП-2019-") and row.status == "signed"
        assert agreement.ends_on.isoformat() == row.changes[0]["new"]


# -- the amendment PDF ----------------------------------------------------------------------------------------
def text_of(pdf: Path) -> str:
    out = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


@pytest.fixture
def amended(demo_db: Database) -> str:
    signed = by_number(demo_db, "ОП-2020-016")
    with demo_db.transaction() as s:
        made = amendments.propose(s, signed, "Поставщик задержал поставку покрытия",
                                  {"ends_on": "30.11.2020", "iban": "KZ86125KZT5004100100"}, TODAY)
        amendments.sign_amendment(s, made, dt.date(2020, 9, 1), today=TODAY)
    return made


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", ["ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1", "от имени которой действует её представитель", "к Договору о предоставлении гранта № ОП-2020-016 от 17.03.2020",
            "Дата окончания проекта (п. 3.1) 13.09.2020 30.11.2020", "ИИК (IBAN) Грантополучателя (раздел 13)",
            "KZ86125KZT5004100100", "2. Основание", "Поставщик задержал поставку покрытия", "Прежняя редакция",
            "Новая редакция", "Подписи Сторон", "Грантодатель", "Грантополучатель", "М.П. (при наличии)", "01.09.2020"]),
    ("kk", ["№ 1 ҚОСЫМША КЕЛІСІМ", "17.03.2020 грант беру туралы № ОП-2020-016 шартқа",
            "Жобаның аяқталу күні (3.1-тармақ) 13.09.2020 30.11.2020", "Грант алушының ЖСК (IBAN) (13-бөлім)",
            "2. Негіздеме", "Бұрынғы редакциясы", "Жаңа редакциясы", "Тараптардың қолдары", "Грант беруші",
            "Грант алушы", "М.О. (бар болса)", "Шарттың ажырамас бөлігі", "Ақтау қ."]),
])
def test_the_amendment_reads_back(demo_db: Database, amended: str, tmp_path: Path, lang: str,
                                  expected: list[str]) -> None:
    with demo_db.reading() as s:
        path = document.write_amendment(s, amended, tmp_path / f"a.{lang}.pdf", lang)
    text = text_of(path)
    for words in expected:
        assert words in text, words
    assert ("г. Актау" in text) == (lang == "ru")  # the default place of signing in the document's language
    fonts = subprocess.run([require_tool("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


def test_the_same_amendment_gives_the_same_bytes(demo_db: Database, amended: str, tmp_path: Path) -> None:
    digests = set()
    for index in range(2):
        with demo_db.reading() as s:
            for lang in ("ru+kk",):
                path = document.write_amendment(s, amended, tmp_path / f"{index}.pdf", lang)
                digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == 1
    text = text_of(tmp_path / "0.pdf")
    assert "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1" in text and "№ 1 ҚОСЫМША КЕЛІСІМ" in text


def test_an_amendment_to_be_signed_leaves_its_date_blank(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        made = amendments.propose(s, by_number(demo_db, "ОП-2020-017"), "Новый банк", {"bank": "АО «Kaspi Bank»"},
                                  TODAY)
    with demo_db.reading() as s:
        text = text_of(document.write_amendment(s, made, tmp_path / "d.pdf", "ru"))
    assert "«___» ____________ 2026 г." in text and "АО «Kaspi Bank»" in text


# -- the command line -----------------------------------------------------------------------------------------
def fieldapp(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_amend_sign_and_print_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    refused = fieldapp("agreements", "amend", "--db", demo_path, "--agreement", "ОП-2020-016", "--reason", "",
                       "--set", "ends_on=30.11.2020")
    assert refused.returncode == 1 and "reason" in refused.stderr
    made = fieldapp("agreements", "amend", "--db", demo_path, "--agreement", "ОП-2020-016", "--reason",
                    "Продление срока", "--set", "ends_on=30.11.2020", "--set", "representative_name=Иванова Анна")
    assert made.returncode == 0, made.stderr
    listed = json.loads(fieldapp("agreements", "amendments", "--db", demo_path, "--agreement", "ОП-2020-016",
                                 "--json").stdout)
    assert [(a["number"], a["status"], [c["field"] for c in a["changes"]]) for a in listed] == [
        (1, "draft", ["ends_on", "representative_name"])]
    out = tmp_path / "amendment.pdf"
    printed = fieldapp("print", "amendment", "--db", demo_path, "--amendment", listed[0]["id"], "-o", out,
                       "--lang", "kk")
    assert printed.returncode == 0, printed.stderr
    assert "Иванова Анна" in text_of(out)
    assert printed.stdout.strip().endswith("(kk), version 1")
    verified = fieldapp("agreements", "verify", "--db", demo_path, out)
    assert verified.returncode == 0 and "amendment № 1 to agreement ОП-2020-016, version 1 (kk)" in verified.stdout
    again = fieldapp("print", "amendment", "--db", demo_path, "--amendment", listed[0]["id"], "-o",
                     tmp_path / "again.pdf", "--lang", "kk")
    assert again.stdout.strip().endswith("version 1, as printed before")
    changed = bytearray(out.read_bytes())
    changed[len(changed) // 2] ^= 1
    (tmp_path / "changed.pdf").write_bytes(bytes(changed))
    assert fieldapp("agreements", "verify", "--db", demo_path, tmp_path / "changed.pdf").returncode == 1
    copy = scan(tmp_path)
    signed = fieldapp("agreements", "sign-amendment", "--db", demo_path, "--amendment", listed[0]["id"],
                      "--signed-on", "01.09.2020", "--copy", copy)
    assert signed.returncode == 0, signed.stderr
    rows = json.loads(fieldapp("agreements", "list", "--db", demo_path, "--json").stdout)
    row = next(r for r in rows if r["number"] == "ОП-2020-016")
    assert row["amendments"] == 1 and set(row) >= {"id", "number", "amount", "paid", "balance", "missing"}
    bad = tmp_path / "scan.docx"
    bad.write_bytes(b"PK\x03\x04")
    attach = fieldapp("agreements", "attach-signed", "--db", demo_path, "--agreement", "ОП-2020-017", "--file", bad)
    assert attach.returncode == 1 and "not a PDF, JPEG or PNG" in attach.stderr
    attach = fieldapp("agreements", "attach-signed", "--db", demo_path, "--agreement", "ОП-2020-017", "--file", copy)
    assert attach.returncode == 0 and "locked" in attach.stdout


@pytest.mark.parametrize("lang", ["ru+kk", "kk"])
def test_the_largest_amount_and_a_long_reason_stay_inside_their_cells(demo_db: Database, tmp_path: Path,
                                                                      lang: str) -> None:
    from pdf_layout import problems
    from reportlab.lib.units import mm

    signed = by_number(demo_db, "ОП-2020-016")
    reason = "Письмо акимата Мангистауской области о дополнительном софинансировании благоустройства " * 6
    with demo_db.transaction() as s:
        from fieldapp.model import Application, GrantCall

        call = s.get(GrantCall, s.get(Application, s.get(Agreement, signed).application_id).call_id)
        # a call whose limits let the largest amount a cell must hold through
        call.max_grant, call.envelope = Decimal("999999999.99"), Decimal("99999999999.99")
        made = amendments.propose(s, signed, reason, {
            "amount": "999999999.99", "representative_document": "удостоверение личности № 012345678, выдано "
            "Министерством внутренних дел Республики Казахстан 01.02.2015, действительно до 01.02.2025"}, TODAY)
    with demo_db.reading() as s:
        path = document.write_amendment(s, made, tmp_path / "big.pdf", lang)
    assert problems(path, 25 * mm, 15 * mm) == []
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in subprocess.run(
        [require_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()]
    with demo_db.reading() as s:
        schedule = next(c.new for c in amendments.info(s, made).changes if c.field == "tranches")
        second = schedule[-1]["amount"]  # the last unpaid tranche took the rest
    for amount in ("999 999 999,99 ₸", f"{Decimal(second):,.2f} ₸".replace(",", " ").replace(".", ",")):
        assert any(amount in line for line in lines), amount  # an amount never breaks across lines
    qpdf = subprocess.run([require_tool("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout


def test_a_larger_grant_keeps_to_the_calls_maximum_and_envelope(demo_db: Database) -> None:
    """An amendment raising the grant is refused above the call's maximum grant and past its envelope (the
    approval's rule: envelope.check_approval), under the amount, and nothing is recorded."""
    from fieldapp.model import Application, GrantCall

    signed = by_number(demo_db, "ОП-2020-016")
    with demo_db.transaction() as s:
        agreement = s.get(Agreement, signed)
        call = s.get(GrantCall, s.get(Application, agreement.application_id).call_id)
        call.max_grant, call.envelope = agreement.amount + Decimal("50000"), Decimal("99999999999.99")
        amount = agreement.amount
    with demo_db.transaction() as s, pytest.raises(FormInvalid) as too_much:
        amendments.propose(s, signed, "Удорожание", {"amount": str(amount + Decimal("60000"))}, TODAY)
    assert too_much.value.errors["amount"].code == "workflow.over_max_grant"
    with demo_db.transaction() as s:
        committed = amendments.envelope.committed(
            s, s.get(Application, s.get(Agreement, signed).application_id).call_id,
            excluding=s.get(Agreement, signed).application_id)
        call = s.get(GrantCall, s.get(Application, s.get(Agreement, signed).application_id).call_id)
        call.envelope = committed + amount + Decimal("20000")  # room for 20 000 more, no more
    with demo_db.transaction() as s, pytest.raises(FormInvalid) as over:
        amendments.propose(s, signed, "Удорожание", {"amount": str(amount + Decimal("30000"))}, TODAY)
    assert over.value.errors["amount"].code == "workflow.envelope"
    with demo_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Amendment).where(Amendment.agreement_id == signed)) == 0
    with demo_db.transaction() as s:
        made = amendments.propose(s, signed, "Удорожание", {"amount": str(amount + Decimal("20000"))}, TODAY)
        assert amendments.info(s, made).number == 1


def test_an_amendment_never_raises_a_tranche_paid_since_it_was_written(demo_db: Database) -> None:
    """QA 44: written while tranche 2 of ОП-2020-016 was unpaid (1 416 000 → 1 500 000, the 84 000 more on it),
    signed after tranche 2 was paid: tranche 2 became 508 800 with 424 800 paid, paid once — 84 000 of the grant
    that no payment could reach. Refused, nothing applied; put on a new tranche it signs."""
    signed = by_number(demo_db, "ОП-2020-016")
    with demo_db.transaction() as s:
        made = amendments.propose(s, signed, "Дополнительные работы", {"amount": "1500000"}, TODAY)
        second = s.scalars(select(Tranche).where(Tranche.agreement_id == signed, Tranche.number == 2)).one()
        second.paid_on, second.paid_amount, second.payment_reference = dt.date(2020, 7, 1), second.amount, "ПП 9"
        before = second.amount
    with pytest.raises(Invalid) as raised, demo_db.transaction() as s:
        amendments.sign_amendment(s, made, dt.date(2020, 8, 1), today=TODAY)
    assert raised.value.code == "amendment.paid_raised" and raised.value.params["more"] == Decimal("84000.00")
    with demo_db.reading() as s:
        assert s.get(Agreement, signed).amount == Decimal("1416000.00")
        assert s.get(Tranche, second.id).amount == before
    with demo_db.transaction() as s:
        amendments.withdraw(s, made)
        tranches = [{"amount": str(t.amount), "condition_kind": t.condition_kind}
                    for t in agreements.tranche_rows(s, signed)] + [{"amount": "84000", "condition_kind": "completion"}]
        again = amendments.propose(s, signed, "Дополнительные работы", {"amount": "1500000", "tranches": tranches},
                                   TODAY)
        amendments.sign_amendment(s, again, dt.date(2020, 8, 1), today=TODAY)
        assert [t.amount for t in agreements.tranche_rows(s, signed)][-1] == Decimal("84000.00")

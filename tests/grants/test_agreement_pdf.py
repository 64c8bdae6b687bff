"""The grant agreement read back with pdftotext in Russian, Kazakh, English and ru | kk side by side: its sections,
parties with bank details, the amount in words, the tranches, signatures, annexes, "N из M" with the number; the
same data give the same bytes; missing data stop it with the list; a template copy beside the database wins."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.catalogues import DocumentError
from fieldapp.db import Database
from fieldapp.documents import agreement as document
from fieldapp.documents.amounts import with_words
from fieldapp.model import Agreement
from fieldapp.paths import resource
from tests.conftest import require_tool


def text_of(pdf: Path, layout: bool = False) -> str:
    args = [require_tool("pdftotext")] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def seven(db: Database) -> str:
    with db.reading() as s:
        return s.scalars(select(Agreement.id).where(Agreement.number == "ОП-2020-007")).one()


def write(db: Database, agreement_id: str, path: Path, lang: str) -> Path:
    with db.reading() as s:
        return document.write_agreement(s, agreement_id, path, lang)


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", ["ДОГОВОР о предоставлении гранта № ОП-2020-007", "1. Предмет Договора", "2. Сумма гранта и порядок выплаты",
            "4.2. Перераспределение средств между статьями бюджета", "5. Софинансирование", "6. Отчётность",
            "7. Мониторинг", "9. Возврат средств", "10. Расторжение Договора", "12. Разрешение споров",
            "13. Реквизиты и подписи Сторон", "ИИК (IBAN) KZ", "БИК", "М.П. (при наличии)", "(подпись)",
            "Аванс — после подписания Договора", "Приложение 1 к Договору № ОП-2020-007. Бюджет проекта",
            "Приложение 2 к Договору № ОП-2020-007. План работ", "Договор № ОП-2020-007 · стр. 1 из 3",
            "г. Актау", "тенге 00 тиын"]),
    ("kk", ["Грант беру туралы № ОП-2020-007 ШАРТ", "1. Шарттың мәні", "2. Грант сомасы және төлеу тәртібі",
            "5. Бірлесіп қаржыландыру", "6. Есептілік", "9. Қаражатты қайтару", "12. Дауларды шешу",
            "13. Тараптардың деректемелері мен қолдары", "ЖСК (IBAN) KZ", "БСК", "Грант алушы", "Өкілі",
            "Аванс — Шартқа қол қойылғаннан кейін", "№ ОП-2020-007 Шартқа 1-қосымша. Жобаның бюджеті",
            "№ ОП-2020-007 шарт · 3 беттің 1-беті", "теңге 00 тиын", "М.О. (бар болса)"]),
    ("en", ["GRANT AGREEMENT No. ОП-2020-007", "1. Subject", "13. Details and signatures of the Parties",
            "Agreement No. ОП-2020-007 · page 1 of 3", "tenge 00 tiyn", "Annex 1 to Agreement No. ОП-2020-007"]),
])
def test_the_agreement_reads_back(demo_db: Database, tmp_path: Path, lang: str, expected: list[str]) -> None:
    agreement_id = seven(demo_db)
    pdf = write(demo_db, agreement_id, tmp_path / f"{lang}.pdf", lang)
    text = flat(text_of(pdf))
    missing = [e for e in expected if e not in text]
    assert not missing, missing
    with demo_db.reading() as s:
        row = s.get(Agreement, agreement_id)
        words = with_words(row.amount, lang).replace("\u00a0", " ")
        assert words in text  # "1 394 000 (один миллион триста девяносто четыре тысячи) тенге 00 тиын"
        assert row.iban in text and row.representative_iin in text and row.representative_name in text
    fonts = subprocess.run([require_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded


def test_bilingual_russian_and_kazakh_side_by_side(demo_db: Database, tmp_path: Path) -> None:
    pdf = write(demo_db, seven(demo_db), tmp_path / "ru_kk.pdf", "ru+kk")
    layout = text_of(pdf, layout=True)
    line = next(x for x in layout.splitlines() if "Предмет Договора" in x)
    assert "Шарттың мәні" in line  # the same clause on the same line, Russian left, Kazakh right
    assert line.index("Предмет") < line.index("Шарттың")
    text = flat(text_of(pdf))
    for both in ("Договор № ОП-2020-007 · стр. 1 из", "№ ОП-2020-007 шарт ·", "Грантодатель / Грант беруші",
                 "бір миллион", "один миллион", "Грант алушының"):
        assert both in text, both
    assert set("әғқңөұүі") <= set(text.lower())


def test_the_same_data_give_the_same_bytes(demo_db: Database, tmp_path: Path) -> None:
    agreement_id = seven(demo_db)
    first = write(demo_db, agreement_id, tmp_path / "a.pdf", "ru+kk").read_bytes()
    second = write(demo_db, agreement_id, tmp_path / "b.pdf", "ru+kk").read_bytes()
    assert hashlib.sha256(first).digest() == hashlib.sha256(second).digest()
    with demo_db.transaction() as s:
        s.get(Agreement, agreement_id).place = "с. Баутино"
    assert write(demo_db, agreement_id, tmp_path / "c.pdf", "ru+kk").read_bytes() != first


def test_a_missing_iban_stops_it_with_the_list_and_no_file(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as s:
        draft = s.scalars(select(Agreement).where(Agreement.status == "draft")).one()
        assert document.missing_fields(s, draft.id, "ru") == ["iban", "bank", "bic"]
    with pytest.raises(DocumentError, match=r"ИИК \(IBAN\) Грантополучателя; банк Грантополучателя"):
        write(demo_db, draft.id, tmp_path / "draft.pdf", "ru")
    with pytest.raises(DocumentError, match="IBAN of the grantee"):
        write(demo_db, draft.id, tmp_path / "draft.pdf", "en")
    assert not (tmp_path / "draft.pdf").exists()
    out = subprocess.run([sys.executable, "-m", "fieldapp", "print", "agreement", "--db", str(demo_db.path),
                          "--agreement", draft.draft_number, "-o", str(tmp_path / "cli.pdf"), "--lang", "kk"],
                         capture_output=True, text=True)
    assert out.returncode == 1 and "Грант алушының ЖСК (IBAN)" in out.stderr
    assert not (tmp_path / "cli.pdf").exists()


def test_a_template_beside_the_database_overrides_and_an_unknown_placeholder_is_named(demo_db: Database,
                                                                                     tmp_path: Path) -> None:
    agreement_id = seven(demo_db)
    texts = json.loads(resource("templates", "agreement.ru.json").read_text(encoding="utf-8"))
    texts["sections"][0]["clauses"].append("1.3. Объект строится в {settlement}; ответственный — {foreman}.")
    folder = demo_db.path.parent / "templates"
    folder.mkdir()
    (folder / "agreement.ru.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DocumentError, match="foreman"):
        write(demo_db, agreement_id, tmp_path / "x.pdf", "ru")
    texts["sections"][0]["clauses"][-1] = "1.3. Объект строится в н. п. {settlement} силами жителей."
    (folder / "agreement.ru.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    text = flat(text_of(write(demo_db, agreement_id, tmp_path / "y.pdf", "ru")))
    assert "1.3. Объект строится в н. п." in text and "силами жителей." in text
    shutil.rmtree(folder)


def test_the_cli_prints_every_language(demo_db: Database, tmp_path: Path) -> None:
    for lang in ("ru", "kk", "en", "ru+kk"):
        out = tmp_path / f"{lang}.pdf"
        done = subprocess.run([sys.executable, "-m", "fieldapp", "print", "agreement", "--db", str(demo_db.path),
                               "--agreement", "ОП-2020-007", "-o", str(out), "--lang", lang],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("amount", "ru", "kk"), [
    ("1", "1 (один) тенге 00 тиын", "1 (бір) теңге 00 тиын"),
    ("2", "2 (два) тенге 00 тиын", "2 (екі) теңге 00 тиын"),
    ("21", "21 (двадцать один) тенге 00 тиын", "21 (жиырма бір) теңге 00 тиын"),
    ("1000", "1 000 (одна тысяча) тенге 00 тиын", "1 000 (бір мың) теңге 00 тиын"),
    ("1001000", "1 001 000 (один миллион одна тысяча) тенге 00 тиын", "1 001 000 (бір миллион бір мың) теңге 00 тиын"),
    ("2000000.05", "2 000 000 (два миллиона) тенге 05 тиын", "2 000 000 (екі миллион) теңге 05 тиын"),
])
def test_amounts_in_words(amount: str, ru: str, kk: str) -> None:
    assert with_words(Decimal(amount), "ru").replace("\u00a0", " ") == ru
    assert with_words(Decimal(amount), "kk").replace("\u00a0", " ") == kk


def test_each_print_is_a_version_the_pdf_names_and_verify_finds(demo_db: Database, tmp_path: Path) -> None:
    """Printing again without a change finds the version kept; a change makes a new version saying what
    changed; the QR code of each page carries the number and the data's fingerprint; a changed byte is no
    version at all."""
    from fieldapp.services import agreement_versions

    def cli(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldapp", *words], capture_output=True, text=True)

    first, again, changed = tmp_path / "1.pdf", tmp_path / "again.pdf", tmp_path / "2.pdf"
    printing = ["print", "agreement", "--db", str(demo_db.path), "--agreement", "ОП-2020-007", "--lang", "ru"]
    done = cli(*printing, "-o", str(first))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("agreement ОП-2020-007 (ru), version 1")
    done = cli(*printing, "-o", str(again))
    assert "version 1, as printed before" in done.stdout and again.read_bytes() == first.read_bytes()
    with demo_db.transaction() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.number == "ОП-2020-007")).one()
        agreement.place = "с. Баутино"
        agreement_id = agreement.id
    done = cli(*printing, "-o", str(changed))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("version 2, changed: parts")  # the text names the place
    with demo_db.reading() as s:
        kept = agreement_versions.versions(s, agreement_id)
        data = document.agreement_data(s, agreement_id, "ru")
    assert [(v.version, v.changed) for v in kept] == [(2, ["parts"]), (1, None)]
    assert kept[0].pdf_sha256 == hashlib.sha256(changed.read_bytes()).hexdigest()
    assert agreement_versions.qr_text("ОП-2020-007", data) == f"FieldApp agreement ОП-2020-007 {kept[0].data_sha256[:16]}"
    subprocess.run([require_tool("pdftoppm"), "-r", "72", "-png", "-f", "1", "-l", "1", str(changed),
                    str(tmp_path / "page")], check=True)
    from PIL import Image

    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    corner = page.crop((71, page.height - 41, 105, page.height - 7))  # 25 mm from the left, the bottom margin
    dark = sum(corner.histogram()[:128]) / (corner.width * corner.height)
    assert 0.3 < dark < 0.7, dark  # the QR code's cells, about half of them black

    verified = cli("agreements", "verify", "--db", str(demo_db.path), str(first))
    assert verified.returncode == 0 and "agreement ОП-2020-007, version 1 (ru)" in verified.stdout
    tampered = tmp_path / "tampered.pdf"
    content = bytearray(first.read_bytes())
    content[len(content) // 2] ^= 1
    tampered.write_bytes(bytes(content))
    refused = cli("agreements", "verify", "--db", str(demo_db.path), str(tampered))
    assert refused.returncode != 0 and "no version of any agreement" in refused.stderr


@pytest.mark.parametrize(("hours", "ru", "kk"), [
    (0, "на сумму 111 520,00 ₸.", "заттай үлесін қамтамасыз етеді."),
    (1, "и не менее 1 часа волонтёрского труда.", "және кемінде 1 сағат волонтерлік еңбекті қамтамасыз етеді."),
    (21, "и не менее 21 часа волонтёрского труда.", "кемінде 21 сағат волонтерлік еңбекті"),
    (240, "и не менее 240 часов волонтёрского труда.", "кемінде 240 сағат волонтерлік еңбекті"),
])
def test_volunteer_hours_are_promised_in_words_that_agree_with_the_count(demo_db: Database, tmp_path: Path,
                                                                          hours: int, ru: str, kk: str) -> None:
    """No agreement promises "не менее 0 часов": with no hours the words go; the count takes its form."""
    agreement_id = seven(demo_db)
    with demo_db.transaction() as s:
        s.get(Agreement, agreement_id).volunteer_hours = hours
    russian = flat(text_of(write(demo_db, agreement_id, tmp_path / "ru.pdf", "ru")))
    kazakh = flat(text_of(write(demo_db, agreement_id, tmp_path / "kk.pdf", "kk")))
    assert ru in russian and kk in kazakh
    assert ("волонтёрского" in russian) == (hours > 0) and ("волонтерлік" in kazakh) == (hours > 0)


@pytest.mark.parametrize(("lang", "headers"), [
    ("ru", ["Статья", "Ед.", "Кол-во", "Цена, ₸", "Сумма, ₸", "Грант, ₸", "Акимат, ₸", "Вклад сообщества, ₸",
            "Итого", "Мероприятие", "Сроки", "Ответственный"]),
    ("kk", ["Бап", "Бірл.", "Саны", "Бағасы, ₸", "Сомасы, ₸", "Әкімдік, ₸", "Қоғамдастық үлесі, ₸", "Барлығы",
            "Іс-шара", "Мерзімі", "Жауапты"]),
    ("en", ["Item", "Unit", "Qty", "Unit cost, ₸", "Akimat, ₸", "Community in kind, ₸", "Activity", "When",
            "Responsible"]),
    ("ru+kk", ["Статья / Бап", "Итого / Барлығы", "Мероприятие / Іс-шара", "Ответственный / Жауапты"]),
])
def test_the_annexes_print_their_column_words_and_whole_items(demo_db: Database, tmp_path: Path, lang: str,
                                                              headers: list[str]) -> None:
    """The budget and the work plan name their columns in the document's language (never a key such as
    «col.item»), and a budget line's item wraps between its words («Оборудование и материалы»), not inside one."""
    from fieldapp.model import BudgetLine

    agreement_id = seven(demo_db)
    pdf = write(demo_db, agreement_id, tmp_path / f"{lang}.pdf", lang)
    annexes = flat([page for page in text_of(pdf).split("\f") if page.strip()][-1])  # both on the last page
    assert "col." not in annexes and "budget.total" not in annexes
    missing = [h for h in headers if h not in annexes]
    assert not missing, missing
    with demo_db.reading() as s:
        row = s.get(Agreement, agreement_id)
        items = s.scalars(select(BudgetLine.item).where(BudgetLine.application_id == row.application_id)).all()
    assert items
    words = annexes.split()
    broken = [w for item in items for w in item.split() if w not in words]
    assert not broken, broken


def _place_line(pdf: Path) -> str:
    """The line under the title: the place of signing (and the date), each half of a bilingual one on it."""
    return next(line for line in text_of(pdf, layout=True).splitlines() if "Актау" in line or "Ақтау" in line
                or "Aktau" in line or "Шетпе" in line)


@pytest.mark.parametrize(("lang", "places"), [
    ("ru", ["г. Актау"]), ("kk", ["Ақтау қ."]), ("en", ["Aktau"]), ("ru+kk", ["г. Актау", "Ақтау қ."]),
])
def test_the_default_place_of_signing_prints_in_the_documents_language(demo_db: Database, tmp_path: Path,
                                                                       lang: str, places: list[str]) -> None:
    """Every agreement starts with the place «г. Актау»; a Kazakh agreement says «Ақтау қ.», and a bilingual one
    says each in its own half, Russian on the left."""
    agreement_id = seven(demo_db)
    with demo_db.reading() as s:
        from fieldapp.services import agreements

        assert s.get(Agreement, agreement_id).place == agreements.DEFAULT_PLACE
    line = _place_line(write(demo_db, agreement_id, tmp_path / f"{lang}.pdf", lang))
    at = [line.find(place) for place in places]
    assert -1 not in at and at == sorted(at), (line, places)
    if lang in ("kk", "en"):
        assert "г. Актау" not in line


@pytest.mark.parametrize("lang", ["kk", "ru+kk", "en"])
def test_a_place_of_signing_someone_typed_prints_as_typed(demo_db: Database, tmp_path: Path, lang: str) -> None:
    agreement_id = seven(demo_db)
    with demo_db.transaction() as s:
        s.get(Agreement, agreement_id).place = "с. Шетпе"
    line = _place_line(write(demo_db, agreement_id, tmp_path / f"{lang}.pdf", lang))
    assert line.count("с. Шетпе") == len(lang.split("+")) and "Ақтау" not in line and "Aktau" not in line


@pytest.mark.parametrize(("typed", "lang", "printed"), [("Ақтау қ.", "ru", "г. Актау"), ("Aktau", "ru+kk", "Ақтау қ."),
                                                        (" г.  Актау ", "en", "Aktau")])
def test_the_default_place_typed_in_another_language_prints_in_the_documents(demo_db: Database, tmp_path: Path,
                                                                           typed: str, lang: str,
                                                                           printed: str) -> None:
    """QA 42: an officer on a Kazakh screen, seeing «г. Актау», wrote «Ақтау қ.» — the Russian agreement then said
    «Ақтау қ.»; the default in any language is the default."""
    agreement_id = seven(demo_db)
    with demo_db.transaction() as s:
        s.get(Agreement, agreement_id).place = typed
    line = _place_line(write(demo_db, agreement_id, tmp_path / "a.pdf", lang))
    assert printed in line and (typed.strip() == printed or typed.strip() not in line), line


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_page_ends_with_a_section_heading(demo_db: Database, tmp_path: Path, lang: str) -> None:
    """A section's heading is kept with its first clause: never alone at the foot of a page (the Kazakh
    ОП-2020-017 left "6. Есептілік" on page 1 and its clauses on page 2)."""
    with demo_db.reading() as s:
        ids = s.scalars(select(Agreement.id).where(Agreement.number.like("ОП-%")).order_by(Agreement.number)).all()
        titles = {flat(title).strip() for title, _clauses in document.agreement_data(s, ids[0], lang).parts[0].sections}
    assert len(ids) >= 20 and len(titles) >= 10
    for agreement_id in ids if lang == "kk" else ids[::3]:  # Kazakh's longer words move the page breaks most
        pdf = write(demo_db, agreement_id, tmp_path / "agreement.pdf", lang)
        pages = text_of(pdf, layout=True).split("\f")
        for number, page in enumerate(pages[:-1], start=1):
            lines = [flat(line).strip() for line in page.splitlines() if line.strip()]
            body = [line for line in lines if "·" not in line]  # the footer: "Договор № … · стр. 1 из 3"
            assert body and body[-1] not in titles, (agreement_id, number, body[-1:])


def test_the_bilingual_date_of_signing_keeps_to_one_line(demo_db: Database, tmp_path: Path) -> None:
    """QA 28: in a draft's half-page column ««___» ____ 2021 г.» was split, «г.» alone on the place's line."""
    with demo_db.transaction() as s:
        row = s.scalars(select(Agreement).where(Agreement.status == "draft")).one()
        row.iban, row.bank, row.bic = "KZ86125KZT5004100100", "Halyk Bank", "HSBKKZKX"
        agreement_id = row.id
    for lang in ("ru+kk", "ru", "kk"):
        lines = text_of(write(demo_db, agreement_id, tmp_path / f"{lang}.pdf", lang), layout=True).splitlines()
        if lang != "kk":
            line = next(x for x in lines if "г. Актау" in x)
            assert re.search(r"«_+» _+ \d{4} г\.", line), (lang, line)
        if lang != "ru":
            line = next(x for x in lines if "Ақтау қ." in x)
            assert re.search(r"\d{4} ж\. «_+» _+", line), (lang, line)


def test_the_bilingual_signatures_say_their_captions_in_both_languages(demo_db: Database, tmp_path: Path) -> None:
    """QA 32: the ru+kk agreement and amendment captioned both signatures «(подпись)» and «М.П. (при наличии)»
    alone; the Kazakh column's words were missing."""
    from fieldapp.documents import amendment
    from fieldapp.services import amendments

    text = flat(text_of(write(demo_db, seven(demo_db), tmp_path / "ru_kk.pdf", "ru+kk")))
    assert text.count("М.П. (при наличии) / М.О. (бар болса)") == 2 and text.count("(қолы)") == 2
    with demo_db.transaction() as s:
        signed = s.scalars(select(Agreement.id).where(Agreement.number == "ОП-2020-017")).one()
        made = amendments.propose(s, signed, "Новый банк", {"bank": "АО «Kaspi Bank»"}, dt.date(2026, 3, 1))
    with demo_db.reading() as s:
        path = amendment.write_amendment(s, made, tmp_path / "amendment.pdf", "ru+kk")
    text = flat(text_of(path))
    assert text.count("М.П. (при наличии) / М.О. (бар болса)") == 2 and text.count("(қолы)") == 2
    kk = flat(text_of(write(demo_db, seven(demo_db), tmp_path / "kk.pdf", "kk")))
    assert "М.О. (бар болса)" in kk and "М.П." not in kk and "(подпись)" not in kk

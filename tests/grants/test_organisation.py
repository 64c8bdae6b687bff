"""The issuer of every document: the foundation's letterhead, its signatory and its logo, set by the head office
(Settings, ``fieldapp organisation``) and printed from then on; the demo's letterhead, Kazakh titles and
register of letters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_layout import flat_text
from PIL import Image
from sqlalchemy import func, select

from fieldapp.db import Database
from fieldapp.documents.ranking_sheet import write_ranking_sheet
from fieldapp.model import (
    Application,
    Attachment,
    GrantCall,
    OutgoingLetter,
    StatusEvent,
    Training,
    UserProfile,
)
from fieldapp.services import calls, lists, organisation, trainings
from fieldapp.validation import Invalid


def logo_file(folder: Path, mode: str = "RGBA") -> Path:
    path = folder / "logo.png"
    picture = Image.new(mode, (400, 160), (0, 0, 0, 0) if mode == "RGBA" else (30, 80, 160))
    for x in range(100, 300):
        for y in range(40, 120):
            picture.putpixel((x, y), (30, 80, 160, 255) if mode == "RGBA" else (200, 30, 30))
    picture.save(path)
    return path


def images_in(pdf: Path) -> int:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return len(out.splitlines()) - 2


def test_a_logo_set_once_prints_on_every_document_until_removed(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        organisation.set_logo(s, logo_file(tmp_path))
    with demo_db.reading() as s:
        stored = organisation.logo_path(s)
        assert stored is not None and stored.is_file()
        with Image.open(stored) as kept:  # flattened onto white: a transparent logo never prints black
            assert kept.mode == "RGB" and kept.getpixel((0, 0)) == (255, 255, 255)
        call_id = calls.get(s, "НС-2021").id
        write_ranking_sheet(s, call_id, tmp_path / "with.pdf", "ru")
    assert images_in(tmp_path / "with.pdf") >= 1
    with demo_db.transaction() as s:
        assert organisation.remove_logo(s)
    with demo_db.reading() as s:
        assert organisation.logo_path(s) is None
        write_ranking_sheet(s, call_id, tmp_path / "without.pdf", "ru")
        rows = s.scalars(select(Attachment).where(Attachment.kind == "logo")).all()
    assert images_in(tmp_path / "without.pdf") == 0
    assert len(rows) == 1 and rows[0].deleted_at is not None  # soft-deleted: the history keeps it


@pytest.mark.parametrize(("content", "code"), [(b"not a picture", "logo.format"), (b"%PDF-1.4", "logo.format")])
def test_a_file_that_is_not_a_picture_is_refused(demo_db, tmp_path, content, code) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(Invalid) as refused, demo_db.transaction() as s:
        organisation.set_logo(s, path)
    assert refused.value.code == code
    with demo_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Attachment).where(Attachment.kind == "logo")) == 0


def test_only_the_head_office_changes_the_letterhead(demo_db, tmp_path) -> None:
    with demo_db.reading() as s:
        trainer = s.scalars(select(UserProfile).where(UserProfile.role == "trainer")).first()
    demo_db.set_user(trainer.id)
    with pytest.raises(Invalid, match="Only the head office may change the letterhead"), demo_db.transaction() as s:
        organisation.update(s, signatory_name="Кто-то Другой")


def test_the_letterhead_is_checked_before_anything_is_written(demo_db) -> None:
    for values, code in (({"bin": "940140000386"}, "bin.checksum"), ({"email": "info at fund"}, "email.format"),
                         ({"phone": "12"}, "phone.invalid"), ({"name": "  "}, "required")):
        with pytest.raises(Invalid) as refused, demo_db.transaction() as s:
            organisation.update(s, signatory_name="Новый Директор", **values)
        assert refused.value.code == code
    with demo_db.reading() as s:
        assert organisation.details(s)["signatory_name"] == "Бауыржан Оспанов"


def test_the_command_line_shows_and_changes_the_letterhead(demo_path: Path, tmp_path: Path) -> None:
    def fieldapp(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], capture_output=True, text=True)

    done = fieldapp("organisation", "set", "--db", demo_path, "--signatory-name", "Айгерим Сапарова",
                    "--signatory-position", "Исполнительный директор", "--signatory-position-kk", "Атқарушы директор",
                    "--logo", logo_file(tmp_path, "RGB"))
    assert done.returncode == 0, done.stderr
    shown = json.loads(fieldapp("organisation", "show", "--db", demo_path, "--json").stdout)
    assert shown["signatory_name"] == "Айгерим Сапарова" and shown["logo"] == "logo.png"
    assert shown["bin"] == "940140000385" and shown["name_kk"] == "«Ашық Қоғам Маңғыстау» қоғамдық қоры"
    refused = fieldapp("organisation", "set", "--db", demo_path, "--bin", "123")
    assert refused.returncode == 1 and "bin: BIN must be 12 digits" in refused.stderr
    out = tmp_path / "letter.pdf"
    assert fieldapp("print", "decision-letter", "--db", demo_path, "--application", "НС-2021-011", "-o", out,
                    "--lang", "kk").returncode == 0
    text = flat_text(out)
    assert "Атқарушы директор" in text and "Айгерим Сапарова" in text
    summary = json.loads(fieldapp("summary", "--db", demo_path, "--json").stdout)
    assert summary["organisation"] == {"name": "Общественный фонд «Ашық Қоғам Маңғыстау»", "bin": "940140000385"}


def test_the_demo_has_a_letterhead_titles_without_latin_villages_and_a_register_of_letters(demo_db) -> None:
    with demo_db.reading() as s:
        titles = list(s.scalars(select(Application.title)))
        assert titles and not [t for t in titles if any("a" <= c.lower() <= "z" for c in t)]
        assert not [t for t in titles if any(key in t for key in ("Boranqul", "Kuryk", "Fort)", "Bautino"))]
        assert {c.title_kk for c in s.scalars(select(GrantCall))} == {
            "Қоғамдық кеңістіктер — шағын жобалар конкурсы", "Бірлігіміз — күшіміз!", "Біздің ауыл — біздің кеңістік (2021)"}
        assert all(t.title_kk and t.venue_kk for t in s.scalars(select(Training)))
        assert trainings.title_in(s.scalars(select(Training).where(Training.number == "T2-03")).one(), "kk") == \
            "Белсенділер мектебі"
        kazakh = s.scalars(select(Application).where(Application.title.like("%алаңы%"))).all()
        assert kazakh and all(a.language == "kk" for a in kazakh)
        decided = s.scalar(select(func.count()).select_from(StatusEvent).where(
            StatusEvent.to_status.in_(("approved", "rejected")), StatusEvent.from_status.is_not(None),
            StatusEvent.from_status != "submitted"))
        register = s.scalars(select(OutgoingLetter)).all()
        assert len(register) == decided == 70  # every decision of the two decided calls was sent, numbered
        per_year = {}
        for entry in register:
            per_year.setdefault(entry.year, []).append(entry.number)
        assert all(sorted(n) == list(range(1, len(n) + 1)) for n in per_year.values())
        codes = set(s.scalars(select(StatusEvent.reason_code).where(StatusEvent.to_status == "rejected")))
        assert codes == {"not_selected.envelope", "ineligible.over_max"}
        head = organisation.letterhead(s, "kk")
        assert (head.signatory_position, head.manager_name) == ("Директор", "Айгерим Сапарова")


@pytest.mark.parametrize(("lang", "kuryk"), [("ru", "Курык"), ("kk", "Құрық"), ("en", "Kuryk")])
def test_lists_name_places_in_the_interface_language(demo_db, lang, kuryk) -> None:
    with demo_db.reading() as s:
        rows = lists.fetch(s, "applications", "Курык", lang=lang)
        assert rows and {row[4] for row in rows} == {kuryk}  # found by any name, shown in the language asked
        assert lists.count(s, "applications", "Құрық", lang=lang) == len(rows)
        people = lists.fetch(s, "people", "", limit=5, lang=lang, sort=3)
        assert all(row[4] for row in people)
        shown = {row.settlement for row in trainings.list_trainings(s, lang=lang)}
        assert kuryk in shown

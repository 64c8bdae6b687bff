"""The visit report's pages: the officer's signature closes the report under its photos and never stands alone on
a page (it did: findings on page 1, the signature alone on page 2, the photos on page 3)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.db import Database
from fieldapp.documents.visit_report import write_visit_report
from fieldapp.model import SiteVisit
from fieldapp.paths import resource
from tests.conftest import require_tool


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_signature_closes_the_report_under_its_photos(demo_db: Database, tmp_path: Path, lang: str) -> None:
    words = json.loads(resource("templates", f"visits.{lang}.json").read_text(encoding="utf-8"))
    with demo_db.reading() as s:
        ids = s.scalars(select(SiteVisit.id).where(SiteVisit.deleted_at.is_(None))
                        .order_by(SiteVisit.visited_on.desc(), SiteVisit.id)).all()[:8]
        assert ids
        for visit_id in ids:
            pages = _pages(write_visit_report(s, visit_id, tmp_path / "report.pdf", lang))
            signed = [number for number, page in enumerate(pages) if words["signer"] in page]
            assert signed == [len(pages) - 1], (visit_id, signed, len(pages))
            last = pages[-1]
            # the last page has the report's photos (the demo's visits have two each) before the signature
            assert words["section.photos"] in last and last.index(words["section.photos"]) < last.index(words["signer"])
            assert len(pages) <= 2, (visit_id, len(pages))


@pytest.mark.parametrize(("lang", "item", "other"), [("kk", "Жұмыстардың сапасы", "Качество работ"),
                                                     ("en", "Quality of works", "Качество работ"),
                                                     ("ru", "Качество работ", "Жұмыстардың сапасы")])
def test_the_checklist_is_said_in_the_reports_language(demo_db: Database, tmp_path: Path, lang: str, item: str,
                                                       other: str) -> None:
    """QA 40: a visit keeps its checklist in the words of the screen it was recorded on; its Kazakh report listed
    «Качество работ», «Табличка донора»… An item typed by nobody (not on any list) prints as recorded."""
    from fieldapp.model import VisitCheck

    with demo_db.transaction() as s:
        visit_id = s.scalars(select(SiteVisit.id).where(SiteVisit.deleted_at.is_(None))
                             .order_by(SiteVisit.visited_on.desc())).first()
        checks = s.scalars(select(VisitCheck).where(VisitCheck.visit_id == visit_id)
                           .order_by(VisitCheck.position)).all()
        checks[0].item = other
        checks[1].item = "Забор покрашен"
    with demo_db.reading() as s:
        text = " ".join(_pages(write_visit_report(s, visit_id, tmp_path / "report.pdf", lang)))
    assert item in text and other not in text and "Забор покрашен" in text

"""A small competition world: the Mangystau villages, a cycle, a call with criteria and three reviewers."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from fieldapp.db import Database, open_database
from fieldapp.model import Cycle, Locality, Organisation, Programme, UserProfile
from fieldapp.services import applications, calls, review, workflow
from fieldapp.services.calls import CriterionSpec


def require_tool(name: str) -> str:
    """An external program a test needs (poppler's pdftotext, pdffonts); in CI a missing one fails the test."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@dataclass
class World:
    db: Database
    office_id: str
    officer_id: str
    cycle_id: str
    call_id: str
    villages: dict[str, str]
    reviewer_ids: list[str]
    criteria: list[str]

    def as_user(self, user_id: str | None) -> None:
        self.db.set_user(user_id)


CRITERIA = [
    CriterionSpec("Актуальность проблемы", 10, Decimal("2.00"), "Мәселенің өзектілігі", "Relevance"),
    CriterionSpec("Участие сообщества", 10, Decimal("1.50"), "Қауымдастықтың қатысуы", "Community participation",
                  comment_required=True),
    CriterionSpec("Устойчивость", 5, Decimal("1.00"), "Тұрақтылық", "Sustainability"),
]


def make_world(path: Path, envelope: str = "10000000.00", max_grant: str = "2000000.00") -> World:
    db = open_database(path, create=True)
    with db.transaction() as s:
        office = UserProfile(name="Гульнара Сеитова", role="head_office")
        officer = UserProfile(name="Ерлан Жумабеков", role="field_officer")
        s.add_all([office, officer])
        org = Organisation(name="Фонд «Мангистау»", kind="foundation")
        region = Locality(kind="region", name_ru="Мангистауская область", name_kk="Маңғыстау облысы")
        s.add_all([org, region])
        s.flush()
        district = Locality(kind="district", parent_id=region.id, name_ru="Тупкараганский район", kato="475200000")
        s.add(district)
        s.flush()
        villages = {}
        for name, kk in [("Форт-Шевченко", "Форт-Шевченко"), ("Баутино", "Баутино"), ("Курык", "Құрық"),
                         ("Боранкул", "Боранқұл")]:
            village = Locality(kind="settlement", parent_id=district.id, name_ru=name, name_kk=kk)
            s.add(village)
            s.flush()
            villages[name] = village.id
        programme = Programme(name="Общественные пространства", organisation_id=org.id)
        s.add(programme)
        s.flush()
        cycle = Cycle(programme_id=programme.id, number=2, name="Цикл 2", starts_on=dt.date(2019, 10, 1))
        s.add(cycle)
        s.flush()
        ids = (office.id, officer.id, cycle.id)
    db.set_user(ids[0])
    with db.transaction() as s:
        call = calls.create(s, cycle_id=ids[2], title="Вместе — мы сила!", opens_on=dt.date(2019, 11, 1),
                            deadline=dt.date(2019, 12, 15), max_grant=Decimal(max_grant),
                            envelope=Decimal(envelope), code="ВМС-2019")
        calls.set_settlements(s, call.id, list(villages.values())[:3])
        calls.set_attachment_rules(s, call.id, [("support_letter", "Письмо поддержки акимата")])
        criteria = [c.id for c in calls.set_criteria(s, call.id, CRITERIA)]
        calls.set_status(s, call.id, "open")
        reviewer_ids = [review.add_reviewer(s, call.id, name, org).id for name, org in [
            ("Айгуль Нурланова", "акимат"), ("Сергей Ким", "донор"), ("Жанар Абенова", "фонд")]]
        call_id = call.id
    return World(db, ids[0], ids[1], ids[2], call_id, villages, reviewer_ids, criteria)


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    path = tmp_path_factory.mktemp("template") / "grants.sqlite"
    w = make_world(path)
    w.db.close()
    return path, w


@pytest.fixture
def world(tmp_path: Path, world_template: tuple[Path, World]):
    """A copy of the template world for each test (building it once keeps the suite fast)."""
    source, template = world_template
    path = tmp_path / "grants.sqlite"
    shutil.copyfile(source, path)
    db = open_database(path)
    db.set_user(template.office_id)
    w = replace(template, db=db)
    yield w
    db.close()


def new_application(w: World, title: str = "Детская площадка у школы", requested: str = "1500000.00",
                    village: str = "Форт-Шевченко", letter: bool = True, **fields) -> str:
    with w.db.transaction() as s:
        group = applications.ensure_group(s, f"Инициативная группа «{title[:20]}»", w.villages[village],
                                          leader_name="Алия Каримова", leader_phone="8 701 234 56 78")
        app = applications.create(s, w.call_id, title=title, category="playground", group_id=group.id,
                                  received_on=dt.date(2019, 12, 1), channel="paper", **fields)
        applications.set_amounts(s, app.id, requested=Decimal(requested), cofunding=Decimal("200000.00"))
        if letter:
            scan = w.db.path.parent / "support-scan.pdf"
            scan.write_bytes(b"%PDF-1.4 letter of support")
            applications.attach(s, app.id, "support_letter", scan)
        return app.id


def to_review(w: World, app_id: str) -> None:
    with w.db.transaction() as s:
        workflow.submit(s, app_id)
        workflow.mark_eligible(s, app_id)
        workflow.start_review(s, app_id)
        for reviewer_id in w.reviewer_ids:
            review.assign(s, app_id, reviewer_id)


def score_all(w: World, app_id: str, points: list[tuple[int, int, int]]) -> None:
    """Each reviewer (in order) submits the given scores for the three criteria."""
    with w.db.transaction() as s:
        for reviewer_id, triple in zip(w.reviewer_ids, points, strict=False):
            scores = {cid: (p, "обоснование") for cid, p in zip(w.criteria, triple, strict=True)}
            review.save(s, app_id, reviewer_id, scores, submit=True)

"""Long data: a 300-character title, a name of three lines, 999 999 999,99 ₸. Every document renders it with
nothing outside its cell or its page — checked on the PDF's own text boxes and ruled lines — and the header
shortens what the page cannot hold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pdf_layout import flat_text, pages, problems
from reportlab.lib.units import mm

from fieldapp.documents.application_summary import write_application_summary
from fieldapp.documents.attendance_summary import attendance_summary, write_attendance_summary
from fieldapp.documents.certificates import certificate_batch, write_certificates
from fieldapp.documents.decision_letter import write_decision_letter
from fieldapp.documents.ranking_sheet import write_ranking_sheet
from fieldapp.documents.signin_sheet import make_signin_sheet
from fieldapp.services import applications, attendance, organisation, people, trainings, workflow

from .conftest import World, make_world, score_all, to_review

WORDS = ("Строительство инклюзивной спортивно-игровой площадки с безопасным покрытием, теневыми навесами, "
         "пандусами и освещением для детей, подростков и людей с инвалидностью силами жителей села Бораңқұл "
         "Бейнеуского района Мангистауской области при поддержке акимата и местных предпринимателей, с "
         "последующей передачей объекта на баланс сельского округа")
TITLE = WORDS[:300]
THREE_LINES = ("Мұһаммедқалиұлы-Жиһангерова-Сейітқалиева Шаһизада-Әбдірахманқызы Һәмида-Гүлжанат "
               "Нұрсұлтанқызы-Серікқызы")
NEIGHBOURS = ["Ақмағамбетова-Бекмағамбетова Айгерим-Әсел Нұрланқызы", "Мұхамбетов-Тлеугалиев Бауыржан Серікұлы",
              "Үсенова-Сағындықова Іңкәр Талғатқызы"]
MAX = Decimal("999999999.99")


@pytest.fixture(scope="module")
def stress(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, str, str]:
    """The grants world with the longest data a form accepts: an approved application of 999 999 999,99 ₸ with a
    300-character title and budget line, a training with a 300-character title and venue whose participants
    have names of three lines."""
    world = make_world(tmp_path_factory.mktemp("stress") / "stress.sqlite", envelope="1999999999.98",
                       max_grant=str(MAX))
    with world.db.transaction() as s:
        organisation.update(s, address="Республика Казахстан, Мангистауская область, г. Актау, 14 микрорайон, "
                            "дом 5, офис 12, вход со двора, второй этаж, напротив здания акимата города",
                            phone="+77292501020", email="info@ashyq-qogam.kz", bin="940140000385",
                            signatory_name="Мұһаммедқалиұлы-Жиһангеров Бауыржан Серікұлы",
                            signatory_position="Исполнительный директор общественного фонда")
        group = applications.ensure_group(s, "Инициативная группа «" + WORDS[:120] + "»", world.villages["Курык"],
                                          leader_name=THREE_LINES, leader_phone="8 701 234 56 78")
        app = applications.create(s, world.call_id, title=TITLE, category="playground", group_id=group.id,
                                  received_on=dt.date(2019, 12, 1), channel="paper", language="ru")
        applications.set_budget(s, app.id, [{"item": TITLE, "unit": "комплект", "quantity": "1",
                                             "unit_cost": str(MAX), "requested": str(MAX)}])
        scan = world.db.path.parent / "support.pdf"
        scan.write_bytes(b"%PDF-1.4 letter of support")
        applications.attach(s, app.id, "support_letter", scan)
        app_id = app.id
    to_review(world, app_id)
    score_all(world, app_id, [(9, 9, 5)] * 3)
    with world.db.transaction() as s:
        workflow.apply_selection(s, world.call_id, [app_id])
        trainer = people.create_person(s, people.PersonInput(full_name=NEIGHBOURS[1], sex="M"))
        start = dt.datetime(2019, 11, 5, 10, 0)
        training = trainings.create_training(s, trainings.TrainingInput(
            cycle_id=world.cycle_id, title=TITLE, settlement_id=world.villages["Курык"], venue=WORDS[:300],
            title_kk=TITLE, venue_kk=WORDS[:300], trainer_ids=(trainer,),
            sessions=tuple(trainings.SessionInput(start + dt.timedelta(days=i), start + dt.timedelta(days=i, hours=4))
                           for i in range(2))))
        days = [x.id for x in trainings.sessions_of(s, training)]
        for name in [NEIGHBOURS[0], THREE_LINES, NEIGHBOURS[2]] * 4:
            person = people.create_person(s, people.PersonInput(full_name=name, sex="F", birth_year=1990,
                                                                settlement_id=world.villages["Курык"],
                                                                phone="+77017626169"))
            trainings.register_person(s, training, person)
            for day in days:
                attendance.mark(s, day, person)
    return world, app_id, training


def render(world: World, app_id: str, training: str, lang: str, folder: Path) -> dict[str, Path]:
    out = {name: folder / f"{name}-{lang}.pdf" for name in ("signin", "certificates", "summary", "application",
                                                             "ranking", "letter")}
    with world.db.transaction() as s:
        make_signin_sheet(s, trainings.sessions_of(s, training)[0].id, out["signin"], lang, blank_rows=3)
        write_certificates(certificate_batch(s, training, lang, 0.5), out["certificates"], lang)
        write_attendance_summary(attendance_summary(s, training, lang), out["summary"], lang)
        write_application_summary(s, app_id, out["application"], lang)
        write_ranking_sheet(s, world.call_id, out["ranking"], lang)
        write_decision_letter(s, app_id, out["letter"], lang)
    return out


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_long_data_stays_inside_its_cells_and_pages(stress, tmp_path, lang):
    world, app_id, training = stress
    documents = render(world, app_id, training, lang, tmp_path)
    margins = {"letter": (25 * mm, 15 * mm), "certificates": (19 * mm, 19 * mm)}
    for name, path in documents.items():
        assert problems(path, *margins.get(name, (15 * mm, 15 * mm))) == [], name
    money = {"ru": "999 999 999,99", "kk": "999 999 999,99", "en": "999,999,999.99"}[lang]
    for name in ("application", "ranking"):
        lines = [" ".join(w.text for w in p.words) for p in pages(documents[name])]
        assert any(money in line for line in lines), name  # the amount is whole, never split across lines
    letter = flat_text(documents["letter"])
    assert {"ru": "999 999 999 (девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот "
                  "девяносто девять) тенге 99 тиын",
            "kk": "999 999 999 (тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан "
                  "тоғыз) теңге 99 тиын",
            "en": "999,999,999 (nine hundred and ninety-nine million"}[lang] in letter
    # the body says the whole title; the page header shortens it with an ellipsis
    assert " ".join(TITLE.split()) in flat_text(documents["application"])
    assert "…" in " ".join(w.text for w in pages(documents["signin"])[0].words)


def test_a_three_line_name_grows_its_row(stress, tmp_path):
    world, app_id, training = stress
    sheet = render(world, app_id, training, "ru", tmp_path)["signin"]
    first = pages(sheet)[0]
    name_words = [w for w in first.words if w.text in THREE_LINES.split()]
    lines = sorted({round(w.y0) for w in name_words})
    assert len(lines) >= 3  # the name wraps onto three lines inside its cell…
    assert problems(sheet, 15 * mm) == []  # …and its row is tall enough: no word crosses the grid

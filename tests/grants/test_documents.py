"""Committee documents read back with pdftotext, every font embedded: application summary, ranking sheet,
decision letters in the applicant's language."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from fieldapp.documents.application_summary import write_application_summary
from fieldapp.documents.decision_letter import write_decision_letter
from fieldapp.documents.ranking_sheet import write_ranking_sheet
from fieldapp.services import applications, calls, workflow
from fieldapp.validation import Invalid

from .conftest import World, new_application, require_tool, score_all, to_review
from .test_budget import LINES


def text_of(pdf: Path) -> str:
    return subprocess.run([require_tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def assert_fonts_embedded(pdf: Path) -> None:
    out = subprocess.run([require_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "the PDF uses no font at all"
    for row in rows:
        assert re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row), f"font not embedded: {row}"
        assert "Helvetica" not in row


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def decided(world: World) -> tuple[World, str, str]:
    with world.db.transaction() as s:
        calls.update(s, world.call_id, envelope=Decimal("1734498.80"))
    winner = new_application(world, "Детская площадка «Күншуақ»", language="kk", starts_on=None)
    loser = new_application(world, "Воркаут-площадка у моря", requested="900000.00", language="en")
    with world.db.transaction() as s:
        applications.update(s, winner, problem="Дети играют на пустыре у дороги", duration_months=6,
                            goal="Безопасная площадка для 300 детей")
        applications.set_budget(s, winner, LINES)
        applications.set_beneficiaries(s, winner, {("direct", "F", "0-17"): 160, ("direct", "M", "0-17"): 140,
                                                   ("indirect", "F", "30-59"): 500})
        applications.set_activities(s, winner, [{"activity": "Закупка оборудования"}, {"activity": "Монтаж"}])
        applications.set_indicators(s, winner, [{"indicator": "Дети, пользующиеся площадкой", "baseline": "0",
                                                 "target": "300", "verification": "Наблюдение, фото"}])
    for app_id, points in ((winner, (9, 9, 5)), (loser, (4, 4, 2))):
        to_review(world, app_id)
        score_all(world, app_id, [points] * 3)
    with world.db.transaction() as s:
        workflow.apply_selection(s, world.call_id, [winner])
    return world, winner, loser


def test_application_summary(decided: tuple[World, str, str], tmp_path: Path) -> None:
    world, winner, _ = decided
    out = tmp_path / "summary.pdf"
    with world.db.reading() as s:
        write_application_summary(s, winner, out, "ru")
    assert_fonts_embedded(out)
    text = _flat(text_of(out))
    for expected in ("Заявка на мини-грант", "Детская площадка «Күншуақ»", "Форт-Шевченко", "Алия Каримова",
                     "Дети играют на пустыре у дороги", "1 084 498,80", "1 734 498,80", "Волонтёрские часы: 160",
                     "Прямые: всего 300 (женщины 160, мужчины 140)", "Дети, пользующиеся площадкой", "письмо поддержки", "support-scan.pdf",
                     "стр. 1 из"):
        assert _flat(expected).replace("\u202f", " ") in text.replace("\u202f", " "), expected


def test_ranking_sheet(decided: tuple[World, str, str], tmp_path: Path) -> None:
    world, _winner, _loser = decided
    out = tmp_path / "ranking.pdf"
    with world.db.reading() as s:
        write_ranking_sheet(s, world.call_id, out, "kk")
    assert_fonts_embedded(out)
    text = text_of(out).replace("\u202f", " ")
    assert "Өтінімдер рейтингі" in text and "1 беттің 1-беті" in text
    assert text.index("Күншуақ") < text.index("Воркаут")
    assert "91,25" in text  # (9·2 + 9·1.5 + 5·1) / 40, with the decimal comma of Kazakh
    assert "Конкурс бюджеті: 1 734 498,80 ₸; мақұлданды: 1 250 000,00 ₸" in _flat(text)


def test_decision_letters_in_the_applicants_language(decided: tuple[World, str, str], tmp_path: Path) -> None:
    world, winner, loser = decided
    with world.db.transaction() as s:  # the first print numbers the letter
        write_decision_letter(s, winner, tmp_path / "win.pdf")
        write_decision_letter(s, loser, tmp_path / "lose.pdf")
        write_decision_letter(s, loser, tmp_path / "lose-ru.pdf", lang="ru")
    for name in ("win.pdf", "lose.pdf", "lose-ru.pdf"):
        assert_fonts_embedded(tmp_path / name)
    win = _flat(text_of(tmp_path / "win.pdf"))
    assert "Грант беру туралы хабарлама" in win and "Құрметті Алия Каримова!" in win
    assert "Грант сомасы: 1 250 000 (бір миллион екі жүз елу мың) теңге 00 тиын." in win
    lose = _flat(text_of(tmp_path / "lose.pdf"))
    assert "Unfortunately, the project was not selected for funding" in lose
    assert "Reason: The call's budget went to projects with higher scores." in lose
    assert "Уведомление о результатах конкурса" in _flat(text_of(tmp_path / "lose-ru.pdf"))


def test_no_letter_before_a_decision(world: World, tmp_path: Path) -> None:
    app_id = new_application(world)
    with world.db.reading() as s, pytest.raises(Invalid, match="decision letter is written once"):
        write_decision_letter(s, app_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob("*.part"))

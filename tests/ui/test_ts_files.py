"""Two branches that add and change translations merge by message, never as conflicting text."""

from __future__ import annotations

import shutil
from pathlib import Path

from fieldapp.ui import ts_files


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(ts_files.ts_path("kk"), target)
    return target


def _translation(path: Path, key: tuple[str, str, str]) -> str | None:
    message = ts_files.messages(ts_files.load(path)).get(key)
    return None if message is None else message.findtext("translation")


def test_both_sides_add_and_change_messages(tmp_path: Path) -> None:
    base, ours, theirs = (_copy(tmp_path, name) for name in ("base.ts", "ours.ts", "theirs.ts"))
    mine = ts_files.load(ours)
    ts_files.put(mine, ("AgreementsPage", "Print agreement", ""), "Шартты басып шығару")
    ts_files.put(mine, ("SiteVisitDialog", "Photos", ""), "Фотосуреттер")
    ts_files.put(mine, ("AgreementsPage", "Agreements", ""), "Гранттық шарттар")
    ts_files.save(mine, ours)
    other = ts_files.load(theirs)
    ts_files.put(other, ("AgreementsPage", "Pay a tranche", ""), "Траншты төлеу")
    ts_files.put(other, ("BackEntryDialog", "%1 people: %2", ""), "%1 адам — %2")
    ts_files.save(other, theirs)
    before = len(ts_files.messages(ts_files.load(base)))

    assert ts_files.merge(base, ours, theirs) == 0

    merged = ts_files.messages(ts_files.load(ours))
    assert len(merged) == before + 3
    assert _translation(ours, ("AgreementsPage", "Print agreement", "")) == "Шартты басып шығару"
    assert _translation(ours, ("AgreementsPage", "Pay a tranche", "")) == "Траншты төлеу"
    assert _translation(ours, ("SiteVisitDialog", "Photos", "")) == "Фотосуреттер"
    assert _translation(ours, ("AgreementsPage", "Agreements", "")) == "Гранттық шарттар"
    assert _translation(ours, ("BackEntryDialog", "%1 people: %2", "")) == "%1 адам — %2"


def test_a_filled_translation_beats_an_unfinished_one(tmp_path: Path) -> None:
    base, ours, theirs = (_copy(tmp_path, name) for name in ("base.ts", "ours.ts", "theirs.ts"))
    key = ("CheckInDialog", "Already present since %1", "")
    mine = ts_files.load(ours)
    ts_files.put(mine, key, None)
    ts_files.save(mine, ours)
    other = ts_files.load(theirs)
    ts_files.put(other, key, "%1 бастап келген")
    ts_files.save(other, theirs)

    ts_files.merge(base, ours, theirs)

    message = ts_files.messages(ts_files.load(ours))[key]
    assert ts_files.is_filled(message)
    assert message.findtext("translation") == "%1 бастап келген"


def test_saving_an_unchanged_file_keeps_every_byte(tmp_path: Path) -> None:
    path = _copy(tmp_path, "same.ts")
    ts_files.save(ts_files.load(path), path)
    assert path.read_bytes() == ts_files.ts_path("kk").read_bytes()

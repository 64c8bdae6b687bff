"""``fieldapp visits list / due / add-photos`` and ``fieldapp print visit-report``, checked from outside."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import require_tool

from .photo_files import corrupt, jpeg


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True, timeout=120)


def test_visits_list_due_add_photos_and_the_report(demo_path: Path, tmp_path: Path) -> None:
    listed = _run("visits", "list", "--db", str(demo_path), "--json")
    assert listed.returncode == 0, listed.stderr
    visits = json.loads(listed.stdout)
    assert len(visits) == 54  # two for each of the 27 signed agreements (the draft has none yet)
    assert set(visits[0]) >= {"id", "agreement_id", "settlement", "date", "purpose", "photos", "decision"}
    assert all(v["photos"] == 2 for v in visits) and {v["decision"] for v in visits} == {"release", "hold"}
    due = _run("visits", "due", "--db", str(demo_path), "--json")
    assert due.returncode == 0, due.stderr
    rows = json.loads(due.stdout)
    assert len(rows) == 2 and {r["reason"] for r in rows} == {"tranche"}
    assert all(set(r) >= {"project", "settlement", "last_visit", "reason"} for r in rows)

    visit = visits[0]["id"]
    good = jpeg(tmp_path / "good.jpg")
    plain = jpeg(tmp_path / "plain.jpg", taken=None, gps=None, orientation=None)
    broken = corrupt(tmp_path / "broken.jpg", jpeg(tmp_path / "whole.jpg", size=(400, 300)))
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    added = _run("visits", "add-photos", "--db", str(demo_path), "--visit", visit, str(good), str(plain),
                 str(broken), str(text))
    assert added.returncode == 1
    lines = added.stdout.strip().splitlines()
    assert len(lines) == 4
    assert "added" in lines[0] and "43.653611, 51.167222" in lines[0] and "added" in lines[1]
    assert "broken.jpg: refused" in lines[2] and "notes.jpg: refused" in lines[3]
    after = {v["id"]: v["photos"] for v in json.loads(_run("visits", "list", "--db", str(demo_path),
                                                                 "--json").stdout)}
    assert after[visit] == 4
    again = _run("visits", "add-photos", "--db", str(demo_path), "--visit", visit, str(good))
    assert again.returncode == 0
    assert json.loads(_run("visits", "list", "--db", str(demo_path), "--json").stdout)[0]["photos"] == 4

    for lang, title in (("ru", "Отчёт о мониторинговом визите"), ("kk", "Мониторингтік сапар туралы есеп"),
                        ("en", "Site monitoring visit report")):
        pdf = tmp_path / f"visit-{lang}.pdf"
        printed = _run("print", "visit-report", "--db", str(demo_path), "--visit", visit, "-o", str(pdf),
                       "--lang", lang)
        assert printed.returncode == 0, printed.stderr
        words = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
        assert title in words and "43.653611, 51.167222" in words


def test_visits_completion_tells_each_project_completed_or_why_not(demo_path: Path) -> None:
    found = _run("visits", "completion", "--db", str(demo_path), "--json")
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)
    assert len(rows) == 27  # every signed agreement of the demo
    done = [r for r in rows if r["status"] == "completed"]
    assert len(done) == 25 and all(r["in_order"] and r["beneficiaries_reached"] > 0 and r["completed_on"]
                                   for r in done)
    under_way = [r for r in rows if r["status"] == "signed"]
    assert [sorted(x["code"] for x in r["reasons"]) for r in under_way] == [
        ["completion.actions", "completion.no_acceptance"]] * 2
    text = _run("visits", "completion", "--db", str(demo_path), "--agreement", under_way[0]["agreement_id"])
    assert text.returncode == 0 and "not in order: completion.no_acceptance, completion.actions" in text.stdout
    unknown = _run("visits", "completion", "--db", str(demo_path), "--agreement", "nope")
    assert unknown.returncode != 0 and "no agreement" in unknown.stderr

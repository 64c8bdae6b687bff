"""A start's first look (``fieldapp/first_look.py``): the dashboard's questions compiled ahead, read with SQLite
alone, counted by the same code as the database layer's answer — so the same figures, on every edge — and
nothing shown when the file does not fit them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from fieldapp import first_look
from fieldapp.services import dashboard, dashboard_parts, dashboard_view, first_look_sql
from tests.test_dashboard_participants import _add_edges

#: days around the demo's programme: before it, in it, and today
DAYS = (dt.date(2019, 1, 1), dt.date(2021, 3, 15), dt.date.today())


def _without_plan(figures: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in figures.items() if key not in dashboard_parts.PLAN_KEYS}


def test_the_compiled_questions_are_current() -> None:
    """``resources/first_look.json`` is what the dashboard's questions compile to now; after changing them, run
    ``python -m fieldapp.services.first_look_sql``."""
    kept = json.loads(first_look_sql.path().read_text(encoding="utf-8"))
    assert kept == first_look_sql.compile_questions(), "run: python -m fieldapp.services.first_look_sql"


def test_the_first_look_counts_what_the_database_layer_counts(demo_db) -> None:
    _add_edges(demo_db)  # the participants' edges: deleted people and marks, a deleted cycle, group members
    seen_trainings = set()
    for day in DAYS:
        with demo_db.reading() as s:
            expected = dashboard.figures(s, None, day)
        look = first_look.view(demo_db.path, day)
        assert look is not None
        assert look["week"] is None and look["cycle_id"] is None
        assert all(look["figures"][key] is None for key in dashboard_parts.PLAN_KEYS)
        assert _without_plan(look["figures"]) == _without_plan(expected), day
        seen_trainings.add(look["figures"]["trainings"])
    assert len(seen_trainings) > 1  # the day really is a parameter: trainings held by then
    with demo_db.reading() as s:
        live = dashboard_view.view(s)
    look = first_look.view(demo_db.path)
    assert look is not None
    assert [(c.id, c.name) for c in look["cycles"]] == [(c.id, c.name) for c in live["cycles"]]
    assert look["figures"]["grants_committed"] > 0 and look["figures"]["participants"] > 0


def test_the_first_look_reads_the_file_as_it_is(demo_db) -> None:
    """What was written since is counted (one read transaction over the file as it is now)."""
    from sqlalchemy import select

    from fieldapp.model import Agreement

    before = first_look.view(demo_db.path)
    with demo_db.transaction() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.status == "signed")).first()
        assert agreement is not None
        agreement.amount += 1000
    after = first_look.view(demo_db.path)
    assert before is not None and after is not None
    assert after["figures"]["grants_committed"] == before["figures"]["grants_committed"] + 1000


def test_nothing_is_read_from_a_file_the_questions_do_not_fit(demo_path: Path, tmp_path: Path) -> None:
    assert first_look.view(tmp_path / "missing.sqlite") is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert first_look.view(tmp_path / "text.sqlite") is None
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0020'")  # a migration is due: the schema differs
    conn.close()
    assert first_look.view(demo_path) is None


def test_the_first_look_loads_no_database_layer(demo_path: Path) -> None:
    code = ("import sys\nfrom pathlib import Path\nfrom fieldapp import first_look\n"
            f"found = first_look.view(Path({str(demo_path)!r}))\n"
            "assert found is not None and found['figures']['applications'] > 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6', 'alembic')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"

"""The dashboard's figures at a start, read before the database layer is loaded.

Opening FieldApp, the worker imports SQLAlchemy and the model and compiles the first statements before it can
ask anything: half a second or more. The dashboard's figures need none of that. Their questions are compiled
ahead (``services/first_look_sql.py`` writes ``resources/first_look.json``, a test keeps it current), so here
they are read with the SQLite driver alone, in one read transaction, and counted by the same code the database
layer's answer goes through (``services/dashboard_parts.py``): the numbers are the database's own, exactly.

What needs the model is left for the full answer a moment later: the visit plan's two figures (None here) and
"my week" (None). Nothing is asked when the questions do not fit the file — another schema revision (a migration
is due), an encrypted file, a busy or damaged one: :func:`view` gives None and the start waits as before.

This module imports neither SQLAlchemy nor Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from fieldapp.paths import resource
from fieldapp.services import dashboard_parts
from fieldapp.tiyn import to_money

#: the form of resources/first_look.json this module reads (``first_look_sql.FORMAT``)
FORMAT = 1
#: how long a question waits on a writer before the start gives up on it (ms)
BUSY_MS = 200


def questions() -> dict[str, Any] | None:
    try:
        found = json.loads(resource("first_look.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) and found.get("format") == FORMAT else None


def _ask(conn: Any, question: dict[str, Any], today: str) -> list[tuple[Any, ...]]:
    params = [p["today"].replace("{today}", today) if isinstance(p, dict) else p for p in question["params"]]
    money = [i for i, kind in enumerate(question["kinds"]) if kind == "money"]
    rows = conn.execute(question["sql"], params).fetchall()
    if not money:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for i in money:
            values[i] = to_money(values[i])
        converted.append(tuple(values))
    return converted


def answers(database: Path, today: dt.date) -> dict[str, list[tuple[Any, ...]]] | None:
    """Every question's rows by name, or None when they cannot be asked of this file."""
    compiled = questions()
    if compiled is None:
        return None
    try:
        conn = sqlcipher.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlcipher.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if found != [(compiled["revision"],)]:
            return None
        conn.execute("BEGIN")  # every question reads the file as it is at the first one
        try:
            return {name: _ask(conn, question, today.isoformat())
                    for name, question in compiled["questions"].items()}
        finally:
            conn.execute("ROLLBACK")
    except sqlcipher.Error:  # encrypted, damaged, busy, or not FieldApp's
        return None
    finally:
        conn.close()


def view(database: Path, today: dt.date | None = None) -> dict[str, Any] | None:
    """All cycles' dashboard as ``dashboard_view.view`` gives it, but with the visit plan's figures and the week
    None; None when it cannot be read this way."""
    today = today or dt.date.today()
    found = answers(database, today)
    if found is None:
        return None
    cycles = [SimpleNamespace(id=cycle_id, name=name, also="") for cycle_id, name in found.pop("cycles")]
    return {"cycle_id": None, "cycles": cycles, "figures": dashboard_parts.figures(found, None), "week": None}

"""The dashboard's questions compiled ahead, for ``fieldapp/first_look.py``: ``python -m
fieldapp.services.first_look_sql`` writes ``resources/first_look.json``, and a test fails when the file no longer
matches what this module makes (``tests/test_first_look.py``), as a stale translation would.

Each question of ``dashboard.questions`` (all cycles) and ``choices.cycles_question`` is run once on an empty
database made by the migrations, through the same engine and session as the application's — the soft delete's
criteria, the compiler's list parameters and all — and the SQL text and parameters SQLite received are kept.
``today`` is given as a date no record holds (``SENTINEL``), so the parameters that carry it are found and written
as templates ``first_look`` fills with the day. The columns whose type turns SQLite's value into another
(``Money``: tiyn into ``Decimal``) are listed; any other such type (a date, a time) is refused here, so the
questions only select what ``sqlite3`` gives back as the ORM would.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, String, event
from sqlalchemy.sql.sqltypes import NullType

from fieldapp.model.base import Money
from fieldapp.paths import resource
from fieldapp.services import choices, dashboard

SENTINEL = dt.date(1901, 2, 3)
#: a version of the file's form: raise it when first_look reads the file differently
FORMAT = 1
#: types whose value SQLite gives back as the ORM does (Boolean: 0/1 for False/True, both read as truth values)
_PLAIN = (Integer, String, NullType, Boolean)


def path() -> Path:
    return resource("first_look.json")


def _kinds(query: Any) -> list[str]:
    """Per selected column: "money" (tiyn to Decimal) or "plain"."""
    kinds = []
    for selected in query.selected_columns:
        kind = selected.type
        if isinstance(kind, Money):
            kinds.append("money")
        elif isinstance(kind, _PLAIN):
            kinds.append("plain")
        else:
            raise TypeError(f"first_look cannot read a {kind!r} column ({selected}): select it as text or a count")
    return kinds


def _param(value: Any) -> Any:
    if isinstance(value, str) and SENTINEL.isoformat() in value:
        return {"today": value.replace(SENTINEL.isoformat(), "{today}")}
    if isinstance(value, (bool, dt.date, dt.datetime, bytes)):
        raise TypeError(f"first_look cannot keep the parameter {value!r}")
    return value


def compile_questions() -> dict[str, Any]:
    """What ``resources/first_look.json`` holds: the schema's revision and each question's SQL, parameters and
    column kinds."""
    from fieldapp.db import migrations, open_database

    wanted = {"cycles": choices.cycles_question(), **dashboard.questions(None, SENTINEL)}
    found: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="fieldapp-first-look-") as folder:
        db = open_database(Path(folder) / "questions.sqlite", create=True)
        try:
            seen: list[tuple[str, Any]] = []

            def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                     _many: bool) -> None:
                if statement.lstrip().upper().startswith("SELECT"):
                    seen.append((statement, parameters))

            event.listen(db.engine, "before_cursor_execute", note)
            with db.reading() as session:
                for name, query in wanted.items():
                    seen.clear()
                    session.execute(query).all()
                    if len(seen) != 1:
                        raise ValueError(f"the question {name!r} ran {len(seen)} statements, not one")
                    statement, parameters = seen[0]
                    found[name] = {"sql": statement, "params": [_param(p) for p in parameters],
                                   "kinds": _kinds(query)}
            event.remove(db.engine, "before_cursor_execute", note)
            revision = migrations.current_revision(db)
        finally:
            db.close()
    return {"format": FORMAT, "revision": revision, "questions": found}


def text() -> str:
    return json.dumps(compile_questions(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    path().write_text(text(), encoding="utf-8")
    print(f"wrote {path()}")


if __name__ == "__main__":
    main()

"""What issue 18's speed work must not change: the bytes behind a digest (orjson writes what ``json.dumps``
wrote), rows written at the driver read back as SQLAlchemy wrote them (and are noted as written), and the
light paths of a start (no command modules for the GUI, no sync engine for the unsent count)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from fieldapp.db import open_database
from fieldapp.db.bulk import insert_rows, update_rows
from fieldapp.db.history import written_tables
from fieldapp.model import Operation
from fieldapp.sync import wire


def _old_canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def test_digests_are_the_bytes_json_dumps_wrote() -> None:
    values = [{"name": [None, "Әбілқайыр Ұлжан Өмірзақ ₸ \n\t\x01 \"q\" \\ 😀"]}, {"n": [0, 2**63 - 1]},
              {"big": [None, 2**70]}, {"neg": [None, -(2**63)]}, {"f": [1.5, 1e16]}, {"z": 1, "a": {"b": [True, None]}},
              {"list": [None, ["b", "a", 3]]}]
    for value in values:
        assert wire.canonical(value) == _old_canonical(value), value
    op = wire.check_shape({
        "op_id": "0193a1b2-c3d4-7e5f-8a9b-000000000001", "device_id": "0193a1b2-c3d4-7e5f-8a9b-00000000000d",
        "seq": 7, "hlc": "001733300000000-00001-abcdefgh", "schema_version": 1, "at": "2026-12-04T10:00:00+00:00",
        "table_name": "person", "row_id": "0193a1b2-c3d4-7e5f-8a9b-000000000001", "kind": "insert",
        "changes": {"full_name": [None, "Нұрлан Қасымов"], "weight": [None, 72.5]}})
    expected = __import__("hashlib").sha256(_old_canonical(op.wire())).hexdigest()
    assert wire.digest(op) == expected == wire.digest(op.wire())


def test_rows_written_at_the_driver_read_back_as_written_and_are_noted(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite", create=True)
    at = dt.datetime(2026, 12, 4, 10, 0, 0, 123456, tzinfo=dt.UTC)
    rows = [{"op_id": f"op-{n}", "device_id": "dev", "seq": 10_000 + n, "hlc": f"001733300000000-{n:05d}-dev",
             "schema_version": 1, "at": at, "user_id": None, "user_name": "Әйгерім", "reason": None,
             "table_name": "person", "row_id": f"row-{n}", "kind": "insert",
             "changes": {"full_name": [None, f"Қасым {n}"], "1": [None, {"nested": [1, None]}]},
             "base_version": None, "scope_cycle_id": None, "scope_settlement_id": None, "origin": "remote",
             "tx_id": None, "server_seq": n, "rank": None, "state": None} for n in range(3)]
    with db.transaction() as s:
        insert_rows(s, Operation.__table__, rows)
        update_rows(s, Operation.__table__, "op_id", [{"op_id": "op-1", "server_seq": 99, "rank": "r"}])
        assert "operation" in written_tables(s)
    with db.reading() as s:
        stored = {o.op_id: o for o in s.scalars(select(Operation).where(Operation.device_id == "dev"))}
    assert stored["op-0"].at == at.replace(tzinfo=None)
    assert stored["op-2"].changes == {"full_name": [None, "Қасым 2"], "1": [None, {"nested": [1, None]}]}
    assert stored["op-2"].user_name == "Әйгерім" and stored["op-2"].origin == "remote"
    assert (stored["op-1"].server_seq, stored["op-1"].rank) == (99, "r")
    assert (stored["op-0"].server_seq, stored["op-0"].rank) == (0, None)
    db.close()


def test_timestamps_written_at_the_driver_are_the_text_sqlalchemy_writes(tmp_path: Path) -> None:
    """The bulk writer formats naive timestamps itself (a third of a batch's parameter work): the stored text must
    be what SQLAlchemy's own type writes, or comparisons and sorting on the column would change."""
    from sqlalchemy import insert

    from fieldapp.server.store import HubReceived

    db = open_database(tmp_path / "a.sqlite", create=True)
    moments = [dt.datetime(2026, 12, 4, 10, 0, 0, 123456), dt.datetime(2026, 12, 4, 10, 0, 0),
               dt.datetime(2026, 12, 4, 15, 0, 0, 1, tzinfo=dt.timezone(dt.timedelta(hours=5))),
               dt.datetime(999, 1, 2, 3, 4, 5, 6)]

    def row(op_id: str, at: dt.datetime) -> dict[str, object]:
        return {"op_id": op_id, "device_id": "dev", "seq": len(op_id) * 100 + moments.index(at), "hlc": "h",
                "schema_version": 1, "at": at, "user_id": None, "user_name": None, "reason": None,
                "table_name": "person", "row_id": "r", "kind": "insert", "changes": {}, "base_version": None,
                "scope_cycle_id": None, "scope_settlement_id": None, "origin": "remote", "tx_id": None,
                "server_seq": None, "rank": None, "state": None}

    HubReceived.__table__.create(db.engine)
    with db.transaction() as s:
        insert_rows(s, Operation.__table__, [row(f"fast-{n}", at) for n, at in enumerate(moments)])
        s.execute(insert(Operation.__table__), [row(f"orm-{n}", at) for n, at in enumerate(moments)])
        received = {"digest": "d", "device": None, "result": "accepted", "server_seq": 1, "rank": None,
                    "reason": None, "payload": None}
        insert_rows(s, HubReceived.__table__, [{"op_id": "fast", **received, "received_at": moments[0]}])
        s.execute(insert(HubReceived.__table__), [{"op_id": "orm", **received, "received_at": moments[0]}])
        stored = dict(s.connection().exec_driver_sql("SELECT op_id, at FROM operation").all())
        taken = dict(s.connection().exec_driver_sql("SELECT op_id, received_at FROM hub_received").all())
    for n in range(len(moments)):
        assert stored[f"fast-{n}"] == stored[f"orm-{n}"], moments[n]
    assert stored["fast-2"] == "2026-12-04 10:00:00.000001"  # an aware time is stored in UTC
    assert taken["fast"] == taken["orm"] == "2026-12-04 10:00:00.123456"
    db.close()


def _imports_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                          capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_opening_the_gui_reads_no_command_modules_and_the_unsent_count_no_sync_engine() -> None:
    loaded = _imports_after("from fieldapp.cli import _parse; _parse(['--db', 'x.sqlite', '--lang', 'kk'])")
    assert not {m for m in loaded if m.startswith("fieldapp.cli.") and m != "fieldapp.cli._common"}, loaded
    loaded = _imports_after("import fieldapp.sync.state")
    assert not {"httpx", "pydantic", "fieldapp.sync.client", "fieldapp.sync.merge"} & loaded


def test_a_first_save_and_a_hub_s_first_push_need_no_alembic(tmp_path: Path) -> None:
    """An operation's schema version is the number of migrations, counted from their files: importing Alembic and
    reading every script took 0.3 s at a laptop's first save of a session (a file current already is opened
    without it) and under a hub worker's write lock at its first push."""
    path = tmp_path / "a.sqlite"
    open_database(path, create=True).close()
    loaded = _imports_after(
        "from fieldapp.db import open_database\nfrom fieldapp.model import Person\n"
        f"db = open_database({str(path)!r})\n"
        "with db.transaction() as s: s.add(Person(full_name='Әлия'))\n"
        "from fieldapp.db.history import schema_version\nassert schema_version() > 10")
    assert "fieldapp.model" in loaded and "alembic" not in loaded
    # a laptop's file needs no PostgreSQL dialect: a model argument such as postgresql_where loads it (~23 ms of
    # a first start's wait for its data)
    assert not {m for m in loaded if m.startswith("sqlalchemy.dialects.postgresql")}


WINDOW = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
          "from PySide6.QtCore import QStandardPaths; QStandardPaths.setTestModeEnabled(True)\n"
          "from PySide6.QtWidgets import QApplication; qt = QApplication([])\n"
          "from fieldapp.ui import app; window = app.MainWindow({path!r}); window.retranslate()\n")
#: what the GUI thread must not import before the database is open (it is imported on the worker meanwhile)
DATABASE_LAYER = {"sqlalchemy", "fieldapp.model", "fieldapp.db", "httpx", "fieldapp.sync.auto"}


def test_the_window_shell_imports_no_page_and_no_database_layer(tmp_path: Path) -> None:
    loaded = _imports_after(WINDOW.format(path=str(tmp_path / "x.sqlite")))
    assert not {m for m in loaded if m.startswith("fieldapp.ui.pages.")}, loaded
    assert not (DATABASE_LAYER | {"fieldapp.ui.list_panel", "fieldapp.ui.sync_engine", "logging.handlers"}) & loaded


def test_any_page_shown_first_builds_without_the_database_layer(tmp_path: Path) -> None:
    """The remembered page is built just after the first paint, while the worker opens the database."""
    loaded = _imports_after(WINDOW.format(path=str(tmp_path / "x.sqlite")) + "pages = window.pages")
    assert {f"fieldapp.ui.pages.{m}" for m in ("dashboard", "trainings", "site_visits", "head_office")} <= loaded
    assert not DATABASE_LAYER & loaded


def test_bundle_lines_read_by_orjson_are_what_json_read() -> None:
    """A bundle's lines are read by orjson, falling back to ``json`` for what orjson refuses (an integer beyond
    64 bits, NaN): the same values either way, a broken line still refused with its number."""
    import math

    import pytest

    from fieldapp.sync.bundle import Bundle, BundleError

    lines = [b'{"changes":{"full_name":[null,"\xd3\x98\xd0\xbb\xd0\xb8\xd1\x8f \\u04b1"],"n":[1,2.5]}}',
             b'{"big":123456789012345678901234567890,"f":1e16,"neg":-9223372036854775808}', b'{"x":NaN}']
    bundle = Bundle(manifest={}, members={"ops.jsonl": b"\n".join(lines)})
    read = bundle.lines("ops.jsonl")
    assert read[:2] == [json.loads(line) for line in lines[:2]]
    assert read[1]["big"] == 123456789012345678901234567890 and math.isnan(read[2]["x"])
    broken = Bundle(manifest={}, members={"ops.jsonl": lines[0] + b'\n{"op_id": '})
    with pytest.raises(BundleError, match="line 2 of ops.jsonl"):
        broken.lines("ops.jsonl")


def test_empty_values_are_stored_as_null_through_the_drivers_quick_path(tmp_path: Path) -> None:
    """NULL parameters pass by the driver's adaptation protocol (``fieldapp/db/database.py``): they still arrive as
    SQL NULL, whether written by the ORM, at the driver or compared with ``IS ?``."""
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy import text

    from fieldapp.model import Person

    assert {type(None), bool, bytes} <= {key[0] for key in sqlcipher.adapters}
    db = open_database(tmp_path / "nulls.sqlite", create=True)
    with db.transaction() as s:
        s.add(Person(full_name="Әлия Нұрланқызы", phone=None, iin=None))
        insert_rows(s, Person.__table__, [{"id": "fast", "full_name": "Жансая", "phone": None, "iin": None,
                                           "created_at": dt.datetime(2026, 12, 4), "updated_at": dt.datetime(2026, 12, 4)}])
    with db.reading() as s:
        conn = s.connection()
        assert conn.execute(text("SELECT typeof(phone), typeof(iin), count(*) FROM person GROUP BY 1, 2")).all() == [
            ("null", "null", 2)]
        assert conn.exec_driver_sql("SELECT count(*) FROM person WHERE iin IS ? AND phone IS NULL", (None,)).scalar() == 2
        assert s.scalars(select(Person.full_name).where(Person.phone.is_(None)).order_by(Person.full_name)).all() == [
            "Жансая", "Әлия Нұрланқызы"]
        assert conn.exec_driver_sql("SELECT typeof(?), ?, typeof(?), ?", (True, False, b"\x00\xff", b"\x00\xff")).one() == (
            "integer", 0, "blob", b"\x00\xff")
    db.close()


def test_folding_by_the_indexed_table_is_folding_by_the_letters_map() -> None:
    """``text.fold`` translates by a tuple indexed by code point: the same as the dict of folded letters, for
    every character (beyond the table's end too), and for the names search meets."""
    from fieldapp import text

    every = "".join(chr(code) for code in range(0x20000) if not 0xD800 <= code < 0xE000)
    assert every.translate(text._FOLD_TABLE) == every.translate(text._FOLD)
    assert text.fold("Әлия  Нұрланқызы-Ёлкина, Aлия (Latin A) ЪЬ") == "алия нурланкызы елкина алия (lатin а)"
def test_the_dashboards_counts_are_one_statement_and_each_is_its_drill_down(demo_path: Path) -> None:
    """The start's first question (``dashboard.figures``) counts its figures in one statement of scalar
    subqueries (39 statements before, 27 now: a dozen fewer to compile the first time); each count is still the
    length of the list its figure opens, and each sum the sum of that list's amounts."""
    from decimal import Decimal

    from sqlalchemy import event, func

    from fieldapp.model import Agreement, Tranche
    from fieldapp.services import dashboard

    db = open_database(demo_path)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    with db.reading() as s:
        figures = dashboard.figures(s, None)
        asked = len(statements)
        for key in ("applications", "funded", "agreements", "completed", "payments", "trainings", "participants",
                    "visits_done", "visits_due", "visits_overdue", "followups_open"):
            _list, ids = dashboard.drill(s, key)
            assert figures[key] == len(s.execute(ids).all()), key
        _list, ids = dashboard.drill(s, "grants_committed")
        committed = s.execute(select(func.sum(Agreement.amount)).where(Agreement.id.in_(ids))).scalar_one()
        _list, ids = dashboard.drill(s, "grants_paid")
        paid = s.execute(select(func.sum(Tranche.paid_amount)).where(Tranche.id.in_(ids))).scalar_one()
    db.close()
    assert figures["applications"] > 0 and figures["grants_paid"] > 0
    assert figures["grants_committed"] == Decimal(committed).quantize(Decimal("0.01"))
    assert figures["grants_paid"] == Decimal(paid).quantize(Decimal("0.01"))
    assert asked <= 27, statements

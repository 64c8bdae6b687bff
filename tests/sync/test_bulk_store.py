"""Rows written at the driver (``fieldapp.db.bulk``) in the hub's storage, on SQLite and on PostgreSQL (where
they go in by ``COPY``): they arrive exactly as given, a key or a value the database refuses raises SQLAlchemy's
error of its kind with nothing written, and a bulk load leaves the planner statistics that make a sync batch's
reads by row id seek the index."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    MetaData,
    Numeric,
    String,
    Table,
    func,
    select,
    text,
)
from sqlalchemy import Text as TextType
from sqlalchemy.exc import DataError, IntegrityError

from fieldapp.db.bulk import _binary_types, insert_rows
from fieldapp.ids import new_id
from fieldapp.model import Operation
from fieldapp.server.store import HUB_UNREAD_INDEXES, HubReceived, HubStore, open_store
from fieldapp.sync.merge import IDS

#: text COPY's text form must escape: tab, newline, carriage return, backslash, "\N" (its null), quotes, Kazakh
AWKWARD = 'a\tb\nc\rd\\e \\N "q" \'s\' Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі ₸ 🙂'


@pytest.fixture
def store(tmp_path: Path, hub_database: str | None) -> Any:
    store = open_store(tmp_path / "hub", hub_database)
    yield store
    store.close()


def operation(i: int, **values: Any) -> dict[str, Any]:
    return {"op_id": new_id(), "device_id": "d" * 36, "seq": i, "hlc": f"{1_700_000_000_000 + i:013d}-0000-dev",
            "schema_version": 1, "at": dt.datetime(2026, 12, 4, 9, 5, 3, 120) + dt.timedelta(seconds=i),
            "user_id": None, "user_name": AWKWARD, "reason": None, "table_name": "person", "row_id": new_id(),
            "kind": "insert", "changes": {"full_name": [None, AWKWARD], "n": [None, i], "ok": [None, True],
                                          "none": [None, None], "nested": [None, {"list": [1.5, "x"]}]},
            "base_version": None, "scope_cycle_id": None, "scope_settlement_id": None, "tx_id": None,
            "origin": "remote", "server_seq": 10_000_000_000 + i, "rank": None, "state": None, **values}


def test_rows_arrive_exactly_as_given(store: HubStore) -> None:
    rows = [operation(i) for i in range(3)] + [operation(3, reason=AWKWARD, user_name=None, changes={})]
    received = [{"op_id": row["op_id"], "digest": "0" * 64, "device": None, "result": "parked",
                 "server_seq": None, "rank": None, "reason": AWKWARD, "payload": {"k": AWKWARD, "n": [1, None]},
                 "received_at": dt.datetime(2026, 1, 31, 23, 59, 59)} for row in rows[:2]]
    with store.writing() as session:
        insert_rows(session, Operation.__table__, rows)
        insert_rows(session, HubReceived.__table__, received)
    with store.reading() as session:
        got = [dict(row) for row in session.execute(select(Operation.__table__).order_by(Operation.seq)).mappings()]
        kept = [dict(row) for row in session.execute(select(HubReceived.__table__)
                                                    .order_by(HubReceived.received_at)).mappings()]
    assert got == rows
    assert sorted(kept, key=lambda r: r["op_id"]) == sorted(received, key=lambda r: r["op_id"])


def test_a_refused_key_raises_integrity_error_and_writes_nothing(store: HubStore) -> None:
    first = operation(1)
    with store.writing() as session:
        insert_rows(session, Operation.__table__, [first])
    with store.writing() as session:
        savepoint = session.begin_nested()
        with pytest.raises(IntegrityError):
            insert_rows(session, Operation.__table__, [operation(2), operation(3, op_id=first["op_id"])])
        savepoint.rollback()
        insert_rows(session, Operation.__table__, [operation(4)])  # the transaction goes on after the refusal
    with store.reading() as session:
        assert sorted(session.scalars(select(Operation.seq))) == [1, 4]


def test_a_row_that_cannot_be_written_midway_leaves_nothing_of_the_batch(store: HubStore) -> None:
    """On PostgreSQL the rows stream to the server as they are made: one that fails to convert halfway through
    (JSON orjson cannot write) abandons the COPY, and the rows already sent are not kept."""
    with store.writing() as session:
        savepoint = session.begin_nested()
        with pytest.raises(TypeError):
            insert_rows(session, Operation.__table__, [operation(i) for i in range(1, 2000)]
                        + [operation(2000, changes={"full_name": [None, object()]})]
                        + [operation(i) for i in range(2001, 2100)])
        savepoint.rollback()
        insert_rows(session, Operation.__table__, [operation(5000)])  # the transaction goes on after it
    with store.reading() as session:
        assert session.scalars(select(Operation.seq)).all() == [5000]


@pytest.mark.postgresql_only  # SQLite: no VARCHAR lengths, no plan cache, plans by its indexes
def test_a_value_postgresql_refuses_raises_data_error(store: HubStore, hub_database: str | None) -> None:
    with store.writing() as session:
        savepoint = session.begin_nested()
        with pytest.raises(DataError):
            insert_rows(session, Operation.__table__, [operation(1), operation(2, kind="x" * 11)])
        savepoint.rollback()
    with store.reading() as session:
        assert session.scalars(select(Operation.seq)).all() == []


@pytest.mark.postgresql_only  # SQLite: no VARCHAR lengths, no plan cache, plans by its indexes
def test_a_bulk_load_leaves_the_planner_statistics_of_what_it_wrote(store: HubStore,
                                                                     hub_database: str | None) -> None:
    """Without them (autovacuum takes them a minute or more later) the planner reads a young hub's ``operation``
    table by its table name alone and filters every row against a batch's 400 row ids."""
    with store.writing() as session:
        insert_rows(session, Operation.__table__, [operation(i) for i in range(3000)])
        insert_rows(session, HubReceived.__table__, [])  # nothing to write: nothing asked of the database
    with store.reading() as session:
        counted = session.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'operation'")).scalar()
        distinct: dict[str, float] = dict(session.execute(text(
            "SELECT attname, n_distinct FROM pg_stats WHERE tablename = 'operation'")).all())
    assert counted == 3000
    assert distinct["table_name"] == 1 and distinct["row_id"] == -1  # one table name; every row id different
    # only the indexed columns are sampled: the JSON of every change steers no plan and cost the most
    assert set(distinct) == {"op_id", "device_id", "seq", "table_name", "row_id", "server_seq"}


@pytest.mark.postgresql_only  # SQLite: the hub's file is a laptop's schema, opened by the head office's desktop
def test_the_hub_on_postgresql_writes_only_the_indexes_it_reads(tmp_path: Path, hub_database: str) -> None:
    """The laptop's search and list indexes are upkeep on every operation a push writes and serve no query of
    the hub: left out of a new hub, dropped from one created before; the hub's reads still seek an index."""
    def indexes(session: Any) -> set[str]:
        return set(session.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename IN ('operation', 'person')")))

    store = open_store(tmp_path / "hub", hub_database)
    with store.writing() as session:
        assert indexes(session) == {"pk_operation", "uq_operation_device_id", "ix_operation_row",
                                    "ix_operation_server_seq", "pk_person", "ix_person_settlement_id"}
        session.execute(text("CREATE INDEX ix_person_phone ON person (phone)"))  # as an older hub has them
        session.execute(text("CREATE INDEX ix_operation_hlc ON operation (hlc)"))
    store.close()
    store = open_store(tmp_path / "hub", hub_database)
    rows = [operation(i, row_id=f"{i:036d}") for i in range(3000)]
    with store.writing() as session:
        assert not indexes(session) & HUB_UNREAD_INDEXES
        insert_rows(session, Operation.__table__, rows)
    with store.reading() as session:
        by_row = select(Operation.op_id).where(Operation.table_name == "person", Operation.row_id.in_(IDS))
        sql = str(by_row.compile(session.get_bind()))
        plan = "\n".join(row[0] for row in session.connection().exec_driver_sql(
            f"EXPLAIN {sql}", {"table_name_1": "person", "ids": json.dumps([rows[5]["row_id"], rows[7]["row_id"]])}))
        assert "ix_operation_row" in plan, plan
        assert session.scalars(by_row, {"ids": [rows[5]["row_id"]]}).all() == [rows[5]["op_id"]]
    store.close()


@pytest.mark.postgresql_only  # SQLite: no VARCHAR lengths, no plan cache, plans by its indexes
def test_every_statement_is_planned_for_its_values(store: HubStore, hub_database: str | None) -> None:
    """psycopg prepares a statement on its fifth run; a generic plan made while the tables were small would stay
    a sequential scan as they grow."""
    with store.reading() as session:
        assert session.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"


def test_a_list_of_ids_bound_at_execution_finds_exactly_those_rows(store: HubStore,
                                                                  hub_database: str | None) -> None:
    """``merge.IDS`` (one parameter: on PostgreSQL ``= ANY(array)``, on SQLite a JSON text read by ``json_each``),
    beside an IN list with its values; the SQLite one still seeks the column's index."""
    rows = [operation(i) for i in range(5)]
    with store.writing() as session:
        insert_rows(session, Operation.__table__, rows)
    by_ids = select(Operation.seq).where(Operation.op_id.in_(IDS)).order_by(Operation.seq)
    wanted = [rows[1]["op_id"], rows[3]["op_id"], new_id(), AWKWARD]
    with store.reading() as session:
        assert session.scalars(by_ids, {"ids": wanted}).all() == [1, 3]
        assert session.scalars(by_ids, {"ids": []}).all() == []
        assert session.scalars(by_ids, {"ids": [rows[4]["op_id"]]}).all() == [4]
        assert session.scalars(select(Operation.seq).where(Operation.op_id.in_(wanted[:2]))).all() == [1, 3]
        assert session.scalars(select(Operation.seq).where(Operation.op_id.not_in(wanted))
                               .order_by(Operation.seq)).all() == [0, 2, 4]
        sql = str(by_ids.compile(session.get_bind()))
        if hub_database is None:
            plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ('["x"]',)).all()
            assert any("USING INDEX" in row[-1] and "operation" in row[-1] for row in plan), plan
    assert "= ANY (" in sql if hub_database else "IN (SELECT value FROM json_each(?))" in sql, sql


def test_a_batch_s_rows_are_read_whole_in_as_few_statements_as_the_database_allows(store: HubStore,
                                                                                     hub_database: str | None) -> None:
    """``merge.id_slices``: more ids than SQLite's parameter slice of ``CHUNK`` are all read (every history found) in
    one statement, the ids sent as one parameter (a PostgreSQL array, SQLite's JSON text)."""
    from sqlalchemy import event

    from fieldapp.sync.merge import CHUNK, row_operations

    rows = [operation(i) for i in range(CHUNK * 2 + 7)]
    with store.writing() as session:
        insert_rows(session, Operation.__table__, rows)
    keys = {("person", row["row_id"]) for row in rows}
    reads: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    with store.reading() as session:
        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", note)
        try:
            found = row_operations(session, keys)
        finally:
            event.remove(engine, "before_cursor_execute", note)
    assert {key: [view.op_id for view in views] for key, views in found.items()} == {
        ("person", row["row_id"]): [row["op_id"]] for row in rows}
    assert len(reads) == 1, reads


@pytest.mark.postgresql_only  # SQLite: no COPY
def test_every_table_the_hub_writes_is_copied_in_the_binary_form(store: HubStore) -> None:
    """The binary form's writer (``bulk.BINARY_TYPES``) knows every column type the schema has on PostgreSQL: a
    new type would send that table's rows back to the slower text form without anyone noticing."""
    with store.reading() as session:
        cursor = session.connection().connection.driver_connection.cursor()
        names = session.connection().exec_driver_sql(
            "SELECT c.relname, array_agg(a.attname::text ORDER BY a.attnum) FROM pg_class c JOIN pg_attribute a"
            " ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped WHERE c.relkind = 'r'"
            " AND c.relnamespace = current_schema()::regnamespace GROUP BY c.relname").all()
        assert len(names) > 30
        assert {table: _binary_types(cursor, f'"{table}"', tuple(columns)) is not None
                for table, columns in names} == {table: True for table, _ in names}


@pytest.mark.postgresql_only  # SQLite stores what it is given
def test_a_value_not_of_its_column_s_type_gets_the_answer_the_text_form_gave(store: HubStore) -> None:
    """The binary form takes each value as its column's own type only (psycopg's binary writer would keep an
    integer's low bytes, a flag's truth): a batch holding another goes again in the text form, from a savepoint,
    and PostgreSQL converts it or refuses it (``DataError``, nothing written) as it did before."""
    meta = MetaData()
    kinds = Table("kinds", meta, Column("id", String(36), primary_key=True), Column("flag", Boolean),
                  Column("share", Float), Column("count", BigInteger), Column("note", TextType))
    with store.writing() as session:
        meta.create_all(session.connection())
    good = [{"id": f"r{i}", "flag": True, "share": 1.5, "count": i, "note": AWKWARD} for i in range(1500)]
    refused = [{"count": 2**63}, {"count": -(2**63) - 1}, {"count": True}, {"count": 1.5}, {"count": "x"},
               {"share": True}, {"share": "x"}]  # a flag's value is checked before, by SQLAlchemy's own type
    for bad in refused:
        with store.writing() as session:
            savepoint = session.begin_nested()
            with pytest.raises(DataError):
                insert_rows(session, kinds, good + [{**good[0], "id": "bad", **bad}])
            savepoint.rollback()
            insert_rows(session, kinds, [{**good[0], "id": "ok", "count": 2**63 - 1}])  # the transaction goes on
        with store.writing() as session:
            assert session.execute(select(kinds.c.id, kinds.c.count)).all() == [("ok", 2**63 - 1)], bad
            session.execute(kinds.delete())
    converted = [({"count": "12"}, {"count": 12}), ({"note": 5}, {"note": "5"}), ({"flag": 1}, {"flag": True}), ({"share": "2.5"}, {"share": 2.5}), ({"share": 3}, {"share": 3.0})]
    for given, stored in converted:
        with store.writing() as session:
            insert_rows(session, kinds, good + [{**good[0], "id": "odd", **given}])
        with store.writing() as session:
            row = session.execute(select(kinds).where(kinds.c.id == "odd")).mappings().one()
            assert {key: row[key] for key in stored} == stored, given
            assert session.scalar(select(func.count()).select_from(kinds)) == 1501
            session.execute(kinds.delete())


@pytest.mark.postgresql_only  # SQLite: no COPY
def test_every_kind_of_value_arrives_exactly_and_a_type_the_binary_form_does_not_know_goes_as_text(
        store: HubStore) -> None:
    """Each column type the schema has on PostgreSQL (text, a date, a flag, a number whole or not, a 64-bit
    integer at both ends, JSON, a time), and a table with a type the binary writer does not know (numeric),
    copied in the text form."""
    meta = MetaData()
    kinds = Table("kinds", meta, Column("id", String(36), primary_key=True), Column("day", Date),
                  Column("flag", Boolean), Column("share", Float), Column("count", BigInteger),
                  Column("note", TextType), Column("data", JSON), Column("at", DateTime))
    other = Table("numbers", meta, Column("id", String(36), primary_key=True), Column("amount", Numeric(12, 2)))
    made = [{"id": "a", "day": dt.date(2026, 12, 4), "flag": True, "share": 43, "count": -(2**63),
             "note": AWKWARD, "data": {"k": [AWKWARD, 1.5, None]}, "at": dt.datetime(2026, 12, 4, 9, 5, 3, 120)},
            {"id": "b", "day": dt.date(1, 1, 1), "flag": False, "share": 76.9286123456789, "count": 2**63 - 1,
             "note": "", "data": [], "at": dt.datetime(9999, 12, 31, 23, 59, 59, 999999)},
            {"id": "c", "day": None, "flag": None, "share": None, "count": None, "note": None, "data": None,
             "at": None}]
    with store.writing() as session:
        meta.create_all(session.connection())
        insert_rows(session, kinds, made)
        insert_rows(session, other, [{"id": "a", "amount": Decimal("12345.67")}, {"id": "b", "amount": None}])
    with store.reading() as session:
        got = [dict(row) for row in session.execute(select(kinds).order_by(kinds.c.id)).mappings()]
        numbers = dict(session.execute(select(other.c.id, other.c.amount)).all())
        cursor = session.connection().connection.driver_connection.cursor()
        assert _binary_types(cursor, "kinds", tuple(kinds.c.keys())) is not None
        assert _binary_types(cursor, "numbers", ("id", "amount")) is None
    assert got == made
    assert numbers == {"a": Decimal("12345.67"), "b": None}

"""A list read page after page (``lists.page``: each page starts after the last row of the one before, not at an
offset) gives the same rows in the same order as one read of the whole list — every list, every order a user
can choose, both directions, with NULLs and ties where the order puts them (issue 18, lists at scale)."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select
from sqlalchemy.orm import Session

from fieldapp.services import lists


def _paged(session, name: str, size: int, text: str = "", most: int | None = None, **order) -> list[tuple]:
    rows: list[tuple] = []
    after = None
    for _read in range(10_000):
        found, after = lists.page(session, name, text, limit=size, after=after, **order)
        if not found or (most is not None and len(rows) >= most):
            return rows
        rows.extend(found)
    raise AssertionError("the pages never ended")


def test_every_list_paged_in_every_order_is_the_whole_list(demo_db) -> None:
    with demo_db.reading() as s:
        for name, spec in lists.LISTS.items():
            orders = [(None, False)] + list(itertools.product(range(len(spec.columns)), (False, True)))
            for sort, descending in orders:
                for lang in ("ru", "kk") if name != "history" else ("en",):  # names: by each alphabet's key
                    order = {"sort": sort, "descending": descending, "lang": lang}
                    if name == "history":  # 8,000 operations made readable: the first four pages of 40
                        assert _paged(s, name, 40, most=160, **order) == lists.fetch(s, name, limit=160, **order)
                        continue
                    whole = lists.fetch(s, name, **order)
                    size = max(3, len(whole) // 4)  # a few pages, the last one short or empty
                    assert _paged(s, name, size, **order) == whole, (name, order)
        found = lists.fetch(s, "people", "курык", sort=1)  # the filter box's words, by sex: many ties
        assert len(found) > 6 and _paged(s, "people", 2, "курык", sort=1) == found


@pytest.fixture
def demo_db(demo_path):
    from fieldapp.db import open_database

    db = open_database(demo_path)
    yield db
    db.close()


def test_the_first_page_says_where_the_next_starts(demo_db) -> None:
    with demo_db.reading() as s:
        first = lists.first_page(s, "people", limit=5)
        second = lists.page(s, "people", limit=5, after=first.after)
        assert first.rows + second.rows == lists.fetch(s, "people", limit=10)
        assert first.total == lists.count(s, "people") and [c[0] for c in first.columns][0] == "full_name"
        empty = lists.page(s, "people", "no such person anywhere", limit=5, after=first.after)
        assert empty == lists.Page([], first.after)


_values = Table("ordered", MetaData(), Column("id", String, primary_key=True), Column("a", Integer),
                Column("b", String))


@pytest.mark.parametrize("a_order", ["asc", "desc", "asc_nulls_last", "desc_nulls_first", "asc_nulls_first",
                                     "desc_nulls_last"])
@pytest.mark.parametrize("b_order", ["asc", "desc", "desc_nulls_first"])
def test_nulls_and_ties_come_where_the_order_puts_them(a_order: str, b_order: str) -> None:
    engine = create_engine("sqlite://")
    _values.metadata.create_all(engine)
    values = [None, 1, 2]
    names = [None, "x", "y"]
    with Session(engine) as s:
        s.execute(insert(_values), [{"id": f"{n:02d}", "a": a, "b": b}
                                    for n, (a, b) in enumerate(itertools.product(values * 2, names))])

        def term(column, how: str):
            direction, _, nulls = how.partition("_nulls_")
            term = column.desc() if direction == "desc" else column.asc()
            return term if not nulls else term.nulls_first() if nulls == "first" else term.nulls_last()

        query = select(_values.c.id).order_by(term(_values.c.a, a_order), term(_values.c.b, b_order), _values.c.id)
        whole = list(s.scalars(query))
        keys = lists._order_keys(query, nulls_smallest=True)
        values_of = {row.id: (row.a, row.b, row.id) for row in s.execute(select(_values))}
        for start, row_id in enumerate(whole):
            after = list(s.scalars(query.where(lists._after(keys, values_of[row_id]))))
            assert after == whole[start + 1:], (start, values_of[row_id])


def test_where_a_database_puts_nulls_when_the_order_does_not_say() -> None:
    query = select(_values.c.id).order_by(_values.c.a, _values.c.b.desc(), _values.c.id.desc().nulls_last())
    sqlite = [(k.descending, k.nulls_first) for k in lists._order_keys(query, nulls_smallest=True)]
    postgresql = [(k.descending, k.nulls_first) for k in lists._order_keys(query, nulls_smallest=False)]
    assert sqlite == [(False, True), (True, False), (True, False)]
    assert postgresql == [(False, False), (True, True), (True, False)]

"""A long list read by scrolling: every row once, in the core's order, in pages that grow with what is loaded
(so the end of 20,000 people is a dozen reads, each skipping fewer rows than it reads); the sync badges of the
rows a page adds are asked for those rows only, and the badges already shown stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import event, select, update
from ui_helpers import click_section

from fieldapp.model import Conflict, Operation
from fieldapp.services import lists
from fieldapp.sync import state
from fieldapp.ui import list_model


def _scroll_to_the_end(model) -> int:
    reads = 0
    while model.rowCount() < model.total:
        before = model.rowCount()
        model.fetchMore()  # what the view asks for when its end is in sight (reads run inline in tests)
        reads += 1
        assert model.rowCount() > before
    return reads


def test_scrolling_to_the_end_reads_every_row_once_in_order_in_growing_pages(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(list_model, "MAX_PAGE", 250)  # the demo's 700 people show the growth and the cap
    click_section(qtbot, window, "People")
    model = window.page("people").panel.model
    qtbot.waitUntil(lambda: model.has_loaded, timeout=10_000)
    assert model.rowCount() == list_model.PAGE_SIZE < model.total
    sizes, statements = [], []
    listen = lambda *args: statements.append(args[2:4])  # noqa: E731 - (conn, cursor, statement, parameters, …)
    event.listen(window.db.engine, "before_cursor_execute", listen)
    try:
        while model.rowCount() < model.total:
            before = model.rowCount()
            model.fetchMore()
            sizes.append(model.rowCount() - before)
    finally:
        event.remove(window.db.engine, "before_cursor_execute", listen)
    pages = [(sql, parameters) for sql, parameters in statements if "FROM person" in sql and "LIMIT" in sql]
    # each page starts where the one before ended, skipping no rows (an offset read every row before it);
    # SQLite's SQL always says LIMIT ? OFFSET ?, its last parameter
    assert len(pages) == len(sizes) and all(sql.endswith("OFFSET ?") and parameters[-1] == 0
                                            for sql, parameters in pages)
    with window.db.reading() as s:
        everyone = lists.fetch(s, "people", lang="en")
    assert model.rows == everyone  # the same rows in the same order as one read of the whole list
    assert model.total > 650 and sizes[:2] == [200, 250] and all(size <= 250 for size in sizes)  # 200, 400, 650…
    assert not model.canFetchMore()


def test_a_page_more_asks_the_badges_of_its_own_rows_and_keeps_the_others(qtbot, window, monkeypatch) -> None:
    asked: list[int] = []
    real = state.badges
    monkeypatch.setattr(state, "badges", lambda session, table, ids: asked.append(len(list(ids))) or
                        real(session, table, ids))
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    model = panel.model
    qtbot.waitUntil(lambda: model.has_loaded and model.badges is not None, timeout=10_000)
    first = model.row_id(0)
    with window.db.reading() as s:
        last = lists.fetch(s, "people", lang="en")[-1][0]
    with window.db.transaction() as s:  # a change of the last person refused, the first in conflict
        s.execute(update(Operation).where(Operation.table_name == "person", Operation.row_id == last)
                  .values(state="rejected"))
        s.add(Conflict(kind="field", subject_table="person", subject_id=first, subject_name="x", fields=["phone"]))
    window.ops.data_changed.emit(frozenset({"operation", "conflict"}))
    qtbot.waitUntil(lambda: model.badges.of(first) == "conflict", timeout=10_000)
    asked.clear()
    reads = _scroll_to_the_end(model)
    assert sum(asked) == model.total - list_model.PAGE_SIZE and len(asked) == reads  # never a row twice
    assert model.badges.of(first) == "conflict"  # kept while the pages came
    assert model.badges.of(last) == "rejected"
    row = model.row_of(last)
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "refused by the head office" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    with window.db.reading() as s:
        assert s.scalar(select(Operation.state).where(Operation.row_id == last).limit(1)) == "rejected"

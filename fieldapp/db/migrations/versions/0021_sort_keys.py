"""Names in alphabetical order: each record a list shows by its name (a person, an initiative group, an
application, a training, a grant call) keeps the name's sort key in each alphabet, ``sort_ru`` (Russian and
English lists) and ``sort_kk`` (Kazakh), made by ``fieldapp.text.sort_key``; the People list reads its pages
from an index on each.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 17:00:00
"""

import sqlalchemy as sa
from alembic import op

from fieldapp.text import sort_key

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

#: each table and the column it is listed by (``__listed_by__`` of its model, as it was when this was written)
NAMES = (("person", "full_name"), ("initiative_group", "name"), ("application", "title"), ("training", "title"),
         ("grant_call", "title"))
INDEXES = (("ix_person_sort_ru", "person", ["sort_ru", "id"]), ("ix_person_sort_kk", "person", ["sort_kk", "id"]))
#: rows read and written per statement (200,000 people: 0.1 GB of Python objects at once otherwise)
BATCH = 5_000


def upgrade() -> None:
    bind = op.get_bind()
    for table, name in NAMES:
        # plain ADD COLUMN: SQLite adds it in place, no copy of the table; NOT NULL, so that a page's bound on it
        # reads the index in its order (no "OR sort_kk IS NULL")
        op.add_column(table, sa.Column("sort_ru", sa.Text(), nullable=False, server_default=""))
        op.add_column(table, sa.Column("sort_kk", sa.Text(), nullable=False, server_default=""))
        after = ""
        while True:  # by id, a batch at a time: the keys made in Python, written by one executemany
            rows = bind.exec_driver_sql(f"SELECT id, {name} FROM {table} WHERE id > ? ORDER BY id LIMIT {BATCH}",
                                        (after,)).all()
            if not rows:
                break
            bind.exec_driver_sql(f"UPDATE {table} SET sort_ru = ?, sort_kk = ? WHERE id = ?",
                                 [(sort_key(text, "ru"), sort_key(text, "kk"), row_id) for row_id, text in rows])
            after = rows[-1][0]
    for index, table, columns in INDEXES:  # made once the keys are in: one sort, not 200,000 insertions
        op.create_index(index, table, columns, unique=False)


def downgrade() -> None:
    for index, table, _columns in reversed(INDEXES):
        op.drop_index(index, table_name=table)
    for table, _name in reversed(NAMES):
        op.drop_column(table, "sort_kk")
        op.drop_column(table, "sort_ru")

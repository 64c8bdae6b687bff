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
#: rows written per statement
BATCH = 5_000


def upgrade() -> None:
    bind = op.get_bind()
    # the keys made by the one rule, called by SQLite as it rewrites each row: the 200,699 people of the huge
    # database in 1.8–4.0 s, where reading the names out and writing the keys back by id took 4.6–6.1 s
    driver = bind.connection.driver_connection
    assert driver is not None
    driver.create_function("fieldapp_sort_key", 2, sort_key, deterministic=True)
    for table, name in NAMES:
        # plain ADD COLUMN: SQLite adds it in place, no copy of the table; NOT NULL, so that a page's bound on it
        # reads the index in its order (no "OR sort_kk IS NULL")
        op.add_column(table, sa.Column("sort_ru", sa.Text(), nullable=False, server_default=""))
        op.add_column(table, sa.Column("sort_kk", sa.Text(), nullable=False, server_default=""))
        last = bind.exec_driver_sql(f"SELECT max(rowid) FROM {table}").scalar() or 0
        for start in range(0, last, BATCH):
            bind.exec_driver_sql(f"UPDATE {table} SET sort_ru = fieldapp_sort_key({name}, 'ru'), "
                                 f"sort_kk = fieldapp_sort_key({name}, 'kk') WHERE rowid > ? AND rowid <= ?",
                                 (start, start + BATCH))
    for index, table, columns in INDEXES:  # made once the keys are in: one sort, not 200,000 insertions
        op.create_index(index, table, columns, unique=False)


def downgrade() -> None:
    for index, table, _columns in reversed(INDEXES):
        op.drop_index(index, table_name=table)
    for table, _name in reversed(NAMES):
        op.drop_column(table, "sort_kk")
        op.drop_column(table, "sort_ru")

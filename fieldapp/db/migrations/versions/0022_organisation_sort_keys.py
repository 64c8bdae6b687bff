"""A person's organisation in alphabetical order: the People list sorted by it reads its pages from an index on
the organisation's sort key in each alphabet, ``organisation_sort_ru`` (Russian and English lists) and
``organisation_sort_kk`` (Kazakh), made by ``fieldapp.text.sort_key`` as 0021 made the names' (the key made as
the list read the rows cost 35 ms for the first page and 64 ms for each next at 20,699 people).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 20:30:00
"""

import sqlalchemy as sa
from alembic import op

from fieldapp.text import sort_key

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

#: the key columns and their alphabets (``model/people.Person``, as it was when this was written)
KEYS = (("organisation_sort_ru", "ru"), ("organisation_sort_kk", "kk"))
#: a descending list orders the people of one organisation (most of them of none: one key) by id still, which the
#: ascending index read backwards cannot give without sorting them all: each direction has its own
INDEXES: tuple[tuple[str, list[str | sa.TextClause]], ...] = (
    ("ix_person_organisation_sort_ru", ["organisation_sort_ru", "id"]),
    ("ix_person_organisation_sort_kk", ["organisation_sort_kk", "id"]),
    ("ix_person_organisation_sort_ru_desc", [sa.text("organisation_sort_ru DESC"), "id"]),
    ("ix_person_organisation_sort_kk_desc", [sa.text("organisation_sort_kk DESC"), "id"]))
#: rows written per statement
BATCH = 5_000


def upgrade() -> None:
    bind = op.get_bind()
    # the keys made by the one rule, called by SQLite as it rewrites each row (as 0021 did)
    driver = bind.connection.driver_connection
    assert driver is not None
    driver.create_function("fieldapp_sort_key", 2, sort_key, deterministic=True)
    for column, _lang in KEYS:
        # plain ADD COLUMN (in place, no copy of the table); NOT NULL, so that a page's bound reads the index in
        # its order; a person without an organisation has the empty key, as an empty name has
        op.add_column("person", sa.Column(column, sa.Text(), nullable=False, server_default=""))
    keys = ", ".join(f"{column} = fieldapp_sort_key(organisation, '{lang}')" for column, lang in KEYS)
    last = bind.exec_driver_sql("SELECT max(rowid) FROM person").scalar() or 0
    for start in range(0, last, BATCH):  # only the people with an organisation: the others' key is the default
        bind.exec_driver_sql(f"UPDATE person SET {keys} WHERE rowid > ? AND rowid <= ? AND organisation IS NOT NULL",
                             (start, start + BATCH))
    for index, columns in INDEXES:  # made once the keys are in: one sort, not a row's insertion at a time
        op.create_index(index, "person", columns, unique=False)


def downgrade() -> None:
    for index, _columns in reversed(INDEXES):
        op.drop_index(index, table_name="person")
    for column, _lang in reversed(KEYS):
        op.drop_column("person", column)

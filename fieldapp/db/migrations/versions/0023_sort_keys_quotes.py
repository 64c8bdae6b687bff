"""Names in quotation marks in alphabetical order: ``fieldapp.text.sort_key`` now ignores quotation marks
(``text.QUOTES``: «Орда» ҚБ sorted before every letter), so the keys 0021 and 0022 stored are made again for the
names that hold one.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 20:50:00
"""

import sqlalchemy as sa  # noqa: F401 - as every migration
from alembic import op

from fieldapp.text import QUOTES, sort_key

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

#: each table, a name it keeps keys of, and those keys (ru, kk), as 0021 and 0022 made them
KEYED = (("person", "full_name", "sort_ru", "sort_kk"), ("initiative_group", "name", "sort_ru", "sort_kk"),
         ("application", "title", "sort_ru", "sort_kk"), ("training", "title", "sort_ru", "sort_kk"),
         ("grant_call", "title", "sort_ru", "sort_kk"),
         ("person", "organisation", "organisation_sort_ru", "organisation_sort_kk"))


def upgrade() -> None:
    bind = op.get_bind()
    driver = bind.connection.driver_connection
    assert driver is not None
    driver.create_function("fieldapp_sort_key", 2, sort_key, deterministic=True)
    for table, name, ru, kk in KEYED:  # only the names with a quotation mark: no other key changes
        quoted = " OR ".join(f"instr({name}, '{mark}') > 0" for mark in QUOTES)
        bind.exec_driver_sql(f"UPDATE {table} SET {ru} = fieldapp_sort_key({name}, 'ru'), "
                             f"{kk} = fieldapp_sort_key({name}, 'kk') WHERE {name} IS NOT NULL AND ({quoted})")


def downgrade() -> None:
    """The keys stay as they are: an older version makes new ones its own way, and lists still read them."""

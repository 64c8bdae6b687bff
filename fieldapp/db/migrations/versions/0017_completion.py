"""A project's completion as the one rule of ``fieldapp/services/completion.py`` records it: the day it was
completed and the beneficiaries reached, the figure donor reports count.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 19:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement") as batch:
        batch.add_column(sa.Column("completed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("beneficiaries_reached", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agreement") as batch:
        batch.drop_column("beneficiaries_reached")
        batch.drop_column("completed_on")

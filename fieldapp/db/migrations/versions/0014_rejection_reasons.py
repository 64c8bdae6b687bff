"""A rejected change keeps the hub's reason as a code and params (worded by the interface in its language),
and when a person dealt with it (fixed and sent again, or set aside).

Revision ID: 0014
Revises: 0008
Create Date: 2026-12-04 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_rejection") as batch:
        batch.add_column(sa.Column("code", sa.String(length=60), nullable=True))
        batch.add_column(sa.Column("params", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("handled_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("handled_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_rejection") as batch:
        for name in ("handled_by", "handled_at", "params", "code"):
            batch.drop_column(name)

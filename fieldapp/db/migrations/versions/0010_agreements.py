"""Grant agreements: the grantee, its representative and bank details, co-funding commitments; tranches: the
coded condition, the payment order's reference and the head office's override reason.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-04 11:00:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def agreement_columns() -> tuple[sa.Column[Any], ...]:
    return (
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("grantee_kind", sa.String(length=20), nullable=False, server_default="group"),
        sa.Column("grantee_name", sa.String(length=300), nullable=True),
        sa.Column("grantee_bin", sa.String(length=12), nullable=True),
        sa.Column("grantee_address", sa.Text(), nullable=True),
        sa.Column("representative_name", sa.String(length=200), nullable=True),
        sa.Column("representative_position", sa.String(length=200), nullable=True),
        sa.Column("representative_iin", sa.String(length=12), nullable=True),
        sa.Column("representative_document", sa.String(length=300), nullable=True),
        sa.Column("iban", sa.String(length=20), nullable=True),
        sa.Column("bank", sa.String(length=200), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("akimat_cofunding", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("community_inkind", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("volunteer_hours", sa.Integer(), nullable=False, server_default="0"),
    )


def tranche_columns() -> tuple[sa.Column[Any], ...]:
    return (
        sa.Column("condition_kind", sa.String(length=20), nullable=False, server_default="advance"),
        sa.Column("payment_reference", sa.String(length=60), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
    )


def upgrade() -> None:
    with op.batch_alter_table("agreement") as batch:
        for column in agreement_columns():
            batch.add_column(column)
    with op.batch_alter_table("tranche") as batch:
        for column in tranche_columns():
            batch.add_column(column)
    # the tranches on record: the first was the advance, a later one paid after progress
    op.execute("UPDATE tranche SET condition_kind = 'progress' WHERE number > 1")


def downgrade() -> None:
    with op.batch_alter_table("tranche") as batch:
        for column in reversed(tranche_columns()):
            batch.drop_column(column.name)
    with op.batch_alter_table("agreement") as batch:
        for column in reversed(agreement_columns()):
            batch.drop_column(column.name)

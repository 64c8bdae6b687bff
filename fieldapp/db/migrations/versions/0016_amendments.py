"""Amendments of signed grant agreements (дополнительное соглашение): numbered per agreement, a reason and the
clauses changed (old → new), applied to the agreement once signed; append-only once signed, synced.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 19:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "amendment",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_amendment_agreement_id_agreement")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    op.create_index(op.f("ix_amendment_agreement_id"), "amendment", ["agreement_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_amendment_agreement_id"), table_name="amendment")
    op.drop_table("amendment")

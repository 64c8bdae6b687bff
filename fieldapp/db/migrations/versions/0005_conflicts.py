"""Conflicts every replica holds (made by the hub, resolved by a person, synced like any record).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject_table", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("subject_name", sa.String(length=300), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("kept", sa.JSON(), nullable=True),
        sa.Column("kept_op", sa.String(length=36), nullable=True),
        sa.Column("kept_device", sa.String(length=36), nullable=True),
        sa.Column("kept_by", sa.String(length=200), nullable=True),
        sa.Column("kept_at", sa.DateTime(), nullable=True),
        sa.Column("lost", sa.JSON(), nullable=True),
        sa.Column("lost_op", sa.String(length=36), nullable=True),
        sa.Column("lost_device", sa.String(length=36), nullable=True),
        sa.Column("lost_by", sa.String(length=200), nullable=True),
        sa.Column("lost_at", sa.DateTime(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("code", sa.String(length=60), nullable=True),
        sa.Column("params", sa.JSON(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index(op.f("ix_conflict_subject_id"), "conflict", ["subject_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_conflict_subject_id"), table_name="conflict")
    op.drop_table("conflict")

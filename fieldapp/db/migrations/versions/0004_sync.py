"""Sync state: acceptance number, merge rank, action and state of each operation; conflicts, rejections,
operations parked from a newer schema, files waiting to be sent.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 06:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tx_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("server_seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("rank", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("state", sa.String(length=10), nullable=True))
        batch_op.create_index(batch_op.f("ix_operation_server_seq"), ["server_seq"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("winner_op", sa.String(length=36), nullable=True),
        sa.Column("loser_op", sa.String(length=36), nullable=True),
        sa.Column("winner", sa.JSON(), nullable=True),
        sa.Column("loser", sa.JSON(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_rejection",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_rejection")),
    )
    op.create_table(
        "sync_parked",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_parked")),
    )
    op.create_table(
        "sync_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_file")),
    )


def downgrade() -> None:
    raise RuntimeError("FieldApp migrations only add: restore a backup instead of downgrading")

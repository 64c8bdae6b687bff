"""Documents a foundation can sign and send: the letterhead in three languages and its signatory, the
programme manager, Kazakh and English titles of calls and trainings, the age group ticked on a sign-in sheet,
coded reasons of decisions, and the register of outgoing letters. Only adds.

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-05 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = {
    "organisation": [
        sa.Column("name_kk", sa.String(length=300), nullable=True),
        sa.Column("name_en", sa.String(length=300), nullable=True),
        sa.Column("address_kk", sa.Text(), nullable=True),
        sa.Column("address_en", sa.Text(), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("signatory_name", sa.String(length=300), nullable=True),
        sa.Column("signatory_position", sa.String(length=200), nullable=True),
        sa.Column("signatory_position_kk", sa.String(length=200), nullable=True),
        sa.Column("signatory_position_en", sa.String(length=200), nullable=True),
    ],
    "programme": [sa.Column("manager_name", sa.String(length=300), nullable=True)],
    "grant_call": [
        sa.Column("title_kk", sa.String(length=300), nullable=True),
        sa.Column("title_en", sa.String(length=300), nullable=True),
    ],
    "training": [
        sa.Column("title_kk", sa.String(length=300), nullable=True),
        sa.Column("title_en", sa.String(length=300), nullable=True),
        sa.Column("venue_kk", sa.String(length=300), nullable=True),
        sa.Column("venue_en", sa.String(length=300), nullable=True),
    ],
    "person": [sa.Column("age_group", sa.String(length=10), nullable=True)],
    "status_event": [sa.Column("reason_code", sa.String(length=40), nullable=True)],
    "selection_decision": [sa.Column("reason_code", sa.String(length=40), nullable=True)],
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(column)
    op.create_table(
        "outgoing_letter",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject_table", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("signatory_name", sa.String(length=300), nullable=True),
        sa.Column("signatory_position", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_letter")),
    )
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outgoing_letter_subject_id"), ["subject_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outgoing_letter_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    raise RuntimeError("FieldApp migrations only add: restore a backup instead of downgrading")

"""Trainings: person search key and merge pointer, consent withdrawal, session check and sheet order,
walk-in registrations, attendance marks, certificates, attachments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 06:25:00
"""

import sqlalchemy as sa
from alembic import op

from fieldapp.text import digits, fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _search_key(full_name: str | None, full_name_latin: str | None, phone: str | None) -> str:
    # the same rule as fieldapp.model.people.person_search_key, frozen here as migrations never import models
    words = dict.fromkeys(fold(full_name).split() + fold(full_name_latin).split())
    national = digits(phone)[-10:]
    return "".join(f" {w}" for w in words) + (f" {national}" if national else "")


def upgrade() -> None:
    op.add_column("person", sa.Column("search_key", sa.String(length=400), nullable=True))
    # plain ADD COLUMN with an inline reference: SQLite adds it in place, no copy of the table
    op.execute("ALTER TABLE person ADD COLUMN merged_into_id VARCHAR(36) REFERENCES person (id)")
    op.create_index("ix_person_search_key", "person", ["search_key"])
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, full_name, full_name_latin, phone FROM person")).all()
    for row_id, full_name, full_name_latin, phone in rows:
        bind.execute(sa.text("UPDATE person SET search_key = :key WHERE id = :id"),
                     {"key": _search_key(full_name, full_name_latin, phone), "id": row_id})

    op.add_column("consent", sa.Column("withdrawn_on", sa.Date(), nullable=True))

    op.add_column("training_session", sa.Column("title", sa.String(length=200), nullable=True))
    op.execute("ALTER TABLE training_session ADD COLUMN checked_by VARCHAR(36) REFERENCES user_profile (id)")
    op.add_column("training_session", sa.Column("checked_at", sa.DateTime(), nullable=True))
    op.add_column("training_session", sa.Column("sheet_order", sa.JSON(), nullable=True))
    op.add_column("training_session", sa.Column("sheet_blank_rows", sa.Integer(), nullable=True))
    op.add_column("training_session", sa.Column("sheet_printed_at", sa.DateTime(), nullable=True))

    op.add_column("registration", sa.Column("walk_in", sa.Boolean(), nullable=False, server_default=sa.false()))

    op.add_column("attendance", sa.Column("marked_at", sa.DateTime(), nullable=True))
    op.add_column("attendance", sa.Column("source", sa.String(length=10), nullable=True))

    op.create_table(
        "certificate",
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("sessions_attended", sa.Integer(), nullable=False),
        sa.Column("sessions_total", sa.Integer(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(["training_id"], ["training.id"], name="fk_certificate_training_id_training"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_certificate_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_certificate"),
        sa.UniqueConstraint("training_id", "person_id", name="uq_certificate_training_id"),
    )
    op.create_index("ix_certificate_training_id", "certificate", ["training_id"])
    op.create_index("ix_certificate_person_id", "certificate", ["person_id"])

    op.create_table(
        "attachment",
        sa.Column("subject_table", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
    )
    op.create_index("ix_attachment_subject", "attachment", ["subject_table", "subject_id"])
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])


def downgrade() -> None:
    raise RuntimeError("FieldApp migrations only add: restore a backup instead of downgrading")

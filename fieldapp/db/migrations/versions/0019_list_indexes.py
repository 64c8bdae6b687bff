"""Indexes the lists' counts read alone (issue 18): a session's marks with their status and person, a training's
registrations, and whether a person is live — so the trainings lists count participants without reading the rows.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 22:20:00
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_attendance_counted", "attendance", ["session_id", "status", "person_id", "deleted_at"]),
    ("ix_registration_counted", "registration", ["training_id", "person_id", "deleted_at"]),
    ("ix_person_live", "person", ["id", "deleted_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)

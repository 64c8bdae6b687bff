"""Printed amendments kept as versions beside the agreement's: ``agreement_version.amendment_id`` names the
amendment a version prints (empty: the agreement itself).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 20:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement_version") as batch:
        batch.add_column(sa.Column("amendment_id", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_agreement_version_amendment_id"), ["amendment_id"], unique=False)
        batch.create_foreign_key(batch.f("fk_agreement_version_amendment_id_amendment"), "amendment",
                                 ["amendment_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("agreement_version") as batch:
        batch.drop_constraint(batch.f("fk_agreement_version_amendment_id_amendment"), type_="foreignkey")
        batch.drop_index(batch.f("ix_agreement_version_amendment_id"))
        batch.drop_column("amendment_id")

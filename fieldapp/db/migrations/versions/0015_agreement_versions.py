"""Every printed agreement kept as a version: the PDF's SHA-256, the fingerprint of its data (in its QR code),
the data themselves and what changed since the version before.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_version",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("data_sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"],
                                name=op.f("fk_agreement_version_agreement_id_agreement")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_version")),
    )
    op.create_index(op.f("ix_agreement_version_agreement_id"), "agreement_version", ["agreement_id"], unique=False)
    op.create_index(op.f("ix_agreement_version_pdf_sha256"), "agreement_version", ["pdf_sha256"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_agreement_version_pdf_sha256"), table_name="agreement_version")
    op.drop_index(op.f("ix_agreement_version_agreement_id"), table_name="agreement_version")
    op.drop_table("agreement_version")

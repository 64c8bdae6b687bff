"""Site visits recorded in full (time, people met, feedback, location, decision with a reason, drafts and
corrections), their progress, checklist, photos and follow-up actions, a programme's checklist, and grantee
reports' spending per budget line and beneficiaries by sex and age.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-04 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _table(name: str, *columns: sa.Column, fks: tuple[tuple[str, str], ...] = (), index: tuple[str, ...] = ()) -> None:
    op.create_table(name, *columns, *_synced(), *(_fk(name, c, t) for c, t in fks),
                    sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")))
    for column in index:
        op.create_index(op.f(f"ix_{name}_{column}"), name, [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("site_visit", schema=None) as batch:
        batch.add_column(sa.Column("visit_time", sa.String(length=5), nullable=True))
        batch.add_column(sa.Column("people_met", sa.Text(), nullable=True))
        batch.add_column(sa.Column("beneficiary_feedback", sa.Text(), nullable=True))
        batch.add_column(sa.Column("users_seen", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("hold_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch.add_column(sa.Column("longitude", sa.Float(), nullable=True))
        batch.add_column(sa.Column("status", sa.String(length=10), nullable=False, server_default="final"))
        batch.add_column(sa.Column("corrects_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key(op.f("fk_site_visit_corrects_id_site_visit"), "site_visit", ["corrects_id"], ["id"])
    with op.batch_alter_table("project_report", schema=None) as batch:
        batch.add_column(sa.Column("cofunding_delivered", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("volunteer_hours", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("accepted_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("accepted_by", sa.String(length=36), nullable=True))
        batch.create_foreign_key(op.f("fk_project_report_accepted_by_user_profile"), "user_profile",
                                 ["accepted_by"], ["id"])
    _table("visit_progress",
           sa.Column("visit_id", sa.String(length=36), nullable=False),
           sa.Column("activity_id", sa.String(length=36), nullable=False),
           sa.Column("percent", sa.Integer(), nullable=False),
           sa.Column("comment", sa.Text(), nullable=True),
           fks=(("visit_id", "site_visit"), ("activity_id", "application_activity")), index=("visit_id",))
    _table("visit_check",
           sa.Column("visit_id", sa.String(length=36), nullable=False),
           sa.Column("position", sa.Integer(), nullable=False),
           sa.Column("item", sa.String(length=300), nullable=False),
           sa.Column("result", sa.String(length=10), nullable=False),
           sa.Column("comment", sa.Text(), nullable=True),
           fks=(("visit_id", "site_visit"),), index=("visit_id",))
    _table("visit_photo",
           sa.Column("visit_id", sa.String(length=36), nullable=False),
           sa.Column("attachment_id", sa.String(length=36), nullable=False),
           sa.Column("position", sa.Integer(), nullable=False),
           sa.Column("taken_at", sa.DateTime(), nullable=True),
           sa.Column("latitude", sa.Float(), nullable=True),
           sa.Column("longitude", sa.Float(), nullable=True),
           sa.Column("orientation", sa.Integer(), nullable=False),
           sa.Column("caption", sa.Text(), nullable=True),
           fks=(("visit_id", "site_visit"), ("attachment_id", "attachment")), index=("visit_id",))
    _table("follow_up_action",
           sa.Column("visit_id", sa.String(length=36), nullable=False),
           sa.Column("agreement_id", sa.String(length=36), nullable=False),
           sa.Column("description", sa.Text(), nullable=False),
           sa.Column("owner", sa.String(length=200), nullable=False),
           sa.Column("due_on", sa.Date(), nullable=True),
           sa.Column("status", sa.String(length=12), nullable=False),
           sa.Column("closed_at", sa.DateTime(), nullable=True),
           sa.Column("closed_by", sa.String(length=36), nullable=True),
           sa.Column("closing_note", sa.Text(), nullable=True),
           fks=(("visit_id", "site_visit"), ("agreement_id", "agreement"), ("closed_by", "user_profile")),
           index=("visit_id", "agreement_id"))
    _table("visit_checklist_item",
           sa.Column("programme_id", sa.String(length=36), nullable=False),
           sa.Column("position", sa.Integer(), nullable=False),
           sa.Column("text_ru", sa.String(length=300), nullable=False),
           sa.Column("text_kk", sa.String(length=300), nullable=True),
           sa.Column("text_en", sa.String(length=300), nullable=True),
           fks=(("programme_id", "programme"),), index=("programme_id",))
    _table("report_spending",
           sa.Column("report_id", sa.String(length=36), nullable=False),
           sa.Column("budget_line_id", sa.String(length=36), nullable=False),
           sa.Column("spent", sa.BigInteger(), nullable=False),
           fks=(("report_id", "project_report"), ("budget_line_id", "budget_line")), index=("report_id",))
    _table("report_beneficiaries",
           sa.Column("report_id", sa.String(length=36), nullable=False),
           sa.Column("sex", sa.String(length=1), nullable=False),
           sa.Column("age_group", sa.String(length=10), nullable=False),
           sa.Column("count", sa.Integer(), nullable=False),
           fks=(("report_id", "project_report"),), index=("report_id",))


def downgrade() -> None:
    for name in ("report_beneficiaries", "report_spending", "visit_checklist_item", "follow_up_action",
                 "visit_photo", "visit_check", "visit_progress"):
        op.drop_table(name)
    with op.batch_alter_table("project_report", schema=None) as batch:
        batch.drop_constraint(op.f("fk_project_report_accepted_by_user_profile"), type_="foreignkey")
        for column in ("accepted_by", "accepted_on", "volunteer_hours", "cofunding_delivered"):
            batch.drop_column(column)
    with op.batch_alter_table("site_visit", schema=None) as batch:
        batch.drop_constraint(op.f("fk_site_visit_corrects_id_site_visit"), type_="foreignkey")
        for column in ("corrects_id", "status", "longitude", "latitude", "hold_reason", "users_seen",
                       "beneficiary_feedback", "people_met", "visit_time"):
            batch.drop_column(column)

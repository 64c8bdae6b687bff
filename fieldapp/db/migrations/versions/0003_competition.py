"""The grant competition: call settlements, attachment rules and criteria; application budget lines, work plan,
monitoring plan and beneficiaries; reviewers, assignments, conflicts, review versions and scores;
selection decisions (attachments use the shared attachment table). Only adds tables and columns.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:10:55.519530
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('call_attachment_rule',
    sa.Column('call_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_call_attachment_rule_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_attachment_rule'))
    )
    with op.batch_alter_table('call_attachment_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_attachment_rule_call_id'), ['call_id'], unique=False)


    op.create_table('call_reviewer',
    sa.Column('call_id', sa.String(length=36), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_call_reviewer_call_id_grant_call')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['user_profile.id'], name=op.f('fk_call_reviewer_reviewer_id_user_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_reviewer')),
    sa.UniqueConstraint('call_id', 'reviewer_id', name='uq_call_reviewer_call_reviewer')
    )
    with op.batch_alter_table('call_reviewer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_reviewer_call_id'), ['call_id'], unique=False)

    op.create_table('call_settlement',
    sa.Column('call_id', sa.String(length=36), nullable=False),
    sa.Column('settlement_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_call_settlement_call_id_grant_call')),
    sa.ForeignKeyConstraint(['settlement_id'], ['locality.id'], name=op.f('fk_call_settlement_settlement_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_settlement')),
    sa.UniqueConstraint('call_id', 'settlement_id', name='uq_call_settlement_call_settlement')
    )
    with op.batch_alter_table('call_settlement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_settlement_call_id'), ['call_id'], unique=False)

    op.create_table('criterion',
    sa.Column('call_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=True),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('max_score', sa.Integer(), nullable=False),
    sa.Column('weight', sa.BigInteger(), nullable=False),
    sa.Column('comment_required', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_criterion_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion'))
    )
    with op.batch_alter_table('criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_call_id'), ['call_id'], unique=False)

    op.create_table('application_activity',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('activity', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('responsible', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_activity_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_activity'))
    )
    with op.batch_alter_table('application_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_activity_application_id'), ['application_id'], unique=False)

    op.create_table('application_beneficiaries',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('age_group', sa.String(length=10), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_beneficiaries_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_beneficiaries')),
    sa.UniqueConstraint('application_id', 'kind', 'sex', 'age_group', name='uq_application_beneficiaries_cell')
    )
    with op.batch_alter_table('application_beneficiaries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_beneficiaries_application_id'), ['application_id'], unique=False)

    op.create_table('budget_line',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=True),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_cost', sa.BigInteger(), nullable=False),
    sa.Column('requested', sa.BigInteger(), nullable=False),
    sa.Column('cofunding', sa.BigInteger(), nullable=False),
    sa.Column('inkind', sa.BigInteger(), nullable=False),
    sa.Column('volunteer_hours', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_budget_line_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_application_id'), ['application_id'], unique=False)

    op.create_table('conflict_of_interest',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('declared_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_conflict_of_interest_application_id_application')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['user_profile.id'], name=op.f('fk_conflict_of_interest_reviewer_id_user_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_of_interest'))
    )
    with op.batch_alter_table('conflict_of_interest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_of_interest_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_of_interest_reviewer_id'), ['reviewer_id'], unique=False)

    op.create_table('monitoring_indicator',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('baseline', sa.String(length=300), nullable=True),
    sa.Column('target', sa.String(length=300), nullable=True),
    sa.Column('verification', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_monitoring_indicator_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_indicator'))
    )
    with op.batch_alter_table('monitoring_indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_indicator_application_id'), ['application_id'], unique=False)

    op.create_table('review',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('correction_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_review_application_id_application')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['user_profile.id'], name=op.f('fk_review_reviewer_id_user_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review')),
    sa.UniqueConstraint('application_id', 'reviewer_id', 'version', name='uq_review_application_version')
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_reviewer_id'), ['reviewer_id'], unique=False)

    op.create_table('review_assignment',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_review_assignment_application_id_application')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['user_profile.id'], name=op.f('fk_review_assignment_reviewer_id_user_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_assignment')),
    sa.UniqueConstraint('application_id', 'reviewer_id', name='uq_review_assignment_application_reviewer')
    )
    with op.batch_alter_table('review_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_assignment_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_assignment_reviewer_id'), ['reviewer_id'], unique=False)

    op.create_table('selection_decision',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('call_id', sa.String(length=36), nullable=False),
    sa.Column('decision', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('envelope_override', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_user_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_selection_decision_application_id_application')),
    sa.ForeignKeyConstraint(['by_user_id'], ['user_profile.id'], name=op.f('fk_selection_decision_by_user_id_user_profile')),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_selection_decision_call_id_grant_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_decision'))
    )
    with op.batch_alter_table('selection_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_selection_decision_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_selection_decision_call_id'), ['call_id'], unique=False)

    op.create_table('review_score',
    sa.Column('review_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_review_score_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_score_review_id_review')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_score')),
    sa.UniqueConstraint('review_id', 'criterion_id', name='uq_review_score_review_criterion')
    )
    with op.batch_alter_table('review_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_score_review_id'), ['review_id'], unique=False)

    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=2), nullable=False, server_default='ru'))
        batch_op.add_column(sa.Column('starts_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('duration_months', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('problem', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('goal', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('objectives', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('community_participation', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('inclusion', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('risks', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('sustainability', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('volunteer_hours', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('approved_amount', sa.BigInteger(), nullable=True))

    with op.batch_alter_table('grant_call', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('description', sa.Text(), nullable=True))



def downgrade() -> None:
    raise RuntimeError("FieldApp migrations only add: restore a backup instead of downgrading")

"""Initial schema: organisations, programme and cycles, localities, people, trainings, grants, history.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 06:03:59.341455
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('local_device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('prefix', sa.String(length=8), nullable=False),
    sa.Column('hlc_wall', sa.Integer(), nullable=False),
    sa.Column('hlc_counter', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_device'))
    )
    op.create_table('local_draft',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_draft'))
    )
    op.create_table('local_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_setting'))
    )
    op.create_table('locality',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('kato', sa.String(length=9), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['locality.id'], name=op.f('fk_locality_parent_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_locality'))
    )
    op.create_table('number_counter',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_number_counter'))
    )
    op.create_table('operation',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('user_name', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.String(length=40), nullable=True),
    sa.Column('scope_cycle_id', sa.String(length=36), nullable=True),
    sa.Column('scope_settlement_id', sa.String(length=36), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_operation')),
    sa.UniqueConstraint('device_id', 'seq', name=op.f('uq_operation_device_id'))
    )
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_operation_row', ['table_name', 'row_id'], unique=False)

    op.create_table('organisation',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=100), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('bin', sa.String(length=12), nullable=True),
    sa.Column('iban', sa.String(length=20), nullable=True),
    sa.Column('bank', sa.String(length=200), nullable=True),
    sa.Column('bic', sa.String(length=11), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('user_profile',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_profile'))
    )
    op.create_table('person',
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('full_name_latin', sa.String(length=300), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('settlement_id', sa.String(length=36), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('iin', sa.String(length=12), nullable=True),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['settlement_id'], ['locality.id'], name=op.f('fk_person_settlement_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_full_name'), ['full_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_iin'), ['iin'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_settlement_id'), ['settlement_id'], unique=False)

    op.create_table('programme',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=True),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('donor_id', sa.String(length=36), nullable=True),
    sa.Column('region_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['donor_id'], ['organisation.id'], name=op.f('fk_programme_donor_id_organisation')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_programme_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['region_id'], ['locality.id'], name=op.f('fk_programme_region_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme'))
    )
    op.create_table('status_event',
    sa.Column('subject_table', sa.String(length=40), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_user_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['by_user_id'], ['user_profile.id'], name=op.f('fk_status_event_by_user_id_user_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_event'))
    )
    with op.batch_alter_table('status_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_event_subject_id'), ['subject_id'], unique=False)

    op.create_table('consent',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('third_parties', sa.Boolean(), nullable=False),
    sa.Column('guardian_name', sa.String(length=300), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_person_id'), ['person_id'], unique=False)

    op.create_table('cycle',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_cycle_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cycle'))
    )
    op.create_table('initiative_group',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('settlement_id', sa.String(length=36), nullable=True),
    sa.Column('leader_id', sa.String(length=36), nullable=True),
    sa.Column('experience', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_initiative_group_leader_id_person')),
    sa.ForeignKeyConstraint(['settlement_id'], ['locality.id'], name=op.f('fk_initiative_group_settlement_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative_group'))
    )
    op.create_table('grant_call',
    sa.Column('cycle_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('max_grant', sa.BigInteger(), nullable=False),
    sa.Column('envelope', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['cycle_id'], ['cycle.id'], name=op.f('fk_grant_call_cycle_id_cycle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_call'))
    )
    with op.batch_alter_table('grant_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_call_cycle_id'), ['cycle_id'], unique=False)

    op.create_table('group_member',
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['initiative_group.id'], name=op.f('fk_group_member_group_id_initiative_group')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_group_member_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_member'))
    )
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_member_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_member_person_id'), ['person_id'], unique=False)

    op.create_table('training',
    sa.Column('cycle_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=True),
    sa.Column('settlement_id', sa.String(length=36), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('agenda', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['cycle_id'], ['cycle.id'], name=op.f('fk_training_cycle_id_cycle')),
    sa.ForeignKeyConstraint(['settlement_id'], ['locality.id'], name=op.f('fk_training_settlement_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_cycle_id'), ['cycle_id'], unique=False)

    op.create_table('application',
    sa.Column('call_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=True),
    sa.Column('settlement_id', sa.String(length=36), nullable=True),
    sa.Column('draft_number', sa.String(length=30), nullable=False),
    sa.Column('registration_number', sa.String(length=30), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('requested_amount', sa.BigInteger(), nullable=False),
    sa.Column('akimat_cofunding', sa.BigInteger(), nullable=False),
    sa.Column('community_inkind', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['grant_call.id'], name=op.f('fk_application_call_id_grant_call')),
    sa.ForeignKeyConstraint(['group_id'], ['initiative_group.id'], name=op.f('fk_application_group_id_initiative_group')),
    sa.ForeignKeyConstraint(['settlement_id'], ['locality.id'], name=op.f('fk_application_settlement_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('draft_number', name=op.f('uq_application_draft_number')),
    sa.UniqueConstraint('registration_number', name=op.f('uq_application_registration_number'))
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_call_id'), ['call_id'], unique=False)

    op.create_table('registration',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_registration_person_id_person')),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_registration_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration')),
    sa.UniqueConstraint('training_id', 'person_id', name=op.f('uq_registration_training_id'))
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_training_id'), ['training_id'], unique=False)

    op.create_table('training_session',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('checked_against_sheet', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_session_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_session'))
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_session_training_id'), ['training_id'], unique=False)

    op.create_table('training_trainer',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_training_trainer_person_id_person')),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_trainer_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_trainer'))
    )
    with op.batch_alter_table('training_trainer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_trainer_training_id'), ['training_id'], unique=False)

    op.create_table('agreement',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=True),
    sa.Column('draft_number', sa.String(length=30), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_agreement_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('application_id', name=op.f('uq_agreement_application_id')),
    sa.UniqueConstraint('draft_number', name=op.f('uq_agreement_draft_number')),
    sa.UniqueConstraint('number', name=op.f('uq_agreement_number'))
    )
    op.create_table('attendance',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_attendance_session_id_training_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'person_id', name=op.f('uq_attendance_session_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('project_report',
    sa.Column('agreement_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('spent_amount', sa.BigInteger(), nullable=False),
    sa.Column('beneficiaries_direct', sa.Integer(), nullable=False),
    sa.Column('beneficiaries_indirect', sa.Integer(), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_project_report_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_report'))
    )
    with op.batch_alter_table('project_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_report_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('site_visit',
    sa.Column('agreement_id', sa.String(length=36), nullable=False),
    sa.Column('settlement_id', sa.String(length=36), nullable=True),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('announced', sa.Boolean(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=True),
    sa.Column('next_tranche_ok', sa.Boolean(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_site_visit_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['officer_id'], ['user_profile.id'], name=op.f('fk_site_visit_officer_id_user_profile')),
    sa.ForeignKeyConstraint(['settlement_id'], ['locality.id'], name=op.f('fk_site_visit_settlement_id_locality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_visit'))
    )
    with op.batch_alter_table('site_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_visit_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('tranche',
    sa.Column('agreement_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('paid_amount', sa.BigInteger(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_tranche_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tranche'))
    )
    with op.batch_alter_table('tranche', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tranche_agreement_id'), ['agreement_id'], unique=False)



def downgrade() -> None:
    raise RuntimeError("FieldApp migrations only add: restore a backup instead of downgrading")

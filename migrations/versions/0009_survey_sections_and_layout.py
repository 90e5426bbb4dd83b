"""survey sections and layout

A survey is shown a section per screen (the profile, then each sphere of the project) or on a
single page (``layout``); ``survey.sections`` holds the sections' keys and titles in order and
``question.section`` the key of each question's section. Existing surveys get the sectioned
layout and no sections of their own: the profile, then the other questions.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('layout', sa.String(length=12), server_default='sections', nullable=False))
        batch_op.add_column(sa.Column('sections', sa.JSON(), nullable=True))
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.add_column(sa.Column('section', sa.String(length=40), nullable=True))


def downgrade():
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_column('section')
    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.drop_column('sections')
        batch_op.drop_column('layout')

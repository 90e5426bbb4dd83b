"""simulated waves and learners

A wave made by `flask demo simulate` is marked simulated, and so is every learner account it
makes (such an account cannot sign in). Both default to false for existing rows.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 18:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('wave', schema=None) as batch_op:
        batch_op.add_column(sa.Column('simulated', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('simulated', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('simulated')
    with op.batch_alter_table('wave', schema=None) as batch_op:
        batch_op.drop_column('simulated')

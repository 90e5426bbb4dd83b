"""question versions, reminders sent, users' language

A drawn question is replaced by a new version rather than edited (superseded_by_id); the
reminders `flask training remind` owes and has sent; the language of a person's e-mails.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-05 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def foreign_keys(on: bool):
    """SQLite copies a table to change it (batch mode): dropping the old copy of a table that
    other rows point at fails while foreign keys are enforced, so they are off meanwhile."""
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def upgrade():
    foreign_keys(False)
    with op.batch_alter_table('bank_question', schema=None) as batch_op:
        batch_op.add_column(sa.Column('superseded_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_bank_question_superseded_by_id_bank_question'),
            'bank_question', ['superseded_by_id'], ['id'],
        )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=2), nullable=True))
    foreign_keys(True)
    op.create_table('reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('claimed_until', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_reminder_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder')),
    sa.UniqueConstraint('kind', 'user_id', 'subject', name=op.f('uq_reminder_kind'))
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_sent_at'), ['sent_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_user_id'))
        batch_op.drop_index(batch_op.f('ix_reminder_sent_at'))
    op.drop_table('reminder')
    foreign_keys(False)
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('bank_question', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('fk_bank_question_superseded_by_id_bank_question'), type_='foreignkey'
        )
        batch_op.drop_column('superseded_by_id')
    foreign_keys(True)

"""trends: population tables, wave weighting, cached sums of closed waves

The sums of a closed wave are kept (indicator_sums) with the stamp they were computed under
(wave_figures); a new stamp (the wave reopened, its weights or its survey changed) drops them.
Every row goes with its wave.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06 20:00:00.000000

"""
from alembic import op
import sqlalchemy as sa



# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'population_table',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uploaded_at', sa.DateTime(), nullable=False),
        sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=True),
        sa.Column('approximate', sa.Boolean(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['uploaded_by_id'], ['user.id'], name=op.f('fk_population_table_uploaded_by_id_user'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_population_table')),
    )
    op.create_table(
        'wave_weighting',
        sa.Column('wave_id', sa.Integer(), nullable=False),
        sa.Column('population_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.String(length=32), nullable=False),
        sa.Column('weighted_at', sa.DateTime(), nullable=False),
        sa.Column('responses', sa.Integer(), nullable=False),
        sa.Column('design_effect', sa.Float(), nullable=True),
        sa.Column('problem', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['population_id'], ['population_table.id'], name=op.f('fk_wave_weighting_population_id_population_table'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['wave_id'], ['wave.id'], name=op.f('fk_wave_weighting_wave_id_wave'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('wave_id', name=op.f('pk_wave_weighting')),
    )
    op.create_table(
        'wave_figures',
        sa.Column('wave_id', sa.Integer(), nullable=False),
        sa.Column('stamp', sa.String(length=64), nullable=False),
        sa.Column('computed_at', sa.DateTime(), nullable=False),
        sa.Column('responses', sa.Integer(), nullable=False),
        sa.Column('alphas', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['wave_id'], ['wave.id'], name=op.f('fk_wave_figures_wave_id_wave'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('wave_id', name=op.f('pk_wave_figures')),
    )
    op.create_table(
        'indicator_sums',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('wave_id', sa.Integer(), nullable=False),
        sa.Column('indicator', sa.String(length=80), nullable=False),
        sa.Column('region_id', sa.Integer(), nullable=True),
        sa.Column('breakdown', sa.String(length=20), nullable=False),
        sa.Column('category', sa.String(length=40), nullable=False),
        sa.Column('withheld', sa.String(length=16), nullable=True),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('sw', sa.Float(), nullable=False),
        sa.Column('swy', sa.Float(), nullable=False),
        sa.Column('sww', sa.Float(), nullable=False),
        sa.Column('swwy', sa.Float(), nullable=False),
        sa.Column('swwyy', sa.Float(), nullable=False),
        sa.Column('sy', sa.Float(), nullable=False),
        sa.Column('syy', sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_indicator_sums_region_id_region'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['wave_id'], ['wave.id'], name=op.f('fk_indicator_sums_wave_id_wave'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_sums')),
    )
    op.create_index('ix_indicator_sums_wave_indicator', 'indicator_sums', ['wave_id', 'indicator'], unique=False)


def downgrade():
    op.drop_index('ix_indicator_sums_wave_indicator', table_name='indicator_sums')
    op.drop_table('indicator_sums')
    op.drop_table('wave_figures')
    op.drop_table('wave_weighting')
    op.drop_table('population_table')

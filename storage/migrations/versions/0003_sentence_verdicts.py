"""sentence verdicts of checked versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 14:20:00.000000
"""

from alembic import op
import sqlalchemy as sa
import storage.models


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sentence_verdicts',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blob.sha256'], ),
    sa.ForeignKeyConstraint(['version_id'], ['version.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('version_id')
    )


def downgrade() -> None:
    op.drop_table('sentence_verdicts')

"""document ignore patterns

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 19:10:00.000000

The watchlist's per-document ``ignore`` patterns, stored by the watchlist sync, so that the crawl of a
batch needs only document ids and a database URL (not the watchlist file). Existing rows get NULL
(no own patterns) until the next sync, which every `run` and the daemon's start do.
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ignore', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('ignore')

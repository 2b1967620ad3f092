"""bundles: how far the writers of a delivered bundle have been told

Revision ID: b7d3e1f4a962
Revises: 9e4b2f6a1c08
Create Date: 2026-12-08 10:30:00.000000

Two columns: the last message id whose writer was e-mailed (a cursor, so the job
resumes where it stopped) and when all were told. Bundles delivered before this
keep 0 and NULL: their writers were never told, and nothing tells them now
(the job runs only when a bundle is marked delivered).
"""
from alembic import op
import sqlalchemy as sa

import petitions.database


# revision identifiers, used by Alembic.
revision = 'b7d3e1f4a962'
down_revision = '9e4b2f6a1c08'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('bundles', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('writers_told_through', sa.Integer(), nullable=False, server_default='0')
        )
        batch_op.add_column(sa.Column('writers_told_at', petitions.database.UTCDateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('bundles', schema=None) as batch_op:
        batch_op.drop_column('writers_told_at')
        batch_op.drop_column('writers_told_through')

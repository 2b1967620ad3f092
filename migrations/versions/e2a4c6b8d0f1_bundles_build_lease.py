"""bundles: a build holds its bundle by a lease (heartbeat_at)

Revision ID: e2a4c6b8d0f1
Revises: d9f1b3c5a7e2
Create Date: 2026-12-08 00:20:00.000000

"Retry" on a bundle still building built it twice with two workers, and the ZIP on disk
then differed from the checksum shown to staff. A build now claims its bundle and keeps a
heartbeat; another build or a retry may take over only once the heartbeat is older than
the lease.
"""
from alembic import op
import sqlalchemy as sa

import petitions.database


# revision identifiers, used by Alembic.
revision = 'e2a4c6b8d0f1'
down_revision = 'd9f1b3c5a7e2'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('bundles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('heartbeat_at', petitions.database.UTCDateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('bundles', schema=None) as batch_op:
        batch_op.drop_column('heartbeat_at')

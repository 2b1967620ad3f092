"""outbox_jobs: done only when the job has finished; retries due later

Revision ID: c4e8a1d2f7b3
Revises: b7d3e1f4a962
Create Date: 2026-12-08 00:00:00.000000

An outbox row counted as done once handed to rq, and a job lost after that (Redis losing
its data, rq's retries running out during a long SMTP outage) was lost for good. Rows now
carry ``done_at`` (set when the job finished) and ``due_at`` (the next try). Rows
dispatched before this migration are taken as done: their jobs ran long ago, or rq holds
them still.
"""
from alembic import op
import sqlalchemy as sa

import petitions.database


# revision identifiers, used by Alembic.
revision = 'c4e8a1d2f7b3'
down_revision = 'b7d3e1f4a962'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('outbox_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_at', petitions.database.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('done_at', petitions.database.UTCDateTime(timezone=True), nullable=True))
        batch_op.drop_index('ix_outbox_jobs_pending', sqlite_where=sa.text('dispatched_at IS NULL'), postgresql_where=sa.text('dispatched_at IS NULL'))
        batch_op.create_index('ix_outbox_jobs_open', ['id'], unique=False, sqlite_where=sa.text('done_at IS NULL'), postgresql_where=sa.text('done_at IS NULL'))
    jobs = sa.table('outbox_jobs', sa.column('dispatched_at'), sa.column('done_at'))
    op.execute(jobs.update().where(jobs.c.dispatched_at.isnot(None)).values(done_at=jobs.c.dispatched_at))


def downgrade():
    with op.batch_alter_table('outbox_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_jobs_open', sqlite_where=sa.text('done_at IS NULL'), postgresql_where=sa.text('done_at IS NULL'))
        batch_op.create_index('ix_outbox_jobs_pending', ['id'], unique=False, sqlite_where=sa.text('dispatched_at IS NULL'), postgresql_where=sa.text('dispatched_at IS NULL'))
        batch_op.drop_column('done_at')
        batch_op.drop_column('due_at')

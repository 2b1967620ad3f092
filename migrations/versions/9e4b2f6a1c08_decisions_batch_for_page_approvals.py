"""decisions: a batch for decisions taken together (fast-lane page approval)

Revision ID: 9e4b2f6a1c08
Revises: 5c1e9a7b3d20
Create Date: 2026-12-08 09:10:00.000000

A nullable column: existing decisions were each taken alone and keep NULL.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9e4b2f6a1c08'
down_revision = '5c1e9a7b3d20'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('batch', sa.String(length=32), nullable=True))


def downgrade():
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('batch')

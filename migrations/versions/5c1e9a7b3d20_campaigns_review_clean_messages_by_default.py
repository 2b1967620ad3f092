"""campaigns: clean messages wait for a human by default

Revision ID: 5c1e9a7b3d20
Revises: db397fddb76e
Create Date: 2026-12-08 09:00:00.000000

The column's server default becomes true, and every existing campaign is set to
review its clean messages. Until now false was the default that nobody chose:
the settings page offered no opt-in worth the name and recorded no decision, so
a stored false cannot be told apart from "never looked at it". An operator who
upgrades expects the new promise (a human sees every message) to hold for the
campaigns already running, so nothing is delivered unread after the upgrade;
staff who really want auto-approval opt in again on the screening settings
page, which now states the engine's measured miss rate next to the switch.
Messages already approved stay approved: decisions are never rewritten.

The downgrade drops the server default again (there was none) and leaves the
rows as they are: which campaigns had it off before cannot be known, and turning
review off for everyone would deliver unread messages.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c1e9a7b3d20'
down_revision = 'db397fddb76e'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.alter_column(
            'review_clean_messages',
            existing_type=sa.Boolean(),
            existing_nullable=False,
            server_default=sa.true(),
        )
    campaigns = sa.table('campaigns', sa.column('review_clean_messages', sa.Boolean()))
    op.execute(campaigns.update().values(review_clean_messages=True))


def downgrade():
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.alter_column(
            'review_clean_messages',
            existing_type=sa.Boolean(),
            existing_nullable=False,
            server_default=None,
        )

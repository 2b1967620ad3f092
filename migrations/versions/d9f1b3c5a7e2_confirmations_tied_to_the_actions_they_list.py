"""confirmations: each pending action tied to the confirmation whose e-mail listed it

Revision ID: d9f1b3c5a7e2
Revises: c4e8a1d2f7b3
Create Date: 2026-12-08 00:10:00.000000

A confirmation confirmed every pending action of its supporter, so anyone could write a
message with someone else's address and have it confirmed, under their name, by that
person's click on their own signature. Signatures and messages now carry the confirmation
that announced them, and a confirmation's list is fixed (``listed_at``) when its e-mail is
written. Rows pending before this migration are tied to their supporter's newest unused
confirmation (what its click would have confirmed until now).
"""
from alembic import op
import sqlalchemy as sa

import petitions.database


# revision identifiers, used by Alembic.
revision = 'd9f1b3c5a7e2'
down_revision = 'c4e8a1d2f7b3'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('confirmations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('listed_at', petitions.database.UTCDateTime(timezone=True), nullable=True))
    for table in ('signatures', 'messages'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('confirmation_id', sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_confirmation_id'), ['confirmation_id'], unique=False)
            batch_op.create_foreign_key(f'fk_{table}_confirmation_id_confirmations', 'confirmations', ['confirmation_id'], ['id'])
    op.execute("UPDATE confirmations SET listed_at = sent_at WHERE sent_at IS NOT NULL")
    for table, pending in (('signatures', 'pending'), ('messages', 'unconfirmed')):
        op.execute(
            f"UPDATE {table} SET confirmation_id = ("
            "SELECT max(c.id) FROM confirmations c "
            f"WHERE c.supporter_id = {table}.supporter_id AND c.used_at IS NULL"
            f") WHERE status = '{pending}'"
        )


def downgrade():
    for table in ('signatures', 'messages'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'fk_{table}_confirmation_id_confirmations', type_='foreignkey')
            batch_op.drop_index(batch_op.f(f'ix_{table}_confirmation_id'))
            batch_op.drop_column('confirmation_id')
    with op.batch_alter_table('confirmations', schema=None) as batch_op:
        batch_op.drop_column('listed_at')

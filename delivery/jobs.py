"""Background jobs of delivery: they take ids and are safe to run twice."""

from __future__ import annotations

from delivery.services.bundles import build
from petitions.queue import job


@job
def build_bundle(bundle_id: int) -> None:
    """Build one bundle's ZIP and mark its messages bundled (nothing if already built)."""
    build(bundle_id)

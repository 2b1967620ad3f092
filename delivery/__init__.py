"""Delivery: bundles of approved messages for rights holders, signature lists for authorities."""

"""Benchmarks of the service (see BENCHMARKS.md): ``python -m bench [NAME ...]``."""

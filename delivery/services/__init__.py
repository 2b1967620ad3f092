"""Delivery operations as plain functions, tested without HTTP."""

"""Moderation operations as plain functions, tested without HTTP."""

"""Business operations as plain functions: take ids and values, tested without HTTP."""

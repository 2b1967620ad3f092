"""Moderation: the netiquette screening engine and the moderators' workspace."""

"""Accounts: users, roles, regions; login and logout; ``flask users ...``."""

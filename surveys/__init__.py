"""Surveys: instruments, waves, anonymous responses; the public take-a-survey flow."""

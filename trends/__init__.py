"""Trends: statistics (stats.py), SQL aggregates, the dashboard and open data."""

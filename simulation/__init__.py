"""Simulated survey waves and training with known effects (``flask demo simulate``).

population.py reads the demo population table (population.csv), effects.py holds the known
effects the tests look for, surveys.py and training.py generate and write the simulated data,
cli.py is the command line. Every choice is written down in docs/simulation.md.
"""

"""Training: modules, lessons, question bank, attempts, certificates."""

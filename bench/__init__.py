"""Benchmarks and measurements of conflictfacts, run as scripts: python bench/run.py."""

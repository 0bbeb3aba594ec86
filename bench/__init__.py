"""Benchmarks: one ``*_bench.py`` script per area, JSON out, run by ``python -m bench.run_all``."""

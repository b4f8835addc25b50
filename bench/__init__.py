"""Benchmarks (``make bench``): search quality on the held-out dev set, and REST latency."""

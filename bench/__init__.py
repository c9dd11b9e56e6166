"""Benchmarks: scripts with their own command (`make bench`); results in bench/RESULTS.md."""

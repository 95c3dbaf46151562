"""Benchmarks (quality and speed) on ../shared data; run with python -m bench.<name>."""

"""Support for the test suite and the benchmarks (no Qt): generated articles and the like.

It ships with the package so that ``tests/`` and ``bench/`` share one implementation; the
app itself never imports it.
"""

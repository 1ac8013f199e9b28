"""The percentiles the benchmark tables print (nearest rank, so a p95 is a time that happened)."""

from __future__ import annotations


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile of ``values`` (0-100); NaN when there are none."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def p95(values: list[float]) -> float:
    return percentile(values, 95)

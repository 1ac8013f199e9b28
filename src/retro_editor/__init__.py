"""Retro Editor: a desktop editor for long-form retrospective articles in Markdown."""

__version__ = "0.1.0"

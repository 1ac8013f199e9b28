"""Markdown to HTML, page templates and themes. Imports no Qt."""

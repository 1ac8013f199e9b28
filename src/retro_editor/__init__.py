"""Retro Editor: a desktop editor for long-form retrospective articles in Markdown."""

__version__ = "0.1.0"
#: the project's web page (named in the User-Agent of every web request, and in the packages)
__homepage__ = "https://retroeditor.org/"

"""Reading the web for the related-news table: one HTTP client, page metadata, link checks.

No Qt here: the command line uses these modules directly and the UI runs them on its task
runner. Nothing is fetched at import time, and nothing read from a page is ever executed:
titles and dates come back as plain text.
"""

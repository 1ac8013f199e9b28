"""A real HTTP server on 127.0.0.1 for the web tests (threaded: slow answers block nothing).

Imported as fixtures by the test modules that need it (tests/web/conftest.py, the UI tests).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    http = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    http.start()
    yield http
    http.clear()
    if http.is_running():
        http.stop()


@pytest.fixture
def refused_url() -> str:
    """A URL on a port nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"

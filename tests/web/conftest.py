"""The web tests' fixtures: a real local HTTP server and a refused port."""

from tests.web.local_server import refused_url, server  # noqa: F401

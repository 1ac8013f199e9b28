"""The user name and password of an https remote, kept in the platform's keyring (the
macOS Keychain, Windows Credential Locker, the Secret Service on Linux), never in the project.

Entries are stored under the service ``retro-editor sync`` and the remote's URL without any
user name or password written into it.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit, urlunsplit

SERVICE = "retro-editor sync"


class KeyringUnavailable(Exception):
    """The platform keyring cannot be used (no backend, locked, refused)."""


def credential_key(url: str) -> str:
    """The URL a credential is filed under: scheme, host, port and path, nothing else."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def needs_credentials(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def stored_credentials(url: str) -> tuple[str, str] | None:
    """The stored (user name, password), or None when none is stored or no keyring works."""
    try:
        import keyring
        from keyring.errors import KeyringError

        value = keyring.get_password(SERVICE, credential_key(url))
    except (ImportError, KeyringError, RuntimeError):
        return None
    if not value:
        return None
    try:
        data = json.loads(value)
        return str(data["username"]), str(data["password"])
    except (ValueError, KeyError, TypeError):
        return None


def store_credentials(url: str, username: str, password: str) -> None:
    """Keeps the credentials for the next sync; ``KeyringUnavailable`` when it cannot."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(SERVICE, credential_key(url),
                             json.dumps({"username": username, "password": password}))
    except (ImportError, KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from None


def forget_credentials(url: str) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.delete_password(SERVICE, credential_key(url))
    except (ImportError, KeyringError, RuntimeError):
        pass

#!/usr/bin/env bash
# Installs everything, then starts Retro Editor on the bundled sample project
# (or on the project given as the first argument).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
exec "$here/.venv/bin/retro-editor" "$@"

#!/usr/bin/env bash
# Installs everything, then starts Retro Editor on the project given as the first argument
# (without one: the last project, or the start screen, which offers the sample article).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
exec "$here/.venv/bin/retro-editor" "$@"

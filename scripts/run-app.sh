#!/usr/bin/env bash
# Installs everything, then starts Retro Editor on the project given as the first argument
# (without one: on the writer's copy of the bundled sample article, in Documents/Retro Editor).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
if [ "$#" -eq 0 ]; then
    exec "$here/.venv/bin/retro-editor" --sample
fi
exec "$here/.venv/bin/retro-editor" "$@"

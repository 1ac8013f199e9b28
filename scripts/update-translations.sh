#!/usr/bin/env bash
# Extracts the interface's strings into resources/translations/*.ts (translations kept) and
# compiles the .qm files the app loads. Pass --check to only report catalogues not current.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$here/.venv/bin/python}"
[ -x "$python" ] || python=python3
exec "$python" "$here/scripts/update_translations.py" "$@"

#!/usr/bin/env bash
# Rewrites the export reference files (tests/export/reference/) and the renderer's golden
# files (tests/render/golden/) from the current code; review the diff before committing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
python="${PYTHON:-.venv/bin/python}"
export QT_QPA_PLATFORM=offscreen
RETRO_UPDATE_REFERENCE=1 "$python" -m pytest -q tests/export/test_reference_output.py \
    tests/export/test_reference_formats.py
RETRO_UPDATE_GOLDEN=1 "$python" -m pytest -q tests/render/test_markdown.py
git status --short tests/export/reference tests/render/golden

#!/usr/bin/env bash
# Installs everything (system packages included), then runs the whole test suite.
# Runs the code checks (ruff, mypy; RETRO_SKIP_CHECKS=1 skips them), then pytest with the
# extra arguments. Exits non-zero if a check or a test fails, or if no test ran.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
cd "$here"
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu}"
if [ "${RETRO_SKIP_CHECKS:-0}" != "1" ]; then
    echo "run-tests: ruff"
    .venv/bin/ruff check src tests bench packaging
    echo "run-tests: mypy"
    .venv/bin/mypy
fi
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "run-tests: pytest collected no tests; treating that as a failure" >&2
    exit 1
fi
exit "$status"

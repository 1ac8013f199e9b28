#!/usr/bin/env bash
# Installs everything Retro Editor needs on a fresh Debian/Ubuntu machine:
# the system libraries Qt and QtWebEngine load, fonts, the tools the tests use,
# then a virtual environment in .venv with the app and its test dependencies.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

system_packages=(
    fonts-dejavu-core libegl1 libgl1 libopengl0 libfontconfig1 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2
    xvfb xauth poppler-utils desktop-file-utils appstream
    libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es
    hugo jekyll ruby-jekyll-seo-tag
)

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    missing=()
    for p in "${system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "bootstrap: installing system packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
elif command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: not root; make sure these packages are installed: ${system_packages[*]}" >&2
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test,packaging]"
    touch "$stamp"
fi

#!/usr/bin/env bash
# Install what the browser tests (tests/serve/test_browser.py, marked browser + slow) need, for CI:
# Debian's chromium (never `playwright install`: no browser downloads from a CDN) and Playwright for Python.
# Usage: scripts/install_browser.sh [PYTHON]   (default .venv/bin/python)
set -euo pipefail
PYTHON="${1:-.venv/bin/python}"
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi
"$PYTHON" -m pip install --quiet "playwright>=1.45"
chromium --version || /usr/bin/chromium --version
echo "browser tests: $PYTHON -m pytest tests/serve -m browser" >&2

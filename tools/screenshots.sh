#!/bin/sh
# Redraws docs/screenshots/ from a fresh build, with Debian's headless Chromium
# (apt-get install -y chromium) driven by playwright-core (npm ci). Run from the repository root.
set -eu
./quire build >/dev/null
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund >/dev/null
node tools/screenshots.mjs

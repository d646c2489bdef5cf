#!/bin/sh
# Redraws docs/screenshots/ from a fresh build, with Debian's headless Chromium
# (apt-get install -y chromium). Run from the repository root.
set -eu
port=${PORT:-8765}
./quire build >/dev/null
python3 -m http.server "$port" -d target/site >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
base=http://127.0.0.1:$port/email-security/deployment/inline/setup/office-365-area1-mx/use-cases
shot() { # size file url [extra flags]
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$(mktemp -d)" --window-size="$1" --screenshot="$2" ${4:-} "$3" >/dev/null 2>&1
}
mkdir -p docs/screenshots
shot 1280,1000 docs/screenshots/use-cases-index.png "$base/"
shot 1280,1400 docs/screenshots/use-case-2-light.png "$base/use-case-2/"
shot 1280,1400 docs/screenshots/use-case-2-dark.png "$base/use-case-2/" --blink-settings=preferredColorScheme=0
shot 360,1400 docs/screenshots/use-case-4-360px.png "$base/use-case-4/"
echo "screenshots in docs/screenshots/"

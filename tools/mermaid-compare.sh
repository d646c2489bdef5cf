#!/bin/sh
# Draws docs/screenshots/mermaid-<name>.png: quire's build-time SVG (left) beside mermaid.js's
# own rendering (right) of the same diagram, for each fixture named on the command line
# (default: seed shapes edges subgraphs styles). Needs Debian's chromium and python3-pil.
set -eu
names=${*:-seed shapes edges subgraphs styles}
work=$(mktemp -d)
port=${PORT:-8766}
mvn -B -q -Dstyle.color=never -DskipTests package >/dev/null 2>&1
unzip -q -o -j target/quire.jar 'META-INF/resources/webjars/mermaid/*/dist/mermaid.min.js' -d "$work"
unzip -q -o -j target/quire.jar 'quire/mermaid/LiberationSans-Regular.ttf' -d "$work"
for name in $names; do
  src=src/test/resources/mermaid/$name.mmd
  mkdir -p "$work/site/content/d"
  { printf -- '---\ntitle: %s\n---\n```mermaid\n' "$name"; cat "$src"; printf '```\n'; } > "$work/site/content/d/$name.md"
  escaped=$(sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$src")
  cat > "$work/$name-mermaidjs.html" <<HTML
<!DOCTYPE html><html><body style="margin:16px;background:#fff">
<pre class="mermaid">$escaped</pre>
<script src="mermaid.min.js"></script>
<script>mermaid.initialize({startOnLoad: true, theme: "default"});</script>
</body></html>
HTML
done
java -jar target/quire.jar build --source "$work/site" --out "$work/built" >/dev/null
for name in $names; do
  svg=$(python3 -c "import re,sys; h=open(sys.argv[1]).read(); print(re.search(r'<svg[^>]*class=\"mermaid\".*?</svg>', h, re.S).group(0))" "$work/built/d/$name/index.html")
  cat > "$work/$name-quire.html" <<HTML
<!DOCTYPE html><html><head><style>@font-face{font-family:"quire-mermaid-sans";src:url("LiberationSans-Regular.ttf")} svg{max-width:100% !important;height:auto}</style></head>
<body style="margin:16px;background:#fff">$svg</body></html>
HTML
done
python3 -m http.server "$port" -d "$work" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
mkdir -p docs/screenshots
for name in $names; do
  for side in quire mermaidjs; do
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
      --user-data-dir="$(mktemp -d)" --window-size=1000,1400 --virtual-time-budget=5000 \
      --screenshot="$work/$name-$side.png" "http://127.0.0.1:$port/$name-$side.html" >/dev/null 2>&1
  done
  /usr/bin/python3 - "$work/$name-quire.png" "$work/$name-mermaidjs.png" "docs/screenshots/mermaid-$name.png" <<'PY'
import sys
from PIL import Image, ImageChops, ImageDraw
def trim(path):
    im = Image.open(path).convert("RGB")
    box = ImageChops.difference(im, Image.new("RGB", im.size, "white")).getbbox() or (0, 0, 10, 10)
    return im.crop((max(0, box[0] - 8), max(0, box[1] - 8), box[2] + 8, box[3] + 8))
left, right = trim(sys.argv[1]), trim(sys.argv[2])
out = Image.new("RGB", (left.width + right.width + 30, max(left.height, right.height) + 28), "white")
draw = ImageDraw.Draw(out)
draw.text((4, 4), "quire (build-time SVG)", fill="black")
draw.text((left.width + 34, 4), "mermaid.js 11 (in the browser)", fill="black")
out.paste(left, (0, 24)); out.paste(right, (left.width + 30, 24))
draw.line((left.width + 15, 0, left.width + 15, out.height), fill="#999999")
out.save(sys.argv[3], optimize=True)
PY
  echo "docs/screenshots/mermaid-$name.png"
done

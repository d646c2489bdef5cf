#!/bin/sh
# quire beside mermaid.js, in headless Chromium (Debian's chromium; python3-pil for the images):
#
# 1. Counts layout defects on the same diagrams (mermaid's documented examples, the fixtures of
#    src/test/resources/mermaid/ and the site's five use cases): both drawings are measured in
#    the browser by tools/mermaid-geometry.js and counted by LayoutComparison (LayoutDefects),
#    and the table is printed.
# 2. Draws docs/screenshots/mermaid-<name>.png: quire's SVG (left) beside mermaid.js's (right),
#    for each fixture named on the command line (default: seed shapes edges subgraphs).
#
# FOLDER=path counts the *.mmd files of that folder instead of the diagrams of step 1.
# mermaid.js comes from the org.webjars.npm:mermaid jar quire ships.
set -eu
names=${*:-seed shapes edges subgraphs}
work=$(mktemp -d)
port=${PORT:-8766}
mvn -B -q -Dstyle.color=never -DskipTests package >/dev/null 2>&1
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1
cp="target/classes:target/test-classes:$(cat "$work/cp.txt")"
unzip -q -o -j target/quire.jar 'META-INF/resources/webjars/mermaid/*/dist/mermaid.min.js' -d "$work"
unzip -q -o -j target/quire.jar 'quire/mermaid/LiberationSans-Regular.ttf' -d "$work"
cp tools/mermaid-geometry.js "$work/"
java -cp "$cp" quire.mermaid.LayoutComparison pages "$work" ${FOLDER:+"$FOLDER"}

for name in $names; do
  src=src/test/resources/mermaid/$name.mmd
  escaped=$(sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$src")
  cat > "$work/$name-mermaidjs.html" <<HTML
<!DOCTYPE html><html><body style="margin:16px;background:#fff">
<pre class="mermaid">$escaped</pre>
<script src="mermaid.min.js"></script>
<script>mermaid.initialize({startOnLoad: true, theme: "default"});</script>
</body></html>
HTML
  java -cp "$cp" quire.mermaid.LayoutComparison svg "$src" > "$work/$name.svg"
  cat > "$work/$name-quire.html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><style>@font-face{font-family:"quire-mermaid-sans";src:url("LiberationSans-Regular.ttf")}</style></head>
<body style="margin:16px;background:#fff">$(cat "$work/$name.svg")</body></html>
HTML
done

python3 -m http.server "$port" -d "$work" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
browse() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$(mktemp -d)" --virtual-time-budget=60000 "$@" 2>/dev/null
}
for side in quire mermaidjs; do
  browse --window-size=3000,2000 --dump-dom "http://127.0.0.1:$port/$side.html" > "$work/$side.dom"
  python3 - "$work/$side.dom" "$work/$side.json" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<script type="application/json" id="geometry">(.*?)</script>', html, re.S)
# ASCII only: snakeyaml-engine, which reads it, can fail on a character outside the BMP that
# straddles its buffer (an emoji in a label).
text = json.dumps(json.loads(m.group(1)), ensure_ascii=True) if m else '{"diagrams":[]}'
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
done
java -cp "$cp" quire.mermaid.LayoutComparison count "$work/quire.json" "$work/mermaidjs.json"

mkdir -p docs/screenshots
for name in $names; do
  # quire's SVG keeps its own size (a wide one would be cut at the window's edge); mermaid.js
  # scales its drawing to the page's width.
  browse --window-size=3000,1500 --screenshot="$work/$name-quire.png" "http://127.0.0.1:$port/$name-quire.html" >/dev/null
  browse --window-size=1300,1500 --screenshot="$work/$name-mermaidjs.png" "http://127.0.0.1:$port/$name-mermaidjs.html" >/dev/null
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

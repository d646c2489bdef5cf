#!/bin/sh
# The search figures of README "Publishing" (not run by .ci/run: it takes minutes).
#
#   tools/ci/search-bench.sh N...    e.g. tools/ci/search-bench.sh 1000 10000
#
# For each N: generates the bench corpus (../shared/bench/gen-corpus.py, seed fixed), builds it
# for https://example.com/docs/ without the index (search: false) and with it, alternating,
# RUNS times each (default 1), and prints the wall-clock medians and, from the builds with the
# index, the processor time of the whole build and of the search stage (quire build --verbose;
# steadier than wall-clock time on a shared machine); then the index's size on disk, and what
# first queries fetch and how long they take in headless Chromium (search-test.mjs --measure).
set -eu
cd "$(dirname "$0")/../.."
gen=${QUIRE_BENCH:-../shared/bench}/gen-corpus.py
work=${QUIRE_BENCH_WORK:-target/search-bench}
mkdir -p "$work"
(cd tools/ci && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for n in "$@"; do
  site=$work/corpus-$n
  [ -d "$site/content" ] || python3 "$gen" "$n" "$site" --force >/dev/null
  mkdir -p "$site/site"
  : >"$work/times-$n-on"; : >"$work/times-$n-off"; : >"$work/cpu-$n"
  for run in $(seq "${RUNS:-1}"); do
    for mode in off on; do
      if [ $mode = off ]; then echo "search: false" >"$site/site/config.yaml"; else rm -f "$site/site/config.yaml"; fi
      start=$(date +%s%N)
      ./quire build --verbose --source "$site" --base-url https://example.com/docs/ --out "$work/out-$n-$mode" \
        2>&1 >/dev/null | grep 'processor time' | sed "s/^/$mode: /" >>"$work/cpu-$n"
      echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$work/times-$n-$mode"
    done
  done
  off=$(median <"$work/times-$n-off"); on=$(median <"$work/times-$n-on")
  out=$work/out-$n-on
  files=$(find "$out/search" -type f | wc -l)
  bytes=$(find "$out/search" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  words=$(find "$out/search" -name 'w*.json' -printf '%s\n' | awk '{ s += $1; n++ } END { print n " chunks, " s " bytes" }')
  pages=$(find "$out/search" -name 'p*.json' -printf '%s\n' | awk '{ s += $1; n++ } END { print n " page files, " s " bytes" }')
  echo "== $n pages: build ${off} ms without the index, ${on} ms with it (wall clock, medians of: $(tr '\n' ' ' <"$work/times-$n-off")/ $(tr '\n' ' ' <"$work/times-$n-on"); load $(cut -d' ' -f1 /proc/loadavg))"
  grep '^on:' "$work/cpu-$n" | sed 's/^on: /   /'
  grep '^off:' "$work/cpu-$n" | sed 's/^off: processor time: build \([0-9]*\) ms.*/   processor time without the index: \1 ms/'
  echo "   index on disk: $files files, $bytes bytes ($words; $pages; meta $(wc -c <"$out/search/meta.json") bytes)"
  node tools/ci/search-test.mjs "$out" "" --measure message "quarantine policy" "transport rul" connector zzzz
done

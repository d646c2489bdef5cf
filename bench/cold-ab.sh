#!/usr/bin/env bash
# bench/cold-ab.sh [-r RUNS] [-w WORKDIR] BEFORE AFTER [N ...]
#
# Times two builds of quire against each other and against Hugo on cold builds of the synthetic
# corpus of ../shared/bench: BEFORE and AFTER are checkouts of this repository (each built by its
# own ./quire launcher, with its own AppCDS archive, exactly as a user runs it). For each N
# (default 1000) it generates the corpus and its Hugo twin, runs each of the three once to warm
# up (the page cache, and each launcher's archive), then RUNS times (default 5) runs all three,
# rotating which goes first, every run into a new folder under /usr/bin/time:
#   hugo     hugo --quiet -s SITE -d NEW
#   before   BEFORE/quire build --no-cache --source CORPUS --out NEW
#   after    AFTER/quire build --no-cache --source CORPUS --out NEW
# Prints the medians (wall, CPU = user + system, peak RSS), AFTER/BEFORE and each against Hugo,
# then compares the last BEFORE and AFTER outputs with diff -r (a change meant to keep every byte
# must show none). Nothing is deleted; each sitting uses a new WORKDIR.
set -euo pipefail

name=cold-ab
. "$(dirname "$0")/ab-args.sh"
command -v hugo >/dev/null || { echo "$0: hugo not found (apt-get install hugo)" >&2; exit 2; }
results=$work/results.tsv
printf 'n\ttool\trun\twall\tcpu\trss\n' > "$results"

run() { # N TOOL RUN
  local n=$1 tool=$2 r=$3 dest=$work/$2-$1-$3 report=$work/time-$2-$1-$3.txt cmd
  case $tool in
    hugo) cmd=(hugo --quiet -s "$work/hugo-$n" -d "$dest") ;;
    before) cmd=("$before/quire" build --no-cache --source "$work/corpus-$n" --out "$dest") ;;
    after) cmd=("$after/quire" build --no-cache --source "$work/corpus-$n" --out "$dest") ;;
  esac
  sync
  /usr/bin/time -f '%e %U %S %M' -o "$report" "${cmd[@]}" > "$work/log-$tool-$n-$r.txt" 2>&1 \
    || { cat "$work/log-$tool-$n-$r.txt" >&2; exit 1; }
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$report")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$r" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" \
    "$rss" >> "$results"
  printf '  N=%s %-6s run %s: %6s s wall, %5s+%5s s CPU, %5d MB, load %s\n' "$n" "$tool" "$r" "$wall" "$user" "$sys" \
    $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)" >&2
}

tools=(hugo before after)
for n in "${sizes[@]}"; do
  echo "== N=$n in $work (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  python3 "$shared/gen-corpus.py" "$n" "$work/corpus-$n" > /dev/null
  "$shared/hugo-site.sh" "$work/corpus-$n" "$work/hugo-$n"
  for tool in "${tools[@]}"; do run "$n" "$tool" 0; done
  for r in $(seq 1 "$runs"); do
    for k in 0 1 2; do run "$n" "${tools[$(((k + r) % 3))]}" "$r"; done
  done
  if diff -rq "$work/before-$n-$runs" "$work/after-$n-$runs" > "$work/diff-$n.txt"; then
    echo "   before and after: the same bytes in every file" >&2
  else
    echo "   before and after differ ($work/diff-$n.txt)" >&2
  fi
done
python3 - "$results" <<'PY'
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["run"] != "0"]
for n in sorted({r["n"] for r in rows}, key=int):
    med = {}
    for tool in ("hugo", "before", "after"):
        mine = [r for r in rows if r["n"] == n and r["tool"] == tool]
        med[tool] = [statistics.median(float(r[k]) for r in mine) for k in ("wall", "cpu", "rss")] + [len(mine)]
    print(f"N={n}")
    for tool, (wall, cpu, rss, k) in med.items():
        vs = "" if tool == "hugo" else f"   {wall / med['hugo'][0]:.2f}x Hugo's wall, {cpu / med['hugo'][1]:.2f}x its CPU"
        print(f"  {tool:6} {wall:7.2f} s wall {cpu:7.2f} s CPU {rss / 1024:6.0f} MB  (median of {k}){vs}")
    print(f"  after/before: {med['after'][0] / med['before'][0]:.3f} wall, {med['after'][1] / med['before'][1]:.3f} CPU")
PY

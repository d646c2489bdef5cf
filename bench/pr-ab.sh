#!/usr/bin/env bash
# bench/pr-ab.sh [-r RUNS] [-w WORKDIR] BEFORE AFTER [N ...]
#
# Times a pull request's first CI run, as the workflows make it, for two builds of quire: the
# default branch's cache, made by a build for the Pages URL (--base-url
# https://example.github.io/docs/), is restored into a copy of the synthetic corpus of
# ../shared/bench, and the pull request checks with the config's own URL. BEFORE and AFTER are
# checkouts of this repository, each run by its own ./quire launcher. For each N (default 1000)
# it generates the corpus, gives each checkout a copy of it and fills that copy's cache with the
# build for the Pages URL (kept aside), then RUNS times (default 5), alternating the two and
# putting the kept cache back before every run:
#   check   quire check                     (the pull request's check)
#   build   quire build --out NEW           (a build for the config's URL after it)
# Prints the medians (wall, CPU = user + system) of each and AFTER/BEFORE, then compares the last
# builds with each other and with a build without a cache (diff -r). Nothing is deleted; each
# sitting uses a new WORKDIR.
set -euo pipefail

name=pr-ab
. "$(dirname "$0")/ab-args.sh"
results=$work/results.tsv
printf 'n\ttool\tmode\trun\twall\tcpu\n' > "$results"

repo_of() { if [ "$1" = before ]; then echo "$before"; else echo "$after"; fi; }

run() { # N TOOL MODE RUN
  local n=$1 tool=$2 mode=$3 r=$4 corpus=$work/corpus-$n-$2 report=$work/time-$2-$3-$1-$4.txt cmd
  rm -rf "$corpus/target/quire-cache"
  cp -r "$work/cache-$n-$tool" "$corpus/target/quire-cache"
  case $mode in
    check) cmd=("$(repo_of "$tool")/quire" check --source "$corpus") ;;
    build) cmd=("$(repo_of "$tool")/quire" build --source "$corpus" --out "$work/$tool-$n-$r") ;;
  esac
  sync
  /usr/bin/time -f '%e %U %S' -o "$report" "${cmd[@]}" > "$work/log-$tool-$mode-$n-$r.txt" 2>&1 \
    || { cat "$work/log-$tool-$mode-$n-$r.txt" >&2; exit 1; }
  local wall user sys
  read -r wall user sys < <(tail -1 "$report")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$mode" "$r" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" \
    >> "$results"
  printf '  N=%s %-6s %-5s run %s: %6s s wall, %5s+%5s s CPU, load %s\n' "$n" "$tool" "$mode" "$r" "$wall" "$user" "$sys" \
    "$(cut -d' ' -f1 /proc/loadavg)" >&2
}

for n in "${sizes[@]}"; do
  echo "== N=$n in $work (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  python3 "$shared/gen-corpus.py" "$n" "$work/corpus-$n" > /dev/null
  for tool in before after; do
    cp -r "$work/corpus-$n" "$work/corpus-$n-$tool"
    "$(repo_of "$tool")/quire" build --base-url https://example.github.io/docs/ --source "$work/corpus-$n-$tool" \
      --out "$work/pages-$n-$tool" > /dev/null
    cp -r "$work/corpus-$n-$tool/target/quire-cache" "$work/cache-$n-$tool"
  done
  for r in $(seq 1 "$runs"); do
    for k in 0 1; do
      tool=$([ $(((k + r) % 2)) = 0 ] && echo before || echo after)
      run "$n" "$tool" check "$r"
      run "$n" "$tool" build "$r"
    done
  done
  "$after/quire" build --no-cache --source "$work/corpus-$n" --out "$work/fresh-$n" > /dev/null
  for tool in before after; do
    if diff -rq "$work/fresh-$n" "$work/$tool-$n-$runs" > "$work/diff-$n-$tool.txt"; then
      echo "   $tool: the same bytes as a build without a cache" >&2
    else
      echo "   $tool differs from a build without a cache ($work/diff-$n-$tool.txt)" >&2
    fi
  done
done
python3 - "$results" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for n in sorted({r["n"] for r in rows}, key=int):
    print(f"N={n}")
    for mode in ("check", "build"):
        med = {}
        for tool in ("before", "after"):
            mine = [r for r in rows if r["n"] == n and r["tool"] == tool and r["mode"] == mode]
            med[tool] = [statistics.median(float(r[k]) for r in mine) for k in ("wall", "cpu")] + [len(mine)]
            print(f"  {mode:5} {tool:6} {med[tool][0]:7.2f} s wall {med[tool][1]:7.2f} s CPU  (median of {med[tool][2]})")
        print(f"  {mode:5} after/before: {med['after'][0] / med['before'][0]:.3f} wall, {med['after'][1] / med['before'][1]:.3f} CPU")
PY

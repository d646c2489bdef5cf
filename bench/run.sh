#!/usr/bin/env bash
# bench/run.sh [-r RUNS] [-w WORKDIR] [-n] [N ...]
#
# Times quire against Hugo on the synthetic corpus of ../shared/bench (beside this repository),
# in one sitting, alternating the tools, every run writing into a new output folder, under
# /usr/bin/time. For each N (default: 1000 10000) it generates the corpus (gen-corpus.py),
# converts it for Hugo (hugo-site.sh), warms both up once, fills quire's build cache once, then
# RUNS times (default 5) runs, in this order:
#   hugo         hugo --quiet -s SITE -d NEW
#   cold         quire build --no-cache --out NEW
#   cached       quire build --out NEW            (cache filled, nothing changed: new folder)
#   same         quire build --out CACHED         (nothing changed: the folder the cached run wrote)
#   partial      quire build --out NEW            (after one partial is edited)
#   ci           quire build --out NEW --format github, as a CI run after that edit (what
#                tools/publish.sh build runs; the build checks as quire check does): in a fresh
#                copy of the corpus (every file a new time and identity) with the cache as it
#                was before the edit copied in (every file of it a new time too)
# and prints a Markdown table of the medians (wall, CPU = user + system, peak RSS) with each
# quire mode's ratio to Hugo's medians. Every quire output is then checked with
# check-hugo-output.py, the cached output compared byte for byte with the cold one, and
# `quire check` run on the corpus (all outside the timings; -n skips the output checks).
# Nothing is deleted: on this kind of VM, creating files right after deleting a large tree is
# slow (../shared/bench/README.md), so each sitting uses a new WORKDIR
# (default ${TMPDIR:-/tmp}/quire-bench-<time>). Needs hugo, python3 and GNU time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=$(cd "$repo/../shared/bench" 2>/dev/null && pwd) || { echo "$0: ../shared/bench not found beside the repository" >&2; exit 2; }
quire=$repo/quire
runs=5
work=${TMPDIR:-/tmp}/quire-bench-$(date +%s)
verify=true
while getopts "r:w:n" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    w) work=$OPTARG ;;
    n) verify=false ;;
    *) echo "usage: $0 [-r RUNS] [-w WORKDIR] [-n] [N ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
command -v hugo >/dev/null || { echo "$0: hugo not found (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }
mkdir -p "$work/time"
work=$(cd "$work" && pwd)
results=$work/results.tsv
printf 'n\tmode\trun\twall_s\tcpu_s\trss_kb\trc\n' > "$results"

# Runs a command under /usr/bin/time and appends "n mode run wall cpu rss rc" to the results.
timed() {
  local n=$1 mode=$2 run=$3; shift 3
  local report=$work/time/$n-$mode-$run.txt rc=0
  sync
  /usr/bin/time -f '%e %U %S %M' -o "$report" "$@" > "$work/time/$n-$mode-$run.log" 2>&1 || rc=$?
  read -r wall user sys rss < <(tail -1 "$report")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$mode" "$run" "$wall" "$cpu" "$rss" "$rc" >> "$results"
  printf '  N=%s %-8s run %s: %6s s wall, %6s s CPU, %5d MB, rc=%s\n' "$n" "$mode" "$run" "$wall" "$cpu" $((rss / 1024)) "$rc" >&2
  if [ "$rc" != 0 ]; then cat "$work/time/$n-$mode-$run.log" >&2; exit 1; fi
}

"$quire" --version > /dev/null   # builds target/quire.jar if the sources changed
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "hugo: $(hugo version)"
  echo "quire: $("$quire" --version) ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$work/env.txt"

for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n site=$work/hugo-$n
  echo "== N=$n: corpus and Hugo site in $work" >&2
  python3 "$shared/gen-corpus.py" "$n" "$corpus" > /dev/null
  "$shared/hugo-site.sh" "$corpus" "$site"
  # The partial to edit: the one rendered by the median number of pages.
  partial=$(python3 - "$corpus/corpus.json" <<'PY'
import json, sys, collections
m = json.load(open(sys.argv[1]))
pages = m["pages"] if isinstance(m, dict) else m
count = collections.Counter()
for p in pages:
    for c in {(c.get("product") or p["url"].strip("/").split("/")[0], c["file"]) for c in p.get("renders", p.get("calls", []))}:
        count[c] += 1
ranked = sorted(count.items(), key=lambda kv: (kv[1], kv[0]))
(product, file), used = ranked[len(ranked) // 2]
print(f"partials/{product}/{file}\t{used}")
PY
)
  echo "   edited partial: ${partial%%	*} (rendered directly by ${partial##*	} pages)" >&2
  partial=$corpus/${partial%%	*}

  echo "== N=$n: warm-up" >&2
  hugo --quiet -s "$site" -d "$work/out-$n-hugo-warmup"
  "$quire" build --no-cache --source "$corpus" --out "$work/out-$n-quire-warmup" > /dev/null
  "$quire" build --source "$corpus" --out "$work/out-$n-fill" > /dev/null   # fills the cache
  for run in $(seq 1 "$runs"); do
    timed "$n" hugo "$run" hugo --quiet -s "$site" -d "$work/out-$n-hugo-$run"
    timed "$n" cold "$run" "$quire" build --no-cache --source "$corpus" --out "$work/out-$n-cold-$run"
    timed "$n" cached "$run" "$quire" build --source "$corpus" --out "$work/out-$n-cached-$run"
    # Into the folder the cached run just wrote from the same sources: an unchanged rebuild in
    # place (a folder built before the last edit would have its edited pages and the search
    # index's 10,000 files replaced, and the deletions slow the next runs' new files).
    timed "$n" same "$run" "$quire" build --source "$corpus" --out "$work/out-$n-cached-$run"
    cp -r "$corpus/target/quire-cache" "$work/ci-cache-$n-$run"   # as CI saved it before the edit
    printf '\nEdited for benchmark run %s.\n' "$run" >> "$partial"
    timed "$n" partial "$run" "$quire" build --source "$corpus" --out "$work/out-$n-partial-$run"
    ci=$work/ci-$n-$run
    mkdir -p "$ci/target"
    cp -r "$corpus/content" "$corpus/partials" "$corpus/site" "$ci/"
    mv "$work/ci-cache-$n-$run" "$ci/target/quire-cache"
    timed "$n" ci "$run" "$quire" build --source "$ci" --out "$work/out-$n-ci-$run" --format github
  done

  if $verify; then
    echo "== N=$n: checks" >&2
    "$quire" check --source "$corpus" > "$work/check-$n.txt" || { cat "$work/check-$n.txt" >&2; exit 1; }
    tail -1 "$work/check-$n.txt" >&2
    for out in "$work/out-$n-quire-warmup" "$work/out-$n-fill" "$work"/out-$n-cold-* "$work"/out-$n-cached-* "$work"/out-$n-partial-* "$work"/out-$n-ci-*; do
      python3 "$shared/check-hugo-output.py" "$corpus" "$out" > "$work/check-output.txt" 2>&1 \
        || { echo "$out:" >&2; tail -20 "$work/check-output.txt" >&2; exit 1; }
    done
    echo "   check-hugo-output.py passed on every quire output" >&2
    diff -rq "$work/out-$n-cold-$runs" "$work/out-$n-cached-$runs" >&2 \
      && echo "   cached and cold outputs are byte for byte the same" >&2
    diff -rq "$work/out-$n-partial-$runs" "$work/out-$n-ci-$runs" >&2 \
      && echo "   the CI run's output is byte for byte the partial edit's" >&2
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/env.txt"
python3 "$here/summarize.py" "$work"

#!/usr/bin/env bash
# bench/verify.sh [N]
#
# The benchmark's correctness checks without the timings, for CI: generates the synthetic
# corpus of ../shared/bench at N pages (default 300), builds it cold (--no-cache) and twice
# with the cache (the second build all hits), and fails unless `quire check` is clean on the
# corpus, check-hugo-output.py passes on the cold and the cached output, and the two outputs
# are byte for byte the same. Works in a new temporary folder it removes when done.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=$(cd "$repo/../shared/bench" 2>/dev/null && pwd) || { echo "$0: ../shared/bench not found beside the repository" >&2; exit 2; }
quire=$repo/quire
n=${1:-300}
work=$(mktemp -d "${TMPDIR:-/tmp}/quire-verify.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 "$shared/gen-corpus.py" "$n" "$work/corpus" > /dev/null
"$quire" build --no-cache --source "$work/corpus" --out "$work/cold" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
"$quire" build --source "$work/corpus" --out "$work/cached" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
"$quire" build --source "$work/corpus" --out "$work/cached" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
"$quire" check --source "$work/corpus" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
for out in cold cached; do
  python3 "$shared/check-hugo-output.py" "$work/corpus" "$work/$out" > "$work/log" 2>&1 \
    || { echo "$0: check-hugo-output.py failed on the $out build of $n pages:" >&2; tail -20 "$work/log" >&2; exit 1; }
done
diff -r "$work/cold" "$work/cached" >&2 || { echo "$0: the cached build differs from the cold one" >&2; exit 1; }

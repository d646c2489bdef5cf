#!/bin/sh
# Two builds of the same commit are the same bytes: builds this repository's site for a sub-path
# here, and again from a fresh clone of HEAD in another folder (other file order on disk), in
# another process with another locale, time zone and processor count, then compares every file.
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
base=https://example.com/docs/
./quire build --base-url "$base" --out "$work/one" >/dev/null
git clone -q --no-hardlinks . "$work/clone"
# The clone has only committed files: build the committed sources here too when the tree has
# edits, so the comparison is of one commit.
if [ -n "$(git status --porcelain -- content partials site)" ]; then
  git worktree add -q --detach "$work/head" HEAD
  ./quire build --source "$work/head" --base-url "$base" --out "$work/one" >/dev/null
  git worktree remove --force "$work/head"
fi
LANG=tr_TR.UTF-8 LC_ALL=tr_TR.UTF-8 TZ=Pacific/Kiritimati \
  QUIRE_JAVA_OPTS="-XX:TieredStopAtLevel=1 -Xmx1g -XX:ActiveProcessorCount=1 -Duser.language=tr -Duser.country=TR -Duser.timezone=Pacific/Kiritimati" \
  ./quire build --source "$work/clone" --base-url "$base" --out "$work/two" >/dev/null
if ! diff -r "$work/one" "$work/two" >"$work/diff" 2>&1; then
  echo "reproducible: two builds of the same commit differ:" >&2
  head -n 40 "$work/diff" >&2
  exit 1
fi

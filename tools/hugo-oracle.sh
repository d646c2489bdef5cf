#!/bin/sh
# Rebuilds the Hugo parity corpus (src/test/resources/hugo-parity/) with Hugo and rewrites
# oracle.tsv, Hugo's visible text per page, through HugoParityTest. Needs Debian's hugo (0.111)
# and Maven. Read `git diff` of oracle.tsv before committing it.
set -eu
cd "$(dirname "$0")/.."
command -v hugo >/dev/null || { echo "hugo-oracle: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
HUGO_RESOURCEDIR="$out/resources" hugo --quiet --noBuildLock --source src/test/resources/hugo-parity/hugo --destination "$out/public"
mvn -B -q test -Dtest=HugoParityTest -Dsurefire.failIfNoSpecifiedTests=false -Dquire.hugoOracle="$out/public"
# The examples of the CommonMark spec and the GFM extensions, written as pages by the test code,
# built by Hugo the same way.
spec="$out/spec"
java -cp target/test-classes quire.build.SpecExamples "$spec"
HUGO_RESOURCEDIR="$out/resources" hugo --quiet --noBuildLock --source src/test/resources/hugo-parity/hugo \
  --contentDir "$spec/content" --destination "$out/spec-public"
mvn -B -q test -Dtest=SpecParityTest -Dsurefire.failIfNoSpecifiedTests=false -Dquire.hugoSpecOracle="$out/spec-public"

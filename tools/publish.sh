#!/bin/sh
# The steps the publishing workflows run (.github/workflows/docs.yml, .gitlab-ci.yml). .ci/run
# runs the workflows' own lines through tools/ci/workflow-steps.mjs, so a step broken here fails
# there before it fails on a push.
#
#   tools/publish.sh sarif          check; the report as SARIF in target/quire.sarif (exit 0 unless quire fails)
#   tools/publish.sh junit          check; the report as JUnit XML in target/quire-junit.xml (same)
#   tools/publish.sh check          check; exit 1 on an error (report format: $QUIRE_CHECK_FORMAT, default text)
#   tools/publish.sh build BASE_URL build the site as published at BASE_URL into $QUIRE_OUT (default
#                                   target/site), its problems in $QUIRE_CHECK_FORMAT; exit 1 on an
#                                   error (a build checks every link, anchor and image as check does)
set -eu
cd "$(dirname "$0")/.."
step=${1:-}

# A report file is written even when the content has errors (exit 1): the next step shows them.
report() {
  code=0
  ./quire check --format "$1" --output "$2" || code=$?
  [ "$code" -le 1 ] || exit "$code"
}

case $step in
  sarif) report sarif target/quire.sarif ;;
  junit) report junit target/quire-junit.xml ;;
  check) ./quire check --format "${QUIRE_CHECK_FORMAT:-text}" ;;
  build)
    base=${2:?tools/publish.sh build needs the URL the site is published at}
    ./quire build --base-url "$base" --out "${QUIRE_OUT:-target/site}" --format "${QUIRE_CHECK_FORMAT:-text}"
    ;;
  *)
    echo "usage: tools/publish.sh sarif|junit|check|build BASE_URL" >&2
    exit 2
    ;;
esac

# Sourced by bench/cold-ab.sh and bench/pr-ab.sh, which set $name first: reads their common
# arguments, [-r RUNS] [-w WORKDIR] BEFORE AFTER [N ...], into $runs (default 5), $work (default
# ${TMPDIR:-/tmp}/quire-$name-<time>, created), $before and $after (absolute paths), $sizes
# (default 1000) and $shared (../shared/bench beside the repository), and builds each
# checkout's jar if needed.
here=$(cd "$(dirname "$0")" && pwd)
shared=$(cd "$here/../../shared/bench" 2>/dev/null && pwd) || { echo "$0: ../shared/bench not found beside the repository" >&2; exit 2; }
runs=5
work=${TMPDIR:-/tmp}/quire-$name-$(date +%s)
while getopts "r:w:" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    w) work=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-w WORKDIR] BEFORE AFTER [N ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || { echo "usage: $0 [-r RUNS] [-w WORKDIR] BEFORE AFTER [N ...]" >&2; exit 2; }
before=$(cd "$1" && pwd) after=$(cd "$2" && pwd)
shift 2
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
for repo in "$before" "$after"; do "$repo/quire" --version > /dev/null; done   # builds each jar if needed

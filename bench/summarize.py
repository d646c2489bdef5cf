#!/usr/bin/env python3
"""summarize.py WORKDIR: the Markdown table of a bench/run.sh sitting (medians and ratios to Hugo)."""
import csv
import statistics
import sys
from collections import defaultdict
from pathlib import Path

MODES = [
    ("hugo", "Hugo 0.111 (`hugo`)"),
    ("cold", "quire, cold (`build --no-cache`)"),
    ("cached", "quire, cache, nothing changed, new folder"),
    ("same", "quire, cache, nothing changed, same folder"),
    ("partial", "quire, cache, one partial edited"),
    ("ci", "quire, CI after that edit: fresh checkout, cache restored, `build --format github`"),
]


def main(work: Path) -> None:
    runs = defaultdict(list)
    with open(work / "results.tsv") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            runs[(int(row["n"]), row["mode"])].append(row)
    env = dict(line.split(": ", 1) for line in (work / "env.txt").read_text().splitlines() if ": " in line)
    print(f"{env.get('date', '?')}, {env.get('cores', '?')}, load average {env.get('load before', '?')} before "
          f"and {env.get('load after', '?')} after; {env.get('quire', '?')}; {env.get('java', '?')}")
    print()
    print("| pages | what | runs | wall (median) | CPU (median) | peak RSS (median) | wall / Hugo | CPU / Hugo | RSS / Hugo |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in sorted({n for n, _ in runs}):
        hugo = runs.get((n, "hugo"))
        base = medians(hugo) if hugo else None
        for mode, label in MODES:
            rows = runs.get((n, mode))
            if not rows:
                continue
            wall, cpu, rss = medians(rows)
            ratios = ["", "", ""]
            if base and mode != "hugo":
                ratios = [f"**{wall / base[0]:.2f}×**", f"{cpu / base[1]:.2f}×", f"{rss / base[2]:.2f}×"]
            print(f"| {n:,} | {label} | {len(rows)} | {wall:.2f} s | {cpu:.2f} s | {rss / 1024:.0f} MB | "
                  + " | ".join(ratios) + " |")


def medians(rows):
    return (statistics.median(float(r["wall_s"]) for r in rows),
            statistics.median(float(r["cpu_s"]) for r in rows),
            statistics.median(float(r["rss_kb"]) for r in rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

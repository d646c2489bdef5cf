#!/usr/bin/env python3
"""serve-latency.py CORPUS [--runs K] [--port P]: edit-to-reload time of `quire serve`.

Starts `quire serve` on CORPUS (a corpus of ../shared/bench/gen-corpus.py), listens to its
live-reload event stream as an open page does, then K times each: edits a page's text, a page's
title, and a partial, and measures from the file's write to the `reload` event (the moment an
open page is told to reload). Prints each time, the median per kind of edit, and quire's own
"Rebuilt ..." lines. The edits are appended text, left in place.
"""
import argparse
import http.client
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--port", type=int, default=13130)
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    server = subprocess.Popen([str(REPO / "quire"), "serve", "--source", str(corpus), "--port", str(args.port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    ready = threading.Event()

    def pump():
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("Serving"):
                ready.set()
    threading.Thread(target=pump, daemon=True).start()
    try:
        started = time.monotonic()
        if not ready.wait(600):
            sys.exit("quire serve did not start:\n" + "\n".join(lines))
        print(f"first build and start: {time.monotonic() - started:.1f} s ({lines[-2] if len(lines) > 1 else ''})")
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
        conn.request("GET", "/_quire/events")
        events = conn.getresponse()
        reloads = []
        cond = threading.Condition()

        def listen():
            while True:
                line = events.fp.readline()
                if not line:
                    return
                if line.startswith(b"event: reload"):
                    with cond:
                        reloads.append(time.monotonic())
                        cond.notify_all()
        threading.Thread(target=listen, daemon=True).start()
        time.sleep(1)

        pages = sorted(p for p in (corpus / "content").rglob("*.md") if p.name != "_index.md")
        partials = sorted((corpus / "partials").rglob("*.md"))
        page = pages[len(pages) // 2]
        partial = partials[len(partials) // 2]
        results = {"page text": [], "page title": [], "partial": []}
        for run in range(1, args.runs + 1):
            for kind in results:
                if kind == "page text":
                    target, edit = page, lambda t: t + f"\nEdited text {run}.\n"
                elif kind == "page title":
                    target, edit = page, lambda t: re.sub(r"^title: .*$", f"title: Edited title {run}", t, count=1, flags=re.M)
                else:
                    target, edit = partial, lambda t: t + f"\nEdited partial {run}.\n"
                text = target.read_text(encoding="utf-8")
                with cond:
                    seen = len(reloads)
                t0 = time.monotonic()
                # As editors save: a temporary file beside it, renamed over it.
                temp = target.with_name("." + target.name + ".tmp")
                temp.write_text(edit(text), encoding="utf-8")
                os.replace(temp, target)
                with cond:
                    if not cond.wait_for(lambda: len(reloads) > seen, timeout=120):
                        sys.exit(f"no reload after editing {target}:\n" + "\n".join(lines[-5:]))
                    ms = (reloads[seen] - t0) * 1000
                results[kind].append(ms)
                time.sleep(1.0)
                print(f"  {kind:10} run {run}: {ms:6.0f} ms   {lines[-1]}")
        print(f"{len(pages)} pages; edit-to-reload medians:")
        for kind, times in results.items():
            print(f"  {kind:10} {statistics.median(times):6.0f} ms  (min {min(times):.0f}, max {max(times):.0f})")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()

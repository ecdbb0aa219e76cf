#!/usr/bin/env python3
"""Runs an extract command and keeps only the facts at or above a confidence: `bench/min-confidence.py 0.8 dotnet TradeApi.dll extract`.
Used by bench/score.sh to read ../shared/corpus/sealed/score (totals only) at a confidence threshold: how right the confident
facts are on texts nobody here has read."""
import json, subprocess, sys

threshold = float(sys.argv[1])
out = subprocess.run(sys.argv[2:], capture_output=True, text=True)
if out.returncode != 0:
    sys.stderr.write(out.stderr)
    sys.exit(out.returncode)
docs = json.loads(out.stdout)
for d in docs:
    for kind in ("volumes", "targets"):
        d[kind] = [f for f in d.get(kind) or [] if (f.get("confidence") or 0) >= threshold]
print(json.dumps(docs))

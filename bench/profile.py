#!/usr/bin/env python3
"""Where extraction spends its time: bench/TradeApi.Bench run under dotnet-trace's CPU sampler, the samples added up per method.

    bench/profile.py [MEGABYTES]      (default 10; needs `dotnet tool install -g dotnet-trace`)

Prints the share of the benchmark thread's time spent in each extraction method (inclusive: with what it calls) and the methods
with the most time of their own (self: regex matching, string building, allocation). Issue 21 asks for 20 MB/s per core or
the profile that says where the rest goes; this is that profile.
"""
import collections, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRACE = os.path.expanduser("~/.dotnet/tools/dotnet-trace")


def main():
    megabytes = sys.argv[1] if len(sys.argv) > 1 else "10"
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "bench", "TradeApi.Bench"), "-c", "Release", "--nologo", "-v", "q"], check=True, cwd=ROOT)
    dll = os.path.join(ROOT, "bench", "TradeApi.Bench", "bin", "Release", "net10.0", "TradeApi.Bench.dll")
    out = os.path.join(tempfile.mkdtemp(), "extract.nettrace")
    subprocess.run([TRACE, "collect", "--format", "Speedscope", "-o", out, "--", "dotnet", dll,
                    os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev"), megabytes], check=True, cwd=ROOT, stdout=sys.stderr)
    speedscope = json.load(open(glob.glob(out.replace(".nettrace", "") + "*.speedscope.json")[0]))
    frames = [f["name"] for f in speedscope["shared"]["frames"]]
    # The thread that ran the benchmark is the one with the most samples.
    profile = max(speedscope["profiles"], key=lambda p: len(p.get("events", [])))
    inclusive, own = collections.Counter(), collections.Counter()
    stack, last = [], None
    # The sampler puts a pseudo-frame (CPU_TIME, UNMANAGED_CODE_TIME) on top of each stack, and stops a thread at a GC poll the JIT
    # puts in loops (Thread.PollGC): a method's own time is under those.
    pseudo = {i for i, name in enumerate(frames) if name in ("CPU_TIME", "UNMANAGED_CODE_TIME") or "PollGC" in name}
    for e in profile["events"]:
        if last is not None and stack:
            span = e["at"] - last
            real = [f for f in stack if f not in pseudo]
            if real:
                own[real[-1]] += span
            for f in set(real):
                inclusive[f] += span
        last = e["at"]
        if e["type"] == "O":
            stack.append(e["frame"])
        elif stack:
            stack.pop()
    total = sum(own.values()) or 1
    def short(name):
        return name.split("!", 1)[-1][:110]
    print(f"benchmark thread: {total / 1000:.1f} s sampled")
    print("\ninclusive, extraction methods (share of the thread's time):")
    for f, t in sorted(((f, t) for f, t in inclusive.items() if "TradeApi.Extraction" in frames[f]), key=lambda x: -x[1])[:30]:
        print(f"  {100 * t / total:5.1f} %  {short(frames[f])}")
    print("\nself time, any method:")
    for f, t in own.most_common(25):
        print(f"  {100 * t / total:5.1f} %  {short(frames[f])}")


if __name__ == "__main__":
    main()

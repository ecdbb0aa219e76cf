#!/usr/bin/env python3
"""Issue 21's ingestion measure: documents POSTed by 8 concurrent clients to a fresh service on 127.0.0.1, the rate and latency
printed for each block of documents, so a rate that falls as the store fills shows in one run.

The documents are bench/archive.py's: the team-written dev texts' phrasings moved across the gazetteer's pairs (Zipf: a few busy
pairs, many rare ones) and years, dated, with a publisher address (`--dev`: the dev texts as they are with a unique line appended,
as the issue first measured). Usage, after `dotnet build src/TradeApi -c Release`:
    bench/ingest.py [DOCUMENTS] [BLOCK] [CLIENTS] [--reads] [--postgres] [--dev]      (defaults 20000 2000 8)
    bench/ingest.py DOCUMENTS --bulk      the same documents as one .jsonl file through the `ingest` verb into a fresh database
--postgres: the service on a throwaway PostgreSQL 15 cluster (.ci/postgres.sh, durable: fsync on) instead of a SQLite file.
Prints one line per block: documents stored, docs/s, p50/p99 ms per POST; then the first block's rate against the last block's.
With --reads, after each block the issue's reads under `wrk -c32` for 5 s each (requests/s, p99): the target list with and
without a status filter, the pair list, and the busiest pair's targets and volumes.
"""
import csv, glob, http.client, io, json, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time
from service import start
from archive import Archive

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev")
PORT = int(os.environ.get("PORT", "5097"))
KEY = "bench-key"


def dev_document(i):
    """The i-th document of --dev: a dev text with a unique line, dated."""
    text = texts[i % len(texts)] + f"\n\nArchive reference {i}.\n"
    return {"title": text.split("\n", 1)[0], "text": text, "publishedOn": f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}"}


def wrk(path):
    """Requests/s and p99 ms of one URL under wrk -c32 for 5 s (timeouts counted)."""
    out = subprocess.run(["wrk", "-t2", "-c32", "-d5s", "--timeout", "10s", "--latency", f"http://127.0.0.1:{PORT}{path}"],
                         capture_output=True, text=True).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)] if p99 else float("nan")
    timeouts = re.search(r"timeout (\d+)", out)
    return f"{float(rps.group(1)) if rps else 0:7.0f} req/s p99 {ms:7.1f} ms" + (f" ({timeouts.group(1)} timeouts)" if timeouts and timeouts.group(1) != "0" else "")


def reads():
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    # Every pair as CSV (no limit: all of them), to find the busiest.
    c.request("GET", "/api/v1/pairs?format=csv")
    rows = list(csv.DictReader(io.StringIO(c.getresponse().read().decode())))
    busy = max(rows, key=lambda p: int(p["statedVolumes"]) + int(p["targets"]))["key"]
    for name, path in [("targets", "/api/v1/targets?limit=100"), ("targets achieved", "/api/v1/targets?limit=100&status=achieved"),
                       ("pairs", "/api/v1/pairs?limit=100"), (f"{busy} targets", f"/api/v1/pairs/{busy}/targets"),
                       (f"{busy} volumes", f"/api/v1/pairs/{busy}/volumes"), (f"{busy} overview", f"/api/v1/pairs/{busy}")]:
        print(f"      {name:<22} {wrk(path)}", flush=True)


def main():
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    total = int(args[0]) if len(args) > 0 else 20000
    block = int(args[1]) if len(args) > 1 else 2000
    clients = int(args[2]) if len(args) > 2 else 8
    measure_reads = "--reads" in flags and shutil.which("wrk") is not None
    texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(DEV, "*.txt")))]
    if not texts:
        sys.exit(f"no texts in {DEV}")
    if "--dev" in flags:
        document = lambda i: dev_document(i)
    else:
        document = Archive().document
    work = tempfile.mkdtemp()
    if "--bulk" in flags:
        jsonl = os.path.join(work, "documents.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for i in range(total):
                f.write(json.dumps(document(i)) + "\n")
        dll = os.path.join(ROOT, "src", "TradeApi", "bin", "Release", "net10.0", "TradeApi.dll")
        t0 = time.perf_counter()
        out = subprocess.run(["dotnet", dll, "ingest", jsonl, f"--ConnectionStrings:Trade=Data Source={os.path.join(work, 'trade.db')}",
                              "--Storage:SeedOnStart=false", "--Logging:LogLevel:Default=Warning"], capture_output=True, text=True)
        print(out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip())
        print(f"whole process: {time.perf_counter() - t0:.1f} s, {total / (time.perf_counter() - t0):.0f} docs/s")
        return
    cluster = None
    if "--postgres" in flags:
        cluster = os.path.join(work, "pg")
        os.chmod(work, 0o755)  # the cluster runs as user postgres when we are root
        out = subprocess.run([os.path.join(ROOT, ".ci", "postgres.sh"), "start", cluster, "55931"], capture_output=True, text=True,
                             env=dict(os.environ, PG_DURABLE="1"))
        if out.returncode != 0:
            sys.exit(f"no PostgreSQL cluster: {out.stderr.strip()}")
        p = start(None, PORT, KEY, Storage__SeedOnStart="false", Storage__Provider="Postgres",
                  ConnectionStrings__Trade=out.stdout.strip().splitlines()[-1])
    else:
        p = start(os.path.join(work, "trade.db"), PORT, KEY, Storage__SeedOnStart="false")
    rates = []
    try:
        done = 0
        while done < total:
            n = min(block, total - done)
            latencies, lock, errors = [], threading.Lock(), []
            counter = iter(range(done, done + n))

            def client():
                c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
                while True:
                    with lock:
                        i = next(counter, None)
                    if i is None:
                        return
                    t0 = time.perf_counter()
                    body = json.dumps(document(i)).encode()
                    c.request("POST", "/api/v1/documents", body=body, headers={"Content-Type": "application/json", "X-Api-Key": KEY})
                    r = c.getresponse()
                    r.read()
                    ms = (time.perf_counter() - t0) * 1000
                    with lock:
                        latencies.append(ms)
                        if r.status != 201:
                            errors.append(r.status)

            threads = [threading.Thread(target=client) for _ in range(clients)]
            t0 = time.perf_counter()
            for t in threads: t.start()
            for t in threads: t.join()
            seconds = time.perf_counter() - t0
            done += n
            latencies.sort()
            rate = n / seconds
            rates.append(rate)
            p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
            print(f"{done - n:>7} -> {done:>7} documents: {rate:6.0f} docs/s, p50 {statistics.median(latencies):5.0f} ms, p99 {p99:5.0f} ms"
                  + (f", {len(errors)} not 201 ({sorted(set(errors))})" if errors else ""), flush=True)
            if measure_reads:
                reads()
        print(f"last block / first block: {rates[-1] / rates[0]:.2f}x")
    finally:
        p.terminate()
        p.wait()
        if cluster:
            subprocess.run([os.path.join(ROOT, ".ci", "postgres.sh"), "stop", cluster], capture_output=True)


if __name__ == "__main__":
    main()

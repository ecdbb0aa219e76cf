#!/usr/bin/env python3
"""Issue 21's ingestion measure: documents POSTed by 8 concurrent clients to a fresh SQLite service on 127.0.0.1, the rate and
latency printed for each block of documents, so a rate that falls as the store fills shows in one run.

The documents are the team-written dev texts (../shared/corpus/dev) with a unique line appended, as the issue measured, each with
a publication date. Usage, after `dotnet build src/TradeApi -c Release`:
    bench/ingest.py [DOCUMENTS] [BLOCK] [CLIENTS]      (defaults 20000 2000 8)
Prints one line per block: documents stored, docs/s, p50/p99 ms per POST; then the first block's rate against the last block's.
"""
import glob, http.client, json, os, statistics, sys, tempfile, threading, time
from service import start

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev")
PORT = int(os.environ.get("PORT", "5097"))
KEY = "bench-key"


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    block = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(DEV, "*.txt")))]
    if not texts:
        sys.exit(f"no texts in {DEV}")
    work = tempfile.mkdtemp()
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
                    text = texts[i % len(texts)] + f"\n\nArchive reference {i}.\n"
                    day = f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                    t0 = time.perf_counter()
                    body = json.dumps({"title": text.split("\n", 1)[0], "text": text, "publishedOn": day}).encode()
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
        print(f"last block / first block: {rates[-1] / rates[0]:.2f}x")
    finally:
        p.terminate()
        p.wait()


if __name__ == "__main__":
    main()

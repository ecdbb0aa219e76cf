#!/usr/bin/env python3
"""Two bars of the hardening issue that are figures, not test assertions, measured on the real service on 127.0.0.1:

1. junk keys: RSS of the service before and after N writes with random wrong API keys (each used once);
2. readiness flood: /health/live latency while many clients poll /health/ready and another process holds the SQLite write lock.

Usage, after `dotnet build src/TradeApi -c Release`: bench/hardening.py [N_KEYS] (default 20000). Prints one line per figure.
"""
import http.client, os, random, sqlite3, statistics, sys, tempfile, threading, time
from service import start

PORT = int(os.environ.get("PORT", "5098"))


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    work = tempfile.mkdtemp()
    db = os.path.join(work, "trade.db")
    p = start(db, PORT, "right-key")
    try:
        # 1. Junk keys, four clients on kept-alive connections.
        before = rss_mb(p.pid)
        def junk(count):
            c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            for _ in range(count):
                c.request("POST", "/api/v1/extract", body=b"Title\n\nNothing.", headers={"Content-Type": "text/plain", "X-Api-Key": "%032x" % random.getrandbits(128)})
                c.getresponse().read()
        threads = [threading.Thread(target=junk, args=(n // 4,)) for _ in range(4)]
        t0 = time.time()
        for t in threads: t.start()
        for t in threads: t.join()
        after = rss_mb(p.pid)
        print(f"junk keys: {n} random wrong keys in {time.time() - t0:.1f} s; RSS {before:.0f} MB -> {after:.0f} MB ({after - before:+.0f} MB)")

        # 2. Readiness flood while another process holds the write lock.
        holder = sqlite3.connect(db, timeout=1, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        stop = time.time() + 10
        def flood():
            c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            while time.time() < stop:
                c.request("GET", "/health/ready")
                c.getresponse().read()
        flooders = [threading.Thread(target=flood) for _ in range(16)]
        for t in flooders: t.start()
        live, statuses = [], {}
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while time.time() < stop:
            t1 = time.perf_counter()
            c.request("GET", "/health/live")
            c.getresponse().read()
            live.append((time.perf_counter() - t1) * 1000)
            r = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            r.request("GET", "/health/ready")
            s = r.getresponse().status
            statuses[s] = statuses.get(s, 0) + 1
            time.sleep(0.05)
        for t in flooders: t.join()
        holder.execute("ROLLBACK")
        live.sort()
        print(f"readiness flood (16 clients, write lock held by another process for 10 s): /health/live p50 {statistics.median(live):.1f} ms, "
              f"max {live[-1]:.1f} ms over {len(live)} requests; /health/ready answered {statuses}")
    finally:
        p.kill()
        p.wait()


if __name__ == "__main__":
    main()

"""The built service started for a benchmark on 127.0.0.1 with a fresh SQLite file, one API key and rate limits out of the way."""
import http.client, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DLL = os.path.join(ROOT, "src", "TradeApi", "bin", "Release", "net10.0", "TradeApi.dll")


def start(db, port, key, **settings):
    """Starts the service on the database file (or the ConnectionStrings__Trade setting given) and waits until /health/ready answers 200; settings are extra configuration."""
    env = dict(os.environ, Auth__ApiKeys__0=key,
               RateLimits__ReadsPerWindow="1000000", RateLimits__WritesPerWindow="1000000", RateLimits__FailedAuthPerWindow="1000000",
               # Run from the repository root, the service finds no appsettings.json (the content root is the working directory)
               # and would log every request; the figures in bench/README.md up to 2026-12-03 were measured that way.
               Logging__LogLevel__Default="Warning",
               **settings)
    env.setdefault("ConnectionStrings__Trade", f"Data Source={db}")
    p = subprocess.Popen(["dotnet", DLL, "--urls", f"http://127.0.0.1:{port}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/health/ready")
            if c.getresponse().status == 200:
                return p
        except OSError:
            pass
        time.sleep(0.1)
    p.kill()
    sys.exit("the service did not become ready")

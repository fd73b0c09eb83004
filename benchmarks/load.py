"""Load benchmark for the HTTP service (not a test): N concurrent clients on loopback send a
bounded number of questions and the script prints answers/s, p50/p95 latency and the errors.

    .venv/bin/python benchmarks/load.py --serve --clients 8 --requests 400
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:8000 --key "$KEY" --endpoint chat

`--serve` starts `itt serve` on a free port over the current `ITT_DATA_DIR` (run `itt ingest`
first) with the per-key rate limit off, and stops it afterwards. Against a running server, set
ITT_API_RATE_LIMIT_PER_MINUTE=0 there, or the limit is what gets measured.
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

QUESTIONS = [
    "Can I e-mail ECCN 3E001 process technology to our engineer in Malaysia?",
    "Is uploading technical data to a cloud server in Ireland an export?",
    "Is published information subject to the EAR?",
    "A French national joins our lab in Boston; may she see the 3E001 design files?",
    "Can I send end-to-end encrypted ITAR technical data through a server in Germany?",
    "Does the EU regulation control technology in the public domain?",
    "Is a video call with a supplier in Japan about 9E003 drawings a transfer?",
    "Do I need a licence to share basic scientific research results with a partner in Singapore?",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


@contextmanager
def served() -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ITT_API_RATE_LIMIT_PER_MINUTE": "0"}
    cmd = [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise SystemExit(f"itt serve exited with {proc.returncode}")
            try:
                if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit("itt serve did not become ready in 300 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def request(client: httpx.Client, endpoint: str, question: str, jurisdiction: str | None) -> float | None:
    """Send one question; return the server-side answer time in ms (None if not reported)."""
    if endpoint == "ask":
        r = client.post("/v1/ask", json={"question": question, "jurisdiction": jurisdiction})
        r.raise_for_status()
        return r.json().get("latency_ms")
    if endpoint == "chat":
        model = f"itt-assistant:{jurisdiction}" if jurisdiction else "itt-assistant"
        r = client.post(
            "/v1/chat/completions", json={"model": model, "messages": [{"role": "user", "content": question}]}
        )
        r.raise_for_status()
        return r.json()["itt"].get("latency_ms")
    session = client.post("/v1/sessions", json={"jurisdiction": jurisdiction})
    session.raise_for_status()
    r = client.post(f"/v1/sessions/{session.json()['id']}/messages", json={"message": question})
    r.raise_for_status()
    return r.json().get("latency_ms")


def run(url: str, key: str | None, clients: int, total: int, endpoint: str, jurisdiction: str | None) -> None:
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    server_ms: list[float] = []
    errors: Counter[str] = Counter()
    headers = {"Authorization": f"Bearer {key}"} if key else {}

    def worker() -> None:
        with httpx.Client(base_url=url, headers=headers, timeout=120) as client:
            while (n := next(counter)) < total:
                started = time.perf_counter()
                try:
                    reported = request(client, endpoint, QUESTIONS[n % len(QUESTIONS)], jurisdiction)
                except httpx.HTTPStatusError as e:
                    with lock:
                        errors[str(e.response.status_code)] += 1
                    continue
                except httpx.TransportError as e:
                    with lock:
                        errors[type(e).__name__] += 1
                    continue
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if reported is not None:
                        server_ms.append(float(reported))

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started

    print(f"{endpoint}: {total} requests, {clients} concurrent clients, {wall:.1f} s")
    print(f"answers/s: {len(latencies) / wall:.1f}")
    if latencies:
        print(
            f"latency ms: p50 {percentile(latencies, 50):.0f}, p95 {percentile(latencies, 95):.0f}, "
            f"max {max(latencies):.0f} (server-side answer p50 {statistics.median(server_ms or [0]):.0f})"
        )
    print(f"errors: {sum(errors.values())}" + (f" ({dict(errors)})" if errors else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="Server to load (ignored with --serve).")
    parser.add_argument("--serve", action="store_true", help="Start `itt serve` for the run, then stop it.")
    parser.add_argument("--key", default=os.environ.get("ITT_API_KEY"), help="API key (default: $ITT_API_KEY).")
    parser.add_argument("--clients", type=int, default=8, help="Concurrent clients.")
    parser.add_argument("--requests", type=int, default=200, help="Total requests.")
    parser.add_argument("--endpoint", choices=["ask", "chat", "session"], default="ask")
    parser.add_argument("--jurisdiction", default=None)
    args = parser.parse_args()
    if args.serve:
        with served() as url:
            run(url, args.key, args.clients, args.requests, args.endpoint, args.jurisdiction)
    else:
        run(args.url, args.key, args.clients, args.requests, args.endpoint, args.jurisdiction)


if __name__ == "__main__":
    main()

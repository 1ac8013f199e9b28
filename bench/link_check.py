"""How long checking 200 links takes: 20 local hosts (one port each) answering in 50 ms.

Every link is answered 200 after the delay (HEAD and GET alike), so the figure is the
scheduler's: concurrency overall and per host. Run:

    .venv/bin/python bench/link_check.py [--links 200] [--hosts 20] [--delay-ms 50] [--runs 3]

and read the table (seconds, wall-clock, per configuration; median over the runs). The issue's
bar is 200 links on 20 hosts in at most 10 s. The last lines are the Qt event loop's stalls
while one check runs on worker threads, as Project → Check Links runs it (a 1 ms timer on the
loop; the largest gaps between its ticks, with QT_QPA_PLATFORM=offscreen where there is no
display). The bar is a stall max under 30 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.web.link_check import CheckOptions, LinkTarget, check_links  # noqa: E402


def _handler(delay: float) -> type[BaseHTTPRequestHandler]:
    class Slow(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self, body: bool) -> None:
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "2")
            self.end_headers()
            if body:
                self.wfile.write(b"ok")

        def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
            self._answer(False)

        def do_GET(self) -> None:  # noqa: N802
            self._answer(True)

        def log_message(self, *args: object) -> None:
            pass

    return Slow


def _start_hosts(count: int, delay: float) -> list[ThreadingHTTPServer]:
    servers = []
    for _ in range(count):
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(delay))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    return servers


def _measure(targets: list[LinkTarget], connections: int, per_host: int) -> tuple[float, str]:
    started = time.perf_counter()
    results = check_links(targets, CheckOptions(max_connections=connections,
                                                max_per_host=per_host, archive=False))
    elapsed = time.perf_counter() - started
    counts = Counter(r.status.value for r in results)
    return elapsed, ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))


def _loop_stalls(targets: list[LinkTarget]) -> tuple[float, float, int]:
    """(max gap, 99th percentile gap, ticks) in ms of a 1 ms timer while the check runs."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    gaps: list[float] = []
    last = [time.perf_counter()]
    worker = threading.Thread(target=check_links,
                              args=(targets, CheckOptions(archive=False)), daemon=True)
    loop = QEventLoop()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now
        if not worker.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    worker.start()
    last[0] = time.perf_counter()
    loop.exec()
    timer.stop()
    del app
    ordered = sorted(gaps)
    return ordered[-1], ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], len(gaps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=200)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    servers = _start_hosts(args.hosts, args.delay_ms / 1000)
    ports = [s.server_address[1] for s in servers]
    targets = [LinkTarget(f"http://127.0.0.1:{ports[i % len(ports)]}/article/{i}", f"link {i}")
               for i in range(args.links)]
    print(f"{args.links} links on {args.hosts} hosts answering in {args.delay_ms:g} ms, "
          f"median of {args.runs} runs")
    print(f"{'connections':>11} {'per host':>8} {'seconds':>8} {'links/s':>8}  statuses")
    for connections, per_host in ((16, 4), (32, 4), (8, 2)):
        times, statuses = [], ""
        for _ in range(args.runs):
            elapsed, statuses = _measure(targets, connections, per_host)
            times.append(elapsed)
        median = statistics.median(times)
        print(f"{connections:>11} {per_host:>8} {median:>8.2f} {args.links / median:>8.0f}  "
              f"{statuses}")
    worst, p99, ticks = _loop_stalls(targets)
    print(f"event loop while checking (default settings): stall max {worst:.1f} ms, "
          f"p99 {p99:.1f} ms over {ticks} ticks of a 1 ms timer")
    for server in servers:
        server.shutdown()


if __name__ == "__main__":
    main()

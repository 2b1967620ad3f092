"""Run the benchmarks in turn and print a summary: ``python -m bench [NAME ...]``.

Names: http, queue_page, bundles, screening, worker (default: all). Results are in
BENCHMARKS.md; targets come from DESIGN.md ("Performance").
"""

from __future__ import annotations

import argparse
import platform
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from types import FrameType

from bench import common
from bench.common import Result


def run_screening() -> list[Result]:
    """The screening helper's standalone script, as a subprocess; its output is shown as is.

    Run as ``-m bench.screening``, as a module, so that ``bench/`` is not put first on
    ``sys.path`` where one of its files could shadow a standard-library module.
    """
    common.say("screening: running bench/screening.py")
    done = subprocess.run(
        [sys.executable, "-m", "bench.screening"],
        cwd=common.ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    for line in done.stdout.splitlines():
        print(f"    {line}", flush=True)
    if done.returncode:
        raise common.BenchError(f"bench/screening.py failed:\n{done.stderr[-3000:]}")
    rate = re.search(r"throughput:\s*([\d,.]+)\s*messages/s", done.stdout)
    peak = re.search(r"peak memory:\s*([\d,.]+)\s*MB", done.stdout)
    results = []
    if rate:
        value = float(rate.group(1).replace(",", ""))
        results.append(
            Result("screening", "messages/s, one core", f"{value:,.0f}", ">= 2,000", value >= 2000)
        )
    if peak:
        value = float(peak.group(1).replace(",", ""))
        results.append(Result("screening", "peak RSS", f"{value:.0f} MB", "< 400 MB", value < 400))
    if not results:
        results.append(Result("screening", "output", done.stdout.strip()[-200:] or "(none)"))
    return results


def benchmarks() -> dict[str, Callable[[], list[Result]]]:
    from bench import bundles, http_load, queue_page, worker

    return {
        "http": http_load.run,
        "queue_page": queue_page.run,
        "bundles": bundles.run,
        "screening": run_screening,
        "worker": worker.run,
    }


def _terminate(signum: int, frame: FrameType | None) -> None:
    # Turn SIGTERM into an exception, so every ``finally`` stops its gunicorn.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    available = benchmarks()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(available))
    names = parser.parse_args(argv).names or list(available)
    unknown = [n for n in names if n not in available]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(available)}")
    signal.signal(signal.SIGTERM, _terminate)
    results: list[Result] = []
    failed = []
    for name in names:
        started = time.monotonic()
        common.say(f"== {name} ==")
        try:
            results += available[name]()
        except common.BenchError as error:
            failed.append(name)
            results.append(Result(name, "could not run", str(error).splitlines()[0], met=False))
            print(f"[bench] {name} could not run: {error}", file=sys.stderr, flush=True)
        common.say(f"{name} took {time.monotonic() - started:.0f} s")
    print()
    print(f"## Results ({time.strftime('%Y-%m-%d')}, {platform.node()}, {platform.machine()})")
    print()
    print(common.results_table(results))
    missed = [r for r in results if r.met is False]
    print()
    print(f"{len(missed)} target(s) not met" if missed else "every target met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

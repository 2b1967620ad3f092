"""Instructions a screened letter costs, counted by valgrind's callgrind: deterministic where
wall-clock figures on a shared machine move by 30 %.

Run ``python -m bench.instructions [--letters N] [--seed S]``. It screens 300 bench letters
(bench/letters.py) to warm the caches, then N more (default 600) inside ``sys.call_tracing``,
under ``valgrind --tool=callgrind --toggle-collect=sys_call_tracing`` with instrumentation
switched on only once warm, so exactly the N letters are counted. Prints the instructions per
letter. Python's hash seed changes set and dict layouts: counts move by about 15 k a letter
between seeds, so compare two changes with the same ``--seed`` (default 0), and with two seeds
before trusting a difference under that. Needs valgrind (Debian: ``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 300


def _screen_letters(count: int) -> None:
    """The child's work: warm up, switch instrumentation on, screen ``count`` letters."""
    # Imported here: the parent, which only starts valgrind, needs none of the engine.
    from bench.screening import CAMPAIGN, build_workload
    from moderation.rules import Decision, MemoryHistory, canonical_writer_key, screen

    work = build_workload(WARM_UP + count)
    history = MemoryHistory()

    def run(part: list) -> None:
        for submission, case in part:
            result = screen(submission, case, CAMPAIGN, history)
            if result.decision is not Decision.REJECT:
                key = canonical_writer_key(submission.author_email)
                history.record(key, case.slug, submission.text)

    run(work[:WARM_UP])
    # Instrumentation on from here only: the warm-up (imports, list loading) is not counted.
    subprocess.run(
        ["callgrind_control", "-i", "on", str(os.getpid())], check=True, stdout=subprocess.DEVNULL
    )
    sys.call_tracing(run, (work[WARM_UP:],))


def main() -> None:
    """Run this script's child under callgrind and print instructions per letter."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=600)
    parser.add_argument("--seed", default="0", help="PYTHONHASHSEED of the counted run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _screen_letters(args.letters)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                "--collect-atstart=no",
                "--toggle-collect=sys_call_tracing",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-m",
                "bench.instructions",
                "--child",
                "--letters",
                str(args.letters),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": args.seed},
            capture_output=True,
            text=True,
        )
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or collected is None:
        sys.exit(f"callgrind run failed:\n{done.stderr[-2000:]}")
    per_letter = int(collected.group(1)) / args.letters
    print(f"letters: {args.letters}  seed: {args.seed}  instructions a letter: {per_letter:,.0f}")


if __name__ == "__main__":
    main()

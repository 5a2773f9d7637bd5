"""Fault points: ``BELREADER_FAULT=<step>`` kills the process (SIGKILL, no clean-up)
when a sync reaches that step, so tests and benchmarks/kill_trials.py can interrupt a
sync exactly there."""

import os
import signal

# The steps of a sync's commit sequence, in order.
FAULT_POINTS = (
    "indexed",
    "pending-written",
    "toc-written",
    "index-committed",
    "manifest-written",
    "state-written",
)
# Also: "created" (a rebuild's empty index made) and "workers-started".


def fault_point(step: str) -> None:
    if os.environ.get("BELREADER_FAULT") == step:
        os.kill(os.getpid(), signal.SIGKILL)

"""Fault injection: make a build stop at a named stage, so crash tests need no timing.

Set ``DIPGRAPH_FAULT=STAGE[:ACTION]`` in a build's environment. When the build reaches
``STAGE`` it prints ``dipgraph: fault point STAGE reached`` on stderr, then does ``ACTION``:

- ``wait`` (the default): block until a signal arrives (a test then sends SIGINT or SIGKILL,
  knowing exactly where the build is);
- ``kill``: SIGKILL itself (a power cut at that point);
- ``interrupt``: SIGINT itself (Ctrl-C at that point).

Stages, in the order a build reaches them (:data:`STAGES`):

- ``parse``: the first documents are parsed and written to the staging folder; the workers
  are busy with the next ones;
- ``write``: every output is complete in the staging folder, nothing is in place yet;
- ``store``: ``--store`` only, the rebuilt documents' graphs are dropped, the new ones not yet
  loaded (when every document of the store is rebuilt: before its reload, nothing dropped);
- ``commit``: the first output file has been moved into place, the others not yet.

Without ``DIPGRAPH_FAULT`` a fault point costs one dictionary look-up.

Example
-------
>>> import os
>>> os.environ.pop("DIPGRAPH_FAULT", None)
>>> fault_point("parse")  # no fault asked for: returns at once
"""

from __future__ import annotations

import os
import signal
import sys
import time

#: Environment variable naming the stage (and action) of the fault.
ENV = "DIPGRAPH_FAULT"
STAGES = ("parse", "write", "store", "commit")
ACTIONS = ("wait", "kill", "interrupt")


def fault_point(stage: str) -> None:
    """Do the fault of ``DIPGRAPH_FAULT`` if it names ``stage``; else nothing."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, action = wanted.partition(":")
    if name != stage:
        return
    action = action or "wait"
    if action not in ACTIONS:
        raise ValueError(f"{ENV}={wanted!r}: unknown action (use {', '.join(ACTIONS)})")
    print(f"dipgraph: fault point {stage} reached", file=sys.stderr, flush=True)
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "interrupt":
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(60)  # the KeyboardInterrupt arrives here
    else:
        while True:
            time.sleep(3600)  # a signal handler (SIGINT -> KeyboardInterrupt) ends this

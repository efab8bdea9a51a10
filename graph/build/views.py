"""The report and the HTML page of a build, written while the graph files are being finished.

Once every document is parsed, the workers are idle and a build still has three jobs of its
own: ending the graph files (clustering, the default graph), the report (its measures and three
matplotlib PNGs, the slowest of the three: about 2 s, half a second of it importing matplotlib)
and the HTML page. :class:`Views` starts the report in a forked child process as soon as the
last document is parsed (:meth:`Views.start`), so it runs on the other core while this process
ends the graph files and writes the page (:meth:`Views.finish`); matplotlib is imported in a
background thread while the workers parse (:meth:`Views.preload`), when this process mostly
waits for them. The child runs the same code on the same events: the files are those this
process would write.

The child ignores SIGINT and dies with its parent; a build that stops (Ctrl-C, an error) ends
it (:meth:`Views.stop`). Without ``fork`` (or ``aside=False``) the report is written in this
process, as before.

Example
-------
>>> views = Views(BuildResult(), OutputSet("out"), analysis=True, html=True)  # doctest: +SKIP
>>> views.start(); staged = views.finish()  # doctest: +SKIP
"""

from __future__ import annotations

import signal
import threading
import traceback
from pathlib import Path
from typing import Callable

from ..errors import DipgraphError
from .outputs import OutputSet


def _preload_plots() -> None:
    """Import what the report's plots use (a module imported once per process)."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401


class Aside:
    """``fn()`` run in a forked child process while this process goes on; :meth:`join` waits
    for it and raises :class:`DipgraphError` with the child's error if it failed."""

    def __init__(self, fn: Callable[[], object], name: str) -> None:
        from .pool import _context

        ctx = _context()
        self.name = name
        self._recv, send = ctx.Pipe(duplex=False)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # no Ctrl-C race (as the pool)
        try:
            self._proc = ctx.Process(target=_run_aside, args=(fn, send), name=name, daemon=True)
            self._proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        send.close()  # the child's end: EOF here if the child dies without a word

    def join(self) -> None:
        """Wait for the child; raise its error, or a :class:`DipgraphError` if it died."""
        try:
            err = self._recv.recv()
        except EOFError:
            self._proc.join()
            err = f"the process exited with code {self._proc.exitcode}"
        self._proc.join()
        self._recv.close()
        if err is not None:
            raise DipgraphError(f"{self.name} failed: {err}")

    def stop(self) -> None:
        """End the child now (SIGTERM, then SIGKILL)."""
        from .pool import GRACE

        if self._proc.exitcode is None:
            self._proc.terminate()
            self._proc.join(timeout=GRACE)
            if self._proc.exitcode is None:
                self._proc.kill()
                self._proc.join(timeout=GRACE)
        self._recv.close()


def _run_aside(fn: Callable[[], object], send) -> None:
    from .pool import _die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent()
    try:
        fn()
        send.send(None)
    except BaseException as err:  # reported to the parent, which stops the build
        send.send(f"{type(err).__name__}: {err}\n{traceback.format_exc(limit=-3)}")
    finally:
        send.close()


class Views:
    """The report files and the HTML page of a build ``result``, staged in ``outputs``; the
    report in a child process when ``aside`` (see the module's doc)."""

    def __init__(self, result, outputs: OutputSet, *, analysis: bool, html: bool, aside: bool = True) -> None:
        from .pool import _context

        self.result, self.outputs = result, outputs
        self.analysis, self.html = analysis, html
        self.aside = aside and _context().get_start_method() == "fork"
        self._child: Aside | None = None
        self._preload: threading.Thread | None = None

    def preload(self) -> None:
        """Import matplotlib in a background thread (once; only once no worker is left to fork)."""
        if self.analysis and self.aside and self._preload is None:
            self._preload = threading.Thread(target=_preload_plots, name="dipgraph-preload", daemon=True)
            self._preload.start()

    def start(self) -> None:
        """Start writing the report in a child process (every document must be parsed)."""
        if not (self.analysis and self.aside) or self._child is not None:
            return
        if self._preload is not None:
            self._preload.join()  # never fork while a thread may hold an import lock
        self._child = Aside(self._write_report, "the report")

    def finish(self) -> dict[str, Path]:
        """Write the HTML page (and the report, if :meth:`start` did not); wait for the report;
        ``{name: staged path}``."""
        staged: dict[str, Path] = {}
        if self.analysis:
            from ..analysis.report import FILES

            if self._child is None:
                self._write_report()
            staged.update({key: self.outputs.path(name) for key, name in FILES.items()})
        if self.html:
            from ..viz.html import write_html

            staged["html"] = write_html(self.result.events, self.outputs.path("stance.html"))
        if self._child is not None:
            self._child.join()
        return staged

    def stop(self) -> None:
        """End the report's child process, if one runs (the build is stopping)."""
        if self._child is not None:
            self._child.stop()

    def _write_report(self) -> None:
        from ..analysis.report import write_report

        write_report(self.result.events, self.outputs.stage, summary=self.result.summary())

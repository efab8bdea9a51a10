"""A build's output files as one set: written in a staging folder, moved into place together.

A build writes every file into ``OUT/.dipgraph-build-PID-XXXX/``; :meth:`OutputSet.commit`
first writes a manifest (``.commit``, the list of files) into that folder, then renames each
file over its final name in ``OUT``, then removes the folder. So:

- a build interrupted or killed before the commit leaves ``OUT`` exactly as it was (the staging
  folder is removed by the next build into ``OUT``, once its process is gone);
- a build killed during the renames (a few microseconds) leaves a manifest, and the next build
  into ``OUT`` (or :func:`recover`) finishes the renames before anything else: ``OUT`` never
  stays a mix of two builds.

Ctrl-C during the renames is held until they are done.

Example
-------
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> outputs = OutputSet(out)
>>> _ = outputs.path("events.jsonl").write_text("{}\\n")
>>> [p.name for p in outputs.commit().values()], sorted(p.name for p in out.iterdir())
(['events.jsonl'], ['events.jsonl'])
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .faults import fault_point

PREFIX = ".dipgraph-build-"
MANIFEST = ".commit"


class OutputSet:
    """The staging folder of one build inside ``out_dir`` (created, with ``out_dir``, at once)."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        recover(self.out)
        self.stage = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self.out))

    def path(self, name: str) -> Path:
        """Where to write the output file ``name`` during the build."""
        return self.stage / name

    def final(self, path: Path) -> Path:
        """Where a staged file ends up."""
        return self.out / Path(path).relative_to(self.stage)

    def commit(self) -> dict[str, Path]:
        """Move every staged file into ``out_dir``; return ``{name: final path}``."""
        names = sorted(p.name for p in self.stage.iterdir() if p.is_file() and not p.name.startswith("."))
        with _sigint_held():
            manifest = self.stage / MANIFEST
            with open(manifest, "w", encoding="utf-8") as fh:
                fh.write("\n".join(names) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            _fsync_dir(self.stage)
            _finish(self.stage, self.out, names)
        return {name: self.out / name for name in names}

    def discard(self) -> None:
        """Remove the staging folder and whatever it holds (``OUT`` is left as it was)."""
        shutil.rmtree(self.stage, ignore_errors=True)


def _finish(stage: Path, out: Path, names: list[str]) -> None:
    for n, name in enumerate(names):
        src = stage / name
        if src.exists():
            os.replace(src, out / name)
        if n == 0:
            fault_point("commit")
    _fsync_dir(out)
    shutil.rmtree(stage, ignore_errors=True)


def recover(out_dir: str | Path) -> None:
    """Finish a commit that was cut short in ``out_dir``; remove staging folders of builds that
    are no longer running."""
    out = Path(out_dir)
    if not out.is_dir():
        return
    for stage in sorted(out.glob(PREFIX + "*")):
        manifest = stage / MANIFEST
        if manifest.is_file():
            names = [n for n in manifest.read_text(encoding="utf-8").splitlines() if n]
            _finish(stage, out, names)
        elif not _alive(stage.name[len(PREFIX):].split("-", 1)[0]):
            shutil.rmtree(stage, ignore_errors=True)


def _alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def _sigint_held() -> Iterator[None]:
    """Hold SIGINT until the block is done, then raise ``KeyboardInterrupt`` if one came."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    old = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)
    if caught:
        raise KeyboardInterrupt

"""One run at a time per data folder."""
from __future__ import annotations

import contextlib
import fcntl
from pathlib import Path
from typing import Iterator

from .model import BriefingError


@contextlib.contextmanager
def locked(data_dir: Path) -> Iterator[None]:
    """Only one run at a time may write a data folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock_path = data_dir / ".lock"
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BriefingError(f"{data_dir}: another briefing run is writing this folder; try again when it ends") from None
        for stale in data_dir.glob(".*.tmp"):     # left by a run that was killed mid-write
            stale.unlink()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

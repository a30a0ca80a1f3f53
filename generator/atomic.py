"""Atomic writes: a file is always either its old or its new version, never half-written.

Every file goes to a temporary file in the same folder and is renamed over the old one, so
a run killed at any moment leaves the previous version whole. Files are only rewritten when
their content changes (which also keeps `mkdocs serve` from rebuilding in a loop).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` atomically; return False (and touch nothing) if unchanged."""
    return bool(write_files_atomic({path: text}))


def write_files_atomic(files: dict[Path, str], durable: bool = True, existing: set[str] | None = None) -> list[Path]:
    """Write several files so that a run killed at any moment leaves each whole: every new
    version is written to a temporary file first, then all are renamed into place one after
    the other. Unchanged files are left alone. Returns the files that changed. `durable`
    also syncs each file to disk before the rename (for the data; generated pages can be
    made again, and syncing thousands of them costs more than rendering them). `existing`:
    the files already in the folders (`existing_files`), when the caller writes in batches."""
    pending: list[tuple[str, Path]] = []
    created: list[Path] = []
    folders = {path.parent for path in files}
    if existing is None:
        existing = existing_files(folders)
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    try:
        for path, text in files.items():
            if str(path) not in existing:
                if not durable:      # nothing to protect: a new page is written in place
                    path.write_text(text, encoding="utf-8", newline="\n")
                    created.append(path)
                    continue
            else:
                try:
                    if path.read_text(encoding="utf-8") == text:
                        continue
                except (OSError, UnicodeDecodeError):
                    pass
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            pending.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
        for tmp, path in pending:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    return created + [path for _, path in pending]


def existing_files(folders: set[Path]) -> set[str]:
    """The paths of the files already in these folders: one listing each, instead of a
    failed open per new file (which costs more than the write on some disks)."""
    found: set[str] = set()
    for folder in folders:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            found.update(entry.path for entry in os.scandir(folder) if entry.is_file())
    return found

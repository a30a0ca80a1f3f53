"""Stage 4 — write: the data folder, written so that nothing is ever half-written.

Every file goes to a temporary file in the same folder and is renamed over the old one, so
a run killed at any moment leaves the previous version whole. Files are only rewritten when
their content changes (which also keeps `mkdocs serve` from rebuilding in a loop). YAML is
only read with the safe loader; a broken file is reported with its line number.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterator

import yaml

from .model import ArticleExtraction, BriefingError
from .safeload import load_yaml

# Characters YAML does not allow raw (or would read as line breaks): written as \\u escapes.
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _json_value(value: Any) -> str:
    """JSON for one value, written so YAML 1.1 reads it back the same: whole floats as
    integers, and exponents with a decimal point ('1.0e-06', which YAML 1.1 needs)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, float):
        text = repr(value)
        mantissa, e, exponent = text.partition("e")
        return f"{mantissa if '.' in mantissa else mantissa + '.0'}e{exponent}" if e else text
    return json.dumps(value, ensure_ascii=False)


def to_yaml(items: list[dict]) -> str:
    """A data file: a YAML list with one mapping per line, each in JSON flow style (JSON is
    YAML). Loadable by any YAML parser, greppable, and about fifty times faster to write and
    read than block style with PyYAML, which matters at thousands of articles."""
    if not items:
        return "[]\n"
    lines = []
    for item in items:
        text = "{" + ", ".join(f"{json.dumps(str(k))}: {_json_value(v)}" for k, v in item.items()) + "}"
        lines.append("- " + _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text))
    return "\n".join(lines) + "\n"


def to_yaml_document(data: dict) -> str:
    """A small mapping (meta.yaml) in ordinary block style."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


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


def write_yaml(path: Path, data: Any) -> bool:
    return write_text_atomic(path, to_yaml(data) if isinstance(data, list) else to_yaml_document(data))


def read_yaml(path: Path, default: Any = None, **limits: int) -> Any:
    """Load a YAML file safely; a syntax error becomes 'FILE:LINE: problem'. `limits`:
    max_bytes, max_aliases, max_items for `safeload.load_yaml`."""
    if not path.exists():
        return default
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not UTF-8 text") from None
    data = load_yaml(text, str(path), **limits)     # safe loader, bounded size and alias expansion
    return default if data is None else data


def read_list(path: Path) -> list[dict]:
    """A data file of the contract: a YAML list of mappings (fast path for our own format)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError):
        text = None
    if text is not None:
        fast = _read_own_format(text)
        if fast is not None:
            return fast
    data = read_yaml(path, default=[])
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise BriefingError(f"{path}: expected a YAML list of mappings")
    return data


def _read_own_format(text: str) -> list[dict] | None:
    """Lines written by to_yaml() are '- ' and a JSON object; anything else: None."""
    if text == "[]\n":
        return []
    items = []
    for line in text.splitlines():
        if not line.startswith("- {"):
            return None
        try:
            item = json.loads(line[2:])
        except ValueError:
            return None
        if not isinstance(item, dict):
            return None
        items.append(item)
    return items or None


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


# ---- per-article cache ------------------------------------------------------------------

def _code_version() -> str:
    """Cached results are only valid for the extractor that made them."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for source in sorted([*here.glob("extract/*.py"), *here.glob("formats/*.py"), here / "lexicon.py", here / "names.py", here / "model.py", here / "read.py"]):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


CODE_VERSION = _code_version()


class ExtractionCache:
    """Per-article extraction results, keyed by the article's sha256."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / ".cache" / CODE_VERSION

    def path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def get(self, sha256: str, article_id: str) -> ArticleExtraction | None:
        try:
            data = json.loads(self.path(sha256).read_text(encoding="utf-8"))
            extraction = ArticleExtraction.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        extraction.article = article_id
        return extraction

    def put(self, sha256: str, extraction: ArticleExtraction) -> None:
        write_text_atomic(self.path(sha256), json.dumps(extraction.to_dict(), ensure_ascii=False))

    def prune(self, keep: set[str]) -> None:
        """Drop results of articles no longer in the folder, and of older extractors."""
        root = self.folder.parent
        if not root.is_dir():
            return
        for version in root.iterdir():
            if version != self.folder and version.is_dir():
                for f in version.glob("*"):
                    f.unlink()
                version.rmdir()
        for f in self.folder.glob("*.json") if self.folder.is_dir() else []:
            if f.stem not in keep:
                f.unlink()

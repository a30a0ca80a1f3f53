"""Extraction quality in one table: dev (score.py against ../shared/eval/dev) and attribution
(score_attribution.py against ../shared/corpus/attribution).

    python bench/quality.py [--shared ../shared] [--jobs N]

The dev run extracts all of ../shared/corpus/dev/ and the seed article together, as the
issue asks; both runs use fresh temporary data folders (no cache).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def extract(seeds: list[Path], data: Path, jobs: int) -> float:
    folder = data.parent / "seeds"
    folder.mkdir()
    for src in seeds:
        shutil.copy(src, folder / src.name)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "extract", "--seeds", str(folder), "--data", str(data),
                    "--jobs", str(jobs)], cwd=PROJECT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    shared = args.shared.resolve()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        dev = Path(tmp) / "dev" / "data"
        dev.parent.mkdir()
        seconds = extract(sorted((shared / "corpus" / "dev").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt")), dev, args.jobs)
        out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--data", str(dev),
                              "--gold", str(shared / "eval" / "dev"), "--json"], capture_output=True, text=True, check=True)
        score = json.loads(out.stdout)
        t = score["totals"]

        def f1(k):
            tp_p, n_p, tp_r, n_r = t[k]
            p, r = (tp_p / n_p if n_p else 0), (tp_r / n_r if n_r else 0)
            return p, r, (2 * p * r / (p + r) if p + r else 0)

        for k in ("actors", "positions", "figures"):
            p, r, f = f1(k)
            rows.append((f"dev {k}", f"P={p:.3f} R={r:.3f}", f"{f:.3f}"))
        for k in ("role", "affiliation", "type"):
            ok, n = t[k]
            rows.append((f"dev {k}", f"{ok}/{n} correct", f"{ok / n if n else 0:.3f}"))
        across = score["cross_article"]
        same, split, merged = across["pairs"]
        rows.append(("dev across articles", f"P={across['precision']:.3f} R={across['recall']:.3f} "
                     f"({same} pairs one actor, {split} split, {merged} wrongly merged)", f"{across['f1']:.3f}"))
        rows.append(("dev overall", f"extracted in {seconds:.1f}s", f"{score['overall_f1']:.3f}"))

        att = Path(tmp) / "att" / "data"
        att.parent.mkdir()
        extract(sorted((shared / "corpus" / "attribution").glob("*.txt")), att, args.jobs)
        out = subprocess.run([sys.executable, str(shared / "eval" / "score_attribution.py"), "--data", str(att),
                              "--ann", str(shared / "corpus" / "attribution"), "--json"],
                             capture_output=True, text=True, check=True)
        a = json.loads(out.stdout)
        lines = subprocess.run([sys.executable, str(shared / "eval" / "score_attribution.py"), "--data", str(att),
                                "--ann", str(shared / "corpus" / "attribution")],
                               capture_output=True, text=True, check=True).stdout.splitlines()
        for line in lines:
            if line.startswith(("all attributions", "speech-cue", "content-only")):
                label, rest = re.split(r"\s{2,}", line, maxsplit=1)
                rows.append((f"attribution {label}", " ".join(rest.split()), ""))
            elif line.startswith("speaker errors"):
                rows.append(("attribution speaker errors", line.split(": ", 1)[1], ""))
        rows.append(("attribution F1 (speech cues)", "", f"{a['attribution_f1']:.3f}"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':{width}}  {'score':>5}  detail")
    for name, detail, value in rows:
        print(f"{name:{width}}  {value:>5}  {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

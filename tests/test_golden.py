"""The rendered pages of seeds/ compared file by file with a committed copy (tests/golden/seed_docs/),
so that any change to a page shows as a reviewable diff. When a change is intended, regenerate
the copy and commit it with the change:

    ./dev test tests/test_golden.py --update-golden
"""
from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT
from generator.site.escaping import escape

GOLDEN = PROJECT / "tests" / "golden" / "seed_docs"
GENERATED = "GENERATED-AT"       # stands for the run's time, the one thing that changes between runs
pytestmark = pytest.mark.slow


def pages(docs: Path, generated: str = "") -> dict[str, str]:
    """Every file under docs/, by its path, with the run's time (as printed: escaped) replaced
    by a placeholder."""
    out = {}
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        out[path.relative_to(docs).as_posix()] = text.replace(escape(generated), GENERATED) if generated else text
    return out


def test_seed_pages_match_the_golden_copy(built, request):
    generated = yaml.safe_load((built / "data" / "meta.yaml").read_text())["generated"]
    fresh = pages(built / "docs", generated)
    assert any(GENERATED in text for text in fresh.values())     # the placeholder did replace the time
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in fresh.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
    golden = pages(GOLDEN)
    hint = "if the change is intended: ./dev test tests/test_golden.py --update-golden, and commit tests/golden/"
    assert sorted(fresh) == sorted(golden), f"pages added or removed; {hint}"
    diffs = []
    for rel in sorted(fresh):
        if fresh[rel] != golden[rel]:
            diffs.extend(difflib.unified_diff(golden[rel].splitlines(), fresh[rel].splitlines(),
                                              f"golden/{rel}", f"rendered/{rel}", n=1, lineterm=""))
    assert not diffs, "\n".join(diffs[:60]) + f"\n{hint}"

"""The rendered pages of seeds/ compared file by file with a committed copy (tests/golden/seed_docs/;
the assets, copies of templates/assets/, are compared with those),
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
    """Every page under docs/, by its path, with the run's time (as printed: escaped) replaced
    by a placeholder."""
    out = {}
    for path in sorted(docs.rglob("*.md")):
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


def test_seed_assets_are_the_templates_assets(built):
    assets = PROJECT / "templates" / "assets"
    copied = built / "docs" / "assets"
    assert sorted(p.name for p in copied.iterdir()) == sorted(p.name for p in assets.iterdir())
    for source in assets.iterdir():
        assert (copied / source.name).read_bytes() == source.read_bytes(), source.name

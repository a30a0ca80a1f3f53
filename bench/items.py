"""Items and editors' verdicts of an invented test set (bench/invented/*/): the tools of an audit.

    python bench/items.py dump DATA OUT.md                 number every page, position and figure of DATA
    python bench/items.py carry NEW.md OUT.txt OLD.md OLD.txt [OLD2.md OLD2.txt ...]
                                                           give each new item the verdict an old item of
                                                           the same content had ('UNJUDGED' otherwise)
    python bench/items.py changed OLD.md NEW.md            items whose content differs (by content, not number)
    python bench/items.py tally VERDICTS.txt               right / total per kind

An item's content is its line without its number plus its sentence, so a verdict follows the item
when other items come or go before it. Verdict lines read `A12 right` or `A12 wrong: FIELD ...`.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ITEM = re.compile(r"^- \*\*([APF]\d+)\*\* (.*)$")
KINDS = {"A": "pages", "P": "positions", "F": "figures"}


def _load(data: Path, name: str) -> list[dict]:
    return yaml.safe_load((data / f"{name}.yaml").read_text(encoding="utf-8")) or []


def _claimant(figure: dict, names: dict[str, str]) -> str | None:
    if figure.get("actor"):
        return names.get(figure["actor"], figure["actor"])
    if figure.get("source"):
        return f"{figure['source']} (in words, no actor page)"
    return None


def dump(data: Path) -> str:
    """The numbered items of a data folder: pages by first article then name, positions and figures in file order."""
    actors, positions, figures = _load(data, "actors"), _load(data, "positions"), _load(data, "figures")
    order = {a["id"]: i for i, a in enumerate(_load(data, "articles"))}
    names = {a["id"]: a["name"] for a in actors}
    lines = ["## Actor pages (one per actor, across articles)", ""]
    pages = sorted(actors, key=lambda a: (min((order.get(x, len(order)) for x in a["articles"]), default=len(order)), a["name"]))
    for n, a in enumerate(pages, 1):
        lines.append(f"- **A{n}** {a['name']} | type {a['type']} | role {a.get('role')!r} | "
                     f"affiliation {names.get(a.get('affiliation'), a.get('affiliation'))!r} | aliases {a.get('aliases')} | "
                     f"articles {a['articles']} | mentions {a.get('mentions')}")
    lines += ["", "## Positions", ""]
    for n, p in enumerate(positions, 1):
        lines.append(f"- **P{n}** [{p['article']}] speaker {p['speaker']!r} → actor {names.get(p.get('actor'), p.get('actor'))!r} | "
                     f"cue {p['cue']!r} | direct {p['direct']} | text: {p['text']!r}")
        lines.append(f"    sentence: {p['sentence']!r}")
    lines += ["", "## Figures", ""]
    for n, f in enumerate(figures, 1):
        lines.append(f"- **F{n}** [{f['article']}] {f['text']!r} value {f['value']} low {f.get('low')} high {f.get('high')} | "
                     f"qualifier {f.get('qualifier')!r} | unit {f.get('unit')!r} | claimant {_claimant(f, names)!r}")
        lines.append(f"    sentence: {f['sentence']!r}")
    return "\n".join(lines) + "\n"


def items(text: str) -> dict[str, str]:
    """Item number → content (the line without its number, plus its sentence line)."""
    found, current = {}, None
    for line in text.splitlines():
        if m := ITEM.match(line):
            current = m.group(1)
            found[current] = m.group(2)
        elif current and line.startswith("    sentence:"):
            found[current] += "\n" + line
    return found


def verdicts(text: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in text.splitlines() if " " in line.strip())


def carry(new: dict[str, str], judged: list[tuple[dict[str, str], dict[str, str]]]) -> dict[str, str]:
    """Each new item's verdict: that of the first judged item of the same kind and content, else 'UNJUDGED'."""
    known: dict[tuple[str, str], str] = {}
    for old, said in judged:
        for number, content in old.items():
            if said.get(number, "UNJUDGED") != "UNJUDGED":
                known.setdefault((number[0], content), said[number])
    return {number: known.get((number[0], content), "UNJUDGED") for number, content in new.items()}


def changed(old: dict[str, str], new: dict[str, str]) -> tuple[list[str], list[str]]:
    """(contents gone, contents new), in item order."""
    before, after = set(old.values()), set(new.values())
    return [c for c in old.values() if c not in after], [c for c in new.values() if c not in before]


def tally(said: dict[str, str]) -> str:
    right, total = Counter(), Counter()
    for number, verdict in said.items():
        total[number[0]] += 1
        right[number[0]] += verdict.strip() == "right"
    parts = [f"{KINDS[k]}: {right[k]}/{total[k]}" for k in "APF" if total[k]]
    return "  ".join(parts + [f"all: {sum(right.values())}/{sum(total.values())}"])


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    read = lambda p: Path(p).read_text(encoding="utf-8")  # noqa: E731
    if command == "dump" and len(args) == 2:
        Path(args[1]).write_text(dump(Path(args[0])), encoding="utf-8")
    elif command == "carry" and len(args) >= 4 and len(args) % 2 == 0:
        judged = [(items(read(i)), verdicts(read(v))) for i, v in zip(args[2::2], args[3::2])]
        result = carry(items(read(args[0])), judged)
        Path(args[1]).write_text("".join(f"{n} {v}\n" for n, v in result.items()), encoding="utf-8")
        unjudged = [n for n, v in result.items() if v == "UNJUDGED"]
        print(f"{len(unjudged)} unjudged: {' '.join(unjudged)}")
    elif command == "changed" and len(args) == 2:
        gone, came = changed(items(read(args[0])), items(read(args[1])))
        for sign, contents in (("-", gone), ("+", came)):
            for c in contents:
                print(f"{sign} {c}")
        print(f"{len(gone)} gone, {len(came)} new")
    elif command == "tally" and len(args) == 1:
        print(tally(verdicts(read(args[0]))))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Every YAML the tool reads goes through `load_yaml`: bounded in size and in what aliases
may expand to, so that no file can hang the tool or exhaust its memory.

The "billion laughs" file is ten lines: an anchor, a list of nine aliases to it, a list of
nine aliases to that, and so on. PyYAML builds it fast (aliases share one object), but
anything that then walks the data (checking it, converting it, writing it) walks every
expanded item: hundreds of millions. So the document is composed into nodes first, the
number of items it expands to is counted over the node graph (each shared node counted
once per use, in time proportional to the nodes themselves), and only a document within the
limits is built into Python objects.
"""
from __future__ import annotations

from typing import Any

import yaml

from .model import BriefingError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # libyaml when available; safe either way

MAX_BYTES = 32_000_000       # data files of thousands of articles stay well below this
MAX_ALIASES = 1_000          # a hand-written file uses a few
MAX_ITEMS = 5_000_000        # scalars, lists and mappings after alias expansion


def load_yaml(text: str, name: str, max_bytes: int = MAX_BYTES, max_aliases: int = MAX_ALIASES,
              max_items: int = MAX_ITEMS) -> Any:
    """The data of a YAML document, built with the safe loader (never Python objects).
    Raises BriefingError naming `name` when the text is too large, has too many aliases,
    expands to too many items, refers to itself, or is not valid YAML ('NAME:LINE: ...')."""
    return _checked(text, name, max_bytes, max_aliases, max_items, build=True)


def compose_yaml(text: str, name: str, max_bytes: int = MAX_BYTES, max_aliases: int = MAX_ALIASES,
                 max_items: int = MAX_ITEMS) -> yaml.Node | None:
    """The node tree of a YAML document (every value knows its line), within the same limits."""
    return _checked(text, name, max_bytes, max_aliases, max_items, build=False)


def _checked(text: str, name: str, max_bytes: int, max_aliases: int, max_items: int, build: bool) -> Any:
    size = len(text.encode("utf-8", errors="replace")) if len(text) * 4 > max_bytes else len(text)
    if size > max_bytes:
        raise BriefingError(f"{name}: {size:,} bytes of YAML; more than the limit of {max_bytes:,}")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, name, max_aliases, max_items)
        return loader.construct_document(node) if build else node
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        what = getattr(problem, "problem", None) or str(problem).splitlines()[0]
        raise BriefingError(f"{where}: invalid YAML ({what})") from None
    except RecursionError:
        raise BriefingError(f"{name}: YAML nested too deeply") from None
    except (ValueError, OverflowError) as problem:    # a well-formed scalar of no real value: 'date: 2024-13-45'
        raise BriefingError(f"{name}: invalid YAML value ({problem})") from None
    finally:
        loader.dispose()


def _check_expansion(root: yaml.Node, name: str, max_aliases: int, max_items: int) -> None:
    """Refuse a node graph with more than `max_aliases` shared uses, a cycle, or more than
    `max_items` items once every alias is expanded. Iterative: deep nesting cannot overflow."""
    expanded: dict[int, int] = {}        # node id -> items it expands to (done nodes)
    on_path: set[int] = set()
    uses = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            expanded[key] = 1 + sum(expanded[id(c)] for c in _children(node))
            if expanded[key] > max_items:
                raise BriefingError(f"{name}: YAML aliases expand to more than {max_items:,} items; refused")
            continue
        if key in on_path:
            line = node.start_mark.line + 1 if node.start_mark else 0
            raise BriefingError(f"{name}:{line}: YAML alias refers to itself; refused")
        if key in expanded:
            uses += 1
            if uses > max_aliases:
                raise BriefingError(f"{name}: more than {max_aliases:,} YAML aliases; refused")
            continue
        on_path.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                line = child.start_mark.line + 1 if child.start_mark else 0
                raise BriefingError(f"{name}:{line}: YAML alias refers to itself; refused")
            if id(child) in expanded:
                uses += 1
                if uses > max_aliases:
                    raise BriefingError(f"{name}: more than {max_aliases:,} YAML aliases; refused")
            else:
                stack.append((child, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []

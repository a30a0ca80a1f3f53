"""A declared shape for a hand-written YAML file, checked on the parsed YAML nodes so that each
problem, and each value kept, carries the line it is written on."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

NULL_TAG = "tag:yaml.org,2002:null"


@dataclass(frozen=True)
class Located:
    """A value as written in the file, and its line (1-based)."""
    text: str
    line: int


class SchemaError(Exception):
    """What does not fit the shape: `line` and a message naming where in the file it is."""

    def __init__(self, line: int, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.line = line


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG


class Text:
    """A scalar (kept as written, as `Located`); `choices` limits it, `nullable` allows null (None)."""

    def __init__(self, description: str, *, choices: tuple[str, ...] = (), nullable: bool = False) -> None:
        self.description, self.choices, self.nullable = description, choices, nullable

    def check(self, node: yaml.Node, where: str) -> Located | None:
        if self.nullable and _is_null(node):
            return None
        if not isinstance(node, yaml.ScalarNode) or _is_null(node) or node.value == "":
            raise SchemaError(_line(node), where, f"expected {self.description}")
        if self.choices and node.value not in self.choices:
            raise SchemaError(_line(node), where, f"{node.value!r} is not one of {', '.join(self.choices)}")
        return Located(node.value, _line(node))


class ListOf:
    """A list of items of one shape (an empty or null value: an empty list)."""

    def __init__(self, item: Any, description: str, *, min_items: int = 0) -> None:
        self.item, self.description, self.min_items = item, description, min_items

    def check(self, node: yaml.Node, where: str) -> list:
        if _is_null(node):
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [], node.start_mark, node.end_mark)
        if not isinstance(node, yaml.SequenceNode) or len(node.value) < self.min_items:
            raise SchemaError(_line(node), where, f"expected {self.description}")
        return [self.item.check(child, where) for child in node.value]


class MapOf:
    """A mapping from text keys to values of one shape, as (key, value) pairs in file order;
    a key written twice is an error (YAML would silently keep the last)."""

    def __init__(self, value: Any, description: str) -> None:
        self.key = Text("a key")
        self.value, self.description = value, description

    def check(self, node: yaml.Node, where: str) -> list[tuple[Located, Any]]:
        if _is_null(node):
            return []
        if not isinstance(node, yaml.MappingNode):
            raise SchemaError(_line(node), where, f"expected {self.description}")
        pairs, seen = [], {}
        for key_node, value_node in node.value:
            key = self.key.check(key_node, where)
            if key.text in seen:
                raise SchemaError(key.line, where, f"{key.text!r} given twice (first on line {seen[key.text]})")
            seen[key.text] = key.line
            pairs.append((key, self.value.check(value_node, f"{where}: {key.text}" if where else key.text)))
        return pairs


class Record:
    """A mapping with named fields, each of its own shape; `what` names them in messages."""

    def __init__(self, fields: dict[str, Any], description: str, *, required: tuple[str, ...] = (),
                 what: str = "field") -> None:
        self.fields, self.description, self.required, self.what = fields, description, required, what

    def check(self, node: yaml.Node, where: str) -> dict[str, Any]:
        if _is_null(node):
            node = yaml.MappingNode("tag:yaml.org,2002:map", [], node.start_mark, node.end_mark)
        if not isinstance(node, yaml.MappingNode):
            raise SchemaError(_line(node), where, f"expected {self.description}")
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if name not in self.fields:
                raise SchemaError(_line(key_node), where,
                                  f"unknown {self.what} {name!r} (expected {', '.join(self.fields)})")
            if name in out:
                raise SchemaError(_line(key_node), where, f"{self.what} {name!r} given twice")
            out[name] = self.fields[name].check(value_node, f"{where}: {name}" if where else name)
        missing = [name for name in self.required if name not in out]
        if missing:
            raise SchemaError(_line(node), where, f"expected {self.description} (missing {', '.join(missing)})")
        return out

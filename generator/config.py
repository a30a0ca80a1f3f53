"""The run's settings: folders and options, checked once before any work starts."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import BriefingError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    seeds: Path = Path("seeds")
    data: Path = Path("data")
    docs: Path = Path("docs")
    site: Path = Path("site")
    mkdocs_yml: Path = PROJECT_ROOT / "mkdocs.yml"
    templates: Path = PROJECT_ROOT / "templates"
    curation: Path = Path("curation.yaml")
    jobs: int = 1
    progress: bool = True
    root: Path = Path(".")          # paths in articles.yaml are relative to this

    def validated(self) -> "Config":
        if self.jobs < 1:
            raise BriefingError(f"--jobs {self.jobs}: must be 1 or more")
        if not self.templates.is_dir():
            raise BriefingError(f"{self.templates}: templates folder not found")
        for name in ("data", "docs", "site"):
            path = getattr(self, name)
            if path.exists() and not path.is_dir():
                raise BriefingError(f"{path}: exists and is not a folder (--{name})")
        return self

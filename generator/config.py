"""The run's settings: folders and options, checked once before any work starts."""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

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
    cluster: str | None = None      # address of a Dask scheduler to extract on (generator/cluster.py)
    progress: bool = True
    root: Path = Path(".")          # paths in articles.yaml are relative to this
    site_url: str | None = None     # where the site will be published (overrides mkdocs.yml's)

    def validated(self) -> "Config":
        if self.jobs < 1:
            raise BriefingError(f"--jobs {self.jobs}: must be 1 or more")
        if self.cluster is not None:
            self._check_cluster()
        if not self.templates.is_dir():
            raise BriefingError(f"{self.templates}: templates folder not found")
        for name in ("data", "docs", "site"):
            path = getattr(self, name)
            if path.exists() and not path.is_dir():
                raise BriefingError(f"{path}: exists and is not a folder (--{name})")
        if self.site_url is not None:
            parts = urlsplit(self.site_url)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
                raise BriefingError(f"--site-url {self.site_url}: must be a full address such as "
                                    "https://example.org/team/briefing/")
        return self

    def _check_cluster(self) -> None:
        if self.jobs != 1:
            raise BriefingError("--cluster and --jobs: give one (the cluster's workers do the parallel work)")
        if not self.cluster.strip():
            raise BriefingError("--cluster: give the scheduler's address, e.g. tcp://10.0.0.5:8786")
        if importlib.util.find_spec("distributed") is None:
            raise BriefingError("--cluster needs Dask: pip install -e '.[cluster]'")

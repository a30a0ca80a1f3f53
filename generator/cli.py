"""Command line: `briefing extract | render | build`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import Config
from .model import BriefingError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn a folder of news articles into a briefing website.")
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str, *, seeds=False, data=True, docs=False, site=False):
        p = commands.add_parser(name, help=help_text, description=help_text)
        if seeds:
            p.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles: .txt, .html, .xml/.rss/.atom, .md (default: seeds)")
            p.add_argument("--jobs", type=int, default=1, help="processes for extraction (default: 1)")
            p.add_argument("--cluster", metavar="tcp://HOST:PORT", help="extract on the workers of this running Dask scheduler (pip install -e '.[cluster]')")
            p.add_argument("--curation", type=Path, default=Path("curation.yaml"), help="hand corrections (default: curation.yaml)")
        if data:
            p.add_argument("--data", type=Path, default=Path("data"), help="folder of the YAML data (default: data)")
        if docs:
            p.add_argument("--docs", type=Path, default=Path("docs"), help="folder of the generated pages (default: docs)")
        if site:
            p.add_argument("--site", type=Path, default=Path("site"), help="folder of the built site (default: site)")
            p.add_argument("--site-url", help="address the site will be published at, e.g. "
                           "https://example.org/team/briefing/ (default: site_url of mkdocs.yml)")
        return p

    add("extract", "Read the articles and write articles/actors/positions/figures YAML.", seeds=True)
    add("render", "Render the YAML into Markdown pages for MkDocs.", docs=True)
    add("build", "Extract, render and build the site with MkDocs.", seeds=True, docs=True, site=True)
    fetch = commands.add_parser("fetch", help="Download web pages and feeds into the seeds folder.",
                                description="Download web pages and feeds into the seeds folder, one request at a time.")
    fetch.add_argument("urls", nargs="*", metavar="URL", help="addresses of pages or feeds")
    fetch.add_argument("--urls", dest="url_file", type=Path, help="file with one address per line")
    fetch.add_argument("--seeds", type=Path, default=Path("seeds"), help="where to save them (default: seeds)")
    fetch.add_argument("--timeout", type=float, default=20.0, help="seconds before a request is given up (default: 20)")
    fetch.add_argument("--pause", type=float, default=1.0, help="seconds between requests to one host (default: 1)")
    return parser


def _fetch(args: argparse.Namespace) -> int:
    from .fetch import fetch_all, urls_from_file
    try:
        urls = [*args.urls, *(urls_from_file(args.url_file) if args.url_file else [])]
    except (OSError, UnicodeDecodeError) as problem:
        raise BriefingError(f"{args.url_file}: cannot read the list of addresses ({problem})") from None
    if not urls:
        raise BriefingError("fetch: no addresses given (URL... or --urls FILE)")
    report = fetch_all(urls, args.seeds, timeout=args.timeout, pause=args.pause)
    for line in report.errors:
        print(f"error: {line}", file=sys.stderr)
    print(f"fetched {len(report.saved)} of {len(urls)} into {args.seeds}")
    return 1 if report.errors else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = {k: v for k, v in vars(args).items() if k != "command"}
    try:
        if args.command == "fetch":
            return _fetch(args)
        config = Config(**settings).validated()
        from . import pipeline
        if args.command == "render":
            pages = pipeline.run_render(config)
            print(f"rendered {pages} pages into {config.docs}")
            return 0
        if args.command == "build":
            report, pages = pipeline.run_build(config)
            print(f"built {pages} pages into {config.site}")
            if not pipeline.site_url_of(config):
                print("note: no --site-url (or site_url in mkdocs.yml): the 404 page works only when the "
                      "site is served at the root of its host", file=sys.stderr)
        else:
            report = pipeline.run_extract(config)
            report.print()
        print(f"extracted {report.extracted} articles, {report.cached} unchanged"
              + (f", {len(report.errors)} failed" if report.errors else ""))
        return 1 if report.errors else 0
    except BriefingError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; the previous data and site are intact", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

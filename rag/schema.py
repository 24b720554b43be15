"""Typed values passed between the pipeline stages.

Every stage hands the next one frozen dataclasses, never loose dicts, so a citation can only
ever point at a sentence that exists in the store, with its exact offsets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; ``text`` is the exact text that sentence offsets point into."""

    id: str
    title: str
    source: str
    text: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article; ``text == article.text[start:end]``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        """Stable human-readable id, ``"<article_id>:<index>"``."""
        return f"{self.article_id}:{self.index}"


@dataclass(frozen=True, slots=True)
class Retrieved:
    """A ranked sentence with the score of every signal that went into its rank."""

    sentence: Sentence
    score: float
    dense: float
    lexical: float
    signals: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Citation:
    """A numbered reference (1-based, as shown to the user) to a stored sentence."""

    number: int
    sentence: Sentence
    score: float
    answer_span: tuple[int, int] | None = None
    """Article offsets of the phrase that answers a how-many/when/who/where question, when one is found."""


@dataclass(frozen=True, slots=True)
class Answer:
    """What answering returns: the text, its citations, and what retrieval saw, for eval."""

    text: str
    citations: tuple[Citation, ...]
    abstained: bool
    retrieved: tuple[Retrieved, ...] = ()
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    query: str = ""


@dataclass(frozen=True, slots=True)
class Turn:
    """One exchange of a conversation; ``cited`` are the sentences the answer cited."""

    question: str
    answer: str
    cited: tuple[Sentence, ...] = ()

"""Answer composition: the extractive answerer (the offline default) quotes and cites article sentences.

It never writes a claim of its own: the answer is an optional "Yes."/"No." lead followed by stored
sentences, each with its citation marker, or "The article does not say." when the evidence is weak.
"""

from __future__ import annotations

import time
from typing import Protocol

from rag.config import AnsweringSettings
from rag.retrieval import Retrieval
from rag.schema import Answer, Citation, Retrieved
from rag.text import content_stems, is_negated

ABSTAIN_TEXT = "The article does not say."


class Answerer(Protocol):
    """Turns ranked evidence into an answer whose every claim is cited."""

    def answer(self, retrieval: Retrieval) -> Answer:
        """Compose the answer for one retrieval."""
        ...


class ExtractiveAnswerer:
    """Quotes the best supporting sentences; decides yes/no from negation; abstains on weak evidence."""

    def __init__(self, settings: AnsweringSettings) -> None:
        self._settings = settings

    def answer(self, retrieval: Retrieval) -> Answer:
        """Compose the answer for one retrieval."""
        started = time.perf_counter()
        hits = retrieval.hits
        if not hits or retrieval.answerable < self._settings.abstain_threshold:
            return self._finish(ABSTAIN_TEXT, (), True, retrieval, started)
        chosen = self._supporting(hits)
        lead = self._yes_no_lead(retrieval, chosen) if retrieval.shape.yes_no else ""
        citations = tuple(Citation(n, h.sentence, h.score) for n, h in enumerate(chosen, start=1))
        body = " ".join(f"{c.sentence.text} [{c.number}]" for c in citations)
        return self._finish(f"{lead} {body}".strip(), citations, False, retrieval, started)

    def _supporting(self, hits: tuple[Retrieved, ...]) -> list[Retrieved]:
        """The best sentence, plus others nearly as likely that cover question words it misses."""
        best = hits[0]
        chosen = [best]
        covered = set(content_stems(best.sentence.text))
        for hit in hits[1:]:
            if len(chosen) >= self._settings.max_citations:
                break
            if hit.score < self._settings.support_ratio * best.score:
                break
            stems = set(content_stems(hit.sentence.text))
            if stems - covered:
                chosen.append(hit)
                covered |= stems
        return chosen

    @staticmethod
    def _yes_no_lead(retrieval: Retrieval, chosen: list[Retrieved]) -> str:
        """ "Yes." when the evidence agrees with the question's polarity, "No." when negated, else hedged."""
        question_negated = is_negated(retrieval.query.text)
        verdicts = {is_negated(h.sentence.text) != question_negated for h in chosen}
        if len(verdicts) > 1:
            return "The article is mixed on this:"
        return "No." if verdicts.pop() else "Yes."

    @staticmethod
    def _finish(
        text: str, citations: tuple[Citation, ...], abstained: bool, retrieval: Retrieval, started: float
    ) -> Answer:
        timings = dict(retrieval.timings_ms)
        timings["answer"] = (time.perf_counter() - started) * 1000
        return Answer(
            text=text,
            citations=citations,
            abstained=abstained,
            retrieved=retrieval.hits,
            timings_ms=timings,
            query=retrieval.query.text,
        )

"""Hybrid sentence ranking within one article: dense, lexical and question-type signals, fitted weights.

Articles are small (tens to hundreds of sentences), so every sentence of the article is scored exactly
instead of approximately: the article's vectors come from the store once and stay cached.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import time
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from rag.caching import LruCache
from rag.embedding import SentenceEmbedder
from rag.indexing import ArticleVectors, SentenceIndex
from rag.ranking import QUESTION_FEATURES, SENTENCE_FEATURES, RankingModel
from rag.schema import Retrieved
from rag.text import (
    AnswerType,
    QuestionShape,
    content_stems,
    correct_spelling,
    has_answer_type,
    question_shape,
    stem,
    words,
)

BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(frozen=True, slots=True)
class Query:
    """A question ready for retrieval: ``text`` is the standalone form after condensing the conversation."""

    question: str
    text: str
    context: str = ""
    """Words carried over from the previous turn for elliptic follow-ups ("and the other base?")."""
    previous: frozenset[int] = frozenset()
    """Sentence indices cited by the previous answer (follow-ups often ask about them again)."""


@dataclass(frozen=True, slots=True)
class Retrieval:
    """Ranked sentences plus the probability that the article answers the question at all."""

    query: Query
    shape: QuestionShape
    hits: tuple[Retrieved, ...]
    answerable: float
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Per-article lexical statistics: stem counts per sentence and document frequencies."""

    stems: tuple[tuple[str, ...], ...]
    counts: tuple[Counter[str], ...]
    bigrams: tuple[frozenset[tuple[str, str]], ...]
    document_frequency: Counter[str]
    average_length: float
    vocabulary: frozenset[str]
    surface: frozenset[str]
    """Lower-cased words as written, for spelling correction of questions."""

    @classmethod
    def build(cls, texts: list[str]) -> Lexicon:
        """Statistics of an article's sentences."""
        stems = tuple(tuple(content_stems(t)) for t in texts)
        df: Counter[str] = Counter()
        for s in stems:
            df.update(set(s))
        average = sum(len(s) for s in stems) / max(1, len(stems))
        return cls(
            stems,
            tuple(Counter(s) for s in stems),
            tuple(frozenset(itertools.pairwise(s)) for s in stems),
            df,
            average or 1.0,
            frozenset(df),
            frozenset(w.lower() for t in texts for w in words(t)),
        )

    def spell_check(self, query: Query) -> Query:
        """The query with words the article lacks corrected towards close words it has."""
        return dataclasses.replace(
            query,
            text=correct_spelling(query.text, self.surface),
            context=correct_spelling(query.context, self.surface),
        )

    def idf(self, term: str) -> float:
        """BM25 idf; terms absent from the article weigh most."""
        n = len(self.stems)
        df = self.document_frequency.get(term, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


class HybridRetriever:
    """Scores every sentence of one article and returns the best ``top_k`` with their signals."""

    def __init__(
        self,
        index: SentenceIndex,
        embedder: SentenceEmbedder,
        model: RankingModel,
        *,
        top_k: int = 8,
        query_cache_size: int = 256,
    ) -> None:
        self._index = index
        self._embedder = embedder
        self._model = model
        self._top_k = top_k
        self._lexicons: LruCache[str, Lexicon] = LruCache(64)
        self._query_vectors: LruCache[str, tuple[np.ndarray, np.ndarray]] = LruCache(query_cache_size)

    def retrieve(self, query: Query, article_id: str) -> Retrieval:
        """Rank the article's sentences for the query."""
        started = time.perf_counter()
        vectors = self._index.vectors(article_id)
        lexicon = self._lexicon(vectors)
        query = lexicon.spell_check(query)
        loaded = time.perf_counter()
        query_vector, query_tokens = self._embed_query(f"{query.text} {query.context}".strip())
        embedded = time.perf_counter()
        shape = question_shape(query.text)
        features = sentence_features(query, shape, vectors, lexicon, query_vector, query_tokens)
        probabilities = self._model.sentence.probability(features)
        order = np.argsort(-probabilities, kind="stable")
        hits = tuple(
            Retrieved(
                sentence=vectors.sentences[i],
                score=float(probabilities[i]),
                dense=float(features[i, SENTENCE_FEATURES.index("dense")]),
                lexical=float(features[i, SENTENCE_FEATURES.index("lexical")]),
                signals={name: float(features[i, j]) for j, name in enumerate(SENTENCE_FEATURES)},
            )
            for i in order[: self._top_k]
        )
        answerable = float(
            self._model.answerable.probability(
                question_features(shape, lexicon, features, probabilities)[None, :]
            )[0]
        )
        done = time.perf_counter()
        timings = {
            "load": (loaded - started) * 1000,
            "embed": (embedded - loaded) * 1000,
            "rank": (done - embedded) * 1000,
        }
        return Retrieval(query, shape, hits, answerable, timings)

    def _lexicon(self, vectors: ArticleVectors) -> Lexicon:
        lexicon = self._lexicons.get(vectors.article.sha256)
        if lexicon is None:
            lexicon = Lexicon.build([s.text for s in vectors.sentences])
            self._lexicons.put(vectors.article.sha256, lexicon)
        return lexicon

    def _embed_query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        cached = self._query_vectors.get(text)
        if cached is None:
            vectors, tokens = self._embedder.encode_tokens([text])
            cached = (vectors[0], tokens[0])
            self._query_vectors.put(text, cached)
        return cached


def sentence_features(
    query: Query,
    shape: QuestionShape,
    vectors: ArticleVectors,
    lexicon: Lexicon,
    query_vector: np.ndarray,
    query_tokens: np.ndarray,
) -> np.ndarray:
    """The ``(n_sentences, len(SENTENCE_FEATURES))`` signal matrix; also used to fit the model."""
    n = len(vectors.sentences)
    column = {name: j for j, name in enumerate(SENTENCE_FEATURES)}
    matrix = np.zeros((n, len(SENTENCE_FEATURES)), dtype=np.float64)
    if n == 0:
        return matrix
    dense = vectors.embeddings @ query_vector
    q_stems = list(dict.fromkeys(shape.content))
    q_bigrams = set(zip(shape.content, shape.content[1:], strict=False))
    weights = {t: lexicon.idf(t) for t in q_stems}
    total_weight = sum(weights.values()) or 1.0
    question_words = frozenset(stem(w) for w in words(query.text))
    typed = shape.answer_type not in (AnswerType.OTHER, AnswerType.YES_NO)
    for i, (counts, stems) in enumerate(zip(lexicon.counts, lexicon.stems, strict=True)):
        bm25 = 0.0
        for term in q_stems:
            tf = counts.get(term, 0)
            if tf:
                saturation = BM25_K1 * (1 - BM25_B + BM25_B * len(stems) / lexicon.average_length)
                bm25 += weights[term] * tf * (BM25_K1 + 1) / (tf + saturation)
        matched = [w for t, w in weights.items() if t in counts]
        matrix[i, column["lexical_raw"]] = bm25 / total_weight
        matrix[i, column["overlap"]] = sum(matched) / total_weight
        matrix[i, column["bigram"]] = (
            len(q_bigrams & lexicon.bigrams[i]) / len(q_bigrams) if q_bigrams else 0.0
        )
        matrix[i, column["rarest_match"]] = max(matched, default=0.0) / (
            max(weights.values(), default=0.0) or 1.0
        )
        if typed:
            present = has_answer_type(vectors.sentences[i].text, shape.answer_type, question_words)
            matrix[i, column["type_match"]] = 1.0 if present else -1.0
        matrix[i, column["previous"]] = 1.0 if i in query.previous else 0.0
        matrix[i, column["length"]] = math.log1p(len(stems))
    matrix[:, column["maxsim"]], matrix[:, column["weakest"]] = late_interaction(query_tokens, vectors)
    matrix[:, column["maxsim_gap"]] = matrix[:, column["maxsim"]] - matrix[:, column["maxsim"]].max()
    matrix[:, column["dense"]] = dense
    matrix[:, column["dense_gap"]] = dense - dense.max()
    matrix[:, column["dense_rank"]] = 1.0 / (
        1.0 + np.argsort(np.argsort(-dense, kind="stable"), kind="stable")
    )
    raw = matrix[:, column["lexical_raw"]]
    matrix[:, column["lexical"]] = raw / raw.max() if raw.max() > 0 else 0.0
    overlap = matrix[:, column["overlap"]]
    matrix[:, column["overlap_gap"]] = overlap - overlap.max()
    padded = np.concatenate(([-1.0], dense, [-1.0]))
    matrix[:, column["neighbour"]] = np.maximum(padded[:-2], padded[2:])
    matrix[:, column["position"]] = 1.0 / (1.0 + np.arange(n))
    return matrix


def late_interaction(query_tokens: np.ndarray, vectors: ArticleVectors) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: the mean and the minimum, over question words, of the best match among its words."""
    similarity = query_tokens @ vectors.tokens.T  # (question pieces, all sentence pieces)
    best = np.maximum.reduceat(similarity, vectors.token_starts, axis=1)  # (question pieces, sentences)
    return best.mean(axis=0), best.min(axis=0)


SPECULATIVE = frozenset("probably likely might would could think thinks believe believes feel feels".split())


def question_features(
    shape: QuestionShape, lexicon: Lexicon, features: np.ndarray, probabilities: np.ndarray
) -> np.ndarray:
    """The ``len(QUESTION_FEATURES)`` signals of whether the article answers the question at all."""
    out = np.zeros(len(QUESTION_FEATURES), dtype=np.float64)
    if len(probabilities) == 0:
        return out
    sentence_column = {name: j for j, name in enumerate(SENTENCE_FEATURES)}
    best = int(np.argmax(probabilities))
    ranked = np.sort(probabilities)[::-1]
    q_stems = list(dict.fromkeys(shape.content))
    weights = {t: lexicon.idf(t) for t in q_stems}
    total = sum(weights.values())
    window: set[str] = set()
    for i in range(max(0, best - 1), min(len(lexicon.stems), best + 2)):
        window.update(lexicon.stems[i])
    unmatched = [w for t, w in weights.items() if t not in window]
    names = [stem(n) for n in shape.proper_nouns]
    numbers = [t for t in q_stems if any(c.isdigit() for c in t)]
    values = {
        "top_probability": ranked[0],
        "top_dense": features[best, sentence_column["dense"]],
        "top_maxsim": features[best, sentence_column["maxsim"]],
        "top_weakest": features[best, sentence_column["weakest"]],
        "best_maxsim": features[:, sentence_column["maxsim"]].max(),
        "top_overlap": features[best, sentence_column["overlap"]],
        "top_type_match": features[best, sentence_column["type_match"]],
        "margin": ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0],
        "coverage": sum(w for t, w in weights.items() if t in lexicon.vocabulary) / total if total else 1.0,
        "window_coverage": 1.0 - sum(unmatched) / total if total else 1.0,
        "unmatched_rarest": max(unmatched, default=0.0) / (max(weights.values(), default=0.0) or 1.0),
        "missing_names": sum(1 for n in names if n not in lexicon.vocabulary) / len(names) if names else 0.0,
        "missing_numbers": sum(1 for t in numbers if t not in lexicon.vocabulary) / len(numbers)
        if numbers
        else 0.0,
        "speculative": 1.0 if any(t in SPECULATIVE for t in shape.words) else 0.0,
        "question_terms": math.log1p(len(q_stems)),
    }
    for j, name in enumerate(QUESTION_FEATURES):
        out[j] = values[name]
    return out

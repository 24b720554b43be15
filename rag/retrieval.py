"""Hybrid sentence ranking within one article: dense, lexical and question-type signals, fitted weights.

Articles are small (tens to hundreds of sentences), so every sentence of the article is scored exactly
instead of approximately: the article's vectors come from the store once and stay cached.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from rag.caching import LruCache
from rag.comparing import asks_two_events
from rag.embedding import SentenceEmbedder
from rag.indexing import ArticleVectors, SentenceIndex
from rag.messages import (
    alias_countries,
    correct_spelling,
    expand_initialisms,
    initialisms,
    negation_as_written,
    numbers_as_written,
    plain_question,
)
from rag.ranking import QUESTION_FEATURES, SENTENCE_FEATURES, RankingModel
from rag.schema import Retrieved, Turn
from rag.text import (
    ANTONYMS,
    STOPWORDS,
    WHERE_SAID,
    WORD_ONLY,
    QuestionShape,
    answer_type_fit,
    content_stems,
    is_full_name,
    is_negated,
    name_runs,
    proper_nouns,
    question_shape,
    states_negation,
    stem,
    words,
)

BM25_K1 = 1.2
BM25_B = 0.75


CONDITIONS = frozenset(["if", "unless"])
"""Where a question's condition starts: "if lawmakers don't act" negates no part of what is asked."""


@dataclass(frozen=True, slots=True)
class Query:
    """A question ready for retrieval: ``text`` is the standalone form after condensing the conversation."""

    question: str
    text: str
    context: str = ""
    """Words carried over from the previous turn for elliptic follow-ups ("and the other base?")."""
    previous: frozenset[int] = frozenset()
    """Sentence indices cited by the previous answer (follow-ups often ask about them again)."""
    previous_answer: str = ""
    """The last answer's text when its citations are unknown (a history passed in as text)."""
    last_turn: str = ""
    """The last question and its answer as the user read them, whatever the answer cited."""
    novel: bool = False
    """The user asks for something not yet said ("what else did he say?"): ``previous`` is left out."""
    elliptic: bool = False
    """A short or "and …" follow-up that goes on from the last answer ("And when did it announce that?")."""
    referent: str = ""
    """The person "he" or "she" of a follow-up was read as ("Crocker" in "Which group does he work for?")."""

    @property
    def own_words(self) -> str:
        """The user's own words for a follow-up ("Did he post that after the talks?": "that" is the last
        answer's sentence, whoever "he" is), else the standalone question."""
        return self.question if self.previous else self.text


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
    people: frozenset[str]
    """Stems of the surnames the article gives in full somewhere: "Phillips" alone names a person."""
    initialisms: dict[str, str]
    """Initials -> the words they stand for in the article ("ig" -> "inspector general")."""
    names: dict[str, str]
    """Lower-cased -> as written, for the words the article only ever capitalises ("mcconnell" -> "McConnell",
    "daca" -> "DACA"), so a question typed in lower case still names them."""

    @classmethod
    def build(cls, texts: list[str]) -> Lexicon:
        """Statistics of an article's sentences, a sentence opening with a pronoun counting the names before.

        "He described the damage as minimal" is about the Trump of the previous sentence: crediting it
        with that sentence's names lets "How did Trump describe the damage?" find it.
        """
        written_lower = frozenset(w for t in texts for w in words(t) if w.islower())
        referred: list[tuple[str, ...]] = []
        for i, text in enumerate(texts):
            referred.append(_names_referred_to(text, texts[i - 1], referred[-1], written_lower) if i else ())
        full_names = [
            run
            for text in texts
            for run in name_runs(text, lambda w: _is_name(w, written_lower))
            if is_full_name(run)
        ]
        given_names = _given_names(full_names)
        stems: list[tuple[str, ...]] = []
        for text, names in zip(texts, referred, strict=True):
            named = [stem(w) for w in words(text) if _is_name(w, written_lower)] + list(names)
            stems.append(_with_given_names(tuple(content_stems(text)) + names, named, given_names))
        df: Counter[str] = Counter()
        for s in stems:
            df.update(set(s))
        average = sum(len(s) for s in stems) / max(1, len(stems))
        return cls(
            tuple(stems),
            tuple(Counter(s) for s in stems),
            tuple(frozenset(itertools.pairwise(s)) for s in stems),
            df,
            average or 1.0,
            frozenset(df),
            frozenset(w.lower() for t in texts for w in words(t)),
            frozenset(stem(run[-1]) for run in full_names),
            initialisms(texts),
            _written_names(texts, written_lower),
        )

    def standardise(self, query: Query, known: frozenset[str]) -> Query:
        """The query as retrieval matches it: chat shorthand and the article's initialisms written out,
        misspelt words (neither the article's nor ``known`` ones) corrected, and a question about someone's
        job asked as "Who is X?"."""

        text = self.as_written(plain_question(query.text), known)
        return dataclasses.replace(query, text=text, context=self.as_written(query.context, known))

    def as_written(self, text: str, known: frozenset[str]) -> str:
        """The text with the article's initialisms written out, misspelt words corrected and names
        capitalised as the article writes them ("what did mcconell say" -> "what did McConnell say")."""
        spelt_out = expand_initialisms(
            numbers_as_written(
                alias_countries(negation_as_written(text, self.surface), self.surface), self.surface
            ),
            self.initialisms,
            self.surface,
            known,
        )
        return self.capitalise_names(correct_spelling(spelt_out, self.surface, known), known)

    def capitalise_names(self, text: str, known: frozenset[str]) -> str:
        """Names typed in lower case written as the article writes them: "wat did mcconnell call the week"
        asks about McConnell, and "whats daca stand for" about an initialism. A ``known`` word only when it
        is the surname of someone the article names in full: "the president" stays a common noun however
        the article capitalises it."""

        def written(match: re.Match[str]) -> str:
            word = match.group(0)
            if word in known and stem(word) not in self.people:
                return word
            return self.names.get(word, word)

        return WORD_ONLY.sub(written, text)

    def quoted_by(self, answer: str) -> frozenset[int]:
        """The sentence a plain-text answer most likely came from, if it shares most of its words."""
        wanted = set(content_stems(answer))
        if not wanted:
            return frozenset()
        shares = [len(wanted & set(stems)) / len(wanted) for stems in self.stems]
        best = max(range(len(shares)), key=shares.__getitem__, default=None)
        if best is None or shares[best] < QUOTED_SHARE:
            return frozenset()
        return frozenset([best])

    def idf(self, term: str) -> float:
        """BM25 idf; terms absent from the article weigh most."""
        n = len(self.stems)
        df = self.document_frequency.get(term, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


QUOTED_SHARE = 0.5
"""Share of an answer's content words a sentence must hold to count as that answer's source."""
REFERRING_PRONOUNS = frozenset(["he", "she", "his", "her", "they", "their"])
PLURAL_PRONOUNS = frozenset(["they", "their"])
"""Pronouns that may refer to things as well as people: "They're also hard to detect" is about drones."""
SAYING = r"(?:said|says|added|adds|told|tells|wrote|writes|continued|explained|argued|warned)"
PRONOUN_ATTRIBUTION = re.compile(
    rf"\b(?:(?P<before>he|she|they)\s+{SAYING}|{SAYING}\s+(?P<after>he|she))\b", re.IGNORECASE
)
"""A quote attributed by pronoun: '"… their own policies," she said.'"""
ATTRIBUTION = re.compile(rf"\b{SAYING}\b", re.IGNORECASE)
OPENING_QUOTE = ("“", '"')


def open_quote(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (it runs on into the next sentence)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def closes_quote(text: str) -> bool:
    """Whether ``text`` closes a quotation opened before it: a curly one, or an odd straight one whose first
    mark closes (right after a word: 'Witch Hunt!" Trump tweeted')."""
    if text.count("”") > text.count("“"):
        return True
    first = text.find('"')
    return (
        text.count('"') % 2 == 1
        and first > 0
        and bool(text[first - 1].strip())
        and text[first - 1] not in "([—"
    )


def continues_previous(sentence: str, previous: str) -> bool:
    """Whether the sentence is about the person or place of the sentence before: it opens with a personal
    pronoun ("He has pleaded not guilty") or "There,", attributes a quote by pronoun ('"…," she said.'), is
    a quote of its own with no attribution, which goes on with the last speaker's words, or sits inside a
    quotation the sentence before opened."""
    if open_quote(previous):
        return True
    if _opening(sentence) in REFERRING_PRONOUNS or sentence.lstrip().startswith("There,"):
        return True  # "There, the president made no reference ..." is at the place just named
    if PRONOUN_ATTRIBUTION.search(sentence):
        return True
    return sentence.lstrip().startswith(OPENING_QUOTE) and not ATTRIBUTION.search(sentence)


def _names_referred_to(
    sentence: str, previous: str, previous_referred: tuple[str, ...], written_lower: frozenset[str]
) -> tuple[str, ...]:
    """Stems of the previous sentence's names when ``sentence`` continues it (``continues_previous``), and
    of the names that sentence referred to in turn: in "Manafort is free. He has pleaded not guilty. He
    denies it", both "He" are Manafort. The previous sentence's first word counts as a name when the
    article never writes it in lower case (a subject is named first)."""
    if not continues_previous(sentence, previous):
        return ()
    opening_name = [w for w in words(previous)[:1] if _is_name(w, written_lower)]
    names = (*opening_name, *proper_nouns(previous))
    things = _plurals(previous) if _opening(sentence) in PLURAL_PRONOUNS else ()
    return tuple(dict.fromkeys((*(stem(n) for n in (*names, *things)), *previous_referred)))


def _opening(sentence: str) -> str:
    """The sentence's first word in lower case, without a contraction ("They're" -> "they")."""
    opening = words(sentence)[:1]
    return re.sub(r"['’]\w+$", "", opening[0].lower()) if opening else ""


def _plurals(text: str) -> list[str]:
    """The plural common nouns of a sentence ("drones", "officials"): what "they" may refer to."""
    return [w for w in words(text) if w.islower() and w not in STOPWORDS and w.endswith("s") and stem(w) != w]


def _given_names(full_names: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """Surname stem -> stems of the names written before it ("Paul Manafort", "Chief Justice John Roberts").

    News names a person in full once, then by surname: "How old is Paul Manafort?" must match "Manafort,
    69," as well as the lede's "Paul Manafort". A surname written after two different words ("Donald Trump",
    "Melania Trump") may be either person, so it gets none.
    """
    before: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for run in full_names:
        surname = stem(run[-1])
        before.setdefault(surname, set()).add(stem(run[-2]))
        given.setdefault(surname, set()).update(stem(w) for w in run[:-1])
    return {
        surname: tuple(sorted(given[surname]))
        for surname, words_before in before.items()
        if len(words_before) == 1
    }


def _with_given_names(
    stems: tuple[str, ...], names: list[str], given_names: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """A sentence's stems plus the given names of the surnames among its ``names`` (name stems, so "States"
    counts and the verb "states" does not)."""
    present = set(stems)
    added = [g for n in names if n in given_names for g in given_names[n] if g not in present]
    return stems + tuple(dict.fromkeys(added))


def _written_names(texts: list[str], written_lower: frozenset[str]) -> dict[str, str]:
    """Each name of the article, lower-cased, to its commonest spelling ("daca" -> "DACA"); a word only ever
    capitalised as a sentence's first is none ("Undocumented immigrants …")."""
    spellings = Counter(w for t in texts for w in words(t)[1:] if _is_name(w, written_lower))
    names: dict[str, str] = {}
    for spelling, _ in spellings.most_common():
        names.setdefault(spelling.lower(), spelling)
    return names


def _is_name(word: str, written_lower: frozenset[str]) -> bool:
    """Whether a capitalised word is a name: no function word, and never written in lower case."""
    return word[:1].isupper() and word.lower() not in STOPWORDS and word.lower() not in written_lower


def recalls(shape: QuestionShape, query: Query) -> bool:
    """Whether the question is about the last answer's sentences: "Who is the source?" is when there was a
    last answer, and asks for the article's sources when there was none."""
    return bool(shape.recall) and (bool(query.previous) or not shape.roster)


def reading_order(shape: QuestionShape, query: Query, count: int) -> list[int] | None:
    """The sentences an answer read off the article in order draws on: from the lede on, since a news article
    opens with what it is about and names its people as they come in; after the last answer's sentences for
    "Tell me more"; those sentences again for "Who said that?". None when ranking decides."""
    if not shape.in_article_order:
        return None
    if recalls(shape, query):  # "Who said that?" also reads the sentences before, where "he" is named
        if shape.recall == WHERE_SAID or not query.previous:
            return sorted(query.previous)
        return list(range(max(query.previous) + 1))
    start = max(query.previous) + 1 if shape.reads_on and query.previous else 0
    return list(range(start, count))


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

    def history_as_written(self, history: Sequence[Turn], article_id: str) -> tuple[Turn, ...]:
        """The conversation with its questions' names and misspellings written as the article writes them:
        a follow-up's "he" is the person an earlier question named, however it was typed ("what did ed
        royce say about the deal" / "what state is he from")."""
        lexicon = self._lexicon(self._index.vectors(article_id))
        known = self._embedder.known_words()
        return tuple(dataclasses.replace(t, question=lexicon.as_written(t.question, known)) for t in history)

    def retrieve(self, query: Query, article_id: str) -> Retrieval:
        """Rank the article's sentences for the query."""
        started = time.perf_counter()
        vectors = self._index.vectors(article_id)
        lexicon = self._lexicon(vectors)
        query = lexicon.standardise(query, self._embedder.known_words())
        if query.previous_answer and not query.previous:
            query = dataclasses.replace(query, previous=lexicon.quoted_by(query.previous_answer))
        loaded = time.perf_counter()
        query_vector, query_tokens = self._embed_query(f"{query.text} {query.context}".strip())
        embedded = time.perf_counter()
        shape = question_shape(query.text)
        interaction = late_interaction(query_tokens, vectors, self._asked_pieces(query, len(query_tokens)))
        features = sentence_features(query, shape, vectors, lexicon, query_vector, interaction)
        probabilities = self._model.sentence.probability(features)
        if query.novel:
            probabilities[list(query.previous)] = 0.0
        in_order = reading_order(shape, query, len(probabilities))
        if in_order is not None:
            order = np.array(in_order, dtype=int)
        else:
            order = np.argsort(-probabilities, kind="stable")
            best = typed_best(features, probabilities)
            order = np.concatenate([[best], order[order != best]])
        whole_article = (
            shape.roster
            or shape.recall
            or shape.more_said
            or (shape.in_article_order and shape.next_asked)
            or asks_two_events(query.own_words, shape.yes_no)
            # whose words a sentence gives may be told in the sentences before it ('“Hundreds have been
            # killed,” Royce said' / '“At least 200 villages ...'), however they rank
            or bool(shape.speaker or shape.asks_source or shape.quoted or shape.cleft or shape.article_own)
        )
        hits = tuple(
            Retrieved(
                sentence=vectors.sentences[i],
                score=float(probabilities[i]),
                dense=float(features[i, SENTENCE_FEATURES.index("dense")]),
                lexical=float(features[i, SENTENCE_FEATURES.index("lexical")]),
                signals={
                    **{name: float(features[i, j]) for j, name in enumerate(SENTENCE_FEATURES)},
                    "weakest_with_previous": float(interaction.weakest_with_previous[i]),
                },
            )
            # a roster, a recall, more of someone's words, what comes next, the dates of two events and whose
            # words a sentence gives need the whole article
            for i in (order if whole_article else order[: self._top_k])
        )
        answerable = 1.0  # the article always says what it is about, and reading on needs no evidence
        if in_order is None:
            signals = question_features(shape, lexicon, vectors, features, probabilities)
            answerable = float(self._model.answerable.probability(signals[None, :])[0])
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

    def _asked_pieces(self, query: Query, embedded: int) -> np.ndarray | None:
        """Which of the embedded question word pieces a "Yes." must find in the evidence: the question's own,
        not the words carried over from the last turn, and not a verb that only attributes ("Is the baker
        described as a devout Christian?" against "Phillips, a devout Christian"). None: all of them."""
        pieces = self._embedder.content_pieces(f"{query.text} {query.context}".strip())
        own = len(self._embedder.content_pieces(query.text))
        asked = np.array([i < own and p not in ATTRIBUTING_VERBS for i, p in enumerate(pieces)], dtype=bool)
        return asked if len(pieces) == embedded and asked.any() else None

    def _embed_query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        cached = self._query_vectors.get(text)
        if cached is None:
            vectors, tokens = self._embedder.encode_tokens([text])
            cached = (vectors[0], tokens[0])
            self._query_vectors.put(text, cached)
        return cached


SOFT_MATCH_LEVELS = (0.9, 0.7, 0.5)
SOFT_MATCH_WIDTH = 0.1
SOFT_MATCH_FEATURES = ("soft_exact", "soft_close", "soft_related")


def sentence_features(
    query: Query,
    shape: QuestionShape,
    vectors: ArticleVectors,
    lexicon: Lexicon,
    query_vector: np.ndarray,
    interaction: Interaction,
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
    weights = _even_choices({t: lexicon.idf(t) for t in q_stems}, shape)
    total_weight = sum(weights.values()) or 1.0
    question_words = frozenset(stem(w) for w in words(query.text))
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
        matrix[i, column["type_match"]] = answer_type_fit(
            vectors.sentences[i].text, shape, question_words, lexicon.people
        )
        # The last answer's sentence is what a follow-up most likely asks about again, unless it cannot hold
        # the kind of answer asked for ("How old is he?" after "Who is Kilimnik?").
        matrix[i, column["previous"]] = (
            1.0 if i in query.previous and matrix[i, column["type_match"]] >= 0 else 0.0
        )
        matrix[i, column["length"]] = math.log1p(len(stems))
    matrix[:, column["maxsim"]], matrix[:, column["weakest"]] = interaction.maxsim, interaction.weakest
    for name, values in zip(SOFT_MATCH_FEATURES, interaction.soft_matches, strict=True):
        matrix[:, column[name]] = values
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


def _even_choices(weights: dict[str, float], shape: QuestionShape) -> dict[str, float]:
    """The question words' weights with an either-or question's two choices weighing the same: "Saudi Arabia",
    rare in the article, would otherwise outweigh "Iraq" in "Did the missiles hit bases in Iraq or in Saudi
    Arabia?", and the rest of the question should pick the sentence that settles the choice."""
    phrases = [dict.fromkeys(content_stems(a.phrase)) for a in shape.alternatives]
    choices = [[t for t in phrase if t in weights] for phrase in phrases]
    if len(choices) != 2 or not all(choices):
        return weights
    totals = [sum(weights[t] for t in choice) for choice in choices]
    even = min(totals)
    return {
        **weights,
        **{
            t: weights[t] * even / total
            for choice, total in zip(choices, totals, strict=True)
            for t in choice
        },
    }


@dataclass(frozen=True, slots=True)
class Interaction:
    """Word-by-word match of a question against every sentence of an article (one value per sentence)."""

    maxsim: np.ndarray
    """Mean over question words of the best match among the sentence's words."""
    weakest: np.ndarray
    """The worst-matched question word's best match: low when the sentence misses part of the question."""
    soft_matches: tuple[np.ndarray, ...]
    """Per similarity level in SOFT_MATCH_LEVELS: mean over question words of log(1 + how many sentence
    words match it about that well), so several close paraphrases count more than one."""
    weakest_with_previous: np.ndarray
    """``weakest`` when the sentence before counts too: a quote's speaker or a pronoun's person is often
    named there ("Royce said." / "\"This is ethnic cleansing.\"")."""


ATTRIBUTING_VERBS = frozenset(
    """describe described describes mention mentioned mentions say said says claim claimed claims call called
    calls label labeled labelled labels characterize characterized characterizes portray portrayed portrays
    suggest suggested suggests argue argued argues""".split()
)
"""Verbs by which a yes/no question asks whether the article says something ("Did Royce label it ethnic
cleansing?"): what was said must be found in the evidence, the verb need not."""


def late_interaction(
    query_tokens: np.ndarray, vectors: ArticleVectors, asked: np.ndarray | None = None
) -> Interaction:
    """MaxSim and kernel-pooled soft matches of question word pieces against sentence word pieces;
    ``weakest_with_previous`` only over the ``asked`` pieces (see ``HybridRetriever._asked_pieces``)."""
    similarity = query_tokens @ vectors.tokens.T  # (question pieces, all sentence pieces)
    best = np.maximum.reduceat(similarity, vectors.token_starts, axis=1)  # (question pieces, sentences)
    soft = tuple(
        np.log1p(
            np.add.reduceat(
                np.exp(-((similarity - level) ** 2) / (2 * SOFT_MATCH_WIDTH**2)), vectors.token_starts, axis=1
            )
        ).mean(axis=0)
        for level in SOFT_MATCH_LEVELS
    )
    previous = np.concatenate([np.full((best.shape[0], 1), -1.0, dtype=best.dtype), best[:, :-1]], axis=1)
    with_previous = np.maximum(best, previous) if asked is None else np.maximum(best, previous)[asked]
    return Interaction(best.mean(axis=0), best.min(axis=0), soft, with_previous.min(axis=0))


def asked_names(shape: QuestionShape, present: set[str]) -> list[str]:
    """The stems of the names a question holds. In a yes/no question a name whose opposite is ``present``
    stands for it: "Republican Representative Steve Chabot" settles "Is Steve Chabot a Democrat?"."""
    if not shape.yes_no:
        return [stem(n) for n in shape.proper_nouns]
    return [
        next((stem(a) for a in ANTONYMS.get(n.lower(), ()) if stem(a) in present), stem(n))
        for n in shape.proper_nouns
    ]


def untold_choice(shape: QuestionShape, present: set[str]) -> frozenset[str]:
    """The stems of an either-or question's choice that ``present`` lacks, when it holds the other one: "2017"
    in "Was it granted in 2016 or 2017?" is no fact the article is missing."""
    if not any(a.head in present for a in shape.alternatives):
        return frozenset()
    return frozenset(stem(w) for a in shape.alternatives if a.head not in present for w in words(a.phrase))


TYPED_TIE = 0.8
"""A sentence holding the asked-for value goes ahead of a best one that lacks it when at least this share as
likely: "Manafort, 69, and Konstantin Kilimnik, 48" answers "How old is he?" (about Kilimnik) over a
sentence about Kilimnik that gives no age."""


def typed_best(features: np.ndarray, probabilities: np.ndarray) -> int:
    """The sentence that stands for the article's answer: the likeliest, or a nearly as likely one that holds
    the asked-for kind of phrase when the likeliest does not."""
    best = int(np.argmax(probabilities))
    type_match = features[:, SENTENCE_FEATURES.index("type_match")]
    if type_match[best] >= 0:
        return best
    typed = np.flatnonzero((type_match == 1.0) & (probabilities >= TYPED_TIE * probabilities[best]))
    return int(typed[np.argmax(probabilities[typed])]) if len(typed) else best


def asks_negated(shape: QuestionShape) -> bool:
    """Whether the question asks about something not done ("Who did not sign ...?"), before any condition
    ("... if Congress does not act?"). In a wh-question "without" describes what it asks about ("How many
    young immigrants without legal status ...?"); in a yes/no question it is part of the claim to check."""
    asked = itertools.takewhile(lambda w: w not in CONDITIONS, shape.words)
    return is_negated(" ".join(w for w in asked if shape.yes_no or w != "without"))


SPECULATIVE = frozenset("probably likely might would could think thinks believe believes feel feels".split())


def question_features(
    shape: QuestionShape,
    lexicon: Lexicon,
    vectors: ArticleVectors,
    features: np.ndarray,
    probabilities: np.ndarray,
) -> np.ndarray:
    """The ``len(QUESTION_FEATURES)`` signals of whether the article answers the question at all.

    Beyond how well the best sentence matches, two checks look for what makes a question that looks
    answerable unanswerable: a name it asks about that is missing around the best sentence (even when the
    article names it elsewhere), and a negation the best sentence does not state ("Who did not sign ...?").
    """
    out = np.zeros(len(QUESTION_FEATURES), dtype=np.float64)
    if len(probabilities) == 0:
        return out
    sentence_column = {name: j for j, name in enumerate(SENTENCE_FEATURES)}
    best = typed_best(features, probabilities)
    ranked = np.sort(probabilities)[::-1]
    window: set[str] = set()
    for i in range(max(0, best - 1), min(len(lexicon.stems), best + 2)):
        window.update(lexicon.stems[i])
    untold = untold_choice(shape, window)
    q_stems = [t for t in dict.fromkeys(shape.content) if t not in untold]
    weights = {t: lexicon.idf(t) for t in q_stems}
    total = sum(weights.values())
    unmatched = [w for t, w in weights.items() if t not in window]
    names = [n for n in asked_names(shape, window) if n not in untold]
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
        "window_coverage": 1.0 - sum(unmatched) / total if total else 1.0,
        "unmatched_rarest": max(unmatched, default=0.0) / (max(weights.values(), default=0.0) or 1.0),
        "missing_names": sum(1 for n in names if n not in lexicon.vocabulary) / len(names) if names else 0.0,
        "missing_numbers": sum(1 for t in numbers if t not in lexicon.vocabulary) / len(numbers)
        if numbers
        else 0.0,
        "speculative": 1.0 if any(t in SPECULATIVE for t in shape.words) else 0.0,
        "question_terms": math.log1p(len(q_stems)),
        "window_missing_names": sum(1 for n in names if n not in window) / len(names) if names else 0.0,
        "unsupported_negation": 1.0
        if asks_negated(shape) and not states_negation(" ".join(shape.words), vectors.sentences[best].text)
        else 0.0,
    }
    for j, name in enumerate(QUESTION_FEATURES):
        out[j] = values[name]
    return out

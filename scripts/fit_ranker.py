"""Fit the ranking model (rag/ranking_model.json) on the shared dev sets, split by article.

Run: ``make fit`` (``.venv/bin/python scripts/fit_ranker.py --ablation``). Articles are split into 5 folds by
the hash of their id. Every reported figure is out-of-fold: each question is scored by a model fitted without
its article's fold. The shipped model is the one fitted without fold 0. Sentence model label: the sentence
covers a gold evidence passage (SQuAD 2.0). Answerable model label: the question is answerable (SQuAD 2.0,
QuAIL, and questions put to another article). Features come from the same functions retrieval runs. Also
reported: abstention on SQuAD questions asked of their article with the answer's sentences removed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.config import AnsweringSettings  # noqa: E402
from rag.embedding import CONTENT_PIECES_VERSION, SentenceEmbedder  # noqa: E402
from rag.evaluation import covers, includes, load_question_set  # noqa: E402
from rag.indexing import ArticleVectors  # noqa: E402
from rag.loading import load_article  # noqa: E402
from rag.ranking import QUESTION_FEATURES, SENTENCE_FEATURES, Logistic, RankingModel  # noqa: E402
from rag.retrieval import (  # noqa: E402
    Lexicon,
    Query,
    late_interaction,
    question_features,
    sentence_features,
    typed_best,
)
from rag.segmenting import segment  # noqa: E402
from rag.text import QuestionShape, question_shape  # noqa: E402

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SETS = ("squad2_dev/questions.jsonl", "quail_news/questions.jsonl")
HELD_OUT_FOLD = 0
CACHE = ROOT / ".rag" / "fit-cache"
OFF_TOPIC_EVERY = 5
OFF_TOPIC_WEIGHT = 0.25
"""Every fifth question is also asked of another article of its set, as an unanswerable example: the dev
sets hold only on-topic questions, but users also ask an article about things it never mentions."""
EVIDENCE_REMOVED_EVERY = 2
"""Every second answerable SQuAD question is also asked of its article with every sentence holding the answer
removed. These are reported, not fitted: they measure the commonest unanswerable question about news, one
asking for a detail the article leaves out on a topic it covers (a cost, a date, a name), which neither dev
set holds. Fitting on them was tried: it bought their recall with QuAIL's (balanced accuracy -0.05)."""
NOT_FITTED = frozenset(["evidence_removed"])
ANSWERABLE_L2 = 30.0
"""Ridge penalty of the answerable model. Its signals overlap (top and best MaxSim); unpenalised, the pair
took large opposite weights that extrapolate badly to news questions. Out of fold, 30 instead of 1 keeps
SQuAD's balanced accuracy and raises off-topic recall from 0.95 to 0.99."""
FOLDS = 5


@dataclass
class Sample:
    """One question with its article's signals and labels."""

    dataset: str
    fold: int
    answerable: bool
    features: np.ndarray  # (n_sentences, n_features)
    labels: np.ndarray | None  # which sentences cover the evidence; None when the set gives no evidence
    shape_args: tuple[QuestionShape, Lexicon, ArticleVectors]
    """What question_features takes besides the sentence signals: the question and its article."""


def cached_encode(embedder: SentenceEmbedder, texts: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Sentence and token embeddings, cached on disk by content and word-piece rule: refits skip the model."""
    key = hashlib.sha256("\x00".join([CONTENT_PIECES_VERSION, *texts]).encode()).hexdigest()[:24]
    path = CACHE / f"{key}.npz"
    if path.exists():
        data = np.load(path)
        return data["vectors"], np.split(data["tokens"], data["starts"][1:])
    vectors, tokens = embedder.encode_tokens(texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    starts = np.cumsum([0] + [len(t) for t in tokens[:-1]])
    np.savez(path, vectors=vectors, tokens=np.concatenate(tokens), starts=starts)
    return vectors, tokens


def fold_of(article_id: str) -> int:
    """Stable article-level fold, so no article is in both halves."""
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % FOLDS


def without_answer(
    vectors: ArticleVectors,
    encoded: tuple[np.ndarray, list[np.ndarray]],
    evidence: np.ndarray,
    must_include: tuple[str, ...],
) -> ArticleVectors:
    """The article without its evidence sentences and any other sentence holding the answer."""
    kept = [
        i
        for i, s in enumerate(vectors.sentences)
        if not evidence[i] and not any(includes(s.text, m) for m in must_include)
    ]
    embeddings, tokens = encoded
    sentences = tuple(vectors.sentences[i] for i in kept)
    return ArticleVectors.build(vectors.article, sentences, embeddings[kept], [tokens[i] for i in kept])


def build_samples(embedder: SentenceEmbedder) -> list[Sample]:
    """Signals of every (question, sentence) pair of the dev sets."""
    samples: list[Sample] = []
    known = embedder.known_words()
    for name in SETS:
        questions = load_question_set(BENCHMARKS / name)
        articles = {q.article for q in questions if q.article is not None}
        vectors: dict[Path, ArticleVectors] = {}
        lexicons: dict[Path, Lexicon] = {}
        encoded: dict[Path, tuple[np.ndarray, list[np.ndarray]]] = {}
        for path in sorted(articles):
            article = load_article(path)
            sentences = tuple(segment(article))
            encoded[path] = cached_encode(embedder, [s.text for s in sentences])
            vectors[path] = ArticleVectors.build(article, sentences, *encoded[path])
            lexicons[path] = Lexicon.build([s.text for s in sentences])
        queries = [
            lexicons[q.article].standardise(Query(q.question, q.question), known)
            for q in questions
            if q.article
        ]
        query_vectors, query_tokens = cached_encode(embedder, [query.text for query in queries])
        for n, (q, query, qv, qt) in enumerate(
            zip(questions, queries, query_vectors, query_tokens, strict=True)
        ):
            assert q.article is not None
            v = vectors[q.article]
            shape = question_shape(query.text)
            x = sentence_features(query, shape, v, lexicons[q.article], qv, late_interaction(qt, v))
            labels = None
            if q.answerable and q.evidence:
                labels = np.array(
                    [any(covers(s.text, e) for e in q.evidence) for s in v.sentences], dtype=float
                )
                if labels.sum() == 0:
                    labels = None
            samples.append(
                Sample(
                    name.split("/")[0],
                    fold_of(v.article.id),
                    q.answerable,
                    x,
                    labels,
                    (shape, lexicons[q.article], v),
                )
            )
            if labels is not None and q.must_include and n % EVIDENCE_REMOVED_EVERY == 0:
                reduced = without_answer(v, encoded[q.article], labels, q.must_include)
                lexicon = Lexicon.build([s.text for s in reduced.sentences])
                x = sentence_features(query, shape, reduced, lexicon, qv, late_interaction(qt, reduced))
                fold = fold_of(v.article.id)
                samples.append(Sample("evidence_removed", fold, False, x, None, (shape, lexicon, reduced)))
        ordered = sorted(articles)
        for i in range(0, len(questions), OFF_TOPIC_EVERY):
            q, query, qv, qt = questions[i], queries[i], query_vectors[i], query_tokens[i]
            assert q.article is not None
            other = ordered[(ordered.index(q.article) + len(ordered) // 2) % len(ordered)]
            shape = question_shape(query.text)
            x = sentence_features(
                query, shape, vectors[other], lexicons[other], qv, late_interaction(qt, vectors[other])
            )
            samples.append(
                Sample(
                    "off_topic",
                    fold_of(vectors[q.article].article.id),
                    False,
                    x,
                    None,
                    (shape, lexicons[other], vectors[other]),
                )
            )
        print(f"{name}: {len(questions)} questions, {len(articles)} articles", file=sys.stderr)
    return samples


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    names: tuple[str, ...],
    *,
    l2: float = 1.0,
    weights: np.ndarray | None = None,
) -> Logistic:
    """L2-regularised, optionally weighted logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    weights = np.ones(len(y)) if weights is None else weights
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (weights * (p - y)) + penalty * w
        hessian = (z * (weights * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Logistic(names, w[:-1], float(w[-1]), mean, scale)


def fit_listwise(
    groups: list[tuple[np.ndarray, np.ndarray]], names: tuple[str, ...], *, l2: float = 1.0
) -> Logistic:
    """Rank sentences within each question (softmax over its article's sentences), then calibrate by Platt.

    Listwise training optimises what answering needs, the best sentence on top; the Platt step turns the
    linear score into a probability that a sentence is evidence, used for support and display.
    """
    from scipy.optimize import minimize

    x_all = np.vstack([x for x, _ in groups])
    mean = x_all.mean(axis=0)
    scale = x_all.std(axis=0)
    scale[scale < 1e-9] = 1.0
    standard = [((x - mean) / scale, y) for x, y in groups]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, gradient = 0.5 * l2 * float(w @ w), l2 * w
        for z, y in standard:
            s = z @ w
            s = s - s.max()
            p = np.exp(s) / np.exp(s).sum()
            positive = y > 0.5
            q = p * positive / p[positive].sum()
            total -= float(np.log(p[positive].sum()))
            gradient = gradient + z.T @ (p - q)
        return total, gradient

    w = minimize(loss, np.zeros(x_all.shape[1]), jac=True, method="L-BFGS-B").x
    scores = np.concatenate([z @ w for z, _ in standard])[:, None]
    labels = np.concatenate([y for _, y in standard])
    platt = fit_logistic(scores, labels, ("score",), l2=0.0)
    a = float(platt.weights[0] / platt.scale[0])
    b = platt.bias - a * float(platt.mean[0])
    return Logistic(names, a * w, b, mean, scale)


def balanced_weights(samples: list[Sample]) -> np.ndarray:
    """Each data set weighs the same, and within it answerable and unanswerable questions weigh the same.

    Otherwise SQuAD's 6,000 adversarial questions would drown QuAIL's news questions, which look more
    like what users ask about news articles. The off-topic examples are easy; a quarter weight is enough
    for them to teach that a question about something else entirely is unanswerable.
    """
    weights = np.zeros(len(samples))
    groups: dict[tuple[str, bool], list[int]] = {}
    for i, s in enumerate(samples):
        groups.setdefault((s.dataset, s.answerable), []).append(i)
    for (dataset, _), members in groups.items():
        share = OFF_TOPIC_WEIGHT if dataset == "off_topic" else 1.0
        weights[members] = share * len(samples) / (len(groups) * len(members))
    return weights


def select(x: np.ndarray, columns: list[int]) -> np.ndarray:
    """Zero out every feature not in ``columns`` (an ablated signal carries no information)."""
    masked = np.zeros_like(x)
    masked[:, columns] = x[:, columns]
    return masked


@dataclass
class Predictions:
    """Out-of-fold predictions for one question."""

    dataset: str
    answerable: bool
    probability: float
    hit: float | None


PREVIOUS_TURN_PRIOR = 1.0
"""Log-odds added to sentences the previous answer cited. The dev sets hold no conversations, so this one
weight cannot be fitted; it is a prior, checked on the follow-up questions of eval/seed_article.jsonl."""


def with_previous_prior(model: Logistic) -> Logistic:
    """The sentence model with the follow-up prior in place of its unfittable weight."""
    j = SENTENCE_FEATURES.index("previous")
    weights, mean, scale = model.weights.copy(), model.mean.copy(), model.scale.copy()
    weights[j], mean[j], scale[j] = PREVIOUS_TURN_PRIOR, 0.0, 1.0
    return Logistic(model.features, weights, model.bias, mean, scale)


def fit_fold(samples: list[Sample], columns: list[int], fold: int) -> tuple[RankingModel, list[Predictions]]:
    """Fit on every article outside ``fold`` using only ``columns``; predict the questions inside it."""
    train = [s for s in samples if s.fold != fold]
    sentence_model = with_previous_prior(
        fit_listwise(
            [(select(s.features, columns), s.labels) for s in train if s.labels is not None],
            SENTENCE_FEATURES,
        )
    )

    def q_features(s: Sample) -> np.ndarray:
        xs = select(s.features, columns)
        return question_features(*s.shape_args, xs, sentence_model.probability(xs))

    fitted = [s for s in train if s.dataset not in NOT_FITTED]
    qx = np.vstack([q_features(s) for s in fitted])
    qy = np.array([s.answerable for s in fitted], dtype=float)
    answerable_model = fit_logistic(
        qx, qy, QUESTION_FEATURES, l2=ANSWERABLE_L2, weights=balanced_weights(fitted)
    )
    predictions = []
    for s in (s for s in samples if s.fold == fold):
        xs = select(s.features, columns)
        hit = None if s.labels is None else float(s.labels[typed_best(xs, sentence_model.probability(xs))])
        p = float(answerable_model.probability(q_features(s)[None, :])[0])
        predictions.append(Predictions(s.dataset, s.answerable, p, hit))
    return RankingModel(sentence_model, answerable_model), predictions


def scores(predictions: list[Predictions], threshold: float) -> dict[str, float]:
    """Hit@1 and abstention figures per data set at one abstention threshold."""
    metrics: dict[str, float] = {}
    for dataset in sorted({p.dataset for p in predictions}):
        mine = [p for p in predictions if p.dataset == dataset]
        hits = [p.hit for p in mine if p.hit is not None]
        unanswerable = [p.probability < threshold for p in mine if not p.answerable]
        answered = [p.probability < threshold for p in mine if p.answerable]
        recall = float(np.mean(unanswerable)) if unanswerable else float("nan")
        metrics |= {f"{dataset}.questions": len(mine), f"{dataset}.abstain_recall": recall}
        if answered:  # sets of unanswerable questions only (off-topic, evidence removed) have recall alone
            false_abstain = float(np.mean(answered))
            metrics[f"{dataset}.false_abstain_rate"] = false_abstain
            metrics[f"{dataset}.abstain_balanced_accuracy"] = (recall + 1 - false_abstain) / 2
        if hits:
            metrics[f"{dataset}.evidence_hit1"] = float(np.mean(hits))
    return metrics


def cross_validate(samples: list[Sample], columns: list[int]) -> tuple[RankingModel, list[Predictions]]:
    """Out-of-fold predictions for every question; the model returned is the one that held out fold 0."""
    shipped: RankingModel | None = None
    pooled: list[Predictions] = []
    for fold in range(FOLDS):
        model, predictions = fit_fold(samples, columns, fold)
        pooled += predictions
        if fold == HELD_OUT_FOLD:
            shipped = model
    assert shipped is not None
    return shipped, pooled


THRESHOLD = AnsweringSettings().abstain_threshold
"""Figures are reported at the product's default abstention threshold."""
MAX_FALSE_ABSTAIN = 0.10
"""The default threshold should be the highest that still refuses at most this share of answerable
SQuAD questions out of fold: a reader whose question the article answers should rarely be refused. The
bound is the one issue 5 sets for QuAIL's false abstention. News questions are refused more often than
SQuAD's at the same threshold (at 0.42: SQuAD 0.10, the product's news sets 0-0.21; at 0.44: SQuAD 0.12,
news up to 0.37), so the bound sits below what a reader bears."""


def recommended_threshold(sweep: dict[str, dict[str, float]]) -> str | None:
    """The highest swept threshold whose SQuAD false abstention stays within MAX_FALSE_ABSTAIN, compared at
    the three decimals the figures are reported in: 0.1003 (one answerable SQuAD question in 3,000 more
    than 0.100) is within, so a refit that moves one question does not move the default."""
    fitting = [
        t for t, m in sweep.items() if round(m["squad2_dev.false_abstain_rate"], 3) <= MAX_FALSE_ABSTAIN
    ]
    return max(fitting, default=None)


def rounded(metrics: dict[str, float]) -> dict[str, float | None]:
    """Four decimals; undefined figures (no question of that kind) become null."""
    return {k: None if math.isnan(v) else round(v, 4) for k, v in metrics.items()}


def main() -> None:
    """Fit, report out-of-fold figures (and ablations), write the model file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ablation", action="store_true", help="also refit without each signal")
    parser.add_argument("--out", type=Path, default=ROOT / "rag" / "ranking_model.json")
    args = parser.parse_args()
    started = time.perf_counter()
    samples = build_samples(SentenceEmbedder())
    all_columns = list(range(len(SENTENCE_FEATURES)))
    model, predictions = cross_validate(samples, all_columns)
    sweep = {f"{t:.2f}": scores(predictions, t) for t in np.arange(0.30, 0.62, 0.02)}
    for threshold, metrics in sweep.items():
        print(threshold, {k: round(v, 3) for k, v in metrics.items() if "abstain" in k})
    recommended = recommended_threshold(sweep)
    print(f"recommended abstain_threshold: {recommended} (configured: {THRESHOLD})", file=sys.stderr)
    metrics = scores(predictions, THRESHOLD)
    print(json.dumps({"all signals": metrics}, indent=1))
    ablation: dict[str, dict[str, float | None]] = {}
    if args.ablation:
        for j, name in enumerate(SENTENCE_FEATURES):
            _, held = cross_validate(samples, [c for c in all_columns if c != j])
            ablation[f"without {name}"] = rounded(scores(held, THRESHOLD))
            print(f"without {name}: {ablation[f'without {name}']}", file=sys.stderr)
    document = {
        "sentence": model.sentence.to_json(),
        "answerable": model.answerable.to_json(),
        "fitted_by": "make fit  (scripts/fit_ranker.py)",
        "split": f"{FOLDS} folds by sha256(article id); shipped model fitted without fold {HELD_OUT_FOLD}; "
        "figures pooled out-of-fold over all folds",
        "data": list(SETS),
        "threshold": THRESHOLD,
        "recommended_threshold": recommended,
        "out_of_fold": rounded(metrics),
        "threshold_sweep": {t: rounded(m) for t, m in sweep.items()},
        "ablation": ablation,
    }
    args.out.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {time.perf_counter() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()

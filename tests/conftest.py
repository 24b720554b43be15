"""Shared fixtures: the real embedding model (loaded once), a scratch corpus and store per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import rag  # noqa: F401  (sets the offline switches before any library loads)
from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import SentenceEmbedder

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT / "corpus" / "iran-missile-strike-warning-shot.txt"
DEFAULT_ID = "iran-missile-strike-warning-shot"


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder:
    """The real all-MiniLM-L6-v2 model, loaded once per test run."""
    return SentenceEmbedder()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A scratch copy of the default corpus folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(DEFAULT_ARTICLE, folder / DEFAULT_ARTICLE.name)
    return folder


@pytest.fixture
def settings(tmp_path: Path, corpus: Path) -> Settings:
    """Settings pointing at the scratch corpus and a scratch store."""
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data")


@pytest.fixture
def service(settings: Settings, embedder: SentenceEmbedder) -> Iterator[ArticleChat]:
    """The real service (real model, real on-disk Chroma) with the default corpus ingested."""
    chat = ArticleChat.from_settings(settings, embedder=embedder)
    chat.ingest()
    yield chat

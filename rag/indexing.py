"""Sentence embeddings in Chroma: content-hash ids, idempotent upserts, stale vectors deleted.

Two collections: one vector per sentence, and one record per article holding its text, title and
content hash (its vector is the mean of its sentences, for finding articles when there are many).
The article record is the source of truth: a sentence is part of an article exactly when its id is one
of the ids derived from the article's current text, so a half-finished write can never mix versions.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from rag.caching import LruCache
from rag.embedding import CONTENT_PIECES_VERSION
from rag.errors import ArticleNotFoundError, StoreError
from rag.schema import Article, Sentence
from rag.segmenting import segment

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from rag.config import Settings
    from rag.embedding import SentenceEmbedder


def open_chroma(settings: Settings) -> ClientAPI:
    """The Chroma client the settings ask for: a server when ``chroma_host`` is set, else a local folder."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        _hold_store(settings.chroma_path)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except StoreError:
        raise
    except Exception as exc:  # chroma raises many types; the user needs one message
        where = (
            f"the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else f"the store at {settings.chroma_path}"
        )
        raise StoreError(f"Cannot open {where} ({exc}): check RAG_CHROMA_HOST/RAG_DATA_DIR.") from exc


_HELD_STORES: dict[Path, int] = {}
"""Store folders this process holds, with the open lock file (kept open: closing it would release it)."""


def _hold_store(path: Path) -> None:
    """Claim a local store folder for this process, or fail with a message that says who holds it.

    Chroma's local store is not safe for two processes at once: one process does not see the other's
    vectors, and an article indexed by both can no longer be read ("Error getting embedding"). Several
    processes share one store through a Chroma server instead. The lock goes when the process ends, even
    when it is killed.
    """
    folder = path.resolve()
    if folder in _HELD_STORES:
        return
    descriptor = os.open(folder / "article-chat.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(descriptor)
        raise StoreError(
            f"The store at {folder} is in use by another Article Chat process (pid {holder}); a local store "
            "serves one process at a time. Stop that process, give this one its own RAG_DATA_DIR, or run a "
            "Chroma server and set RAG_CHROMA_HOST for both (README: Scaling out)."
        ) from None
    os.ftruncate(descriptor, 0)
    os.pwrite(descriptor, str(os.getpid()).encode("ascii"), 0)
    _HELD_STORES[folder] = descriptor


def sentence_id(sentence: Sentence) -> str:
    """Content-hash id: the same sentence at the same place of the same article always gets the same id."""
    key = f"{sentence.article_id}\x00{sentence.index}\x00{sentence.start}\x00{sentence.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _digest(ids: Sequence[str]) -> str:
    """One hash of an article's sentence ids: a new segmenter that cuts the same text differently changes
    it, so a stored article is re-indexed rather than left with missing sentences."""
    return hashlib.sha256("\n".join(ids).encode("ascii")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What lists and pickers need about a stored article, without its text."""

    id: str
    title: str
    source: str
    sha256: str
    sentences: int


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one ingest changed; ``embedded`` counts sentences sent to the model."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    embedded: int = 0

    def merge(self, other: SyncReport) -> SyncReport:
        """Both reports' changes together."""
        return SyncReport(
            self.added + other.added,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.removed + other.removed,
            self.embedded + other.embedded,
        )


@dataclass(frozen=True, slots=True)
class ArticleVectors:
    """An article with its sentences and their unit embeddings, row ``i`` for sentence ``i``.

    ``tokens`` stacks the content word-piece vectors of all sentences; sentence ``i`` owns the rows from
    ``token_starts[i]`` to ``token_starts[i + 1]`` (or the end).
    """

    article: Article
    sentences: tuple[Sentence, ...]
    embeddings: np.ndarray
    tokens: np.ndarray
    token_starts: np.ndarray

    @classmethod
    def build(
        cls,
        article: Article,
        sentences: tuple[Sentence, ...],
        embeddings: np.ndarray,
        tokens: list[np.ndarray],
    ) -> ArticleVectors:
        """Stack per-sentence token matrices into the flat form."""
        starts = np.cumsum([0] + [len(t) for t in tokens[:-1]]) if tokens else np.zeros(0, dtype=np.int64)
        flat = np.concatenate(tokens) if tokens else np.zeros((0, 0), dtype=np.float32)
        return cls(article, sentences, embeddings, flat, starts.astype(np.int64))


class TokenStore:
    """Word-piece vectors of each article's sentences on local disk, by article content hash (float16).

    Chroma holds one vector per sentence; late-interaction matching needs every word piece's vector too.
    They are written at ingest from the same model pass and read back on an article's first question; a
    process without them (say, beside a remote Chroma server) computes them once and keeps them here.
    """

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder

    def _path(self, sha256: str) -> Path | None:
        return None if self._folder is None else self._folder / f"{sha256}-{CONTENT_PIECES_VERSION}.npz"

    def load(self, sha256: str, sentences: int) -> list[np.ndarray] | None:
        """The stored token matrices, or None when absent or not matching the article."""
        path = self._path(sha256)
        if path is None or not path.is_file():
            return None
        with np.load(path) as data:
            tokens, starts = data["tokens"].astype(np.float32), data["starts"]
        if len(starts) != sentences:
            return None
        return list(np.split(tokens, starts[1:]))

    def save(self, sha256: str, tokens: list[np.ndarray]) -> None:
        """Keep the token matrices (written to a temporary file, then renamed, so readers never see half)."""
        path = self._path(sha256)
        if path is None or not tokens:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        starts = np.cumsum([0] + [len(t) for t in tokens[:-1]])
        partial = path.with_suffix(".partial.npz")
        np.savez(partial, tokens=np.concatenate(tokens).astype(np.float16), starts=starts)
        partial.replace(path)

    def drop(self, sha256: str) -> None:
        """Forget an article version's token matrices, whatever stopword list filtered them."""
        if self._folder is not None:
            for path in self._folder.glob(f"{sha256}*.npz"):
                path.unlink(missing_ok=True)


class SentenceIndex:
    """Sentences of many articles in Chroma, embedded once."""

    def __init__(
        self,
        client: ClientAPI,
        embedder: SentenceEmbedder,
        *,
        collection_prefix: str = "article_chat",
        cache_size: int = 64,
        token_dir: Path | None = None,
    ) -> None:
        self._client = client
        self._embedder = embedder
        self._tokens = TokenStore(token_dir)
        self._sentences: Collection = client.get_or_create_collection(
            f"{collection_prefix}_sentences", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self._articles: Collection = client.get_or_create_collection(
            f"{collection_prefix}_articles", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self._cache: LruCache[str, ArticleVectors] = LruCache(cache_size)
        self._batch = max(1, min(client.get_max_batch_size(), 2000))

    # --- reading -------------------------------------------------------------------------------------

    def list_articles(self) -> list[ArticleSummary]:
        """Every stored article, sorted by title."""
        records = self._articles.get(include=["metadatas"])
        summaries = [
            ArticleSummary(
                id=article_id,
                title=str(meta["title"]),
                source=str(meta["source"]),
                sha256=str(meta["sha256"]),
                sentences=int(meta["sentences"]),  # type: ignore[arg-type]
            )
            for article_id, meta in zip(records["ids"], records["metadatas"] or [], strict=True)
        ]
        return sorted(summaries, key=lambda s: (s.title.lower(), s.id))

    def get_article(self, article_id: str) -> Article:
        """The stored article with this id."""
        records = self._articles.get(ids=[article_id], include=["metadatas", "documents"])
        if not records["ids"]:
            known = ", ".join(s.id for s in self.list_articles()[:10]) or "none yet"
            raise ArticleNotFoundError(
                f'No article with id "{article_id}" in the store (known: {known}). '
                "Run `python -m rag ingest PATH` to add it, or pass --article with an existing id "
                "or a file path."
            )
        meta = (records["metadatas"] or [{}])[0]
        text = (records["documents"] or [""])[0] or ""
        return Article(
            id=article_id,
            title=str(meta["title"]),
            source=str(meta["source"]),
            text=text,
            sha256=str(meta["sha256"]),
        )

    def vectors(self, article_id: str) -> ArticleVectors:
        """The article's sentences and embeddings, cached in memory by content hash."""
        record = self._articles.get(ids=[article_id], include=["metadatas"])
        if record["ids"]:  # a cache hit needs only the content hash, not the article text
            cached = self._cache.get(str((record["metadatas"] or [{}])[0]["sha256"]))
            if cached is not None and cached.article.id == article_id:
                return cached
        article = self.get_article(article_id)
        sentences = tuple(segment(article))
        ids = [sentence_id(s) for s in sentences]
        by_id: dict[str, np.ndarray] = {}
        for chunk in _chunks(ids, self._batch):
            got = self._sentences.get(ids=chunk, include=["embeddings"])
            embeddings = got["embeddings"] if got["embeddings"] is not None else []
            by_id.update(zip(got["ids"], (np.asarray(e, dtype=np.float32) for e in embeddings), strict=True))
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise StoreError(
                f'The index of article "{article_id}" is incomplete ({len(missing)} sentences missing): '
                "run `python -m rag ingest` again."
            )
        matrix = np.stack([by_id[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)
        tokens = self._tokens.load(article.sha256, len(sentences))
        if tokens is None:
            _, tokens = self._embedder.encode_tokens([s.text for s in sentences])
            self._tokens.save(article.sha256, tokens)
        entry = ArticleVectors.build(article, sentences, matrix, tokens)
        self._cache.put(article.sha256, entry)
        return entry

    def sentence_ids(self) -> set[str]:
        """Every sentence id in the store (for tests and diagnostics)."""
        return set(self._sentences.get(include=[])["ids"])

    # --- writing -------------------------------------------------------------------------------------

    def upsert(self, article: Article) -> SyncReport:
        """Store one article; unchanged content embeds nothing, changed content replaces its sentences."""
        current = self._articles.get(ids=[article.id], include=["metadatas"])
        previous = (current["metadatas"] or [None])[0] if current["ids"] else None  # type: ignore[list-item]
        sentences = segment(article)
        ids = [sentence_id(s) for s in sentences]
        segmentation = _digest(ids)
        if (
            previous is not None
            and previous.get("sha256") == article.sha256
            and previous.get("segmentation") == segmentation
        ):
            if previous.get("source") != article.source or previous.get("title") != article.title:
                self._articles.update(
                    ids=[article.id],
                    metadatas=[{**previous, "source": article.source, "title": article.title}],
                )
            return SyncReport(unchanged=(article.id,))
        if not sentences:
            raise StoreError(f'Article "{article.id}" has no sentences to index.')
        stored = set(self._sentences.get(where={"article_id": article.id}, include=[])["ids"])
        fresh = [(i, s) for i, s in zip(ids, sentences, strict=True) if i not in stored]
        # Embed before any write. A new article gets its word-piece vectors from the same model pass.
        tokens: list[np.ndarray] = []
        if len(fresh) == len(sentences):
            vectors, tokens = self._embedder.encode_tokens([s.text for _, s in fresh])
        else:
            vectors = self._embedder.encode([s.text for _, s in fresh])
        for start in range(0, len(fresh), self._batch):
            part = fresh[start : start + self._batch]
            self._sentences.upsert(
                ids=[i for i, _ in part],
                embeddings=vectors[start : start + self._batch],
                documents=[s.text for _, s in part],
                metadatas=[
                    {"article_id": s.article_id, "index": s.index, "start": s.start, "end": s.end}
                    for _, s in part
                ],
            )
        self._articles.upsert(
            ids=[article.id],
            embeddings=self._mean_vector(ids, dict(zip((i for i, _ in fresh), vectors, strict=True)))[
                None, :
            ],
            documents=[article.text],
            metadatas=[
                {
                    "title": article.title,
                    "source": article.source,
                    "sha256": article.sha256,
                    "sentences": len(sentences),
                    "segmentation": segmentation,
                }
            ],
        )
        stale = sorted(stored - set(ids))
        for chunk in _chunks(stale, self._batch):
            self._sentences.delete(ids=chunk)
        if previous is not None:  # also when only the segmentation changed: its word pieces are stale
            self._tokens.drop(str(previous.get("sha256")))
        self._tokens.save(article.sha256, tokens)
        if previous is None:
            return SyncReport(added=(article.id,), embedded=len(fresh))
        return SyncReport(updated=(article.id,), embedded=len(fresh))

    def remove(self, article_id: str) -> SyncReport:
        """Delete an article and all its sentence vectors."""
        record = self._articles.get(ids=[article_id], include=["metadatas"])
        for meta in record["metadatas"] or []:
            self._tokens.drop(str(meta.get("sha256")))
        self._sentences.delete(where={"article_id": article_id})
        self._articles.delete(ids=[article_id])
        return SyncReport(removed=(article_id,))

    def sync(self, articles: Sequence[Article], *, folder: Path | None = None) -> SyncReport:
        """Upsert ``articles``; with ``folder``, also delete stored articles whose file under it is gone."""
        seen: dict[str, str] = {}
        for article in articles:
            if article.id in seen and seen[article.id] != article.source:
                raise StoreError(
                    f'Two files map to the article id "{article.id}": '
                    f"{seen[article.id]} and {article.source}. "
                    "Rename one of them."
                )
            seen[article.id] = article.source
        report = SyncReport()
        for article in articles:
            report = report.merge(self.upsert(article))
        if folder is not None:
            root = folder.resolve()
            for summary in self.list_articles():
                if summary.id not in seen and _is_under(Path(summary.source), root):
                    report = report.merge(self.remove(summary.id))
        return report

    def _mean_vector(self, ids: list[str], fresh: dict[str, np.ndarray]) -> np.ndarray:
        """Unit mean of the article's sentence vectors, reusing stored ones instead of re-embedding."""
        reused = [i for i in ids if i not in fresh]
        rows = [fresh[i] for i in ids if i in fresh]
        for chunk in _chunks(reused, self._batch):
            got = self._sentences.get(ids=chunk, include=["embeddings"])
            rows.extend(
                np.asarray(e, dtype=np.float32)
                for e in (got["embeddings"] if got["embeddings"] is not None else [])
            )
        mean = np.mean(np.stack(rows), axis=0)
        return np.asarray(mean / (np.linalg.norm(mean) or 1.0), dtype=np.float32)


def _chunks(items: Sequence[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _is_under(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return True

"""The Chroma index: content-hash ids, idempotent re-ingest, replaced and removed articles, failed input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rag import indexing
from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import CONTENT_PIECES_VERSION
from rag.errors import ArticleNotFoundError, RagError, StoreError
from rag.indexing import open_chroma, sentence_id
from rag.schema import Article, Sentence
from tests.conftest import DEFAULT_ID


def test_sentence_ids_are_content_hashes() -> None:
    one = Sentence("a", 0, 0, 5, "Hello")
    assert sentence_id(one) == sentence_id(Sentence("a", 0, 0, 5, "Hello"))
    assert sentence_id(one) != sentence_id(Sentence("a", 0, 0, 5, "Hallo"))
    assert sentence_id(one) != sentence_id(Sentence("b", 0, 0, 5, "Hello"))
    assert len(sentence_id(one)) == 32


def test_ingest_stores_every_sentence_with_offsets(service: ArticleChat) -> None:
    [summary] = service.articles()
    article = service.article(DEFAULT_ID)
    sentences = service.sentences(DEFAULT_ID)
    assert summary.id == DEFAULT_ID
    assert summary.sentences == len(sentences) == len(service.index.sentence_ids())
    assert all(article.text[s.start : s.end] == s.text for s in sentences)
    vectors = service.index.vectors(DEFAULT_ID)
    assert vectors.embeddings.shape == (len(sentences), 384)


def test_reingest_of_unchanged_corpus_embeds_nothing_and_changes_nothing(service: ArticleChat) -> None:
    ids_before = service.index.sentence_ids()
    calls_before = service.index._embedder.calls
    report = service.ingest()
    assert report.unchanged == (DEFAULT_ID,)
    assert (report.added, report.updated, report.removed, report.embedded) == ((), (), (), 0)
    assert service.index._embedder.calls == calls_before
    assert service.index.sentence_ids() == ids_before


def test_a_store_cut_by_another_segmenter_is_reindexed_on_ingest(
    service: ArticleChat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an upgrade that cuts the same text differently, ingest re-indexes the article instead of
    calling it unchanged and leaving the new cut's sentences missing from the store."""
    real_segment = indexing.segment

    def last_two_joined(article: Article) -> list[Sentence]:
        *rest, one, two = real_segment(article)
        return [*rest, Sentence(article.id, one.index, one.start, two.end, article.text[one.start : two.end])]

    monkeypatch.setattr(indexing, "segment", last_two_joined)
    report = service.ingest()
    assert (report.updated, report.embedded) == ((DEFAULT_ID,), 1)  # only the joined sentence is new
    article = service.article(DEFAULT_ID)
    assert service.index.sentence_ids() == {sentence_id(s) for s in last_two_joined(article)}
    monkeypatch.setattr(indexing, "segment", real_segment)
    assert (service.ingest().embedded, service.ingest().unchanged) == (2, (DEFAULT_ID,))
    assert service.index.sentence_ids() == {sentence_id(s) for s in real_segment(article)}


def test_changed_article_replaces_its_sentences(service: ArticleChat, corpus: Path) -> None:
    path = corpus / f"{DEFAULT_ID}.txt"
    ids_before = service.index.sentence_ids()
    text = path.read_text(encoding="utf-8")
    last = "The opening may be short-lived, he\xa0said."
    path.write_text(text.replace(last, f"{last} A new closing sentence was added."), encoding="utf-8")
    report = service.ingest()
    assert report.updated == (DEFAULT_ID,)
    assert report.embedded == 1  # only the new sentence; unchanged ones keep their vectors
    sentences = service.sentences(DEFAULT_ID)
    assert sentences[-1].text == "A new closing sentence was added."
    assert service.index.sentence_ids() == ids_before | {sentence_id(sentences[-1])}

    path.write_text("Headline\n\nOnly one sentence is left.\n", encoding="utf-8")
    service.ingest()
    assert [s.text for s in service.sentences(DEFAULT_ID)] == ["Only one sentence is left."]
    assert len(service.index.sentence_ids()) == 1  # no stale vectors


def test_removed_file_is_deleted_from_the_store(service: ArticleChat, corpus: Path) -> None:
    extra = corpus / "second.txt"
    extra.write_text("Second story\n\nThe mayor opened a bridge on Monday.\n", encoding="utf-8")
    assert service.ingest().added == ("second",)
    extra.unlink()
    report = service.ingest()
    assert report.removed == ("second",)
    assert [a.id for a in service.articles()] == [DEFAULT_ID]
    with pytest.raises(ArticleNotFoundError, match='"second"'):
        service.article("second")


BAD_FILES = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "latin1.txt": "Caf\xe9 owners protested on Monday.".encode("latin-1"),
    "empty.txt": b"",
    "blank.md": b"   \n\n  \n",
    "scripts.html": b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_leaves_the_index_unchanged(service: ArticleChat, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    ids_before = service.index.sentence_ids()
    with pytest.raises(RagError, match=name.replace(".", r"\.")):
        service.ingest([path])
    assert service.index.sentence_ids() == ids_before
    assert [a.id for a in service.articles()] == [DEFAULT_ID]


def test_token_vectors_follow_the_article_version(service: ArticleChat, corpus: Path) -> None:
    tokens = service.settings.data_dir / "tokens"
    first = service.article(DEFAULT_ID).sha256
    # written at ingest, from the same model pass
    assert sorted(p.name for p in tokens.iterdir()) == [f"{first}-{CONTENT_PIECES_VERSION}.npz"]
    calls = service.index._embedder.calls
    service.index.vectors(DEFAULT_ID)
    assert service.index._embedder.calls == calls  # read back, not recomputed
    (corpus / f"{DEFAULT_ID}.txt").write_text("Headline\n\nOnly one sentence is left.\n", encoding="utf-8")
    service.ingest()
    second = service.article(DEFAULT_ID).sha256
    assert sorted(p.name for p in tokens.iterdir()) == [f"{second}-{CONTENT_PIECES_VERSION}.npz"]
    service.index.remove(DEFAULT_ID)
    assert list(tokens.iterdir()) == []


def test_token_vectors_filtered_by_another_stopword_list_are_recomputed(service: ArticleChat) -> None:
    """A store written before a stopword change holds other word pieces: they must not meet the new ones."""
    tokens = service.settings.data_dir / "tokens"
    sha = service.article(DEFAULT_ID).sha256
    current = tokens / f"{sha}-{CONTENT_PIECES_VERSION}.npz"
    current.rename(tokens / f"{sha}.npz")  # the name an older release gave them
    fresh = ArticleChat.from_settings(service.settings, embedder=service.index._embedder)
    calls = fresh.index._embedder.calls
    vectors = fresh.index.vectors(DEFAULT_ID)
    assert fresh.index._embedder.calls == calls + len(vectors.sentences)  # recomputed once, then kept
    assert current.is_file()
    fresh.index.remove(DEFAULT_ID)
    assert list(tokens.iterdir()) == []  # the old file goes with the article too


def test_a_local_store_in_use_by_another_process_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    """Chroma's local store is not safe for two processes: the second gets a message, not a broken store."""
    settings = Settings(data_dir=tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(tmp_path)],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError) as refused:
            open_chroma(settings)
        assert str(settings.chroma_path.resolve()) in str(refused.value)
        assert f"pid {holder.pid}" in str(refused.value)
        assert "RAG_CHROMA_HOST" in str(refused.value)
    finally:
        holder.communicate("done\n", timeout=60)
    client = open_chroma(settings)  # free again once the other process has ended
    assert client.list_collections() == []
    assert open_chroma(settings).list_collections() == []  # this process may open its own store again


HOLD_STORE = """
import sys
from pathlib import Path
from rag.config import Settings
from rag.indexing import open_chroma
open_chroma(Settings(data_dir=Path(sys.argv[1])))
print("holding", flush=True)
sys.stdin.readline()
"""

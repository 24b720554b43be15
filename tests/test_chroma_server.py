"""Scaling out: the service against a real Chroma server (started here, on loopback) instead of a folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import SentenceEmbedder
from tests.conftest import DEFAULT_ID, free_port


@pytest.fixture(scope="module")
def chroma_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A ``chroma run`` server on a free loopback port, stopped after the module."""
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    folder = tmp_path_factory.mktemp("chroma-server")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    cmd = [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(folder)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the Chroma server did not start") from None
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_two_processes_share_one_server(
    chroma_port: int, corpus: Path, tmp_path: Path, embedder: SentenceEmbedder
) -> None:
    def service(name: str) -> ArticleChat:
        settings = Settings(
            corpus_dir=corpus, data_dir=tmp_path / name, chroma_host="127.0.0.1", chroma_port=chroma_port
        )
        return ArticleChat.from_settings(settings, embedder=embedder)

    writer = service("writer")
    assert writer.ingest().added == (DEFAULT_ID,)
    reader = service("reader")  # another machine's local folder: nothing but the server is shared
    assert [a.id for a in reader.articles()] == [DEFAULT_ID]
    answer = reader.answer("Were there casualties?", DEFAULT_ID)
    assert answer.text.startswith("No.")
    assert reader.ingest().unchanged == (DEFAULT_ID,)

"""Ingest and ask open no network connection: every non-loopback socket is refused during the test."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import SentenceEmbedder
from tests.conftest import DEFAULT_ID

LOOPBACK = ("127.", "::1", "localhost")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse (and record) every connection or DNS lookup that leaves the machine."""
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(LOOPBACK):
            attempts.append(str(address))
            raise OSError(f"test forbids network access to {address}")
        return real_connect(self, address)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not str(host).startswith(LOOPBACK):
            attempts.append(f"dns:{host}")
            raise OSError(f"test forbids name lookup of {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    yield attempts


def test_ingest_and_ask_stay_offline(no_network: list[str], settings: Settings) -> None:
    # A fresh embedder, so the model itself is loaded from disk while the network is cut off.
    service = ArticleChat.from_settings(settings, embedder=SentenceEmbedder())
    assert service.ingest().added == (DEFAULT_ID,)
    answer = service.answer("Were there casualties?", DEFAULT_ID)
    assert answer.text.startswith("No.")
    assert no_network == []

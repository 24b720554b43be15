"""Shared fixtures: a throwaway corpus, store and service; the real app served from one; headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import SentenceEmbedder

ROOT = Path(__file__).resolve().parents[1]
#: The article of ``corpus/``: the default one, and the subject of the seed question set.
DEFAULT_ID = "iran-missile-strike-warning-shot"
DEFAULT_ARTICLE = ROOT / "corpus" / f"{DEFAULT_ID}.txt"
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# No background traffic of Chromium's own, so every request the tests see comes from the page.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
STARTUP_TIMEOUT_S = 240


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder:
    """One embedding model for the whole run: it loads once, on first use."""
    return SentenceEmbedder()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of ``corpus/`` (without uploads) that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder, ignore=shutil.ignore_patterns("uploads", ".*"))
    return folder


@pytest.fixture
def settings(corpus: Path, tmp_path: Path) -> Settings:
    """Settings on the copied corpus and an empty store of the test's own."""
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data")


@pytest.fixture
def service(settings: Settings, embedder: SentenceEmbedder) -> ArticleChat:
    """The real service with the corpus ingested."""
    chat = ArticleChat.from_settings(settings, embedder=embedder)
    chat.ingest()
    return chat


@dataclass(frozen=True)
class ServedApp:
    """A running ``python app.py``: its URL, its folders and its log."""

    url: str
    corpus_dir: Path
    data_dir: Path
    log: Path


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path, timeout_s: float) -> None:
    """Poll the URL until it answers; fail with the app's log if the process dies or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"app.py exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    pytest.fail(f"app.py did not serve {url} within {timeout_s:.0f} s:\n{log.read_text()[-3000:]}")


def start_app(folder: Path, data: Path | None = None) -> tuple[subprocess.Popen[bytes], ServedApp]:
    """Start ``python app.py`` on a free port, on a copy of ``corpus/`` (uploads left out) and a new store.

    ``data`` reuses an existing store instead (a warm start, for ``scripts/bench_ui.py``).
    """
    corpus, data = folder / "corpus", data or folder / "data"
    shutil.copytree(ROOT / "corpus", corpus, ignore=shutil.ignore_patterns("uploads", ".*"))
    port = free_port()
    env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_CORPUS_DIR": str(corpus), "PYTHONUNBUFFERED": "1"}
    log = folder / "app.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py"), "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return process, ServedApp(f"http://127.0.0.1:{port}/", corpus, data, log)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the app we started (by its own handle), killing it if it ignores the request."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def served_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """One real app per test module, with the real model and a store of its own."""
    process, app = start_app(tmp_path_factory.mktemp("app"))
    try:
        wait_until_serving(app.url, process, app.log, STARTUP_TIMEOUT_S)
        yield app
    finally:
        stop(process)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (it cannot download a browser of its own here)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()

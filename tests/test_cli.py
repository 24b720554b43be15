"""The command line, run as users run it: a subprocess with the real model and a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_ID, ROOT


def run_cli(*args: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rag", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for a scratch store holding the ingested default corpus."""
    data = tmp_path_factory.mktemp("cli-data")
    env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_CORPUS_DIR": str(ROOT / "corpus")}
    done = run_cli("ingest", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 added, 0 updated, 0 unchanged, 0 removed;")
    return env


def store_ids(env: dict[str, str]) -> str:
    code = (
        "from rag.config import Settings; from rag.indexing import open_chroma;"
        "c = open_chroma(Settings()); print(sorted(col.name for col in c.list_collections()),"
        " [sorted(c.get_collection(n.name).get(include=[])['ids']) for n in c.list_collections()])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout


def test_ask_json_has_the_stable_shape(cli_env: dict[str, str]) -> None:
    done = run_cli("ask", "Were there casualties?", "--json", env=cli_env)
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert list(payload) == ["question", "answer", "abstained", "citations", "timings_ms"]
    assert payload["question"] == "Were there casualties?"
    assert payload["answer"].startswith("No.")
    assert payload["abstained"] is False
    article = (ROOT / "corpus" / f"{DEFAULT_ID}.txt").read_text(encoding="utf-8")
    for number, citation in enumerate(payload["citations"], start=1):
        assert list(citation) == ["number", "article_id", "sentence_index", "start", "end", "text", "score"]
        assert citation["number"] == number
        assert citation["article_id"] == DEFAULT_ID
        assert citation["text"] in article
        assert f"[{number}]" in payload["answer"]
    texts = " ".join(c["text"] for c in payload["citations"])
    assert "caused no caused casualties" in texts
    assert "did not kill or wound any U.S. troops" in texts


def test_ask_with_history_and_article_path(cli_env: dict[str, str], tmp_path: Path) -> None:
    history = tmp_path / "history.json"
    history.write_text(
        json.dumps([["Who is Michael O’Hanlon?", "A military analyst at the Brookings Institution."]])
    )
    done = run_cli(
        "ask", "What did he say about the strike?", "--json", "--history", str(history),
        "--article", str(ROOT / "corpus" / f"{DEFAULT_ID}.txt"), env=cli_env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert "very loud warning shot" in payload["answer"]


def test_unanswerable_question_abstains(cli_env: dict[str, str]) -> None:
    payload = json.loads(run_cli("ask", "Who won the World Cup?", "--json", env=cli_env).stdout)
    assert payload["abstained"] is True
    assert payload["answer"] == "The article does not say."
    assert payload["citations"] == []


def write_bad_inputs(folder: Path) -> dict[str, Path]:
    paths = {
        "binary.txt": b"\x00\x01\x02\x03PNG\x00\x00data",
        "latin1.txt": "Caf\xe9 owners protested.".encode("latin-1"),
        "empty.txt": b"",
        "notext.html": b"<html><body><script>alert(1)</script><style>p{}</style></body></html>",
    }
    out = {}
    for name, data in paths.items():
        out[name] = folder / name
        out[name].write_bytes(data)
    return out


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("empty question", "question is empty"),
        ("long question", "10,000 characters"),
        ("unknown id", 'No article with id "no-such-article"'),
        ("missing path", "does not exist"),
        ("binary.txt", "binary.txt"),
        ("latin1.txt", "latin1.txt"),
        ("empty.txt", "empty.txt"),
        ("notext.html", "notext.html"),
        ("bad history", "History file"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(
    cli_env: dict[str, str], tmp_path: Path, case: str, expected: str
) -> None:
    bad = write_bad_inputs(tmp_path)
    (tmp_path / "history.json").write_text("{not json")
    args = {
        "empty question": ["ask", "   "],
        "long question": ["ask", "w" * 10_000],
        "unknown id": ["ask", "Were there casualties?", "--article", "no-such-article"],
        "missing path": ["ask", "Were there casualties?", "--article", str(tmp_path / "nope.txt")],
        "bad history": ["ask", "What did he say?", "--history", str(tmp_path / "history.json")],
    }.get(case, ["ingest", str(bad.get(case, tmp_path))])
    before = store_ids(cli_env)
    done = run_cli(*args, env=cli_env)
    assert done.returncode == 2
    assert expected in done.stderr
    assert done.stderr.startswith("error: ")
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert store_ids(cli_env) == before

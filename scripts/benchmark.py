"""Measure the figures issue #2 asks for: install size, cold CLI answer, warm latency, ingest rate, memory.

    python scripts/benchmark.py [--out PATH] [--questions 100] [--skip-cold] [--skip-ingest]

``--out`` defaults to ``.rag/bench/benchmark.json``.

Every store is a scratch one under a temp folder, so the real ``.rag`` store and ``corpus/`` are never
touched. Prints a Markdown table and writes the same figures as JSON. Asserts nothing except that a
re-ingest embeds nothing (otherwise its time would not mean what the table says).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import rag  # noqa: F401  (sets the offline environment before chromadb / transformers load)
from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import SentenceEmbedder
from rag.schema import Turn

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = ROOT / "eval" / "seed_article.jsonl"
BENCHMARKS = Path("/work/shared/benchmarks")
COLD_QUESTION = "Were there casualties?"
COLD_RUNS = 5


@dataclass(frozen=True, slots=True)
class Question:
    """One timed question with the conversation before it."""

    text: str
    history: tuple[Turn, ...] = ()


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (no interpolation, so p95 is a latency someone actually saw)."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


def venv_mb() -> float:
    """Disk use of the installed environment, as ``du`` counts it."""
    out = subprocess.run(
        ["du", "-sk", str(ROOT / ".venv")], capture_output=True, text=True, check=True
    ).stdout
    return int(out.split()[0]) / 1024


def seed_questions(count: int) -> list[Question]:
    """``count`` questions from the seed set, cycling with reworded variants.

    Why variants rather than plain repeats: the retriever caches question embeddings, so a repeated
    question would skip the model and make the warm figure look better than a user's new question.
    """
    rows = [json.loads(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    base = [Question(r["question"], tuple(Turn(q, a) for q, a in r.get("history", []))) for r in rows]
    variants = (
        lambda q: q,
        lambda q: q.lower(),
        lambda q: f"Tell me: {q}",
        lambda q: f"{q} Please answer briefly.",
    )
    seen: set[str] = set()
    picked: list[Question] = []
    round_ = 0
    while len(picked) < count:
        vary = variants[round_ % len(variants)]
        suffix = f" ({round_ // len(variants)})" if round_ >= len(variants) else ""
        for question in base:
            text = vary(question.text) + suffix
            if text not in seen and len(picked) < count:
                seen.add(text)
                picked.append(Question(text, question.history))
        round_ += 1
    return picked


def scratch_env(data_dir: Path) -> dict[str, str]:
    """The caller's environment pointed at a scratch store and the default corpus."""
    return {**os.environ, "RAG_DATA_DIR": str(data_dir), "RAG_CORPUS_DIR": str(CORPUS)}


def ingest_default(data_dir: Path) -> None:
    """Fill the scratch store through the CLI, as a user would before asking (not timed)."""
    subprocess.run(
        [sys.executable, "-m", "rag", "ingest"],
        cwd=ROOT,
        env=scratch_env(data_dir),
        check=True,
        capture_output=True,
    )


def cold_ask(data_dir: Path, runs: int) -> list[float]:
    """Wall seconds of ``python -m rag ask --json`` in fresh processes: imports, model load, answer."""
    command = [sys.executable, "-m", "rag", "ask", COLD_QUESTION, "--json"]
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=scratch_env(data_dir), capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"`rag ask` failed ({done.returncode}): {done.stderr.strip()}")
        json.loads(done.stdout)  # the run only counts if it printed the promised JSON
    return times


def warm_latencies(service: ArticleChat, questions: list[Question]) -> list[float]:
    """Milliseconds around ``service.answer`` per question, after one untimed warm-up question."""
    article_id = service.default_article_id()
    service.answer("What happened?", article_id)
    latencies: list[float] = []
    for question in questions:
        started = time.perf_counter()
        service.answer(question.text, article_id, question.history)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def bench_corpus(folder: Path) -> int:
    """Copy the benchmark articles into ``folder/<set>/`` (no name clashes); returns how many."""
    count = 0
    for articles in sorted(BENCHMARKS.glob("*/articles")):
        target = folder / articles.parent.name
        target.mkdir(parents=True)
        for path in sorted(articles.glob("*.txt")):
            shutil.copy2(path, target / path.name)
            count += 1
    return count


def timed_ingest(service: ArticleChat, folder: Path) -> tuple[float, int]:
    """Seconds and sentences embedded for one ingest of ``folder`` (load, segment, embed, write)."""
    started = time.perf_counter()
    report = service.ingest([folder])
    return time.perf_counter() - started, report.embedded


def loads(values: tuple[float, float, float]) -> str:
    """Load averages as ``1.0/2.0/3.0``."""
    return "/".join(f"{x:.1f}" for x in values)


def settings_for(data_dir: Path, corpus_dir: Path) -> Settings:
    """Default settings on a scratch store (as the CLI applies overrides)."""
    return Settings().model_copy(update={"data_dir": data_dir, "corpus_dir": corpus_dir})


def table(rows: list[tuple[str, str]]) -> str:
    """A two-column Markdown table."""
    return "\n".join(["| measure | value |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / ".rag" / "bench" / "benchmark.json")
    parser.add_argument("--questions", type=int, default=100, help="warm questions timed (after one warm-up)")
    parser.add_argument("--skip-cold", action="store_true", help="skip the cold `rag ask` runs")
    parser.add_argument("--skip-ingest", action="store_true", help="skip the benchmark-corpus ingest")
    args = parser.parse_args()

    load_before = os.getloadavg()
    results: dict[str, object] = {
        "cpu_count": os.cpu_count(),
        "load_avg_before": [round(x, 2) for x in load_before],
    }
    rows: list[tuple[str, str]] = []

    size = venv_mb()
    results["venv_mb"] = round(size, 1)
    rows.append(("venv size (du)", f"{size:,.0f} MB"))

    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        scratch = Path(tmp)
        data_dir = scratch / "store"
        ingest_default(data_dir)

        if not args.skip_cold:
            cold = cold_ask(data_dir, COLD_RUNS)
            results["cold_ask_s"] = {
                "median": round(statistics.median(cold), 3),
                "runs": [round(t, 3) for t in cold],
            }
            rows.append(
                (
                    f"cold `rag ask --json`, median of {COLD_RUNS}",
                    f"{statistics.median(cold):.2f} s (runs {', '.join(f'{t:.2f}' for t in cold)})",
                )
            )

        embedder = SentenceEmbedder()
        service = ArticleChat.from_settings(settings_for(data_dir, CORPUS), embedder=embedder)
        warm = warm_latencies(service, seed_questions(args.questions))
        p50, p95, mean = percentile(warm, 0.50), percentile(warm, 0.95), statistics.fmean(warm)
        results["warm_ms"] = {
            "questions": len(warm),
            "p50": round(p50, 2),
            "p95": round(p95, 2),
            "mean": round(mean, 2),
        }
        rows.append(
            (
                f"warm answer latency ({len(warm)} questions)",
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, mean {mean:.1f} ms",
            )
        )
        # Read before the big ingest below, which runs in this process and would raise the peak.
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results["warm_peak_rss_mb"] = round(rss, 1)
        rows.append(("peak RSS of the warm process", f"{rss:,.0f} MB"))

        if not args.skip_ingest:
            folder = scratch / "bench_corpus"
            articles = bench_corpus(folder)
            # Shares the loaded embedder: the figure is ingest work, not the one-off model load.
            bench = ArticleChat.from_settings(
                settings_for(scratch / "bench_store", folder), embedder=embedder
            )
            seconds, sentences = timed_ingest(bench, folder)
            again_seconds, again_embedded = timed_ingest(bench, folder)
            if again_embedded:
                raise SystemExit(f"re-ingest embedded {again_embedded} sentences; expected 0")
            rate = sentences / seconds
            results["ingest"] = {
                "articles": articles,
                "sentences": sentences,
                "seconds": round(seconds, 2),
                "sentences_per_s": round(rate, 1),
                "reingest_seconds": round(again_seconds, 2),
                "reingest_embedded": again_embedded,
            }
            rows.append(
                (
                    f"ingest {articles} benchmark articles",
                    f"{sentences:,} sentences in {seconds:.1f} s = {rate:.0f} sentences/s",
                )
            )
            rows.append(("re-ingest, unchanged", f"{again_seconds:.2f} s, {again_embedded} embedded"))

    load_after = os.getloadavg()
    results["load_avg_after"] = [round(x, 2) for x in load_after]
    rows.append(
        (
            f"load average (1/5/15 min, {os.cpu_count()} CPUs)",
            f"before {loads(load_before)}, after {loads(load_after)}",
        )
    )

    print(table(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

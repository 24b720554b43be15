"""Measure the UI as a user meets it: cold start to first answer, then answer round-trips in the browser.

    python scripts/bench_ui.py [--questions 20] [--keep-store DIR]

Starts ``python app.py`` on a free port with a copy of ``corpus/`` and a new store (a fresh clone: the
corpus is embedded at start), opens the page in headless Chromium and asks the seed questions through
the chat box, timing Enter to answer shown. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM_ARGS, start_app  # noqa: E402  (one way to start the app and browser)


def wait_until_serving(url: str, process: subprocess.Popen[bytes], timeout_s: float = 300) -> None:
    """Poll until the app answers HTTP; raise if it exits or takes too long."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"app.py exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise SystemExit(f"app.py did not serve {url} within {timeout_s:.0f} s")


def seed_questions(limit: int) -> list[str]:
    """Questions without history from the seed set, repeated if the set is short."""
    lines = (ROOT / "eval" / "seed_article.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    questions = [r["question"] for r in rows if not r.get("history")]
    return [questions[i % len(questions)] for i in range(limit)]


def ask(page: Any, question: str) -> float:
    """Seconds from Enter to the new answer being in the page."""
    before = page.locator("#chat-log .msg.bot").count()
    box = page.locator("#question textarea")
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#chat-log .msg.bot').length > n", arg=before, timeout=300_000
    )
    return time.perf_counter() - started


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--questions", type=int, default=20, help="answer round-trips to time")
    parser.add_argument(
        "--keep-store", type=Path, help="reuse this data dir (warm start) instead of a new one"
    )
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    started = time.perf_counter()
    process, app = start_app(work, args.keep_store)
    url = app.url
    try:
        wait_until_serving(url, process)
        serving = time.perf_counter() - started
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            page.goto(url)
            page.wait_for_selector("#article-pane .sent", timeout=120_000)
            loaded = time.perf_counter() - started
            first = ask(page, "Were there casualties?")
            first_answer = time.perf_counter() - started
            round_trips = [ask(page, q) for q in seed_questions(args.questions)]
            browser.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work, ignore_errors=True)

    ms = sorted(t * 1000 for t in round_trips)
    store = "reused store" if args.keep_store else "new store: the corpus is embedded at start"
    print(f"start ({store})")
    print(f"  app serving HTTP          {serving:6.1f} s")
    print(f"  page loaded               {loaded:6.1f} s")
    print(f"  first answer shown        {first_answer:6.1f} s   (that question alone: {first * 1000:.0f} ms)")
    print(f"answer round-trip in the browser, Enter to answer shown, {len(ms)} questions")
    print(f"  p50 {statistics.median(ms):6.0f} ms   p95 {ms[max(0, round(0.95 * len(ms)) - 1)]:6.0f} ms")
    print(f"  min {ms[0]:6.0f} ms   max {ms[-1]:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The product's face in a real browser: the real app, model and store, driven by headless Chromium.

One app and one browser serve every test of this module (the machine has two cores); each test opens
its own page. Every request any page makes is recorded, so the suite can prove the page never leaves
127.0.0.1: no web fonts, no analytics, nothing an article could smuggle in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT, ServedApp

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ANSWER_TIMEOUT_MS = 120_000  # the first answer may wait for the model to load
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

HOSTILE_TITLE = "Hostile <b>markup</b> test"
HOSTILE_TEXT = (
    "The council met on Tuesday to discuss <script>window.__pwned = 1; alert(1)</script> the new budget.\n\n"
    'An image tag <img src=x onerror="window.__pwned = 2; alert(2)"> was posted by a visitor.\n\n'
    "A markdown picture ![x](http://example.com/a.png) appeared in the minutes.\n\n"
    "Templates such as ${alert(3)} and {{constructor.constructor('alert(4)')()}} stay text."
)


@pytest.fixture(scope="module")
def seen() -> dict[str, list[str]]:
    """Every request URL and every dialog message of every page this module opens."""
    return {"requests": [], "dialogs": []}


@pytest.fixture
def open_page(browser: Any, served_app: ServedApp, seen: dict[str, list[str]]) -> Iterator[Any]:
    """Open the app in a fresh browser context, recording requests and dismissing (and recording) dialogs."""
    contexts: list[Any] = []

    def dismiss(dialog: Any) -> None:
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    def opener(viewport: dict[str, int] = DESKTOP) -> Any:
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        context.on("request", lambda request: seen["requests"].append(request.url))
        page = context.new_page()
        page.on("dialog", dismiss)
        page.goto(served_app.url)
        page.wait_for_selector("#article-pane .sent", timeout=60_000)
        return page

    yield opener
    for context in contexts:
        context.close()


def ask(page: Any, question: str) -> Any:
    """Type a question, press Enter, and wait for the chat to grow by one answer; returns its bubble."""
    before = page.locator("#chat-log .msg.bot").count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#chat-log .msg.bot').length > n",
        arg=before,
        timeout=ANSWER_TIMEOUT_MS,
    )
    return page.locator("#chat-log .msg.bot").last


def cited_sentence_of(page: Any, marker: Any) -> Any:
    """The article sentence a citation marker points at."""
    return page.locator(f"#article-pane #s-{marker.get_attribute('data-sentence')}")


def open_add_article(page: Any, tab: str) -> None:
    """Open the "Add an article" accordion and one of its tabs."""
    if not page.locator("#upload, #paste-title").first.is_visible():
        page.get_by_text("Add an article").click()
    page.get_by_role("tab", name=tab).click()


def screenshot(page: Any, name: str, *, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def test_answer_cites_and_highlights_the_casualty_sentences(open_page: Any) -> None:
    page = open_page()
    bubble = ask(page, "Were there casualties?")
    page.wait_for_timeout(800)  # let the highlight transition settle for the screenshot
    screenshot(page, "desktop.png")
    answer = bubble.locator(".answer")
    assert answer.inner_text().startswith("No."), answer.inner_text()
    markers = answer.locator("button.cite")
    assert markers.count() >= 1
    for phrase in ("caused no caused casualties", "did not kill or wound any U.S. troops"):
        sentence = page.locator("#article-pane .sent.cited", has_text=phrase)
        assert sentence.count() == 1, f"not highlighted: {phrase!r}"
        number = sentence.get_attribute("data-cite")
        assert sentence.locator("sup.cite-badge").inner_text() == number
        marker = answer.locator(f"button.cite[data-sentence='{sentence.get_attribute('data-index')}']")
        assert marker.inner_text() == number
    # Every highlighted sentence is one the latest answer cites, with the same number.
    assert page.locator("#article-pane .sent.cited").count() == markers.count()
    assert "Sources" in bubble.locator("details.sources summary").inner_text()
    assert re.search(r"total \d+(\.\d)? ms", bubble.locator(".timings").inner_text())


def test_clicking_a_citation_scrolls_to_the_sentence_and_flashes_it(open_page: Any) -> None:
    page = open_page({"width": 1280, "height": 620})  # a short window: the article pane must scroll
    bubble = ask(page, "Were there casualties?")
    marker = bubble.locator("button.cite").last
    sentence = cited_sentence_of(page, marker)
    index = sentence.get_attribute("data-index")
    # Scroll the pane as far from the sentence as it goes, so the click has to bring it back.
    page.evaluate(
        """i => { const box = document.querySelector('#article-pane .doc-scroll');
                  const el = document.getElementById('s-' + i);
                  box.scrollTop = el.offsetTop > box.scrollHeight / 2 ? 0 : box.scrollHeight; }""",
        index,
    )
    marker.click()
    page.wait_for_function(
        """i => { const el = document.getElementById('s-' + i);
                  const box = el.closest('.doc-scroll').getBoundingClientRect();
                  const r = el.getBoundingClientRect();
                  return el.classList.contains('flash') && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
                         && r.top >= 0 && r.bottom <= window.innerHeight; }""",
        arg=index,
        timeout=5_000,
    )
    assert "flash" in (sentence.get_attribute("class") or "").split()


def test_uploaded_article_is_indexed_selected_and_answered(open_page: Any, tmp_path: Path) -> None:
    page = open_page()
    path = tmp_path / "brinmoor-lighthouse.txt"
    path.write_text(
        "Brinmoor lighthouse reopens\n\n"
        "The Brinmoor lighthouse reopened to visitors on Saturday after a two-year repair.\n\n"
        "The lighthouse was built in 1874 by the engineer Ada Quill. Its spiral staircase has 212 steps.\n\n"
        "Tickets cost four pounds for adults.\n",
        encoding="utf-8",
    )
    open_add_article(page, "Upload a file")
    page.locator("#upload input[type=file]").set_input_files(str(path))
    page.wait_for_selector("#add-notice .notice.ok", timeout=60_000)
    page.wait_for_function(
        "() => document.querySelector('#article-pane h2')?.textContent.includes('Brinmoor')", timeout=30_000
    )
    assert "Brinmoor" in page.locator("#article-picker input").input_value()
    bubble = ask(page, "When was the lighthouse built?")
    markers = bubble.locator("button.cite")
    cited = [cited_sentence_of(page, markers.nth(i)).inner_text() for i in range(markers.count())]
    assert any("built in 1874" in text for text in cited), bubble.inner_text()


def test_hostile_article_shows_as_text_runs_nothing_loads_nothing(
    open_page: Any, seen: dict[str, list[str]]
) -> None:
    page = open_page()
    open_add_article(page, "Paste text")
    page.locator("#paste-title textarea, #paste-title input").first.fill(HOSTILE_TITLE)
    page.locator("#paste-text textarea").fill(HOSTILE_TEXT)
    page.locator("#paste-add").click()
    page.wait_for_function(
        "() => document.querySelector('#article-pane h2')?.textContent.includes('Hostile')", timeout=60_000
    )
    ask(page, "<img src=x onerror=alert(5)> What was posted by a visitor?")
    pane = page.locator("#article-pane")
    text = pane.inner_text()
    for literal in (
        "<script>window.__pwned = 1; alert(1)</script>",
        '<img src=x onerror="window.__pwned = 2; alert(2)">',
        "![x](http://example.com/a.png)",
        "${alert(3)}",
        "{{constructor.constructor('alert(4)')()}}",
    ):
        assert literal in text, literal
    assert page.locator("#article-pane h2").inner_text() == HOSTILE_TITLE
    assert HOSTILE_TITLE in page.locator("#article-picker input").input_value()
    assert "<img src=x onerror=alert(5)>" in page.locator("#chat-log .msg.user").last.inner_text()
    assert (
        page.locator("#article-pane img, #chat-log img, #article-pane script, #chat-log script").count() == 0
    )
    page.wait_for_timeout(500)  # give any injected handler the chance to fire
    assert page.evaluate("window.__pwned") is None
    assert seen["dialogs"] == []
    outside = [url for url in seen["requests"] if urlsplit(url).hostname not in LOCAL_HOSTS]
    assert seen["requests"] and outside == []


def test_errors_read_as_messages_not_tracebacks(open_page: Any, tmp_path: Path) -> None:
    page = open_page()
    picked_before = page.locator("#article-picker input").input_value()
    box = page.locator("#question textarea")
    box.fill("   ")
    box.press("Enter")
    notice = page.locator("#chat-log .notice.error")
    notice.wait_for(timeout=30_000)
    assert notice.inner_text() == "The question is empty: type a question about the article."

    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\xff\xfe")
    open_add_article(page, "Upload a file")
    page.locator("#upload input[type=file]").set_input_files(str(binary))
    upload_error = page.locator("#add-notice .notice.error")
    upload_error.wait_for(timeout=30_000)
    assert "scan.txt" in upload_error.inner_text()
    assert page.locator("#article-picker input").input_value() == picked_before
    body = page.locator("body").inner_text()
    assert "Traceback" not in body and 'File "' not in body


def test_phone_layout_stacks_the_article_under_the_chat(open_page: Any, seen: dict[str, list[str]]) -> None:
    page = open_page(PHONE)
    ask(page, "Were there casualties?")
    chat = page.locator("#chat-col").bounding_box()
    article = page.locator("#article-col").bounding_box()
    assert chat and article
    assert article["y"] >= chat["y"] + chat["height"] - 1
    assert chat["width"] <= PHONE["width"] and article["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "phone.png", full_page=True)
    outside = [url for url in seen["requests"] if urlsplit(url).hostname not in LOCAL_HOSTS]
    assert outside == []


def test_evaluate_tab_runs_a_question_set_and_shows_summary_and_plots(
    open_page: Any, served_app: ServedApp
) -> None:
    page = open_page()
    page.get_by_role("tab", name="Evaluate").click()
    page.locator("#eval-limit input").fill("4")
    page.locator("#eval-run").click()
    page.wait_for_selector("#eval-summary .eval-card", timeout=180_000)
    assert "seed_article.jsonl: 4 questions" in page.locator("#eval-summary h3").inner_text()
    assert page.locator("#eval-summary .eval-card").count() == 5
    page.wait_for_function("() => document.querySelectorAll('#eval-plots img').length === 3", timeout=30_000)
    # The report stays in the app's data folder (not /tmp) and downloads from the page.
    (report,) = (served_app.data_dir / "eval-reports").iterdir()
    assert (report / "report.md").is_file() and (report / "report.json").is_file()
    assert (served_app.data_dir / "eval" / "chroma").is_dir()  # the evaluation store, apart from the corpus
    link = page.locator("#eval-files a[download='report.md']")
    link.wait_for(timeout=30_000)
    response = page.request.get(link.get_attribute("href"))
    assert response.ok and response.text() == (report / "report.md").read_text(encoding="utf-8")

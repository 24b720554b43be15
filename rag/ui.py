"""The web UI: chat on the left, the article with the cited sentences highlighted on the right.

Only this module imports gradio. Every piece of HTML is built by the small pure ``render_*`` functions
below, which escape all text they are given (article, title, question, answer), so nothing a user
uploads, pastes or asks can add markup, run script or load anything. The UI holds no logic the CLI
lacks: it calls the ``ArticleChat`` service and the evaluation functions the CLI uses, and only renders.
"""

from __future__ import annotations

import html
import re
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

import gradio as gr

from rag.chat import ArticleChat
from rag.config import Settings
from rag.errors import ArticleNotFoundError, RagError
from rag.evaluation import PLOT_FILES, evaluate, format_value, reports_dir, write_dated_report
from rag.loading import SUPPORTED_SUFFIXES
from rag.schema import Answer, Article, Citation, Retrieved, Sentence, Turn

#: Shown as one-click questions while the default article is open.
EXAMPLE_QUESTIONS = (
    "Were there casualties?",
    "Who is Michael O'Hanlon?",
    "What did he say?",
    "What did Trump say?",
    "Who is quoted?",
)
#: How many of the closest sentences an abstained answer lists.
CLOSEST_SHOWN = 3
#: Timings shown under an answer, in pipeline order; "total" always comes last.
TIMING_ORDER = ("load", "embed", "rank", "answer")
_MARKER = re.compile(r"\[(\d+)\]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_EDGE_BREAKS = re.compile(r"^(?:\s|<br>)+|(?:\s|<br>)+$")

NoticeKind = Literal["error", "ok"]

# System fonts only: Gradio's default theme ships web fonts, and the product loads nothing it need not.
# Plain strings are used as written; gr.themes.Font would quote "system-ui" and break the generic family.
SYSTEM_FONTS = (
    "system-ui",
    "-apple-system",
    '"Segoe UI"',
    "Roboto",
    '"Helvetica Neue"',
    "Arial",
    "sans-serif",
)
MONO_FONTS = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", '"Liberation Mono"', "monospace")

# Defence in depth: even if some text escaped escaping, the page may load nothing from another host.
# The style is here, not in CSS: Gradio scopes custom CSS inside the app, and this padding is outside it.
HEAD = (
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self' 'unsafe-inline' "
    "'unsafe-eval' data: blob:; img-src 'self' data: blob:; connect-src 'self'; "
    "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'\">"
    "<style>@media (max-width: 720px) { .gradio-container .main.app { padding: 10px !important; } }</style>"
)

# Runs once on page load. Event delegation on the document: the chat log is re-rendered after every
# answer, so listeners on its elements would be lost.
JS = """
() => {
  const box = (el) => el.closest('.doc-scroll');
  const centre = (el) => {
    const scroller = box(el);
    if (!scroller) return;
    const offset = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop = Math.max(0, scroller.scrollTop + offset - scroller.clientHeight / 3);
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-sentence]');
    if (!link || !link.closest('#chat-log')) return;
    const sentence = document.getElementById('s-' + link.dataset.sentence);
    if (!sentence) return;
    event.preventDefault();
    centre(sentence);
    const rect = sentence.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      sentence.scrollIntoView({behavior: 'smooth', block: 'center'});
    }
    document.querySelectorAll('.sent.flash').forEach((el) => el.classList.remove('flash'));
    void sentence.offsetWidth;  // restart the animation when the same sentence is flashed again
    sentence.classList.add('flash');
  });
  // After each answer: show the first cited sentence inside the article pane (never moving the page)
  // and keep the newest message in view.
  let cited = '', messages = '';
  const follow = () => {
    const doc = document.querySelector('#article-pane .doc');
    const key = doc ? doc.dataset.article + '|' + doc.dataset.cited : '';
    if (key !== cited) {
      cited = key;
      const first = doc && doc.querySelector('.sent.cited');
      if (first) centre(first);
    }
    const log = document.querySelector('#chat-log .chat');
    const count = log ? log.dataset.count + '|' + log.dataset.notice : '';
    if (count !== messages) {
      messages = count;
      const scroller = log && log.closest('.chat-scroll');
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    }
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; follow(); });
  }).observe(document.body, {childList: true, subtree: true});
}
"""

CSS = """
.gradio-container { max-width: 1400px !important; margin: 0 auto; }
#app-header { padding: 4px 2px 0; }
#app-header h1 { font-size: 1.45rem; margin: 0; font-weight: 650; letter-spacing: -0.01em; }
#app-header p { margin: 2px 0 0; color: var(--body-text-color-subdued); font-size: 0.95rem; }
#workspace { align-items: flex-start; gap: 16px; }
#chat-col, #article-col { min-width: 0; }
.chat-scroll { height: clamp(280px, calc(100vh - 340px), 1200px); overflow-y: auto; padding: 8px 6px;
  border: 1px solid var(--border-color-primary); border-radius: 12px;
  background: var(--background-fill-secondary); }
.chat { display: flex; flex-direction: column; gap: 10px; }
.chat-empty { color: var(--body-text-color-subdued); padding: 18px 14px; line-height: 1.55; }
.chat-empty strong { color: var(--body-text-color); }
.msg { display: flex; }
.msg.user { justify-content: flex-end; }
.bubble { max-width: 92%; padding: 9px 13px; border-radius: 14px; line-height: 1.5; overflow-wrap: anywhere;
  border: 1px solid var(--border-color-primary); background: var(--background-fill-primary); }
.msg.user .bubble { background: var(--color-accent-soft); border-color: transparent;
  border-bottom-right-radius: 4px; white-space: pre-wrap; }
.msg.bot .bubble { border-bottom-left-radius: 4px; }
.msg.bot.abstained .answer { color: var(--body-text-color-subdued); font-style: italic; }
.answer { margin: 0; }
button.cite { display: inline-block; min-width: 1.35em; padding: 0 0.35em; margin: 0 1px;
  border-radius: 999px; font-size: 0.72em; line-height: 1.45; vertical-align: 0.3em; font-weight: 650;
  cursor: pointer;
  border: 1px solid transparent; background: var(--color-accent); color: white; }
button.cite:hover, button.cite:focus-visible { filter: brightness(1.12);
  outline: 2px solid var(--color-accent-soft); }
details.sources { margin-top: 8px; font-size: 0.86em; }
details.sources summary { cursor: pointer; color: var(--body-text-color-subdued); user-select: none; }
.src-head { margin: 8px 0 2px; font-weight: 600; color: var(--body-text-color-subdued); font-size: 0.92em; }
.src-list { margin: 0; padding: 0; list-style: none; }
.src-list li { margin: 0; }
button.jump { all: unset; box-sizing: border-box; display: flex; gap: 8px; width: 100%; padding: 4px 6px;
  border-radius: 6px; cursor: pointer; line-height: 1.45; }
button.jump:hover, button.jump:focus-visible { background: var(--background-fill-secondary); }
.src-num { flex: none; font-weight: 650; color: var(--color-accent); min-width: 2.1em; }
.src-text { flex: 1; }
.src-score { flex: none; color: var(--body-text-color-subdued); font-variant-numeric: tabular-nums; }
.src-list.uncited .src-text { color: var(--body-text-color-subdued); }
.timings { margin: 6px 0 0; font-size: 0.75em; color: var(--body-text-color-subdued);
  font-variant-numeric: tabular-nums; }
.notice { margin: 6px 0 0; padding: 8px 12px; border-radius: 8px; font-size: 0.92em; line-height: 1.45; }
.notice.error { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bc; }
.notice.ok { background: #e8f5ec; color: #1d5f33; border: 1px solid #bfe3cb; }
.dark .notice.error { background: #3b1714; color: #ffb4aa; border-color: #6b2a22; }
.dark .notice.ok { background: #12301d; color: #a6e3b8; border-color: #24573a; }
#chat-actions { gap: 8px; flex-wrap: nowrap; align-items: flex-start; }
#examples { gap: 6px; flex-wrap: wrap; align-items: center; flex: 1 1 auto; }
#chat-actions button { flex: 0 1 auto !important; min-width: 0 !important; width: auto !important;
  font-size: 0.85rem; padding: 4px 10px; }
#clear { flex: none !important; margin-left: auto; white-space: nowrap; }
#chat-log .html-container, #article-pane .html-container { padding: 0 !important; }
#article-picker { margin-bottom: 2px; }
#article-picker input { text-overflow: ellipsis; margin-right: 26px; font-weight: 550; }
#question button.submit-button, #question button[aria-label="Submit"] { background: var(--color-accent);
  color: white; border-radius: 999px; padding: 4px 16px; font-weight: 600; }
.doc-scroll { height: clamp(300px, calc(100vh - 300px), 1200px); overflow-y: auto; padding: 16px 20px;
  border: 1px solid var(--border-color-primary); border-radius: 12px;
  background: var(--background-fill-primary); }
.doc-head h2 { font-size: 1.25rem; line-height: 1.35; margin: 0 0 4px; font-weight: 650; }
.doc-meta { margin: 0 0 12px; font-size: 0.82rem; color: var(--body-text-color-subdued); }
.doc-body p { margin: 0 0 0.9em; line-height: 1.65; }
.sent { border-radius: 4px; padding: 1px 0; transition: background-color 0.3s; scroll-margin: 80px; }
mark.answer-phrase { background: none; color: inherit; font-weight: 700;
  text-decoration: underline 2px #6366f1; text-underline-offset: 3px; }
.sent.cited { background: #fff1b8; box-shadow: 0 0 0 2px #fff1b8; color: #1f1a00; }
.dark .sent.cited { background: #5c4b00; box-shadow: 0 0 0 2px #5c4b00; color: #fff8d6; }
.cite-badge { display: inline; margin-left: 3px; padding: 0 0.4em; border-radius: 999px;
  font-size: 0.7em; line-height: 1.5; vertical-align: 0.35em; font-weight: 650;
  background: var(--color-accent); color: white; }
.sent.flash { animation: sentence-flash 1.6s ease-out; }
@keyframes sentence-flash {
  0%, 30% { background: #ffb347; box-shadow: 0 0 0 4px #ffb347; }
  100% { }
}
.eval-cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px;
  margin: 4px 0 12px; }
.eval-card { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 10px 12px; }
.eval-card .v { font-size: 1.4rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.eval-card .k { font-size: 0.8rem; color: var(--body-text-color-subdued); }
#eval-summary details summary { cursor: pointer; color: var(--body-text-color-subdued); }
#eval-summary table.eval-table { border-collapse: collapse; font-size: 0.88rem; width: auto; margin-top: 6px;
  font-variant-numeric: tabular-nums; }
#eval-summary table.eval-table td { padding: 3px 28px 3px 0 !important; border: none !important;
  border-bottom: 1px solid var(--border-color-primary) !important; background: none !important; }
#eval-summary table.eval-table td.num { text-align: right; padding-right: 0 !important; }
@media (max-width: 720px) {
  #chat-actions { flex-wrap: wrap; }
  #app-header h1 { font-size: 1.2rem; }
  .chat-scroll { height: auto; min-height: 180px; max-height: 60vh; }
  .doc-scroll { height: auto; max-height: 70vh; padding: 12px 14px; }
  .bubble { max-width: 100%; }
}
"""


# --------------------------------------------------------------------------- pure rendering


def esc(text: str) -> str:
    """Text made safe for HTML content and attribute values (quotes included)."""
    return html.escape(text, quote=True)


def render_notice(message: str, kind: NoticeKind = "error") -> str:
    """An inline message; errors are announced to screen readers."""
    if not message:
        return ""
    role = "alert" if kind == "error" else "status"
    return f'<div class="notice {kind}" role="{role}">{esc(message)}</div>'


def render_article(
    article: Article, sentences: Sequence[Sentence], citations: Sequence[Citation] = ()
) -> str:
    """The article with every sentence addressable (``#s-<index>``) and the cited ones highlighted.

    Paragraphs follow the blank lines of the text; a single newline between sentences is a line break;
    characters outside every sentence are kept as plain text, so the pane shows exactly the stored text.
    """
    numbers: dict[int, list[int]] = {}
    phrases: dict[int, tuple[int, int]] = {}
    for citation in citations:
        numbers.setdefault(citation.sentence.index, []).append(citation.number)
        if citation.answer_span is not None:
            start = citation.answer_span[0] - citation.sentence.start
            phrases[citation.sentence.index] = (start, citation.answer_span[1] - citation.sentence.start)
    paragraphs: list[list[str]] = [[]]
    position = 0
    for sentence in sentences:
        _add_gap(paragraphs, article.text[position : sentence.start])
        paragraphs[-1].append(
            _sentence_html(sentence, numbers.get(sentence.index, []), phrases.get(sentence.index))
        )
        position = sentence.end
    _add_gap(paragraphs, article.text[position:])
    texts = (_EDGE_BREAKS.sub("", "".join(parts)) for parts in paragraphs)
    body = "".join(f"<p>{text}</p>" for text in texts if text)
    cited = ",".join(str(index) for index in sorted(numbers))
    count = f"{len(sentences)} sentence{'s' if len(sentences) != 1 else ''}"
    meta = f"{count} · {Path(article.source).name}"
    if numbers:
        meta += f" · {len(numbers)} cited by the latest answer"
    return (
        f'<article class="doc" data-article="{esc(article.id)}" data-cited="{cited}">'
        '<div class="doc-scroll">'
        f'<header class="doc-head"><h2>{esc(article.title)}</h2><p class="doc-meta">{esc(meta)}</p></header>'
        f'<div class="doc-body">{body}</div></div></article>'
    )


def mark_phrase(text: str, span: tuple[int, int] | None) -> str:
    """``text`` escaped, with the answer phrase at ``span`` (offsets into ``text``) marked."""
    if span is None or not 0 <= span[0] < span[1] <= len(text):
        return esc(text)
    start, end = span
    return f'{esc(text[:start])}<mark class="answer-phrase">{esc(text[start:end])}</mark>{esc(text[end:])}'


def _sentence_html(sentence: Sentence, numbers: Sequence[int], phrase: tuple[int, int] | None = None) -> str:
    text = mark_phrase(sentence.text, phrase)
    if not numbers:
        return f'<span id="s-{sentence.index}" class="sent" data-index="{sentence.index}">{text}</span>'
    label = ",".join(str(n) for n in numbers)
    return (
        f'<span id="s-{sentence.index}" class="sent cited" data-index="{sentence.index}" '
        f'data-cite="{label}">{text}<sup class="cite-badge">{label}</sup></span>'
    )


def _add_gap(paragraphs: list[list[str]], gap: str) -> None:
    """Add the text between two sentences: blank lines start a paragraph, a newline breaks the line."""
    for i, piece in enumerate(_PARAGRAPH_BREAK.split(gap)):
        if i:
            paragraphs.append([])
        lines = [" ".join(line.split()) for line in piece.split("\n")]
        if any(lines):  # stray characters outside every sentence: keep them, as plain text
            paragraphs[-1].append(f" {'<br>'.join(esc(line) for line in lines)} ")
        elif len(lines) > 1:
            paragraphs[-1].append("<br>" * (len(lines) - 1))
        elif piece:
            paragraphs[-1].append(" ")


def render_answer_text(answer: Answer) -> str:
    """The answer text with each citation marker ``[n]`` made a button that shows sentence n."""
    by_number = {c.number: c for c in answer.citations}

    def marker(match: re.Match[str]) -> str:
        citation = by_number.get(int(match.group(1)))
        if citation is None:
            return match.group(0)
        index = citation.sentence.index
        return (
            f'<button type="button" class="cite" data-sentence="{index}" '
            f'title="Show sentence {index + 1} in the article">{citation.number}</button>'
        )

    return _MARKER.sub(marker, mark_phrase(answer.text, _phrase_in_answer(answer)))


def _phrase_in_answer(answer: Answer) -> tuple[int, int] | None:
    """Where the first citation's answer phrase sits in the answer text (which quotes its sentence)."""
    for citation in answer.citations:
        if citation.answer_span is not None:
            at = answer.text.find(citation.sentence.text)
            if at >= 0:
                offset = at - citation.sentence.start
                return citation.answer_span[0] + offset, citation.answer_span[1] + offset
    return None


def format_ms(value: float) -> str:
    """Milliseconds as people read them: one decimal below 10 ms, whole numbers above."""
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def render_timings(timings: Mapping[str, float]) -> str:
    """The answer's stage timings in pipeline order, total last, in small print."""
    known = [k for k in TIMING_ORDER if k in timings]
    others = sorted(k for k in timings if k not in TIMING_ORDER and k != "total")
    keys = [*known, *others, *(["total"] if "total" in timings else [])]
    if not keys:
        return ""
    parts = " · ".join(f"{esc(k)} {format_ms(timings[k])}" for k in keys)
    return f'<p class="timings">{parts}</p>'


def _source_item(label: str, sentence: Sentence, score: float) -> str:
    return (
        f'<li><button type="button" class="jump" data-sentence="{sentence.index}">'
        f'<span class="src-num">{esc(label)}</span><span class="src-text">{esc(sentence.text)}</span>'
        f'<span class="src-score">{score:.2f}</span></button></li>'
    )


def render_sources(answer: Answer) -> str:
    """The collapsible evidence: cited sentences with number and score, then retrieved but not cited.

    An abstained answer has no citations; it lists the closest sentences, marked as not cited, so the
    user can judge the abstention.
    """
    if answer.abstained or not answer.citations:
        closest = answer.retrieved[:CLOSEST_SHOWN]
        if not closest:
            return ""
        items = "".join(_source_item("·", r.sentence, r.score) for r in closest)
        return (
            '<details class="sources"><summary>Closest sentences, not cited</summary>'
            f'<p class="src-head">Closest, not cited</p><ul class="src-list uncited">{items}</ul></details>'
        )
    cited_indices = {c.sentence.index for c in answer.citations}
    cited = "".join(_source_item(f"[{c.number}]", c.sentence, c.score) for c in answer.citations)
    rest: list[Retrieved] = [r for r in answer.retrieved if r.sentence.index not in cited_indices]
    summary = f"Sources · {len(answer.citations)} cited"
    out = f'<p class="src-head">Cited</p><ol class="src-list">{cited}</ol>'
    if rest:
        summary += f" · {len(rest)} more retrieved"
        items = "".join(_source_item("·", r.sentence, r.score) for r in rest)
        out += f'<p class="src-head">Retrieved, not cited</p><ul class="src-list uncited">{items}</ul>'
    return f'<details class="sources"><summary>{summary}</summary>{out}</details>'


def render_exchange(question: str, answer: Answer) -> str:
    """One question bubble and its answer bubble with sources and timings."""
    state = " abstained" if answer.abstained else ""
    return (
        f'<div class="msg user"><div class="bubble">{esc(question)}</div></div>'
        f'<div class="msg bot{state}"><div class="bubble"><p class="answer">{render_answer_text(answer)}</p>'
        f"{render_sources(answer)}{render_timings(answer.timings_ms)}</div></div>"
    )


def render_chat(history: Sequence[Turn], answers: Sequence[Answer], notice: str = "") -> str:
    """The whole conversation (or a short guide before the first question), then any error notice."""
    if not history:
        inner = (
            '<div class="chat-empty"><strong>Ask anything about the article.</strong><br>'
            "Answers quote the article word for word; every claim carries a citation. "
            "Click a citation to see the sentence in context. "
            "When the article does not say, the answer says so.</div>"
        )
    else:
        inner = "".join(render_exchange(t.question, a) for t, a in zip(history, answers, strict=True))
    return (
        '<div class="chat-scroll"><div class="chat" role="log" aria-live="polite" '
        f'data-count="{len(history)}" data-notice="{int(bool(notice))}">'
        f"{inner}{render_notice(notice)}</div></div>"
    )


class Listed(Protocol):
    """What the picker needs of a stored article (``ArticleChat.articles()`` items)."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...


def article_choices(summaries: Sequence[Listed]) -> list[tuple[str, str]]:
    """Dropdown choices (label, article id); a title shared by several articles gets its id appended."""
    titles = [s.title for s in summaries]
    return [(s.title if titles.count(s.title) == 1 else f"{s.title} ({s.id})", s.id) for s in summaries]


def discover_question_sets(root: Path) -> list[tuple[str, str]]:
    """Question sets offered by the Evaluate tab: ``eval/*.jsonl`` and the shared small dev sets."""
    found = [(f"eval/{p.name}", p) for p in sorted((root / "eval").glob("*.jsonl"))]
    shared = root.parent / "shared" / "benchmarks"
    found += [(f"{p.parent.name} (small)", p) for p in sorted(shared.glob("*/questions.small.jsonl"))]
    return [(label, str(path.resolve())) for label, path in found]


#: Headline metrics of an evaluation, as labelled cards.
HEADLINE_METRICS = (
    ("answer_accuracy", "answer accuracy"),
    ("citation_recall", "citation recall"),
    ("citation_precision", "citation precision"),
    ("abstain_balanced_accuracy", "abstention (balanced)"),
    ("latency_p50_ms", "latency p50 (ms)"),
)


def render_summary(summary: Mapping[str, float | int | None], title: str) -> str:
    """An evaluation summary: headline cards, then every metric in a collapsible table."""
    cards = "".join(
        f'<div class="eval-card"><div class="v">{esc(format_value(key, summary.get(key)))}</div>'
        f'<div class="k">{esc(label)}</div></div>'
        for key, label in HEADLINE_METRICS
    )
    rows = "".join(
        f'<tr><td>{esc(key.replace("_", " "))}</td><td class="num">{esc(format_value(key, value))}</td></tr>'
        for key, value in summary.items()
    )
    return (
        f'<h3>{esc(title)}</h3><div class="eval-cards">{cards}</div>'
        f"<details><summary>All metrics ({len(summary)})</summary>"
        f'<table class="eval-table"><tbody>{rows}</tbody></table></details>'
    )


# --------------------------------------------------------------------------- the Blocks app

Update = dict[str, Any]


def _choices_update(service: ArticleChat, value: str | None = None) -> Update:
    choices = article_choices(service.articles())
    return gr.update(choices=choices) if value is None else gr.update(choices=choices, value=value)


def build_ui(service: ArticleChat, *, question_sets: Sequence[tuple[str, str]] | None = None) -> gr.Blocks:
    """The Blocks app around one shared service; each browser session keeps its own history in ``gr.State``.

    Args:
        service: the chat service (shared by every session; it holds no per-user state).
        question_sets: (label, path) of the question sets the Evaluate tab offers; default: found from
            the working directory (``eval/*.jsonl``, ``../shared/benchmarks/*/questions.small.jsonl``).
    """
    default_id = service.default_article_id()
    default_article = service.article(default_id)
    sets = discover_question_sets(Path.cwd()) if question_sets is None else list(question_sets)

    def article_html(article_id: str, citations: Sequence[Citation] = ()) -> str:
        return render_article(service.article(article_id), service.sentences(article_id), citations)

    def ask(
        question: str, article_id: str | None, history: list[Turn], answers: list[Answer]
    ) -> tuple[Any, ...]:
        try:
            if not article_id:
                raise ArticleNotFoundError("No article is open: pick one above the article pane.")
            answer = service.answer(question, article_id, history)
        except RagError as exc:
            return gr.update(), render_chat(history, answers, str(exc)), gr.update(), history, answers
        asked = service.check_question(question)
        history = [*history, Turn(asked, answer.text, tuple(c.sentence for c in answer.citations))]
        answers = [*answers, answer]
        pane = article_html(article_id, answer.citations)
        return "", render_chat(history, answers), pane, history, answers

    def open_article(article_id: str | None) -> tuple[Any, ...]:
        if not article_id:
            return gr.update(), render_chat([], []), [], [], gr.update()
        try:
            pane = article_html(article_id)
        except RagError as exc:
            return gr.update(), render_chat([], [], str(exc)), [], [], gr.update()
        return pane, render_chat([], []), [], [], gr.update(visible=article_id == default_id)

    def clear(article_id: str | None) -> tuple[Any, ...]:
        pane = article_html(article_id) if article_id else gr.update()
        return pane, render_chat([], []), [], []

    def added(article: Article) -> tuple[Any, ...]:
        count = len(service.sentences(article.id))
        message = f"Added “{article.title}” ({count} sentences) and opened it."
        return _choices_update(service, article.id), render_notice(message, "ok")

    def upload(path: str | None) -> tuple[Any, ...]:
        if not path:
            return gr.update(), "", None
        file = Path(path)
        try:
            result = added(service.save_upload(file.name, file.read_bytes()))
        except RagError as exc:
            return gr.update(), render_notice(str(exc)), None
        return (*result, None)

    def paste(title: str, text: str) -> tuple[Any, ...]:
        try:
            result = added(service.save_pasted(title, text))
        except RagError as exc:
            return gr.update(), render_notice(str(exc)), gr.update(), gr.update()
        return (*result, "", "")

    demo = gr.Blocks(title="Article Chat", analytics_enabled=False)
    with demo:
        history = gr.State([])
        answers = gr.State([])
        gr.HTML(
            "<h1>Article Chat</h1><p>Ask a news article questions; every answer is quoted and cited "
            "from the article itself.</p>",
            elem_id="app-header",
            js_on_load=None,
        )
        with gr.Tabs(elem_id="tabs"):
            with gr.Tab("Chat", id="chat"), gr.Row(elem_id="workspace", equal_height=False):
                with gr.Column(scale=5, min_width=340, elem_id="chat-col"):
                    chat_log = gr.HTML(render_chat([], []), elem_id="chat-log", js_on_load=None)
                    question = gr.Textbox(
                        show_label=False,
                        placeholder="Ask about the article…",
                        lines=1,
                        max_lines=4,
                        # Well past the limit, so an over-long paste still reaches the service and
                        # gets its message instead of being cut silently; bounded, so no megabyte posts.
                        max_length=service.settings.max_question_chars * 2,
                        submit_btn="Ask",
                        elem_id="question",
                        autofocus=True,
                    )
                    with gr.Row(elem_id="chat-actions"):
                        with gr.Row(elem_id="examples") as examples:
                            example_buttons = [
                                gr.Button(q, size="sm", variant="secondary", elem_classes="example")
                                for q in EXAMPLE_QUESTIONS
                            ]
                        clear_button = gr.Button(
                            "Clear chat", size="sm", variant="secondary", elem_id="clear"
                        )
                with gr.Column(scale=6, min_width=340, elem_id="article-col"):
                    picker = gr.Dropdown(
                        choices=article_choices(service.articles()),
                        value=default_id,
                        show_label=False,
                        container=False,
                        elem_id="article-picker",
                    )
                    pane = gr.HTML(
                        render_article(default_article, service.sentences(default_id)),
                        elem_id="article-pane",
                        js_on_load=None,
                    )
                    with gr.Accordion("Add an article", open=False, elem_id="add-article"):
                        with gr.Tab("Upload a file"):
                            upload_file = gr.File(
                                label=f"A .txt, .md or .html file, at most "
                                f"{service.settings.max_upload_bytes / 2**20:g} MB",
                                file_types=list(SUPPORTED_SUFFIXES),
                                type="filepath",
                                elem_id="upload",
                            )
                        with gr.Tab("Paste text"):
                            paste_title = gr.Textbox(label="Title", elem_id="paste-title", max_lines=1)
                            paste_text = gr.Textbox(label="Text", lines=6, max_lines=14, elem_id="paste-text")
                            paste_button = gr.Button("Add article", variant="primary", elem_id="paste-add")
                        add_notice = gr.HTML("", elem_id="add-notice", js_on_load=None)
            with gr.Tab("Evaluate", id="evaluate"):
                _evaluate_tab(service, sets)

        ask_outputs = [question, chat_log, pane, history, answers]
        ask_options: dict[str, Any] = {"show_progress": "minimal", "show_progress_on": [chat_log]}
        question.submit(ask, [question, picker, history, answers], ask_outputs, **ask_options)
        for button in example_buttons:
            button.click(ask, [button, picker, history, answers], ask_outputs, **ask_options)
        picker.change(
            open_article, picker, [pane, chat_log, history, answers, examples], show_progress="hidden"
        )
        clear_button.click(clear, picker, [pane, chat_log, history, answers], show_progress="hidden")
        upload_file.upload(upload, upload_file, [picker, add_notice, upload_file])
        paste_button.click(paste, [paste_title, paste_text], [picker, add_notice, paste_title, paste_text])
        # Articles added in other sessions appear after a reload.
        demo.load(lambda: _choices_update(service), None, picker, show_progress="hidden")
    return demo


def eval_service_opener(service: ArticleChat) -> Callable[[Settings], ArticleChat]:
    """A service factory for ``evaluate``: builds the evaluation service once, on first use.

    It shares the embedding model ``service`` has already loaded, so evaluating loads no second copy.
    Runs go one at a time (the Evaluate button's ``concurrency_limit=1``), so no lock is needed.
    """
    opened: list[ArticleChat] = []

    def open_store(settings: Settings) -> ArticleChat:
        if not opened:
            opened.append(ArticleChat.from_settings(settings, embedder=service.embedder))
        return opened[0]

    return open_store


def _evaluate_tab(service: ArticleChat, sets: Sequence[tuple[str, str]]) -> None:
    """Issue #4: run a question set through the same ``evaluate`` as ``python -m rag eval``."""
    open_store = eval_service_opener(service)

    def run(
        chosen: str | None,
        uploaded: str | None,
        limit: float | None,
        progress: gr.Progress = gr.Progress(track_tqdm=True),  # noqa: B008 (gradio injects it by default)
    ) -> tuple[Any, ...]:
        path = Path(uploaded) if uploaded else Path(chosen) if chosen else None
        if path is None:
            return render_notice("Pick a question set or upload a .jsonl file."), "", None, None
        try:
            progress(0, desc="Opening the evaluation store")
            report = evaluate(
                service.settings, path, limit=int(limit) if limit else None, service_factory=open_store
            )
            out = write_dated_report(report, reports_dir(service.settings))
        except (RagError, OSError) as exc:
            return render_notice(str(exc)), "", None, None
        title = f"{path.name}: {len(report.results)} questions in {report.elapsed_s:.1f} s"
        plots = [str(out / name) for name in PLOT_FILES]
        return (
            "",
            render_summary(report.summary, title),
            plots,
            [str(out / "report.md"), str(out / "report.json")],
        )

    gr.Markdown(
        "Score a question set (JSON Lines, see `eval/README.md`) with the same code as "
        "`python -m rag eval`. Questions run against a separate evaluation store, "
        "so your articles are untouched."
    )
    with gr.Row(equal_height=False):
        chosen = gr.Dropdown(
            choices=list(sets),
            value=sets[0][1] if sets else None,
            label="Question set",
            scale=3,
            min_width=220,
        )
        uploaded = gr.File(
            label="…or upload a .jsonl set",
            file_types=[".jsonl"],
            type="filepath",
            height=120,
            scale=2,
            min_width=220,
        )
        limit = gr.Number(
            value=0,
            precision=0,
            minimum=0,
            label="Questions (0 = all)",
            elem_id="eval-limit",
            scale=1,
            min_width=140,
        )
    start = gr.Button("Run evaluation", variant="primary", elem_id="eval-run")
    eval_notice = gr.HTML("", js_on_load=None)
    summary = gr.HTML("", elem_id="eval-summary", js_on_load=None, min_height=80)
    plots = gr.Gallery(
        label="Plots", elem_id="eval-plots", columns=3, height="auto", object_fit="contain", preview=False
    )
    files = gr.File(label="Report files", file_count="multiple", interactive=False, elem_id="eval-files")
    start.click(
        run,
        [chosen, uploaded, limit],
        [eval_notice, summary, plots, files],
        concurrency_limit=1,
        show_progress_on=[summary],
    )


def launch(demo: gr.Blocks, settings: Settings) -> None:
    """Serve ``demo`` on ``settings.host``: bounded queue, no share link, no outside requests, no tracebacks.

    Args:
        demo: the app from ``build_ui``.
        settings: host, port and upload limit.
    """
    demo.queue(default_concurrency_limit=2, max_size=32)
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        show_error=False,
        quiet=True,
        # Twice the article limit, so a slightly-too-large file gets the service's precise message.
        max_file_size=2 * settings.max_upload_bytes,
        # The Evaluate tab's reports, so their files can be shown and downloaded wherever data_dir is.
        allowed_paths=[str(reports_dir(settings).resolve())],
        footer_links=[],
        enable_monitoring=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        theme=gr.themes.Soft(primary_hue="indigo", font=SYSTEM_FONTS, font_mono=MONO_FONTS),
        css=CSS,
        js=JS,
        head=HEAD,
    )


def warm_up(service: ArticleChat) -> None:
    """Answer one question on the default article, so the first user question skips loading the model."""
    try:
        service.answer("What happened?", service.default_article_id())
    except RagError as exc:
        print(f"warm-up skipped: {exc}", file=sys.stderr)


def serve(settings: Settings, service: ArticleChat | None = None) -> None:
    """Index the corpus folder (so a fresh clone works), then serve the UI until interrupted.

    The model warms up in the background while the page already loads.
    """
    if service is None:
        service = ArticleChat.from_settings(settings)
        service.ingest()
    demo = build_ui(service)
    threading.Thread(target=warm_up, args=(service,), name="warm-up", daemon=True).start()
    print(f"Article Chat on http://{settings.host}:{settings.port}", flush=True)
    launch(demo, settings)

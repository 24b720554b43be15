"""The UI's pure rendering helpers: exact HTML, and every piece of user text escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.chat import ArticleChat
from rag.config import Settings
from rag.embedding import SentenceEmbedder
from rag.evaluation import eval_settings
from rag.indexing import ArticleSummary
from rag.schema import Answer, Article, Citation, Retrieved, Sentence, Turn
from rag.ui import (
    article_choices,
    discover_question_sets,
    esc,
    eval_service_opener,
    format_ms,
    render_answer_text,
    render_article,
    render_chat,
    render_notice,
    render_sources,
    render_summary,
    render_timings,
)

HOSTILE = (
    'A <script>alert(1)</script> here. B "quoted" & more.\n'
    "C ![x](http://e.com/a.png).\n\n\nD <img src=x onerror=alert(1)>."
)


def sentences_of(article: Article, parts: list[str]) -> list[Sentence]:
    """Sentences with exact offsets, found in order (as the segmenter would return them)."""
    out, position = [], 0
    for index, part in enumerate(parts):
        start = article.text.index(part, position)
        position = start + len(part)
        out.append(Sentence(article.id, index, start, position, part))
    return out


@pytest.fixture
def article() -> Article:
    return Article("a1", "T <i>", "/corpus/uploads/a1.txt", HOSTILE, "0" * 64)


@pytest.fixture
def sentences(article: Article) -> list[Sentence]:
    return sentences_of(
        article,
        [
            "A <script>alert(1)</script> here.",
            'B "quoted" & more.',
            "C ![x](http://e.com/a.png).",
            "D <img src=x onerror=alert(1)>.",
        ],
    )


def hit(sentence: Sentence, score: float) -> Retrieved:
    return Retrieved(sentence, score, dense=score, lexical=0.0)


def test_esc_escapes_markup_and_quotes() -> None:
    assert esc("<img src=x onerror=\"alert('1')\"> & co") == (
        "&lt;img src=x onerror=&quot;alert(&#x27;1&#x27;)&quot;&gt; &amp; co"
    )


def test_article_sentences_are_addressable_escaped_and_keep_paragraphs(
    article: Article, sentences: list[Sentence]
) -> None:
    assert render_article(article, sentences) == (
        '<article class="doc" data-article="a1" data-cited=""><div class="doc-scroll">'
        '<header class="doc-head"><h2>T &lt;i&gt;</h2><p class="doc-meta">4 sentences · a1.txt</p></header>'
        '<div class="doc-body"><p>'
        '<span id="s-0" class="sent" data-index="0">A &lt;script&gt;alert(1)&lt;/script&gt; here.</span> '
        '<span id="s-1" class="sent" data-index="1">B &quot;quoted&quot; &amp; more.</span><br>'
        '<span id="s-2" class="sent" data-index="2">C ![x](http://e.com/a.png).</span></p>'
        '<p><span id="s-3" class="sent" data-index="3">D &lt;img src=x onerror=alert(1)&gt;.</span></p>'
        "</div></div></article>"
    )


def test_cited_sentences_are_highlighted_with_their_numbers(
    article: Article, sentences: list[Sentence]
) -> None:
    citations = [Citation(2, sentences[3], 0.7), Citation(1, sentences[1], 0.9)]
    rendered = render_article(article, sentences, citations)
    assert 'data-cited="1,3"' in rendered
    assert "4 sentences · a1.txt · 2 cited by the latest answer" in rendered
    assert (
        '<span id="s-1" class="sent cited" data-index="1" data-cite="1">'
        'B &quot;quoted&quot; &amp; more.<sup class="cite-badge">1</sup></span>'
    ) in rendered
    assert (
        '<span id="s-3" class="sent cited" data-index="3" data-cite="2">'
        'D &lt;img src=x onerror=alert(1)&gt;.<sup class="cite-badge">2</sup></span>'
    ) in rendered


def test_text_outside_sentences_is_kept_as_plain_text() -> None:
    article = Article("b", "B", "b.md", "\n  Lead.\n— <b>x</b>\n\nEnd.", "0" * 64)
    sentences = sentences_of(article, ["Lead.", "End."])
    assert (
        '<div class="doc-body"><p><span id="s-0" class="sent" data-index="0">Lead.</span> '
        "<br>— &lt;b&gt;x&lt;/b&gt;"
        '</p><p><span id="s-1" class="sent" data-index="1">End.</span></p></div>'
    ) in render_article(article, sentences)


def test_answer_markers_become_buttons_and_text_is_escaped(sentences: list[Sentence]) -> None:
    answer = Answer(
        text="No. <b>B</b> [1] and [7] stay text [2]",
        citations=(Citation(1, sentences[1], 0.9), Citation(2, sentences[3], 0.5)),
        abstained=False,
    )
    assert render_answer_text(answer) == (
        "No. &lt;b&gt;B&lt;/b&gt; "
        '<button type="button" class="cite" data-sentence="1" '
        'title="Show sentence 2 in the article">1</button>'
        " and [7] stay text "
        '<button type="button" class="cite" data-sentence="3" '
        'title="Show sentence 4 in the article">2</button>'
    )


def test_sources_list_cited_then_retrieved_not_cited(sentences: list[Sentence]) -> None:
    answer = Answer(
        text="B [1]",
        citations=(Citation(1, sentences[1], 0.91),),
        abstained=False,
        retrieved=(hit(sentences[1], 0.91), hit(sentences[0], 0.4)),
    )
    assert render_sources(answer) == (
        '<details class="sources"><summary>Sources · 1 cited · 1 more retrieved</summary>'
        '<p class="src-head">Cited</p><ol class="src-list"><li>'
        '<button type="button" class="jump" data-sentence="1"><span class="src-num">[1]</span>'
        '<span class="src-text">B &quot;quoted&quot; &amp; more.</span><span class="src-score">0.91</span>'
        "</button></li></ol>"
        '<p class="src-head">Retrieved, not cited</p><ul class="src-list uncited"><li>'
        '<button type="button" class="jump" data-sentence="0"><span class="src-num">·</span>'
        '<span class="src-text">A &lt;script&gt;alert(1)&lt;/script&gt; here.</span>'
        '<span class="src-score">0.40</span></button></li></ul></details>'
    )


def test_abstained_answer_shows_the_closest_sentences_as_not_cited(sentences: list[Sentence]) -> None:
    answer = Answer(
        text="The article does not say.",
        citations=(),
        abstained=True,
        retrieved=tuple(hit(s, 0.3 - i / 100) for i, s in enumerate(sentences)),
    )
    rendered = render_sources(answer)
    assert rendered.startswith(
        '<details class="sources"><summary>Closest sentences, not cited</summary>'
        '<p class="src-head">Closest, not cited</p><ul class="src-list uncited">'
    )
    assert rendered.count("<li>") == 3
    assert render_sources(Answer("The article does not say.", (), True)) == ""


def test_timings_in_pipeline_order_with_total_last() -> None:
    timings = {"total": 96.1, "answer": 0.24, "extra": 3, "embed": 90.06, "load": 3.9, "rank": 1.1}
    assert render_timings(timings) == (
        '<p class="timings">load 3.9 ms · embed 90 ms · rank 1.1 ms · answer 0.2 ms · extra 3.0 ms'
        " · total 96 ms</p>"
    )
    assert render_timings({}) == ""
    assert format_ms(9.96) == "10.0 ms"


def test_chat_renders_turns_escaped_and_the_notice_last(sentences: list[Sentence]) -> None:
    answer = Answer("B [1]", (Citation(1, sentences[1], 0.9),), False, timings_ms={"total": 12.0})
    chat = render_chat([Turn("<i>why</i>?", answer.text)], [answer], notice="The question is <empty>.")
    assert chat.startswith(
        '<div class="chat-scroll"><div class="chat" role="log" aria-live="polite" '
        'data-count="1" data-notice="1">'
    )
    assert '<div class="msg user"><div class="bubble">&lt;i&gt;why&lt;/i&gt;?</div></div>' in chat
    assert '<p class="timings">total 12 ms</p></div></div>' in chat
    assert chat.endswith(
        '<div class="notice error" role="alert">The question is &lt;empty&gt;.</div></div></div>'
    )
    assert 'data-count="0" data-notice="0"><div class="chat-empty">' in render_chat([], [])


def test_abstained_answers_are_marked(sentences: list[Sentence]) -> None:
    answer = Answer("The article does not say.", (), True)
    assert '<div class="msg bot abstained">' in render_chat([Turn("q", answer.text)], [answer])


def test_notice_kinds() -> None:
    assert render_notice("") == ""
    ok = render_notice("Added “<x>”.", "ok")
    assert ok == '<div class="notice ok" role="status">Added “&lt;x&gt;”.</div>'


def test_article_choices_disambiguate_equal_titles() -> None:
    summaries = [
        ArticleSummary("a", "Same", "a.txt", "", 1),
        ArticleSummary("b", "Same", "b.txt", "", 1),
        ArticleSummary("c", "<Other>", "c.txt", "", 1),
    ]
    assert article_choices(summaries) == [("Same (a)", "a"), ("Same (b)", "b"), ("<Other>", "c")]


def test_question_sets_found_in_eval_and_shared_benchmarks(tmp_path: Path) -> None:
    root = tmp_path / "main"
    (root / "eval").mkdir(parents=True)
    (root / "eval" / "seed.jsonl").write_text("{}\n")
    bench = tmp_path / "shared" / "benchmarks" / "quail"
    bench.mkdir(parents=True)
    (bench / "questions.small.jsonl").write_text("{}\n")
    (bench / "questions.jsonl").write_text("{}\n")
    assert discover_question_sets(root) == [
        ("eval/seed.jsonl", str(root / "eval" / "seed.jsonl")),
        ("quail (small)", str(bench / "questions.small.jsonl")),
    ]


def test_summary_cards_and_table() -> None:
    summary = {"answer_accuracy": 0.9, "latency_p50_ms": 81.26, "questions": 60, "citation_recall": None}
    rendered = render_summary(summary, "seed <set>")
    assert rendered.startswith('<h3>seed &lt;set&gt;</h3><div class="eval-cards">')
    assert (
        '<div class="eval-card"><div class="v">0.900</div><div class="k">answer accuracy</div></div>'
        in rendered
    )
    assert '<div class="v">n/a</div><div class="k">citation recall</div>' in rendered
    assert '<tr><td>latency p50 ms</td><td class="num">81.3</td></tr>' in rendered
    assert '<tr><td>questions</td><td class="num">60</td></tr>' in rendered
    assert '<details><summary>All metrics (4)</summary><table class="eval-table"><tbody>' in rendered


def test_evaluation_service_is_built_once_and_shares_the_app_model(
    settings: Settings, embedder: SentenceEmbedder
) -> None:
    app = ArticleChat.from_settings(settings, embedder=embedder)
    open_store = eval_service_opener(app)
    evaluation = open_store(eval_settings(settings))
    assert open_store(eval_settings(settings)) is evaluation
    assert evaluation is not app
    assert evaluation.settings.collection_prefix == "article_chat_eval"
    assert evaluation.settings.data_dir == settings.data_dir / "eval"
    assert evaluation.embedder is app.embedder is embedder


def test_answer_phrase_is_marked_and_escaped() -> None:
    from rag.ui import mark_phrase

    assert mark_phrase("More than <1,500> troops", (0, 17)) == (
        '<mark class="answer-phrase">More than &lt;1,500&gt;</mark> troops'
    )
    assert mark_phrase("a < b", None) == "a &lt; b"
    assert mark_phrase("short", (3, 99)) == "short"  # a span outside the text marks nothing

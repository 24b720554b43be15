"""Tests for rag.loading: titles, furniture stripping, exact bodies, HTML extraction and clear errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rag.errors import ArticleNotFoundError, UnreadableDocumentError
from rag.loading import (
    SUPPORTED_SUFFIXES,
    article_from_text,
    article_id_for,
    decode_document,
    load_article,
    load_corpus,
)
from tests.conftest import BENCHMARKS, DEFAULT_ARTICLE, ROOT


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# --- the default article ---------------------------------------------------------------------------


def test_default_article() -> None:
    article = load_article(DEFAULT_ARTICLE)
    assert article.id == "iran-missile-strike-warning-shot"
    assert (
        article.title == "Iran’s missile strike: A loud warning shot and an offer to de-escalate, sources say"
    )
    assert article.source == str(DEFAULT_ARTICLE)
    assert article.text.startswith("WASHINGTON – Iran may have intentionally missed targets")
    assert article.text.endswith("The opening may be short-lived, he\xa0said.")
    assert "Posted on" not in article.text
    assert "What we know about bases" not in article.text
    raw = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    assert article.text == raw[raw.index("WASHINGTON") : raw.rindex("he\xa0said.") + len("he\xa0said.")]
    assert article.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()


# --- plain text and markdown -------------------------------------------------------------------------


def test_scraped_page_furniture_is_stripped(tmp_path: Path) -> None:
    raw = (
        "Published 3 hours ago\n"
        "By Jane Doe and John Roe, USA TODAY\n\n"
        "Senate Sets Monday Vote on Budget\n\n"
        "Updated: Jan. 8, 2020 10:31 a.m. ET\n\n"
        "The Senate will vote on Monday, leaders said.\n\n"
        "Both parties blamed each other.\n\n"
        "Read more: Budget fight explained\n"
    )
    article = load_article(_write(tmp_path, "budget.txt", raw))
    assert article.title == "Senate Sets Monday Vote on Budget"
    assert article.text == "The Senate will vote on Monday, leaders said.\n\nBoth parties blamed each other."


@pytest.mark.parametrize(
    "teaser",
    [
        "Related: Pence visits troops in Iraq",
        "Read more",
        "Copyright 2020 Daily News",
        "What we know about bases:Trump, Pence have visited bases attacked by missiles",
    ],
)
def test_trailing_teasers_are_dropped(tmp_path: Path, teaser: str) -> None:
    raw = f"A Headline\n\nThe body sentence.\n\n{teaser}\n"
    assert load_article(_write(tmp_path, "a.txt", raw)).text == "The body sentence."


def test_last_sentence_is_kept(tmp_path: Path) -> None:
    """Only whole lines that read as teasers go: a closing sentence or a wrapped line stays."""
    raw = "A Headline\n\nThe body sentence.\n\nRelated issues will be debated next week.\n"
    assert load_article(_write(tmp_path, "a.txt", raw)).text.endswith(
        "Related issues will be debated next week."
    )
    wrapped = "A Headline\n\nThe body sentence is long and it wraps onto\na short last line\n"
    assert load_article(_write(tmp_path, "b.txt", wrapped)).text.endswith("wraps onto\na short last line")


def test_body_is_an_exact_slice_with_crlf_normalised(tmp_path: Path) -> None:
    raw = "Posted on\r\n\r\nTitle Line\r\n\r\n  Body  one.\u00a0\r\nBody two.\r\n\r\n"
    article = load_article(_write(tmp_path, "x.txt", raw))
    assert article.title == "Title Line"
    assert article.text == "Body  one.\u00a0\nBody two."
    assert article.text in raw.replace("\r\n", "\n")


def test_without_headline_title_comes_from_file_name(tmp_path: Path) -> None:
    raw = "The first line is already a sentence. It goes on.\n\nSecond paragraph.\n"
    article = load_article(_write(tmp_path, "Iran Strike_2020.txt", raw))
    assert article.id == "iran-strike-2020"
    assert article.title == "Iran Strike 2020"
    assert article.text == raw.strip()


def test_single_line_article_is_body_not_title(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "one.txt", "Just a short note\n"))
    assert (article.title, article.text) == ("One", "Just a short note")


def test_markdown_heading_is_title_and_markdown_kept(tmp_path: Path) -> None:
    raw = "# My Heading\n\nSome *markdown* text.\n\n## Sub\n\n- item one\n- item two\n"
    article = load_article(_write(tmp_path, "doc.md", raw))
    assert article.title == "My Heading"
    assert article.text == "Some *markdown* text.\n\n## Sub\n\n- item one\n- item two"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Iran Strike_2020.txt", "iran-strike-2020"),
        ("iran-missile-strike-warning-shot.txt", "iran-missile-strike-warning-shot"),
        ("  Café  Crème!.md", "cafe-creme"),
        ("squad_1973_oil_crisis_000.txt", "squad-1973-oil-crisis-000"),
    ],
)
def test_article_id_for(name: str, expected: str) -> None:
    assert article_id_for(Path("some/folder") / name) == expected


def test_article_id_for_non_ascii_stem_is_stable() -> None:
    article_id = article_id_for(Path("日本.txt"))
    assert article_id.startswith("article-")
    assert article_id == article_id_for(Path("other/日本.md"))


# --- pasted text -------------------------------------------------------------------------------------


def test_article_from_text_finds_headline() -> None:
    article = article_from_text(
        "By Jane Doe\n\nA Pasted Headline\n\nBody text. More.",
        title=None,
        source="pasted text",
        article_id="p-1",
    )
    assert (article.id, article.title, article.source, article.text) == (
        "p-1",
        "A Pasted Headline",
        "pasted text",
        "Body text. More.",
    )


def test_article_from_text_with_title_drops_repeated_headline() -> None:
    article = article_from_text(
        "My  Title\n\nBody text.", title="My title", source="upload.txt", article_id="u"
    )
    assert (article.title, article.text) == ("My title", "Body text.")


def test_article_from_text_without_title_uses_id() -> None:
    article = article_from_text("Body text. More.", title=None, source="pasted text", article_id="pasted-1")
    assert (article.title, article.text) == ("Pasted 1", "Body text. More.")


def test_article_from_text_rejects_blank_text() -> None:
    with pytest.raises(UnreadableDocumentError, match=r'^"pasted text" is empty: add the article text'):
        article_from_text(" \n\t", title=None, source="pasted text", article_id="p")


# --- decoding ----------------------------------------------------------------------------------------


def test_decode_document_accepts_bom_and_keeps_text() -> None:
    assert decode_document(b"\xef\xbb\xbfCaf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d", name="a.txt") == "Café “ok”"


def test_decode_document_reports_byte_and_position_after_bom() -> None:
    with pytest.raises(UnreadableDocumentError) as error:
        decode_document(b"\xef\xbb\xbfabc\xffdef", name="a.txt")
    assert str(error.value) == (
        '"a.txt" is not valid UTF-8 text (byte 0xff at position 6): save it as UTF-8 and try again.'
    )


def test_decode_document_rejects_many_control_characters() -> None:
    with pytest.raises(UnreadableDocumentError, match=r'^"a.txt" looks like a binary file'):
        decode_document(b"ab\x01\x02\x03cdefgh" * 10, name="a.txt")


# --- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "img.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            '"img.txt" looks like a binary file, not text: '
            "use a .txt, .md or .html file saved as UTF-8 text.",
        ),
        (
            "x.txt",
            b"hello world \xff!",
            '"x.txt" is not valid UTF-8 text (byte 0xff at position 12): save it as UTF-8 and try again.',
        ),
        ("empty.txt", b"", '"empty.txt" is empty: add the article text and try again.'),
        ("blank.md", b"  \n\n\t\n", '"blank.md" is empty: add the article text and try again.'),
        (
            "stubs.txt",
            b"Posted on\n\nBy Jane Doe\n\nJan. 8, 2020\n",
            '"stubs.txt" has no article text, only a headline, bylines or dates: '
            "add the article body and try again.",
        ),
        (
            "scripts.html",
            b"<html><head><script>var a = 'text';</script><style>p{}</style></head>"
            b"<body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav></body></html>",
            '"scripts.html" has no article text (only scripts, navigation or markup): '
            "save the page with its article, or paste the article text instead.",
        ),
        ("notes.pdf", b"%PDF-1.4", '"notes.pdf" is not a supported article file: use .txt, .md or .html.'),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    with pytest.raises(UnreadableDocumentError) as error:
        load_article(_write(tmp_path, name, content))
    assert str(error.value) == message


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(ArticleNotFoundError) as error:
        load_article(missing)
    assert str(error.value) == f'"{missing}" does not exist: check the path and try again.'


def test_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"a" * (1024 * 1024 + 1))
    with pytest.raises(UnreadableDocumentError) as error:
        load_article(path, max_bytes=1024 * 1024)
    assert (
        str(error.value)
        == '"big.txt" is larger than the 1 MB limit: keep only the article text and try again.'
    )


def test_folder_is_not_an_article(tmp_path: Path) -> None:
    folder = tmp_path / "news.txt"
    folder.mkdir()
    with pytest.raises(
        UnreadableDocumentError, match=r'^"news.txt" is a folder, not an article file: pass a'
    ):
        load_article(folder)


# --- HTML --------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Iran fires missiles | Daily News</title>
<style>p { color: red; }</style><script>var tracking = "script text";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<header><div class="logo">Daily News</div></header>
<article>
<h1>Iran fires missiles at bases in Iraq</h1>
<p>WASHINGTON – Iran may have intentionally missed targets on bases in Iraq to avoid significant U.S.
casualties, according to U.S. government sources.</p>
<p>The attack caused no casualties and limited damage, the source said. More than 1,500 troops are housed
at the two bases.</p>
<p>President Donald Trump said Iran “appears to be standing down.”</p>
</article>
<aside><h3>Most read</h3><p>Celebrity gossip you will not believe.</p></aside>
<footer><p>© 2020 Daily News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_html_keeps_only_the_article_paragraphs(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "page.html", PAGE))
    assert article.id == "page"
    assert article.title == "Iran fires missiles at bases in Iraq"
    assert article.text == (
        "WASHINGTON – Iran may have intentionally missed targets on bases in Iraq to avoid significant U.S. "
        "casualties, according to U.S. government sources.\n\n"
        "The attack caused no casualties and limited damage, the source said. More than 1,500 troops are "
        "housed at the two bases.\n\n"
        "President Donald Trump said Iran “appears to be standing down.”"
    )


def test_short_html_page_keeps_its_paragraphs(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>Short page</title></head><body>'
        "<p>First <b>bold</b>\n  paragraph.</p><div><p>Second<br>paragraph.</p></div></body></html>"
    )
    article = load_article(_write(tmp_path, "short.htm", page))
    assert (article.title, article.text) == ("Short page", "First bold paragraph.\n\nSecond paragraph.")


# --- corpora -----------------------------------------------------------------------------------------


def test_load_corpus_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", "Bee Title\n\nBee body.")
    _write(tmp_path, "sub/a.md", "# Ay Title\n\nAy body.")
    _write(tmp_path, "c.TXT", "Sea Title\n\nSea body.")
    _write(tmp_path, ".hidden.txt", "Hidden body.")
    _write(tmp_path, ".cache/d.txt", "Cached body.")
    _write(tmp_path, "notes.pdf", "%PDF")
    articles = load_corpus(tmp_path)
    assert [article.id for article in articles] == ["b", "c", "a"]
    assert [article.title for article in articles] == [
        "Bee Title",
        "Sea Title",
        "Ay Title",
    ]


def test_load_corpus_rejects_duplicate_ids(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Body one.")
    _write(tmp_path, "A.md", "Body two.")
    with pytest.raises(UnreadableDocumentError, match=r'^"A.md" and "a.txt" both get the article id "a"'):
        load_corpus(tmp_path)


def test_load_corpus_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleNotFoundError, match="is not a folder: check the corpus path"):
        load_corpus(tmp_path / "nope")


def test_load_corpus_default_corpus() -> None:
    assert [article.id for article in load_corpus(ROOT / "corpus")] == ["iran-missile-strike-warning-shot"]


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".html", ".htm")


# --- benchmark articles ------------------------------------------------------------------------------


def _benchmark(name: str) -> Path:
    folder = BENCHMARKS / name
    if not folder.is_dir():
        pytest.skip(f"benchmark not found at {folder}")
    return folder


def test_quail_articles_title_is_first_line_and_body_is_the_rest() -> None:
    folder = _benchmark("quail_news")
    articles = load_corpus(folder / "articles")
    assert len(articles) == 30
    for article in articles:
        first_line, rest = Path(article.source).read_text(encoding="utf-8").split("\n", 1)
        assert article.title == first_line.strip()
        assert article.text == rest.strip()


def test_squad_articles_have_no_title_line_and_keep_every_paragraph() -> None:
    folder = _benchmark("squad2_dev")
    articles = load_corpus(folder / "articles")
    assert len(articles) == 166
    for article in articles:
        assert article.text == Path(article.source).read_text(encoding="utf-8").strip()
    assert articles[0].title == "Squad 1973 oil crisis 000"


@pytest.mark.parametrize("name", ["quail_news", "squad2_dev"])
def test_every_evidence_passage_is_in_its_article_body(name: str) -> None:
    folder = _benchmark(name)
    articles = {article.id: article for article in load_corpus(folder / "articles")}
    missing = []
    with (folder / "questions.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            question = json.loads(line)
            body = articles[article_id_for(Path(question["article"]))].text
            missing += [(question["id"], item) for item in question["evidence"] if item not in body]
    assert missing == []

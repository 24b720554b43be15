"""Tests for rag.segmenting: exact offsets, nothing lost, and the hard cases of news text."""

from __future__ import annotations

import time

import pytest

from rag.loading import load_article, load_corpus
from rag.schema import Article, Sentence
from rag.segmenting import segment
from tests.conftest import BENCHMARKS, DEFAULT_ARTICLE


def _article(text: str) -> Article:
    return Article(id="a", title="t", source="test", text=text, sha256="")


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in segment(_article(text))]


def _assert_exact_cover(article: Article, sentences: list[Sentence]) -> None:
    """Offsets are exact, ordered, non-overlapping, stripped, and cover every non-space character."""
    text = article.text
    previous_end = 0
    covered = bytearray(len(text))
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert sentence.article_id == article.id
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() != ""
        assert sentence.start >= previous_end
        previous_end = sentence.end
        covered[sentence.start : sentence.end] = b"\x01" * (sentence.end - sentence.start)
    lost = [char for char, hit in zip(text, covered, strict=True) if not hit and not char.isspace()]
    assert lost == []


def test_default_article_sentences() -> None:
    article = load_article(DEFAULT_ARTICLE)
    sentences = segment(article)
    _assert_exact_cover(article, sentences)
    texts = [sentence.text for sentence in sentences]
    assert len(texts) == 14
    assert texts[0] == (
        "WASHINGTON – Iran may have intentionally missed targets on bases in Iraq to avoid significant "
        "U.S. casualties and damage to infrastructure, according to U.S. government sources."
    )
    assert texts[2] == (
        "The attack, the official said, was designed mainly for a domestic audience to show Iranians that "
        "the regime was responding to the killing last week of Iranian Gen. Qasem Soleimani."
    )
    assert texts[8] == (
        "The state-run Iran Press news agency showed footage Jan. 8 of what it said were rockets launched "
        "from the Islamic republic against the military base al Assad in Iraq."
    )
    assert texts[9] == (
        "Tuesday’s attack did not kill or wound any U.S. troops, President Donald Trump "
        "confirmed\xa0Wednesday in a live address to the nation."
    )
    assert texts[10] == "He described the damage done by the missiles as “minimal.”"
    assert texts[11] == "Iran, Trump said, “appears to be standing down.”"
    assert texts[13] == "The opening may be short-lived, he\xa0said."
    assert sentences[13].id == "iran-missile-strike-warning-shot:13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abbreviations that never end a sentence.
        (
            "Iranian Gen. Qasem Soleimani was killed. Mr. Smith met Dr. Jones on St. Mark's Square.",
            ["Iranian Gen. Qasem Soleimani was killed.", "Mr. Smith met Dr. Jones on St. Mark's Square."],
        ),
        ("Iran fired on Jan. 8 at 1:30 a.m. local time.", ["Iran fired on Jan. 8 at 1:30 a.m. local time."]),
        ("He wore No. 5 all season. It fit.", ["He wore No. 5 all season.", "It fit."]),
        # U.S. mid-sentence, and ending a sentence before a sentence starter.
        (
            "U.S. troops told the U.S. Congress nothing. Then it rained.",
            ["U.S. troops told the U.S. Congress nothing.", "Then it rained."],
        ),
        ("He moved to the U.S. He was 5.", ["He moved to the U.S.", "He was 5."]),
        (
            "It starts at 8 a.m. on Tuesday and ends at 5 p.m. The hall then closes.",
            ["It starts at 8 a.m. on Tuesday and ends at 5 p.m.", "The hall then closes."],
        ),
        (
            "Bring tools, e.g. hammers, i.e. heavy ones, etc. and more. Apples, pears, etc. The end.",
            ["Bring tools, e.g. hammers, i.e. heavy ones, etc. and more.", "Apples, pears, etc.", "The end."],
        ),
        # Initials and decimals.
        (
            "J. R. R. Tolkien met George W. Bush. They talked.",
            ["J. R. R. Tolkien met George W. Bush.", "They talked."],
        ),
        (
            "Growth was 3.5 percent, or $1.2 billion. Good.",
            ["Growth was 3.5 percent, or $1.2 billion.", "Good."],
        ),
        (
            "Pompeo meets a top N. Korean official. Talks follow.",
            ["Pompeo meets a top N. Korean official.", "Talks follow."],
        ),
        # Ellipses.
        (
            "We wait... and see. He left... The next day he came back.",
            ["We wait... and see.", "He left...", "The next day he came back."],
        ),
        ("They waited … and waited. Done.", ["They waited … and waited.", "Done."]),
        # URLs and e-mail addresses.
        (
            "Visit https://example.com/a.b?x=1 or mail jane.doe@example.org today. Then stop.",
            ["Visit https://example.com/a.b?x=1 or mail jane.doe@example.org today.", "Then stop."],
        ),
        # Closing quotes and brackets stay with their sentence.
        ("He said, “It is over.” Then he left.", ["He said, “It is over.”", "Then he left."]),
        ('He said, "It is over." Then he left.', ['He said, "It is over."', "Then he left."]),
        (
            "She said ‘Fine.’ And (she left.) Then rain.",
            ["She said ‘Fine.’", "And (she left.)", "Then rain."],
        ),
        # Question and exclamation marks.
        (
            '"Why?" he asked. Why not? Because! Really?! Yes.',
            ['"Why?" he asked.', "Why not?", "Because!", "Really?!", "Yes."],
        ),
        (
            '"Stop the Witch Hunt!" Trump tweeted on Sunday. He left.',
            ['"Stop the Witch Hunt!" Trump tweeted on Sunday.', "He left."],
        ),
        # No final period; headlines between blank lines.
        ("No final period here", ["No final period here"]),
        (
            "Headline Without Period\n\nBody sentence one. Body two",
            ["Headline Without Period", "Body sentence one.", "Body two"],
        ),
        # Numbered and bulleted lists, markdown headings, heading lines.
        (
            "Steps:\n1. First item\n2. Second item\n3. Third item.",
            ["Steps:", "1. First item", "2. Second item", "3. Third item."],
        ),
        (
            "## Heading\nSome text under it. More.\n- bullet one\n- bullet two",
            ["## Heading", "Some text under it.", "More.", "- bullet one", "- bullet two"],
        ),
        (
            "Background\nThe war began in 1990. It ended.",
            ["Background", "The war began in 1990.", "It ended."],
        ),
        # Soft wraps inside a paragraph are not sentence ends.
        (
            "Line one is long and wraps\nonto a second line. Second sentence.",
            ["Line one is long and wraps\nonto a second line.", "Second sentence."],
        ),
        (
            "He met President Donald\nTrump on Tuesday. Yes.",
            ["He met President Donald\nTrump on Tuesday.", "Yes."],
        ),
        # Windows line endings and unicode.
        (
            "Text ends here.\r\nNext line starts.\r\n\r\nNew para.",
            ["Text ends here.", "Next line starts.", "New para."],
        ),
        (
            "Café crème costs €3.50. Ünïcödé works! Straße.",
            ["Café crème costs €3.50.", "Ünïcödé works!", "Straße."],
        ),
        # Wikipedia footnote marks stay with the sentence they annotate.
        (
            "The Americas.[citation needed] A group of Huguenots. Done.[1] Next.",
            ["The Americas.[citation needed]", "A group of Huguenots.", "Done.[1]", "Next."],
        ),
        # A space lost in scraping between a word and the next sentence; dotted abbreviations stay whole.
        (
            "They met at the talks.Reports say it lasts. He joined the U.S.Army base.",
            ["They met at the talks.", "Reports say it lasts.", "He joined the U.S.Army base."],
        ),
        # Empty and blank text have no sentences.
        ("", []),
        (" \n\n\t ", []),
    ],
)
def test_hard_cases(text: str, expected: list[str]) -> None:
    article = _article(text)
    sentences = segment(article)
    _assert_exact_cover(article, sentences)
    assert [sentence.text for sentence in sentences] == expected


def test_unwrapped_paragraph_lines_end_sentences() -> None:
    """One paragraph per line (no blank lines): a newline after a long line is a real line break."""
    first = (
        "The FBI is determined to avoid repeating the mistakes identified in the report, "
        "Wray said, adding more"
    )
    text = f"{first}\nThe comments followed the release of the report. It was long."
    assert _texts(text) == [first, "The comments followed the release of the report.", "It was long."]


def test_offsets_point_into_the_text() -> None:
    text = "First one.  Second one?\n\n  Third one"
    sentences = segment(_article(text))
    assert [(s.start, s.end) for s in sentences] == [(0, 10), (12, 23), (27, 36)]


def _benchmark_articles() -> list[Article]:
    if not BENCHMARKS.is_dir():
        pytest.skip(f"benchmarks not found at {BENCHMARKS}")
    return load_corpus(BENCHMARKS / "quail_news" / "articles") + load_corpus(
        BENCHMARKS / "squad2_dev" / "articles"
    )


def test_benchmark_articles_offsets_exact_and_nothing_lost() -> None:
    articles = _benchmark_articles()
    assert len(articles) == 196
    started = time.perf_counter()
    segmented = [(article, segment(article)) for article in articles]
    elapsed = time.perf_counter() - started
    for article, sentences in segmented:
        _assert_exact_cover(article, sentences)
    assert elapsed < 1.0

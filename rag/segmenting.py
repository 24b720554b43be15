"""Split an article into sentences with exact character offsets.

Citations quote sentences word for word and the UI highlights them by offset, so segmentation must never
lose or alter a character: every sentence is a slice of ``article.text``, and every non-whitespace
character belongs to exactly one sentence.

The scanner is rule-based and self-contained:

1. The text is cut into *chunks* at paragraph breaks (blank lines), before list items and around heading
   lines. A single newline inside a paragraph is otherwise a soft wrap, unless the paragraph is not
   hard-wrapped at all (a line longer than any wrap width), where every newline is a line break.
2. Inside a chunk, every run of ``.``, ``!``, ``?`` or ``…`` followed (after closing quotes, brackets and
   footnote marks) by whitespace is a *candidate* boundary.
3. Each candidate is kept or dropped by looking at the word before it (abbreviation, initial, number) and
   the words after it (lowercase continuation, common sentence starter, "Trump said" after a quote).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rag.schema import Article, Sentence


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words of ``text`` (keeps word lists readable)."""
    return frozenset(text.split())


# Sentence-final punctuation, then closing quotes/brackets and footnote marks such as "[citation needed]"
# or page references such as ":116", then whitespace or the end of the chunk. Requiring whitespace keeps
# decimals, URLs, e-mails and "U.S.-Mexico" whole.
_CANDIDATE = re.compile(r"(?P<punct>[.!?…]+)(?:[\"'”’»)\]]|\[[^\[\]\n]{1,40}\]|:\d[\d–-]*)*(?=\s|$)")

# A period with no space after it, between a lowercase word and a capitalised one, is a lost space in
# scraped text ("at the preparation talks.Reports say"); "U.S.Army" or "Ph.D" keep their capitals.
_RUN_ON = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,}\b)")

_OPENERS = "\"'“‘«([¿¡"
_CLOSERS = "\"'”’»)]"

# Abbreviations are matched case-sensitively ("Mass." is a state, "mass." a word), as usually written.
# These are followed by a name or a number, so they never end a sentence.
_NEVER_ENDS = _words(
    """
    Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Rev Hon Pres Supt
    Insp Det St Mt Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec e.g i.e cf viz vs v c ca
    """
)

# Abbreviations that point at a number ("No. 5", "Vol. 2", "p. 12"); elsewhere they are plain words.
_BEFORE_NUMBER = _words("No Nos no Vol Vols vol Fig Figs fig p pp Art art Ch ch Sec sec approx max min")

# Abbreviations that may end a sentence: the sentence ends only if a common sentence starter follows.
_MAY_END = _words(
    """
    etc Inc Ltd Co Corp LLC Plc Bros Jr Sr al approx est Dept Govt Univ Ave Blvd Rd
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
    Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
    """
)

# Dotted abbreviations such as "U.S", "a.m", "Ph.D", "H.Con.Res" (the final period is not part of the word).
_DOTTED = re.compile(r"(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}")

# Words that usually open a sentence and rarely continue a name; after "U.S." or "a.m." they mean the
# abbreviation also ended the sentence ("He moved to the U.S. He was 5.").
_STARTERS = _words(
    """
    a an the this that these those there here it its he his him she her they their them we our us i my
    you your but and or so yet still however meanwhile also then now later in on at for from with after
    before during since when while if as although though because once some many most several all both
    each every no nor not one other another such what who why how where which even instead thus
    therefore moreover indeed today of again to
    """
)

# After a closing quote, a name and a speech verb continue the same sentence:
# '"... Witch Hunt!" Trump tweeted on Sunday.'
_ATTRIBUTION = re.compile(
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+"
    r"(?:said|says|asked|asks|added|adds|wrote|writes|tweeted|told|replied|explained|insisted|shouted)\b"
)
_LIST_ITEM = re.compile(r"(?:[-*+•–]|\d{1,3}[.)])\s+\S")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
_TOKEN = re.compile(r"\s*(\S*)")
_NEXT_WORD = re.compile(r"[^\W\d_]*")
_INITIAL = re.compile(r"[A-Z]\.(?:\s|$)")
_SENTENCE_END = ".!?…"
_TERMINAL = _SENTENCE_END + ":;,"
_SHORT_LINE = 60  # longest line that can be a heading
_WRAP_WIDTH = 100  # a paragraph with a longer line is not hard-wrapped: each newline is a line break


def segment(article: Article) -> list[Sentence]:
    """Split ``article.text`` into sentences whose ``text`` is exactly ``article.text[start:end]``.

    Args:
        article: The article to split.

    Returns:
        The sentences in text order, 0-indexed, stripped of surrounding whitespace.
    """
    text = article.text
    sentences: list[Sentence] = []
    for chunk_start, chunk_end in _chunks(text):
        for start, end in _sentence_spans(text, chunk_start, chunk_end):
            sentences.append(Sentence(article.id, len(sentences), start, end, text[start:end]))
    return sentences


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Yield spans that no sentence crosses: paragraphs, list items, heading lines.

    Inside a paragraph, a newline is a soft wrap unless the paragraph is not hard-wrapped at all (one
    line per paragraph, as in many scraped articles) or a list item or heading starts or ends there.
    """
    for block in _paragraphs(text):
        lines = [text[start:end].strip() for start, end in block]
        width = max(map(len, lines))
        headings = [_is_heading(lines, i, width) for i in range(len(lines))]
        chunk_start = block[0][0]
        for i in range(1, len(block)):
            if width > _WRAP_WIDTH or headings[i - 1] or headings[i] or _LIST_ITEM.match(lines[i]):
                yield chunk_start, block[i - 1][1]
                chunk_start = block[i][0]
        yield chunk_start, block[-1][1]


def _paragraphs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Yield the (start, end) spans of the lines of each paragraph; blank lines separate paragraphs."""
    block: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            block.append((start, end))
        elif block:
            yield block
            block = []
        start = end + 1
    if block:
        yield block


def _is_heading(lines: list[str], i: int, width: int) -> bool:
    """Whether line ``i`` of a paragraph is a heading rather than a soft-wrapped part of a sentence.

    A markdown heading always is. Otherwise a short line without final punctuation is one when it
    starts the paragraph or follows a finished sentence, the next line starts like a sentence, and the
    first word of the next line would have fitted on it (so the break is not a soft wrap).
    """
    line = lines[i]
    if _MARKDOWN_HEADING.match(line):
        return True
    if i + 1 == len(lines) or len(line) > _SHORT_LINE or line.rstrip(_CLOSERS).endswith(tuple(_TERMINAL)):
        return False
    following = lines[i + 1]
    opening = following.lstrip(_OPENERS)[:1]
    if not (opening.isupper() or opening.isdigit()):
        return False
    if i > 0 and not lines[i - 1].rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END + ":")):
        return False
    return len(line) + 1 + len(following.split()[0]) <= width


def _sentence_spans(text: str, chunk_start: int, chunk_end: int) -> Iterator[tuple[int, int]]:
    """Yield the stripped sentence spans of one chunk."""
    ends = [
        match.end()
        for match in _CANDIDATE.finditer(text, chunk_start, chunk_end)
        if match.end() < chunk_end and _ends_sentence(text, chunk_start, chunk_end, match)
    ]
    ends += [match.end() for match in _RUN_ON.finditer(text, chunk_start, chunk_end)]
    start = chunk_start
    for end in sorted(ends):
        yield from _stripped(text, start, end)
        start = end
    yield from _stripped(text, start, chunk_end)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` without surrounding whitespace, or nothing if the span is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _ends_sentence(text: str, chunk_start: int, chunk_end: int, match: re.Match[str]) -> bool:
    """Decide whether a candidate really ends a sentence, from the words on either side."""
    punct = match.group("punct")
    following = _next_token(text, match.end(), chunk_end).lstrip(_OPENERS)
    if not following or following[0].islower():
        return False  # "wait... and see", '"Why?" he asked', "U.S. troops", "a.m. on Tuesday"
    next_word = _NEXT_WORD.match(following)
    next_key = next_word.group().lower() if next_word else ""
    closing = match.group()[len(punct) :]
    if (
        any(quote in closing for quote in "\"'”’»")
        and next_key not in _STARTERS
        and _ATTRIBUTION.match(text, match.end(), chunk_end)
    ):
        return False
    if "?" in punct or "!" in punct:
        return True
    if len(punct) > 1 or punct == "…":  # an ellipsis ends a sentence before a capital letter only
        return following[0].isupper()
    if not following[0].isalnum():
        return False  # ". . ." written with spaces, or a dash continuing the sentence
    return _period_ends_sentence(text, chunk_start, match.start(), following, next_key)


def _period_ends_sentence(text: str, chunk_start: int, period: int, following: str, next_key: str) -> bool:
    """Decide a single period followed by a capital letter or a digit, from the word it closes."""
    word_start = period
    while word_start > chunk_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period].strip(_OPENERS + _CLOSERS)
    if word in _NEVER_ENDS:
        return False
    if word in _BEFORE_NUMBER and following[0].isdigit():
        return False
    if word.isdigit() and len(word) <= 3 and _opens_list(text, chunk_start, word_start):
        return False  # "1. First item"
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush", "J. R. R. Tolkien"
        return not _INITIAL.match(following) and next_key in _STARTERS
    if word in _MAY_END or _DOTTED.fullmatch(word):
        return next_key in _STARTERS
    return True


def _next_token(text: str, position: int, chunk_end: int) -> str:
    """Return the whitespace-delimited token after ``position`` inside the chunk."""
    match = _TOKEN.match(text, position, chunk_end)
    return match.group(1) if match else ""


def _opens_list(text: str, chunk_start: int, word_start: int) -> bool:
    """Whether a number at ``word_start`` is a list marker: it opens the chunk or follows a colon."""
    before = text[chunk_start:word_start].rstrip()
    return not before or before.endswith(":")

"""Read article files (.txt, .md, .html) and pasted text into :class:`~rag.schema.Article` values.

``Article.text`` is the article body only, and it is the exact text that sentence offsets point into,
so the loader never reflows or rewrites it: apart from normalising ``\\r\\n`` to ``\\n``, it only trims
whole lines of page furniture from the start and the end (bylines, dates, the headline, which becomes
the title, and related-link teasers). The rules are general, so any scraped article loads the same way.

Input that cannot be read as text is rejected with an error that names the file and says what to do;
the loader never guesses an encoding.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rag.errors import ArticleNotFoundError, UnreadableDocumentError
from rag.schema import Article

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm")
_SUPPORTED_NAMES = ".txt, .md or .html"


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words of ``text`` (keeps word lists readable)."""
    return frozenset(text.split())


_MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
_DATE_WORDS = (
    _MONTHS
    | _WEEKDAYS
    | _words(
        "am pm a.m p.m et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist ago today "
        "yesterday just now at on updated published posted second seconds minute minutes min mins hour "
        "hours hr hrs day days week weeks month months year years st nd rd th"
    )
)
_DATE_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+|\S")
_STAMP = re.compile(
    r"(?:posted|published|updated|last\s+updated|last\s+modified|first\s+published|modified)\b"
    r"(?:\s+(?:on|at))?\s*:?\s*(?P<rest>.*)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:(?:written|reporting|story|words|text)\s+)?by\s+(?P<rest>\S.*)", re.IGNORECASE)
_NAME_CONNECTORS = _words("and & with de da del der van von la le bin al")
_STUB = re.compile(
    r"advertisement|sponsored( content)?|share( this( article| story)?)?|\d*\s*comments?|print|"
    r"listen( to (this )?(article|story))?|\d+\s*min(ute)?s?\s+read|skip to (main )?content",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"(?:read more|related|see also|also read|read next|more on this|recommended|watch|listen|"
    r"follow us|sign up|subscribe|share this)(?:\s*[:|»>–—-].*)?|(?:©|copyright\s*(?:©|\(c\)|\d{4})).*",
    re.IGNORECASE,
)
# Control characters other than tab and line breaks: text files have few, binary files many.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LIST_ITEM = re.compile(r"(?:[-*+•–]|\d{1,3}[.)])\s+\S")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+(?P<title>.*?)\s*#*")
_CLOSERS = "\"'”’»)]"
_FURNITURE_CHARS = 120  # furniture lines (bylines, dates, teasers) are short
_HEADLINE_CHARS = 200
_HEADLINE_WORDS = 30


def load_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file: .txt or .md as text, .html through an article extractor.

    Args:
        path: The file; ``Article.source`` is ``str(path)`` as given (resolve it first if needed).
        max_bytes: Largest file accepted, so a stray huge file cannot stall ingestion.

    Returns:
        The article; its id is :func:`article_id_for` of the path.

    Raises:
        ArticleNotFoundError: The path does not exist.
        UnreadableDocumentError: The file is a folder, unsupported, too large, empty, binary, not UTF-8,
            or holds no article text.
    """
    name = path.name
    if not path.exists():
        raise ArticleNotFoundError(f'"{path}" does not exist: check the path and try again.')
    if path.is_dir():
        raise UnreadableDocumentError(
            f'"{name}" is a folder, not an article file: pass a {_SUPPORTED_NAMES} file.'
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocumentError(f'"{name}" is not a supported article file: use {_SUPPORTED_NAMES}.')
    if path.stat().st_size > max_bytes:
        raise UnreadableDocumentError(
            f'"{name}" is larger than the {max_bytes / 1024 / 1024:.3g} MB limit: '
            "keep only the article text and try again."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocumentError(
            f'"{name}" cannot be read ({error.strerror}): check its permissions and try again.'
        ) from error
    text = decode_document(data, name=name)
    _require_text(text, name)
    article_id = article_id_for(path)
    if suffix in _HTML_SUFFIXES:
        title, body = _article_from_html(text, name=name)
    else:
        title, body = _split_article(text, title=None, name=name)
    return _article(article_id, title or _title_from_stem(path.stem), str(path), body)


def load_corpus(folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read every supported file below ``folder`` (recursively, sorted by path, hidden files skipped).

    An unreadable file fails the whole corpus, naming that file, rather than silently going missing.

    Args:
        folder: The corpus folder.
        max_bytes: Largest file accepted, as in :func:`load_article`.

    Returns:
        The articles in path order; empty if the folder holds no supported file.

    Raises:
        ArticleNotFoundError: ``folder`` is not an existing folder.
        UnreadableDocumentError: A file cannot be read, or two files would get the same article id.
    """
    if not folder.is_dir():
        raise ArticleNotFoundError(f'"{folder}" is not a folder: check the corpus path and try again.')
    paths = sorted(
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in SUPPORTED_SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    articles = [load_article(path, max_bytes=max_bytes) for path in paths]
    seen: dict[str, Article] = {}
    for article in articles:
        if article.id in seen:
            first = Path(seen[article.id].source).name
            raise UnreadableDocumentError(
                f'"{first}" and "{Path(article.source).name}" both get the article id "{article.id}": '
                "rename one of them."
            )
        seen[article.id] = article
    return articles


def article_from_text(text: str, *, title: str | None, source: str, article_id: str) -> Article:
    """Build an article from pasted text or an upload already decoded with :func:`decode_document`.

    The same furniture rules as for files apply. Without a ``title``, a leading headline line becomes the
    title, or else one is made from ``article_id``; with one, a leading line repeating it is dropped.

    Args:
        text: The article text.
        title: Its title, if the caller knows it.
        source: Where it came from (a file name, a URL, "pasted text"); named in errors.
        article_id: The id to store it under.

    Raises:
        UnreadableDocumentError: The text is empty or holds only page furniture.
    """
    text = text.removeprefix("\ufeff")
    _require_text(text, source)
    found_title, body = _split_article(text, title=title, name=source)
    return _article(article_id, found_title or _title_from_stem(article_id), source, body)


def decode_document(data: bytes, *, name: str) -> str:
    """Decode file bytes as strict UTF-8 (a byte order mark is allowed), refusing to guess.

    Args:
        data: The raw bytes.
        name: The file name, for the error message.

    Raises:
        UnreadableDocumentError: The bytes look binary (NUL bytes, many control characters) or are not
            valid UTF-8.
    """
    binary = UnreadableDocumentError(
        f'"{name}" looks like a binary file, not text: use a {_SUPPORTED_NAMES} file saved as UTF-8 text.'
    )
    if b"\x00" in data:
        raise binary
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[offset:].decode("utf-8")
    except UnicodeDecodeError as error:
        position = error.start + offset
        raise UnreadableDocumentError(
            f'"{name}" is not valid UTF-8 text (byte 0x{data[position]:02x} at position {position}): '
            "save it as UTF-8 and try again."
        ) from error
    if len(_CONTROL.findall(text)) > len(text) / 100:
        raise binary
    return text


def article_id_for(path: Path) -> str:
    """Return the article id of a file: its stem as a lowercase ``[a-z0-9-]`` slug.

    ``"Iran Strike_2020.txt"`` gives ``"iran-strike-2020"``. A stem with no ASCII letter or digit gets a
    stable id from its hash, so every file still has one.
    """
    ascii_stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")
    return slug or "article-" + hashlib.sha256(path.stem.encode()).hexdigest()[:8]


def _article(article_id: str, title: str, source: str, body: str) -> Article:
    """Assemble an article; ``sha256`` fingerprints the body so re-ingesting skips unchanged text."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Article(id=article_id, title=title, source=source, text=body, sha256=digest)


def _require_text(text: str, name: str) -> None:
    """Reject text with nothing but whitespace in it."""
    if not text.strip():
        raise UnreadableDocumentError(f'"{name}" is empty: add the article text and try again.')


def _title_from_stem(stem: str) -> str:
    """Make a readable title from a file stem or id: ``"iran-strike_2020"`` gives ``"Iran strike 2020"``."""
    words = re.sub(r"[-_\s]+", " ", stem).strip()
    return words[:1].upper() + words[1:]


# --- plain text and markdown -------------------------------------------------------------------------


def _split_article(text: str, *, title: str | None, name: str) -> tuple[str | None, str]:
    """Split text into its title and its body, an exact slice of the text without page furniture.

    Args:
        text: The decoded text.
        title: The known title, or None to take a leading headline line as the title.
        name: The file or source name, for the error message.

    Returns:
        The title (None if none was found) and the body.
    """
    text = text.replace("\r\n", "\n")
    lines = [(start, end, text[start:end].strip()) for start, end in _line_spans(text)]
    content = [i for i, (_, _, line) in enumerate(lines) if line]
    start = _body_start(lines, content, title)
    if start is None:
        raise UnreadableDocumentError(
            f'"{name}" has no article text, only a headline, bylines or dates: '
            "add the article body and try again."
        )
    found_title, first = start
    body_lines = [i for i in content if i >= first]
    while len(body_lines) > 1 and _is_teaser(lines, body_lines[-1]):
        body_lines.pop()
    return found_title, text[lines[body_lines[0]][0] : lines[body_lines[-1]][1]].strip()


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) span of every line, without its newline."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _body_start(
    lines: list[tuple[int, int, str]], content: list[int], title: str | None
) -> tuple[str | None, int] | None:
    """Find the title and the first body line, skipping leading furniture; None if no body is left."""
    found_title = title
    wanted = _normalised(title) if title else None
    for position, i in enumerate(content):
        line = lines[i][2]
        if _is_furniture(line):
            continue
        if wanted is not None and _normalised(_headline_text(line)) == wanted:
            wanted = None  # the known title repeated at the top of the text
            continue
        if (
            found_title is None
            and _is_headline(line)
            and any(not _is_furniture(lines[j][2]) for j in content[position + 1 :])
        ):
            found_title = _headline_text(line)
            continue
        return found_title, i
    return None


def _is_headline(line: str) -> bool:
    """Whether a line reads as a headline: short, no sentence-final punctuation, not a list item."""
    if _MARKDOWN_HEADING.fullmatch(line):
        return True
    return (
        len(line) <= _HEADLINE_CHARS
        and len(line.split()) <= _HEADLINE_WORDS
        and any(char.isalpha() for char in line)
        and not line.rstrip(_CLOSERS).endswith((".", "!", "?", ":", ";", ","))
        and not _LIST_ITEM.match(line)
    )


def _headline_text(line: str) -> str:
    """Return a headline line as a title: markdown ``#`` marks removed, whitespace collapsed."""
    heading = _MARKDOWN_HEADING.fullmatch(line)
    return " ".join((heading.group("title") if heading else line).split())


def _normalised(text: str) -> str:
    """Compare titles case- and space-insensitively."""
    return " ".join(text.split()).casefold()


def _is_furniture(line: str) -> bool:
    """Whether a leading line is a byline, a date/time stamp or a share/ad stub rather than text."""
    if len(line) > _FURNITURE_CHARS:
        return False
    if _STUB.fullmatch(line) or _is_date(line):
        return True
    stamp = _STAMP.fullmatch(line)
    if stamp and (not stamp["rest"] or _is_date(stamp["rest"]) or _is_byline(stamp["rest"])):
        return True
    return _is_byline(line)


def _is_byline(line: str) -> bool:
    """Whether a line is "By Jane Doe and John Roe, USA TODAY" (names, maybe a date; no sentence)."""
    byline = _BYLINE.fullmatch(line)
    if not byline:
        return False
    for token in re.split(r"[\s,|·•/]+", byline["rest"].strip()):
        if token and not (token[0].isupper() or token.lower() in _NAME_CONNECTORS or _is_date_token(token)):
            return False
    return not line.rstrip(_CLOSERS).endswith(("!", "?"))


def _is_date(text: str) -> bool:
    """Whether text is only a date, a time or "3 hours ago" ("Jan. 8, 2020 10:31 a.m. ET")."""
    tokens = _DATE_TOKEN.findall(text)
    anchored = any(token.isdigit() or token.lower().rstrip(".") in _MONTHS | _WEEKDAYS for token in tokens)
    return anchored and all(_is_date_token(token) for token in tokens)


def _is_date_token(token: str) -> bool:
    """Whether a token can be part of a date or time."""
    return bool(
        re.fullmatch(r"\d+(?:st|nd|rd|th)?|[-–—,:/|·•().]", token)
        or token.lower().rstrip(".") in _DATE_WORDS
        or re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?|\d{4}-\d{2}-\d{2}", token)
    )


def _is_teaser(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the last body line is a related-link teaser, a credit or a copyright notice.

    "Read more: ...", "Related: ..." and copyright lines always are. A short line of its own (after a
    blank line) without sentence-final punctuation is one too, like "What we know about bases:Trump,
    Pence have visited bases attacked by missiles": articles end with a sentence.
    """
    line = lines[i][2]
    if len(line) > _FURNITURE_CHARS * 2:
        return False
    if _TEASER.fullmatch(line) or _STUB.fullmatch(line):
        return True
    standalone = i > 0 and not lines[i - 1][2]
    return (
        standalone
        and len(line) <= _FURNITURE_CHARS
        and not line.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))
        and not _LIST_ITEM.match(line)
    )


# --- HTML -------------------------------------------------------------------------------------------

# Page furniture that is never article text, whatever the extractor thinks. A <header> inside the
# article usually holds its headline, so only page-level headers go.
_HTML_NOISE = (
    "//script|//style|//noscript|//template|//nav|//aside|//footer|//form|//iframe|//svg|//button"
    "|//header[not(ancestor::article or ancestor::main)]"
)
_SHORT_PAGE_CHARS = 250  # below this much text trafilatura falls back to its baseline (MIN_EXTRACTED_SIZE)
_FALLBACK_BLOCKS = _words("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th div")


def _article_from_html(html: str, *, name: str) -> tuple[str | None, str]:
    """Extract the title and the main text of an HTML page; paragraphs are separated by blank lines."""
    from lxml import etree
    from lxml import html as lxml_html

    unreadable = UnreadableDocumentError(
        f'"{name}" has no article text (only scripts, navigation or markup): '
        "save the page with its article, or paste the article text instead."
    )
    try:
        tree = lxml_html.document_fromstring(
            html.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError) as error:
        raise unreadable from error
    for element in tree.xpath(_HTML_NOISE):
        element.drop_tree()
    blocks, title = _trafilatura_blocks(tree)
    if sum(len(block) for _, block in blocks) < _SHORT_PAGE_CHARS:
        # trafilatura rescues short pages with a baseline that cuts inline markup into separate lines;
        # the block elements of a page this short are its paragraphs.
        blocks = _fallback_blocks(tree) or blocks
    if not blocks:
        raise unreadable
    if blocks[0][0] == "heading":
        title = blocks.pop(0)[1]
    title = title or _html_title(tree)
    return _split_article("\n\n".join(block for _, block in blocks), title=title, name=name)


def _trafilatura_blocks(tree: Any) -> tuple[list[tuple[str, str]], str | None]:
    """Run trafilatura on the cleaned tree; return its blocks as (kind, text) and its title."""
    import trafilatura  # heavy: imported only when an HTML file is loaded

    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    body = getattr(document, "body", None)
    if body is None:
        return [], None
    for line_break in body.iter("lb"):
        line_break.text = "\n"
    blocks: list[tuple[str, str]] = []
    for element in body:
        if element.tag == "list":
            items = (_inline_text(item) for item in element.xpath("./item"))
            blocks.append(("text", "\n".join(f"- {item}" for item in items if item)))
        elif element.tag == "table":
            cells = ((_inline_text(cell) for cell in row.xpath("./cell")) for row in element.iter("row"))
            blocks.append(("text", "\n".join(" | ".join(row) for row in cells)))
        else:
            blocks.append(("heading" if element.tag == "head" else "text", _inline_text(element)))
    blocks = [(kind, block) for kind, block in blocks if block.strip(" |\n")]
    title = getattr(document, "title", None)
    return blocks, title if isinstance(title, str) and title.strip() else None


def _fallback_blocks(tree: Any) -> list[tuple[str, str]]:
    """Collect the text of the innermost block elements, for short pages."""
    for line_break in tree.iter("br"):
        line_break.tail = " " + (line_break.tail or "")
    blocks: list[tuple[str, str]] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag not in _FALLBACK_BLOCKS:
            continue
        if any(
            isinstance(inner.tag, str) and inner.tag in _FALLBACK_BLOCKS
            for inner in element.iterdescendants()
        ):
            continue  # the innermost blocks carry the text
        text = " ".join("".join(element.itertext()).split())  # source line breaks are only spaces
        if text:
            blocks.append(("heading" if element.tag in ("h1", "h2") else "text", text))
    return blocks


def _html_title(tree: Any) -> str | None:
    """Return the page's <title>, or its first <h1>, when the extractor found no title."""
    for path in ("//title", "//h1"):
        for element in tree.xpath(path):
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
    return None


def _inline_text(element: Any) -> str:
    """Return the text of an element of trafilatura's output, keeping its line breaks."""
    lines = "".join(element.itertext()).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())

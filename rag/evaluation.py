"""Evaluation: question sets, metrics, and the report (JSON, Markdown, PNG plots).

Questions are answered through the very service users talk to (``ArticleChat.answer``), so the
figures measure the product, not a test double. The metrics are pure functions of a question and
its answer, defined once here (DESIGN §5) and reused by the CLI and the UI's Evaluate tab.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from rag.errors import ArticleNotFoundError, QuestionSetError, RagError
from rag.schema import Answer, Article, Citation, Turn

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from rag.config import Settings

Polarity = Literal["yes", "no"]
Kind = Literal["yes/no", "wh-", "follow-up", "unanswerable"]
KINDS: tuple[Kind, ...] = ("yes/no", "wh-", "follow-up", "unanswerable")

#: Two strings sharing at least this many characters (after normalisation) cover each other.
MIN_SHARED_CHARS = 30
#: Longest answer, in words (citation markers excluded), that still counts as concise.
CONCISE_MAX_WORDS = 60

#: The metric keys of DESIGN §5, in report order; then the counts and throughput.
METRIC_KEYS = (
    "answer_accuracy",
    "concise_accuracy",
    "citation_recall",
    "citation_precision",
    "evidence_hit1",
    "abstain_recall",
    "abstain_precision",
    "false_abstain_rate",
    "abstain_balanced_accuracy",
    "latency_p50_ms",
    "latency_p95_ms",
    "median_answer_words",
)
COUNT_KEYS = ("questions", "answerable", "unanswerable", "abstained", "with_evidence")
SUMMARY_KEYS = (*METRIC_KEYS, *COUNT_KEYS, "questions_per_second")

PLOT_FILES = ("accuracy_by_kind.png", "abstention_confusion.png", "latency_histogram.png")

Summary = dict[str, float | int | None]


# --------------------------------------------------------------------------- question sets


@dataclass(frozen=True, slots=True)
class EvalQuestion:
    """One line of a question set, validated; ``article`` is None for the default corpus article."""

    id: str
    article: Path | None
    question: str
    history: tuple[Turn, ...] = ()
    answerable: bool = True
    polarity: Polarity | None = None
    reference: str = ""
    must_include: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()

    @property
    def kind(self) -> Kind:
        """The bucket the plots group by; unanswerable wins, then follow-up, then yes/no."""
        if not self.answerable:
            return "unanswerable"
        if self.history:
            return "follow-up"
        if self.polarity is not None:
            return "yes/no"
        return "wh-"


def load_question_set(path: Path) -> list[EvalQuestion]:
    """Read and validate a whole JSONL question set before anything runs.

    Raises:
        QuestionSetError: naming the file, the line and the field at fault, or a missing article file.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise QuestionSetError(f"{path}: question file not found; check the path.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise QuestionSetError(f"{path}: cannot read the question file as UTF-8 text ({err}).") from None
    questions: list[EvalQuestion] = []
    first_line_of: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        question = _parse_line(path, lineno, line)
        if question.id in first_line_of:
            raise _line_error(
                path,
                lineno,
                "id",
                f"duplicate id {question.id!r} (first used on line {first_line_of[question.id]})",
            )
        first_line_of[question.id] = lineno
        questions.append(question)
    if not questions:
        raise QuestionSetError(f"{path}: no questions; write one JSON object per line (see eval/README.md).")
    return questions


def _line_error(path: Path, lineno: int, field: str, problem: str) -> QuestionSetError:
    return QuestionSetError(f"{path}:{lineno}: field {field!r}: {problem}. Fix that line and run again.")


def _parse_line(path: Path, lineno: int, line: str) -> EvalQuestion:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise QuestionSetError(
            f"{path}:{lineno}: invalid JSON ({err.msg} at column {err.colno}). Fix that line and run again."
        ) from None
    if not isinstance(raw, dict):
        raise QuestionSetError(f"{path}:{lineno}: expected a JSON object, got {type(raw).__name__}.")

    def text(field: str, default: str | None) -> str:
        value = raw.get(field, default)
        if value is None:
            raise _line_error(path, lineno, field, "missing")
        if not isinstance(value, str):
            raise _line_error(path, lineno, field, f"expected a string, got {type(value).__name__}")
        return value

    def strings(field: str, alternatives: bool = False) -> tuple[str, ...]:
        value = raw.get(field, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _line_error(path, lineno, field, "expected a list of strings")
        parts = [part for item in value for part in (item.split("|") if alternatives else [item])]
        if not all(normalize(part) for part in parts):
            raise _line_error(path, lineno, field, "contains an empty entry or an empty a|b alternative")
        return tuple(value)

    question = text("question", None)
    if not question.strip():
        raise _line_error(path, lineno, "question", "empty")
    qid = text("id", f"line-{lineno}")
    if not qid.strip():
        raise _line_error(path, lineno, "id", "empty")
    answerable = raw.get("answerable", True)
    if not isinstance(answerable, bool):
        raise _line_error(path, lineno, "answerable", f"expected true or false, got {answerable!r}")
    polarity = raw.get("polarity")
    if polarity not in (None, "yes", "no"):
        raise _line_error(path, lineno, "polarity", f'expected "yes", "no" or null, got {polarity!r}')
    history = raw.get("history", [])
    if not isinstance(history, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair)
        for pair in history
    ):
        raise _line_error(path, lineno, "history", 'expected [["earlier question", "earlier answer"], ...]')
    must_include, evidence = strings("must_include", alternatives=True), strings("evidence")
    stray = next((name for name in ("polarity", "must_include", "evidence") if raw.get(name)), None)
    if not answerable and stray:
        raise _line_error(path, lineno, stray, "given on an unanswerable question (answerable is false)")
    article: Path | None = None
    if "article" in raw:
        article = (path.parent / text("article", None)).resolve()
        if not article.is_file():
            raise _line_error(path, lineno, "article", f"article file {article} not found")
    return EvalQuestion(
        id=qid,
        article=article,
        question=question,
        history=tuple(Turn(question=q, answer=a) for q, a in history),
        answerable=answerable,
        polarity=polarity,
        reference=text("reference", ""),
        must_include=must_include,
        evidence=evidence,
    )


# --------------------------------------------------------------------------- metrics (pure)

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'}
)
_CITATION_MARKER = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")
_WORD = re.compile(r"\S*\w\S*")


def normalize(text: str) -> str:
    """Lower-case, unify curly and straight quotes, collapse whitespace: what every text match sees."""
    return " ".join(text.translate(_QUOTES).casefold().split())


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # Word boundaries only where the phrase starts/ends with a word character, so "no" does not match
    # inside "not" or "know", while "U.S." or "1,500" still match as written.
    head = r"(?<!\w)" if phrase[:1].isalnum() or phrase[:1] == "_" else ""
    tail = r"(?!\w)" if phrase[-1:].isalnum() or phrase[-1:] == "_" else ""
    return re.compile(head + re.escape(phrase) + tail)


def includes(answer: str, entry: str) -> bool:
    """Whether a ``must_include`` entry occurs in the answer; ``a|b`` is satisfied by either."""
    text = normalize(answer)
    return any(_phrase_pattern(normalize(alt)).search(text) for alt in entry.split("|"))


def missing_terms(answer: str, must_include: Sequence[str]) -> tuple[str, ...]:
    """The ``must_include`` entries the answer lacks (empty when all are present)."""
    return tuple(entry for entry in must_include if not includes(answer, entry))


def opens_with(answer: str, polarity: str) -> bool:
    """Whether the answer opens with the polarity word ("No," and "no ..." do; "Nope" does not)."""
    return re.match(r"\W*" + re.escape(polarity) + r"(?!\w)", normalize(answer)) is not None


def answer_words(text: str) -> int:
    """Words in an answer, not counting citation markers like ``[1]`` or ``[1, 2]``."""
    return len(_WORD.findall(_CITATION_MARKER.sub(" ", text)))


def covers(sentence: str, evidence: str) -> bool:
    """Whether a cited sentence covers an evidence item: containment either way, or 30+ shared characters."""
    a, b = normalize(sentence), normalize(evidence)
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= MIN_SHARED_CHARS


@dataclass(frozen=True, slots=True)
class CitationScores:
    """How well an answer's citations match the evidence of one question."""

    recall: float
    precision: float
    hit1: bool


def citation_scores(cited: Sequence[str], evidence: Sequence[str]) -> CitationScores:
    """Score cited sentences (in citation-number order) against non-empty evidence.

    An answer without citations proves nothing: recall and precision 0, no hit.
    """
    covered = [[covers(sentence, item) for item in evidence] for sentence in cited]
    if not covered:
        return CitationScores(recall=0.0, precision=0.0, hit1=False)
    recall = sum(any(row[i] for row in covered) for i in range(len(evidence))) / len(evidence)
    precision = sum(any(row) for row in covered) / len(covered)
    return CitationScores(recall=recall, precision=precision, hit1=any(covered[0]))


@dataclass(frozen=True, slots=True)
class QuestionScores:
    """Per-question scores; None where a score does not apply to the question."""

    correct: bool | None
    concise_correct: bool | None
    citation_recall: float | None
    citation_precision: float | None
    evidence_hit1: bool | None
    abstain_correct: bool
    missing: tuple[str, ...]
    polarity_ok: bool | None
    words: int


def score_answer(question: EvalQuestion, answer: Answer) -> QuestionScores:
    """Apply every per-question metric of DESIGN §5 to one answer."""
    words = answer_words(answer.text)
    if not question.answerable:
        return QuestionScores(None, None, None, None, None, answer.abstained, (), None, words)
    missing = () if answer.abstained else missing_terms(answer.text, question.must_include)
    polarity_ok: bool | None = None  # not judged when abstaining: the abstention already failed it
    if question.polarity is not None and not answer.abstained:
        polarity_ok = opens_with(answer.text, question.polarity)
    correct = not answer.abstained and not missing and polarity_ok is not False
    cites: CitationScores | None = None
    if question.evidence and not answer.abstained:
        ordered = sorted(answer.citations, key=lambda c: c.number)
        cites = citation_scores([c.sentence.text for c in ordered], question.evidence)
    return QuestionScores(
        correct=correct,
        concise_correct=correct and words <= CONCISE_MAX_WORDS,
        citation_recall=None if cites is None else cites.recall,
        citation_precision=None if cites is None else cites.precision,
        evidence_hit1=None if cites is None else cites.hit1,
        abstain_correct=not answer.abstained,
        missing=missing,
        polarity_ok=polarity_ok,
        words=words,
    )


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """One question, the answer the service gave, how long it took, and its scores."""

    question: EvalQuestion
    article_id: str
    answer: Answer
    latency_ms: float
    scores: QuestionScores

    @property
    def failed(self) -> bool:
        """Wrong answer on an answerable question, or an answer where the article is silent."""
        return self.scores.correct is False or not self.scores.abstain_correct


def ratio(numerator: float, denominator: float) -> float | None:
    """A share, or None when nothing was there to count (zero denominator)."""
    return numerator / denominator if denominator else None


def mean(values: Iterable[float]) -> float | None:
    """Arithmetic mean, or None for no values."""
    items = list(values)
    return math.fsum(items) / len(items) if items else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile with linear interpolation between ranks (numpy's default), None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summarize(results: Sequence[QuestionResult], elapsed_s: float | None = None) -> Summary:
    """The ``report.json`` summary: every metric of DESIGN §5, counts, and throughput.

    Args:
        results: scored questions.
        elapsed_s: wall time of the whole run including indexing; None leaves throughput undefined.

    Returns:
        A dict keyed by ``SUMMARY_KEYS``; a metric whose denominator is zero is None.
    """
    answerable = [r for r in results if r.question.answerable]
    unanswerable = [r for r in results if not r.question.answerable]
    abstained = [r for r in results if r.answer.abstained]
    cited = [r for r in answerable if r.scores.citation_recall is not None]
    abstain_recall = ratio(sum(r.answer.abstained for r in unanswerable), len(unanswerable))
    false_abstain = ratio(sum(r.answer.abstained for r in answerable), len(answerable))
    latencies = [r.latency_ms for r in results]
    return {
        "answer_accuracy": ratio(sum(r.scores.correct is True for r in answerable), len(answerable)),
        "concise_accuracy": ratio(sum(r.scores.concise_correct is True for r in answerable), len(answerable)),
        "citation_recall": mean(r.scores.citation_recall or 0.0 for r in cited),
        "citation_precision": mean(r.scores.citation_precision or 0.0 for r in cited),
        "evidence_hit1": mean(float(r.scores.evidence_hit1 is True) for r in cited),
        "abstain_recall": abstain_recall,
        "abstain_precision": ratio(sum(not r.question.answerable for r in abstained), len(abstained)),
        "false_abstain_rate": false_abstain,
        "abstain_balanced_accuracy": (
            None
            if abstain_recall is None or false_abstain is None
            else (abstain_recall + 1 - false_abstain) / 2
        ),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "median_answer_words": (
            statistics.median(r.scores.words for r in results if not r.answer.abstained)
            if len(abstained) < len(results)
            else None
        ),
        "questions": len(results),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "abstained": len(abstained),
        "with_evidence": len(cited),
        "questions_per_second": ratio(len(results), elapsed_s) if elapsed_s is not None else None,
    }


@dataclass(frozen=True, slots=True)
class KindAccuracy:
    """Accuracy of one question kind; for unanswerable questions, the share correctly abstained."""

    kind: Kind
    questions: int
    correct: int

    @property
    def share(self) -> float | None:
        """Correct share, None for a kind with no questions."""
        return ratio(self.correct, self.questions)


def accuracy_by_kind(results: Sequence[QuestionResult]) -> list[KindAccuracy]:
    """Accuracy per question kind, in the fixed order of ``KINDS``."""
    rows = []
    for kind in KINDS:
        group = [r for r in results if r.question.kind == kind]
        rows.append(KindAccuracy(kind, len(group), sum(not r.failed for r in group)))
    return rows


# --------------------------------------------------------------------------- running


class EvalService(Protocol):
    """What the runner needs from the chat service (``rag.chat.ArticleChat`` in production)."""

    def add_article(self, article: Article) -> object:
        """Index one article; unchanged content embeds nothing (what it returns is ignored)."""

    def answer(self, question: str, article_id: str, history: Sequence[Turn] = ()) -> Answer:
        """Answer a question about one article, given the conversation so far."""


@dataclass(frozen=True, slots=True)
class EvalReport:
    """A finished run: every scored question and the summary."""

    source: Path
    results: tuple[QuestionResult, ...]
    summary: Mapping[str, float | int | None]
    elapsed_s: float
    indexing_s: float


def run_evaluation(
    service: EvalService,
    questions: Sequence[EvalQuestion],
    articles: Mapping[Path | None, Article],
    *,
    source: Path,
    progress: bool = True,
) -> EvalReport:
    """Index the articles, then answer each question against its own article, with its history.

    Args:
        service: the chat service, the same code path the UI and ``ask`` use.
        questions: a validated question set.
        articles: the article of each ``EvalQuestion.article`` (None: the default corpus article).
        source: the question file, named in the report.
        progress: show progress bars on stderr.

    Raises:
        RagError: from the service, prefixed with the id of the question it failed on.
    """
    from tqdm import tqdm

    started = time.perf_counter()
    needed = {q.article for q in questions}
    for key in tqdm(
        sorted(needed, key=str),
        desc="indexing",
        unit="article",
        file=sys.stderr,
        disable=not progress or len(needed) < 2,
    ):
        service.add_article(articles[key])
    indexing_s = time.perf_counter() - started
    results: list[QuestionResult] = []
    for question in tqdm(questions, desc="answering", unit="q", file=sys.stderr, disable=not progress):
        article_id = articles[question.article].id
        asked = time.perf_counter()
        try:
            answer = service.answer(question.question, article_id, question.history)
        except RagError as err:
            raise RagError(f"question {question.id!r}: {err}") from err
        latency_ms = (time.perf_counter() - asked) * 1000
        results.append(
            QuestionResult(question, article_id, answer, latency_ms, score_answer(question, answer))
        )
    elapsed_s = time.perf_counter() - started
    return EvalReport(
        source=source,
        results=tuple(results),
        summary=summarize(results, elapsed_s),
        elapsed_s=elapsed_s,
        indexing_s=indexing_s,
    )


# --------------------------------------------------------------------------- report


def citation_json(c: Citation) -> dict[str, Any]:
    """A citation as DESIGN §4 shapes it in JSON (``ask --json`` and ``report.json``)."""
    return {
        "number": c.number,
        "article_id": c.sentence.article_id,
        "sentence_index": c.sentence.index,
        "start": c.sentence.start,
        "end": c.sentence.end,
        "text": c.sentence.text,
        "score": float(c.score),
    }


def result_json(result: QuestionResult) -> dict[str, Any]:
    """One entry of ``report.json`` ``"results"``: the question, the answer, and its scores."""
    q, s = result.question, result.scores
    return {
        "id": q.id,
        "question": q.question,
        "kind": q.kind,
        "article_id": result.article_id,
        "answerable": q.answerable,
        "reference": q.reference,
        "answer": result.answer.text,
        "abstained": result.answer.abstained,
        "citations": [citation_json(c) for c in result.answer.citations],
        "latency_ms": result.latency_ms,
        "timings_ms": dict(result.answer.timings_ms),
        "correct": s.correct,
        "concise_correct": s.concise_correct,
        "citation_recall": s.citation_recall,
        "citation_precision": s.citation_precision,
        "evidence_hit1": s.evidence_hit1,
        "abstain_correct": s.abstain_correct,
        "missing": list(s.missing),
        "polarity_ok": s.polarity_ok,
        "answer_words": s.words,
    }


def format_value(key: str, value: float | int | None) -> str:
    """A summary value as people read it: n/a, counts, milliseconds, or three decimals."""
    if value is None:
        return "n/a"
    if isinstance(value, int) or key == "median_answer_words":
        return f"{value:g}"
    if key.endswith("_ms"):
        return f"{value:.1f}"
    return f"{value:.3f}"


def summary_table(summary: Mapping[str, float | int | None]) -> str:
    """The summary as a Markdown table: printed on the terminal and put at the top of ``report.md``."""
    width = max(len(key) for key in summary)
    lines = [f"| {'metric':<{width}} | value    |", f"|{'-' * (width + 2)}|----------|"]
    lines += [f"| {key:<{width}} | {format_value(key, value):>8} |" for key, value in summary.items()]
    return "\n".join(lines)


def failure_reasons(result: QuestionResult) -> list[str]:
    """Why a question failed, in words, for the report's failure list."""
    q, s, answer = result.question, result.scores, result.answer
    if not q.answerable:
        return [] if s.abstain_correct else ["answered although the article does not say"]
    reasons = ["abstained on an answerable question"] if answer.abstained else []
    reasons += [f"missing {entry!r}" for entry in s.missing]
    if s.polarity_ok is False:
        reasons.append(f"does not open with {q.polarity!r}")
    if s.citation_recall is not None and s.citation_recall < 1:
        reasons.append(f"citation recall {s.citation_recall:.2f}")
    return reasons


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "(empty)"


def report_markdown(report: EvalReport, max_failures: int = 20) -> str:
    """``report.md``: the summary, accuracy by kind, the plots, then the worst failures."""
    failures = [r for r in report.results if r.failed]
    # Most reasons first: an abstention with missing terms is worse than a partial citation.
    failures.sort(key=lambda r: -len(failure_reasons(r)))
    out = [
        f"# Evaluation of `{report.source.name}`",
        "",
        f"{len(report.results)} questions from `{report.source}`, run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
        f"in {report.elapsed_s:.1f} s (indexing {report.indexing_s:.1f} s).",
        "",
        "## Summary",
        "",
        summary_table(report.summary),
        "",
        "## Accuracy by question kind",
        "",
        "| kind | questions | correct | share |",
        "|---|---:|---:|---:|",
    ]
    for row in accuracy_by_kind(report.results):
        share = "n/a" if row.share is None else f"{row.share:.0%}"
        out.append(f"| {row.kind} | {row.questions} | {row.correct} | {share} |")
    out += ["", "(For unanswerable questions, correct means the bot abstained.)", ""]
    out += [f"![{name[:-4].replace('_', ' ')}]({name})" for name in PLOT_FILES]
    out += ["", f"## Worst failures ({len(failures)} of {len(report.results)} questions failed)", ""]
    for rank, result in enumerate(failures[:max_failures], start=1):
        q = result.question
        expected = (
            (q.reference or "(no reference given)") if q.answerable else "(unanswerable: should abstain)"
        )
        rules = [] if q.polarity is None else [f"opens with {q.polarity!r}"]
        rules += [f"includes {' or '.join(map(repr, entry.split('|')))}" for entry in q.must_include]
        if rules:
            expected += f" ({'; '.join(rules)})"
        out += [f"### {rank}. `{q.id}` ({q.kind}): {'; '.join(failure_reasons(result))}", ""]
        out += [f"- **History:** {_one_line(t.question)} → {_one_line(t.answer)}" for t in q.history]
        out += [
            f"- **Question:** {_one_line(q.question)}",
            f"- **Expected:** {_one_line(expected)}",
            f"- **Got:** {_one_line(result.answer.text)}",
        ]
        out += [
            f"  - [{c.number}] sentence {c.sentence.index}: “{_one_line(c.sentence.text)}”"
            for c in result.answer.citations
        ]
        out.append("")
    if not failures:
        out.append("None: every question passed.")
    return "\n".join(out).rstrip() + "\n"


def _new_figure(width: float, height: float) -> Figure:
    # The object API with an explicit Agg canvas: no pyplot global state, no display needed.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def plot_accuracy_by_kind(results: Sequence[QuestionResult], path: Path) -> None:
    """Bar chart of accuracy per question kind, annotated with share and counts."""
    rows = accuracy_by_kind(results)
    figure = _new_figure(6.4, 4.0)
    axes = figure.add_subplot()
    colours = ["#4C72B0", "#55A868", "#8172B2", "#C44E52"]
    bars = axes.bar([r.kind for r in rows], [r.share or 0.0 for r in rows], color=colours, width=0.6)
    for bar, row in zip(bars, rows, strict=True):
        label = "no questions" if row.share is None else f"{row.share:.0%}\n({row.correct}/{row.questions})"
        axes.annotate(
            label,
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
        )
    axes.set_ylim(0, 1.22)
    axes.set_yticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    axes.set_ylabel("correct (unanswerable: abstained)")
    axes.set_xlabel("question kind")
    axes.set_title("Answer accuracy by question kind")
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", alpha=0.3)
    figure.savefig(path)


def plot_abstention_confusion(results: Sequence[QuestionResult], path: Path) -> None:
    """2x2 matrix: is the question answerable, against did the bot abstain, with counts."""
    counts = [
        [
            sum(r.question.answerable == truth and r.answer.abstained == abstained for r in results)
            for abstained in (False, True)
        ]
        for truth in (True, False)
    ]
    figure = _new_figure(5.0, 4.2)
    axes = figure.add_subplot()
    axes.imshow(counts, cmap="Blues", vmin=0, vmax=max(1, *(n for row in counts for n in row)))
    verdict = [["correct", "false abstention"], ["should have abstained", "correct"]]
    peak = max(n for row in counts for n in row)
    for i in range(2):
        for j in range(2):
            axes.text(
                j,
                i,
                f"{counts[i][j]}\n{verdict[i][j]}",
                ha="center",
                va="center",
                fontsize=11,
                color="white" if peak and counts[i][j] > peak / 2 else "black",
            )
    axes.set_xticks([0, 1], ["answered", "abstained"])
    axes.set_yticks([0, 1], ["answerable", "unanswerable"])
    axes.set_xlabel("what the bot did")
    axes.set_ylabel("what the article allows")
    axes.set_title("Abstention")
    figure.savefig(path)


def plot_latency_histogram(results: Sequence[QuestionResult], path: Path) -> None:
    """Histogram of per-question latency with the median and 95th percentile marked."""
    latencies = [r.latency_ms for r in results]
    figure = _new_figure(6.4, 4.0)
    axes = figure.add_subplot()
    axes.hist(latencies, bins=min(30, max(5, len(latencies) // 3)), color="#4C72B0", edgecolor="white")
    for p, style in ((50, "-"), (95, "--")):
        value = percentile(latencies, p)
        if value is not None:
            axes.axvline(value, color="#C44E52", linestyle=style, label=f"p{p} = {value:.0f} ms")
    axes.set_xlabel("latency per question (ms)")
    axes.set_ylabel("questions")
    axes.set_title(f"Answer latency ({len(latencies)} questions)")
    axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.savefig(path)


def write_report(report: EvalReport, out_dir: Path) -> None:
    """Write ``report.json``, ``report.md`` and the PNG plots into ``out_dir``, atomically.

    Everything is built in a temporary folder next to ``out_dir`` and renamed into place, so a
    failure leaves no half-written report (and an earlier report at ``out_dir`` intact).
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        document = {
            "summary": dict(report.summary),
            "results": [result_json(r) for r in report.results],
            "meta": {
                "questions_file": str(report.source),
                "elapsed_s": report.elapsed_s,
                "indexing_s": report.indexing_s,
            },
        }
        (staging / "report.json").write_text(
            json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (staging / "report.md").write_text(report_markdown(report), encoding="utf-8")
        plots = (plot_accuracy_by_kind, plot_abstention_confusion, plot_latency_histogram)
        for plot, name in zip(plots, PLOT_FILES, strict=True):
            plot(report.results, staging / name)
        previous = out_dir.with_name(staging.name + ".old")
        if out_dir.exists():
            out_dir.rename(previous)
        try:
            staging.rename(out_dir)
        except OSError:
            if previous.exists():
                previous.rename(out_dir)
            raise
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------- command line


@dataclass(frozen=True, slots=True)
class Threshold:
    """A ``--fail-under METRIC=VALUE`` floor: the run fails when the metric is below it or undefined."""

    metric: str
    minimum: float

    @classmethod
    def parse(cls, spec: str) -> Threshold:
        """Parse ``METRIC=VALUE``.

        Raises:
            RagError: for an unknown metric or a value that is not a number.
        """
        metric, _, value = spec.partition("=")
        metric = metric.strip()
        if metric not in SUMMARY_KEYS:
            raise RagError(
                f"--fail-under {spec!r}: unknown metric {metric!r}; use one of {', '.join(SUMMARY_KEYS)}."
            )
        try:
            minimum = float(value)
        except ValueError:
            raise RagError(
                f"--fail-under {spec!r}: expected METRIC=NUMBER, e.g. answer_accuracy=0.9."
            ) from None
        return cls(metric, minimum)

    def missed(self, summary: Mapping[str, float | int | None]) -> str | None:
        """A message when the summary misses this floor, else None."""
        value = summary.get(self.metric)
        if value is None:
            return f"{self.metric} is undefined (n/a) for this set, required >= {self.minimum:g}"
        if value < self.minimum:
            return f"{self.metric} = {format_value(self.metric, value)}, required >= {self.minimum:g}"
        return None


def default_article(settings: Settings) -> Article:
    """The article of questions without ``article``: the one the UI and ``ask`` open by default.

    That is ``settings.default_article`` when the corpus has it, else the first corpus file, uploads last.

    Raises:
        RagError: when the corpus folder is missing, unreadable or empty.
    """
    from rag.chat import UPLOADS_FOLDER
    from rag.loading import load_corpus

    articles = load_corpus(settings.corpus_dir, max_bytes=settings.max_upload_bytes)
    if not articles:
        raise ArticleNotFoundError(
            f'{settings.corpus_dir} holds no article; add one there, or give each question an "article" path.'
        )
    wanted = [a for a in articles if a.id == settings.default_article]
    return (wanted or sorted(articles, key=lambda a: (UPLOADS_FOLDER in Path(a.source).parts, a.source)))[0]


def eval_settings(settings: Settings) -> Settings:
    """The settings of the evaluation store, which never mixes with the user's corpus store.

    A folder of its own separates a local store; with a Chroma server (``chroma_host``) the folder
    separates nothing, so the collections get names of their own too.
    """
    return settings.model_copy(
        update={
            "data_dir": settings.data_dir / "eval",
            "collection_prefix": f"{settings.collection_prefix}_eval",
        }
    )


def evaluate(
    settings: Settings,
    questions_path: Path,
    *,
    limit: int | None = None,
    service_factory: Callable[[Settings], EvalService] | None = None,
    progress: bool = True,
) -> EvalReport:
    """Run a question set in the evaluation store: what ``python -m rag eval`` and the Evaluate tab do.

    The whole set is validated and its articles read before the service is built, so bad input fails
    fast. Articles stay indexed between runs (indexing is idempotent by content hash).

    Args:
        settings: the user's settings (corpus, limits); the service gets ``eval_settings(settings)``.
        questions_path: the JSONL question set.
        limit: answer only the first N questions; None for all.
        service_factory: builds the chat service from the evaluation settings, after validation;
            default ``ArticleChat.from_settings``.
        progress: show progress bars on stderr.

    Raises:
        RagError: for a bad question set, a missing article, or a question the service fails on.
    """
    from rag.loading import load_article

    if limit is not None and limit < 1:
        raise RagError(f"Question limit {limit}: give a positive number of questions.")
    questions = load_question_set(questions_path)[:limit]
    articles: dict[Path | None, Article] = {
        path: load_article(path, max_bytes=settings.max_upload_bytes)
        for path in {q.article for q in questions}
        if path is not None
    }
    if any(q.article is None for q in questions):
        articles[None] = default_article(settings)
    if service_factory is None:
        from rag.chat import ArticleChat

        service_factory = ArticleChat.from_settings
    service = service_factory(eval_settings(settings))
    return run_evaluation(service, questions, articles, source=questions_path, progress=progress)


#: Where the Evaluate tab keeps its reports, below ``data_dir``; only the newest few are kept.
REPORTS_FOLDER = "eval-reports"
REPORTS_KEPT = 5
_REPORT_STAMP = re.compile(r"\d{8}T\d{6}\.\d{6}Z")


def reports_dir(settings: Settings) -> Path:
    """The folder of the Evaluate tab's reports: ``<data_dir>/eval-reports``."""
    return settings.data_dir / REPORTS_FOLDER


def write_dated_report(
    report: EvalReport, folder: Path, *, keep: int = REPORTS_KEPT, now: datetime | None = None
) -> Path:
    """Write the report into ``folder/<UTC time>`` and delete all but the newest ``keep`` such reports.

    Returns:
        The new report's folder. Other files and folders in ``folder`` are left alone.
    """
    out = folder / f"{now or datetime.now(UTC):%Y%m%dT%H%M%S.%fZ}"
    write_report(report, out)
    dated = sorted(p for p in folder.iterdir() if p.is_dir() and _REPORT_STAMP.fullmatch(p.name))
    for old in dated[: max(0, len(dated) - keep)]:
        shutil.rmtree(old, ignore_errors=True)
    return out


def evaluate_cli(
    settings: Settings,
    questions_path: Path,
    out_dir: Path,
    *,
    limit: int | None,
    fail_under: Sequence[str],
    progress: bool = True,
    service_factory: Callable[[Settings], EvalService] | None = None,
) -> int:
    """``python -m rag eval``: run a question set (``evaluate``), write the report, return the exit code.

    The run uses a store of its own (``eval_settings``), so the user's corpus store is never touched.

    Args:
        settings: the user's settings.
        questions_path: the JSONL question set.
        out_dir: where the report goes (replaced atomically).
        limit: answer only the first N questions.
        fail_under: ``METRIC=VALUE`` floors.
        progress: show progress bars on stderr.
        service_factory: builds the chat service; default ``ArticleChat.from_settings``.

    Returns:
        0 when the run succeeded and met every floor, 1 when a floor was missed, 2 on bad input.
    """
    try:
        thresholds = [Threshold.parse(spec) for spec in fail_under]
        report = evaluate(
            settings, questions_path, limit=limit, service_factory=service_factory, progress=progress
        )
        write_report(report, out_dir)
    except (RagError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(summary_table(report.summary))
    print(f"\nReport written to {out_dir / 'report.md'}")
    misses = [message for t in thresholds if (message := t.missed(report.summary)) is not None]
    for message in misses:
        print(f"FAIL: {message}", file=sys.stderr)
    return 1 if misses else 0

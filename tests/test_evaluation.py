"""Tests of rag.evaluation: exact metric values on hand-built cases, question-file errors, the runner."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rag import evaluation as ev
from rag.config import Settings
from rag.errors import ArticleNotFoundError, QuestionSetError, RagError
from rag.evaluation import (
    EvalQuestion,
    QuestionResult,
    answer_words,
    citation_json,
    citation_scores,
    covers,
    includes,
    load_question_set,
    missing_terms,
    normalize,
    opens_with,
    percentile,
    score_answer,
    summarize,
)
from rag.schema import Answer, Article, Citation, Sentence, Turn
from rag.text import COUNT_VALUES
from tests.conftest import DEFAULT_ARTICLE as ARTICLE
from tests.conftest import ROOT

SEED = ROOT / "eval" / "seed_article.jsonl"
NEWS = ROOT / "eval" / "unseen_news.jsonl"
BLIND_NEWS = sorted((ROOT / "eval").glob("unseen_news_n*.jsonl"))
"""The 25-question sets written blind, one article each (`make eval` runs every file of this pattern)."""


def sentence(text: str, index: int = 0, article_id: str = "a") -> Sentence:
    return Sentence(
        article_id=article_id, index=index, start=10 * index, end=10 * index + len(text), text=text
    )


def answer(text: str, *cited: str, abstained: bool = False) -> Answer:
    citations = tuple(Citation(number=i, sentence=sentence(s, i), score=0.5) for i, s in enumerate(cited, 1))
    return Answer(text=text, citations=citations, abstained=abstained)


def question(**fields: object) -> EvalQuestion:
    base: dict[str, object] = {"id": "q", "article": None, "question": "Q?"}
    return EvalQuestion(**{**base, **fields})  # type: ignore[arg-type]


def result(q: EvalQuestion, a: Answer, latency_ms: float = 1.0) -> QuestionResult:
    return QuestionResult(q, "a", a, latency_ms, score_answer(q, a))


# --------------------------------------------------------------------------- text matching


def test_normalize_unifies_case_quotes_and_whitespace() -> None:
    assert normalize("  O’Hanlon said\n “Minimal.”\t ok ") == 'o\'hanlon said "minimal." ok'


def test_includes_alternatives_quotes_and_word_boundaries() -> None:
    assert includes("The damage was minimal.", "limited|minimal")
    assert not includes("The damage was small.", "limited|minimal")
    assert includes("Michael O’Hanlon said so", "o'hanlon")
    assert includes("More than 1,500   troops", "1,500 troops")
    assert includes("sources in the U.S. said", "U.S.")
    # "no" must be a word, not a piece of "not" or "know".
    assert not includes("It did not know.", "no")
    assert includes("There were no casualties.", "no")


def test_missing_terms_lists_the_unmet_entries_in_order() -> None:
    assert missing_terms("Soleimani was killed", ["soleimani", "last week|Jan. 3", "Gen."]) == (
        "last week|Jan. 3",
        "Gen.",
    )
    assert missing_terms("anything", []) == ()


@pytest.mark.parametrize(
    ("text", "polarity", "expected"),
    [
        ("No.", "no", True),
        ("No, the strike caused no casualties.", "no", True),
        ("no casualties were reported", "no", True),
        ("  “No,” he said.", "no", True),
        ("**Yes** [1]", "yes", True),
        ("Nope.", "no", False),
        ("Not at all.", "no", False),
        ("Yes, no one died.", "no", False),
        ("The answer is no.", "no", False),
    ],
)
def test_opens_with_requires_the_polarity_word_first(text: str, polarity: str, expected: bool) -> None:
    assert opens_with(text, polarity) is expected


def test_answer_words_ignores_citation_markers_and_bare_punctuation() -> None:
    assert answer_words("No [1]. The strike caused no casualties [1, 2][3] — none.") == 7
    assert answer_words("") == 0


# --------------------------------------------------------------------------- evidence coverage

SHARED30 = "abcdefghijklmnopqrstuvwxyz0123"


def test_covers_by_containment_either_way() -> None:
    long = "The missile’s impact caused no caused casualties and limited damage, the source said."
    assert covers(long, "no caused casualties")
    assert covers("no caused casualties", long)
    assert covers("THE MISSILE'S IMPACT caused   no", long)  # after normalisation
    assert not covers("no casualties at all", long)


def test_covers_needs_thirty_shared_characters_both_ways() -> None:
    assert len(SHARED30) == 30
    a, b = "#####" + SHARED30 + "%%%%%", "@@@@@" + SHARED30 + "&&&&&"
    assert covers(a, b)
    assert covers(b, a)
    a29, b29 = "#####" + SHARED30[:29] + "%%%%%", "@@@@@" + SHARED30[:29] + "&&&&&"
    assert not covers(a29, b29)
    assert not covers(b29, a29)


def test_citation_scores_recall_precision_hit1() -> None:
    e1, e2 = "first evidence " + SHARED30, "second evidence passage"
    scores = citation_scores(
        ["has second evidence passage in it", "unrelated", "x " + SHARED30 + " y"], [e1, e2]
    )
    assert (scores.recall, scores.precision, scores.hit1) == (1.0, 2 / 3, True)
    scores = citation_scores(["unrelated", "has second evidence passage in it"], [e1, e2])
    assert (scores.recall, scores.precision, scores.hit1) == (0.5, 0.5, False)
    scores = citation_scores([], [e1])
    assert (scores.recall, scores.precision, scores.hit1) == (0.0, 0.0, False)


# --------------------------------------------------------------------------- per-question scores

EVIDENCE = "did not kill or wound any U.S. troops"


def test_score_answer_correct_yes_no_with_citations() -> None:
    q = question(polarity="no", must_include=("no",), evidence=(EVIDENCE,))
    s = score_answer(
        q,
        answer(
            "No, the attack did not kill anyone [1].", "The attack did not kill or wound any U.S. troops."
        ),
    )
    assert (s.correct, s.concise_correct, s.polarity_ok, s.missing, s.abstain_correct) == (
        True,
        True,
        True,
        (),
        True,
    )
    assert (s.citation_recall, s.citation_precision, s.evidence_hit1, s.words) == (1.0, 1.0, True, 7)


def test_score_answer_wrong_polarity_and_missing_term() -> None:
    q = question(polarity="no", must_include=("casualties",))
    s = score_answer(q, answer("Nope, nobody was hurt."))
    assert (s.correct, s.polarity_ok, s.missing, s.citation_recall) == (False, False, ("casualties",), None)


def test_score_answer_orders_citations_by_number_for_hit1() -> None:
    q = question(evidence=(EVIDENCE,))
    cited = (
        Citation(number=2, sentence=sentence("unrelated", 5), score=0.9),
        Citation(number=1, sentence=sentence("It did not kill or wound any U.S. troops.", 3), score=0.8),
    )
    s = score_answer(q, Answer(text="It did not.", citations=cited, abstained=False))
    assert (s.evidence_hit1, s.citation_precision) == (True, 0.5)


def test_score_answer_abstention_on_answerable_and_unanswerable() -> None:
    abstain = answer("The article does not say.", abstained=True)
    s = score_answer(question(must_include=("x",), evidence=(EVIDENCE,)), abstain)
    assert (s.correct, s.concise_correct, s.abstain_correct, s.citation_recall, s.missing) == (
        False,
        False,
        False,
        None,
        (),
    )
    s = score_answer(question(answerable=False), abstain)
    assert (s.correct, s.concise_correct, s.abstain_correct, s.citation_recall, s.polarity_ok) == (
        None,
        None,
        True,
        None,
        None,
    )
    s = score_answer(question(answerable=False), answer("Three missiles."))
    assert (s.correct, s.abstain_correct) == (None, False)


def test_concise_means_at_most_sixty_words_without_markers() -> None:
    q = question()
    sixty = " ".join(["word"] * 60) + " [1] [2]"
    assert score_answer(q, answer(sixty)).concise_correct is True
    s = score_answer(q, answer(sixty + " more"))
    assert (s.correct, s.concise_correct, s.words) == (True, False, 61)


# --------------------------------------------------------------------------- summary


def test_percentile_interpolates_linearly() -> None:
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0, 60.0], 50) == 35.0
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0, 60.0], 95) == 57.5
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None


def test_summarize_exact_values() -> None:
    ev_text = "first evidence " + SHARED30
    results = [
        # answerable, correct, both citations cover: recall 1, precision 1, hit.
        result(
            question(id="A", must_include=("alpha",), evidence=(ev_text,)),
            answer("alpha one two three four", "x " + SHARED30, ev_text),
            10.0,
        ),
        # answerable, wrong, one of two evidence items covered by the second of two citations.
        result(
            question(id="B", must_include=("beta",), evidence=(ev_text, "other evidence")),
            answer("one two three four five six seven", "unrelated", "other evidence here"),
            20.0,
        ),
        result(
            question(id="C", must_include=("gamma",), evidence=(ev_text,)),
            answer("I cannot tell.", abstained=True),
            30.0,
        ),
        result(question(id="D", answerable=False), answer("Not stated.", abstained=True), 40.0),
        result(question(id="E", answerable=False), answer("Three missiles."), 50.0),
        result(question(id="F"), answer(" ".join(["w"] * 70)), 60.0),
    ]
    assert summarize(results, elapsed_s=3.0) == {
        "answer_accuracy": 0.5,
        "concise_accuracy": 0.25,
        "citation_recall": 0.75,
        "citation_precision": 0.75,
        "evidence_hit1": 0.5,
        "abstain_recall": 0.5,
        "abstain_precision": 0.5,
        "false_abstain_rate": 0.25,
        "abstain_balanced_accuracy": 0.625,
        "latency_p50_ms": 35.0,
        "latency_p95_ms": 57.5,
        "median_answer_words": 6.0,
        "questions": 6,
        "answerable": 4,
        "unanswerable": 2,
        "abstained": 2,
        "with_evidence": 2,
        "questions_per_second": 2.0,
    }
    assert tuple(summarize(results)) == ev.SUMMARY_KEYS


def test_summarize_zero_denominators_are_none() -> None:
    empty = summarize([])
    assert all(empty[key] is None for key in (*ev.METRIC_KEYS, "questions_per_second"))
    assert [empty[key] for key in ev.COUNT_KEYS] == [0, 0, 0, 0, 0]

    only_unanswerable = summarize([result(question(answerable=False), answer("Three."))])
    assert only_unanswerable["answer_accuracy"] is None
    assert only_unanswerable["false_abstain_rate"] is None
    assert only_unanswerable["abstain_balanced_accuracy"] is None
    assert only_unanswerable["abstain_recall"] == 0.0
    assert only_unanswerable["abstain_precision"] is None  # nothing abstained
    assert only_unanswerable["citation_recall"] is None  # no answerable question with evidence

    all_abstained = summarize([result(question(), answer("Not stated.", abstained=True))])
    assert all_abstained["median_answer_words"] is None
    assert all_abstained["abstain_recall"] is None
    assert all_abstained["abstain_precision"] == 0.0
    assert all_abstained["false_abstain_rate"] == 1.0


def test_question_kind() -> None:
    assert question(answerable=False, history=(Turn("a", "b"),)).kind == "unanswerable"
    assert question(history=(Turn("a", "b"),), polarity="yes").kind == "follow-up"
    assert question(polarity="no").kind == "yes/no"
    assert question().kind == "wh-"


def test_citation_json_has_exactly_the_design_fields() -> None:
    c = Citation(number=2, sentence=Sentence("iran", 4, 120, 160, "It did not kill anyone."), score=0.75)
    assert citation_json(c) == {
        "number": 2,
        "article_id": "iran",
        "sentence_index": 4,
        "start": 120,
        "end": 160,
        "text": "It did not kill anyone.",
        "score": 0.75,
    }


# --------------------------------------------------------------------------- question files


def write_lines(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


def test_load_question_set_reads_all_fields(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "x.txt").write_text("Title\n\nBody.")
    path = write_lines(
        tmp_path / "q.jsonl",
        {
            "id": "one",
            "article": "articles/x.txt",
            "question": "Did it?",
            "history": [["Who?", "Him."]],
            "answerable": True,
            "polarity": "yes",
            "reference": "Yes.",
            "must_include": ["yes"],
            "evidence": ["Body."],
            "qtype": "extra fields are fine",
        },
        "",
        {"question": "What?", "answerable": False},
    )
    first, second = load_question_set(path)
    assert first == EvalQuestion(
        id="one",
        article=(tmp_path / "articles" / "x.txt").resolve(),
        question="Did it?",
        history=(Turn("Who?", "Him."),),
        answerable=True,
        polarity="yes",
        reference="Yes.",
        must_include=("yes",),
        evidence=("Body.",),
    )
    assert second == EvalQuestion(id="line-3", article=None, question="What?", answerable=False)


@pytest.mark.parametrize(
    ("bad_line", "where"),
    [
        ('{"id": "x", "question": "Q?"', "invalid JSON"),
        ({"id": "x"}, "field 'question': missing"),
        ({"id": "x", "question": 3}, "field 'question': expected a string, got int"),
        ({"id": "x", "question": "   "}, "field 'question': empty"),
        ({"id": "first", "question": "Q?"}, "field 'id': duplicate id 'first' (first used on line 1)"),
        ({"id": "x", "question": "Q?", "polarity": "maybe"}, "field 'polarity'"),
        ({"id": "x", "question": "Q?", "answerable": "yes"}, "field 'answerable'"),
        ({"id": "x", "question": "Q?", "history": [["only one"]]}, "field 'history'"),
        ({"id": "x", "question": "Q?", "must_include": ["a|"]}, "field 'must_include'"),
        ({"id": "x", "question": "Q?", "evidence": "not a list"}, "field 'evidence'"),
        ({"id": "x", "question": "Q?", "answerable": False, "evidence": ["e"]}, "field 'evidence'"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_load_question_set_names_file_line_and_field(tmp_path: Path, bad_line: object, where: str) -> None:
    path = write_lines(tmp_path / "q.jsonl", {"id": "first", "question": "Fine?"}, bad_line)
    with pytest.raises(QuestionSetError) as caught:
        load_question_set(path)
    assert str(caught.value).startswith(f"{path}:2: ")
    assert where in str(caught.value)


def test_load_question_set_names_a_missing_article(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "q.jsonl", {"id": "x", "question": "Q?", "article": "nope/x.txt"})
    with pytest.raises(
        QuestionSetError, match=r"q\.jsonl:1: field 'article': article file .*nope/x\.txt not found"
    ):
        load_question_set(path)


def test_load_question_set_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionSetError, match="question file not found"):
        load_question_set(tmp_path / "absent.jsonl")
    with pytest.raises(QuestionSetError, match="no questions"):
        load_question_set(write_lines(tmp_path / "empty.jsonl", ""))


def test_threshold_parse_and_missed() -> None:
    t = ev.Threshold.parse("answer_accuracy=0.9")
    assert t == ev.Threshold("answer_accuracy", 0.9)
    assert t.missed({"answer_accuracy": 0.95}) is None
    assert t.missed({"answer_accuracy": 0.8}) == "answer_accuracy = 0.800, required >= 0.9"
    assert (
        t.missed({"answer_accuracy": None})
        == "answer_accuracy is undefined (n/a) for this set, required >= 0.9"
    )
    with pytest.raises(RagError, match="unknown metric 'accuracy'"):
        ev.Threshold.parse("accuracy=0.9")
    with pytest.raises(RagError, match="expected METRIC=NUMBER"):
        ev.Threshold.parse("answer_accuracy=high")


# --------------------------------------------------------------------------- runner and report


class ScriptedChat:
    """A fake chat service with canned answers: it tests the runner and the report, not answering."""

    def __init__(self, script: Mapping[str, Answer]) -> None:
        self.script = script
        self.indexed: list[str] = []
        self.calls: list[tuple[str, str, tuple[Turn, ...]]] = []

    def add_article(self, article: Article) -> None:
        self.indexed.append(article.id)

    def answer(self, question: str, article_id: str, history: Sequence[Turn] = ()) -> Answer:
        self.calls.append((question, article_id, tuple(history)))
        return self.script[question]


BODY = "Title\n\nThe attack did not kill or wound any U.S. troops. Iran appears to be standing down."
NO_TROOPS = "The attack did not kill or wound any U.S. troops."


def article(article_id: str) -> Article:
    return Article(id=article_id, title="Title", source=f"{article_id}.txt", text=BODY, sha256="0" * 64)


SCRIPT = {
    "Were there casualties?": answer("No, the attack did not kill or wound any U.S. troops [1].", NO_TROOPS),
    "And is Iran standing down?": answer(
        "Yes, Iran appears to be standing down [1].", "Iran appears to be standing down."
    ),
    "How many missiles?": answer("The article does not say.", abstained=True),
    "Who ordered it?": answer("Iran appears to be standing down [1].", "Iran appears to be standing down."),
}
QUESTIONS = [
    {
        "id": "cas",
        "question": "Were there casualties?",
        "polarity": "no",
        "must_include": ["no"],
        "evidence": ["did not kill or wound any U.S. troops"],
        "reference": "No.",
    },
    {
        "id": "fu",
        "article": "other.txt",
        "question": "And is Iran standing down?",
        "history": [["Were there casualties?", "No."]],
        "polarity": "yes",
        "evidence": ["appears to be standing down"],
    },
    {"id": "un1", "question": "How many missiles?", "answerable": False},
    {"id": "un2", "question": "Who ordered it?", "answerable": False},
]


@pytest.fixture
def question_file(tmp_path: Path) -> Path:
    (tmp_path / "other.txt").write_text(BODY)
    return write_lines(tmp_path / "questions.jsonl", *QUESTIONS)


def test_run_and_write_report(tmp_path: Path, question_file: Path) -> None:
    questions = load_question_set(question_file)
    chat = ScriptedChat(SCRIPT)
    articles = {None: article("default"), (tmp_path / "other.txt").resolve(): article("other")}
    report = ev.run_evaluation(chat, questions, articles, source=question_file, progress=False)

    assert sorted(chat.indexed) == ["default", "other"]
    assert chat.calls[1] == ("And is Iran standing down?", "other", (Turn("Were there casualties?", "No."),))
    summary = report.summary
    assert (summary["answer_accuracy"], summary["abstain_recall"], summary["abstain_precision"]) == (
        1.0,
        0.5,
        1.0,
    )
    assert (summary["citation_recall"], summary["evidence_hit1"], summary["questions"]) == (1.0, 1.0, 4)

    out = tmp_path / "out" / "run"
    ev.write_report(report, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(["report.json", "report.md", *ev.PLOT_FILES])
    for name in ev.PLOT_FILES:
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    document = json.loads((out / "report.json").read_text())
    assert tuple(document["summary"]) == ev.SUMMARY_KEYS
    first = document["results"][0]
    assert {
        "id",
        "question",
        "kind",
        "answer",
        "abstained",
        "citations",
        "latency_ms",
        "correct",
        "concise_correct",
        "citation_recall",
        "citation_precision",
        "evidence_hit1",
        "abstain_correct",
    } <= set(first)
    assert (first["id"], first["kind"], first["correct"], first["abstain_correct"]) == (
        "cas",
        "yes/no",
        True,
        True,
    )
    assert first["citations"] == [
        {
            "number": 1,
            "article_id": "a",
            "sentence_index": 1,
            "start": 10,
            "end": 59,
            "text": NO_TROOPS,
            "score": 0.5,
        }
    ]
    unanswered = document["results"][3]
    assert (unanswered["kind"], unanswered["correct"], unanswered["abstain_correct"]) == (
        "unanswerable",
        None,
        False,
    )
    markdown = (out / "report.md").read_text()
    assert "| answer_accuracy" in markdown
    assert "## Worst failures (1 of 4 questions failed)" in markdown
    assert "`un2` (unanswerable): answered although the article does not say" in markdown
    assert "[1] sentence 1: “Iran appears to be standing down.”" in markdown
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["run"]  # no staging folder left behind


def test_write_report_is_atomic(tmp_path: Path, question_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = load_question_set(question_file)
    articles = {None: article("default"), (tmp_path / "other.txt").resolve(): article("other")}
    report = ev.run_evaluation(
        ScriptedChat(SCRIPT), questions, articles, source=question_file, progress=False
    )

    def broken_plot(results: object, path: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ev, "plot_latency_histogram", broken_plot)
    parent = tmp_path / "reports"
    with pytest.raises(OSError, match="disk full"):
        ev.write_report(report, parent / "new")
    assert list(parent.iterdir()) == []  # neither the report nor its staging folder

    (parent / "old").mkdir()
    (parent / "old" / "report.md").write_text("previous run")
    with pytest.raises(OSError, match="disk full"):
        ev.write_report(report, parent / "old")
    assert [p.name for p in parent.iterdir()] == ["old"]
    assert (parent / "old" / "report.md").read_text() == "previous run"


# --------------------------------------------------------------------------- evaluate_cli


class RecordingFactory:
    """A service factory that builds a ScriptedChat and records the settings it was given."""

    def __init__(self) -> None:
        self.built: list[Settings] = []

    def __call__(self, settings: Settings) -> ScriptedChat:
        self.built.append(settings)
        return ScriptedChat(SCRIPT)

    def stores(self) -> list[tuple[Path, str]]:
        """The store folder and collection prefix of every service built."""
        return [(s.data_dir, s.collection_prefix) for s in self.built]


def settings_for(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "default.txt").write_text(BODY)
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data")


def test_evaluate_cli_runs_in_its_own_store_and_checks_floors(
    tmp_path: Path, question_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path)
    factory = RecordingFactory()
    out = tmp_path / "out"
    code = ev.evaluate_cli(
        settings,
        question_file,
        out,
        limit=None,
        progress=False,
        service_factory=factory,
        fail_under=["answer_accuracy=0.9", "abstain_recall=0.5"],
    )
    assert code == 0
    assert factory.stores() == [(tmp_path / "data" / "eval", "article_chat_eval")]
    assert (out / "report.json").is_file()
    printed = capsys.readouterr().out
    assert "| abstain_recall" in printed and "report.md" in printed

    code = ev.evaluate_cli(
        settings,
        question_file,
        out,
        limit=2,
        progress=False,
        service_factory=factory,
        fail_under=["abstain_recall=0.5"],
    )
    assert code == 1  # the first two questions are answerable: abstain_recall is undefined
    assert "FAIL: abstain_recall is undefined" in capsys.readouterr().err
    assert json.loads((out / "report.json").read_text())["summary"]["questions"] == 2


def test_evaluate_cli_bad_input_exits_2_with_one_line(
    tmp_path: Path, question_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path)
    bad = write_lines(tmp_path / "bad.jsonl", {"id": "x", "question": "Q?", "polarity": "perhaps"})
    out = tmp_path / "out"
    for path, fail_under in ((bad, []), (question_file, ["nonsense=1"])):
        code = ev.evaluate_cli(
            settings,
            path,
            out,
            limit=None,
            fail_under=fail_under,
            progress=False,
            service_factory=lambda s: ScriptedChat(SCRIPT),
        )
        err = capsys.readouterr().err
        assert code == 2
        assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_evaluate_cli_failing_run_leaves_no_out_dir(
    tmp_path: Path, question_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    class Failing(ScriptedChat):
        def answer(self, question: str, article_id: str, history: Sequence[Turn] = ()) -> Answer:
            raise ArticleNotFoundError(f"no article {article_id}")

    out = tmp_path / "out"
    code = ev.evaluate_cli(
        settings_for(tmp_path),
        question_file,
        out,
        limit=None,
        fail_under=[],
        progress=False,
        service_factory=lambda s: Failing(SCRIPT),
    )
    assert code == 2
    assert "question 'cas': no article" in capsys.readouterr().err
    assert not out.exists()
    assert not any(p.name.startswith(".out") for p in tmp_path.iterdir())


def test_eval_settings_separate_the_folder_and_the_collections(tmp_path: Path) -> None:
    settings = Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data")
    local = ev.eval_settings(settings)
    assert (local.data_dir, local.collection_prefix) == (tmp_path / "data" / "eval", "article_chat_eval")
    assert (settings.data_dir, settings.collection_prefix) == (tmp_path / "data", "article_chat")
    served = settings.model_copy(update={"chroma_host": "chroma.internal", "collection_prefix": "news"})
    remote = ev.eval_settings(served)
    assert (remote.chroma_host, remote.data_dir, remote.collection_prefix) == (
        "chroma.internal",
        tmp_path / "data" / "eval",
        "news_eval",
    )
    assert remote.corpus_dir == tmp_path / "corpus"


def test_evaluate_builds_the_service_after_validation_in_the_eval_store(
    tmp_path: Path, question_file: Path
) -> None:
    settings = settings_for(tmp_path)
    factory = RecordingFactory()
    report = ev.evaluate(settings, question_file, limit=3, service_factory=factory, progress=False)
    assert [r.question.id for r in report.results] == ["cas", "fu", "un1"]
    assert [r.article_id for r in report.results] == ["default", "other", "default"]
    assert factory.stores() == [(tmp_path / "data" / "eval", "article_chat_eval")]

    bad = write_lines(tmp_path / "bad.jsonl", {"id": "x", "question": "Q?", "polarity": "perhaps"})
    with pytest.raises(QuestionSetError, match=r"bad\.jsonl:1: field 'polarity'"):
        ev.evaluate(settings, bad, service_factory=factory, progress=False)
    with pytest.raises(RagError, match="Question limit 0: give a positive number"):
        ev.evaluate(settings, question_file, limit=0, service_factory=factory, progress=False)
    assert len(factory.built) == 1  # bad input never builds a service (which would load the model)


def test_write_dated_report_keeps_the_newest_five(tmp_path: Path, question_file: Path) -> None:
    questions = load_question_set(question_file)
    articles = {None: article("default"), (tmp_path / "other.txt").resolve(): article("other")}
    report = ev.run_evaluation(
        ScriptedChat(SCRIPT), questions, articles, source=question_file, progress=False
    )
    folder = tmp_path / "data" / "eval-reports"
    older = [f"2024010{day}T120000.000000Z" for day in range(1, 7)]
    for name in [*older, "notes"]:
        (folder / name).mkdir(parents=True)
    now = datetime(2025, 3, 4, 5, 6, 7, 89, tzinfo=UTC)

    out = ev.write_dated_report(report, folder, now=now)

    assert out == folder / "20250304T050607.000089Z"
    assert (out / "report.md").is_file() and (out / "report.json").is_file()
    assert sorted(p.name for p in folder.iterdir()) == [*older[-4:], out.name, "notes"]
    assert ev.reports_dir(settings_for(tmp_path)) == tmp_path / "data" / "eval-reports"


def test_default_article_is_the_configured_one_else_the_first(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "uploads").mkdir(parents=True)
    for name in ("b-second.txt", "a-first.txt", "uploads/0-upload.txt"):
        (corpus / name).write_text(f"{name}\n\n{BODY}")
    settings = Settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    assert ev.default_article(settings).id == "a-first"
    assert ev.default_article(settings.model_copy(update={"default_article": "b-second"})).id == "b-second"
    assert ev.default_article(settings.model_copy(update={"default_article": "gone"})).id == "a-first"
    (tmp_path / "empty").mkdir()
    with pytest.raises(ArticleNotFoundError, match="holds no article"):
        ev.default_article(settings.model_copy(update={"corpus_dir": tmp_path / "empty"}))


# --------------------------------------------------------------------------- the seed set


def article_body() -> str:
    """The article minus "Posted on", the headline, and the last line (a related-link teaser)."""
    lines = [line for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[0] == "Posted on" and lines[-1].startswith("What we know about bases")
    return "\n".join(lines[2:-1])


def test_seed_set_loads_with_enough_questions_of_each_kind() -> None:
    questions = load_question_set(SEED)
    kinds = [q.kind for q in questions]
    assert len(questions) >= 44
    assert kinds.count("unanswerable") >= 10
    assert sum(q.polarity is not None for q in questions) >= 6
    assert {q.polarity for q in questions} == {"yes", "no", None}
    assert sum(bool(q.history) for q in questions) >= 6
    assert all(q.article is None for q in questions)


def test_seed_evidence_is_copied_from_the_article_body() -> None:
    body = article_body()
    for q in load_question_set(SEED):
        assert q.evidence or not q.answerable, q.id
        for passage in q.evidence:
            assert passage in body, (q.id, passage)


def test_seed_must_include_is_fair_for_an_extractive_answerer() -> None:
    # Every required phrase is the polarity word or appears in the evidence the answer can quote.
    for q in load_question_set(SEED):
        quotable = " ".join(q.evidence)
        for entry in q.must_include:
            assert entry == q.polarity or includes(quotable, entry), (q.id, entry)


def is_figure(entry: str) -> bool:
    """Whether every alternative of a ``must_include`` entry is a figure: "5|five", "16|sixteen", "1950"."""
    words = r"(?:\w+teen|\w+ty)(?:-\w+)?"  # "sixteen", "thirty-three"
    return all(
        re.fullmatch(rf"[\d,.]+|{words}", alt.lower()) or alt.lower() in COUNT_VALUES
        for alt in entry.split("|")
    )


@pytest.mark.parametrize(
    ("path", "articles", "count"), [(NEWS, 5, 100), *((path, 1, 25) for path in BLIND_NEWS)]
)
def test_news_sets_are_quotable_from_their_own_articles(path: Path, articles: int, count: int) -> None:
    assert len(BLIND_NEWS) == 295
    # The unseen news sets: dev-set news articles, the same kinds of question as the seed set; a why-set
    # ("...w") asks only for reasons, a set of conversational messages ("...t") for overviews, more,
    # requests, either-or choices and small talk, a set about people ("...r") who is named, who is quoted
    # and who said what, and a set of who-said-what ("...q") what someone said and who said it, with
    # as many such questions the article does not answer, so none has a yes/no question; a yes/no set
    # ("...y") asks whether things are so and whether someone told a detail, with ten it does not settle;
    # a set about numbers ("...n") asks how many, how much, how long and when, and yes/no about a figure;
    # a set about order and comparison ("...k") which of two events came first, and who or what is more;
    # a set of figures worked out ("...m") asks for a figure the article gives only in parts (a tally's
    # sides, the years between two dates, the places a list names), which no passage holds as such; a set
    # in other words ("...p") asks in words the answering sentence does not use; a set typed as in a chat
    # box ("...h") asks with keyword queries, typos, shorthand and statements asked back; a set about where
    # things stand ("...i") asks what has happened yet, what comes next, by when and on what it depends; a
    # set about several things at once ("...j") asks for lists, both or each, and two questions in one; a
    # set about "how" ("...e") asks by what means, in what way, how someone reacted and how much; a set
    # about all, any, none and only ("...a") whether something holds for all, some or none of a group; a
    # set about effects ("...g") what something led to, what happens if, on what condition and what for;
    # a set about places ("...l") where something happened or will, and where someone is from or spoke; a
    # set about time ("...o") when, how long and in what order; one about negation ("...u") what did not
    # happen; one about what things are ("...v") terms, names and abbreviations; one about who did what
    # to whom ("...x") the doers and receivers of an act; one about who says so ("...z") whose claim
    # something is and whether the article states it itself; one about exact words ("...za") quotes and
    # who said them; one comparing ("...zb") two people, sides, times or figures; one of long
    # conversations ("...zc") asks follow-ups after two or more turns; one taking something for granted
    # ("...zd") asks with a premise the article confirms, contradicts or never states; one about positions
    # ("...ze") who is for or against what; one of two-step questions ("...zf") names someone by what they
    # did and asks something else of them; one asking for judgement ("...zg") whether something is likely,
    # right or a big deal, answerable only where the article or its sources judge it; one about background
    # ("...zh") what led up to the story and whether it happened before; one about sourcing ("...zi") how
    # the article knows, who confirmed or disputed a claim and whether a source is named; one about
    # reactions ("...zj") how people responded; one about outcomes ("...zk") how things turned out; one about
    # aims ("...zl") what people and measures are for; one about organisations ("...zm") the bodies named.
    questions = load_question_set(path)
    worked_out = path.stem.endswith("m")
    assert len({q.article for q in questions}) == articles and len(questions) == count
    polarities = {None} if path.stem.endswith(("w", "t", "r", "q")) else {"yes", "no", None}
    assert {q.polarity for q in questions} == polarities
    unanswerable = 5 if path.stem.endswith(("t", "r")) else 6
    assert sum(bool(q.history) for q in questions) >= 3
    assert sum(not q.answerable for q in questions) >= unanswerable
    for q in questions:
        assert q.article is not None
        text = q.article.read_text(encoding="utf-8")
        assert q.evidence or not q.answerable, q.id
        assert all(passage in text for passage in q.evidence), q.id
        evidence = " ".join(q.evidence)
        assert all(includes(evidence, e) or (worked_out and is_figure(e)) for e in q.must_include), q.id

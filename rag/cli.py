"""``python -m rag`` / ``article-chat``: ingest, ask, chat, eval and serve from a terminal.

User errors print one line saying what to do and exit with code 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rag.config import Settings
from rag.errors import InvalidQuestionError, RagError
from rag.schema import Answer, Turn

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = argparse.ArgumentParser(prog="article-chat", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="index the corpus folder, or the given files and folders")
    ingest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the corpus folder)")

    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--article", help="article id or file path (default: the default article)")
    ask.add_argument("--history", type=Path, help='JSON file: [["earlier question", "earlier answer"], ...]')

    chat = sub.add_parser("chat", help="a conversation in the terminal")
    chat.add_argument("--article", help="article id or file path (default: the default article)")

    evaluate = sub.add_parser("eval", help="score a question set (JSON Lines)")
    evaluate.add_argument("questions", type=Path)
    evaluate.add_argument("--out", type=Path, required=True, help="folder for report.json, report.md, plots")
    evaluate.add_argument("--limit", type=int, help="only the first N questions")
    evaluate.add_argument(
        "--fail-under", action="append", default=[], metavar="METRIC=VALUE", help="exit 1 below this"
    )

    serve = sub.add_parser("serve", help="the web UI")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    args = build_parser().parse_args(argv)
    settings = Settings()
    try:
        if args.command == "eval":
            from rag.evaluation import evaluate_cli

            return evaluate_cli(
                settings, args.questions, args.out, limit=args.limit, fail_under=args.fail_under
            )
        if args.command == "serve":
            from rag.ui import serve

            overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
            serve(settings.model_copy(update=overrides))
            return 0
        return _run(args, settings)
    except RagError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from rag.chat import ArticleChat, ChatSession

    if args.command == "ask":
        question = " ".join(args.question.split())
        history = _read_history(args.history) if args.history else ()
        service = ArticleChat.from_settings(settings)
        service.check_question(question)
        article_id = service.resolve_article(args.article)
        answer = service.answer(question, article_id, history)
        print(json.dumps(answer_json(question, answer), ensure_ascii=False) if args.json else render(answer))
        return 0
    service = ArticleChat.from_settings(settings)
    if args.command == "ingest":
        report = service.ingest(args.paths)
        print(
            f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed; {report.embedded} sentences embedded."
        )
        return 0
    session = ChatSession(service, service.resolve_article(args.article))
    print(f"Ask about: {service.article(session.article_id).title}\n(empty line or Ctrl-D to quit)")
    while True:
        try:
            question = input("> ")
        except EOFError:
            return 0
        if not question.strip():
            return 0
        try:
            print(render(session.ask(question)))
        except InvalidQuestionError as exc:
            print(f"error: {exc}", file=sys.stderr)


def answer_json(question: str, answer: Answer) -> dict[str, object]:
    """The stable JSON shape of an answer (DESIGN §4)."""
    from rag.evaluation import citation_json

    return {
        "question": question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "citations": [citation_json(c) for c in answer.citations],
        "timings_ms": {k: round(v, 2) for k, v in answer.timings_ms.items()},
    }


def render(answer: Answer) -> str:
    """The answer and its numbered quotes, for a terminal."""
    lines = [answer.text]
    for c in answer.citations:
        lines.append(f"  [{c.number}] sentence {c.sentence.index}, chars {c.sentence.start}-{c.sentence.end}")
    return "\n".join(lines)


def _read_history(path: Path) -> tuple[Turn, ...]:
    """Turns from ``[["question", "answer"], ...]``; a malformed file is a user error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RagError(f'History file "{path}" does not exist: check the path.') from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RagError(f'History file "{path}" is not valid JSON ({exc}): fix it and try again.') from None
    if not isinstance(data, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in data
    ):
        raise RagError(
            f'History file "{path}" must hold [["earlier question", "earlier answer"], ...]: '
            "fix it and try again."
        )
    return tuple(Turn(q, a) for q, a in data)

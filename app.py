"""``python app.py [--host H] [--port N]``: the composition root that serves the UI on the corpus.

It builds the settings and the service, indexes the corpus folder (so a fresh clone works: unchanged
files embed nothing), then serves. Nothing runs at import.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Index the corpus and serve the UI until interrupted; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", help="interface to bind (default 127.0.0.1, or RAG_HOST)")
    parser.add_argument("--port", type=int, help="port (default 7860, or RAG_PORT)")
    args = parser.parse_args(argv)

    from rag.chat import ArticleChat
    from rag.config import Settings
    from rag.errors import RagError
    from rag.ui import serve

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    settings = Settings().model_copy(update=overrides)
    try:
        service = ArticleChat.from_settings(settings)
        report = service.ingest()
        print(
            f"Corpus {settings.corpus_dir}: {len(report.added)} added, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.removed)} removed.",
            flush=True,
        )
        serve(settings, service)
    except RagError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())

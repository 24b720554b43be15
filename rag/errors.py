"""Errors that reach users: each says what failed, naming the input, and what to do next.

They are translated to ``gr.Error`` in the UI and to exit code 2 in the CLI, never shown as tracebacks.
"""

from __future__ import annotations


class RagError(Exception):
    """Base class for every error the product reports to a user."""


class InvalidQuestionError(RagError):
    """The question is empty, too long, or otherwise unusable."""


class ArticleNotFoundError(RagError):
    """No article with that id or path exists in the store or on disk."""


class UnreadableDocumentError(RagError):
    """A file or pasted text cannot be turned into an article (binary, bad encoding, no text, too large)."""


class QuestionSetError(RagError):
    """An evaluation question file is malformed."""


class StoreError(RagError):
    """The vector store cannot be opened or written."""

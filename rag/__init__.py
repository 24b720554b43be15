"""Article Chat: ask a news article questions, get answers proved by its own sentences.

Importing this package is instant and offline: heavy models load lazily on first use.
"""

from rag.offline import enforce_offline_environment

enforce_offline_environment()

__version__ = "0.1.0"

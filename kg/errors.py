"""The errors and warnings kg raises; every message names the bad value and the choices."""

from __future__ import annotations

from typing import Any


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ReaderError(KGError):
    """A file could not be read as a document.

    :param path: The file that failed (shown first in the message).
    :param reason: What is wrong with it, in words a user can act on.
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class PartialRead(ReaderError):
    """A file of several documents, some of which could not be read.

    Raised by a reader that reads the rest: a caller that takes whole files only sees a
    :class:`ReaderError`; :func:`kg.readers.iter_read` keeps the good documents.

    :param documents: The documents read.
    :param reasons: Why each of the others could not be read (one per document).
    """

    def __init__(self, path: object, documents: list[Any], reasons: list[str]) -> None:
        super().__init__(path, f"{len(reasons)} of its {len(reasons) + len(documents)} documents could not be "
                               f"read: " + "; ".join(reasons))
        self.documents = documents
        self.reasons = reasons


class UnknownTermError(KGError):
    """A name that should be in a closed vocabulary is not."""


class QueryNotFoundError(KGError):
    """No named query has this name."""


class QueryParameterError(KGError):
    """A query parameter is unknown, malformed or does not resolve to an entity."""


class KGWarning(UserWarning):
    """A problem with one input that does not stop the rest of the batch."""

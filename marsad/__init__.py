"""marsad (مرصد): Arabic news in, PLOVER-coded political events out.

    >>> import marsad
    >>> doc = marsad.analyze(text, published="2025-04-10")
    >>> doc.events[0].event_type
"""
from __future__ import annotations

from .doc import Document
from .errors import InputError, MarsadError

__version__ = "0.1.0"
__all__ = ["analyze", "Document", "InputError", "MarsadError", "__version__"]


def analyze(text_or_document, published=None, url=None, **kwargs) -> Document:
    """Run the whole pipeline on one article; see :func:`marsad.pipeline.analyze`."""
    from .pipeline import analyze as _analyze

    return _analyze(text_or_document, published=published, url=url, **kwargs)

"""Section / relevance classifier: which news section an article belongs to, and so whether
its events should be coded (sport, culture and technology articles are not political news).

    >>> from marsad.classify import classify, is_relevant
    >>> s = classify("الترجي يفوز على النجم", "فاز الترجي الرياضي على النجم الساحلي ...")
    >>> s.label, s.relevant
    ('sport', False)

Run time is plain Python (:mod:`.section`, :mod:`.model`, :mod:`.features`); training
(:mod:`.train`, scikit-learn) and evaluation (:mod:`.evaluate`) read the ANT corpora in
``../shared/data/news`` with the split of :mod:`.split`.
"""
from __future__ import annotations

from .labels import is_relevant, labels, relevant_labels
from .section import Section, classify, get_model


def run_train(*args, **kwargs) -> int:
    """``marsad classify train`` (see :func:`marsad.classify.train.run_train`)."""
    from .train import run_train as _run

    return _run(*args, **kwargs)


def run_eval(*args, **kwargs) -> int:
    """``marsad classify eval`` (see :func:`marsad.classify.evaluate.run_eval`)."""
    from .evaluate import run_eval as _run

    return _run(*args, **kwargs)


def run_classify(*args, **kwargs) -> int:
    """``marsad classify FILE`` (see :func:`marsad.classify.commands.run_classify`)."""
    from .commands import run_classify as _run

    return _run(*args, **kwargs)


__all__ = ["Section", "classify", "get_model", "is_relevant", "labels", "relevant_labels",
           "run_classify", "run_eval", "run_train"]

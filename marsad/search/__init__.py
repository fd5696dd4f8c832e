"""Arabic full-text search over a marsad store (the ``doc_fts`` table of :mod:`marsad.store.schema`).

* :mod:`.analyzer` — the light stemmer shared by the index and the queries;
* :mod:`.query` — a search-box query → an FTS5 MATCH expression that user input cannot break;
* :mod:`.index` — :func:`add` / :func:`remove` / :func:`rebuild` the index, :func:`search` it with
  filters (dates, source, section, entity, country);
* :mod:`.snippet` — excerpts and highlights cut from the original text.
"""
from .analyzer import index_terms, term
from .index import Hit, add, count, rebuild, remove, search
from .query import Query, parse
from .snippet import Snippet, highlight, snippet

__all__ = ["Hit", "Query", "Snippet", "add", "count", "highlight", "index_terms", "parse", "rebuild",
           "remove", "search", "snippet", "term"]

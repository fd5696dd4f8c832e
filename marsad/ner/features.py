"""Token features for the CRF tagger.

A CRF is only as good as what it is told about each token. Arabic glues clitics onto words
(وبيروت، للرئيس), has no capital letters, and most names in the news never occur in the
125,000 training tokens, so the features reach beyond the word itself:

* the word, its normalised form, its clitic-stripped stems (:func:`marsad.text.tokens.analyses`)
  and the first/last 1–4 letters of the normalised form (ال، ية، ون …);
* its shape (Arabic, Latin, digits, punctuation; length);
* the project's lexicons: gazetteer matches (country, city, region, organisation,
  nationality — as B-/I- of the phrase matched through clitics), role and title phrases
  (a person title right before a word is the strongest PERS cue Arabic news has), function
  words, reporting verbs (وقال X), and event triggers or light verbs (they end names), read
  from the snapshot trained with the model (:mod:`marsad.ner.lexicons`), not live;
* word clusters learned without labels from the news corpora (:mod:`marsad.ner.clusters`),
  at several granularities and as Brown-style bit-path prefixes;
* ±1/±2 windows of the key features, and word bigrams around the token.

Speed: everything that depends on the word alone is computed once per word form and
cached (news repeats words), so a sentence costs a few list extensions per token plus one
pass of the gazetteer and role matchers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from ..doc import Token
from ..text.normalize import norm
from ..text.tokens import analyses
from . import clusters as _clusters
from . import lexicons as _lexicons
from . import silver as _silver

# Feature groups, for ablations; DEFAULT is what the shipped model was trained with.
ALL_GROUPS = frozenset({
    "word", "stem", "affix", "shape", "gazetteer", "role", "lexical", "clusters", "paths",
    "window", "window2", "bigram", "silver",
})
DEFAULT_GROUPS = ALL_GROUPS

OFFSETS = (-2, -1, 1, 2)
_MAX_CACHE = 300_000  # word forms; a long crawl's vocabulary is bounded by clearing
PATH_PREFIXES = (4, 6, 10, 14, 20)

_NUM_RE = re.compile(r"^[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬/:%]*$")
_PUNCT_RE = re.compile(r"^[^\w]+$")


def token_kind(text: str) -> str:
    """word | latin | num | punct, as :func:`marsad.text.tokens.tokenize` would say."""
    if _NUM_RE.match(text):
        return "num"
    if _PUNCT_RE.match(text):
        return "punct"
    if text[0].isascii() and text[0].isalpha():
        return "latin"
    return "word"


def as_tokens(words: Sequence[str]) -> list[Token]:
    """Pre-tokenised words (one ANERcorp line each) as marsad tokens, for the phrase matchers."""
    out: list[Token] = []
    pos = 0
    for i, w in enumerate(words):
        out.append(Token(i=i, start=pos, end=pos + len(w), text=w, norm=norm(w), kind=token_kind(w)))
        pos += len(w) + 1
    return out


def _length(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9+"


@dataclass
class Featurizer:
    """Turns a sentence (a list of words) into one list of feature strings per word."""

    groups: frozenset[str] = DEFAULT_GROUPS
    context_only: bool = False  # drop the word's own identity (see marsad.ner.silver)
    keep_features: bool = True  # cache every word form's feature strings
    _cache: dict[str, tuple] = field(default_factory=dict, repr=False)
    _heads: dict[str, tuple[str, str, bool]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------ per word form (cached)

    def _clusters_of(self, n: str) -> tuple[tuple[str, ...] | None, str, bool]:
        """Cluster ids and bit path of a normalised word, falling back on its stems."""
        cl = _clusters.shipped()
        ids = cl.ids.get(n)
        if ids is not None:
            return ids, cl.paths.get(n, ""), False
        for a in analyses(n)[1:]:
            ids = cl.ids.get(a.stem)
            if ids is None and "ال" in a.prefixes:
                ids = cl.ids.get("ال" + a.stem)
            if ids is not None:
                return ids, cl.paths.get(a.stem, ""), True
        return None, "", False

    def _word(self, w: str) -> tuple[tuple[str, ...], ...]:
        """(own features, window features at -2, -1, +1, +2) of one word form."""
        g = self.groups
        n = norm(w)
        kind = token_kind(w)
        own: list[str] = ["bias"]
        win: list[str] = []
        if "word" in g:
            own.append("w=" + w)
            own.append("n=" + n)
            win.append("n=" + n)
        if "stem" in g and kind == "word":
            stems = []
            for a in analyses(n)[:6]:
                if a.stem not in stems:
                    stems.append(a.stem)
            for s in stems[1:4]:
                own.append("st=" + s)
            if len(stems) > 1:
                win.append("st=" + stems[-1])
            defi = any("ال" in a.prefixes for a in analyses(n)) or n.startswith("ال")
            if defi:
                own.append("def")
                win.append("def")
        if "affix" in g and kind in ("word", "latin"):
            for k in (1, 2, 3, 4):
                if len(n) > k:
                    own.append(f"p{k}=" + n[:k])
                    own.append(f"s{k}=" + n[-k:])
        if "shape" in g:
            own.append("k=" + kind)
            own.append("len=" + _length(len(n)))
            win.append("k=" + kind)
            if kind == "word" and any(c.isdigit() for c in n):
                own.append("hasdigit")
        if "lexical" in g:
            lexicons = _lexicons.shipped()
            if n in lexicons.function_words:
                own.append("fw")
                win.append("fw=" + n)
            lex = lexicons.lexical_words
            if any(a.stem in lex for a in analyses(n)[:4]):
                own.append("lex")
                win.append("lex")
            said = lexicons.speech_verbs
            if any(a.stem in said for a in analyses(n)[:3]):
                own.append("say")
                win.append("say")
        if "clusters" in g or "paths" in g:
            ids, path, via_stem = self._clusters_of(n)
            if ids is None:
                own.append("c=none")
                win.append("c=none")
            else:
                if via_stem:
                    own.append("c=stem")
                if "clusters" in g:
                    for name, cid in zip(_cluster_names(), ids):
                        own.append(f"{name}={cid}")
                        if name == WINDOW_CLUSTER:
                            win.append(f"{name}={cid}")
                if "paths" in g and path:
                    for p in PATH_PREFIXES:
                        if len(path) >= p or p == PATH_PREFIXES[0]:
                            own.append(f"b{p}=" + path[:p])
                    win.append("b6=" + path[:6])
        if "silver" in g and not self.context_only:
            sv = _silver.shipped().get(n)
            if sv is None:
                for a in analyses(n)[1:3]:
                    sv = _silver.shipped().get(a.stem)
                    if sv is not None:
                        break
            if sv is not None:
                own.append(f"sv={sv[0][0]}")
                win.append(f"sv={sv[0][0]}")
                own.extend(f"sv={t}:{b}" for t, b in sv)
            else:
                own.append("sv=none")
        if self.context_only:
            own = [f for f in own if f.startswith(_silver.CONTEXT_KEEP)]
        wins: list[tuple[str, ...]] = []
        for d in OFFSETS:
            if abs(d) == 2 and "window2" not in g or "window" not in g:
                wins.append(())
            else:
                wins.append(tuple(f"{d}:{f}" for f in win if f))
        return (tuple(own), *wins)

    def head(self, w: str) -> tuple[str, str, bool]:
        """Cached (norm, kind, starts-a-lexicon-phrase) of a word form: what every sentence
        that contains it needs."""
        got = self._heads.get(w)
        if got is None:
            if len(self._heads) > _MAX_CACHE:
                self._heads.clear()
            n = norm(w)
            kind = token_kind(w)
            got = self._heads[w] = (n, kind, kind != "punct" and _may_start_phrase(n))
        return got

    def word_features(self, w: str) -> tuple:
        """(norm, kind, starts-a-lexicon-phrase, own, window -2, -1, +1, +2) of a word form,
        cached when ``keep_features`` (training reads each form many times; the compiled
        tagger turns it into weights once and keeps those instead)."""
        got = self._cache.get(w)
        if got is None:
            got = (*self.head(w), *self._word(w))
            if self.keep_features:
                if len(self._cache) > _MAX_CACHE:
                    self._cache.clear()
                self._cache[w] = got
        return got

    # ------------------------------------------------------------ per sentence

    def _lexicon_marks(self, tokens: list[Token], starts: list[int]) -> list[list[str]]:
        """Context-dependent marks per token: gazetteer B-/I- with kind, roles and titles.

        Only tokens whose clitic readings begin some lexicon phrase are tried (``starts``):
        most tokens begin none, and the matchers are the costliest part of a sentence."""
        marks: list[list[str]] = [[] for _ in tokens]
        g = self.groups
        lexicons = _lexicons.shipped()
        if "gazetteer" in g:
            for m in _matches(lexicons.gazetteer, tokens, starts):
                tag = m.value
                for j in range(m.first, m.last):
                    marks[j].append(("gB=" if j == m.first else "gI=") + tag)
                if m.last - m.first > 1:
                    marks[m.first].append("gmulti")
        if "role" in g:
            for m in _matches(lexicons.roles, tokens, starts, lambda m: m.value != "none"):
                kind = m.value
                for j in range(m.first, m.last):
                    marks[j].append(("rB=" if j == m.first else "rI=") + kind)
                # TITLE [NATIONALITY] [،] NAME: the cue reaches over the adjective and comma
                j = m.last
                while j < len(tokens) and (tokens[j].text in _COMMAS or any(
                        x.startswith(("gB=nationality", "gI=nationality")) for x in marks[j])):
                    j += 1
                if j < len(tokens):
                    marks[j].append("after_role=" + kind)
        return marks

    def layout(self, words: Sequence[str]) -> tuple[list[tuple], list[list[tuple[int, int]]], list[list[str]]]:
        """How each token's features are made: the :meth:`head` of each word form, then per
        token the (word index, slot) of every :meth:`word_features` tuple it takes (its own
        features at slot 3, a neighbour's window features at that offset's slot), and the
        features made for this sentence only (lexicon marks, sentence edges, word bigrams).

        :meth:`sentence` flattens this into strings for crfsuite; the compiled decoder
        (:mod:`marsad.ner.decode`) sums cached weight vectors over the same layout, so both
        see exactly the same features."""
        n = len(words)
        per = [self.head(w) for w in words]
        starts = [i for i, p in enumerate(per) if p[2]]
        if starts and ("gazetteer" in self.groups or "role" in self.groups):
            tokens = [Token(i, 0, len(w), w, p[0], p[1]) for i, (w, p) in enumerate(zip(words, per))]
            marks = self._lexicon_marks(tokens, starts)
        else:
            marks = [[] for _ in words]
        offsets = [d for d in OFFSETS if "window" in self.groups and (abs(d) == 1 or "window2" in self.groups)]
        bigram = "bigram" in self.groups and not self.context_only
        refs: list[list[tuple[int, int]]] = []
        extra: list[list[str]] = []
        for i in range(n):
            r = [(i, 3)]
            x = list(marks[i])
            for d in offsets:
                j = i + d
                if 0 <= j < n:
                    r.append((j, _SLOT[d]))
                    if marks[j]:
                        x.extend(_offset(d, m) for m in marks[j])
                else:
                    x.append(_EDGE[d])
            if bigram:
                cur = per[i][0]
                x.append("bg-=" + (per[i - 1][0] if i > 0 else "BOS") + "|" + cur)
                x.append("bg+=" + cur + "|" + (per[i + 1][0] if i + 1 < n else "EOS"))
            refs.append(r)
            extra.append(x)
        return per, refs, extra

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature strings for each word of one sentence (deterministic, order included)."""
        _, refs, extra = self.layout(words)
        per = [self.word_features(w) for w in words]
        out: list[list[str]] = []
        for r, x in zip(refs, extra):
            f: list[str] = []
            for j, slot in r:
                f.extend(per[j][slot])
            f.extend(x)
            out.append(f)
        return out


def _matches(matcher, tokens: list[Token], starts: list[int], keep=lambda m: True):
    """The matches of ``matcher`` at the candidate ``starts``, left to right, none inside an
    earlier one."""
    last = -1
    for i in starts:
        if i < last:
            continue
        m = matcher.match_at(tokens, i)
        if m is not None and keep(m):
            last = m.last
            yield m


WINDOW_CLUSTER = "c256"  # the clustering whose ids the ±1/±2 windows carry


def _cluster_names() -> tuple[str, ...]:
    """Feature names of the cluster columns: k256 → c256, L256 → cL256."""
    return tuple("c" + (c[1:] if c.startswith("k") else c) for c in _clusters.shipped().columns)


_COMMAS = frozenset({"،", ",", "-"})
_SLOT = {-2: 4, -1: 5, 1: 6, 2: 7}
_EDGE = {d: f"{d}:" + ("BOS" if d < 0 else "EOS") for d in OFFSETS}


@lru_cache(maxsize=4096)
def _offset(d: int, mark: str) -> str:
    return f"{d}:{mark}"


def _may_start_phrase(n: str) -> bool:
    first = _lexicons.shipped().first_words
    return any(a.stem in first for a in analyses(n))


@lru_cache(maxsize=1)
def default() -> Featurizer:
    return Featurizer()


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Features of one sentence with the shipped feature set."""
    return default().sentence(words)

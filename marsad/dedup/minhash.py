"""MinHash signatures of article texts and an LSH index over them.

Why MinHash: the same wire story reaches a store many times (one copy per site), with a
different title, a dateline (الرباط - (وكالات))، a byline, a «اقرأ أيضا» footer, a sentence
dropped or reworded. The Jaccard similarity of the two texts' sets of word shingles stays high
for such copies and is low for two different articles on the same topic, and a MinHash
signature estimates it from 128 numbers (512 bytes a document, a SQLite BLOB).

The scheme (changing any of it changes every stored signature, so it is versioned:
:data:`SCHEME` is written into each BLOB and :func:`from_bytes` refuses another one):

* **Words**: maximal runs of word characters (letters, digits; ``_`` splits, for hashtags)
  once diacritics, tatweel and zero-width marks are taken out, each normalised by
  :func:`marsad.text.normalize.norm` (hamza/alef forms, ta marbuta, alef maqsura, diacritics,
  tatweel, Arabic-Indic digits, case), so that spelling variants of a copy do not count as
  edits. Punctuation and whitespace are dropped: sites re-punctuate. Numbers are kept as words
  (separators split them: ``46,000`` reads ``46 000``): they tell two bulletins of the same
  template apart. A leading conjunction و is removed from words of 3 or more
  letters (وقال = قال): editors add and drop it when they cut or join sentences. The fold
  also applies to و-initial stems (وزير → زير), which is harmless — it is done on every text
  alike and only equality of shingles matters.
* **Shingles**: :data:`SHINGLE` = 4 consecutive words, the middle of the usual 3–5. Arabic
  words carry their clitics (وبالرباط، سيزور), so 4 Arabic words are about 5–6 English ones.
  On the team's articles 3, 4 and 5 separate about equally well (syndicated copies keep a
  mean Jaccard of 0.61 / 0.60 / 0.59, different articles at most 0.009 / 0.006 / 0.003);
  3-word shingles let stock phrases (وزير الداخلية الفرنسي في) count across articles, 5-word
  ones lose more per edit (each changed word breaks 5). A text with fewer words than that is
  one shingle; a text with no word has the empty signature (every value
  :data:`EMPTY_VALUE`), which is similar to nothing.
* **Hashing**: each shingle (its words joined by a space, UTF-8) goes through ``zlib.crc32``
  — stable across processes and machines, unlike Python's salted ``hash()``. The
  ``num_perm`` hash functions are multiply-add-shift, ``((a·x + b) mod 2**64) >> 32`` with
  ``a`` odd and ``b`` 64-bit (strongly universal for 32-bit ``x``, Dietzfelbinger 1996), the
  wrap-around of uint64 arrays doing the ``mod`` for free — three times faster than a
  ``mod (2**31 - 1)``. ``a`` and ``b`` come from BLAKE2b of their index (no dependence on
  numpy's random streams). Values are uint32.
"""
from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache

import numpy as np

from ..text.normalize import norm

NUM_PERM = 128
SHINGLE = 4
SCHEME = 1  # bump when words, shingles, hashing or permutations change

_SHIFT = np.uint64(32)
EMPTY_VALUE = np.uint32(0xFFFFFFFF)  # every value of the signature of a text without words
_CHUNK = 4096  # shingles per block: bounds the (num_perm × chunk) work array to 4 MB

# Diacritics, tatweel and zero-width marks sit inside words: removed before splitting.
_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c-\u200f\u061c]+")
_WORD_RE = re.compile(r"\w+")

_HEADER = struct.Struct("<2sBBH2x")  # magic, scheme, shingle size, num_perm, padding
_MAGIC = b"MH"


# ---------------------------------------------------------------- words and shingles

def words(text: str) -> list[str]:
    """The normalised words of ``text`` that shingles are made of (see the module doc)."""
    out: list[str] = []
    for token in _WORD_RE.findall(_MARKS_RE.sub("", text)):
        if "_" in token:  # #عاصي_الحلاني on one site, عاصي الحلاني on another
            out.extend(_fold(part) for part in token.split("_") if part)
        else:
            out.append(_fold(token))
    return out


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    w = norm(word)
    if len(w) >= 4 and w[0] == "و":  # و + a word of 3+ letters
        w = w[1:]
    return w


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """The set of k-word shingles of ``text`` (one shingle when it has fewer than k words)."""
    ws = words(text)
    if not ws:
        return set()
    if len(ws) < k:
        return {" ".join(ws)}
    return set(map(" ".join, zip(*(ws[i:] for i in range(k)))))


def shingle_jaccard(text_a: str, text_b: str, k: int = SHINGLE) -> float:
    """The exact Jaccard similarity of two texts' shingle sets (what signatures estimate)."""
    a, b = shingles(text_a, k), shingles(text_b, k)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _hashes(shingle_set: Iterable[str]) -> np.ndarray:
    return np.array([zlib.crc32(s.encode("utf-8")) for s in shingle_set], dtype=np.uint64)


# ---------------------------------------------------------------- permutations and signatures

@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients ``a`` (odd) and ``b`` of the hash functions, column vectors, fixed forever."""
    a = np.empty((num_perm, 1), dtype=np.uint64)
    b = np.empty((num_perm, 1), dtype=np.uint64)
    for i in range(num_perm):
        digest = hashlib.blake2b(f"marsad-minhash-{i}".encode(), digest_size=16).digest()
        a[i, 0] = int.from_bytes(digest[:8], "little") | 1
        b[i, 0] = int.from_bytes(digest[8:], "little")
    return a, b


def empty_signature(num_perm: int = NUM_PERM) -> np.ndarray:
    return np.full(num_perm, EMPTY_VALUE, dtype=np.uint32)


def signature_of_hashes(hashes: np.ndarray, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash of a set of 32-bit shingle hashes: the minimum of each hash function."""
    if hashes.size == 0:
        return empty_signature(num_perm)
    a, b = _permutations(num_perm)
    hashes = np.unique(hashes.astype(np.uint64, copy=False))
    out = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, hashes.size, _CHUNK):
        block = np.multiply(a, hashes[None, start:start + _CHUNK])  # wraps mod 2**64
        block += b
        np.minimum(out, block.min(axis=1), out=out)
    return (out >> _SHIFT).astype(np.uint32)  # the top 32 bits; >> is monotone, min commutes


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature (uint32 array of ``num_perm``) of an article's text."""
    return signature_of_hashes(_hashes(shingles(text)), num_perm)


def is_empty(sig: np.ndarray) -> bool:
    """True for the signature of a text without words (similar to nothing)."""
    return bool(sig.size) and bool((sig == EMPTY_VALUE).all())


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of permutations whose minima agree."""
    if sig_a.shape != sig_b.shape:
        raise ValueError(f"signatures of different sizes: {sig_a.size} and {sig_b.size}")
    if is_empty(sig_a) or is_empty(sig_b):
        return 0.0
    return float(np.count_nonzero(sig_a == sig_b)) / sig_a.size


def jaccard_many(sig: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard of ``sig`` with each row of ``others`` (an (n, num_perm) array)."""
    if is_empty(sig):
        return np.zeros(len(others))
    sims = np.count_nonzero(others == sig[None, :], axis=1) / sig.size
    sims[(others == EMPTY_VALUE).all(axis=1)] = 0.0
    return sims


# ---------------------------------------------------------------- storage

def to_bytes(sig: np.ndarray) -> bytes:
    """A signature as a SQLite BLOB: an 8-byte header (scheme, shingle size, num_perm) and
    the values as little-endian uint32 (512 bytes for 128 permutations)."""
    header = _HEADER.pack(_MAGIC, SCHEME, SHINGLE, sig.size)
    return header + sig.astype("<u4", copy=False).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    """The signature stored by :func:`to_bytes`. Raises ``ValueError`` for a BLOB written
    under another scheme: its signature cannot be compared, recompute it from the text."""
    if len(blob) < _HEADER.size:
        raise ValueError("not a marsad MinHash signature (too short)")
    magic, scheme, k, num_perm = _HEADER.unpack_from(blob)
    if magic != _MAGIC or len(blob) != _HEADER.size + 4 * num_perm:
        raise ValueError("not a marsad MinHash signature")
    if scheme != SCHEME or k != SHINGLE:
        raise ValueError(f"MinHash signature of scheme {scheme} (shingle {k}); this marsad "
                         f"writes scheme {SCHEME} (shingle {SHINGLE}): recompute it")
    return np.frombuffer(blob, dtype="<u4", offset=_HEADER.size).astype(np.uint32)


def stack_bytes(blobs: Sequence[bytes]) -> np.ndarray:
    """Many BLOBs as one (n, num_perm) array, without a numpy call per BLOB."""
    if not blobs:
        return np.empty((0, NUM_PERM), dtype=np.uint32)
    from_bytes(blobs[0])  # validates the scheme; the rest must have the same length
    size = len(blobs[0])
    if any(len(blob) != size for blob in blobs):
        raise ValueError("MinHash signatures of different sizes")
    raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), size)
    if not (raw[:, :_HEADER.size] == raw[0, :_HEADER.size]).all():
        raise ValueError("MinHash signatures of different schemes")
    return raw[:, _HEADER.size:].copy().view("<u4").astype(np.uint32)


# ---------------------------------------------------------------- LSH

def false_positive_area(threshold: float, bands: int, rows: int) -> float:
    """∫₀ᵗ P(candidate | s) ds: pairs below the threshold that still become candidates."""
    s = np.linspace(0.0, threshold, 201)
    return _integrate(1 - (1 - s ** rows) ** bands, s)


def false_negative_area(threshold: float, bands: int, rows: int) -> float:
    """∫ₜ¹ P(not a candidate | s) ds: pairs above the threshold that the index misses."""
    s = np.linspace(threshold, 1.0, 201)
    return _integrate((1 - s ** rows) ** bands, s)


def _integrate(y: np.ndarray, x: np.ndarray) -> float:
    """Trapezoid rule (np.trapz was renamed np.trapezoid in numpy 2)."""
    return float(np.sum((y[1:] + y[:-1]) * np.diff(x)) / 2)


@lru_cache(maxsize=64)
def optimal_bands(threshold: float, num_perm: int = NUM_PERM,
                  fp_weight: float = 0.5, fn_weight: float = 0.5) -> tuple[int, int]:
    """(bands, rows), bands × rows ≤ num_perm, minimising the weighted false-positive and
    false-negative areas under the S-curve ``1 - (1 - s**rows)**bands`` (the usual choice).

    False positives only cost a signature comparison (candidates are checked by their
    estimated Jaccard); false negatives lose a duplicate for good. Callers that verify
    candidates should weigh false negatives more."""
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            err = (fp_weight * false_positive_area(threshold, bands, rows)
                   + fn_weight * false_negative_area(threshold, bands, rows))
            if best is None or err < best[0] - 1e-12:
                best = (err, bands, rows)
    assert best is not None
    return best[1], best[2]


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Probability that a pair of this Jaccard similarity shares at least one band."""
    return 1.0 - (1.0 - similarity ** rows) ** bands


class LSHIndex:
    """Banded LSH over MinHash signatures, in memory: ``query`` returns the keys sharing at
    least one band with a signature (candidates, to be checked with :func:`jaccard`).

    Each band of ``rows`` values becomes one 64-bit number: a multiply-add over its rows with
    fixed odd constants (mod 2**64, vectorised over all signatures), xor a constant of the
    band, so that all bands live in one key space. Two different bands rarely get one
    number (for one row never: an odd multiplier is a bijection), and when they do it only
    adds a candidate.

    Two stores, for the two ways an index fills up: :meth:`add_many` with many signatures
    (the store rebuilding the index from its BLOBs at the start of an ingest) sorts all their
    band numbers into one numpy array, searched with ``searchsorted`` (30,000 signatures
    build in well under a second, no per-band Python work); single additions during the
    ingest go to a dict. Empty signatures (texts without words) are not indexed.
    """

    BULK = 256  # add_many with at least this many signatures goes to the sorted array

    def __init__(self, threshold: float = 0.5, num_perm: int = NUM_PERM,
                 weights: tuple[float, float] = (0.5, 0.5),
                 params: tuple[int, int] | None = None) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = params or optimal_bands(threshold, num_perm, *weights)
        if self.bands * self.rows > num_perm:
            raise ValueError("bands × rows exceeds num_perm")
        self._mult = _band_multipliers(self.rows)
        self._salt = _band_salts(self.bands)
        self._keys: list[Hashable] = []                       # position -> key
        self._sorted = np.empty(0, dtype=np.uint64)           # band numbers, sorted
        self._positions = np.empty(0, dtype=np.int64)         # their keys' positions
        self._recent: dict[int, list[int]] = {}               # band number -> positions

    def __len__(self) -> int:
        return len(self._keys)

    def band_hashes(self, sigs: np.ndarray) -> np.ndarray:
        """(n, bands) uint64 band numbers of an (n, num_perm) array of signatures."""
        used = sigs[:, : self.bands * self.rows].astype(np.uint64)
        cube = used.reshape(len(sigs), self.bands, self.rows)
        h = (cube * self._mult).sum(axis=2, dtype=np.uint64)  # wraps mod 2**64
        h ^= self._salt
        return h

    def add(self, key: Hashable, sig: np.ndarray) -> None:
        self.add_many([key], sig[None, :])

    def add_many(self, keys: Sequence[Hashable], sigs: np.ndarray) -> None:
        """Index many signatures at once (rows of ``sigs``, in the order of ``keys``)."""
        if len(keys) != len(sigs):
            raise ValueError("keys and signatures differ in number")
        if sigs.ndim != 2 or sigs.shape[1] != self.num_perm:
            raise ValueError(f"signatures must be (n, {self.num_perm})")
        keep = ~(sigs == EMPTY_VALUE).all(axis=1)
        if not keep.all():
            keys = [k for k, ok in zip(keys, keep.tolist()) if ok]
            sigs = sigs[keep]
        first = len(self._keys)
        self._keys.extend(keys)
        hashes = self.band_hashes(sigs)
        positions = np.arange(first, first + len(keys), dtype=np.int64)
        if len(keys) >= self.BULK:
            self._merge_sorted(hashes.ravel(), np.repeat(positions, self.bands))
            return
        for pos, row in zip(positions.tolist(), hashes.tolist()):
            for h in row:
                bucket = self._recent.get(h)
                if bucket is None:
                    self._recent[h] = [pos]
                else:
                    bucket.append(pos)

    def _merge_sorted(self, hashes: np.ndarray, positions: np.ndarray) -> None:
        hashes = np.concatenate((self._sorted, hashes))
        positions = np.concatenate((self._positions, positions))
        order = np.argsort(hashes, kind="stable")
        self._sorted, self._positions = hashes[order], positions[order]

    def query(self, sig: np.ndarray) -> set[Hashable]:
        """Keys of the indexed signatures that share at least one band with ``sig``."""
        if is_empty(sig):
            return set()
        hashes = self.band_hashes(sig[None, :])[0]
        found: set[int] = set()
        if self._sorted.size:
            lo = np.searchsorted(self._sorted, hashes, side="left")
            hi = np.searchsorted(self._sorted, hashes, side="right")
            for a, b in zip(lo[hi > lo].tolist(), hi[hi > lo].tolist()):
                found.update(self._positions[a:b].tolist())
        if self._recent:
            for h in hashes.tolist():
                bucket = self._recent.get(h)
                if bucket:
                    found.update(bucket)
        return {self._keys[pos] for pos in found}


def _constant(label: str) -> int:
    """A fixed 64-bit constant (BLAKE2b of a label): the same in every process, forever."""
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "little")


@lru_cache(maxsize=16)
def _band_multipliers(rows: int) -> np.ndarray:
    return np.array([_constant(f"marsad-lsh-row-{i}") | 1 for i in range(rows)], dtype=np.uint64)


@lru_cache(maxsize=16)
def _band_salts(bands: int) -> np.ndarray:
    return np.array([_constant(f"marsad-lsh-band-{i}") for i in range(bands)], dtype=np.uint64)

"""Product search ranked exactly as WebShop's pyserini index ranks it, with no Java.

WebShop searches a Lucene index built by pyserini (Anserini's ``DefaultEnglishAnalyzer``,
BM25 with k1 0.9 and b 0.4) and keeps the top 50. :class:`ProductSearch` reproduces that
ranking step by step, from Lucene 8.11's source (read for the facts, written here
independently):

- **Analyzer** (:func:`analyze`): Unicode word segmentation (UAX #29, what Lucene's
  ``StandardTokenizer`` implements; here the ``regex`` package's word boundaries), keeping
  every segment with a letter or digit, so 1-character tokens ("x" of x-large, "2") and
  decimals ("3.5") stay; a trailing ``'s`` dropped (``EnglishPossessiveFilter``); lower case;
  Lucene's 33 English stop words; Porter's stemmer as Lucene has it (NLTK's
  ``MARTIN_EXTENSIONS`` mode, the reference implementation's: words of 1-2 letters are kept).
- **BM25** (Lucene's ``BM25Similarity``), in 32-bit floats in Lucene's order of operations:
  ``idf = ln(1 + (N - n + 0.5) / (n + 0.5))``, a document length stored in one byte
  (``SmallFloat.intToByte4``: lengths above 23 lose precision), and a term's score
  ``w - w / (1 + tf / (k1 (1 - b + b dl / avgdl)))`` with ``w = count in query x idf``; a
  product's score is the sum over the query's distinct terms.
- **Ties**: Anserini sorts by score, then by the document id (the asin) as a string.

``tests/envs/test_webshop_search.py`` pins rankings computed by hand from these formulas;
docs/webshop.md gives the agreement with a real pyserini index.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import regex
from nltk.stem.porter import PorterStemmer

SEARCH_RETURN_N = 50  # WebShop's number of hits per search
# what WebShop's own index holds (its convert_product_file_format.py): title, description,
# first bullet point, the option lists
WEBSHOP_FIELDS = ("Title", "Description", "BulletPoints[0]", "options")
DEFAULT_FIELDS = WEBSHOP_FIELDS
FIELDS = ("Title", "Description", "BulletPoints", "BulletPoints[0]", "Attributes",
          "product_category", "query", "name", "options")
# Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
STOP_WORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split())
_BOUNDARY = regex.compile(r"(?w)\b")
_ALPHANUMERIC = regex.compile(r"[\p{L}\p{N}]")
_POSSESSIVE = ("'s", "'S", "\u2019s", "\u2019S", "\uff07s", "\uff07S")
_PORTER = PorterStemmer(mode=PorterStemmer.MARTIN_EXTENSIONS)


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Porter's stem of a lower-cased word, as Lucene's ``PorterStemFilter`` gives it."""
    return str(_PORTER.stem(word, to_lowercase=False))


def analyze(text: str) -> list[str]:
    """The terms Anserini's ``DefaultEnglishAnalyzer`` makes of ``text``, in order.

    >>> from creditkit_envs.webshop.search import analyze
    >>> analyze("Men's x-large hiking shoes, 3.5 oz (pack of 2)")
    ['men', 'x', 'larg', 'hike', 'shoe', '3.5', 'oz', 'pack', '2']
    """
    terms = []
    for token in _BOUNDARY.split(text):
        if not _ALPHANUMERIC.search(token):
            continue
        if token.endswith(_POSSESSIVE):
            token = token[:-2]
        token = token.lower()
        if token and token not in STOP_WORDS:
            terms.append(stem(token))
    return terms


def _int_to_int4(value: int) -> int:
    """Lucene's ``SmallFloat.longToInt4``: 4 significant bits and a shift."""
    bits = value.bit_length()
    if bits < 4:
        return value
    shift = bits - 4
    return ((value >> shift) & 0x07) | ((shift + 1) << 3)


def _int4_to_int(encoded: int) -> int:
    """Lucene's ``SmallFloat.int4ToLong``."""
    bits, shift = encoded & 0x07, (encoded >> 3) - 1
    return bits if shift == -1 else (bits | 0x08) << shift


_FREE_VALUES = 255 - _int_to_int4(2**31 - 1)  # 24 small lengths are stored exactly


def encode_length(length: int) -> int:
    """Lucene's ``SmallFloat.intToByte4``: a document length as one byte (0-255)."""
    if length < _FREE_VALUES:
        return length
    return _FREE_VALUES + _int_to_int4(length - _FREE_VALUES)


def decode_length(byte: int) -> int:
    """Lucene's ``SmallFloat.byte4ToInt``: the length a stored byte stands for."""
    return byte if byte < _FREE_VALUES else _FREE_VALUES + _int4_to_int(byte - _FREE_VALUES)


LENGTH_TABLE = np.array([decode_length(byte) for byte in range(256)], dtype=np.float32)


def field_text(product: Mapping[str, Any], field: str) -> str:
    """The text of one field of a product (lists joined by spaces; ``options`` as WebShop
    writes them, ``"size: s, m, and color: red"``; a missing field is empty)."""
    if field == "BulletPoints[0]":
        points = product.get("BulletPoints") or [""]
        return str(points[0])
    if field == "options":
        return ", and ".join(f"{name}: {', '.join(values)}"
                             for name, values in (product.get("options") or {}).items())
    value = product.get(field, "")
    return " ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


class ProductSearch:
    """Lucene's BM25 over ``products``: ``search(query)`` -> catalogue indices, best first.

    Args:
        products: the catalogue, dicts with WebShop's field names and an ``asin``.
        fields: the fields indexed, from :data:`FIELDS`, joined by spaces and lower-cased as
            WebShop's index script does (default: :data:`WEBSHOP_FIELDS`, WebShop's own).
        k1, b: BM25's parameters (pyserini's defaults: 0.9 and 0.4).
    """

    def __init__(self, products: Sequence[Mapping[str, Any]],
                 fields: Sequence[str] = DEFAULT_FIELDS, k1: float = 0.9,
                 b: float = 0.4) -> None:
        unknown = [field for field in fields if field not in FIELDS]
        if unknown or not fields:
            raise ValueError(f"fields must be a non-empty list from {list(FIELDS)}, got "
                             f"{list(fields)!r}")
        if not products:
            raise ValueError("products is empty: the search needs a catalogue")
        self.size = len(products)
        self.asins = [str(product["asin"]) for product in products]
        postings: dict[str, tuple[list[int], list[int]]] = {}
        lengths = np.zeros(self.size, dtype=np.int64)
        for index, product in enumerate(products):
            text = " ".join(field_text(product, field) for field in fields).lower()
            counts = Counter(analyze(text))
            lengths[index] = sum(counts.values())
            for term, count in counts.items():
                docs, freqs = postings.setdefault(term, ([], []))
                docs.append(index)
                freqs.append(count)
        self.postings = {term: (np.asarray(docs), np.asarray(freqs, dtype=np.float32))
                         for term, (docs, freqs) in postings.items()}
        one, k1_, b_ = np.float32(1), np.float32(k1), np.float32(b)
        avgdl = np.float32(lengths.sum() / self.size)
        self.norm_inverse = (one / (k1_ * ((one - b_) + b_ * LENGTH_TABLE / avgdl))
                             ).astype(np.float32)  # Lucene's 256-entry cache
        self.norm_bytes = np.array([encode_length(int(n)) for n in lengths])
        # the asin order breaks ties: rank of each product's asin among all asins
        self.asin_rank = np.argsort(np.argsort(np.array(self.asins), kind="stable"),
                                    kind="stable")

    def idf(self, term: str) -> np.float32:
        """Lucene's idf of an indexed ``term``."""
        doc_freq = len(self.postings[term][0])
        return np.float32(math.log(1 + (self.size - doc_freq + 0.5) / (doc_freq + 0.5)))

    def scores(self, query: str) -> np.ndarray:
        """float32 [N]: every product's score for ``query`` (0 when no term matches)."""
        total = np.zeros(self.size, dtype=np.float64)
        for term, count in Counter(analyze(query)).items():
            if term not in self.postings:
                continue
            docs, freqs = self.postings[term]
            weight = np.float32(count) * self.idf(term)
            norm_inverse = self.norm_inverse[self.norm_bytes[docs]]
            term_scores = weight - weight / (np.float32(1) + freqs * norm_inverse)
            total[docs] += term_scores.astype(np.float64)
        return total.astype(np.float32)

    def search(self, query: str, k: int = SEARCH_RETURN_N) -> list[int]:
        """The indices of the (at most) ``k`` best products that match a query term, best
        first, ties by asin."""
        if k < 1:
            raise ValueError(f"k must be >= 1, got {k!r}")
        scores = self.scores(query)
        order = np.lexsort((self.asin_rank, -scores))  # score down, then asin up
        return [int(index) for index in order[:k] if scores[index] > 0]

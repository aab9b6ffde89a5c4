"""Product search: BM25 (bm25s, with Snowball stemming) over chosen fields, no Java index.

WebShop ranks products with Lucene's BM25 (pyserini, k1 0.9, b 0.4, English stemming and stop
words) and keeps the top 50. :class:`ProductSearch` does the same ranking with maintained
Python libraries. Ties are broken by catalogue order, so a search is deterministic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import bm25s
import numpy as np
import Stemmer

SEARCH_RETURN_N = 50  # WebShop's number of hits per search
DEFAULT_FIELDS = ("Title", "product_category", "Attributes")
# what WebShop's own index holds: title, description, first bullet point, the option lists
WEBSHOP_FIELDS = ("Title", "Description", "BulletPoints[0]", "options")
FIELDS = ("Title", "Description", "BulletPoints", "BulletPoints[0]", "Attributes",
          "product_category", "query", "name", "options")


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
    """BM25 over ``products``: ``search(query)`` -> catalogue indices, best first.

    Args:
        products: the catalogue, dicts with WebShop's field names.
        fields: the fields indexed, from :data:`FIELDS` (default: title, category path and
            attributes; :data:`WEBSHOP_FIELDS` is WebShop's own choice).
        k1, b: BM25's parameters (Lucene's defaults in pyserini: 0.9 and 0.4).
        stem: Snowball English stemming of documents and queries.
    """

    def __init__(self, products: Sequence[Mapping[str, Any]],
                 fields: Sequence[str] = DEFAULT_FIELDS, k1: float = 0.9, b: float = 0.4,
                 stem: bool = True) -> None:
        unknown = [field for field in fields if field not in FIELDS]
        if unknown or not fields:
            raise ValueError(f"fields must be a non-empty list from {list(FIELDS)}, got "
                             f"{list(fields)!r}")
        if not products:
            raise ValueError("products is empty: the search needs a catalogue")
        self.stemmer = Stemmer.Stemmer("english") if stem else None
        texts = [" ".join(field_text(product, field) for field in fields).lower()
                 for product in products]
        self.retriever = bm25s.BM25(k1=k1, b=b)
        self.retriever.index(self._tokens(texts), show_progress=False)
        self.size = len(products)

    def _tokens(self, texts: list[str]) -> Any:
        return bm25s.tokenize(texts, stopwords="en", stemmer=self.stemmer, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        """float [N]: the BM25 score of every product for ``query``."""
        terms = bm25s.tokenize(query.lower(), stopwords="en", stemmer=self.stemmer,
                               return_ids=False, show_progress=False)[0]
        known = [term for term in terms if term in self.retriever.vocab_dict]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(known))

    def search(self, query: str, k: int = SEARCH_RETURN_N) -> list[int]:
        """The indices of the (at most) ``k`` best products with a positive score, best first,
        ties in catalogue order."""
        if k < 1:
            raise ValueError(f"k must be >= 1, got {k!r}")
        scores = self.scores(query)
        order = np.lexsort((np.arange(self.size), -scores))  # score down, then index up
        return [int(index) for index in order[:k] if scores[index] > 0]

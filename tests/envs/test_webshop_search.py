"""WebShop's product search: BM25's arithmetic, stemming, ties, the fields, bad input."""

from __future__ import annotations

import math

import pytest

from creditkit_envs.webshop.search import WEBSHOP_FIELDS, ProductSearch, field_text

TITLES = ["waterproof hiking boots for men", "running shoes lightweight",
          "hiking backpack 30l waterproof", "coffee mug ceramic"]


def catalogue() -> list[dict[str, object]]:
    return [{"Title": title, "Description": "", "BulletPoints": [], "Attributes": [],
             "product_category": "", "options": {}} for title in TITLES]


def test_the_score_is_lucenes_bm25() -> None:
    # After stop words ("for") and stemming: lengths 4, 3, 4, 3 -> avgdl 3.5.
    # "boots" -> "boot", in 1 of 4 documents: idf = ln(1 + (4 - 1 + 0.5) / (1 + 0.5)).
    # Document 0, tf 1, length 4: tf / (tf + k1 (1 - b + b * 4 / 3.5)), k1 0.9, b 0.4.
    idf = math.log(1 + 3.5 / 1.5)
    expected = idf / (1 + 0.9 * (1 - 0.4 + 0.4 * 4 / 3.5))
    scores = ProductSearch(catalogue(), fields=["Title"]).scores("boots")
    assert scores[0] == pytest.approx(expected, rel=1e-6)
    assert list(scores[1:]) == [0.0, 0.0, 0.0]


def test_ranking_stemming_ties_and_limits() -> None:
    search = ProductSearch(catalogue(), fields=["Title"])
    assert search.search("hike") == [0, 2]  # "hiking" and "hike" share a stem; a tie: in order
    assert search.search("waterproof hiking boots") == [0, 2]  # boots add to document 0
    assert search.search("Waterproof BACKPACK") == [2, 0]
    assert search.search("hike", k=1) == [0]
    assert search.search("the") == [] and search.search("zebra") == []
    exact = ProductSearch(catalogue(), fields=["Title"], stem=False)
    assert exact.search("hike") == [] and exact.search("hiking") == [0, 2]


def test_the_fields_indexed() -> None:
    products = catalogue()
    products[3]["Description"] = "a mug that keeps tea hot"
    products[1]["options"] = {"size": ["7", "8"], "color": ["red", "navy"]}
    assert field_text(products[1], "options") == "size: 7, 8, and color: red, navy"
    assert ProductSearch(products, fields=["Title"]).search("tea") == []
    webshop = ProductSearch(products, fields=WEBSHOP_FIELDS)
    assert webshop.search("tea") == [3] and webshop.search("navy") == [1]


def test_bad_input_names_the_argument() -> None:
    with pytest.raises(ValueError, match="fields must be"):
        ProductSearch(catalogue(), fields=["Price"])
    with pytest.raises(ValueError, match="products is empty"):
        ProductSearch([])
    with pytest.raises(ValueError, match="k must be"):
        ProductSearch(catalogue()).search("hike", k=0)

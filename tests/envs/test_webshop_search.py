"""WebShop's product search: Lucene's analyzer, BM25 arithmetic, length bytes, ties, fields."""

from __future__ import annotations

import math

import numpy as np
import pytest

from creditkit_envs.webshop.search import (
    WEBSHOP_FIELDS,
    ProductSearch,
    analyze,
    decode_length,
    encode_length,
    field_text,
)

TITLES = ["waterproof hiking boots for men", "running shoes lightweight",
          "hiking backpack 30l waterproof", "coffee mug ceramic"]


def catalogue(titles: list[str] = TITLES, asins: list[str] | None = None
              ) -> list[dict[str, object]]:
    asins = asins or [f"B{index:09d}" for index in range(len(titles))]
    return [{"asin": asin, "Title": title, "Description": "", "BulletPoints": [""],
             "Attributes": [], "product_category": "", "options": {}}
            for asin, title in zip(asins, titles, strict=True)]


# What Lucene 8.11's analyzer (Anserini's DefaultEnglishAnalyzer, through pyserini 0.17) gave
# for these strings when checked once; bm25s's tokenizer and Snowball differ on each marked *.
ANALYZED = {
    "x-large red": ["x", "larg", "red"],  # * 1-character token kept
    "usb-c charger 2 pack": ["usb", "c", "charger", "2", "pack"],  # *
    "3.5 oz": ["3.5", "oz"],  # * a decimal is one token
    "men's shoes": ["men", "shoe"],  # possessive dropped
    "it's the and of": [],  # stop words, after the possessive
    "color:red size:7": ["color:r", "size", "7"],  # ':' joins letters (UAX #29)
    "12,000 mah": ["12,000", "mah"],
    "wi-fi o'neill abc_def": ["wi", "fi", "o'neil", "abc_def"],
    "assembly flexibly cs": ["assembl", "flexibl", "cs"],  # * Porter's reference stemmer
}


@pytest.mark.parametrize("text", list(ANALYZED))
def test_the_analyzer_is_lucenes(text: str) -> None:
    assert analyze(text) == ANALYZED[text]


def test_lengths_are_stored_in_one_byte_as_lucene_does() -> None:
    assert [decode_length(encode_length(n)) for n in (0, 1, 23, 24, 25)] == [0, 1, 23, 24, 25]
    # 100 - 24 = 76 = 0b1001100: 4 significant bits 1001 kept, shift 3 -> 24 + 72 = 96
    assert encode_length(100) == 57 and decode_length(57) == 96
    assert decode_length(encode_length(103)) == 96
    assert all(decode_length(encode_length(n)) <= n for n in range(5000))
    assert encode_length(2**31 - 1) == 255


def test_the_score_is_lucenes_bm25() -> None:
    # After stop words ("for") and stemming: lengths 4, 3, 4, 3 -> avgdl 3.5.
    # "boots" -> "boot", in 1 of 4 documents: idf = ln(1 + (4 - 1 + 0.5) / (1 + 0.5)).
    # Document 0, tf 1, length 4: idf * tf / (tf + k1 (1 - b + b * 4 / 3.5)), k1 0.9, b 0.4.
    idf = math.log(1 + 3.5 / 1.5)
    expected = idf / (1 + 0.9 * (1 - 0.4 + 0.4 * 4 / 3.5))
    scores = ProductSearch(catalogue(), fields=["Title"]).scores("boots")
    assert scores.dtype == np.float32 and scores[0] == pytest.approx(expected, rel=1e-6)
    assert list(scores[1:]) == [0.0, 0.0, 0.0]
    # a term repeated in the query counts that many times (Anserini's boost)
    twice = ProductSearch(catalogue(), fields=["Title"]).scores("boots boots")
    assert twice[0] == pytest.approx(2 * expected, rel=1e-6)


def test_ranking_ties_by_asin_and_limits() -> None:
    search = ProductSearch(catalogue(asins=["B9", "B3", "B1", "B5"]), fields=["Title"])
    # "hike" matches documents 0 and 2, both of length 4: a tie, asin B1 before B9
    assert search.search("hike") == [2, 0]
    assert search.search("waterproof hiking boots") == [0, 2]  # boots add to document 0
    assert search.search("hike", k=1) == [2]
    assert search.search("the") == [] and search.search("zebra") == []
    tied = ProductSearch(catalogue(["red mug", "red cup", "red jar"], ["B7", "B2", "B5"]),
                         fields=["Title"])
    assert tied.search("red") == [1, 2, 0]  # equal scores: asin B2 < B5 < B7


def test_lossy_lengths_tie_documents_that_differ_in_length() -> None:
    # 100 and 103 terms are both stored as 96: equal scores, and the asin decides
    filler = " ".join(f"w{index}" for index in range(102))
    titles = ["lamp " + " ".join(filler.split()[:99]), "lamp " + filler]
    search = ProductSearch(catalogue(titles, ["B2", "B1"]), fields=["Title"])
    scores = search.scores("lamp")
    assert scores[0] == scores[1] > 0
    assert search.search("lamp") == [1, 0]


def test_the_fields_indexed() -> None:
    products = catalogue()
    products[3]["Description"] = "a mug that keeps tea hot"
    products[1]["options"] = {"size": ["7", "8"], "color": ["red", "navy"]}
    assert field_text(products[1], "options") == "size: 7, 8, and color: red, navy"
    assert ProductSearch(products, fields=["Title"]).search("tea") == []
    webshop = ProductSearch(products)  # WebShop's own fields by default
    assert webshop.search("tea") == [3] and webshop.search("navy") == [1]
    assert tuple(WEBSHOP_FIELDS) == ("Title", "Description", "BulletPoints[0]", "options")


def test_bad_input_names_the_argument() -> None:
    with pytest.raises(ValueError, match="fields must be"):
        ProductSearch(catalogue(), fields=["Price"])
    with pytest.raises(ValueError, match="products is empty"):
        ProductSearch([])
    with pytest.raises(ValueError, match="k must be"):
        ProductSearch(catalogue()).search("hike", k=0)

"""WebShop's pages as text: what each page shows and what can be clicked on it.

WebShop renders HTML and its ``text`` observation mode joins the page's visible strings with
``" [SEP] "``. These functions write the same strings without the HTML, minus the instruction
(the environment gives it as the observation's task). Clickables are what WebShop's text env
lists: the buttons' texts and the product links (asins), lower-cased, and the option values.

Pages (:attr:`PageState.kind`): ``search`` (a search bar), ``results`` (10 products a page,
``next >`` always and ``< prev`` after page 1, as WebShop's template), ``item`` (option groups,
``description``, ``features``, ``reviews``, ``< prev``, ``buy now``), ``description`` /
``features`` / ``reviews`` (sub-pages; ``< prev`` goes back to the item), ``done``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SEP = " [SEP] "
PRODUCT_WINDOW = 10  # products per results page (WebShop's)
BACK, NEXT, PREV, BUY = "back to search", "next >", "< prev", "buy now"
SUB_PAGES = ("description", "features", "reviews")


@dataclass(frozen=True)
class PageState:
    """Where the shopper is: the page and what led there (the anchor state of GiGPO).

    Attributes:
        kind: ``search``, ``results``, ``item``, one of :data:`SUB_PAGES`, or ``done``.
        keywords: the last search's query (lower-cased).
        page: the results page number (from 1).
        asin: the product open on an item page or sub-page.
        options: the chosen options, ``(group, value)`` pairs sorted by group.
    """

    kind: str = "search"
    keywords: str = ""
    page: int = 0
    asin: str = ""
    options: tuple[tuple[str, str], ...] = ()

    def with_option(self, group: str, value: str) -> PageState:
        """This state with ``group`` set to ``value``."""
        chosen = dict(self.options)
        chosen[group] = value
        return PageState(self.kind, self.keywords, self.page, self.asin,
                         tuple(sorted(chosen.items())))


def page_products(results: Sequence[int], page: int) -> Sequence[int]:
    """The result indices shown on ``page`` (from 1)."""
    return results[(page - 1) * PRODUCT_WINDOW:page * PRODUCT_WINDOW]


def clickables(state: PageState, results: Sequence[int], products: Sequence[Mapping[str, Any]],
               product: Mapping[str, Any] | None = None) -> dict[str, tuple[str, str]]:
    """Clickable text -> what it is: ``("button", text)``, ``("product", asin)`` or
    ``("option", group)``, in page order; ``product`` is the one open on an item page. A value
    offered by two groups is the later group's, as in WebShop's clickable map."""
    found: dict[str, tuple[str, str]] = {}
    if state.kind == "results":
        found[BACK] = ("button", BACK)
        if state.page > 1:
            found[PREV] = ("button", PREV)
        found[NEXT] = ("button", NEXT)
        for index in page_products(results, state.page):
            found[products[index]["asin"].lower()] = ("product", products[index]["asin"])
    elif state.kind == "item":
        for text in (BACK, PREV, *SUB_PAGES, BUY):
            found[text] = ("button", text)
        assert product is not None, "an item page needs its product"
        for group, values in product["options"].items():
            for value in values:
                found[value] = ("option", group)
    elif state.kind in SUB_PAGES:
        found[BACK], found[PREV] = ("button", BACK), ("button", PREV)
    return found


def with_clicked(state: PageState, page: str) -> str:
    """``page`` (an item page's text) after a ``You have clicked <value>.`` line for each
    chosen option, as WebShop's ``text_rich`` mode says them (its ``text`` mode does not)."""
    if state.kind != "item" or not state.options:
        return page
    return SEP.join([*(f"You have clicked {value}." for _, value in state.options), page])


def render(state: PageState, results: Sequence[int], product: Mapping[str, Any] | None,
           products: Sequence[Mapping[str, Any]], score: float | None = None) -> str:
    """The page's text as WebShop's ``text`` mode gives it: its strings joined by
    ``" [SEP] "``."""
    if state.kind == "search":
        return SEP.join(("WebShop", "Search"))
    if state.kind == "results":
        parts = ["Back to Search", f"Page {state.page} (Total results: {len(results)})"]
        parts += ["< Prev", "Next >"] if state.page > 1 else ["Next >"]
        for index in page_products(results, state.page):
            shown = products[index]
            parts += [shown["asin"], shown["Title"], shown["Price"]]
        return SEP.join(parts)
    if state.kind == "done":
        return SEP.join(("Thank you for shopping with us!", "Your score (min 0.0, max 1.0)",
                         f"{score if score is not None else 0.0:.4g}"))
    assert product is not None
    parts = ["Back to Search", "< Prev"]
    if state.kind == "item":
        for group, values in product["options"].items():
            parts += [group, *values]
        parts += [product["Title"], f"Price: {product['Price']}",
                  f"Rating: {product['Rating']}", "Description", "Features", "Reviews",
                  "Buy Now"]
    elif state.kind == "description" and product["Description"]:
        parts.append(product["Description"])
    elif state.kind == "features":
        parts += [str(point).strip() for point in product["BulletPoints"]]
    elif state.kind == "reviews":
        for review in product["Reviews"]:
            parts += [f'"{review.get("title", "")}"', str(review.get("score", "")),
                      str(review.get("body", ""))]
    return SEP.join(parts)

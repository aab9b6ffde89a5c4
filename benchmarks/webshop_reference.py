"""creditkit's WebShop against WebShop's own search index and fuzzy matcher (needs Java).

    apt-get install openjdk-17-jdk-headless
    python -m venv /tmp/reference
    /tmp/reference/bin/pip install pyserini==0.17.0 --no-deps
    /tmp/reference/bin/pip install pyjnius thefuzz==0.19.0
    python benchmarks/webshop_reference.py --reference-python /tmp/reference/bin/python

pyserini 0.17.0 is WebShop's pin; its jar is Anserini 0.14.3 on Lucene 8.11. The reference
process indexes WebShop's documents (``convert_product_file_format.py``'s: id = asin, contents
= title, description, first bullet point and option text, lower-cased) with the command of
WebShop's ``run_indexing.sh``, searches every goal's instruction words and full instruction
(top 50, as WebShop does), and analyses those texts and every distinct word of the documents
with Anserini's analyzer; this process
does the same with :class:`~creditkit_envs.webshop.search.ProductSearch`. Catalogues: the
shipped one and one the seeded generator writes at ``--scale`` times its size.

Then the fuzzy matcher: WebShop pins thefuzz 0.19.0, which without python-Levenshtein (not in
its requirements) scores with difflib's SequenceMatcher; creditkit uses thefuzz 0.22.1
(rapidfuzz). Every distinct (product attribute, goal attribute) and (option value, goal
option) pair of the shipped catalogue's human and synthetic goals is scored by both.

Last, with ``--webshop-source`` (a checkout of princeton-nlp/WebShop), the purchase reward:
WebShop's own ``get_reward`` (``web_agent_site/engine/goal.py``, run in the reference
interpreter with its thefuzz 0.19.0) against
:func:`~creditkit_envs.webshop.reward.purchase_reward` on generated purchases: for each human
and synthetic goal of the shipped catalogue, its own product with random options, a random
product with random options, and the top search hit for the goal's words, each at a price
drawn below or above the budget. spaCy's ``en_core_web_sm`` cannot be downloaded here, so its
tagger is replaced there by creditkit's noun stand-in
(:func:`~creditkit_envs.webshop.reward.title_nouns`, the one documented difference): the
comparison checks everything else.

Not run by the tests (CI has no Java); docs/webshop.md gives its output.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from thefuzz import fuzz

from creditkit_envs.webshop.authoring import generate_catalogue, write_catalogue
from creditkit_envs.webshop.catalogue import load_catalogue
from creditkit_envs.webshop.env import goal_query
from creditkit_envs.webshop.reward import normalise_colour, purchase_reward, title_nouns
from creditkit_envs.webshop.search import WEBSHOP_FIELDS, ProductSearch, analyze, field_text

REFERENCE_SEARCH = """
import json, os, sys
import jnius_config, pyserini
jar_dir = os.path.join(os.path.dirname(pyserini.__file__), "resources", "jars")
jnius_config.set_classpath(*[os.path.join(jar_dir, j) for j in os.listdir(jar_dir)])
from jnius import autoclass
work, queries = sys.argv[1], json.load(open(sys.argv[2]))
autoclass("io.anserini.index.IndexCollection").main([
    "-collection", "JsonCollection", "-input", work + "/input", "-index", work + "/index",
    "-generator", "DefaultLuceneDocumentGenerator", "-threads", "1", "-storePositions",
    "-storeDocvectors", "-storeRaw"])
JString = autoclass("java.lang.String")
searcher = autoclass("io.anserini.search.SimpleSearcher")(work + "/index")
analyzer = autoclass("io.anserini.analysis.DefaultEnglishAnalyzer").newDefaultInstance()
utils = autoclass("io.anserini.analysis.AnalyzerUtils")
out = {"hits": {}, "tokens": {}}
for q in queries:
    out["hits"][q] = [hit.docid for hit in searcher.search(JString(q), 50)]
for text in queries + json.load(open(sys.argv[4])):
    out["tokens"][text] = list(utils.analyze(analyzer, JString(text)).toArray())
json.dump(out, open(sys.argv[3], "w"))
"""

REFERENCE_FUZZ = """
import ast, json, sys, warnings
warnings.simplefilter("ignore")
from thefuzz import fuzz
pairs = json.load(open(sys.argv[1]))
json.dump([fuzz.token_set_ratio(a, ast.literal_eval(b) if b.startswith("(") else b)
           for a, b in pairs], open(sys.argv[2], "w"))
"""


REFERENCE_REWARD = """
import json, sys, types
sys.path.insert(0, sys.argv[1])
cases = json.load(open(sys.argv[2]))
nouns = cases["nouns"]

class Token:
    def __init__(self, text):
        self.text, self.pos_ = text, "NOUN"

spacy = types.ModuleType("spacy")  # en_core_web_sm cannot be had: creditkit's nouns stand in
spacy.load = lambda name: (lambda text: [Token(word) for word in nouns[text]])
sys.modules["spacy"] = spacy
rich = types.ModuleType("rich")
rich.print = print
sys.modules["rich"] = rich
from web_agent_site.engine.goal import get_reward
json.dump([get_reward(c["product"], c["goal"], c["price"], c["options"])
           for c in cases["purchases"]], open(sys.argv[3], "w"))
"""


def reference(python: str, code: str, *args: str) -> None:
    """Run ``code`` in the reference interpreter."""
    env = {**os.environ, "JAVA_HOME": os.environ.get(
        "JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64")}
    subprocess.run([python, "-c", code, *args], check=True, env=env, capture_output=True)


def compare_search(python: str, data_dir: str, work: Path) -> dict[str, Any]:
    """Rankings and analyzer output of both sides on one catalogue."""
    catalogue = load_catalogue(data_dir, test_goals=0, eval_goals=0)
    (work / "input").mkdir(parents=True)
    with (work / "input" / "documents.jsonl").open("w") as handle:
        for product in catalogue.products:
            contents = " ".join(field_text(product, f) for f in WEBSHOP_FIELDS).lower()
            handle.write(json.dumps({"id": product["asin"], "contents": contents}) + "\n")
    queries = sorted({goal_query(g) for g in catalogue.goals}
                     | {g["instruction_text"].lower() for g in catalogue.goals})
    words = sorted({word for product in catalogue.products
                    for field in WEBSHOP_FIELDS
                    for word in field_text(product, field).lower().split()})
    (work / "queries.json").write_text(json.dumps(queries))
    (work / "words.json").write_text(json.dumps(words))
    reference(python, REFERENCE_SEARCH, str(work), str(work / "queries.json"),
              str(work / "out.json"), str(work / "words.json"))
    theirs = json.loads((work / "out.json").read_text())
    search = ProductSearch(catalogue.products, WEBSHOP_FIELDS)
    counts = {"queries": len(queries), "top-1": 0, "top-10 set": 0, "top-10 order": 0,
              "top-50 order": 0, "analyzer": 0}
    for query in queries:
        mine = [catalogue.products[i]["asin"] for i in search.search(query)]
        hits = theirs["hits"][query]
        counts["top-1"] += mine[:1] == hits[:1]
        counts["top-10 set"] += set(mine[:10]) == set(hits[:10])
        counts["top-10 order"] += mine[:10] == hits[:10]
        counts["top-50 order"] += mine == hits
        counts["analyzer"] += analyze(query) == theirs["tokens"][query]
    counts["products"] = len(catalogue.products)
    counts["words"] = len(words)
    counts["same words"] = sum(analyze(word) == theirs["tokens"][word] for word in words)
    return counts


def compare_fuzz(python: str, work: Path) -> tuple[int, int, int]:
    """(pairs, pairs scored differently, pairs whose > 85 decision differs)."""
    pairs: set[tuple[str, str]] = set()
    for goals in ("human", "synthetic"):
        catalogue = load_catalogue(goals=goals)
        attributes = {a for p in catalogue.products for a in p["Attributes"]}
        values = {normalise_colour(v) for p in catalogue.products
                  for group in p["options"].values() for v in group}
        for goal in catalogue.goals:
            pairs |= {(own, wanted) for wanted in goal["attributes"] for own in attributes}
            options = goal["goal_options"]
            wanted_options = options.items() if isinstance(options, dict) else options
            for option in wanted_options:
                option = normalise_colour(option)
                pairs |= {(value, repr(option) if isinstance(option, tuple) else option)
                          for value in values}
    ordered = sorted(pairs)
    (work / "pairs.json").write_text(json.dumps(ordered))
    reference(python, REFERENCE_FUZZ, str(work / "pairs.json"), str(work / "fuzz.json"))
    theirs = json.loads((work / "fuzz.json").read_text())
    ours = [fuzz.token_set_ratio(a, ast.literal_eval(b) if b.startswith("(") else b)
            for a, b in ordered]
    return (len(ordered), sum(a != b for a, b in zip(ours, theirs, strict=True)),
            sum((a > 85) != (b > 85) for a, b in zip(ours, theirs, strict=True)))


def purchases(seed: int = 0) -> list[dict[str, Any]]:
    """Generated purchases on the shipped catalogue (see the module docstring)."""
    rng = random.Random(seed)
    cases = []
    for goals in ("human", "synthetic"):
        catalogue = load_catalogue(goals=goals)
        search = ProductSearch(catalogue.products)
        for goal in catalogue.goals:
            top = search.search(goal_query(goal), 1)
            bought = [catalogue.by_asin[goal["asin"]], rng.choice(catalogue.products),
                      *(catalogue.products[i] for i in top)]
            for product in bought:
                options = {group: rng.choice(values)
                           for group, values in product["options"].items()
                           if rng.random() < 0.8}
                price = goal["price_upper"] * rng.choice((rng.uniform(0.2, 1.0), 1.0,
                                                          rng.uniform(1.0, 1.5)))
                cases.append({"product": product, "goal": goal, "price": price,
                              "options": options})
    return cases


def compare_reward(python: str, source: str, work: Path) -> tuple[int, int, float]:
    """(purchases, purchases whose totals are not exactly equal, the largest difference)."""
    cases = purchases()
    names = {case[side]["name"] for case in cases for side in ("product", "goal")}
    (work / "purchases.json").write_text(json.dumps(
        {"purchases": cases, "nouns": {name: title_nouns(name) for name in names}}))
    reference(python, REFERENCE_REWARD, source, str(work / "purchases.json"),
              str(work / "rewards.json"))
    theirs = json.loads((work / "rewards.json").read_text())
    ours = [purchase_reward(c["product"], c["goal"], c["price"], c["options"]).total
            for c in cases]
    differences = [abs(a - b) for a, b in zip(ours, theirs, strict=True)]
    return len(cases), sum(d != 0 for d in differences), max(differences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference-python", required=True,
                        help="an interpreter with pyserini 0.17.0, pyjnius and thefuzz 0.19.0")
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--webshop-source", help="a checkout of princeton-nlp/WebShop, for "
                        "the purchase reward against its goal.py")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    generated = work / "generated"
    write_catalogue(generated, generate_catalogue(525 * args.scale, 400 * args.scale, seed=1))
    print("| catalogue | products | queries | top-1 | top-10 set | top-10 order | top-50 order "
          "| analyzer | document words | analyzer |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, data_dir in (("shipped", "authored"), (f"generated x{args.scale}",
                                                      str(generated))):
        row = compare_search(args.reference_python, data_dir, work / label.replace(" ", "_"))
        cells = " | ".join(f"{row[k]}" for k in ("top-1", "top-10 set", "top-10 order",
                                                  "top-50 order", "analyzer", "words",
                                                  "same words"))
        print(f"| {label} | {row['products']} | {row['queries']} | {cells} |")
    pairs, scored, decided = compare_fuzz(args.reference_python, work)
    print(f"thefuzz 0.22.1 vs 0.19.0 (difflib) on {pairs} pairs: scores differ on {scored}, "
          f"the > 85 decision on {decided}")
    if args.webshop_source:
        count, unequal, largest = compare_reward(args.reference_python, args.webshop_source,
                                                 work)
        print(f"purchase reward vs WebShop's get_reward on {count} generated purchases: "
              f"{unequal} not exactly equal, largest difference {largest:.3g}")


if __name__ == "__main__":
    main()

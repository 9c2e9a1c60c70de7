"""The shared entities graph, kept equal to what the articles in the store describe.

Each article graph lists the resources whose shared facts it wrote (``kg:describes``):
its persons, countries, places, organisations, weapon models, and the positions and
offices they point to. Those facts are a function of the resource's id and the lexicon,
so the entities graph of a store is the union over its articles, and it can be kept so
after removals: a resource no article describes any more loses its facts.

One fact is not a function of the id: the name of an entity found in the text rather than
the lexicon (a person named next to an office, a place after a preposition). Each article
records its own spelling (``kg:nameInArticle``), and the label is chosen from all of them
with a fixed rule, so it does not depend on which article came first or went last.

>>> choose_name({"Peter Szijjarto": 2, "Péter Szijjártó": 1})
'Péter Szijjártó'
"""

from __future__ import annotations

from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.vocab import ARTICLE_PREFIX, ENTITIES_GRAPH, KG, RDFS


def choose_name(spellings: dict[str, int]) -> str:
    """The label of a discovered entity, from its spellings and how many articles use each:
    the one keeping the most accented letters (they are lost in copy far more often than
    added), then the most used, then the first in code-point order."""
    return min(spellings, key=lambda s: (-sum(ord(c) > 127 for c in s), -spellings[s], s))


def _in_article(q: Quad) -> bool:
    return isinstance(q.graph_name, NamedNode) and q.graph_name.value.startswith(ARTICLE_PREFIX)


def entity_changes(store: Store, subjects: Iterable[NamedNode]) -> tuple[list[Quad], list[Quad]]:
    """(quads to delete, quads to insert) in the entities graph for these resources: all
    their facts when no article describes them any more; otherwise, for discovered entities,
    the label chosen from every article's spelling."""
    remove: list[Quad] = []
    add: list[Quad] = []
    for s in sorted(set(subjects), key=lambda n: n.value):
        facts = list(store.quads_for_pattern(s, None, None, ENTITIES_GRAPH))
        if not any(_in_article(q) for q in store.quads_for_pattern(None, KG("describes"), s, None)):
            remove.extend(facts)
            continue
        spellings: dict[str, int] = {}
        for q in store.quads_for_pattern(s, KG("nameInArticle"), None, None):
            if _in_article(q):
                spellings[q.object.value] = spellings.get(q.object.value, 0) + 1
        if not spellings:
            continue
        label = Quad(s, RDFS("label"), Literal(choose_name(spellings), language="en"), ENTITIES_GRAPH)
        labels = [q for q in facts if q.predicate == RDFS("label") and getattr(q.object, "language", None) == "en"]
        remove.extend(q for q in labels if q != label)
        if label not in labels:
            add.append(label)
    return remove, add


def all_entity_subjects(store: Store) -> set[NamedNode]:
    """Every resource with facts in the entities graph or described by some article."""
    subjects = {q.subject for q in store.quads_for_pattern(None, None, None, ENTITIES_GRAPH)
                if isinstance(q.subject, NamedNode)}
    subjects |= {q.object for q in store.quads_for_pattern(None, KG("describes"), None, None)
                 if isinstance(q.object, NamedNode)}
    return subjects

"""Tell a levy on another state's goods: which nouns of a SANCTION trigger are levies ("tariffs", "duties"), what
the levy aims at ("duties on Elbonian steel"), and a levy raised ("duties on Elbonian steel were raised to 20%",
"Ruritania doubled its tariffs on Elbonian cheese"), which lays more of it: SANCTION against the goods' state
(GUIDE.md: tariffs imposed on a named state), whatever the learned decision makes of the raising verb.

``levy_raised`` is read by ``constructions._constructions``; ``levy_nouns``, ``levy_modifiers`` and ``aimed_goods`` by
``roles_courts._role_levy_of_the_story_state``, which gives a levy told with no one laying it its maker. A levy raised
with no state's goods named ("raised its tariffs on steel") is left to the learned decision.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.arguments import aimed_names
from dateline.annotate.countries import state_code
from dateline.lexicons import word_class

LEVY_NOUNS = word_class("levy_nouns")
"""Nouns of a trade measure a state lays on another's goods ("tariffs", "duties", "levies")."""
RAISING_LEMMAS = word_class("levy_raising_lemmas")
"""Verbs by which a levy is raised or widened ("raised", "doubled", "hiked")."""
AIMED_PREPS = frozenset({"on", "against"})
"""Prepositions of what a levy falls on ("duties on Elbonian steel", "tariffs against Ruritania")."""
LEVY_DEPS = frozenset({"dobj", "nsubjpass"})
"""How a raising verb holds the levy it raises: its object, or a passive's subject."""


def is_levy(noun: Token) -> bool:
    """Whether a noun names a levy ("tariffs", "duties")."""
    return noun.lower_ in LEVY_NOUNS or noun.lemma_.lower() in LEVY_NOUNS


def levy_nouns(tok: Token, nominal: bool, objects: list[Token]) -> list[Token]:
    """The levy nouns a SANCTION trigger tells: itself when it is one, else those among its ``objects`` (its objects,
    passive subject and the nouns its participle reaches: "[duties] on Elbonian steel imposed in May")."""
    if nominal:
        return [tok] if is_levy(tok) else []
    return [o for o in objects if is_levy(o)]


def levy_modifiers(nouns: list[Token]) -> list[Token]:
    """The words that say what kind of levy a noun is ("[retaliatory] duties", "[punitive] [steel] tariffs")."""
    return [c for n in nouns for c in n.children if c.dep_ in ("amod", "compound")]


def aimed_goods(noun: Token) -> list[Token]:
    """The goods or states a levy falls on: the objects of its "on" or "against" phrases ("duties [on] Elbonian
    steel"), and the state an aiming modifier names ("[Elbonia]-specific duties": ``arguments.aimed_names``)."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
            for g in p.children if g.dep_ == "pobj"] + [g for c in noun.children for g in aimed_names(c)]


def _names_a_state(noun: Token) -> bool:
    """Whether a noun phrase names a state by its name or demonym ("Elbonian steel", "goods from Ruritania")."""
    return any(t.ent_type_ in ("NORP", "GPE") and state_code(t.text) for t in noun.subtree)


def levy_raised(verb: Token) -> Token | None:
    """The levy a verb raises on a named state's goods ("duties on Elbonian steel were raised", "doubled the tariffs
    on Elbonian cheese"), else None (a price or a levy of no named state: "raised its tariffs on steel")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RAISING_LEMMAS:
        return None
    for levy in (c for c in verb.children if c.dep_ in LEVY_DEPS and is_levy(c)):
        # "doubled the tariffs [on Elbonian cheese]": the parser may hang the phrase on the verb
        goods = aimed_goods(levy) + (aimed_goods(verb) if levy.dep_ == "dobj" else [])
        if any(_names_a_state(g) for g in goods):
            return levy
    return None

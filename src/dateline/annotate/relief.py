"""Tell relief goods and relief crews sent to another side: "Portugal donated 500 tents and blankets to Mozambique",
"Oman flew 30 tonnes of flour to Yemen", "Chile sent a team of 60 rescuers to Ecuador", "Ruritania sent two ships
carrying food and doctors to Elbonia" are AID (mode humanitarian, GUIDE.md), whatever the learned decision makes of
the verb (a verb of sending often reads as a deployment, MOBILIZE, or as military aid). So is their arrival: "Turkish
rescuers arrived in Tripoli", "a plane carrying tents landed in Suva" is help reaching the host state, no visit
(CONSULT); but a team of climbers or tourists that arrives brings no help (``private_arrival``).

A request for relief ("asked the World Food Programme for rice", "requested that UNICEF send water tablets",
"appealed for foreign aid") asks for assistance: REQUEST mode assist (OUTPUT.md 5), ``asks_for_relief``, read by
``events._retype``.

``relief_sent`` and ``relief_arrival`` are read by ``constructions._constructions``, ``private_arrival`` by
``events.find_events``. Goods sent with weapons or troops are left to the learned decision ("sent troops and food to
the front" is no relief).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

RELIEF_GOODS = word_class("relief_goods")
"""Nouns of what is sent to people in need ("tents", "flour", "medicine")."""
RELIEF_CREWS = word_class("relief_crews")
"""Nouns of people sent to help in a disaster ("rescuers", "doctors", a "[rescue] team", a "[medical] team")."""
RELIEF_SENDING_LEMMAS = word_class("relief_sending_lemmas")
"""Verbs of sending or giving a thing ("shipped", "donated", "airlifted")."""
ARMED_WORDS = word_class("armed_bodies") | word_class("military_goods")
"""Words of troops or arms: sent with them, goods are no relief."""
DESTINATION_PREPS = frozenset({"to", "for"})
"""Prepositions naming who the goods are sent to or for."""
LADEN_PARTICIPLES = word_class("laden_participles")
"""Participles by which a vehicle holds what it brings ("ships [carrying] food", "planes [loaded] with tents")."""
ARRIVING_LEMMAS = word_class("arriving_lemmas")
"""Verbs of arriving somewhere ("arrived", "landed")."""
TRAVELLERS = word_class("private_people")
"""People who travel on their own account ("tourists", "climbers"): their arrival brings no help."""


def _head_words(noun: Token) -> list[Token]:
    """A noun with its conjuncts and the words that say what it is ("[medical] [relief] kits")."""
    heads = [noun, *noun.conjuncts]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]


def _carried(noun: Token) -> list[Token]:
    """What a vehicle noun's participle says it carries: "ships [carrying] food and doctors", "planes loaded [with]
    tents"."""
    return [w for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in LADEN_PARTICIPLES
            for g in c.children if g.dep_ == "dobj" or g.dep_ == "prep" and g.lower_ == "with"
            for o in ([g] if g.dep_ == "dobj" else [p for p in g.children if p.dep_ == "pobj"])
            for w in _head_words(o)]


def _thing_words(obj: Token) -> set[str]:
    """The words of a thing sent or arriving: its head with conjuncts and kind words, an amount's or a team's "of"
    phrase ("20 tonnes of rice", "a team of rescuers") and what a vehicle carries; not a phrase about it ("a memo
    [about food prices]")."""
    nouns = _head_words(obj)
    nouns += [w for n in (obj, *obj.conjuncts) for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" for w in _head_words(g)]
    nouns += [w for n in (obj, *obj.conjuncts) for w in _carried(n)]
    return {t.lower_ for t in nouns} | {t.lemma_.lower() for t in nouns}


def _sent_words(verb: Token) -> set[str]:
    """The words of what a verb sends: its object (or passive subject), as ``_thing_words`` reads it."""
    words: set[str] = set()
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        words.update(_thing_words(obj))
    return words


def _is_relief(words: set[str]) -> bool:
    """Whether the words of a thing are relief goods or crews, with no arms or troops among them."""
    return bool(words & (RELIEF_GOODS | RELIEF_CREWS)) and not words & ARMED_WORDS


def _arrival_words(verb: Token) -> set[str] | None:
    """The words of who or what a verb of arriving brings (its subject, as ``_thing_words`` reads it), or None when
    it is no such verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVING_LEMMAS:
        return None
    words: set[str] = set()
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        words.update(_thing_words(subject))
    return words


def relief_arrival(verb: Token) -> bool:
    """Whether a verb of arriving tells relief crews or goods reaching a place ("Turkish rescuers arrived in
    Tripoli", "the first planes carrying tents landed in Suva"): help given to the host state (AID humanitarian)."""
    words = _arrival_words(verb)
    return words is not None and _is_relief(words)


def private_arrival(verb: Token) -> bool:
    """Whether a verb of arriving tells people on their own account reaching a place ("a team of Swiss climbers
    arrived in Kathmandu"): no help brought, whatever the learned decision reads in a "team" that arrives."""
    words = _arrival_words(verb)
    return words is not None and bool(words & TRAVELLERS) and not _is_relief(words) and not words & ARMED_WORDS


def relief_sent(verb: Token) -> bool:
    """Whether a verb of sending sends relief goods to someone: the goods in its object and a destination ("to" or
    "for" someone, or a dative: "gave Haiti 200 tents")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELIEF_SENDING_LEMMAS:
        return False
    if not _is_relief(_sent_words(verb)):
        return False
    return any((c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and any(g.dep_ == "pobj" for g in c.children))
               or c.dep_ == "dative" for c in verb.children) or bool(destinations(verb))


def destinations(verb: Token) -> list[Token]:
    """The places a verb of sending sends to that the parser hangs inside its object's participle of carrying ("sent
    two ships carrying food [to] Elbonia", "sent two planes loaded with medicine [to] Elbonia"): the objects of the
    "to" phrases under that participle."""
    return [g for o in verb.children if o.dep_ == "dobj" for c in o.children
            if c.dep_ == "acl" and c.lemma_.lower() in LADEN_PARTICIPLES
            for p in c.subtree if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]


ASKED_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
"""Relations of what a request asks for, or asks someone to do ("requested [that UNICEF send tablets]")."""
HELP_WORDS = frozenset({"help"})
"""Help itself, asked for ("appealed for international help"), is relief unless arms come with it."""
ASKED_PREPS = frozenset({"for"})
"""Prepositions of what a request asks for ("appealed [for] aid")."""


def asks_for_relief(tok: Token) -> bool:
    """Whether a request asks for relief goods, crews or aid: in its object, its "for" phrase, or the clause of what
    the one asked is to do ("asked the WFP for rice", "requested that UNICEF send water tablets")."""
    asked = [c for c in tok.children if c.dep_ in ASKED_DEPS]
    asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ASKED_PREPS for g in c.children
              if g.dep_ == "pobj"]
    words = {t.lower_ for a in asked for t in a.subtree} | {t.lemma_.lower() for a in asked for t in a.subtree}
    return _is_relief(words) or bool(words & HELP_WORDS) and not words & ARMED_WORDS


def gives_relief(verb: Token) -> bool:
    """Whether a verb of giving gives relief by what it gives, whoever gets it: goods, crews or aid in its object,
    or a sum "in" aid ("donated 500 tents", "provided $2.6 million in emergency aid"). Such aid is told even when no
    one helped is named (disaster coverage often names none: OUTPUT.md 5 needs one identifiable actor)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELIEF_SENDING_LEMMAS:
        return False
    words = _sent_words(verb)
    # "[$2.6 million] [in] emergency aid": the parser hangs the "in" on the verb or on the sum
    holders = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))]
    words |= {t.lower_ for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
              for t in c.subtree}
    return _is_relief(words)

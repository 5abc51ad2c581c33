"""A speech-act noun set after a comma that sums up the clause before it: "The Malian envoy insisted that Niger
reopen the border, a demand Niamey rejected"; "Oslo accused Minsk of jamming flights, a charge Belarus denied".

The noun takes up an act the clause already tells (the demand is the insisting, the charge the accusing): it is no
second event. The small parser often reads the reduced relative clause after it ("a demand Niamey rejected", with
no "that") as the sentence's root: "rejected" with two subjects, the noun and the one who rejects, and the summed
clause as its complement. Read that way, the insisting looks like the content of the rejection and its rejecter
like its target. ``summing_root`` recognises that reading, so that

* ``content.in_content`` does not take the summed clause for what the root verb refuses or asks;
* the root verb's source is its second subject, and its target the one whose act the noun sums (``summed_sides``);
* ``sums_told_act`` drops the noun when the clause's own verb already tells an act of its type.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

SUMMING_NOUNS = word_class("summing_nouns")
"""Nouns that sum up a clause told before them ("a demand", "a charge", "a claim")."""
SUMMED_DEPS = frozenset({"appos", "dep", "conj", "ccomp", "npadvmod", "advcl"})
"""How the parser links a noun set after a comma to the clause it sums up, either way round."""
CLAUSE_VERB_DEPS = frozenset({"ccomp", "advcl", "conj", "dep", "xcomp"})
"""How a misread root holds the summed clause before the noun."""


LEADING_TAGS = frozenset({"DT", "JJ", "PRP$", "CD"})
"""Tags of the words that may open the noun's phrase between the comma and the noun ("..., [a] demand")."""


def _after_comma(noun: Token) -> bool:
    i = noun.i - 1
    while i >= 0 and noun.doc[i].tag_ in LEADING_TAGS:
        i -= 1
    return i >= 0 and noun.doc[i].text == ","


def summing_root(verb: Token) -> tuple[Token, Token] | None:
    """(the summing noun, the verb's real subject) when ``verb`` is a reduced relative clause read as the root of a
    clause told before the noun: the noun after a comma as its subject or object (or a modifier of its subject) and
    another subject after it ("..., a demand Niamey rejected"), or the subject as the noun's apposition ("..., a
    charge Bogota denied"); None otherwise."""
    before = [c for c in verb.children if c.i < verb.i]
    nouns = [c for c in before if c.dep_ in ("nsubj", "dobj")]
    nouns += [g for c in before if c.dep_ == "nsubj" for g in c.children if g.dep_ == "compound"]
    for noun in nouns:
        if noun.lemma_.lower() not in SUMMING_NOUNS or not _after_comma(noun):
            continue
        if not any(c.dep_ in CLAUSE_VERB_DEPS and c.i < noun.i and c.pos_ in ("VERB", "AUX") for c in verb.children):
            continue
        subject = next((c for c in before if c.dep_ == "nsubj" and c.i > noun.i), None)
        if subject is None:
            subject = next((c for c in noun.children if c.dep_ == "appos"), None)
        if subject is not None:
            return noun, subject
    return None


def summed_clauses(noun: Token) -> list[Token]:
    """The verbs of the clause a summing noun after a comma takes up, before it (empty when it sums none)."""
    if noun.lemma_.lower() not in SUMMING_NOUNS or not _after_comma(noun):
        return []
    for verb in (noun.head, noun.head.head):
        root = summing_root(verb)
        if root is not None and root[0] == noun:
            return [c for c in verb.children if c.dep_ in CLAUSE_VERB_DEPS and c.i < noun.i and c.pos_ in
                    ("VERB", "AUX")]
    found = [c for c in noun.children if c.dep_ in SUMMED_DEPS and c.i < noun.i]
    if noun.dep_ in SUMMED_DEPS and noun.head.i < noun.i:
        found.append(noun.head)
    return [v for v in found if v.pos_ in ("VERB", "AUX")]


def summed_sides(verb: Token) -> tuple[Token, list[Token]] | None:
    """For a root misread as in ``summing_root``, or a relative clause on a summing noun: its real subject, and the subjects of the clause the noun sums
    (whose act it answers); None for any other verb."""
    root = summing_root(verb)
    if root is None and verb.dep_ == "relcl" and summed_clauses(verb.head):
        # read right: "..., a demand that Niamey rejected"
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)
        root = (verb.head, subject) if subject is not None else None
    if root is None:
        return None
    noun, subject = root
    # the asker is the subject of the clause's highest verb before the noun: the insisting, not what is insisted on
    tops = [[w for w in (v, *v.ancestors) if w.i < noun.i][-1] for v in summed_clauses(noun)]
    askers = [c for v in tops for c in v.children if c.dep_ == "nsubj"]
    return subject, askers


def sums_told_act(noun: Token, types: dict[int, str]) -> bool:
    """Whether a summing noun takes up an act of its own type that the clause before it tells already ("insisted
    that ..., a demand": the insisting is the demand). ``types``: the type of every trigger by token index."""
    typ = types.get(noun.i)
    if typ is None:
        return False
    for verb in summed_clauses(noun):
        if any(types.get(w.i) == typ for w in (verb, *verb.ancestors) if w.i < noun.i):
            return True
    return False

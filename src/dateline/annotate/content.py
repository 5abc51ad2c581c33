"""Tell which event words sit in what another event asks for, refuses or threatens, and so tell no event of their own.

PLOVER codes "Chile demanded that Peru match Bolivia's support for the plan" as one REQUEST: the support, the
apology or the shelling that a demand, a refusal, a threat or a getting ready is *about* is its content, not an act the sentence
reports (GUIDE.md: "X said Y must do Z": Z is ``hypothetical``; an accusation's act is ``not_event``). The same holds
for the act an accusation charges ("blamed Lima for the attacks": one ACCUSE), and for a crowd's own demand beside its protest ("marched through the capital demanding that he be freed" is one
PROTEST; GUIDE.md: REQUEST only when the demand is addressed to a named actor).

``in_content`` and ``crowd_demand`` are read by ``events.find_events``, which skips such triggers.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.summing import summing_root
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "MOBILIZE"})
"""Types of an event whose complement is what is asked for, refused, threatened or got ready for ("prepared to
resume the shelling": GUIDE.md MOBILIZE), not something that happened."""
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
"""Relations under which such an event's word holds its content ("demanded [that ...]", "demanded [an admission
that ...]", "threatened [to ...]")."""
GROUND_PREPS = frozenset({"over", "after", "since", "following", "despite", "amid"})
"""Prepositions that give the time or the grounds of what is asked, an act told as having happened."""
CONTENT_PREPS = frozenset({"against", "with"})
"""Prepositions that bring such an event's content ("warned X [against signing]", "threatened X
[with sanctions]")."""
ACCUSED_ACT_PREPS = frozenset({"of", "for"})
"""Prepositions that bring the act an accusation charges ("accused Lima [of shelling]", "blamed Lima [for a wave of
attacks]"): GUIDE.md labels that act ``not_event`` unless the sentence tells it happened (a date or a relative clause
of its own)."""
GROUNDS_PREPS: dict[str, frozenset[str]] = {"PROTEST": frozenset({"of", "at", "against"}), "SANCTION": frozenset({"for"})}
"""Prepositions that bring what a protest is against or what a punishment is for ("a strike [in protest at] the
refusal", "sanctions on Lima [for its support of] the militia"): like an accusation's act, ``not_event`` unless the
sentence tells it happened (a date or a relative clause of its own)."""
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
"""Relations of a demand's word that name whom it is addressed to ("urged Lima to", "called on Lima to" is a
*prep*, read apart)."""
ADDRESSEE_PREPS = frozenset({"on", "to", "from"})
"""Prepositions that name a demand's addressee ("called on the government", "appealed to Brussels")."""
CONDITION_MARKS = frozenset({"if", "unless", "until", "that"})
"""Marks of a clause inside the content that is still only asked for or held out ("unless Lima withdraws")."""
FINITE_TAGS = frozenset({"VBD", "VBZ"})
"""Tags of a verb told as done (past, or present third person), not asked for (base form, infinitive)."""
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CHARGED_WRONGS = word_class("wrongdoing_verbs") | word_class("betraying_verbs")
"""Verbs that name a wrong ("misled", "deceived", "betrayed"): the head of a clause an accusation reports, the wrong
charged, not an accusation of its own."""


def _own_date(tok: Token) -> bool:
    """Whether a word carries a time of its own in its phrase ("the village shelled on Friday"): an act told as having
    happened then, not only asked for."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in tok.children if c.dep_ not in ("ccomp", "xcomp")
               for t in c.subtree)


def in_content(tok: Token, types: dict[int, str]) -> int | None:
    """The index of the demand, refusal, threat or accusation whose content holds ``tok`` (None: it has none).

    ``types``: the type of every trigger of the text by token index. The word must sit below that trigger's
    clausal complement or direct object ("demanded [that Lima match Quito's support]", "demanded [an admission that
    its soldiers had shelled the village]", "rejected [an appeal for sending troops]") and carry neither a date nor a
    relative clause of its own. An accusation's content is the act it charges, after "of" or "for" ("blamed Lima
    [for a wave of attacks]").
    """
    if _own_date(tok) or any(c.dep_ == "relcl" for c in tok.children):
        return None  # "to end [the strike they had called]": a strike there is
    child = tok
    for anc in tok.ancestors:
        if _told_apart(child) or ((root := summing_root(anc)) is not None and child.i < root[0].i):
            return None  # (the latter: "insisted that ..., a demand Z rejected" read with "rejected" as the root)
        if types.get(anc.i) in CONTENT_TYPES and (child.dep_ in CONTENT_DEPS or (
                child.dep_ == "prep" and child.lower_ in CONTENT_PREPS) or _infinitive_as_prep(child)
                or _second_infinitive(child, anc) or _gerund_as_clause(child, anc)):
            return anc.i
        if types.get(anc.i) == "ACCUSE" and child.dep_ == "prep" and child.lower_ in ACCUSED_ACT_PREPS:
            return anc.i
        if types.get(anc.i) == "ACCUSE" and child.dep_ == "ccomp" and child is tok and types.get(tok.i) == "ACCUSE" \
                and tok.lemma_.lower() in CHARGED_WRONGS:
            # "said Moll had misled parliament", told as an accusation by its content: the wrong is what is charged,
            # one accusation by the speaker, not a second one by Moll
            return anc.i
        if types.get(anc.i) == "ACCUSE" and child.dep_ == "ccomp" and types.get(tok.i) == "REJECT" and child is tok:
            # "said Manila had violated its sovereignty", coded as an accusation by its content: the violation is
            # what is charged (GUIDE.md: "violated the truce" inside an accusation is not_event)
            return anc.i
        if types.get(anc.i) == "ACCUSE" and child.dep_ == "agent" and tok.dep_ == "conj" and tok.head.dep_ == "pobj":
            # "was accused of fraud by one aide and [assault] by another": the parser joins the second charge to the
            # first accuser; it is charged, not done
            return anc.i
        if child.dep_ == "prep" and child.lower_ in GROUNDS_PREPS.get(_grounded_type(anc, types) or "", ()):
            return anc.i
        child = anc
    return None


def _infinitive_as_prep(node: Token) -> bool:
    """Whether ``node`` is an infinitive's "to" the parser read as a preposition with the verb as its object
    ("admitted threatening [to] stab and kill a judge": "to" prep, "stab" pobj): the infinitive is the content."""
    return node.dep_ == "prep" and node.lower_ == "to" and any(
        c.dep_ in ("pobj", "pcomp") and c.tag_ == "VB" for c in node.children)


def _second_infinitive(node: Token, verb: Token) -> bool:
    """Whether ``node`` is the second of two infinitives the parser hung on the verb that takes them ("threatening to
    stab and [kill] a judge": "kill", a base form, read as coordinated with "threatening"); a base form cannot be
    coordinated with a verb that is not one."""
    return node.dep_ == "conj" and node.tag_ == "VB" and verb.tag_ not in ("VB", "VBP") and any(
        _infinitive_as_prep(c) or (c.dep_ == "xcomp" and c.tag_ == "VB") for c in verb.children if c.i < node.i)


def _gerund_as_clause(node: Token, verb: Token) -> bool:
    """Whether ``node`` is a gerund object the parser read as a clause of its own ("ruled out [releasing] the
    prisoners", "rejected [sending] troops": "releasing" an ``advcl``): it follows the verb (and its particle) with
    nothing between, no comma and no mark; "rejected the plan, [saying] ..." or "[accusing] X of ..." after a comma
    tell acts of their own."""
    return node.dep_ == "advcl" and node.tag_ == "VBG" and verb.i < node.i and not any(
        c.dep_ == "mark" for c in node.children) and all(
        t.dep_ in ("prt", "advmod", "neg") for t in node.doc[verb.i + 1: node.i])


def _grounded_type(word: Token, types: dict[int, str]) -> str | None:
    """The type of a protest or punishment whose grounds a preposition may bring: its trigger's, or PROTEST for
    the word "protest" itself ("in protest at", often no trigger of its own beside the strike it explains)."""
    return "PROTEST" if word.lemma_.lower() == "protest" else types.get(word.i)


def _told_apart(node: Token) -> bool:
    """Whether a clause on the way up tells an act of its own rather than part of what is asked for: a time or a
    cause ("threatened to retaliate [after Lima shelled the town]", "called for a trial [over the air strikes]"), a
    relative clause about a participant ("defied the court, [which had asked Lima to ...]", "the land [seized in
    2010]"), or a finite verb coordinated with the content ("urged its allies to protest [and called on Lima to
    ...]")."""
    if node.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ not in CONDITION_MARKS for m in node.children)
    if node.dep_ == "relcl" or (node.dep_ == "prep" and node.lower_ in GROUND_PREPS):
        return True
    if node.dep_ == "acl":  # a past participle: "the land [seized in 2010]"; not "an admission [that ...]", "a call
        return node.tag_ == "VBN"  # [to withdraw]", "a note [demanding ...]", which are content
    return node.dep_ == "conj" and node.tag_ in FINITE_TAGS


def _addressed(verb: Token) -> bool:
    """Whether a demand names whom it is addressed to: an actor as object, or anyone after "on", "to" or "from"."""
    for c in verb.children:
        if c.dep_ in ADDRESSEE_DEPS and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN"):
            return True
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS and any(g.dep_ == "pobj" for g in c.children):
            return True  # "called on the port authority", "appealed to them"
    return False


def crowd_demand(tok: Token, types: dict[int, str]) -> bool:
    """Whether a REQUEST word is a crowd's own demand beside its protest ("blocked roads demanding new elections",
    "began a hunger strike to demand land"): a participle or purpose clause of the protest's verb, or of the verb
    whose object is the protest, addressed to no named actor."""
    if types.get(tok.i) != "REQUEST" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj") or _addressed(tok):
        return False
    head = tok.head
    protests = [head] + [t for c in head.children if c.dep_ == "dobj" for t in c.subtree]  # "staged a sit-in"
    return any(types.get(p.i) == "PROTEST" for p in protests)

"""The official who voiced or led a state's act in the next sentence ("Kenya recalled its ambassador on Monday. The
decision was announced by Foreign Minister X."; "A Ugandan delegation met Kenyan officials. Trade Minister Y, who
headed it, said ..."): the official takes part in the act beside the state (OUTPUT.md section 5; unseen-errors A8).

The argument reader links a state and its official inside one sentence (a delegation "led by" a minister); this
pass links them across a sentence boundary, only through a verb of voicing or leading whose object or subject is
the act told just before: an event noun taken up again ("the decision", "the talks"), or "it".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.nlp import sentences
from dateline.lexicons import word_class
from dateline.model import Event

VOICING_VERBS = word_class("voicing_verbs")
"""Verbs by which an official makes a state's act known or leads it ("announced", "headed")."""
ACT_ANAPHORS = word_class("act_anaphors")
"""Nouns that take up the act just told ("the decision", "the move", "the talks", "the delegation")."""


def add_later_officials(events: list[Event], units: list[Unit], actors: Actors) -> list[Event]:
    """Add to each event the official of its state whom the next sentence says voiced or led it."""
    out = list(events)
    by_sentence: dict[tuple[str, int | None, int], list[int]] = {}
    for i, ev in enumerate(out):
        by_sentence.setdefault((ev.evidence.where, ev.evidence.caption, ev.evidence.start), []).append(i)
    for ui, unit in enumerate(units):
        sents = sentences(unit.doc)
        for before, after in zip(sents, sents[1:]):
            told = by_sentence.get((unit.where, unit.caption, before.start_char), [])
            if not told or any(t.lemma_.lower() in ACT_ANAPHORS and t.dep_ in ("dobj", "pobj") for t in before):
                # "welcomed Kenya's decision. Mutai had announced the move": the move is Kenya's, not the welcome
                continue
            for person in _voicers(after, ui, actors):
                code = actors.country_of(person)  # a person of no stated state may voice any side's act
                for i in told:
                    ev = out[i]
                    sides = {actors.country_of(a) for a in ev.source} - {None}
                    if sides and person not in ev.actors() and (code is None or code in sides):
                        out[i] = replace(ev, participants=(*ev.participants, person))
    return out


def _voicers(sent: Span, ui: int, actors: Actors) -> list[str]:
    """The people a sentence says voiced or led the act told before it."""
    found: list[str] = []
    for verb in sent:
        if verb.lemma_.lower() not in VOICING_VERBS or verb.pos_ != "VERB":
            continue
        people: list[Token] = []
        if any(c.dep_ == "nsubjpass" and _takes_up(c) for c in verb.children):
            # "the decision was announced by X"
            people += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if any(c.dep_ in ("dobj", "nsubjpass") and _takes_up(c) for c in verb.children):
            # "X announced the decision", "X, who headed it, ..."
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("who", "which") and verb.dep_ == "relcl":
                subj = verb.head
            if subj is not None:
                people.append(subj)
        for tok in people:
            ent = actors.entity_at(ui, tok)
            if ent and actors.type_of(ent) == "PERSON" and ent not in found:
                found.append(ent)
    return found


def _takes_up(tok: Token) -> bool:
    """Whether a noun phrase takes up the act told before: "it", or "the decision" (a definite act noun)."""
    if tok.lower_ == "it":
        return True
    return tok.lemma_.lower() in ACT_ANAPHORS and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                       for c in tok.children)

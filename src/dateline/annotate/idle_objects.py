"""Tell the event words whose complement makes them an everyday act, not an event: releasing a report, committing
suicide, calling an ambulance, taking a look, letting someone know, doing a good job, executing a warrant, a photo
captured from an account, losing a run-off, awarding a contract, selecting firms to build a bridge, fighting the charges
in court, shooting a hare, being given a farewell dinner, a plane selected by buyers, killing a bill or a clause of a
deal (a measure voided, no one attacked).

The verb's lexicon entry or the learned model may see a release, a commitment, a summons or a dismissal ("was removed
from suicide watch") in such words; the complement says otherwise (issue 12: real pages' figurative and everyday
senses). Data: ``idle_object_verb`` maps a verb's lemma to the class of complements that void it
(``annotate_words.tsv``); ``events.find_events`` skips a trigger ``idle_object`` names a complement for. A
participle that describes its noun acts on that noun ("a photo [captured] from her account", "the report [released] on
Monday"). A collection noun is looked through to what it gathers ("released a series of e-mails" releases e-mails).

A lawmaker's vote "for" or "against" a domestic measure ("voted against the farm bill in 2009", "voted for the tax
cuts") is the routine of a legislature, as a parliament passing a law is (GUIDE.md in data/events: ``not_event``); a
vote against a resolution or a candidate is left to the other rules (``_voted_measure``).

A verb that sets a legal matter going ("opened a criminal case", "a probe was launched into the deal") tells an
investigation or an accusation (ACCUSE), whatever other type the learned decision sees in it: no cooperation, attack
or seizure (``opens_inquiry``, which ``events.find_events`` reads for triggers of another type). A verb that ends one
("prosecutors dropped their investigation into X", "the probe was shelved") tells a concession in the suspect's favour
(CONCEDE, as GUIDE.md in data/events codes an acquittal or dropped charges), and the matter it ends is no new
inquiry (``ends_inquiry``, ``ended_matter``; the construction and the skip are ``events``'). A verb that sets one going
again ("reopened the investigation into X", "the probe was re-opened") tells an investigation on the verb, the
matter's noun naming the one told before (``reopens_inquiry``): no concession, whatever PETRARCH2's "reopen" (a
border, an embassy) makes the learned decision see.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class, word_map

LOGGER = logging.getLogger(__name__)

IDLE_VERBS = word_map("idle_object_verb", "annotate_words")
"""Verb lemma -> the class of complements that make it an everyday act ("release" -> ``published_thing``)."""
MEASURE_KILLING_VERBS = word_class("measure_killing_verb", "annotate_words")
"""Verbs of killing or sinking that a measure for object voids, whatever other class ``IDLE_VERBS`` gives them ("kill"
a hare, "kill" a bill)."""
PUBLISHED_THINGS = word_class("published_thing", "annotate_words")
PRIVATE_DEEDS = word_class("private_deed", "annotate_words")
SUMMONED_HELP = word_class("summoned_help", "annotate_words")
PASSING_ACTS = word_class("passing_act", "annotate_words")
PERCEPTION_VERBS = word_class("perception_verb", "annotate_words")
ROUTINE_TASKS = word_class("routine_task", "annotate_words")
CARRIED_OUT_THINGS = word_class("carried_out_thing", "annotate_words")
PICTURED_THINGS = word_class("pictured_thing", "annotate_words")
LOST_CONTESTS = word_class("lost_contest", "annotate_words")
BUSINESS_AWARDS = word_class("business_award", "annotate_words")
CONTRACTED_FIRMS = word_class("contracted_firm", "annotate_words")
IDLE_FROM_VERBS = word_map("idle_from_verb", "annotate_words")
"""Verb lemma -> the class of "from" / "off" objects that make it an everyday act ("remove" -> ``taken_off_thing``)."""
TAKEN_OFF_THINGS = word_class("taken_off_thing", "annotate_words")
LEGAL_MATTERS = word_class("legal_matter", "annotate_words")
"""Inquiries and suits one opens or files ("case", "probe")."""
INQUIRY_OPENERS = word_class("inquiry_opener", "annotate_words")
"""Verbs that set a legal matter going ("open", "launch", "file")."""
INQUIRY_ENDERS = word_class("inquiry_ender", "annotate_words")
"""Verbs that bring a legal matter to an end ("drop", "close", "shelve")."""
INQUIRY_REOPENERS = word_class("inquiry_reopener", "annotate_words")
"""Verbs that set a legal matter going again ("reopen", "resume"); "re-opened", split by the tokenizer, is read from
its parts."""
INQUIRY_TYPE = "ACCUSE"
"""The one type a legal matter set going can tell (OUTPUT.md: ACCUSE investigate | allege)."""
CONTESTED_MATTERS = word_class("contested_matter", "annotate_words")
HUNTED_ANIMALS = word_class("hunted_animal", "annotate_words")
VOIDED_MEASURES = word_class("voided_measure", "annotate_words")
HOSTED_TREATS = word_class("hosted_treat", "annotate_words")
VOTED_MEASURES = word_class("voted_measure", "annotate_words")
VOTING_LEMMAS = frozenset({"vote"})
"""Verbs of a lawmaker's vote "for" or "against" a measure."""
VOTE_PREPS = frozenset({"for", "against"})
COLLECTION_NOUNS = word_class("collection_noun", "annotate_words")
"""Nouns that only gather or count what their "of" object names ("a series of e-mails", "a batch of hostages"): the
complement a verb acts on is that object."""
INCUMBENT_CONTESTS = word_class("incumbent_contest", "annotate_words")
OBJECT_CLASSES = {"published_thing": PUBLISHED_THINGS, "private_deed": PRIVATE_DEEDS, "summoned_help": SUMMONED_HELP,
                  "passing_act": PASSING_ACTS, "perception_verb": PERCEPTION_VERBS, "routine_task": ROUTINE_TASKS,
                  "carried_out_thing": CARRIED_OUT_THINGS, "pictured_thing": PICTURED_THINGS,
                  "lost_contest": LOST_CONTESTS, "business_award": BUSINESS_AWARDS, "contracted_firm": CONTRACTED_FIRMS,
                  "taken_off_thing": TAKEN_OFF_THINGS, "contested_matter": CONTESTED_MATTERS,
                  "hunted_animal": HUNTED_ANIMALS, "voided_measure": VOIDED_MEASURES,
                  "hosted_treat": HOSTED_TREATS}
"""Each complement class ``IDLE_VERBS`` names, as its words."""

COMPLEMENT_DEPS = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp"})
"""Relations under which a verb holds what it acts on ("released [a report]", "[a video] was released", "let me
[know]")."""
REOPENING_DECISIONS = word_class("reopening_decision", "annotate_words")
"""Verbs whose infinitive tells a reopening as done ("decided to reopen"), not only sought ("asked for it to be")."""
SHARED_SUBJECT_DEPS = frozenset({"conj", "acomp"})
"""Relations of a verb with no subject of its own to the verb whose subject it shares: a second conjunct, or a split
participle ("was re-opened") the parser takes for a complement of "was"."""
PARTICIPLE_DEPS = frozenset({"acl"})
"""Relations of a participle to the noun it describes and acts on ("a [photo] captured from her account")."""


def idle_object(tok: Token) -> Token | None:
    """The complement that makes ``tok`` an everyday act, not an event, or None.

    A verb looks at its object, passive subject and clausal complement; a noun ("the release of the footage") at its
    "of" object; a word that is itself such a complement ("took a [look]") is its own.
    """
    if _held_idly(tok):
        return tok
    if (measure := _voted_measure(tok)) is not None:
        return measure
    if (thing := _taken_off(tok)) is not None:
        return thing
    lemma = tok.lemma_.lower()
    for cls in _classes(lemma):
        words = OBJECT_CLASSES[cls]
        found = next((h for h in _acted_on(tok)
                      if _forms(h) & words and not (cls == "lost_contest" and _incumbents(tok, h))), None)
        if found is not None:
            return found
    return None


def _classes(lemma: str) -> list[str]:
    """The complement classes that may make a verb an everyday act: its own (``IDLE_VERBS``), and the measures a verb
    of killing voids."""
    own = [IDLE_VERBS[lemma]] if lemma in IDLE_VERBS else []
    return own + (["voided_measure"] if lemma in MEASURE_KILLING_VERBS else [])


def _voted_measure(verb: Token) -> Token | None:
    """The domestic measure a vote is cast "for" or "against" ("voted against the farm subsidy [bill]"), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in VOTING_LEMMAS:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in VOTE_PREPS]
    preps += [k for p in preps for k in p.conjuncts if k.dep_ == "conj" and k.lower_ in VOTE_PREPS]
    return next((g for p in preps for g in p.children if g.dep_ == "pobj" and _forms(g) & VOTED_MEASURES), None)


def _incumbents(verb: Token, contest: Token) -> bool:
    """Whether a lost contest was the holder's own: "lost her re-election bid", "lost reelection"
    (``INCUMBENT_CONTESTS``, read in the words from the verb to the contest: the parser splits "re-election")."""
    words = "".join(t.lower_ for t in verb.doc[min(verb.i, contest.i):max(verb.i, contest.i) + 1])
    return any(word in words for word in INCUMBENT_CONTESTS)


def opens_inquiry(tok: Token) -> Token | None:
    """The legal matter that the verb ``tok`` sets going ("opened a criminal [case]", "a [probe] was launched"), or
    None: such a verb tells an investigation or an accusation, of type ``INQUIRY_TYPE`` only."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in INQUIRY_OPENERS:
        return None
    return next((h for h in _acted_on(tok) if _forms(h) & LEGAL_MATTERS), None)


def ends_inquiry(tok: Token) -> Token | None:
    """The legal matter that the verb ``tok`` brings to an end ("dropped its [investigation] into ...", "the [case]
    was shelved in 2017"), or None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in INQUIRY_ENDERS:
        return None
    return next((h for h in _acted_on(tok) if _forms(h) & LEGAL_MATTERS), None)


def reopens_inquiry(tok: Token) -> Token | None:
    """The legal matter that the verb ``tok`` sets going again ("prosecutors reopened their [investigation] into X",
    "the [probe], closed in 2016, was re-opened last spring"), or None. The matter's noun names one told
    before, so the verb tells the new investigation (``events``: ACCUSE investigate on the verb); a second verb that
    shares the first one's subject ("was shelved ... but re-opened") acts on that subject."""
    if tok.pos_ != "VERB" or not _reopening(tok) or _only_sought(tok):
        return None
    heads = _acted_on(tok)
    if not heads and tok.dep_ in SHARED_SUBJECT_DEPS and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in tok.children):
        # "was closed in 2016 and [re-opened]", and "the probe was [re-opened]", whose split participle the parser
        # hangs on "was" as a complement
        heads = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((h for h in heads if _forms(h) & LEGAL_MATTERS), None)


def reopening_prefix(verb: Token) -> list[Token]:
    """The "re" and "-" the tokenizer split from a verb ("re" "-" "opened"), or an empty list."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text in ("-", "\u2010") and doc[verb.i - 2].lower_ == "re":
        return [doc[verb.i - 2], doc[verb.i - 1]]
    return []


def _only_sought(verb: Token) -> bool:
    """Whether a reopening is an infinitive that someone only asks for or plans ("called for the probe to be resumed",
    "wants to reopen the case"), not one told as decided ("voted to reopen the case": GUIDE.md,
    the decision tells the act)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_.lower() not in REOPENING_DECISIONS)


def _reopening(verb: Token) -> bool:
    """Whether ``verb`` sets something going again: "reopened", "resumed", or an opening verb split from its "re-"
    ("re" "-" "opened")."""
    if verb.lemma_.lower() in INQUIRY_REOPENERS:
        return True
    return verb.lemma_.lower() in INQUIRY_OPENERS and bool(reopening_prefix(verb))


def ended_matter(tok: Token) -> bool:
    """Whether the noun ``tok`` is a legal matter that its verb brings to an end: "Oslo dropped the [inquiry]" tells
    the inquiry's end, not an inquiry opened (the inquiry, if the text tells it, was told before)."""
    if tok.dep_ not in COMPLEMENT_DEPS or tok.head.i == tok.i:
        return False
    matter = ends_inquiry(tok.head)
    return matter is not None and matter.i == tok.i


def _acted_on(tok: Token) -> list[Token]:
    """What ``tok`` acts on: a verb's object, passive subject, clausal complement or the noun its participle
    describes; a noun's "of" object."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [h for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" for h in _gathered(g)]
    heads = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS]
    if tok.dep_ in PARTICIPLE_DEPS and tok.tag_ == "VBN":
        heads.append(tok.head)
    if not heads:
        # coordinated verbs share the object the last of them takes: "shot and skinned a [hare]"
        heads = [c for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children
                 if c.dep_ == "dobj"]
    return [g for h in heads for g in _gathered(h)]


def _gathered(noun: Token) -> list[Token]:
    """What a collection noun gathers ("a series of [e-mails]", "a batch of [hostages]"; every object the parser hangs
    on its "of", which may split "e-mails"), else the noun itself."""
    if noun.lemma_.lower() not in COLLECTION_NOUNS and noun.lower_ not in COLLECTION_NOUNS:
        return [noun]
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"] or [noun]


def _taken_off(tok: Token) -> Token | None:
    """What a verb takes someone off when it is no post ("was removed from suicide [watch]", "taken off the [flight]"),
    or None: nobody leaves an office, whatever the lexicon or the learned decision reads in "removed"."""
    cls = IDLE_FROM_VERBS.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
    if cls is None:
        return None
    words = OBJECT_CLASSES[cls]
    # the phrase's own nouns, not those of a phrase inside it ("from his post [over] the suicide watch"): the parser
    # may misread the object's head ("from suicide watch days later" hangs "watch" on "days")
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "off")
                 for g in c.subtree if g.pos_ == "NOUN" and _forms(g) & words and _same_phrase(g, c)), None)


def _same_phrase(noun: Token, prep: Token) -> bool:
    """Whether no other preposition stands between ``noun`` and the preposition ``prep`` above it."""
    node = noun.head
    while node.i != prep.i:
        if node.dep_ == "prep" or node.head.i == node.i:
            return False
        node = node.head
    return True


def _forms(noun: Token) -> set[str]:
    """The forms a complement is looked up by: its lemma and text, and the hyphenated compound it ends ("run-offs",
    parsed as "run" "-" "offs", is also "run-off")."""
    forms = {noun.lemma_.lower(), noun.lower_}
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].tag_ == "HYPH" and doc[noun.i - 2].head.i == noun.i:
        first = doc[noun.i - 2].lower_
        forms |= {f"{first}-{noun.lemma_.lower()}", f"{first}-{noun.lower_}"}
    return forms


def _held_idly(tok: Token) -> bool:
    """Whether ``tok`` is itself the everyday complement of its verb ("took a [look] at the plan")."""
    classes = _classes(tok.head.lemma_.lower()) if tok.dep_ in COMPLEMENT_DEPS else []
    return any(tok.lemma_.lower() in OBJECT_CLASSES[cls] or tok.lower_ in OBJECT_CLASSES[cls] for cls in classes)

"""Read the wordings by which wire news tells a demand or a refusal that the trigger lexicon's words alone miss.

A demand is often told through the speaker's own view ("we believe both sides should talk"), and a refusal by a
phrase ("ruled it out", "is not willing to accept"). The readers here find those shapes on the parse; the event
decision (``events``, ``constructions``) and the role passes (``roles_requests``) use them.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Token

from dateline.annotate.evaluation import ill_said
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

BELIEF_LEMMAS = word_class("belief_lemmas")
"""Verbs of holding a view ("believe", "think") through which a speaker tells what others should do."""
URGING_LEMMAS = word_class("demand_urging_lemmas")
"""Saying verbs that urge by themselves: what they say must be done is asked, whatever its subject ("warned that the
disarmament had to be verifiable")."""
BELIEVER_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
"""Subjects by which the view is the speaker's own ("we believe", "he thinks"), not someone else's reported."""


def believed_clauses(verb: Token) -> list[Token]:
    """The clauses a saying verb tells through the speaker's own view: in '"We believe that both sides should talk,"
    the envoy said' the "should" clause hangs on "believe", not on "said"; the view is the speaker's way of asking
    (GUIDE.md: "X said Y must / should do Z" is a demand). Views of others ("said analysts think X should") are not
    the speaker's and are left out."""
    out: list[Token] = []
    for view in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in BELIEF_LEMMAS):
        if any(s.dep_ == "nsubj" and s.lower_ in BELIEVER_PRONOUNS for s in view.children):
            out += [c for c in view.children if c.dep_ == "ccomp"]
    return out


UNWILLING_WORDS = word_class("unwilling_words")
"""Adjectives that deny a readiness by themselves ("unwilling to", "unprepared to")."""
NEGATING_WORDS = frozenset({"not", "never", "n't"})


def readiness_denied(adjective: Token) -> bool:
    """Whether a declared readiness is denied: "is not willing to accept", "was never ready to withdraw", "is no
    longer prepared to talk", "is unwilling to release" (GUIDE.md: "will not accept", "refused to", "declined to"
    are REJECT asserted; a denied readiness is the same refusal, not a commitment negated)."""
    if adjective.lower_ in UNWILLING_WORDS:
        return True
    holders = [adjective, adjective.head] if adjective.dep_ == "acomp" else [adjective]
    return any(c.dep_ == "neg" or c.lower_ in NEGATING_WORDS or (
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)) for h in holders for c in h.children)


@lru_cache(maxsize=1)
def unwilling_ids() -> frozenset[int]:
    """The lower-case ids (``Doc.to_array(LOWER)``) of ``UNWILLING_WORDS``."""
    return frozenset(get_string_id(word) for word in UNWILLING_WORDS)


HEDGING_LEMMAS = word_class("hedging_lemmas")
"""Verbs of refusal that, negated, keep an option open instead ("did not rule out talks")."""
NEGATING_HEADS = frozenset({"refuse", "decline", "fail"})
"""Verbs whose "to"-complement is not done: "refused to rule out force" rules nothing out."""


def option_kept_open(verb: Token) -> bool:
    """Whether a verb of ruling out is negated, and so keeps the option open: "did not rule out talks", "would not
    rule out sanctions", "refused to rule out the use of force" (GUIDE.md: the last is a threat, told on its own
    phrase); none of them refuses anything."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HEDGING_LEMMAS:
        return False
    if any(c.dep_ == "neg" or c.lower_ in NEGATING_WORDS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in NEGATING_HEADS or any(
        c.dep_ == "neg" for c in verb.head.children))


REFUSABLE_NOUNS = word_class("refusable_nouns")
"""Nouns of what one side asks of another ("demand", "proposal", "offer"): judged bad by the one asked, refused."""
JUDGEMENT_DEPS = frozenset({"acomp", "attr", "oprd"})


def judged_request(word: Token) -> Token | None:
    """The demand or proposal a judgement condemns, when it is one: "called the Japanese demand unacceptable",
    "described the proposal as absurd" (the object of a verb of calling), '"The proposal is unacceptable," he said'
    (the subject of the clause the judging word is the predicate of, or of the clause a saying verb tells). A
    judgement that answers a demand is a refusal (GUIDE.md: "a non-starter" is REJECT), not a criticism."""
    for obj in (c for c in word.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in REFUSABLE_NOUNS:
            return obj
    clauses = [word.head] if word.dep_ in JUDGEMENT_DEPS else [c for c in word.children if c.dep_ == "ccomp"]
    for clause in clauses:
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in REFUSABLE_NOUNS:
                return subject
    return None


def refused_by_judgement(verb: Token) -> Token | None:
    """The demand or proposal a saying verb's clause condemns: "said the Russian demands were unacceptable", "told
    reporters the offer was an insult" (``evaluation.ill_said`` on the clause); the speaker refuses it."""
    noun = judged_request(verb)
    if noun is None or noun.dep_ != "nsubj" or noun.head.dep_ != "ccomp" or not ill_said(noun.head):
        return None
    return noun


RENEWING_LEMMAS = word_class("renewing_lemmas")
"""Verbs that make or renew a call on an occasion ("renewed calls for", "issued an appeal to")."""
CALL_NOUNS = word_class("call_nouns")
"""Nouns of a call on someone to act ("call", "appeal", "plea")."""
ADDRESS_PREPS = frozenset({"for", "on", "to"})


def renewed_call(verb: Token) -> Token | None:
    """The call a verb makes or renews on its occasion: "renewed calls for both rivals to hold talks", "issued
    an appeal to Kenya to reopen the border" (GUIDE.md: a demand renewed on a stated occasion is asserted, and told by
    its noun, the support verb unlabelled); a call with no one or nothing it is for ("renewed its call") is left to
    the learned decision."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RENEWING_LEMMAS:
        return None
    # the parser may read "renewed calls" as a noun its participle qualifies, the subject hung on the participle
    # ("the envoy [renewed] calls for Kenya to ...": "renewed" an ``amod`` of "calls")
    nouns = [verb.head] if verb.dep_ == "amod" and verb.tag_ == "VBD" else [
        c for c in verb.children if c.dep_ == "dobj"]
    for noun in (n for n in nouns if n.lemma_.lower() in CALL_NOUNS):
        if any(_addressed_phrase(c) for c in noun.children):
            return noun
    return None


def _addressed_phrase(child: Token) -> bool:
    """Whether a dependent of a call noun names whom or what it is for: "for the two neighbours", "to Kenya", "on
    Uganda" (not "on Tuesday"), or a clause "for Uganda to reopen the border" / "to reopen the border"."""
    if child.dep_ == "prep" and child.lower_ in ADDRESS_PREPS:
        return any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children)
    return child.dep_ in ("advcl", "acl", "relcl") and child.pos_ == "VERB" and any(
        m.lower_ in ("for", "to") and m.dep_ in ("mark", "aux") for m in child.children)


def caller_of_misread_call(noun: Token) -> list[Token]:
    """The subject of a call read as a noun its verb qualifies: "the envoy renewed calls for ...", where the parser
    hangs "the envoy" on the participle "renewed" (``renewed_call``)."""
    return [s for a in noun.children if a.dep_ == "amod" and a.tag_ == "VBD" and a.lemma_.lower() in RENEWING_LEMMAS
            for s in a.children if s.dep_ == "nsubj"]


def vetoed_draft_content(word: Token, types: dict[int, str]) -> bool:
    """Whether an act is what a refused draft would have done: "vetoed a resolution that demanded a ceasefire",
    "rejected a motion that condemned the strikes" (GUIDE.md: the draft's content is ``hypothetical``; the relative
    clause tells the draft, not a demand anyone made). ``types``: the type of every trigger by token index."""
    clause = word if word.pos_ in ("VERB", "AUX") else word.head
    if clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    draft = clause.head
    return draft.lemma_.lower() in DRAFT_NOUNS and types.get(draft.head.i) == "REJECT"


DRAFT_NOUNS = word_class("draft_nouns")
"""Texts put to a vote or a signature ("resolution", "draft", "motion"), whose content a veto keeps from being done."""


FUTURE_WORDS = frozenset({"will", "would", "'ll", "shall"})


def meeting_refused(noun: Token) -> bool:
    """Whether a meeting noun is refused for the future: "said there would be no talks with Washington until ...",
    "there will be no negotiations with terrorists" (GUIDE.md: "will not attend / meet" is REJECT meet, asserted; the
    talks are not told as failing to happen, they are refused)."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or noun.dep_ not in ("attr", "nsubj"):
        return False
    verb = noun.head
    return verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in verb.children)

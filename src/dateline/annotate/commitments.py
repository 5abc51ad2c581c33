"""Tell a commitment from the future act a saying, a decision or a vote reports: "Arland said on Monday it would send
wheat to Borduria", "Arland decided to send a field hospital", "Arland will send flour to Borduria, officials said" are
AGREE by the speaker's side, made by the saying on its day (GUIDE.md: "decided to send", "announced that it would
supply", an undated "will provide / send / give"; the act itself is ``hypothetical``).

``events._commitment`` reads ``reported_act``, ``decided_act``, ``own_time``, ``conditional``, ``threatened_harm``,
``undated_future`` and ``forecast``
(and ``events._conditional_act`` reads ``inverted_condition``);
``dating.commitment_at_its_saying`` reads ``saying_of``. The learned decision and the lexicon see the act's verb
("send", "deploy", "free") and its future auxiliary, and the parser hangs the saying's time ("said on Monday it would
send") on the act as often as on the saying, which made a reported promise a dated plan of the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

REPORTING = word_class("reporting_lemmas")
"""Saying verbs whose that-clause, in the future, reports what the speaker's side will do."""
DECIDING_LEMMAS = word_class("deciding_lemmas")
"""Verbs of a decision whose "to"-complement is an act decided for later ("decided / voted / resolved to send")."""
ADOPTING_LEMMAS = word_class("adopting_lemmas")
"""Verbs by which a body takes up a plan ("approved / adopted a plan to send"): the plan's act is decided."""
PLAN_NOUNS = word_class("plan_nouns")
"""Nouns of a plan whose "to"-infinitive is the act planned ("a plan / proposal to send")."""
CONDITION_MARKS = word_class("condition_marks")
"""Subordinators of a condition ("if", "unless"): an offer on a condition is ``hypothetical`` (GUIDE.md)."""
INVERTED_CONDITION_WORDS = word_class("inverted_condition_words")
"""Auxiliaries that, put before their subject, open a condition ("Should the vote pass", "Were the talks to fail")."""
COMMENTATOR_NOUNS = word_class("commentator_noun", "annotate_words")
"""Nouns of outside commentators ("analysts", "experts"): what they say a state will do is their forecast."""
FUTURE_MARKERS = frozenset({"will", "shall", "'ll"})
"""Auxiliaries of the future."""
UNREALISED_MARKERS = FUTURE_MARKERS | {"would", "wo"}
"""Auxiliaries of an act not (yet) done: the future and "would" ("wo" is how the tokenizer splits "won't")."""
PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp"})
"""Relations by which a saying told after its content hangs on the content's verb ("X will send Y, officials said")."""


def _future(verb: Token) -> bool:
    """Whether a verb carries a future auxiliary ("will send", "would deploy")."""
    return any(c.dep_ == "aux" and c.lower_ in UNREALISED_MARKERS for c in verb.children)


def _trailing_saying(verb: Token) -> Token | None:
    """The saying told after a clause and hung on its verb: "Arland will send flour to Borduria, officials said"."""
    return next((c for c in verb.children if c.dep_ in PARENTHETICAL_DEPS and c.i > verb.i
                 and c.lemma_.lower() in REPORTING and c.pos_ in ("VERB", "AUX")), None)


def reported_act(verb: Token) -> bool:
    """Whether a verb in the future is what a saying reports: the that-clause of "said / announced / told reporters"
    ("Arland said it would send troops") or the clause a saying told after it hangs on ("Arland will send troops,
    its minister said")."""
    if not _future(verb):
        return False
    return saying_of(verb) is not None


def decided_act(verb: Token) -> bool:
    """Whether a verb is an act decided for later: the "to"-complement of a decision verb ("decided / voted to send
    a field hospital") or of a plan a body took up ("approved a plan to send police officers"). A plan alone ("a plan
    to send") commits nobody."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in DECIDING_LEMMAS:
        return True
    return (verb.dep_ == "acl" and head.lemma_.lower() in PLAN_NOUNS and head.dep_ == "dobj"
            and head.head.lemma_.lower() in ADOPTING_LEMMAS)


def saying_of(verb: Token) -> Token | None:
    """The saying or the decision that reports a future act, or None: the verb whose that-clause it is ("said on
    Monday it would send"), the saying told after it ("will send ..., officials said"), the decision verb ("decided to
    send") or the verb that adopted the plan ("approved a plan to send")."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECIDING_LEMMAS:
        return verb.head
    if decided_act(verb):
        return verb.head.head
    return _trailing_saying(verb)


def _said_time(word: Token, verb: Token) -> bool:
    """Whether a time word under a reported act is the saying's, wherever the parser hangs it: it stands between the
    saying verb and the reported clause's subject ("said on Monday it would send")."""
    saying = saying_of(verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return saying is not None and subject is not None and saying.i < word.i < subject.left_edge.i


def own_time(verb: Token) -> bool:
    """Whether a future act carries a time of its own ("will send troops next month"), not the saying's ("said on
    Monday it would send troops") nor one of a clause it reports."""
    return any(t.ent_type_ == "DATE" and not _said_time(t, verb) for t in verb.subtree if t.dep_ != "ccomp")


def inverted_condition(verb: Token) -> bool:
    """Whether an act hangs on a condition told by an auxiliary put before its subject: "Should the senate approve
    her, Ivo Marek will be promoted", "Were the talks to fail, Arland would recall its envoy"."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        first = clause.left_edge
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (first.lower_ in INVERTED_CONDITION_WORDS and first.dep_ in ("aux", "auxpass", "advcl")
                and subject is not None and first.i < subject.left_edge.i):
            return True
    return False


def conditional(verb: Token) -> bool:
    """Whether a future act hangs on a condition: "would send more aid if the floods worsened", "will free the
    prisoners unless the talks fail", "should the vote pass, X would be promoted" (a conditional offer is
    ``hypothetical``, GUIDE.md)."""
    return inverted_condition(verb) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children)


SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
"""Subjects of a reported clause that stand for the speaker ("Arland said it would retaliate")."""


def _speakers_own(verb: Token) -> bool:
    """Whether a reported act is the speaker's own: its subject is a pronoun or the saying's own subject ("Arland said
    it would retaliate"; not "police said the gang would strike again", a forecast about others)."""
    saying = saying_of(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if saying is None or subject is None:
        return False
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    return subject.lower_ in SPEAKER_PRONOUNS or (speaker is not None and speaker.lemma_ == subject.lemma_)


def threatened_harm(verb: Token) -> bool:
    """Whether an attack is one the speaker says its side will make, undated: "Arland said it would retaliate
    against any strike" is a threat (GUIDE.md: "would not hesitate to strike" is THREATEN), not a planned attack."""
    return reported_act(verb) and _speakers_own(verb) and not own_time(verb) and not conditional(verb)


def undated_future(verb: Token) -> bool:
    """Whether a verb tells a future act with no time of its own: "the foreign minister will visit Kenya", "he will also
    attend the conference" (GUIDE.md: a reported future without a date is ``hypothetical``; "will meet on Friday" is
    planned)."""
    return _future(verb) and not own_time(verb)


def forecast(verb: Token) -> bool:
    """Whether a future act is what outside commentators say will happen: "Analysts said Arland would send more tanks
    to Borduria", "experts say the army will strike again" (a forecast, no commitment; OUTPUT.md section 5:
    speculation)."""
    saying = saying_of(verb)
    if saying is None or not _future(verb):
        return False
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.lemma_.lower() in COMMENTATOR_NOUNS


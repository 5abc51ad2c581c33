"""Tell the event words that report no act of their own: an act told only as the circumstance of another that did not
happen ("the deadline passed without Nairobi recalling its envoy"), a non-committal answer ("neither confirmed nor
denied", "declined to comment"), a count of an act the text has told ("It was the second time in a month that
Lusaka had summoned a Malawian diplomat"), a speaker's label in a free relative ("in what Lima described as an act of
piracy"), the term of a sentence ("sentenced to two years in jail"), a stance that only describes a noun ("farmers
opposed to the pact"), the acceptance of a departure already told ("accepted his resignation"), a proceeding that
only frames a role or a session ("a key witness in the bribery inquiry"), a transfer fought or awaited ("is
battling extradition to Chile"), an act avoided ("avoided criticism"), and what a speaker says rather than does: an
exhortation ("Let us turn to ..."), a defence in the words of a refused apology ("makes no apologies for ..."), a
question quoted in the order of a statement ("So they will seize the boats?"), a refusal to tell and the answer it
withholds ("her refusal to say which party she would back"), the act another only aims to compel ("a bid to force
the fishing towns to yield"), a danger said to be posed ("poses a grave threat") and a topic with no doer of its own
that a speaker views as something ("saw the two inquiries as separate"). Nor are what a question weighs
("Why would the senators be outraged ...?"), a condition told by inversion ("had the aide gone to the press"), a
poll's finding ("44 percent of voters say they want him removed") or what an imperative bids the reader do ("Do
remember to visit Harbor Kayaks").

OUTPUT.md section 5 keeps a negated event that the text reports as such ("the president did not attend the summit",
modality ``negated``). A "without"-gerund only describes how another act went: the ultimatum lapsed, the talks
ended; no act of its own is reported, neither done nor refused (issue 12, unseen-errors family E: eventhood). A
denial paired with a confirmation, or a refusal to comment, answers nothing: no claim is rejected and no request
refused. A cleft that counts an act ("It was the second time that ...") ranks the act the text has just reported
among earlier ones; read as a new event it comes out with a vaguer date ("this year") or other actors, a second event
where there is one (unseen-errors family I: individuation).

Speech is not always an act of the speaker (OUTPUT.md section 5: opinions and speculation are no events). A quote
performs an act when its words do it now ("We reject the offer"); "Let us ..." only urges an audience, "We make no
apologies for ..." defends what was done, and an assessment ("a new bid to make X give way", "poses a threat")
weighs another's aims without reporting an occurrence.

An act whose date "has yet to be fixed" is hypothetical, like a wish or an invitation (``unscheduled``).

The fighting that a verb of stopping stops ("agreed on Sunday to halt the shelling", "a deal to end the fighting") is
what the agreement, the demand or the ceasefire is about: the stopping is told, not a new attack (GUIDE.md in
data/events: the content of an agreement is ``hypothetical``; ``halted_force``).

``non_act``, ``unscheduled`` and ``halted_force`` are read by ``events.find_events``, which skips the triggers they
name.
"""

from __future__ import annotations

import logging
from typing import Callable

from spacy.tokens import Span, Token

from dateline.annotate.nlp import sentence_of, title_heads
from dateline.annotate.reactions import neutral_reaction
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

COMMENT_LEMMAS = word_class("comment_lemmas")
"""Verbs of answering a question about a claim ("confirm", "deny", "comment"): declined or paired, they answer
nothing."""
REFUSING_LEMMAS = word_class("refusing_lemmas")
"""Verbs whose "to"-complement is the act refused ("declined to comment")."""
TELLING_LEMMAS = word_class("telling_lemmas")
"""Verbs of telling what one knows ("say", "specify", "disclose"): refused, they withhold an answer, not an act
("declined to say when the border would reopen")."""
REFUSAL_NOUNS = word_class("refusal_nouns")
"""Nouns of a refusal ("refusal"): with a verb of telling for their "to"-infinitive they withhold an answer."""
ANSWER_NOUNS = word_class("answer_nouns")
"""Nouns of an answer to a question ("comment", "response", "explanation"): declined, or not given, nothing is
refused or promised ("declined comment", "did not offer an explanation")."""
ANSWERING_LEMMAS = word_class("answering_lemmas")
"""Verbs of answering ("reply", "respond"): with what the answer said as their clause, that clause holds the act."""
CONSENTING_LEMMAS = word_class("consenting_lemmas")
"""Verbs of consenting ("agree", "consent"): to an interview, or to speak to the press, nothing is promised."""
PRESS_TALK_LEMMAS = word_class("press_talk_lemmas")
"""Verbs and nouns of talking to the press ("speak", "comment", "interview"): agreed to, they tell how a story was
sourced."""
NEVER_WORDS = frozenset({"never"})
"""Adverbs that deny an act over a whole span of time: no occurrence is told ("had never met")."""
GIVING_LEMMAS = word_class("giving_lemmas")
"""Verbs that give or offer their object ("offer", "give", "provide"): with an answer for object they tell speech."""
CIRCUMSTANCE_PREPS = frozenset({"without"})
"""Prepositions whose gerund tells an act that did not happen, as a circumstance of another."""
COUNTED_NOUNS = frozenset({"time", "occasion"})
"""Nouns by which a cleft counts an act ("the third time that ...")."""
SCHEDULE_NOUNS = word_class("schedule_nouns")
"""Nouns of the time fixed for an act ("date", "timetable")."""
SCHEDULING_LEMMAS = word_class("scheduling_lemmas")
"""Verbs that fix such a time ("set", "fix", "announce")."""
UNREALISED_MOODS = frozenset({"planned", "negated"})
"""Modalities of an act that an unset date leaves hypothetical ("will sign ..., although its date is not fixed")."""
EXPLETIVE_SUBJECTS = frozenset({"it", "this", "that"})
"""Subjects of a cleft that only introduce what the clause counts ("[It] was the second time that ...")."""
NAMING_LEMMAS = word_class("naming_lemmas")
"""Verbs of calling something by a name ("call", "describe", "brand")."""
FREE_RELATIVES = frozenset({"what"})
"""Pronouns that make a verb of calling a free relative: "in [what] Lima described as an act of piracy"."""
FREE_RELATIVE_DEPS = frozenset({"dobj", "nsubjpass"})
"""Relations of the free relative pronoun to its verb ("what Lima called ...", "what was described as ...")."""
LABEL_DEPS = frozenset({"oprd", "attr", "acomp", "xcomp", "ccomp"})
"""Relations of the label a verb of calling gives ("what she termed [a rash deal]"), beside an "as" phrase."""
SENTENCING_LEMMAS = word_class("sentencing_lemmas")
"""Verbs of passing a sentence ("sentence", "condemn")."""
TERM_PREPS = frozenset({"in", "behind"})
"""Prepositions of the place a sentence is served in ("six months [in] jail", "[behind] bars")."""
REACTION_VERBS = word_class("reaction_verbs")
"""Verbs whose object is an act someone else did ("condemned what it called ..."): a free relative they take is what
they judge, and its label names the party judged."""
ACCEPTED_DEPARTURES = word_class("accepted_departures")
"""Nouns of leaving a post that one accepts ("resignation")."""
STANCE_PARTICIPLES = word_class("stance_participles")
"""Participles that describe the people of the noun they follow by a stance ("farmers [opposed] to the pact")."""
GROUNDS_NOUNS = word_class("grounds_nouns")
"""Nouns of an accusation that can be the legal grounds of another act ("held on [charges] of fraud")."""
GROUNDS_PREPS = frozenset({"on"})
"""Prepositions that give an act its grounds ("arrested [on] a warrant")."""
STOPPING_LEMMAS = word_class("stopping_lemmas")
"""Verbs whose object is an act brought to an end ("halt the shelling", "end the fighting")."""
STOPPED_DEPS = frozenset({"dobj", "nsubjpass"})
"""Relations of the act a verb of stopping stops ("halted [the shelling]", "[the raids] were stopped")."""
ANONYMITY_ASKING_LEMMAS = word_class("anonymity_asking_lemmas")
"""Verbs by which a news source asks not to be named ("asked", "declined", "requested")."""
SOURCE_NAMING_LEMMAS = word_class("source_naming_lemmas")
"""Verbs of naming a source, passive after a verb of asking ("asked not to be [named]")."""
ANONYMITY_NOUNS = word_class("anonymity_nouns")
"""What a source asks for instead of its name ("requested [anonymity]")."""
NAME_NOUNS = frozenset({"name", "names", "identity", "identities"})
"""The source's own name in a clause of asking ("asked that her [name] not be used")."""
FACING_LEMMAS = word_class("facing_lemmas")
"""Verbs whose subject undergoes the legal act or penalty they take as object ("faces 20 years in prison")."""
CONDITION_MARKS = frozenset({"if", "unless"})
"""Conjunctions of the condition a faced penalty waits on ("[if] convicted")."""


RESISTING_LEMMAS = word_class("resisting_lemmas")
"""Verbs whose subject fights or awaits the transfer they take as object ("is battling extradition")."""
PENDING_TRANSFERS = word_class("pending_transfers")
"""Nouns of a person's transfer to another state ("extradition", "deportation")."""


CONCEDING_LEMMAS = word_class("conceding_lemmas")
"""Verbs of granting a point ("concede", "admit")."""
VIEW_LEMMAS = word_class("view_lemmas")
"""Verbs of saying or holding a view: the root of a granted clause that admits no act ("conceded that experts say")."""
MODALS = word_class("modals")
"""Modal auxiliaries: a granted clause with one tells what may be, no act done ("conceded the plan may fail")."""


AVOIDING_LEMMAS = word_class("avoiding_lemmas")
"""Verbs whose object is an act kept from happening ("avoid criticism", "evade arrest", "avert a strike")."""


def _avoided(tok: Token) -> bool:
    """Whether ``tok`` is an act that its verb keeps from happening, or lies inside it: "lets him avoid [criticism]
    for [caving in] to Accra", "evaded [arrest]", "averted a [strike]". Neither the criticism nor what it would
    charge is told (OUTPUT.md section 5: speculation); "escaped the attack", whose attack happened, is no such verb."""
    for node in (tok, *tok.ancestors):
        if node.pos_ == "NOUN" and node.dep_ == "dobj" and node.head.pos_ == "VERB" and (
                node.head.lemma_.lower() in AVOIDING_LEMMAS):
            return True
        if node.dep_ in ("ccomp", "ROOT", "conj", "advcl") and node.pos_ in ("VERB", "AUX") and node.i != tok.i:
            return False
        if node.dep_ == "relcl" and not any(c.dep_ == "mark" or (c.lower_ == "that" and c.tag_ == "IN")
                                            for c in node.children):
            return False  # "avoided the police who raided his home": a relative clause tells its own act (a "that"
            # tagged as a conjunction opens a content clause the parser hangs as one: "blame that she gave in")
    return False


REPRESSING_LEMMAS = word_class("repressing_lemmas")
"""Verbs of putting down a protest ("crush", "disperse"): the protest named as their object is what they act on."""


def _put_down(tok: Token) -> bool:
    """Whether ``tok`` is a protest noun named as the object of a verb that puts it down: "forces crushed [the
    protests]", "used tear gas to disperse [the rally]". The repression is the act told (GUIDE.md in data/events:
    firing tear gas at a march is ASSAULT); the protest it acts on is the crowd's, told in its own words, and read as
    one here it takes the repressor for the crowd."""
    return tok.pos_ == "NOUN" and tok.dep_ in STOPPED_DEPS and tok.head.pos_ == "VERB" and (
        tok.head.lemma_.lower() in REPRESSING_LEMMAS)


def _transfer_resisted(tok: Token) -> bool:
    """Whether ``tok`` is a transfer that its verb fights or awaits: "is battling extradition to Chile", "faces
    deportation", "appealed against his extradition". The handing over has not happened (GUIDE.md in data/events:
    extradition is COOPERATE between the two states; a reported future without a date is ``hypothetical``); read as
    an act it hands the person over to the state that asks for him."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PENDING_TRANSFERS:
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "against":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in RESISTING_LEMMAS


PART_NOUNS = word_class("part_nouns")
"""Nouns of a function taken up that is a post only when a title names it ("the role of prime minister")."""
ROLE_TAKING_LEMMAS = word_class("role_taking_lemmas")
"""Verbs of taking up a function ("assumed the role of ...", "took on the role of ...")."""
ARTICLES = frozenset({"the", "a", "an"})
"""Articles that make the noun of a role's "of" phrase a part described, not a post named."""


def _part_played(tok: Token) -> bool:
    """Whether a verb takes up a role that is a part someone plays, not a post: "took on the role of a tireless
    haggler", "took the role of go-between". OUTPUT.md section 5: an APPOINT is a post taken up; a post is named by a
    bare title ("assumed the role of prime minister"), a part by a described noun, with an article, or by a noun that
    is no title."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ROLE_TAKING_LEMMAS:
        return False
    for role in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in PART_NOUNS):
        nouns = [g for p in role.children if p.dep_ == "prep" and p.lower_ in ("of", "as")
                 for g in p.children if g.dep_ == "pobj"]
        if nouns and all(any(c.dep_ == "det" and c.lower_ in ARTICLES for c in n.children)
                         or n.lower_ not in title_heads() for n in nouns):
            return True
    return False


OUTCOME_NOUNS = word_class("outcome_nouns")
"""Nouns of an outcome a side may proclaim ("victory", "win")."""
PROCLAIMING_LEMMAS = word_class("proclaiming_lemmas")
"""Verbs by which a side proclaims an outcome as its own ("claimed victory", "declared victory")."""


def _claimed_outcome(tok: Token) -> bool:
    """Whether ``tok`` is an outcome a side proclaims: "claimed victory once the count ended", "declared victory on
    election night". The claim is a statement about a contest, not a post taken up nor an act of the victory's kind
    (OUTPUT.md section 5: an APPOINT is a post taken up; an election won is told by its own words, "won the
    presidency")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in OUTCOME_NOUNS and tok.dep_ == "dobj" and (
        tok.head.lemma_.lower() in PROCLAIMING_LEMMAS)


STANDING_CHARGE_LEMMAS = word_class("standing_charge_lemmas")
"""Verbs of a charge that, passive in the present with no agent and no time, tell a charge someone faces ("is
accused of leaking files")."""
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re", "has", "have", "'ve"})
"""Auxiliaries of a present or present-perfect passive ("is accused", "have been accused")."""


def _standing_charge(tok: Token) -> bool:
    """Whether ``tok`` tells a charge as a state its target is in: "he is accused of leaking files", "the party and
    its leader have been accused of misleading voters", with no one who accuses and no time. The sentence describes a
    charge faced, not an accusation that took place (OUTPUT.md section 5: an event is one specific occurrence);
    "was accused on Monday by prosecutors of ..." stays, as does any such passive with an agent or a time."""
    if tok.lemma_.lower() not in STANDING_CHARGE_LEMMAS or tok.tag_ != "VBN":
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in auxes) or not auxes or auxes[0].lower_ not in PRESENT_AUXILIARIES:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in auxes):
        return False
    if tok.dep_ == "ccomp":
        return False  # "X is accused of fraud, prosecutors said": the report names who accuses
    for child in tok.children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and objects):
            return False  # "by prosecutors"; not "by blocking the aid", which tells how the act charged was done
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME") or any(
                o.ent_type_ in ("DATE", "TIME") for o in objects):
            return False  # "on Monday": a time of the accusing (not one inside what it charges)
        if child.dep_ in ("ccomp", "parataxis") and any(g.dep_ == "nsubj" for g in child.children):
            return False  # "..., prosecutors said"
    return True


CONTEST_LEMMAS = word_class("contest_lemmas")
"""Verbs of winning over a rival ("beat", "defeat"): over a person or in a vote, a contest won, no blow struck."""
CONTEST_NOUNS = word_class("contest_nouns")
"""Nouns of a contest one wins in ("election", "vote", "race", "final")."""
INCUMBENCY_WORDS = word_class("incumbency_words")
"""Modifiers of one who holds the seat contested ("incumbent", "sitting")."""


def _contest_won(tok: Token) -> bool:
    """Whether ``tok`` wins a contest: "the Democrats beat incumbent Gov. X", "Rees defeated the sitting mayor in
    Thursday's vote", "Nadal beat Djokovic in the final", "the mayor was defeated in the runoff". A rival beaten in an
    election or a match is no assault and no rejection (OUTPUT.md section 5); "troops beat protesters with batons",
    "defeated the rebels" and "parliament defeated the bill" stay what the lexicon and the learned decision read."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CONTEST_LEMMAS:
        return False
    objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    rival = any(o.ent_type_ == "PERSON" or any(c.lower_ in INCUMBENCY_WORDS for c in o.children)
                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in o.children) for o in objects)
    contest = any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        g.lemma_.lower() in CONTEST_NOUNS for g in c.children if g.dep_ == "pobj") for c in tok.children)
    # the passive names the beaten side as its subject: "was defeated in Sunday's runoff" (a contest must be named:
    # "was defeated by government troops" stays what the lexicon reads)
    beaten = any(c.dep_ == "nsubjpass" for c in tok.children)
    return (bool(objects) and (rival or contest)) or (beaten and contest)


def _point_conceded(tok: Token) -> bool:
    """Whether a verb of granting a point takes only a clause that tells a view: "conceded that the plan might be a
    big gamble" (a modal), "conceded that many experts say a deal should come first" (a verb of saying or thinking).
    Admitting an act or a wrong ("admitted that its troops had crossed the border", "conceded the raid was a
    mistake", "admitted the government should have acted sooner") stays an admission (GUIDE.md: CONCEDE), and so
    does conceding defeat or the election (an object)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CONCEDING_LEMMAS or any(c.dep_ == "dobj" for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(c.lemma_.lower() in VIEW_LEMMAS or _may_be(c) for c in clauses)


def _may_be(clause: Token) -> bool:
    """Whether a clause tells what may be: a modal, but not a modal perfect ("should have acted sooner" admits a
    failure)."""
    auxes = [a for a in clause.children if a.dep_ == "aux"]
    return any(a.lower_ in MODALS for a in auxes) and not any(a.lemma_ == "have" for a in auxes)


def _became_so(tok: Token) -> bool:
    """Whether "become" takes an adjective, not a post: "later became famous for his speeches", "became best known for
    its tools" (a reputation, no appointment); "became president" takes a noun."""
    return tok.lemma_.lower() == "become" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "acomp" for c in tok.children) and not any(c.dep_ in ("attr", "oprd") for c in tok.children)


def non_act(tok: Token) -> str | None:
    """Why the event word ``tok`` names no act (a short reason for the debug log), or None when it may."""
    return next((reason for check, reason in REASONS if check(tok)), None)


def _circumstance(tok: Token) -> bool:
    """Whether ``tok`` is the gerund of a "without" phrase: "ended without agreeing a truce", "lapsed without Nairobi
    expelling anyone". A noun there ("passed without major clashes") stays a negated event of its own (GUIDE.md in
    data/events: "without major clashes" for a stated day is ``negated``)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("pcomp", "pobj"):
        return False
    # "without Nairobi recalling its envoy": the gerund with a subject of its own may hang one level lower
    prep = tok.head.head if tok.head.dep_ in ("pobj", "pcomp") else tok.head
    return prep.lower_ in CIRCUMSTANCE_PREPS


def _noncommittal(tok: Token) -> bool:
    """Whether ``tok`` answers nothing: a comment verb coordinated with another ("neither confirmed nor denied",
    "would not confirm or deny"), a refusal whose "to"-complement is one or a verb of telling ("declined to comment",
    "declined to say when the border would reopen") or whose object is an answer ("declined comment"), or an answer
    offered or withheld ("did not offer an explanation").

    Real reporting closes many paragraphs with who would not say what; the refusal is the reporter's, to a question,
    not a state's to a demand (PLOVER codes no statement, and CAMEO's "decline comment" is one)."""
    lemma = tok.lemma_.lower()
    if lemma in COMMENT_LEMMAS:
        paired = [tok.head] if tok.dep_ == "conj" else []
        paired += [c for c in tok.children if c.dep_ == "conj"]
        if any(p.lemma_.lower() in COMMENT_LEMMAS and p.lemma_.lower() != lemma for p in paired):
            return True
    if lemma in REFUSING_LEMMAS:
        if any(c.lemma_.lower() in COMMENT_LEMMAS | TELLING_LEMMAS for c in _to_complements(tok)):
            return True
    if tok.pos_ == "NOUN" and lemma in REFUSAL_NOUNS:
        return any(_refused_telling(c) for c in tok.children)
    if lemma in REFUSING_LEMMAS | GIVING_LEMMAS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ANSWER_NOUNS for c in tok.children)
    return False


APOLOGY_NOUNS = word_class("apology_nouns")
"""Nouns of an apology: "made no apology for" defends what it names."""
NO_WORDS = frozenset({"no"})


def _unapologetic(tok: Token) -> bool:
    """Whether ``tok`` is the apology of a defence: '"Our side makes no apologies for striking back," the
    minister said'. The idiom defends what the speaker did; no apology is refused to anyone, so no concession is told
    negated (OUTPUT.md section 5: an opinion is no event). An apology withheld from someone ("made no apology to
    Lusaka", "did not apologise to Lusaka") stays a negated act."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in APOLOGY_NOUNS or tok.dep_ != "dobj":
        return False
    verb = tok.head
    addressed = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in (*tok.children, *verb.children))
    return verb.lemma_.lower() == "make" and not addressed and any(
        c.dep_ == "det" and c.lower_ in NO_WORDS for c in tok.children)


HORTATIVE_VERBS = word_class("hortative_verbs")
"""Verbs that, bare and with "us" for the subject of their clause, exhort ("Let us turn to ...", "let's sign")."""
HORTATIVE_SUBJECTS = frozenset({"us", "'s"})
"""The first-person subjects of an exhortation ("let [us]", "let['s]")."""
OWN_CLAUSE_DEPS = frozenset({"relcl", "advcl"})
"""Relations of a clause with a time of its own: what it tells is not part of an exhortation or a withheld answer
that holds it ("let us remember the shelling that Tarsk began on Monday": "began" is told done)."""


def _held_in(tok: Token, holds: Callable[[Token], bool]) -> bool:
    """Whether a word above ``tok`` ``holds`` it, with no clause of its own between them (``OWN_CLAUSE_DEPS``)."""
    node = tok
    for anc in tok.ancestors:
        if node.dep_ in OWN_CLAUSE_DEPS:
            return False
        if holds(anc):
            return True
        node = anc
    return False


def _hortative(verb: Token) -> bool:
    """Whether ``verb`` is the "let" of an exhortation: bare, with no subject of its own, and "us" or "'s" for the
    subject of the clause it takes ("Let us turn to the budget", "let's sign it now"). "The guards let us leave" has a
    subject and lets someone go."""
    if verb.lemma_.lower() not in HORTATIVE_VERBS or verb.tag_ != "VB" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and any(
        g.dep_ == "nsubj" and g.lower_ in HORTATIVE_SUBJECTS for g in c.children) for c in verb.children)


def _exhortation(tok: Token) -> bool:
    """Whether ``tok`` is the "let" of an exhortation or is told inside what it exhorts: 'She said: "Let us now turn
    to the threat the levy poses"', '"Let's sign the deal today," he told the delegates'. The speaker urges an
    audience; nothing is let in or out, and what is urged is neither done nor promised (OUTPUT.md section 5: an event
    is an occurrence the text reports). A clause with a time of its own inside it keeps its act."""
    return _hortative(tok) or _held_in(tok, _hortative)


POSING_LEMMAS = word_class("posing_lemmas")
"""Verbs by which a noun of danger is said to come from someone ("the threat Tarsk poses", "poses a risk")."""


def _posed(tok: Token) -> bool:
    """Whether the noun ``tok`` is a danger that someone is said to pose: "Tarsk poses a grave threat to the
    fisheries", "the threat the militias pose to the port", "the threat posed by the gunboats". It weighs a danger, an
    assessment of a speaker or the reporter; nobody threatens anyone (OUTPUT.md section 5: an opinion is no event;
    "Tarsk threatened to seize the boats" stays)."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in POSING_LEMMAS:
        return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in POSING_LEMMAS for c in tok.children)


ROUTINE_WORDS = frozenset({"drill"})
"""A drill that is known is a routine ("they know the drill"), no exercise held."""
ROUTINE_KNOWING_LEMMAS = frozenset({"know"})
"""Verbs by which a drill is a routine known."""


def _routine_known(tok: Token) -> bool:
    """Whether the drill noun ``tok`` is the routine someone knows: "voters know the drill by now", "they would know
    the post-election drill in advance" (an idiom for a habit; no forces drilled, OUTPUT.md section 5)."""
    return (tok.pos_ == "NOUN" and tok.lower_ in ROUTINE_WORDS and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in ROUTINE_KNOWING_LEMMAS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


COMPELLING_LEMMAS = word_class("compelling_lemmas")
"""Verbs that make another do an act ("force", "compel", "pressure")."""


def _compelled_only(tok: Token) -> bool:
    """Whether ``tok`` is the act that a compelling verb in its base form only aims at: "a new bid by Tarsk to force
    the fishing towns to yield", "sought to compel Lusaka to withdraw", "could force the cabinet to resign". Nothing is
    told done: the act is the aim of another's pressure (the pressure, if anything, is the event). "forced Lusaka to
    withdraw" and "was forced to resign" tell the act done and stay."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp":
        return False
    verb = tok.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in COMPELLING_LEMMAS and verb.tag_ == "VB" and any(
        c.dep_ == "dobj" for c in verb.children)


def _refused_telling(verb: Token) -> bool:
    """Whether ``verb`` is a verb of telling that a refusal withholds: the "to"-infinitive of a refusing verb
    ("declined to say") or of a refusal noun, where the parser hangs it by "acl" ("her refusal to say")."""
    if verb.lemma_.lower() not in COMMENT_LEMMAS | TELLING_LEMMAS:
        return False
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        return head.lemma_.lower() in REFUSAL_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return head.lemma_.lower() in REFUSING_LEMMAS and verb in _to_complements(head)


def _untold_answer(tok: Token) -> bool:
    """Whether ``tok`` is told only in the answer a refusal withholds: "her refusal to say which party she would
    back", "declined to say when troops would leave". Nothing is done or promised; the speaker would not say."""
    return _held_in(tok, lambda anc: anc.pos_ == "VERB" and _refused_telling(anc))


def _to_complements(verb: Token) -> list[Token]:
    """The "to"-infinitives that complete ``verb``: its xcomp, or an advcl with "to" that the parser hangs there when
    a phrase stands between ("declined on Tuesday to say")."""
    return [c for c in verb.children if c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]


def _answer_told(tok: Token) -> bool:
    """Whether ``tok`` only answers, with what it said as its clause: "the ministry replied on Monday that it would
    study the proposal", "responded that the talks were over". The reply is the telling; an act in it is its clause's
    own word ("replied that it rejected the offer": "rejected"). A reply with no clause ("has not replied to the
    offer") is left to the learned decision."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ANSWERING_LEMMAS and any(
        c.dep_ == "ccomp" for c in tok.children)


def _yes_no_question(tok: Token) -> bool:
    """Whether ``tok`` heads a question that asks whether the act is or will be done: '"Will you expel the envoy?" a
    reporter asked', "Did Lusaka recall its ambassador?" (the auxiliary first, a question mark last). Nothing is
    told done; a wh-question ("Why did Lusaka recall its envoy?") takes the act as done and is left as it is."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "punct" and c.text == "?" for c in tok.children):
        return False
    first = tok.doc[tok.left_edge.i]
    while first.is_punct and first.i < tok.i:
        first = tok.doc[first.i + 1]  # an opening quotation mark
    return first.dep_ in ("aux", "auxpass") and first.head.i == tok.i


QUESTION_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
"""Tags of the words that open a wh-question ("why", "who", "which"): such a question takes its act as done."""
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019", "''"})
"""Marks that close a quotation, straight or curly."""


def _quoted_question(tok: Token) -> bool:
    """Whether ``tok`` is asked about in a quoted question told in the order of a statement: '"So Tarsk is going to
    open an inquiry?" the envoy asked', 'She said: "Then he asked me, so they will seize the boats?"'. The speaker asks
    whether the act is coming; nothing is told done (like ``_yes_no_question``, whose auxiliary comes first). The
    clause of ``tok`` must end right at a question mark that closes the quotation, with no wh-word in it ("Why did
    Tarsk seize the boats?" takes the seizure as done and stays)."""
    verb = _nearest_verb(tok)
    if verb is None or verb.right_edge.i + 2 >= len(tok.doc):
        return False
    mark, after = tok.doc[verb.right_edge.i + 1], tok.doc[verb.right_edge.i + 2]
    if mark.text != "?" or after.text not in CLOSING_QUOTES:
        return False
    return not any(t.tag_ in QUESTION_WH_TAGS for t in verb.subtree)


HYPOTHETICAL_AUXES = word_class("hypothetical_aux")
"""Auxiliaries of a mood that supposes ("would", "could", "might", "should"): a question asked in one weighs a case."""
INVERTED_CONDITION_AUXES = word_class("inverted_condition_aux")
"""Auxiliaries that open a condition when they come before their subject: "had he gone", "were they to leave"."""


def _nearest_verb(tok: Token) -> Token | None:
    """``tok`` itself when it is a verb, else the nearest verb above it."""
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` is in (``_nearest_verb``); of coordinated verbs, the first, which holds what
    they share ("had he gone to Moscow and met Putin": "gone")."""
    verb = _nearest_verb(tok)
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _supposing_question(tok: Token) -> bool:
    """Whether ``tok`` is what a question asks about in a mood that supposes: "Why would the senators be outraged by
    ...?", "What would Lusaka gain from expelling him?". The writer weighs a case and tells nothing done (a wh-question
    in the indicative, "Why did Lusaka recall its envoy?", takes the act as done and stays)."""
    verb = _clause_verb(tok)
    if verb is None or not any(c.dep_ == "punct" and c.text == "?" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUXES for c in verb.children)


def _inverted_condition(tok: Token) -> bool:
    """Whether ``tok`` is in a condition told by inversion, a case that did not happen: "What would the reaction have
    been had a Senate aide gone to the press?", "Were Tarsk to close the border, ...". The auxiliary comes right before
    the subject (the parser hangs it on the verb, or the verb on it), with no adverb before it that would make the
    inversion an emphasis ("Never had Lusaka expelled so many", "Not only had Kenya sent troops": those tell acts)."""
    verb = _clause_verb(tok)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if verb is None or not subjects:
        return False
    start = min(s.left_edge.i for s in subjects)
    if start == 0:
        return False
    doc = tok.doc
    aux = doc[start - 1]
    # an auxiliary of the verb, or the word the parser made the verb's head when the verb is a participle or an
    # infinitive ("had [the aide] gone", "were [they] to leave"); not the verb itself: "Among the dead were the
    # mayor and the bishop" puts a copula before its subject and tells who died
    hung = aux.head.i == verb.i and aux.dep_ in ("aux", "auxpass")
    heading = verb.head.i == aux.i and verb.i != aux.i and verb.tag_ in ("VBN", "VB")
    if aux.lower_ not in INVERTED_CONDITION_AUXES or not (hung or heading):
        return False
    return not any(t.pos_ in ("ADV", "PART", "CCONJ") or t.dep_ == "neg"
                   for t in doc[max(aux.sent.start, aux.i - INVERSION_EMPHASIS): aux.i])


INVERSION_EMPHASIS = 2
"""How many words before an inverted auxiliary may make it an emphasis ("never", "not only")."""


IMPERATIVE_OPENERS = word_class("imperative_opener")
"""Words that may come before an imperative's verb ("please", "do", "don't")."""


def _imperative(tok: Token) -> bool:
    """Whether ``tok`` is what an imperative bids the reader do: "Do remember to visit Harbor Kayaks", "Follow her on
    Twitter", "Contact the consulate for details". The reader is no actor and nothing is told done;
    a bid inside a quotation is a speaker's demand, which its verb of saying tells."""
    verb = _clause_verb(tok)
    while verb is not None and verb.dep_ in ("xcomp", "conj", "acomp") and not _has_subject(verb):
        verb = verb.head
    if verb is None or verb.dep_ != "ROOT" or verb.tag_ != "VB" or _has_subject(verb):
        return False
    opening = [t for t in verb.sent if not t.is_punct and t.i < verb.i]
    return all(t.lower_ in IMPERATIVE_OPENERS or t.dep_ == "neg" for t in opening)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


SHARE_NOUNS = word_class("population_share")
"""Nouns of a share of a public ("percent", "majority", "most"): the subject of a poll's finding."""
OPINION_LEMMAS = word_class("opinion_lemmas")
"""Verbs by which a poll reports what a share of the public says, wants or backs ("say", "want", "support")."""
FINDING_DEPTH = 4
"""How many clauses up from an act a poll's finding may hang ("44 percent say they want the Senate to remove him")."""


def _poll_finding(tok: Token) -> bool:
    """Whether ``tok`` is what a share of the public says, wants or backs: "44 percent of voters say they want the
    Senate to remove the governor", "Fifty-one percent say he should be removed", "a majority back the deal". A poll
    tells opinions (OUTPUT.md section 5: opinions are no events; the corpus's sixth round labels polls as no event);
    "40 percent of the troops withdrew" is an act of the troops and stays, for "withdraw" is no verb of opinion."""
    verb = _clause_verb(tok)
    for _ in range(FINDING_DEPTH):
        if verb is None:
            return False
        if verb.lemma_.lower() in OPINION_LEMMAS and any(
                c.dep_ == "nsubj" and (c.ent_type_ == "PERCENT" or c.lemma_.lower() in SHARE_NOUNS)
                for c in verb.children):
            return True
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _press_consent(tok: Token) -> bool:
    """Whether ``tok`` consents only to talk to the press: "agreed to an interview", "agreed to speak on condition of
    anonymity". Real pages tell how the reporter got a source; nothing is committed to another party ("agreed to speak
    with Kigali" names a partner and is left to the learned decision)."""
    if tok.lemma_.lower() not in CONSENTING_LEMMAS:
        return False
    for comp in _to_complements(tok):
        if comp.lemma_.lower() in PRESS_TALK_LEMMAS and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") for c in comp.children):
            return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PRESS_TALK_LEMMAS for g in c.children) for c in tok.children)


def _never_done(tok: Token) -> bool:
    """Whether ``tok`` is denied over a whole span of time: "the consul, whom Ruto had never met", "has never visited
    Kigali". No occurrence is told, not even a negated one (GUIDE.md in data/events: a non-specific past is
    ``not_event``); "did not attend the summit on Monday" stays a negated event, and so does what a speaker says was
    never done ("the mayor said she never intended to defraud the city" denies an accusation: REJECT, GUIDE.md)."""
    return tok.pos_ == "VERB" and tok.dep_ != "ccomp" and any(c.dep_ in ("neg", "advmod") for c in tok.children
                                                             if c.lower_ in NEVER_WORDS)


def _counted_again(tok: Token) -> bool:
    """Whether ``tok`` sits in the clause a cleft counts: "It was the second time in a month that Lusaka had
    [summoned] a Malawian diplomat", "This was the first occasion on which the two leaders [met] abroad"."""
    for node in (tok, *tok.ancestors):
        if node.dep_ != "relcl":
            continue
        noun = node.head
        ranked = any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children)
        copula = noun.head if noun.dep_ == "attr" and noun.head.lemma_ == "be" else None
        return noun.lemma_.lower() in COUNTED_NOUNS and ranked and copula is not None and any(
            c.dep_ == "nsubj" and c.lower_ in EXPLETIVE_SUBJECTS for c in copula.children)
    return False


def _framing_verb(verb: Token) -> bool:
    """Whether ``verb`` is a verb of calling in a free relative that gives a label: "in what Lima described as an act
    of piracy", "what she termed a rash deal", "in what was termed a reprisal". Without a label the verb is
    another sense ("what the opposition called for" asks for it)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_LEMMAS:
        return False
    if not any(c.dep_ in FREE_RELATIVE_DEPS and c.lower_ in FREE_RELATIVES for c in verb.children):
        return False
    return any(c.dep_ in LABEL_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _framing_label(tok: Token) -> bool:
    """Whether ``tok`` is a verb of calling in a free relative, or a word of the label it gives: "Ecuador's navy seized
    two trawlers, in what Lima described as an act of piracy" tells one seizure. The speaker's label re-describes
    what the clause tells or names what is condemned (the deal "she termed rash"), and the writer asserts neither
    a second act nor an accusation of its own (issue 12, unseen-errors families E and I). A verb of calling with an
    object ("called the raid an act of piracy") is left to the trigger lexicon's characterisations."""
    if _framing_verb(tok):
        return not _judged(tok)
    node = tok
    while node.head.i != node.i and node.pos_ != "VERB":
        child, node = node, node.head
        if node.pos_ == "VERB":
            label = child.dep_ in LABEL_DEPS or (child.dep_ == "prep" and child.lower_ == "as")
            return label and _framing_verb(node)
    return False


def _judged(verb: Token) -> bool:
    """Whether the free relative of the verb of calling ``verb`` is what a verb of reaction judges: in "condemned what
    it called Lima's reckless raids" calling and condemning are one act, and the label names its target."""
    pronoun = next(c for c in verb.children if c.dep_ in FREE_RELATIVE_DEPS and c.lower_ in FREE_RELATIVES)
    for node in (verb, pronoun):
        head = node.head.head if node.head.dep_ == "prep" else node.head
        if node.dep_ in ("ccomp", "dobj", "pcomp") and head.lemma_.lower() in REACTION_VERBS:
            return True
    return False


def _sentence_term(tok: Token) -> bool:
    """Whether the noun ``tok`` is the place a sentence is served in: "a court sentenced the activist to six months in
    jail", "was sentenced to 15 years behind bars". The term belongs to the sentence (SANCTION convict); it tells no
    arrest of its own (issue 12: an event noun inside another event's argument). A jail named elsewhere ("after two
    years in jail, he was sentenced") hangs on another verb and stays."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in TERM_PREPS:
        return False
    for node in tok.head.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in SENTENCING_LEMMAS
    return False


def _grounds(tok: Token) -> bool:
    """Whether the noun ``tok`` is the legal grounds of another act: "police in Lusaka detained the editor on charges
    of sedition", "the banker was held on suspicion of fraud", "arrested at the airport on a warrant from Nairobi".
    The accusation is the ground the arrest or detention was made on, told as that act's circumstance; it names no
    accusation of its own (issue 12: an event noun inside another event's argument). The charge told as an act stays
    ("prosecutors brought charges against the editor", "was charged with sedition")."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.lemma_.lower() in GROUNDS_NOUNS
            and tok.head.lower_ in GROUNDS_PREPS and tok.head.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"))


def _stance_description(tok: Token) -> bool:
    """Whether ``tok`` is a participle of stance with no auxiliary, before its "to" phrase: "farmers opposed to the pact
    blocked a highway" tells the blockade; "opposed to" only says which farmers (issue 12: a description, not an act).
    The verb takes its object bare ("the farmers opposed the pact"), so its "to" phrase is the participle's even
    where the parser reads the participle as the clause's verb. "Were opposed to" (a stance stated) is left to the
    learned decision, also where the parser makes the participle the copula's complement ("Norway is [opposed] to",
    an ``acomp``)."""
    doc = tok.doc
    return (tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in STANCE_PARTICIPLES
            and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" and tok.dep_ != "acomp"
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def _accepted_again(tok: Token) -> bool:
    """Whether ``tok`` accepts a departure told by a pronoun: in "Lopes stepped down on Friday, and the president
    accepted his resignation" the resignation is the one just told, and accepting it is no act of its own (issue 12:
    a second reading of one act, read by the learned decision as a concession or an appointment). "Accepted the
    resignation of Lopes", where the departure may be told only there, is left to the decision."""
    if tok.lemma_.lower() != "accept":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ACCEPTED_DEPARTURES
               and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) for c in tok.children)


OWN_WISH_LEMMAS = word_class("own_wish_lemmas")
"""Verbs of wishing whose bare infinitive is the subject's own wish ("wanted to retire")."""


def _own_wish(tok: Token) -> bool:
    """Whether ``tok`` tells a wish for the subject's own act: "said he wished to be at home with his wife, Ana,
    and retire", "the club wanted to build a younger squad". No one is asked anything (the corpus labels no event on
    such a "want"); "wanted Lima to pay" (an object that is to act) and "wanted a permanent ceasefire" (a thing
    demanded) stay requests."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in OWN_WISH_LEMMAS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in kids):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children) for c in kids)


def _withheld_name(tok: Token) -> bool:
    """Whether ``tok`` is a news source's wish not to be named: "a diplomat in Accra, who asked not to be identified,
    said ...", "an officer who declined to be named", "a Peruvian official who requested anonymity", "asked that her
    name not be used". The reporter's convention for quoting a source tells nothing the source did to anyone (GUIDE.md
    in data/events: "did not respond to a request for comment" is no REQUEST, a reporting verb no event); read as a
    demand or a refusal it comes out as an event of the source's city or state. "Asked Lima not to name the envoy"
    (an object of its own, an active verb) is a demand and stays."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ANONYMITY_ASKING_LEMMAS:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ANONYMITY_NOUNS for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in ANONYMITY_NOUNS for g in c.children)
           for c in kids):
        return True
    for clause in kids:
        if clause.dep_ not in ("xcomp", "ccomp") or clause.lemma_.lower() not in SOURCE_NAMING_LEMMAS:
            continue
        parts = list(clause.children)
        passive = any(c.dep_ == "auxpass" for c in parts)
        if clause.dep_ == "xcomp" and passive:
            return True  # "asked not to be named", "declined to be quoted"
        if clause.dep_ == "ccomp" and passive and any(
                c.dep_ == "nsubjpass" and c.lower_ in NAME_NOUNS for c in parts):
            return True  # "asked that her name not be used"
    return False


def _penalty_if(tok: Token) -> bool:
    """Whether the noun ``tok`` is a penalty faced only on a condition: "faces a prison sentence of up to 25 years if
    found guilty", "risks life in prison unless the charges are dropped". The sentence is what a court may pass (GUIDE.md
    in data/events: conditionals are ``hypothetical``), not one passed; read as an act it comes out as a conviction
    by the one who faces it."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in FACING_LEMMAS:
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in tok.head.children)


def _unset_date(verb: Token) -> bool:
    """Whether ``verb`` says that no time has been fixed: "no date was set", "the date has not been fixed", "a date
    has yet to be announced"."""
    if verb.lemma_.lower() not in SCHEDULING_LEMMAS:
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "has yet to be fixed": the subject sits on "has"
    noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lemma_.lower() in SCHEDULE_NOUNS), None)
    if noun is None:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
        or any(c.dep_ == "neg" for c in verb.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in clause.children)


UNSET_DATES_KEY = "dateline.unset_dates"


def _unset_dates(sentence: Span) -> list[Token]:
    """The verbs of a sentence that say no time is fixed (``_unset_date``), read once per sentence: the indexes are
    kept on the document by sentence start, for its other events (one walk over the sentence per event was most
    of ``unscheduled``)."""
    doc = sentence.doc
    kept: dict[int, list[int]] = doc.user_data.setdefault(UNSET_DATES_KEY, {})
    found = kept.get(sentence.start)
    if found is None:
        found = kept[sentence.start] = [verb.i for verb in sentence if _unset_date(verb)]
    return [doc[i] for i in found]


def unscheduled(tok: Token, mood: str | None) -> bool:
    """Whether the sentence of ``tok`` says that no date is fixed for it (GUIDE.md in data/events: an unset date is
    ``hypothetical``): the act named in the unset date's clause ("no date was set for [the signing]"), or an act of
    the sentence still to come or refused ("will sign once the border is marked, although no date is fixed"). An act
    told as done beside it ("met on Monday; a date for their next encounter is not fixed") stays."""
    sentence = sentence_of(tok)  # ``Token.sent`` walks the document each time it is read
    for verb in _unset_dates(sentence):
        if tok.i in {t.i for t in verb.subtree} or mood in UNREALISED_MOODS:
            LOGGER.debug("no date set for %r in %r", tok.text, sentence.text)
            return True
    return False


def halted_force(tok: Token) -> bool:
    """Whether the noun ``tok`` is the fighting a verb of stopping stops: "the rebels agreed to [halt] the shelling of
    the town", "a deal to end the fighting", "the raids must be stopped". Read for attacks only, and not for a
    stoppage of work ("to end the strike they had called"): an ended visit or strike was held, and is told by its
    noun (see the module docstring)."""
    return (tok.pos_ == "NOUN" and tok.dep_ in STOPPED_DEPS and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in STOPPING_LEMMAS)


FRAME_HEADS = word_class("frame_heads")
"""Nouns of a role or a session that an ongoing proceeding frames ("a witness in the inquiry", "a closed hearing on the
corruption proceedings", "at the centre of the investigation")."""
FRAME_PREPS = frozenset({"in", "on", "of", "at", "into"})
"""Prepositions by which a role or a session names the proceeding that frames it."""


def _frame_of_role(tok: Token) -> bool:
    """Whether an event noun only names the proceeding that frames a role or a session: "Prado, a key witness in the
    bribery inquiry, spoke to senators", "held a closed hearing on the corruption proceedings against X", "the deals
    at the centre of the investigation". The proceeding is a standing frame of the story, told where it is opened or
    voted on, not in every witness's description (GUIDE.md: a noun that only dates or frames another act is
    ``not_event``)."""
    noun = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
    if tok.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in FRAME_PREPS:
        return False
    head = noun.head.head
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in FRAME_HEADS and not _misread_verb(head)


def _misread_verb(word: Token) -> bool:
    """Whether a frame noun is the verb of its sentence that the parser read as a plural noun: "The inquiry centres on
    X's call with Y" (no verb in the sentence, the word its root, with an -s ending). What it is "on" is what the
    sentence is about, not a frame."""
    return word.dep_ == "ROOT" and word.lower_.endswith("s") and not any(
        t.pos_ in ("VERB", "AUX") for t in word.sent)


VIEWING_LEMMAS = word_class("viewing_lemmas")
"""Verbs of taking something "as" something ("saw the inquiries as separate", "regards the tariffs as a tax"), shared
with ``evaluation.VIEWING_LEMMAS``."""
OWN_DOER_DEPS = frozenset({"poss", "agent"})


def _regarded_topic(tok: Token) -> bool:
    """Whether an event noun with no doer of its own is what a verb of viewing takes "as" something: "she saw the
    inquiries into the two firms as separate", "he regards the tariffs as a tax on farmers". The speaker's view of a
    topic tells no act of it; an act whose doer the noun names ("viewed Lima's decision as a breach") is the judged
    act, told."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.lemma_.lower() not in VIEWING_LEMMAS:
        return False
    # "as" heads its phrase ("as separate matters"), or the parser hangs it on an adjective it reads as a clause
    # ("as separate")
    if not any((c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ in ("advcl", "oprd", "xcomp") and any(
            g.lower_ == "as" and g.dep_ in ("advmod", "mark", "prep") for g in c.children)) for c in verb.children):
        return False
    return not any(c.dep_ in OWN_DOER_DEPS or (c.dep_ == "prep" and c.lower_ == "by")
                   or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))
                   for c in tok.children)


REASONS: tuple[tuple[Callable[[Token], bool], str], ...] = (
    (_circumstance, "a circumstance that did not happen"),
    (_noncommittal, "a non-committal answer"),
    (_untold_answer, "the content of an answer withheld"),
    (_answer_told, "an answer whose clause tells what it said"),
    (_yes_no_question, "a question whether the act is done"),
    (_quoted_question, "a quoted question whether the act is coming"),
    (_supposing_question, "a question that weighs a supposed case"),
    (_inverted_condition, "a condition told by inversion"),
    (_poll_finding, "what a share of the public says, wants or backs"),
    (_imperative, "what an imperative bids the reader do"),
    (_press_consent, "a consent to talk to the press"),
    (_never_done, "an act denied over a whole span of time"),
    (_counted_again, "a count of an act already told"),
    (_framing_label, "a label in a free relative"),
    (_sentence_term, "the term of a sentence"),
    (_grounds, "the grounds of another act"),
    (_stance_description, "a stance describing a noun"),
    (_accepted_again, "an acceptance of a departure already told"),
    (_withheld_name, "a source's wish not to be named"),
    (_own_wish, "a wish for one's own act"),
    (_penalty_if, "a penalty faced only on a condition"),
    (_frame_of_role, "a proceeding that only frames a role or a session"),
    (_put_down, "a protest told as what a repression puts down"),
    (_transfer_resisted, "a transfer fought or awaited"),
    (_avoided, "an act kept from happening"),
    (_part_played, "a part played, not a post taken up"),
    (_claimed_outcome, "an outcome proclaimed, not an act"),
    (_standing_charge, "a charge told as a state its target is in"),
    (_unapologetic, "a defence in the words of an apology refused"),
    (_exhortation, "an exhortation to an audience"),
    (_compelled_only, "an act another only aims to compel"),
    (_posed, "a danger said to be posed"),
    (_routine_known, "a routine known, no drill held"),
    (_contest_won, "a rival beaten in a contest"),
    (_regarded_topic, "a topic a speaker views as something"),
    (_point_conceded, "a point granted, a view, no act admitted"),
    (_became_so, "a quality become, no post taken up"),
    (neutral_reaction, "a reaction of no stance"),
)
"""The checks ``non_act`` asks in turn, each with the reason it logs."""

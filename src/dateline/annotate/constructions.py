"""Find the construction triggers: events told by a construction rather than one trigger word ("was sent abroad",
"wanted X to resign", "the dead included ...", "gave the rebels 48 hours to leave"), as ``construction.*`` triggers
beside the lexicon's.

``events.find_triggers`` adds them to the lexicon matches; the shapes they test are read in ``construction_cues.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dateline.annotate.accusations import claim_called_false, held_responsible, named_as_culprit
from dateline.annotate.aid_amounts import aid_amount
from dateline.annotate.approvals import APPROVAL_NOUNS, approved_cabinet_head
from dateline.annotate.arguments import describes_listeners, listener_clauses
from dateline.annotate.casualties import named_dead
from dateline.annotate.clauses import HANDOVER_LEMMAS, PURPOSE_LEMMAS, REPORTING, _replaced_ones
from dateline.annotate.construction_cues import (CEREMONY_LEMMAS, COMMITTED_ADJECTIVES, DEMAND_MODALS,
                                                 ENTRY_REFUSING_LEMMAS, GRANTING_LEMMAS, ORDERING_LEMMAS,
                                                 OUSTING_PARTICIPLES, READINESS_COPULAS, REFUSING_LEMMAS,
                                                 REGARDING_LEMMAS, TAKING_OVER_LEMMAS, _among_the_dead, _by_phone,
                                                 _charged_clause, _committed_ids, _deadline_to_fighters,
                                                 _demand_in_noun, _dialed, _entry_refused, _grants_request,
                                                 _hands_over_post, _held_legitimate, _hostile, _joint_doers,
                                                 _meeting_proposed, _names_an_actor, _orders_out, _ousted_person,
                                                 _readies_force, _rebuked_for, _refuses_to, _speaker_ids,
                                                 _taken_to_court, _takes_over_body, _ultimatum, _ultimatum_mode)
from dateline.annotate.countries import capital_code, state_code
from dateline.annotate.courts import court_act
from dateline.annotate.demands import (UNWILLING_WORDS, URGING_LEMMAS, believed_clauses, readiness_denied,
                                      refused_by_judgement, renewed_call, unwilling_ids)
from dateline.annotate.evaluation import denied_claim, judged_of, judges_in_clause, praises
from dateline.annotate.event_records import Trigger
from dateline.annotate.eventcat import Candidate
from dateline.annotate.idle_objects import INQUIRY_TYPE, ends_inquiry, reopens_inquiry
from dateline.annotate.levies import levy_raised
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import tokens_lemmatized, tokens_lowered
from dateline.annotate.occasions import played_host_to
from dateline.annotate.perfect import held_since
from dateline.annotate.pleas import cleared_of_charges, plea
from dateline.annotate.posts import predecessor_object, replacement_object, successor_subject
from dateline.annotate.prison_exits import RELEASE_NOUNS, bail_granted, prison_exit, release_brought_about
from dateline.annotate.quotations import (addressed_judgement, judged_in_quote, opened_clauses, own_words_denied,
                                          praised_in_quote)
from dateline.annotate.reactions import REACTION_NOUNS, WELCOMING_LEMMAS, act_welcomed, reaction_received
from dateline.annotate.relief import relief_arrival, relief_sent
from dateline.annotate.reshuffles import dropped_from_post, moved_to_post, reshuffled_government
from dateline.annotate.senses import INSISTING_LEMMAS, advised_kind, forecasts, obliged, to_be_done
from dateline.annotate.shared_views import agreed_view, view_denied
from dateline.annotate.suspensions import taken_off_duty
from dateline.annotate.timetable import timetable_present
from dateline.annotate.under_fire import attack_undergone, criticism_undergone
from dateline.annotate.verbal_attacks import ATTACKING_LEMMAS, verbal_attack
from dateline.annotate.withdrawals import forces_brought_home
from dateline.lexicons import word_class


ACT_NOUNS = word_class("act_anaphors")
"""Nouns of an act ("a deal", "the plan"): an infinitive the parser hangs on one as a relative clause ("an accord
[to stop] the shelling") is the act's content, as it is when read as a clausal modifier."""
def _sent_abroad(rule_type: str, model_type: str, tok: Token) -> bool:
    """Whether forces a rule reads as sent to help another state go "to" a state other than the sender's ("Kenya
    deployed 2,000 troops to Somalia"), or are sent to help one ("Chad is deploying soldiers to help Niger"): GUIDE.md,
    troops sent abroad are AID and moved at home MOBILIZE; the argument structure decides, so the model's sense does
    not overrule it."""
    if rule_type != "AID" or model_type != "MOBILIZE":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    home = {code for s in subjects for code in (state_code(s.text), token_modifier_country(s)) if code}
    places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
              for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    codes = [state_code(g.text) for g in places]
    # a capital helped stands for its government ("to support Moscow")
    codes += [state_code(g.text) or capital_code(g.text) for g in _helped(tok) if g.ent_type_ == "GPE"]
    return any(code not in (None, *home) for code in codes)


SENDING_LEMMAS = word_class("sending_lemmas")
"""Verbs that send forces somewhere (of ``aid.send_troops``, without those that hand over goods)."""
HOME_DESTINATIONS = word_class("home_destinations")
"""Places forces are sent to at home: a state's own bodies, buildings and streets ("sent troops to the parliament")."""


def _sent_home(rule_type: str, tok: Token) -> bool:
    """Whether forces a rule reads as sent to help another state are sent "to" / "into" a place of the sender's own
    (``HOME_DESTINATIONS``: "sent troops to the parliament", "deployed soldiers onto the streets of Conakry", "to
    the border"), with no other state owning it ("to Niger's border region" stays AID): GUIDE.md, forces moved within
    one's own state, to one's own border or against one's own parliament are MOBILIZE ``troops``."""
    if rule_type != "AID" or tok.pos_ not in ("VERB", "AUX"):
        return False
    # the parser reads "sent troops to X" with "to" as a dative as often as a preposition
    places = [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "onto")
              for g in c.children if g.dep_ == "pobj"]
    if not places or tok.lemma_.lower() not in SENDING_LEMMAS:
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    home = {code for s in subjects for code in (state_code(s.text), token_modifier_country(s)) if code}
    for place in places:
        if place.lemma_.lower() not in HOME_DESTINATIONS and place.ent_type_ != "FAC":
            return False
        owners = [t for t in place.subtree if t.i != place.i and t.ent_type_ in ("GPE", "NORP")]
        if any((state_code(t.text) or token_modifier_country(t)) not in (None, *home) for t in owners):
            return False  # "to Niger's border region", "to the Malian capital": another state's
    return True


def _death_told_alone(rule_type: str, model_type: str, tok: Token, cands: Sequence[Candidate],
                      matches: list[tuple[str, str, Token, bool]]) -> bool:
    """Whether a passive killing the lexicon reads as a death tells no attack in its own clause ("five of its members
    were killed, among them X", the strike told in another sentence): GUIDE.md, with no violent act told the deaths are
    DIE; "were killed by a drone", "were killed when a bomb went off", "killed in an attack" tell one and stay the
    model's ASSAULT (casualties told first)."""
    if rule_type != "DIE" or model_type != "ASSAULT":
        return False
    subjects = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    clause = {t.i for t in tok.subtree} - subjects - {tok.i}
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    attacks = {c.i for c in cands if c.type == "ASSAULT"} | {m.i for _, typ, m, ok in matches if ok and typ == "ASSAULT"}
    return not clause & attacks


def _helped(tok: Token) -> list[Token]:
    """Whom forces are sent to help, told by a purpose clause ("deployed soldiers [to help] Niger", "sent troops to
    help defend X", "to fight alongside X"): what the clause's verb, or the verb it governs, takes as object."""
    out: list[Token] = []
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in PURPOSE_LEMMAS]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "xcomp"]
    for clause in clauses:
        out += [c for c in clause.children if c.dep_ == "dobj"]
        out += [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("alongside", "with")
                for g in c.children if g.dep_ == "pobj"]
        # "to help Haiti restore order": the parser's subject of the helped act
        out += [g for c in clause.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    # "to support Mozambique's army": the state whose force is helped
    return out + [p for o in out for p in o.children if p.dep_ == "poss"]


DEMAND_REPORTING = word_class("demand_reporting")
GRIEVANCE_LEMMAS = word_class("grievance_lemmas")
"""Verbs that put a clause forward as a charge or a grievance ("claimed that", "complained that"), which report a
judgement as the verbs of saying do."""
JUDGMENT_REPORTING = DEMAND_REPORTING | GRIEVANCE_LEMMAS
"""Verbs whose reported clause, when it judges its subject, is the speaker's accusation (``construction.judged``)."""
NAMING_LEMMAS = word_class("naming_lemmas")
"""Verbs of calling ("called it a brilliant step"), which praise when what they say is good (``praises``)."""
WANTING_LEMMAS = word_class("wanting_lemmas")
"""Verbs by which one side wants another to act ("wants Ankara to cancel ...")."""
NOT_WANTED_DOERS = frozenset({"it", "there", "this", "that", "i", "we", "me", "us"})
"""Subjects of a wanted act that name no one asked (or the wanter's own side)."""


def _wanted_doer(verb: Token) -> Token | None:
    """The one whom ``verb`` (of wanting) wants to act: the subject of its "to"-infinitive complement ("wants [Ankara]
    to cancel"), or None for a wish of one's own ("wants to visit"), a negated wish ("does not want Ankara to ...") or
    a doer that names no one ("wants it to end")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    for comp in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            continue
        doer = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lower_ not in NOT_WANTED_DOERS and doer.pos_ in ("PROPN", "NOUN") \
                and _names_an_actor(doer):
            return doer
    return None


def _constructions(doc: Doc, matches: list[tuple[str, str, Token, bool]]) -> list[Trigger]:
    """Events told by a construction rather than a word (PLOVER codes both):

    * a demand in reported speech: "X said [Y must / should / has to / is going to have to do Z]" is REQUEST from X to
      Y (on the saying verb), as is
      a verb of insisting with a subjunctive: "X insisted [that Y hand back the ships]"; and so
      is one in a message's own clause: "X issued a reminder to Y [that it must do Z]" (on the issuing verb);
    * a judgement in reported speech: "X said [Y was a liar / had behaved irresponsibly]" is ACCUSE from X to Y;
    * a wrong charged in reported speech: "X said [the footage shows abuses by Y]" is ACCUSE (allege) from X to Y;
    * a declared readiness: "X is willing / ready / prepared / committed to do Z" is AGREE (on Z's verb), SUPPORT
      when Z is to back or support someone;
    * a talk "by phone" or "by video link" with someone, whatever the verb: CONSULT phone;
    * relief goods or crews sent, shipped or donated to someone, or arriving somewhere: AID humanitarian
      (``relief.relief_sent``, ``relief.relief_arrival``);
    * an amount of aid or a pledge raised: "doubled its pledge" is AGREE, "increased its aid" AID
      (``aid_amounts.aid_amount``);
    * a levy on a named state's goods raised or widened: SANCTION (``levies.levy_raised``);
    * a named person taking over a body with a head ("takes over the embassy in Lima"): APPOINT of that person;
    * getting ready for an act of force: "the militia prepared to renew its bombardment" is MOBILIZE troops
      (on "prepared");
    * a succession: "X replaced / succeeded Y" is APPOINT of X and DISMISS of Y, and so is "A replaced Y with X" (by
      A);
    * the moves of a reshuffle: "moved X to the justice portfolio" is APPOINT of X, "dropped Minister X" DISMISS of X,
      "reshuffled her cabinet" APPOINT by its subject (``reshuffles``);
    * a host who "played host to" a visitor: CONSULT visit by the visitor (``occasions.played_host_to``);
    * a legislature approving a government: "Parliament approved the new government of X" is APPOINT of X by the
      legislature (``approvals.approved_cabinet_head``);
    * an attack made with words: "attacked the budget plan", "partisan attacks on her integrity" is ACCUSE
      (``verbal_attacks.verbal_attack``);
    * a legal matter ended or set going again: "dropped the investigation into X" is CONCEDE,
      "reopened the investigation into X" ACCUSE investigate (``idle_objects``);
    * someone brought before a court: "took / dragged X to court" is ACCUSE allege from the plaintiffs to X;
    * blame pinned on someone: "held X responsible for the strike", "named X as the main suspect" is ACCUSE allege
      (``accusations.held_responsible``, ``accusations.named_as_culprit``), and a claim called untrue ("called the
      accusations absurd") REJECT (``accusations.claim_called_false``);
    * an official taken off duty: "placed X on administrative leave", "reassigned the police chief" is DISMISS
      (``suspensions.taken_off_duty``);
    * a plea in court: "pleaded guilty" is CONCEDE, "pleaded not guilty" REJECT (``pleas.plea``), and an acquittal
      told as "cleared of all charges" CONCEDE (``pleas.cleared_of_charges``);
    * bail or parole granted: RETREAT release (``prison_exits.bail_granted``);
    * an expulsion told by an order to go: "X ordered / told Y to leave", "gave Y 48 hours to leave", "ordered Y
      out of the country" is SANCTION (expel) from X to Y.
    """
    taken = {tok.i for _, _, tok, ok in matches if ok}
    typed = {(tok.i, label) for _, label, tok, _ in matches}
    # the types the lexicon or the learned decision sees on a word: "use force" is an assault for the model alone
    seen = typed | {(c.i, c.type) for c in doc._.event_candidates or ()}
    out: list[Trigger] = []
    # only a verb or a committed adjective can tell one: those found in one array of ids, a Token built for them
    committed = _committed_ids() | unwilling_ids()
    rows = doc.to_array([POS, LOWER]).tolist()
    maybe = [i for i, (pos, low) in enumerate(rows) if pos == VERB or low in committed]
    under = get_string_id("under")
    for tok in (doc[i].head for i, (_, low) in enumerate(rows) if low == under):
        if attack_undergone(tok) is None and (noun := criticism_undergone(tok)) is not None:
            # "the minister came under fire from opposition lawmakers", "was under attack from her rivals": words
            # against the subject (GUIDE.md: criticism is ACCUSE disapprove), not an attack by it
            out.append(Trigger("construction.under_criticism", "ACCUSE", "disapprove", noun, True, {}, "asserted"))
    # "if you do not hand them over, we will come for them": a harm the speaker's side holds out on a refusal (GUIDE.md:
    # a conditional warning is THREATEN, on the consequence); found from its subject, as "we will" has no verb
    speakers = _speaker_ids()
    for tok in (doc[i].head for i, (_, low) in enumerate(rows) if low in speakers):
        if _ultimatum(tok):
            out.append(Trigger("construction.ultimatum", "THREATEN", _ultimatum_mode(tok, seen), tok, False, {},
                               "asserted"))
    for tok in (doc[i] for i in maybe):
        lemma, pos = tok.lemma_.lower(), tok.pos_  # read once per token: each read builds a new string
        if lemma in DEMAND_REPORTING and pos == "VERB" and tok.i not in taken:
            for comp in [*tok.children, *listener_clauses(tok), *believed_clauses(tok)]:
                modal = any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in comp.children)
                # the spoken "has to / needs to" is said of things as often as of people ("anything we wrote had to
                # rhyme"): without a modal, the one obliged must name an actor, unless the verb itself urges ("warned
                # that the disarmament had to be verifiable" asks for it, whoever is to do it)
                if comp.dep_ == "ccomp" and (modal or obliged(comp) or (lemma in INSISTING_LEMMAS and to_be_done(comp))) \
                        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we", "it", "there", "this")
                                and (modal or _names_an_actor(c) or lemma in URGING_LEMMAS) and not advised_kind(c)
                                for c in comp.children) \
                        and not forecasts(comp):
                    out.append(Trigger("construction.must", "REQUEST", None, tok, False, {}, "asserted"))
                    break
        if pos == "VERB" and lemma not in DEMAND_REPORTING and tok.i not in taken and _demand_in_noun(tok) \
                and not describes_listeners(tok):
            # "issued a stern reminder to Peru that it must cooperate": a demand told in a message's own clause
            out.append(Trigger("construction.must", "REQUEST", None, tok, False, {}, "asserted"))
        if lemma in REPORTING and pos == "VERB" and tok.i not in taken and any(
                comp.dep_ == "ccomp" and denied_claim(comp) is not None for comp in tok.children):
            # "a Pentagon spokesman told reporters that Moscow's claims were false": the speaker rejects the claim of
            # its owner (GUIDE.md: "dismissed as baseless", "denied that" are REJECT)
            out.append(Trigger("construction.claim_denied", "REJECT", None, tok, False, {}, "asserted"))
        if lemma in REPORTING and pos == "VERB" and tok.i not in taken and refused_by_judgement(tok) is not None:
            # "said the Russian demands were unacceptable": the one asked judges the demand bad, a refusal (GUIDE.md:
            # an evaluation that answers a demand is REJECT)
            out.append(Trigger("construction.refused_by_judgement", "REJECT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and (call := renewed_call(tok)) is not None:
            # "renewed calls for both rivals to hold talks": a call made on its occasion, told by its noun
            out.append(Trigger("construction.renewed_call", "REQUEST", None, call, True, {}, "asserted"))
        if lemma in WANTING_LEMMAS and pos == "VERB" and tok.i not in taken and _wanted_doer(tok) is not None:
            # "Washington wants Ankara to cancel the purchase": a demand addressed to Ankara (GUIDE.md: a call on
            # someone to act is REQUEST); "wants to visit" (no one else to act) is an intention, no event
            out.append(Trigger("construction.wanted", "REQUEST", None, tok, False, {}, "asserted"))
        if lemma in JUDGMENT_REPORTING and pos == "VERB" and tok.i not in taken and (any(
                comp.dep_ == "ccomp" and judges_in_clause(comp) for comp in tok.children)
                or judged_of(tok, opened_clauses(tok)) is not None or judged_in_quote(tok) is not None):
            # "Lula said Milei had gone completely mad": a judgement in reported speech accuses its subject; "'It was
            # shameful,' she said of the governor": a quoted judgement accuses the one it is said of
            out.append(Trigger("construction.judged", "ACCUSE", "disapprove", tok, False, {}, "asserted"))
        elif lemma in DEMAND_REPORTING and pos == "VERB" and tok.i not in taken and (
                judged := addressed_judgement(tok)) is not None:
            # "'You are an inspiring example,' the chairman told her": praise (or blame) said to the addressee's face
            out.append(Trigger("construction.addressed", judged, "disapprove" if judged == "ACCUSE" else None, tok,
                               False, {}, "asserted"))
        elif lemma in DEMAND_REPORTING and pos == "VERB" and tok.i not in taken and praised_in_quote(tok) is not None:
            # "'Minister Vogt is an outstanding leader,' he said": praise in a quote (GUIDE.md: SUPPORT)
            out.append(Trigger("construction.praised", "SUPPORT", None, tok, False, {}, "asserted"))
        elif lemma in NAMING_LEMMAS and pos == "VERB" and tok.i not in taken and praises(tok):
            # "Mayor Berg called it 'a brilliant gift to young families'": a characterisation that praises (GUIDE.md:
            # "called Y Z", Z positive, is SUPPORT); the lexicon's verbs of calling take only a condemning Z
            out.append(Trigger("construction.praising_call", "SUPPORT", None, tok, False, {}, "asserted"))
        elif lemma in DEMAND_REPORTING and pos == "VERB" and tok.i not in taken and own_words_denied(tok):
            # "'I have not said what I am quoted as saying,' she told reporters": a denial (GUIDE.md: REJECT)
            out.append(Trigger("construction.own_words_denied", "REJECT", None, tok, False, {}, "asserted"))
        elif lemma in DEMAND_REPORTING and pos == "VERB" and tok.i not in taken and _charged_clause(tok) is not None:
            # "Amnesty said the footage reveals unlawful killings by Ruritanian police": a wrong named with its doer
            # in reported speech accuses that doer (GUIDE.md: an accusation told only by its content)
            out.append(Trigger("construction.charged", "ACCUSE", "allege", tok, False, {}, "asserted"))
        replaces = (successor_subject(tok) is not None
                    and any(c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "he", "she")
                            for c in _replaced_ones(tok))
                    and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children))
        if replaces or predecessor_object(tok) is not None:
            # "Kiprop replaced her as finance minister", "took over from Boateng as chairman": one takes the post, the
            # other leaves it
            out.append(Trigger("construction.successor", "APPOINT", None, tok, False, {}, "asserted"))
            out.append(Trigger("construction.predecessor", "DISMISS", None, tok, False, {}, "asserted"))
        if replacement_object(tok) is not None:
            # "Putin replaced the minister with Ana Vidal": the one put in the post is appointed, the one replaced
            # leaves it
            out.append(Trigger("construction.replacement", "APPOINT", None, tok, False, {}, "asserted"))
            out.append(Trigger("construction.replaced", "DISMISS", None, tok, False, {}, "asserted"))
        if lemma in HANDOVER_LEMMAS and pos == "VERB" and _hands_over_post(tok):
            # "led the country until he handed the presidency to Y": the giver leaves, Y takes the post (GUIDE.md: a
            # handover tells both, as a succession does)
            out.append(Trigger("construction.handover", "APPOINT", None, tok, False, {}, "asserted"))
            out.append(Trigger("construction.handover_giver", "DISMISS", "resign", tok, False, {}, "asserted"))
        if lemma in ORDERING_LEMMAS and pos == "VERB" and _orders_out(tok) and _deadline_to_fighters(tok):
            # "gave the rebels until Friday to leave the city": an ultimatum to an armed force (GUIDE.md: "gave X a
            # 48-hour deadline" is THREATEN), not an expulsion, which is of diplomats and officials
            out.append(Trigger("construction.order_out_ultimatum", "THREATEN", None, tok, False, {}, "asserted"))
        elif lemma in ORDERING_LEMMAS and pos == "VERB" and _orders_out(tok):
            out.append(Trigger("construction.order_out", "SANCTION", "expel", tok, False, {}, "asserted"))
        if lemma in GRANTING_LEMMAS and pos == "VERB" and tok.i not in taken and _grants_request(tok):
            # "the minister granted a transfer request lodged by X": granting what X asked is a commitment to do it
            # (GUIDE.md: an accepted proposal is AGREE), not a request by the one who grants it
            out.append(Trigger("construction.granted", "AGREE", None, tok, False, {}, "asserted"))
        if lemma in REFUSING_LEMMAS and pos == "VERB" and tok.i not in taken and _refuses_to(tok):
            # "declined to resign": the refusal is the event, the act refused only its content (GUIDE.md: REJECT)
            out.append(Trigger("construction.refused", "REJECT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and lemma == "hold" and tok.i not in taken and held_since(tok):
            # "Haddad had been held since March": a person held since a date is one custody going on since then
            # (GUIDE.md: a single act that goes on since a stated time), which no trigger word tells ("held" is also
            # a meeting, a vote or a post); a construction, so the learned decision reads "held" as before
            out.append(Trigger("construction.held_since", "COERCE", "arrest", tok, False, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and _readies_force(tok, seen):
            out.append(Trigger("construction.readied", "MOBILIZE", "troops", tok, False, {}, "asserted"))
        if pos == "VERB" and lemma in REGARDING_LEMMAS and tok.i not in taken and _held_legitimate(tok) is not None:
            # "still considers A the legitimate president", "regards A as the rightful leader": an endorsement of A
            # (OUTPUT.md 5: support for a party is SUPPORT; issue 12)
            out.append(Trigger("construction.held_legitimate", "SUPPORT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and lemma in ENTRY_REFUSING_LEMMAS and _entry_refused(tok) is not None:
            # "was turned back at the airport gate", "border guards denied him access": a restriction of movement (PLOVER
            # COERCE restrict), not a rejection of a proposal (issue 12)
            out.append(Trigger("construction.refused_entry", "COERCE", "restrict", tok, False, {}, "asserted"))
        if pos == "VERB" and lemma in CEREMONY_LEMMAS and _joint_doers(tok):
            # "he and the Georgian president inaugurated the new bridge": two leaders at one ceremony met there
            out.append(Trigger("construction.joint_ceremony", "CONSULT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and lemma in TAKING_OVER_LEMMAS and tok.i not in taken and _takes_over_body(tok):
            # "Ines Varga takes over the embassy in Lima on Monday": she takes up its post (GUIDE.md: APPOINT)
            out.append(Trigger("construction.took_over_body", "APPOINT", None, tok, False, {},
                               "planned" if timetable_present(tok) else "asserted"))
        if pos == "VERB" and levy_raised(tok) is not None:
            # "duties on Elbonian steel were raised to 20%": more of a levy laid on a state's goods (GUIDE.md:
            # SANCTION), its mood the parse's alone
            out.append(Trigger("construction.levy_raised", "SANCTION", None, tok, False, {}))
        if pos == "VERB" and relief_sent(tok):
            # "donated 300 tents to Mozambique", "flew flour to Yemen": relief, not a deployment (GUIDE.md: AID)
            out.append(Trigger("construction.relief", "AID", "humanitarian", tok, False, {}, "asserted"))
        if pos == "VERB" and relief_arrival(tok):
            # "Turkish rescuers arrived in Tripoli": help reaching the host state (GUIDE.md: AID), not a visit
            out.append(Trigger("construction.relief_arrival", "AID", "humanitarian", tok, False, {}, "asserted"))
        if pos == "VERB" and (raised := aid_amount(tok)) is not None:
            # "doubled its pledge to $40 million", "increased its aid to $12 million": a new commitment or more aid
            # (OUTPUT.md 5: AGREE, AID), not a levy raised; its mood the parse's alone
            out.append(Trigger("construction.aid_amount", raised[0], raised[1], tok, False, {}))
        if pos == "VERB" and tok.i not in taken and forces_brought_home(tok):
            # "brought home its 300 soldiers", "pulled its marines out of Chad": forces withdrawn (GUIDE.md: RETREAT)
            out.append(Trigger("construction.forces_home", "RETREAT", "withdraw", tok, False, {}, "asserted"))
        if pos == "VERB" and (noun := attack_undergone(tok)) is not None:
            # "the capital came under heavy fire": an attack on the subject, told on its noun (GUIDE.md: ASSAULT)
            out.append(Trigger("construction.under_fire", "ASSAULT", None, noun, True, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and prison_exit(tok):
            # "walked out of prison last December", "was let out of jail": a release (GUIDE.md: RETREAT release)
            out.append(Trigger("construction.prison_exit", "RETREAT", "release", tok, False, {}, "asserted"))
        if pos == "VERB" and bail_granted(tok):
            # "a judge granted A bail": a release on bail (GUIDE.md: RETREAT release, the court the source), not aid
            out.append(Trigger("construction.bail_granted", "RETREAT", "release", tok, False, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and _meeting_proposed(tok):
            # "Ortega, who first floated the summit": a proposal to meet (PLOVER: REQUEST meet)
            out.append(Trigger("construction.meeting_proposed", "REQUEST", "meet", tok, False, {}, "asserted"))
        if pos == "VERB" and named_dead(tok):
            # "nine soldiers were killed, among them A and B": the deaths of A and B (GUIDE.md: DIE, one a person), not
            # the attack a passive "were killed" often reads as
            out.append(Trigger("construction.named_dead", "DIE", None, tok, False, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and ends_inquiry(tok) is not None:
            # "Oslo dropped its investigation into the minister": a concession in his favour (GUIDE.md: dropped
            # charges and an acquittal are CONCEDE), whatever sense the lexicon or the learned decision sees in "drop"
            out.append(Trigger("construction.inquiry_ended", "CONCEDE", None, tok, False, {}, "asserted"))
        if pos == "VERB" and reopens_inquiry(tok) is not None:
            # "Stockholm prosecutors reopened the investigation into the diplomat": an inquiry set going again (GUIDE.md:
            # a formal investigation is ACCUSE investigate), not the concession "reopened the border" is
            out.append(Trigger("construction.inquiry_reopened", INQUIRY_TYPE, "investigate", tok, False, {}, "asserted"))
        if pos == "VERB" and _taken_to_court(tok):
            # "the senators dragged the police chief to court": a suit brought against him (GUIDE.md: ACCUSE allege, as
            # "sued"), not the post the learned decision may read on "took" nor a journey
            out.append(Trigger("construction.taken_to_court", "ACCUSE", "allege", tok, False, {}, "asserted"))
        if pos == "VERB" and taken_off_duty(tok):
            # "placed two nurses on administrative leave", "reassigned the police chief": taken off duty (GUIDE.md:
            # DISMISS), not the deployment the learned decision may read on "placed"
            out.append(Trigger("construction.off_duty", "DISMISS", None, tok, False, {}))
        if pos == "VERB" and (pleaded := plea(tok)) is not None:
            # "pleaded guilty to fraud" admits the charge, "pleaded not guilty" denies it (GUIDE.md: CONCEDE, REJECT),
            # not a plea for help (REQUEST), which the lexicon and the learned decision read on "plead"
            out.append(Trigger("construction.plea", pleaded, None, tok, False, {}))
        if pos == "VERB" and (court := court_act(tok)) is not None:
            # "set a trial on bribery charges against A", "a magistrate fined A", "suspended the fine", "the jury
            # recommended the death penalty": the court's own idiom for a charge, a penalty, its lifting, a sentence
            # (GUIDE.md: ACCUSE allege, SANCTION, CONCEDE, SANCTION convict), which no trigger word carries
            out.append(Trigger(f"construction.court_{court[0]}", court[1], court[2], tok, False, {}))
        if pos == "VERB" and cleared_of_charges(tok):
            # "was cleared of all charges": an acquittal (GUIDE.md: CONCEDE), which no lexicon entry reads on "clear"
            out.append(Trigger("construction.cleared", "CONCEDE", None, tok, False, {}))
        if pos == "VERB" and claim_called_false(tok) is not None:
            # "called the Georgian accusations absurd": a denial of the claim's owner (GUIDE.md: "dismissed as
            # baseless" is REJECT), not the accusation the lexicon reads on a verb of calling with a bad word
            out.append(Trigger("construction.claim_called_false", "REJECT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and named_as_culprit(tok) is not None:
            # "Police named A as the main suspect in the killing": an allegation against A (GUIDE.md: ACCUSE allege),
            # not the appointment the lexicon and the learned decision read on "named"
            out.append(Trigger("construction.named_culprit", "ACCUSE", "allege", tok, False, {}, "asserted"))
        if pos == "VERB" and held_responsible(tok) is not None:
            # "held Israel responsible for the strike": blame pinned on the object (GUIDE.md: ACCUSE), not a meeting
            # or a post the lexicon and the learned decision read on "held"
            out.append(Trigger("construction.held_responsible", "ACCUSE", "allege", tok, False, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and _rebuked_for(tok):
            # "yelled at him for killing her son": a rebuke of the one addressed (GUIDE.md: ACCUSE disapprove), the
            # act charged only its content
            out.append(Trigger("construction.rebuked_for", "ACCUSE", "disapprove", tok, False, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and _dialed(tok):
            # "the envoy dialed up the prime minister from her hotel": a call placed to a person (CONSULT phone)
            out.append(Trigger("construction.dialed", "CONSULT", "phone", tok, False, {}, "asserted"))
        if pos == "VERB" and tok.i not in taken and _by_phone(tok):
            out.append(Trigger("construction.by_phone", "CONSULT", "phone", tok, False, {}, "asserted"))
        if pos == "VERB" and played_host_to(tok) is not None:
            # "played host to her Danish counterpart": a visit received (GUIDE.md: the host is the target), not the
            # mediation "played host to talks between A and B" is
            out.append(Trigger("construction.played_host", "CONSULT", "visit", tok, False, {}, "asserted"))
        if pos == "VERB" and moved_to_post(tok):
            # "moved X from energy to the finance portfolio": X takes up the post (GUIDE.md: a reshuffle's move is
            # APPOINT), not the removal the learned decision reads on a person moved
            out.append(Trigger("construction.moved_to_post", "APPOINT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and dropped_from_post(tok):
            # "dropped Interior Minister X": X leaves (GUIDE.md: DISMISS), not the concession of dropped charges
            out.append(Trigger("construction.dropped_from_post", "DISMISS", None, tok, False, {}, "asserted"))
        if pos == "VERB" and reshuffled_government(tok) is not None:
            # "reshuffled her cabinet": APPOINT by the reshuffler (GUIDE.md), who is not the one dismissed
            out.append(Trigger("construction.reshuffled", "APPOINT", None, tok, False, {}, "asserted"))
        if pos == "VERB" and approved_cabinet_head(tok) is not None:
            # "Parliament approved the new government of X": X takes office (GUIDE.md: APPOINT, the appointer source),
            # not the law or budget the learned decision reads on "approved" nor the praise the lexicon reads on
            # "endorsed"
            out.append(Trigger("construction.cabinet_approved", "APPOINT", None, tok, False, {}, "asserted"))
        if (tok.lower_ in COMMITTED_ADJECTIVES or tok.lower_ in UNWILLING_WORDS) and (
                tok.dep_ in ("acomp", "ROOT", "amod") or (
                tok.dep_ == "advcl" and tok.head.lemma_ in READINESS_COPULAS)) and tok.i not in taken and (
                pos != "VERB" or tok.dep_ == "acomp" and readiness_denied(tok)):  # a declared readiness is an
            # adjective ("is prepared to"; "stood prepared to", which the parser may hang on "stood" as a clause); the
            # verb ("the militia prepared to renew its bombardment", "committed troops to") tells an act of getting
            # ready; a copula's participle denied ("was no longer prepared to") is the readiness refused
            refused = readiness_denied(tok)
            for comp in tok.children:
                if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
                    # "stood ready to back Kenya's bid" is a pledge of support, as COMMITTED_TYPES reads it
                    # and a readiness to impose a curfew or use force is a threat; a readiness denied ("is not
                    # willing to accept", "is unwilling to release") is a refusal (GUIDE.md: "refused to" is REJECT)
                    kind = "REJECT" if refused else "SUPPORT" if (comp.i, "SUPPORT") in typed else (
                        "THREATEN" if _hostile(comp, seen) and tok.head.lemma_ in READINESS_COPULAS else "AGREE")
                    out.append(Trigger("construction.committed", kind, None, comp, False, {}, "asserted"))
                    break
    # "a jury said A should die": the jury's sentence, not a demand the jury makes of A; "prosecutor X told the jury
    # that A lied": one accusation, the prosecution's
    in_court = {t.token.i for t in out if t.entry_id.startswith("construction.court_")}
    out = [t for t in out if t.entry_id.startswith("construction.court_") or not (
        t.entry_id in ("construction.must", "construction.judged", "construction.charged") and t.token.i in in_court)]
    for word in tokens_lowered(doc, RELEASE_NOUNS):
        if word.i not in taken and release_brought_about(word):
            # "ordered the release of A": the release, not a demand for it (GUIDE.md: RETREAT release)
            out.append(Trigger("construction.release_ordered", "RETREAT", "release", word, True, {}, "asserted"))
    for word in tokens_lemmatized(doc, ATTACKING_LEMMAS):
        if verbal_attack(word):
            # "attacked the pension reform", "partisan attacks on her integrity": criticism, not an assault
            # (GUIDE.md: a verbal attack is ACCUSE disapprove), whatever the lexicon or the learned decision reads
            out.append(Trigger("construction.verbal_attack", "ACCUSE", "disapprove", word, word.pos_ == "NOUN", {}))
    for tok in (doc[i] for i in maybe):
        if agreed_view(tok) is not None:
            # "said she agreed with the court's ruling", "something Ruto agrees with": a view shared (OUTPUT.md: support
            # for a party or a position is SUPPORT), no commitment to an act
            out.append(Trigger("construction.agreed_view", "SUPPORT", None, tok, False, {},
                               "negated" if view_denied(tok) else "asserted"))
    for word in tokens_lemmatized(doc, frozenset(REACTION_NOUNS)):
        if word.i not in taken and (received := reaction_received(word)) is not None:
            # "A won praise from B", "A's plan drew a rebuke from B": B's reaction to A (GUIDE.md: praise is SUPPORT,
            # criticism ACCUSE disapprove), which the learned decision may miss or give to A
            mode = "disapprove" if received[1] == "ACCUSE" else None
            out.append(Trigger("construction.reaction_received", received[1], mode, word, True, {}, "asserted"))
    for word in tokens_lemmatized(doc, WELCOMING_LEMMAS):
        if act_welcomed(word) is not None:
            # "A's decision was welcomed by B": B's support of A (GUIDE.md: welcoming a decision is SUPPORT), not the
            # welcome of a visitor the learned decision reads on "welcomed"
            out.append(Trigger("construction.act_welcomed", "SUPPORT", None, word, False, {}, "asserted"))
    for word in tokens_lowered(doc, OUSTING_PARTICIPLES):
        if word.i not in taken and _ousted_person(word) is not None:
            # "the ousted president, A": A's removal told by the participle alone (issue 14)
            out.append(Trigger("construction.ousted", "DISMISS", None, word, False, {}, "asserted"))
    for word in tokens_lowered(doc, APPROVAL_NOUNS):
        if approved_cabinet_head(word) is not None:
            # "gave their approval to the reshuffled commission under X": the approval puts X in office
            out.append(Trigger("construction.cabinet_approved", "APPOINT", None, word, True, {}, "asserted"))
    among = get_string_id("among")
    for i in (i for i, (_, low) in enumerate(rows) if low == among):
        if (verb := _among_the_dead(doc[i])) is not None and verb.i not in taken:
            out.append(Trigger("construction.among_dead", "DIE", None, verb, False, {}, "asserted"))
    return out

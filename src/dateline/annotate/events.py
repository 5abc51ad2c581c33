"""Detect and type events (PLOVER plus APPOINT, DISMISS, DIE, AWARD) in one text, with arguments, modality and date.

Triggers are the reviewable entries of ``lexicons/event_triggers.jsonl``, matched with
spaCy's ``Matcher``; each entry's ``requires`` constraints are checked on the parse
(``_satisfies``), so "signed a treaty" is AGREE while "signed a presidential order" is not.
Arguments come from ``arguments.py``; speculation ("is expected to discuss") is dropped,
planned events need a stated date, negated ones are kept as ``negated``.

This module keeps the trigger finding, the event decision, the pipeline component and the order of the role passes
(``ROLE_PASSES``); the construction triggers are in ``constructions.py`` (shapes in ``construction_cues.py``), the
role passes in one module per family (``roles_speech``, ``roles_aid``, ``roles_courts``, ``roles_meetings``,
``roles_posts``, ``roles_harm``), the actor recovery passes in ``actor_recovery.py``, the ``requires`` checks in
``requirements.py``, the readers they share in ``clauses.py`` and the records in ``event_records.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dateline.annotate.accusations import (_role_accused_in_clause, _role_criticism_from, _role_held_responsible,
                                           accuser_untold, blamed_harm, suspected_act)
from dateline.annotate.actors import GROUP_NOUNS, Actors
from dateline.annotate.approvals import _role_cabinet_head
from dateline.annotate.reshuffles import _role_reshuffler, departure_told_apart
from dateline.annotate.anchors import talks_of_joint_subject, time_anchor
from dateline.annotate.arguments import (ADJUNCT_PREPS, DEFINITE_DETERMINERS, DIPLOMATS, PLACE_PREPS, PRIVATE_PEOPLE,
                                         REACTION_VERBS, Arguments, ArgumentReader, is_passive,
                                         main_clause_participle, passive_clause, topic_phrase, participle_nouns)
from dateline.annotate.commentators import commentator_ids, commentators_only
from dateline.annotate.commitments import (FUTURE_MARKERS, UNREALISED_MARKERS, conditional, decided_act, forecast,
                                           inverted_condition, own_time, reported_act, threatened_harm, undated_future)
from dateline.annotate.content import crowd_demand, in_content
from dateline.annotate.conveyed import carries_anothers_act, conveys_message, read_as_message
from dateline.annotate.countries import city_code, state_code
from dateline.annotate.deliveries import _role_relief_giver
from dateline.annotate.domains import prose_of
from dateline.annotate.eventcat import NONE, Candidate, EventModel, candidates, default_model_dir, load_model
from dateline.annotate.evaluation import praises, valences
from dateline.annotate.idle_objects import (INQUIRY_TYPE, ended_matter, idle_object, opens_inquiry, reopening_prefix,
                                            reopens_inquiry)
from dateline.annotate.matching import GatedMatcher
from dateline.annotate.journeys import vehicle_mishap, vehicle_run
from dateline.annotate.natural_agents import harming_occasion, natural_doer, warns_of_nature
from dateline.annotate.onsets import dated_onset
from dateline.annotate.party_voices import _role_body_voice
from dateline.annotate.perfect import (calendar_dated_past, held_since, reported_perfect, standing_post, told_in_past,
                                      told_in_present_perfect)
from dateline.annotate.reactions import (_role_act_welcomed, _role_maker_by_participle, _role_reaction_received,
                                        reaction_received)
from dateline.annotate.timetable import chronicled_present, timetable_present
from dateline.annotate.told_nouns import told_noun
from dateline.annotate.under_fire import same_attack
from dateline.annotate.nlp import sentence_of, title_heads, verb_doers
from dateline.annotate.non_acts import halted_force, non_act, unscheduled
from dateline.annotate.name_lists import _role_listed_people
from dateline.annotate.occasions import (_role_guest_visits, _role_occasion_place, _role_occasion_traveller,
                                         trip_as_occasion)
from dateline.annotate.courts import idle_appeal, jury_request, testifies_to_a_condition
from dateline.annotate.demands import (judged_request, meeting_refused, option_kept_open, refused_by_judgement,
                                      vetoed_draft_content)
from dateline.annotate.pleas import cleared_of_charges
from dateline.annotate.relief import asks_for_relief, gives_relief, private_arrival
from dateline.annotate.summing import sums_told_act
from dateline.annotate.standing_nouns import describes_a_name, guarded_against, modifies_a_thing, names_an_era
from dateline.annotate.senses import (alerts_only, asks_nothing, builds_on, denies_any, draws_closer,
                                      drops_out_of_course, generic_doers, goes_to_a_platform, habit_of_manner,
                                      in_long_habit, knows_only, long_habit, nominated_for_prize, obliged,
                                      relays_speech, repeated_occasion, shows_only, strikes_as, strikes_back,
                                      strives_for, takes_as, takes_to, talks_go_on, testifies_only, to_be_done,
                                      vows_no_harm, walks_only)
from dateline.annotate.event_records import Found, RolePass, Trigger
from dateline.annotate.clauses import (CALL_MEDIUM_PREPS, HANDOVER_LEMMAS, HOST_LEMMAS, POLITICAL_HEADS, PROTEST_CUES,
                                       REPORTING, SPEECH_ACTS, SPLIT_TYPES, SYMMETRIC_TYPES, TERRITORY_NOUNS,
                                       THREAT_MODES, THREAT_MODES_BY_MODE, _departure, _gatherers, _is_state,
                                       _object_words, _objects, _order_of, _ordered_act, _place_adjunct, _reciprocal,
                                       _signed_paper, _taken, held_subject, reason_of_same_act)
from dateline.annotate.construction_cues import (JUDGING_TYPES, _a_call, _entry_refused, _envoy_must_leave,
                                                 _jailed_by_court)
from dateline.annotate.constructions import ACT_NOUNS, _constructions, _death_told_alone, _sent_abroad, _sent_home
from dateline.annotate.roles_aid import (AID_TOLD_ALONE, _role_aid_amount_giver, _role_aid_purpose_target,
                                         _role_aid_recipient_beside, _role_aid_recipient_in_object,
                                         _role_aid_source_from_target_group, _role_aid_source_from_troops,
                                         _role_aid_to_stricken_state)
from dateline.annotate.roles_speech import (_role_act_judged_in_quote, _role_addressee_of_sent_wishes, _role_asked_of,
                                            _role_answered_charge, _role_asked_to_act, _role_carried_message_addressee,
                                            _role_charged_doer,
                                            _role_complement_target, _role_document_issuer, _role_judged_act_doer,
                                            _role_judged_government, _role_judged_subject,
                                            _role_maker_of_judged_decision, _role_measure_maker, _role_ordered_act,
                                            _role_owner_of_judged_object,
                                            _role_quoted_one, _role_said_of_the_object, _role_shown_judged,
                                            _role_speaker_of_judged_words, _role_speaker_takes_part,
                                            _role_summed_answer, _role_summed_demand_addressee, _role_voiced_with)
from dateline.annotate.roles_courts import (INQUIRY_KEY, _levies, _role_claimant, _role_coercion_of_own_people,
                                            _role_court_sides, _role_custodian_state, _role_custody_holder,
                                            _role_ended_inquiry_target,
                                            _role_entry_refused_by_its_state, _role_executing_state, _role_faced_act,
                                            _role_inquiry_holder, _role_investigated_doer,
                                            _role_levy_of_the_story_state, _role_reporting_state_body,
                                            _role_responsibility_claimant, _role_state_through_courts,
                                            _role_undone_act_target, _role_unnamed_state_body, _tells_inquiry)
from dateline.annotate.roles_requests import (_role_addressee_along_with, _role_addressee_of_message,
                                              _role_author_of_refused, _role_called_on_to_act,
                                              _role_owner_of_fronted_object, _role_refused_antecedent,
                                              _role_refused_recipient, _role_stance_holder)
from dateline.annotate.roles_meetings import (_role_agreed_thing, _role_gathering_not_visited,
                                              _role_host_receives_visitor, _role_met_unnamed_hosts,
                                              _role_pair_named_in_apposition, _role_partner_of_object,
                                              _role_plural_pronoun_pair,
                                              _role_protest_aimed_against, _role_protest_own_people,
                                              _role_protest_people_of_place, _role_protest_told_by_its_verb,
                                              _role_protest_town_is_place, _role_reciprocal_sides, _role_stop_of_a_tour,
                                              _role_target_not_source, _role_visit_partner, _role_visited_state)
from dateline.annotate.roles_posts import (_role_acceptor_of_resignation, _role_biography_person_target,
                                           _role_expelled_peoples_state, _role_handover_giver_leaves,
                                           _role_held_legitimate, _role_honour_recipient, _role_host_acts_on_envoy,
                                           _role_ousted_person, _role_post_holder_not_taker, _role_recall_from_state,
                                           _role_succession)
from dateline.annotate.roles_summons import _role_summoning_state
from dateline.annotate.roles_votes import _role_vote_holder
from dateline.annotate.roles_harm import (_role_agreed_view, _role_among_the_dead, _role_bystanders_of_the_place,
                                          _role_hit_home_organ, _role_listed_after_colon, _role_named_dead,
                                          _role_owner_of_hit_object, _role_place_is_where, _role_released_subject,
                                          _role_under_fire, _role_unplaced_fighters, _role_where_it_happened)
from dateline.annotate.actor_recovery import (_recover_addressee, _recover_announcer_of_measure, _recover_arrival_host,
                                              _recover_call_partner, _recover_gerund_subject, _recover_mediated_sides,
                                              _recover_owner_of_the_object, _recover_people_of_the_story,
                                              _recover_sides_in_clause, _recover_sides_of_dated_start,
                                              _recover_subject_through_complement)
from dateline.annotate.requirements import FLAG_CHECKS, WORD_CHECKS, _Parse, stay_order
from dateline.dates.find import find_timexes
from dateline.lexicons import load, word_class

LOGGER = logging.getLogger(__name__)

SPECULATIVE_LEMMAS = word_class("speculative_lemmas")
"""Words that make a clause speculation rather than an event (OUTPUT.md section 5)."""
PLANNED_LEMMAS = frozenset({"schedule", "due", "slate", "set"})
"""Words that make a clause a scheduled future event ("is scheduled to meet", "is due to visit")."""
NEGATIONS = word_class("negations")
CLAUSE_DEPS = word_class("event_clause_dep", "grammar")
RULE_MATCHES_KEY = "dateline.rule_matches"
DROPPED_FACTUALITY = frozenset({"hypothetical", "not_event"})
"""Learned factualities that are not events to code (OUTPUT.md section 5)."""


@dataclass(frozen=True, slots=True)
class _TriggerIndex:
    """Single-token patterns indexed by word (a dict lookup per token), the rest in spaCy's Matcher.

    With ~90 patterns the Matcher's predicate cache dominates annotation time; most trigger
    patterns are one token, so they are checked only on tokens whose lemma or form they name.
    """

    matcher: GatedMatcher
    entries: dict[str, dict[str, Any]]
    by_word: dict[tuple[str, str], tuple[str, ...]]
    by_id: tuple[dict[int, tuple[str, ...]], ...]
    """``by_word`` per attribute of ``WORD_ATTRS``, keyed by the word's string id (read from one array per text)."""


WORD_ATTRS = (("LEMMA", LEMMA), ("LOWER", LOWER), ("TEXT", ORTH))
"""The token attributes a one-token trigger pattern is indexed by, with their spaCy attribute ids."""


def _words_of(spec: Any) -> tuple[str, ...]:
    if isinstance(spec, str):
        return (spec,)
    if isinstance(spec, dict) and "IN" in spec:
        return tuple(spec["IN"])
    return ()


def _accepts(tok: Token, constraint: dict[str, Any]) -> bool:
    """Whether one token meets a one-token spaCy pattern (LEMMA, LOWER, TEXT, POS, TAG; a value or {"IN": [...]})."""
    values = {"LEMMA": tok.lemma_, "LOWER": tok.lower_, "TEXT": tok.text, "POS": tok.pos_, "TAG": tok.tag_}
    for key, spec in constraint.items():
        value = values.get(key)
        if value is None or value not in _words_of(spec):
            return False
    return True


@lru_cache(maxsize=4)
def _index(nlp: Language) -> _TriggerIndex:
    matcher = GatedMatcher(nlp.vocab)  # each pattern run only on a text holding its words
    entries = {e["id"]: e for e in load("event_triggers")}
    by_word: dict[tuple[str, str], list[str]] = {}
    for entry in entries.values():
        pattern = entry["pattern"]
        if len(pattern) == 1 and set(pattern[0]) <= {"LEMMA", "LOWER", "TEXT", "POS", "TAG"} and (
                "LEMMA" in pattern[0] or "LOWER" in pattern[0] or "TEXT" in pattern[0]):
            key = next(k for k in ("LEMMA", "LOWER", "TEXT") if k in pattern[0])
            for word in _words_of(pattern[0][key]):
                by_word.setdefault((key, word), []).append(entry["id"])
        else:
            matcher.add(entry["id"], [pattern])
    by_id = tuple({get_string_id(word): tuple(ids) for (key, word), ids in by_word.items() if key == name}
                  for name, _ in WORD_ATTRS)
    return _TriggerIndex(matcher, entries, {k: tuple(v) for k, v in by_word.items()}, by_id)


def _matches(doc: Doc, nlp: Language) -> list[tuple[str, int, int]]:
    index = _index(nlp)
    found = [(nlp.vocab.strings[m], s, e) for m, s, e in index.matcher(doc)]
    # the tokens' lemma, lower-case and text ids from one array, each looked up in C (``map``): a string built
    # per token and attribute cost more than the look-ups
    columns = doc.to_array([attr for _, attr in WORD_ATTRS]).T.tolist() if len(doc) else []
    for by, ids in zip(index.by_id, columns):
        for i, entry_ids in enumerate(map(by.get, ids)):
            for entry_id in entry_ids or ():
                if _accepts(doc[i], index.entries[entry_id]["pattern"][0]):
                    found.append((entry_id, i, i + 1))
    return sorted(set(found), key=lambda m: (m[1], m[0]))


def rule_matches(doc: Doc, nlp: Language) -> list[tuple[str, str, Token, bool]]:
    """Every trigger-lexicon match: (entry id, type, the token that carries the arguments, whether ``requires`` holds).

    Kept on the document (``Doc.user_data``, by token index) so that the component and the event finder match once.
    """
    kept = doc.user_data.get(RULE_MATCHES_KEY)
    if kept is not None:
        return [(entry_id, typ, doc[i], ok) for entry_id, typ, i, ok in kept]
    entries = _index(nlp).entries
    out = []
    for entry_id, start, end in _matches(doc, nlp):
        entry = entries[entry_id]
        tok = doc[start + int(entry.get("head", 0))]
        req = entry.get("requires", {})
        if req.get("governor") and tok.head.pos_ == "VERB":
            tok = tok.head  # "declared the ambassador persona non grata": the verb carries the arguments
        out.append((entry_id, entry["label"], tok, _satisfies(tok, doc[start:end], req)))
    doc.user_data[RULE_MATCHES_KEY] = [(entry_id, typ, tok.i, ok) for entry_id, typ, tok, ok in out]
    return out


def _rule_trigger(entry: dict[str, Any], tok: Token) -> Trigger:
    req = entry.get("requires", {})
    nominal = tok.pos_ in ("NOUN", "PROPN") or (bool(req.get("nominal")) and tok.dep_ not in CLAUSE_DEPS)
    return Trigger(entry["id"], entry["label"], entry.get("mode"), tok, nominal, req)


def _hits_by_token(matches: list[tuple[str, str, Token, bool]]) -> dict[int, list[tuple[str, str, bool]]]:
    hits: dict[int, list[tuple[str, str, bool]]] = {}
    for entry_id, typ, tok, ok in matches:
        hits.setdefault(tok.i, []).append((entry_id, typ, ok))
    return hits


def find_triggers(doc: Doc, nlp: Language, model: EventModel | None | bool = True) -> list[Trigger]:
    """The event triggers of a parsed text.

    Every lexicon trigger whose ``requires`` constraints hold, unless the learned model (the default:
    ``Doc._.event_candidates`` when the ``dateline_events`` component ran, else scored here) is sure it
    is no event (``_vetoed``); then every other candidate the model types as an event, with the mode
    the corpus or CAMEO gives its word. ``model=None``: the lexicon alone.
    """
    entries = _index(nlp).entries
    matches = rule_matches(doc, nlp)
    if model is True:
        model = load_model(str(default_model_dir()))
    if model is None or model is False:
        out: list[Trigger] = []
        seen: set[tuple[int, str]] = set()
        for entry_id, typ, tok, ok in matches:
            if ok and (tok.i, typ) not in seen:
                seen.add((tok.i, typ))
                out.append(_rule_trigger(entries[entry_id], tok))
        return sorted(out, key=lambda t: t.token.i)
    built = _constructions(doc, matches)
    # a construction claims its word, and a readiness to back someone its adjective too ("is prepared to back": one
    # act of support, on "back", not a commitment on "prepared")
    # (or to threaten: "is prepared to impose a curfew", one threat on "impose"; or to refuse: "is not willing to
    # accept", one refusal on "accept")
    claimed = {t.token.i for t in built} | {t.token.head.i for t in built if t.entry_id == "construction.committed"
                                            and t.type in ("SUPPORT", "THREATEN", "REJECT")}
    # the entry refused is the refusal's object, no second act ("was refused entry": one restriction, on "refused")
    # "we will come and get them": the verbs of an ultimatum's consequence are the one threat
    claimed |= {c.i for t in built if t.entry_id == "construction.ultimatum" for c in t.token.conjuncts}
    claimed |= {e.i for t in built if t.entry_id == "construction.refused_entry"
                and (e := _entry_refused(t.token)) is not None}
    # the matter set going again names the inquiry told before: one investigation, on the verb
    claimed |= {m.i for t in built if t.entry_id == "construction.inquiry_reopened"
                and (m := reopens_inquiry(t.token)) is not None}
    claimed |= {p.i for t in built if t.entry_id == "construction.inquiry_reopened" for p in reopening_prefix(t.token)}
    # "cleared of the allegations": the charges the acquittal ends are no new accusation
    claimed |= {c.i for t in built if t.entry_id == "construction.cleared" for c in cleared_of_charges(t.token)}
    # "came under fire": the attack is told on its noun, and the verb is no coming of anyone (a visit)
    # (and the "when" clause that fired at it, or the harm it did, is the same attack: "came under fire when X launched
    # rockets, injuring nine")
    claimed |= {t.token.head.head.i for t in built if t.entry_id == "construction.under_fire"}
    claimed |= {v.i for t in built if t.entry_id == "construction.under_fire" for v in same_attack(t.token)}
    # "came under fire from her rivals": the criticism is told on its noun, once, and the verb is no coming of anyone
    claimed |= {t.token.head.head.i for t in built if t.entry_id == "construction.under_criticism"}
    # "won praise from B", "received backing from B": the reaction is told on its noun, and the verb is no act of its
    # own (no receiving of a visitor, no victory)
    claimed |= {r[0].i for t in built if t.entry_id == "construction.reaction_received"
                and (r := reaction_received(t.token)) is not None}
    # "said the Russian demands were unacceptable": the demand judged is the refusal's object, no demand told anew,
    # and the judging word ("a non-starter") is the same refusal
    claimed |= {w.i for t in built if t.entry_id == "construction.refused_by_judgement"
                and (n := refused_by_judgement(t.token)) is not None
                for w in (n, *(c for c in n.head.children if c.dep_ in ("acomp", "attr")))}
    learned = [t for t in _learned_triggers(doc, matches, entries, model) if t.token.i not in claimed]
    return sorted(learned + built, key=lambda t: t.token.i)


def _learned_triggers(doc: Doc, matches: list[tuple[str, str, Token, bool]], entries: dict[str, dict[str, Any]],
                      model: EventModel) -> list[Trigger]:
    cands = doc._.event_candidates
    if cands is None:
        cands = candidates(doc, model, _hits_by_token(matches))
    decided = {c.i: c for c in cands}
    out = []
    ruled: set[int] = set()
    failed: dict[tuple[int, str], bool] = {}  # (token, type) an entry refused: True when a refusing entry is binding
    for entry_id, typ, tok, ok in matches:
        if not ok:
            failed[(tok.i, typ)] = failed.get((tok.i, typ), False) or bool(entries[entry_id].get("binding"))
    for entry_id, typ, tok, ok in matches:
        cand = decided.get(tok.i)
        if not ok or tok.i in ruled or (cand is not None and _vetoed(cand, model, tok)):
            continue
        ruled.add(tok.i)
        trig = _rule_trigger(entries[entry_id], tok)
        home = _sent_home(typ, tok)
        if home:
            trig = replace(trig, type="MOBILIZE", mode="troops")
            typ = "MOBILIZE"
        # the argument structure decides between two senses the model may confuse: its sense is kept as an event's,
        # with its factuality, but not its type
        # (or the entry's construction fixes its sense: "laid siege to the college" restricts, whatever sieges of old
        # taught the model)
        structural = cand is not None and (home or _sent_abroad(typ, cand.type, tok)
                                           or _death_told_alone(typ, cand.type, tok, cands, matches)
                                           or bool(entries[entry_id].get("keeps_type")))
        if cand is not None and cand.type not in (NONE, typ) and cand.p >= model.veto and not failed.get(
                (tok.i, cand.type)) and not structural:
            # the model is sure of another sense: "a hunger strike" is a protest, not an air strike; unless a binding
            # entry of that sense saw the word and refused it, as in the candidates below ("dismissed the envoys as
            # ornamental": the rejection's entry refuses an actor belittled, the criticism's entry takes it)
            lemma = tok.lemma_.lower()
            trig = Trigger(f"model.{lemma}", cand.type, model.mode_of(lemma, cand.type), tok, trig.nominal, {})
        out.append(replace(trig, factuality=_factuality(cand, tok) if cand is not None and (
            cand.type == trig.type or structural) else None))
        if trig.spec.get("ordered_stay"):
            ruled.add(tok.head.head.i)  # "ordered that A [remain] in custody": the stay is the detention, no post kept
    # (type, token) and (type, head) of the triggers kept: one look-up per candidate, not a scan (issue 16)
    kept = {(t.type, t.token.i) for t in out}
    kept_heads = {(t.type, t.token.head.i) for t in out}
    # "the tariffs on Laotian rice imposed in May": the levy noun a participle reaches tells the same imposition
    kept_heads |= {(t.type, n.i) for t in out for n in participle_nouns(t.token)}
    for cand in cands:
        if cand.i in ruled or cand.type == NONE or cand.p < model.threshold or (
                _factuality(cand, doc[cand.i]) in DROPPED_FACTUALITY and not _threatened(cand.type, doc[cand.i])):
            continue
        refused = failed.get((cand.i, cand.type))
        if refused or (refused is not None and cand.p < model.veto):
            # a lexicon entry of this type saw the word and refused it: a binding entry always wins ("signed a decree"
            # is no agreement); a closed list ("froze ties", not "froze assets") gives way to a sure model
            continue
        tok = doc[cand.i]
        if tok.pos_ in ("NOUN", "PROPN") and cand.p < model.noun_threshold:
            continue  # a noun the lexicon does not hold is an act only when the model is sure ("a day of protests")
        if tok.pos_ in ("NOUN", "PROPN") and modifies_a_thing(tok):
            LOGGER.debug("a noun that names a kind: %r in %r", tok.text, sentence_of(tok).text)
            continue  # "the detention centre", "the impeachment inquiry": the head names the thing or the act
        if (cand.type, tok.i) in kept_heads or (cand.type, tok.head.i) in kept:
            continue  # one event told by two words ("test-fired", "carried out an attack")
        kept.add((cand.type, tok.i))
        kept_heads.add((cand.type, tok.head.i))
        out.append(Trigger(f"model.{tok.lemma_.lower()}", cand.type, model.mode_of(tok.lemma_.lower(), cand.type), tok,
                           tok.pos_ in ("NOUN", "PROPN"), {}, _factuality(cand, tok)))
    return out


def _factuality(cand: Candidate, tok: Token) -> str:
    """The learned factuality, except that a present perfect reporting one recent act is ``asserted`` (the model
    reads most undated present perfects as habits: ``perfect.reported_perfect``), and so is an event noun whose
    start a verb dates, or ``planned`` when the start is to come (``onsets.dated_onset``; also over an ``asserted``
    reading), and a scheduled act told in the present with its day is ``planned`` (``timetable.timetable_present``),
    while a timeline's entry told in the historical present is ``asserted`` (``timetable.chronicled_present``);
    an act noun with its own doer and time, or a named person's death, is ``asserted`` (``told_nouns.told_noun``)."""
    if cand.factuality in DROPPED_FACTUALITY and reported_perfect(tok):
        LOGGER.debug("a recent act in the present perfect: %r in %r", tok.text, sentence_of(tok).text)
        return "asserted"
    if cand.factuality in DROPPED_FACTUALITY and calendar_dated_past(tok):
        LOGGER.debug("a past act on a calendar date: %r in %r", tok.text, sentence_of(tok).text)
        return "asserted"  # "had held talks in La Paz on 4 May 2022" (perfect.calendar_dated_past)
    if cand.factuality in DROPPED_FACTUALITY and held_since(tok):
        LOGGER.debug("one act going on since a date: %r in %r", tok.text, sentence_of(tok).text)
        return "asserted"  # "he has been detained since October" (perfect.held_since)
    if cand.factuality in DROPPED_FACTUALITY and (started := dated_onset(tok)) is not None:
        return started  # "a truce that began on 3 May", "the truce is due to come into force at midnight" (onsets.py)
    if cand.factuality in DROPPED_FACTUALITY and told_noun(tok):
        return "asserted"  # "her arrest in Tarsk on Friday", "the death of X" (told_nouns.py)
    if cand.factuality in DROPPED_FACTUALITY and chronicled_present(tok):
        return "asserted"  # "June 7: police detain three truckers": a timeline's historical present (timetable.py)
    if cand.factuality in DROPPED_FACTUALITY | {"asserted"} and timetable_present(tok):
        return "planned"  # "who succeeds the rector on Monday": a scheduled act in the present (timetable.py)
    if cand.factuality == "asserted" and tok.pos_ == "NOUN" and dated_onset(tok) == "planned":
        # "the truce is due to start at noon on Sunday": a start still to come is planned, which the model, reading
        # the noun alone, cannot tell from one that began
        return "planned"
    return cand.factuality


FREQUENCY_ADVERBS = word_class("frequency_adverbs")
"""Adverbs that tell an act as a habit ("regularly", "often", "routinely"): GUIDE.md codes habitual or non-specific
acts ``not_event``."""

FREQUENCY_ADJECTIVES = word_class("frequency_adjectives")
"""Adjectives that tell the acts a plural event noun names as a habit ("yearly visits", "regular meetings")."""


def _told_as_habit(tok: Token) -> bool:
    """Whether a trigger, or the verb whose object or subject it is ("regularly [carries out] air strikes", "often
    [holds] talks"), carries a frequency adverb (``FREQUENCY_ADVERBS``), or a plural act noun a frequency adjective
    ("yearly visits", "regular meetings": ``FREQUENCY_ADJECTIVES``). The model reads the adverb on a verb trigger
    ("routinely shells") but not on the light verb of a noun one."""
    if tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in FREQUENCY_ADJECTIVES for c in tok.children):
        return True  # "the premier's yearly visits to the shrine": a plural act noun told as a habit
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") else tok
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in verb.children)


def _vetoed(cand: Candidate, model: EventModel, tok: Token) -> bool:
    """Whether the model is sure enough that a lexicon trigger is no event to overrule it."""
    return (cand.type == NONE and cand.p >= model.veto) or (
        _factuality(cand, tok) in DROPPED_FACTUALITY and cand.p_factuality >= model.fact_veto)


@Language.factory("dateline_events", assigns=["doc._.event_candidates"],
                  requires=["token.dep", "token.lemma", "doc.ents"], default_config={"model_dir": None})
def make_event_decision(nlp: Language, name: str, model_dir: str | None) -> EventDecision:
    """The learned event decision as a pipeline component (``model_dir`` None: the shipped model)."""
    return EventDecision(nlp, str(model_dir or default_model_dir()))


class EventDecision:
    """Writes ``Doc._.event_candidates``: each candidate token with its type, factuality and probabilities.

    ``match`` finds the candidates (the trigger lexicon, CAMEO verbs, corpus triggers) and scores them;
    ``set_annotations`` writes them on the document.
    """

    def __init__(self, nlp: Language, model_dir: str) -> None:
        self.nlp = nlp
        self.model = load_model(model_dir)
        valences()  # VADER's ratings load with the pipeline, not on the first page that needs one

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        return candidates(doc, self.model, _hits_by_token(rule_matches(doc, self.nlp)))

    @staticmethod
    def set_annotations(doc: Doc, found: list[Candidate]) -> None:
        doc._.event_candidates = found


def _satisfies(tok: Token, span: Any, req: dict[str, Any]) -> bool:
    """Check one trigger's ``requires`` constraints on the parse: the check of each word-list key present
    (``WORD_CHECKS``) and of each flag set (``FLAG_CHECKS``), after ``_judged_retelling`` unless a copular claim is
    required. The parse is read only for an entry with a check to run (most entries have none)."""
    if not req.get("copular_claim") and _judged_retelling(tok):
        LOGGER.debug("trigger %r: an event told again and judged", tok.text)
        return False
    parse: _Parse | None = None
    for key, value in req.items():
        word_check = WORD_CHECKS.get(key)
        flag_check = FLAG_CHECKS.get(key) if value else None
        if not (word_check or flag_check):
            continue
        parse = parse or _Parse.of(tok, span, req)
        if (word_check and not word_check(parse, value)) or (flag_check and not flag_check(parse)):
            LOGGER.debug("trigger %r fails requirement %s", tok.text, key)
            return False
    return True


def _judged_retelling(tok: Token) -> bool:
    """ "It was the navy's largest drill", "her arrest was a grave error": an event noun told again and judged."""
    return (tok.pos_ == "NOUN" and tok.head.lemma_ == "be" and tok.dep_ in ("attr", "nsubj")
            and not any(c.dep_ == "prep" and c.lower_ not in ("of", "in") for c in tok.children))


OWN_CLAUSE_EDGES = frozenset({"advcl", "relcl", "acl"})
"""Relations that open a clause of its own, whose polarity the clause above does not set ("would not meet until X
withdrew", "X, who ruled until 2019, has not appeared")."""


TENSED_CLAUSE_EDGES = frozenset({"relcl", "advcl", "acl"})
"""Edges of a relative or adverbial clause, which keeps its own tense when its verb is finite (the parser hangs a
relative clause with no pronoun by "acl": "a general [Kiprop appointed as his envoy], will resign")."""


def modality(trigger: Token) -> str | None:
    """``asserted``, ``planned`` or ``negated``; None for speculation, which is not an event."""
    clause = [trigger]
    node = trigger
    for tok in trigger.ancestors:
        if node.dep_ in TENSED_CLAUSE_EDGES and told_in_past(node):
            break  # "the deal, which A and B [signed] on Monday, will cut tariffs": the future is not the signing's
        if node.dep_ == "relcl" and told_in_present_perfect(node):
            break  # "would likely nominate X, who [has taken over] Y's role": the guess is not the relative clause's
        clause.append(tok)
        if tok.dep_ in ("ccomp", "ROOT", "conj") and tok.pos_ in ("VERB", "AUX"):
            break
        node = tok
    if _mandative(trigger):
        return None
    negated = planned = False
    if trigger.dep_ == "conj" and any(c.lower_ in ("neither", "nor") for c in trigger.head.children):
        negated = True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        negated = True
    # a negation counts in the trigger's own clause only: "ruled for decades before handing power to X, has not
    # appeared since" hands power all the same
    own, node = {trigger.i}, trigger
    for tok in trigger.ancestors:
        if node.dep_ in OWN_CLAUSE_EDGES:
            break
        own.add(tok.i)
        if tok.dep_ in ("ccomp", "ROOT", "conj") and tok.pos_ in ("VERB", "AUX"):
            break
        node = tok
    for tok in clause:
        for child in tok.children:
            # "no longer considers": the negation sits on the adverb "longer", not on the verb
            no_longer = child.lower_ == "longer" and child.dep_ == "advmod" and any(
                g.lower_ == "no" for g in child.children)
            if child.dep_ == "neg" or no_longer or (
                    child.lower_ in NEGATIONS and child.dep_ in ("advmod", "det", "preconj")):
                if (tok.pos_ in ("VERB", "AUX") or tok.i == trigger.i) and tok.i in own:
                    negated = True
            if child.dep_ in ("aux", "advmod", "mark") and child.lemma_.lower() in SPECULATIVE_LEMMAS:
                if child.lower_ == "would" and tok.dep_ == "ccomp" and tok.head.lemma_ in REPORTING and not (
                        counterfactual(tok)):
                    planned = True  # "she said Pyongyang would stand with ...": a reported future, not a guess
                    continue
                return None
            if child.dep_ == "aux" and child.lower_ in FUTURE_MARKERS:
                planned = True
        if tok.i != trigger.i and tok.lemma_.lower() in SPECULATIVE_LEMMAS:
            return None
        if tok.i != trigger.i and tok.tag_ != "VBD" and obliged(tok):
            return None  # "Togo has to / will have to reopen the border": what must be done, as under "must" (not the
            # past "had to withdraw", which tells it was done)
        if tok.i != trigger.i and tok.lemma_.lower() in PLANNED_LEMMAS and any(
                c.dep_ == "xcomp" for c in tok.children):
            planned = True
    if negated:
        return "negated"
    return "planned" if planned else "asserted"


def _mandative(verb: Token) -> bool:
    """Whether a verb is a subjunctive "that" clause of its own subject ("reiterated its demand that Lima [ease] the
    curbs", "a call that the army [withdraw]"): what is asked for, not an act told as done (a past or a present of a
    third person would be tagged VBD / VBZ)."""
    kids = list(verb.children)
    return (verb.dep_ in ("ccomp", "acl") and verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in kids)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(c.dep_ == "nsubj" for c in kids))


COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})
"""Modals that, with a perfect ("would have objected"), tell what did not happen."""


def counterfactual(verb: Token) -> bool:
    """Whether a verb tells what would have happened and did not: a modal and a perfect in its own clause ("said she
    would have objected", "Kenya would have imposed sanctions had the talks failed", "could have met"). No act
    is told, done or planned (OUTPUT.md section 5: speculation); a reported "would" alone is a future ("said Kenya
    would impose sanctions": planned)."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(a.lower_ in COUNTERFACTUAL_MODALS for a in auxes) and any(
        a.lemma_.lower() == "have" for a in auxes)


def _in_counterfactual(word: Token) -> bool:
    """Whether a word is told inside what would have happened: its own verb, or one it depends on up to its clause's
    head, is ``counterfactual`` ("would have objected to Uganda opening an investigation")."""
    for tok in (word, *word.ancestors):
        if tok.pos_ in ("VERB", "AUX") and counterfactual(tok):
            return True
        if tok.dep_ in ("ccomp", "ROOT", "conj") and tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _mood(trig: Trigger) -> str | None:
    """The event's modality: the parse's negation and future markers, and the learned factuality; none for an act
    told as a habit (``_told_as_habit``) or a post kept to this day (``perfect.standing_post``).

    The rules' "speculation" (None) gives way to a learned ``asserted`` ("stood ready to back" is a
    commitment); a negation or a future the parse shows is kept.
    """
    if trig.spec.get("ordered_stay") and (order := stay_order(trig.token)) is not None:
        # "ordered that A should remain in custody": the order's own mood; its content's "should" is the order, and
        # the stay it sets is no standing state
        return modality(order)
    if _told_as_habit(trig.token) or standing_post(trig.token, trig.type):
        LOGGER.debug("a habit or a post kept, not one act: %r in %r", trig.token.text, sentence_of(trig.token).text)
        return None
    if _awaited_on_its_date(trig.token):
        return "planned"
    rule = modality(trig.token)
    if rule == "negated" and trig.type == "REJECT" and trig.token.lemma_.lower() not in REJECTING_LEMMAS:
        return "asserted"  # "will not accept the deal": the negation is the refusal (OUTPUT.md: REJECT, asserted)
    if trig.factuality is None:
        return rule
    if rule in ("negated", "planned"):
        return rule
    if rule is None:
        hedged = any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in trig.token.children) or (
            _in_counterfactual(trig.token))
        return "asserted" if trig.factuality == "asserted" and not hedged else None
    if trig.factuality in ("negated", "planned"):
        return trig.factuality
    return rule


COMMITTED_TYPES = {"SUPPORT": "SUPPORT", "AID": "AGREE", "COOPERATE": "AGREE", "RETREAT": "AGREE"}
"""What an undated promise of an act is (PLOVER: "will send aid", "said they will release the hostages", "announced it
will return the weapons" are AGREE; GUIDE.md: a commitment to a specific act is AGREE). A pledge
of support ("would stand with its allies until victory", "will back the resolution") is support given, as OUTPUT.md
section 5 has it, where PLOVER's gold codes some as AGREE."""
COMMITMENT_LEMMAS = word_class("commitment_lemmas")


PROMISABLE_CONSTRUCTIONS = frozenset({"construction.relief", "construction.aid_amount", "construction.forces_home"})
"""Constructions that tell an act which, undated in the future, is promised ("would send tents to X", "will double
its aid", "would pull its troops out of X": AGREE)."""


def _commitment(trig: Trigger, mood: str | None) -> tuple[Trigger, str | None]:
    """An actor's own undated future act ("Finland will give Tanzania a grant", "is ready to send troops")
    is a commitment, AGREE (OUTPUT.md section 5, as PLOVER codes it); a dated one stays planned as its type."""
    tok = trig.token
    if mood == "planned" and not trig.nominal and forecast(tok):
        return trig, None  # "analysts said Arland would send more tanks": a forecast, no act told
    if mood == "planned" and trig.type not in ("THREATEN", "REJECT") and conditional(tok):
        return trig, None  # "would meet the mediator if he dropped his terms": an offer on a condition (GUIDE.md)
    if trig.type == "CONSULT" and not trig.nominal and mood == "planned" and undated_future(tok):
        return trig, None  # "the foreign minister will visit Kenya": a future with no date (GUIDE.md: hypothetical)
    if trig.type == "ASSAULT" and not trig.nominal and mood == "planned" and threatened_harm(tok):
        return replace(trig, type="THREATEN", mode="violence", spec={}), "asserted"  # "said it would retaliate"
    if trig.type not in COMMITTED_TYPES or trig.nominal or (
            trig.entry_id.startswith("construction.") and trig.entry_id not in PROMISABLE_CONSTRUCTIONS):
        return trig, mood
    future = any(c.dep_ == "aux" and c.lower_ in UNREALISED_MARKERS for c in tok.children)
    promised = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in COMMITMENT_LEMMAS or decided_act(tok)
    if not (future or promised) or mood == "negated" or (mood is None and not promised):
        return trig, mood  # (a guess, "would probably send", commits nobody)
    if conditional(tok):
        return trig, None  # a conditional offer is hypothetical (GUIDE.md)
    if own_time(tok) and not (promised or reported_act(tok)):
        return trig, mood
    return replace(trig, type=COMMITTED_TYPES[trig.type], mode=None, spec={}, committed=True), "asserted"


def _refusal(trig: Trigger) -> tuple[Trigger, str | None] | None:
    """ "will not attend the summit", "would not hand over power": an actor's own act negated in the future is a
    refusal, REJECT asserted (GUIDE.md: "will not accept / attend / allow"; the refused act is not told). None when the
    trigger is no such act (past negation, a passive, a noun, a refusal already)."""
    tok = trig.token
    if trig.type == "REJECT" or trig.nominal or trig.entry_id.startswith("construction."):
        return None
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in tok.children)
    active = any(c.dep_ == "nsubj" for c in tok.children)
    if not (negated and active and aux & UNREALISED_MARKERS):
        return None
    mode = "meet" if trig.type == "CONSULT" else None
    return replace(trig, type="REJECT", mode=mode, spec={}, factuality="asserted"), "asserted"


def _meeting_refused(trig: Trigger) -> tuple[Trigger, str | None] | None:
    """ "said there would be no talks with Washington until ...": a meeting refused for the future is REJECT meet,
    asserted (``demands.meeting_refused``), as "will not meet" is (``_refusal``)."""
    if trig.type != "CONSULT" or not trig.nominal or not meeting_refused(trig.token):
        return None
    return replace(trig, type="REJECT", mode="meet", spec={}, factuality="asserted"), "asserted"


REJECTING_LEMMAS = word_class("rejecting_lemmas")
"""Verbs that refuse by themselves: negated, they are no refusal ("did not reject")."""
COURTESY_ADDRESSEES = word_class("courtesy_addressees")
"""Addressees that make a request a courtesy ("asked the crowd to stand"), not a political demand."""
COURTESY_VERBS = word_class("courtesy_verbs")
COURTESY_MESSAGES = word_class("courtesy_messages")
"""Verbs of passing a message on and the messages ("convey [its gratitude]") that make a request a courtesy."""


def _passes_on_courtesy(verb: Token) -> bool:
    """Whether what a request asks is to pass on thanks, greetings or condolences: "the sailor's mother wanted them to
    pass on her gratitude", "asked the minister to pass on their thanks" (a courtesy, not a demand)."""
    for comp in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in COURTESY_VERBS):
        for obj in (c for c in comp.children if c.dep_ == "dobj"):
            if any(o.lemma_.lower() in COURTESY_MESSAGES or o.lower_ in COURTESY_MESSAGES
                   for o in (obj, *obj.conjuncts)):
                return True
    return False


DECISION_NOUNS = word_class("decision_nouns")
"""Nouns whose "to"-infinitive is the act decided or ordered, told as done ("the decision to expel two envoys")."""


TIME_ADJUNCT_PREPS = ADJUNCT_PREPS - {"for"}
"""Prepositions that place an event noun in time beside another event ("after talks with X")."""
OCCASION_PREPS = frozenset({"at", "in"})
"""Prepositions that name the occasion of another event ("agreed at talks between X and Y")."""
LIGHT_MOTION_VERBS = word_class("light_motion_verbs")
"""Verbs of motion that a phrase makes light ("went on strike"): the phrase's noun tells the act."""
LIGHT_MOTION_PREPS = word_class("light_motion_preps")
"""The prepositions of that phrase ("on")."""


def _subordinate(trig: Trigger, at: set[int], verbal: set[int]) -> bool:
    """A purpose infinitive of another trigger ("sent troops to support Moscow") belongs to that event.

    So does an event noun that is the object of another trigger ("protested the dispatch of
    troops", "denounced the test": a reference to an event told elsewhere), an infinitive
    that only describes a noun ("an invitation to meet the minister"), an act noun whose verb is
    the content of another trigger ("threatened to mount a blockade"), and a condition
    ("unless Armenia withdrew its troops").

    ``at``, ``verbal``: the token indices of the text's triggers, and of its verbal ones (sets, not a scan of
    the triggers per trigger: issue 16).
    """
    tok = trig.token
    if trig.entry_id in ("construction.under_fire", "construction.under_criticism"):
        return False  # "came under fire": the noun tells the attack its verb only says befell the subject
    governor = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if tok.dep_ == "pobj" and tok.head.lower_ in TIME_ADJUNCT_PREPS | OCCASION_PREPS and any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        # "unveiled the plan after talks with X", "agreed at talks between X and Y": talks with a partner of their
        # own are told, not referred to
        # ("after the shelling of X" only dates the clause: GUIDE.md)
        governor = None
    if tok.head.lower_ in TIME_ADJUNCT_PREPS and talks_of_joint_subject(tok):
        governor = None  # "A and B signed the accord after talks in Oslo": the sides the clause joins held the talks
    if trig.nominal and trig.type in SPEECH_ACTS and _signed_paper(tok):
        # "put their names to an appeal to X": the appeal signed is the act, not a reference to one (issue 12)
        governor = None
    if trig.nominal and trig.type != "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ in LIGHT_MOTION_PREPS and (
            governor is not None and governor.lemma_.lower() in LIGHT_MOTION_VERBS):
        # "went on strike", "went on hunger strike": a verb of motion made light by its phrase, whose noun tells the act
        governor = None
    if trig.nominal and trig.type == "CONSULT" and named_talk(tok):
        # "described X's July 25 call with Y as improper", "released the notes of X's call with Y": a talk with a
        # partner of its own is told where it is judged or its record handled, not only referred to (OUTPUT.md: one
        # specific occurrence the text reports)
        governor = None
    if tok.dep_ == "pobj" and tok.head.lower_ in CALL_MEDIUM_PREPS and trig.type == "CONSULT" and _a_call(tok):
        # "apologised to her in a phone call", "thanked him during a video call": the call is a talk of its own, in
        # which the other act was done (PLOVER codes both; issue 12)
        governor = None
    if trig.nominal and trig.type == "CONSULT" and trip_as_occasion(tok):
        # "signed three accords during a state visit to Peru": the trip the act was done on is told, not referred to
        governor = None
    if trig.nominal and governor is None and tok.dep_ == "compound" and tok.head.dep_ == "dobj":
        governor = tok.head.head  # "eased emergency measures": the measures' emergency is what is eased
    elif trig.nominal and governor is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            governor.dep_ == "dobj" and governor.i not in at):
        governor = governor.head  # "revoked the state of siege": the siege is what the lifting acts on
    if trig.nominal and governor is not None and governor.i in verbal:
        return True
    if trig.nominal and _purpose_phrase(tok) and governor is not None and (
            governor.i in at or any(t.i in at for c in governor.children if c.dep_ == "dobj" for t in c.subtree)):
        return True  # "staged a sit-in in protest of", "struck back in retaliation": why the act was done
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "an accord to stop the shelling and [exchange] captives": the second act is the accord's too
    infinitive_of_noun = first.dep_ == "acl" or (first.dep_ == "relcl" and first.head.lemma_.lower() in ACT_NOUNS)
    if not trig.nominal and infinitive_of_noun and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children) \
            and first.head.lemma_.lower() not in DECISION_NOUNS:
        return True  # ("Oslo's decision to expel two attachés" tells the act decided: GUIDE.md, a measure told
        # inside a decision or an order)
    if not trig.nominal and trig.type in JUDGING_TYPES and tok.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
            c.dep_ == "dobj" and (c.i in at or any(t.i in at for g in c.children if g.dep_ in ("compound", "nmod")
                                                   for t in g.subtree))
            for c in tok.head.children):
        # "began a sit-in to protest the handling of X": why the act was staged, not a second act; the act noun may
        # hang on the object the parser took ("a sit-in outside parliament": "sit" a modifier of "parliament", the
        # trigger its particle "in")
        return True
    if not trig.nominal and tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                                         for m in tok.children):
        return True  # "unless Armenia withdrew its troops": a condition, not an act told
    if not trig.nominal and tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in tok.children) \
            and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNREALISED_MARKERS)
                    for h in _held_back(tok.head) for c in h.children) and not _dated_wait(tok):
        return True  # "would not ratify it until X withdrew": the withdrawal is what it waits for ("would not meet
        # to ratify it until X withdrew": the negation on the verb whose purpose the ratifying is)
    if trig.nominal and tok.dep_ == "dobj" and tok.head.i not in at and not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
        tok = tok.head  # "threatened to mount a blockade": the act noun's verb stands for it ("to end the strike": a
        # strike there is)
    if tok.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    heads = {tok.head, tok.head.head}
    # a purpose ("sent troops to support"), or the content of a request, threat, promise or refusal
    # ("urged all countries to condemn", "refused to meet"), has not happened as told
    return any(head.i in at for head in heads)


def _dated_wait(verb: Token) -> bool:
    """Whether the act an "until" clause waits for has a date of its own ("his fate will not be known until he is
    sentenced March 3"): a scheduled act, told as planned, not a condition ("would not ratify it until X withdrew")."""
    return any(c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children)
        for c in verb.children)


def _awaited_on_its_date(verb: Token) -> bool:
    """Whether an act is what an "until" clause in the present waits for, on a date of its own ("his fate won't be
    settled until she is sentenced May 4"): the present after "until" speaks of a day to come, a planned act."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "until" for m in verb.children) and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children) and _dated_wait(verb)


def named_talk(noun: Token) -> bool:
    """Whether an act noun with sides of its own (``own_partner``) is what another word acts on: a verb's object
    ("described X's call with Y as improper") or the "of" phrase of a record of it ("released the transcript of X's
    call with Y", "read out the minutes of her meeting with Y"). Any other phrase ("during his meeting with Y") keeps
    its own reading."""
    if noun.dep_ != "dobj" and not (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return False
    return own_partner(noun)


def own_partner(noun: Token) -> bool:
    """Whether an act noun names its own sides: a possessor and a "with" partner ("X's call with Y"), or "between"
    two ("the call between X and Y")."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)}
    owner = any(c.dep_ == "poss" for c in noun.children)
    return "between" in preps or ("with" in preps and owner)


def _held_back(verb: Token) -> list[Token]:
    """A verb and the verbs whose complement or purpose it is ("would not meet [to sign]"): where a negation or a
    "would" holds it back."""
    out = [verb]
    while out[-1].dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in out[-1].children) \
            and out[-1].head.i != out[-1].i and len(out) < 4:
        out.append(out[-1].head)
    return out


def _career_move(trig: Trigger, types: dict[int, str]) -> bool:
    """ "Resigned as governor in May to take up a deputy minister's post", "stepped down to become ambassador": a
    post left for another is a move told as made, not a purpose that may fail (issue 12: APPOINT beside the
    DISMISS, as a succession tells both)."""
    tok = trig.token
    return (trig.type == "APPOINT" and not trig.nominal and tok.dep_ in ("advcl", "xcomp")
            and types.get(tok.head.i) == "DISMISS" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


TAKEN_UP_TYPES = frozenset({"ASSAULT", "COERCE"})
"""Types of an act a later definite noun takes up rather than tells anew ("the raid", "the break-in")."""


def _doer_named(noun: Token) -> bool:
    """Whether an act noun names who did it ("the raid by X", "the Bordurian raid"): a telling of its own."""
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
               or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")) for c in noun.children)


def _own_time(noun: Token) -> bool:
    """Whether an act noun carries its own time, so names another act than the one told before ("since the
    invasion began in February 2022", "the 2019 raid")."""
    scope = list(noun.subtree)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        scope += [t for c in noun.head.children if c.i != noun.i for t in c.subtree]
    return any(t.ent_type_ == "DATE" for t in scope)


def _purpose_phrase(tok: Token) -> bool:
    """ "in protest", "in retaliation" (no determiner): the reason of the act it hangs on, not an act of its own."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def find_events(ui: int, doc: Doc, nlp: Language, actors: Actors, titled: dict[str, list[str]],
                model: EventModel | None | bool = True) -> list[Found]:
    """Find the events of one text, with arguments and modality, split per person where the type asks.

    ``model``: the learned event decision (True: the shipped one; None: the trigger lexicon alone).
    """
    reader = ArgumentReader(ui, actors, titled)
    found: list[Found] = []
    triggers = _without_message_carriers(_without_ordering_requests(find_triggers(doc, nlp, model)))
    prose = prose_of(doc)
    at = {t.token.i for t in triggers}
    verbal = {t.token.i for t in triggers if not t.nominal}
    types = {t.token.i: t.type for t in triggers}
    commentators = commentator_ids(doc, ui, actors)
    for trig in triggers:
        career = _career_move(trig, types)
        if not career and (_subordinate(trig, at, verbal) or reason_of_same_act(trig, types)):
            continue
        if trig.nominal and time_anchor(trig.token):
            LOGGER.debug("time anchor: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if trig.nominal and (guarded_against(trig.token) or describes_a_name(trig.token)
                             or modifies_a_thing(trig.token) or names_an_era(trig.token)):
            LOGGER.debug("a noun that tells no occurrence: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if (trig.type == "REQUEST" and asks_nothing(trig.token)) or relays_speech(trig.token) or (
                trig.type == "MOBILIZE" and draws_closer(trig.token)) or strikes_back(trig.token, trig.type, at) or (
                strikes_as(trig.token)) or (
                trig.type == "ASSAULT" and halted_force(trig.token) and not (
                    trig.token.lemma_.lower() == "strike" and _labour_strike(trig.token))) or (
                trig.type == "THREATEN" and vows_no_harm(trig.token, types)) or (
                trig.type == "REJECT" and option_kept_open(trig.token)) or builds_on(trig.token) or knows_only(
                    trig.token) or (
                trig.type == "ACCUSE" and (testifies_only(trig.token) or testifies_to_a_condition(trig.token))) or (
                trig.type == "REQUEST" and (idle_appeal(trig.token) or jury_request(trig.token))) or (
                trig.type in ("APPOINT", "DISMISS") and (takes_to(trig.token) or takes_as(trig.token))) or (
                trig.type in ("APPOINT", "AWARD") and nominated_for_prize(trig.token)) or (
                trig.type == "DISMISS" and (drops_out_of_course(trig.token) or departure_told_apart(trig.token, types))) or (
                trig.type == "PROTEST" and (shows_only(trig.token) or walks_only(trig.token))) or (
                trig.type == "MOBILIZE" and alerts_only(trig.token)) or goes_to_a_platform(trig.token) or long_habit(
                    trig.token) or in_long_habit(trig.token) or repeated_occasion(trig.token) or denies_any(
                    trig.token) or generic_doers(trig.token) or habit_of_manner(trig.token) or talks_go_on(
                    trig.token, trig.type) or strives_for(trig.token, trig.type):
            LOGGER.debug("a sense that tells no act: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if (trig.type == "CONSULT" and (vehicle := vehicle_run(trig.token)) is not None) or (
                vehicle := vehicle_mishap(trig.token)) is not None:
            LOGGER.debug("a vehicle's run or mishap, no act: %r by %r in %r", trig.token.text, vehicle.text,
                         sentence_of(trig.token).text)
            continue
        if trig.nominal and read_as_message(trig.token):
            LOGGER.debug("a message read into a remark: %s %r in %r", trig.type, trig.token.text,
                         sentence_of(trig.token).text)
            continue
        if _praising_call(trig, nlp):
            LOGGER.debug("a characterisation that praises: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if (why := non_act(trig.token)) is not None:
            LOGGER.debug("%s: %s in %r", why, trig.entry_id, sentence_of(trig.token).text)
            continue
        if (in_content(trig.token, types) is not None and not main_clause_participle(trig.token)) or crowd_demand(
                trig.token, types) or (trig.nominal and blamed_harm(trig.token, types) is not None) or (
                vetoed_draft_content(trig.token, types)):
            LOGGER.debug("content of another event: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if trig.nominal and sums_told_act(trig.token, types):
            # "insisted that Niger reopen the border, a demand ...": the noun takes up the insisting, no second demand
            LOGGER.debug("act summed up again: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if trig.nominal and trig.type in TAKEN_UP_TYPES and reader.told_before(trig.token) and not _doer_named(
                trig.token) and not _own_time(trig.token):
            # "declared the break a day after the shelling": the shelling told before, not a second one by the speaker
            LOGGER.debug("act told before: %r in %r", trig.token.text, sentence_of(trig.token).text)
            continue
        trig, mood = _conditional_threat(trig) or _refusal(trig) or _meeting_refused(trig) or _commitment(
            trig, _mood(trig))
        if career and mood is None:
            mood = modality(trig.token.head)  # the post is taken as the other is left: "resigned ... to take up"
        if mood is None:
            LOGGER.debug("speculation skipped: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        if unscheduled(trig.token, modality(trig.token)):
            continue
        args = reader.read(trig.token, trig.nominal)
        if not args.actors() and trig.factuality is not None:
            _clause_actors(trig, args, actors, reader)
        _fix_roles(trig, args, actors, reader)
        trig = _retype(trig, args, actors, reader.ui)
        domain = prose.domain_of(trig.token)
        if domain is not None and not _political_doers(domain, args, actors) and not _political_subject(
                trig.token) and not _named_charge(domain, trig, args, actors):
            LOGGER.debug("%s prose: %s %r in %r", domain, trig.type, trig.token.text, sentence_of(trig.token).text)
            continue
        if domain is None and trig.entry_id in SPOKEN_VERDICTS and (
                prose.page | prose.sentences.get(sentence_of(trig.token).start, frozenset())) & VERDICT_DOMAINS:
            # "'Mr Dorn is the best coach we ever had,' the striker said after the match": praise in a game's (a
            # device's, a show's) prose is no political act, whatever the saying verb
            LOGGER.debug("a verdict in %s prose: %r in %r", sorted(prose.page), trig.token.text,
                         sentence_of(trig.token).text)
            continue
        if commentators_only(trig.type, args.source, commentators):
            LOGGER.debug("a commentator's opinion: %s %r in %r", trig.type, trig.token.text, sentence_of(trig.token).text)
            continue
        if trig.type == "AGREE" and _committed_to_a_stance(trig.token, at):
            LOGGER.debug("a commitment to a policy, no act: %r in %r", trig.token.text, sentence_of(trig.token).text)
            continue
        if trig.type == "COERCE" and trig.mode == "arrest" and _held_state(trig.token):
            LOGGER.debug("a state is held by no one: %r in %r", trig.token.text, sentence_of(trig.token).text)
            continue
        if trig.type == "AID" and private_arrival(trig.token):
            LOGGER.debug("travellers on their own account: %r in %r", trig.token.text, sentence_of(trig.token).text)
            continue
        if (idle := idle_object(trig.token)) is not None:
            LOGGER.debug("everyday act: %s %r with %r in %r", trig.type, trig.token.text, idle.text,
                         sentence_of(trig.token).text)
            continue
        if trig.type == INQUIRY_TYPE and ended_matter(trig.token):
            LOGGER.debug("a legal matter brought to an end is no new %s: %r in %r", trig.type, trig.token.text,
                         sentence_of(trig.token).text)
            continue
        if trig.type != INQUIRY_TYPE and (matter := opens_inquiry(trig.token)) is not None:
            LOGGER.debug("a legal matter set going is no %s: %r with %r in %r", trig.type, trig.token.text, matter.text,
                         sentence_of(trig.token).text)
            continue
        if (force := natural_doer(trig.token)) is not None or (
                trig.type == "ASSAULT" and (force := harming_occasion(trig.token)) is not None) or (
                trig.type == "THREATEN" and (force := warns_of_nature(trig.token)) is not None):
            LOGGER.debug("done by a natural force or an accident: %s %r by %r in %r", trig.type, trig.token.text,
                         force.text, sentence_of(trig.token).text)
            continue
        if not _has_actors(trig, args, actors):
            _recover_actors(trig, args, actors, reader)
        if not _has_actors(trig, args, actors):
            LOGGER.debug("dropped for its actors: %s %s source %s target %s in %r", trig.entry_id, trig.type,
                         args.source, args.target, sentence_of(trig.token).text)
            continue
        if not args.source and not trig.nominal and modality(trig.token) is None and _thing_subject(
                trig.token, actors, reader.ui):
            LOGGER.debug("a guess with no doer: %s %r in %r", trig.type, trig.token.text, sentence_of(trig.token).text)
            continue
        LOGGER.debug("found by %s: %s %r in %r", trig.entry_id, trig.type, trig.token.text,
                     sentence_of(trig.token).text)
        for split in _split(trig, args, actors):
            found.append(Found(trig, split, mood))
        found += [Found(trig, echo, mood) for echo in _echoed(trig, args, reader)]
        reader.remember(trig.type, trig.mode, args, sentence_of(trig.token).start)
        if trig.type == "SANCTION" and _levies(trig):
            # a state told laying a levy (not a person, whose state may be only the story's guess)
            reader.leviers += [c for a in args.source if _is_state(actors, a) and (c := actors.country_of(a))]
        if _tells_inquiry(trig) and any(actors.type_of(a) == "PERSON" for a in args.target):
            reader.remember(INQUIRY_KEY, None, args, sentence_of(trig.token).start)
    return found


def _without_message_carriers(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less the verbs that only carry a message noun ("extended an apology") or another's act ("accepted
    the resignation"): the noun is the act, and must not be taken for the verb's own object (``conveyed``)."""
    kept = []
    for trig in triggers:
        message = None if trig.nominal else conveys_message(trig.token) or carries_anothers_act(trig.token)
        if message is None:
            kept.append(trig)
        else:
            LOGGER.debug("a message passed on, the noun is the act: %s %r with %r in %r", trig.type, trig.token.text,
                         message.text, sentence_of(trig.token).text)
    return kept


THING_PRONOUNS = frozenset({"that", "this", "which", "what"})
"""Pronouns that stand for a thing or a state of affairs, never a doer ("that would help the farmers")."""
CLIMBING_DEPS = frozenset({"xcomp", "conj", "acomp"})
"""Relations by which a verb takes the subject of the verb it hangs on ("would be willing to receive")."""


def _thing_subject(tok: Token, actors: Actors, ui: int) -> bool:
    """Whether a verb's subject is a thing, not a doer: a demonstrative ("that would help Ruritania") or a common
    noun no actor stands for ("the plan would give Borduria access"). The learned decision may keep such a guess
    that the rules call speculation; with no doer named, nobody is committed (OUTPUT.md section 5: speculation).
    A personal pronoun ("she would gladly receive both envoys") may stand for a doer the arguments missed."""
    node = tok
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lower_ in THING_PRONOUNS or (
                subject.pos_ == "NOUN" and actors.entity_at(ui, subject) is None)
        if node.dep_ not in CLIMBING_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


CALLING_ENTRY = "accuse.call_unacceptable"
"""The lexicon entry of the verbs of calling ("described X as ..."), which accuse only when what they say condemns."""


def _praising_call(trig: Trigger, nlp: Language) -> bool:
    """An accusation told by a verb of calling whose words praise ("described the envoy as a wise and loyal friend",
    ``evaluation.praises``): the learned decision may read the verb as an accusation where the entry refused it."""
    if trig.type != "ACCUSE" or trig.nominal:
        return False
    return _accepts(trig.token, _index(nlp).entries[CALLING_ENTRY]["pattern"][0]) and praises(trig.token)


ECHO_ADVERBS = frozenset({"so", "too", "likewise"})
"""Adverbs of a "did" that repeats the act of the verb it is coordinated with: "and so did B", "and B did too"."""


def _echoed(trig: Trigger, args: Arguments, reader: ArgumentReader) -> list[Arguments]:
    """ "A condemned the raid, as did B", "A expelled two envoys, and so did B": the elliptic "did" repeats the act
    with its own subject as the doer, on the same target, on the same day. "..., as it did in May" (a pronoun: the
    same doer at another time) and a "did" with its own object are no echo."""
    tok = trig.token
    if trig.nominal or not args.source:
        return []
    echoes = []
    for did in tok.children:
        if did.lemma_.lower() != "do" or any(c.dep_ in ("dobj", "neg", "xcomp", "ccomp") for c in did.children):
            continue
        as_clause = did.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in did.children)
        so_clause = did.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in ECHO_ADVERBS for c in did.children)
        if not (as_clause or so_clause):
            continue
        for subject in (c for c in did.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")):
            doers = [a for a in reader.actor(subject) if a not in args.source]
            if doers:
                LOGGER.debug("echoed act: %s by %s in %r", trig.type, doers, sentence_of(tok).text)
                echoes.append(Arguments(doers, [t for t in args.target if t not in doers], [], args.location,
                                        args.attribution))
    return echoes


def _has_actors(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """Whether the event has actors, the actors its type needs and those its trigger's ``requires`` asks."""
    return bool(args.actors()) and _complete(trig, args, actors) and _argument_requirements(trig, args, actors)


RECOVERY_PASSES: tuple[tuple[str, Callable[[Trigger, Arguments, Actors, ArgumentReader], None]], ...] = (
    ("addressee", _recover_addressee),
    ("call_partner", _recover_call_partner),
    ("mediated_sides", _recover_mediated_sides),
    ("arrival_host", _recover_arrival_host),
    ("gerund_subject", _recover_gerund_subject),
    ("subject_through_complement", _recover_subject_through_complement),
    ("sides_in_clause", _recover_sides_in_clause),
    ("sides_of_dated_start", _recover_sides_of_dated_start),
    ("announcer_of_measure", _recover_announcer_of_measure),
    ("people_of_the_story", _recover_people_of_the_story),
    ("owner_of_the_object", _recover_owner_of_the_object),
)
"""Passes that find the actors of an event that would be dropped for lack of them, in order."""


def _recover_actors(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Run ``RECOVERY_PASSES`` on an event that lacks the actors it needs, until it has them."""
    for name, run in RECOVERY_PASSES:
        run(trig, args, actors, reader)
        if _has_actors(trig, args, actors):
            LOGGER.debug("actors recovered by %s: source %s target %s in %r", name, args.source, args.target,
                         sentence_of(trig.token).text)
            return


def _in_attribution(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` is inside an "according to" phrase of ``clause`` (the source of the telling)."""
    for anc in tok.ancestors:
        if anc.i == clause.i:
            return False
        if anc.lower_ == "according" and anc.dep_ == "prep":
            return True
    return False


def _clause_actors(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A learned trigger whose own dependents name no actor takes its clause's ("Palestinians blamed ...",
    "the protests spread across Kazakhstan"): the subject of the nearest verb above it, else the actor
    named before it in that clause as source and the one after it as target."""
    tok = trig.token
    if suspected_act(tok):
        return  # "arrested A as a suspect in the killing": the killing is not the arresters'
    clause = tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    # an agentless passive clause names only whom it befalls: "after his visa was revoked", and the clause above
    # it goes on about the same one ("the envoy stayed on after his visa was revoked")
    # (a bare participle coordinated with a passive shares it: "was arrested in March and [sentenced] to two years")
    side = args.target if passive_clause(clause) or held_subject(tok, clause) else args.source
    if tok.dep_ == "dobj" and tok.head.i == clause.i and clause.lemma_.lower() in REACTION_VERBS:
        return  # "summoned the envoy to protest the execution of X": the protester did not execute anyone
    for head in (clause, clause.head) if clause.dep_ in ("xcomp", "advcl", "conj") else (clause,):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "this", "that", "which"):
                side += [a for a in reader.actor(child) if a not in side]
        if side:
            return
    before: list[str] = []
    after: list[str] = []
    for t in clause.subtree:
        if t.ent_iob_ != "B" or t.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        if t.dep_ == "pobj" and (t.head.lower_ in PLACE_PREPS or topic_phrase(t.head)):
            continue  # "in Norway", "from Kabul": where, not who; "an accord on Gaza": what about
        if _in_attribution(t, clause):
            continue  # "thirty marchers died, according to a tally kept by a monitor": who tells it, not who took part
        for ent in reader.actor(t):
            if ent == args.location:
                continue
            (before if t.i < tok.i else after).append(ent)
    people = [a for a in before if actors.type_of(a) == "PERSON"]
    if passive_clause(clause) and people:
        # "Her deputy, A, was arrested in May and accused of ... near the Malian frontier": an agentless
        # passive befalls the person named before the verb, and its doer (an agent) is named nowhere after it
        args.target.append(people[-1])
        return
    if before:
        args.source.append(before[-1])
    if after:
        args.target.append(after[0])


def _fix_roles(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Repair the roles the parse gave, by type: the small named passes of ``ROLE_PASSES``, in order (each logged
    when debugging; the level is asked once per trigger, not once per pass)."""
    debugging = LOGGER.isEnabledFor(logging.DEBUG)
    for name, run in ROLE_PASSES:
        run(trig, args, actors, reader)
        if debugging:
            LOGGER.debug("role pass %s: source %s target %s", name, args.source, args.target)


def _without_ordering_requests(triggers: list[Trigger]) -> list[Trigger]:
    """Drop the REQUEST of an order whose content is an arrest, a detention or a sentence: "a court ordered A to be
    held in detention" is that detention, done by the court (``_role_ordered_act``), not a request whose content the
    detention would only be."""
    orders = {o.i for t in triggers if _ordered_act(t) and (o := _order_of(t.token)) is not None}
    return [t for t in triggers if not (t.type == "REQUEST" and t.token.i in orders)]


SPOKEN_VERDICTS = frozenset({"construction.praised", "construction.addressed", "construction.praising_call"})
"""Constructions of praise or blame in a quote, which prose of a game, a device or a show leaves no political act."""
VERDICT_DOMAINS = frozenset({"sports", "product", "show"})
"""Prose in which praise is no political act; not a market's ("an excellent plan for small firms" praises a
minister's plan)."""
DRILL_NOUNS = word_class("drill_nouns")
WARNING_LEMMAS = frozenset({"warn", "caution"})
"""Verbs of warning, which are a threat only when they name a consequence."""
AID_NOUNS = word_class("aid_nouns")
TIE_NOUNS = word_class("tie_nouns")
"""Ties between states: ending them is a sanction (discontinue), not a retreat."""
EASING_LEMMAS = word_class("easing_lemmas")
POWER_NOUNS = frozenset({"power"})
"""What a seizure takes when it is a takeover of office ("seized power"), not an arrest."""
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})
"""Modifiers that make drills shared by several states."""


ROLE_PASSES: tuple[tuple[str, RolePass], ...] = (
    ("summed_answer", _role_summed_answer),
    ("answered_charge", _role_answered_charge),
    ("asked_to_act", _role_asked_to_act),
    ("ordered_act", _role_ordered_act),
    ("entry_refused_by_its_state", _role_entry_refused_by_its_state),
    ("held_legitimate", _role_held_legitimate),
    ("aid_source_from_troops", _role_aid_source_from_troops),
    ("aid_source_from_target_group", _role_aid_source_from_target_group),
    ("aid_purpose_target", _role_aid_purpose_target),
    ("aid_recipient_in_object", _role_aid_recipient_in_object),
    ("aid_amount_giver", _role_aid_amount_giver),
    ("aid_recipient_beside", _role_aid_recipient_beside),
    ("aid_to_stricken_state", _role_aid_to_stricken_state),
    ("relief_giver", _role_relief_giver),
    ("judged_subject", _role_judged_subject),
    ("charged_doer", _role_charged_doer),
    ("shown_judged", _role_shown_judged),
    ("quoted_one", _role_quoted_one),
    ("act_judged_in_quote", _role_act_judged_in_quote),
    ("judged_government", _role_judged_government),
    ("measure_maker", _role_measure_maker),
    ("judged_act_doer", _role_judged_act_doer),
    ("investigated_doer", _role_investigated_doer),
    ("inquiry_holder", _role_inquiry_holder),
    ("ended_inquiry_target", _role_ended_inquiry_target),
    ("faced_act", _role_faced_act),
    ("criticism_from", _role_criticism_from),
    ("reaction_received", _role_reaction_received),
    ("act_welcomed", _role_act_welcomed),
    ("body_voice", _role_body_voice),
    ("held_responsible", _role_held_responsible),
    ("accused_in_clause", _role_accused_in_clause),
    ("responsibility_claimant", _role_responsibility_claimant),
    ("claimant", _role_claimant),
    ("speaker_of_judged_words", _role_speaker_of_judged_words),
    ("maker_of_judged_decision", _role_maker_of_judged_decision),
    ("owner_of_judged_object", _role_owner_of_judged_object),
    ("maker_by_participle", _role_maker_by_participle),
    ("undone_act_target", _role_undone_act_target),
    ("said_of_the_object", _role_said_of_the_object),
    ("summed_demand_addressee", _role_summed_demand_addressee),
    ("asked_of", _role_asked_of),
    ("called_on_to_act", _role_called_on_to_act),
    ("addressee_along_with", _role_addressee_along_with),
    ("stance_holder", _role_stance_holder),
    ("refused_recipient", _role_refused_recipient),
    ("author_of_refused", _role_author_of_refused),
    ("addressee_of_message", _role_addressee_of_message),
    ("refused_antecedent", _role_refused_antecedent),
    ("owner_of_fronted_object", _role_owner_of_fronted_object),
    ("carried_message_addressee", _role_carried_message_addressee),
    ("addressee_of_sent_wishes", _role_addressee_of_sent_wishes),
    ("partner_of_object", _role_partner_of_object),
    ("agreed_thing", _role_agreed_thing),
    ("plural_pronoun_pair", _role_plural_pronoun_pair),
    ("pair_named_in_apposition", _role_pair_named_in_apposition),
    ("speaker_takes_part", _role_speaker_takes_part),
    ("voiced_with", _role_voiced_with),
    ("document_issuer", _role_document_issuer),
    ("complement_target", _role_complement_target),
    ("protest_told_by_its_verb", _role_protest_told_by_its_verb),
    ("protest_aimed_against", _role_protest_aimed_against),
    ("gathering_not_visited", _role_gathering_not_visited),
    ("stop_of_a_tour", _role_stop_of_a_tour),
    ("met_unnamed_hosts", _role_met_unnamed_hosts),
    ("occasion_traveller", _role_occasion_traveller),
    ("occasion_place", _role_occasion_place),
    ("visited_state", _role_visited_state),
    ("visit_partner", _role_visit_partner),
    ("target_not_source", _role_target_not_source),
    ("reciprocal_sides", _role_reciprocal_sides),
    ("host_receives_visitor", _role_host_receives_visitor),
    ("guest_visits", _role_guest_visits),
    ("protest_town_is_place", _role_protest_town_is_place),
    ("protest_people_of_place", _role_protest_people_of_place),
    ("protest_own_people", _role_protest_own_people),
    ("reporting_state_body", _role_reporting_state_body),
    ("succession", _role_succession),
    ("cabinet_head", _role_cabinet_head),
    ("recall_from_state", _role_recall_from_state),
    ("host_acts_on_envoy", _role_host_acts_on_envoy),
    ("expelled_peoples_state", _role_expelled_peoples_state),
    ("handover_giver_leaves", _role_handover_giver_leaves),
    ("unnamed_state_body", _role_unnamed_state_body),
    ("unplaced_fighters", _role_unplaced_fighters),
    ("custodian_state", _role_custodian_state),
    ("state_through_courts", _role_state_through_courts),
    ("levy_of_the_story_state", _role_levy_of_the_story_state),
    ("custody_holder", _role_custody_holder),
    ("coercion_of_own_people", _role_coercion_of_own_people),
    ("honour_recipient", _role_honour_recipient),
    ("among_the_dead", _role_among_the_dead),
    ("named_dead", _role_named_dead),
    ("released_subject", _role_released_subject),
    ("under_fire", _role_under_fire),
    ("agreed_view", _role_agreed_view),
    ("ousted_person", _role_ousted_person),
    ("post_holder_not_taker", _role_post_holder_not_taker),
    ("biography_person_target", _role_biography_person_target),
    ("reshuffler", _role_reshuffler),
    ("acceptor_of_resignation", _role_acceptor_of_resignation),
    ("owner_of_hit_object", _role_owner_of_hit_object),
    ("place_is_where", _role_place_is_where),
    ("where_it_happened", _role_where_it_happened),
    ("bystanders_of_the_place", _role_bystanders_of_the_place),
    ("hit_home_organ", _role_hit_home_organ),
    ("listed_after_colon", _role_listed_after_colon),
    ("listed_people", _role_listed_people),
    ("executing_state", _role_executing_state),
    ("court_sides", _role_court_sides),
    ("summoning_state", _role_summoning_state),
    ("vote_holder", _role_vote_holder),
)
"""The passes that repair an event's roles, in order (each reads what the ones before it left)."""


GATHERING_NOUNS = word_class("gathering_nouns")
"""Meetings of many by their name ("summit", "conference"): one hosted or held needs no named counterpart (a summit
named only as a place or a time, "on the margins of the conference", is no act of its own)."""


def _ended(trig: Trigger) -> list[Token]:
    """What a verb of stopping stops: its objects ("halted aid"); for a noun, its "to" or "of" phrase, also when the
    parser hangs that phrase on the light verb ("put an end to the cooperation", "a halt to aid")."""
    if not trig.nominal:
        return _objects(trig.token)
    noun = trig.token
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of")]
    if noun.dep_ == "dobj":
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _definite(noun: Token) -> bool:
    """Whether a noun names one already told ("the summit", "that meeting"), not a new one ("a summit", "their own
    summit")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


CONVENING_LEMMAS = word_class("convening_lemmas")
"""Verbs that convene a gathering ("hold a summit", "host a conference"): the gathering is the event."""


def _convened_gathering(noun: Token) -> bool:
    """Whether an event noun names a new gathering of many that its verb convenes: "will host a regional summit",
    "held an emergency conference"; not "the summit" told before, nor one "with" a partner (a meeting of two), nor one
    only offered or planned by a noun ("turned down a proposal that Lima host a summit"), nor a verb that attends or reports it."""
    return (noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in GATHERING_NOUNS and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in CONVENING_LEMMAS and not _definite(noun) and noun.head.dep_ != "acl"
            and not any(c.dep_ == "prep" and c.lower_ == "with" for t in (noun, noun.head) for c in t.children))


WELCOMING_LEMMAS = word_class("welcoming_lemmas")
"""Verbs of receiving a guest that, said of a thing, take a stance on it ("welcomed the verdict")."""
WELCOMED_ACTS = ACT_NOUNS | word_class("welcomed_acts")
"""Nouns of an act or an outcome: welcomed, they are a stance taken, whoever owns them ("welcomed the sanctions")."""


def _welcomed_thing(trig: Trigger, actors: Actors, ui: int) -> bool:
    """ "Welcomed Kowalski's election", "greeted the court's ruling", "welcomed the sanctions": a welcoming verb whose
    object is a thing owned by an actor (a possessor on a noun that names no actor, no post and no group: not
    "welcomed the president's envoy", "the two foreign ministers") or an act or an outcome (``WELCOMED_ACTS``),
    receives no guest."""
    tok = trig.token
    if trig.nominal or tok.lemma_.lower() not in WELCOMING_LEMMAS:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    people = title_heads() | GROUP_NOUNS
    return bool(objects) and all(
        o.pos_ == "NOUN" and actors.entity_at(ui, o) is None and o.lower_ not in people and o.lemma_.lower() not in people
        and (any(c.dep_ == "poss" for c in o.children) or o.lemma_.lower() in WELCOMED_ACTS
             or o.lower_ in WELCOMED_ACTS) for o in objects)


DEPLOYED_FORCES = word_class("deployed_forces")
"""A state's armed or police bodies, which on the streets are deployed, not protesting."""
POLICE_HEADS = frozenset({"police", "policemen"})


def _forces_on_the_streets(trig: Trigger) -> str | None:
    """The MOBILIZE mode of a protest told of a state's force ("soldiers took to the streets of the port to remove
    roadblocks": troops deployed, PLOVER MOBILIZE), or None: the clause's subject is no such force, or the clause
    tells a protest cue ("police officers took to the streets demanding higher pay" is a protest)."""
    verb = trig.token
    if trig.nominal:
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.pos_ != "VERB":
        return None
    heads = [h for s in _gatherers(verb) for h in (s, *s.conjuncts)]
    forces = [h for h in heads if h.lower_ in DEPLOYED_FORCES or h.lemma_.lower() in DEPLOYED_FORCES]
    if not forces:
        return None
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "acl", "relcl", "conj") and child.lemma_.lower() in PROTEST_CUES:
            return None
        if child.dep_ == "prep" and child.lower_ == "against":
            return None
    return "police" if all(f.lower_ in POLICE_HEADS for f in forces) else "troops"


def _retype(trig: Trigger, args: Arguments, actors: Actors, ui: int) -> Trigger:
    """Weapons fired at another state are an attack, not a test: MOBILIZE becomes ASSAULT; talks by phone are mode phone;
    ground seized by force is an attack; diplomats forced out are expelled (SANCTION expel), not deported; troops
    sent within their own state are a deployment (MOBILIZE troops), troops sent out of a place withdraw (RETREAT),
    neither is aid; a demand that an envoy leave is his expulsion (SANCTION expel); a summit or a conference hosted, held or convened is a meeting of many (multilateral)."""
    if trig.type == "ACCUSE" and trig.mode == "disapprove" and judged_request(trig.token) is not None:
        # "called the Japanese demand unacceptable": a judgement that answers a demand refuses it (GUIDE.md: "a
        # non-starter" is REJECT), aimed at the one who asked, as the criticism was
        return replace(trig, type="REJECT", mode=None)
    if trig.type == "REQUEST" and trig.mode is None and not trig.nominal and asks_for_relief(trig.token):
        # "asked the WFP for rice", "requested that UNICEF send water tablets": a request for assistance (OUTPUT.md 5)
        return replace(trig, mode="assist")
    if trig.type == "PROTEST" and (mode := _forces_on_the_streets(trig)) is not None:
        # "soldiers took to the streets of the port to remove roadblocks": a force deployed (GUIDE.md: moved within one's
        # own state is MOBILIZE), not a demonstration, which the learned decision reads on "took to the streets"
        return replace(trig, type="MOBILIZE", mode=mode)
    if trig.type == "CONSULT" and trig.mode is None and not trig.nominal and len(set(args.actors())) < 2 and any(
            o.lemma_.lower() in GATHERING_NOUNS and not _definite(o) for o in _objects(trig.token)):
        # "Ghana will host a regional summit on Sunday": a meeting of many, named by its host alone (GUIDE.md: a summit
        # of many states is CONSULT multilateral); what is hosted is the gathering, so no actor is asked of the object.
        # "Hosting the gathering, ..." names one already told
        return replace(trig, mode="multilateral", spec={k: v for k, v in trig.spec.items() if k != "object_actor"})
    if trig.entry_id == "construction.must" and any(c.dep_ == "ccomp" and _envoy_must_leave(c)
                                                    for c in trig.token.children):
        # "said the ambassador will have to leave": a demand that an envoy go is his expulsion (GUIDE.md: asking an
        # ambassador to leave is SANCTION expel); typed here, after the demand's content (the leaving) was set aside
        return replace(trig, type="SANCTION", mode="expel")
    if trig.type == "CONSULT" and _welcomed_thing(trig, actors, ui):
        # "welcomed Kowalski's election": a thing of the other's welcomed is a stance toward them (SUPPORT), no visit;
        # the host's side, swapped by ``host_receives_visitor``, goes back to the one who welcomed it
        if args.source and args.target:
            args.source, args.target = args.target, args.source
        return replace(trig, type="SUPPORT", mode=None)
    if trig.type == "CONSULT" and trig.mode is None and _convened_gathering(trig.token) and len(set(args.source + args.target)) < 2:
        # "the bloc's leaders are to hold a summit in Tamale next Sunday": the same meeting of many told by its
        # noun, the verb only convening it (issue 12: a planned summit was dropped for want of a counterpart)
        return replace(trig, mode="multilateral")
    if trig.type == "CONSULT" and trig.mode is None and any(
            c.dep_ == "prep" and c.lower_ in ("by", "over") and any(g.lower_ in ("phone", "telephone") for g in c.children)
            for c in trig.token.children):
        return replace(trig, mode="phone")
    if trig.type == "RETREAT" and any(o.lemma_.lower() in AID_NOUNS | TIE_NOUNS for o in _ended(trig)):
        # "halted economic aid to X": stopping help is a sanction (discontinue), not a ceasefire; so is ending ties
        # ("would put an end to its naval cooperation with X", GUIDE.md: pausing intelligence sharing)
        return replace(trig, type="SANCTION", mode="discontinue")
    if trig.type == "COOPERATE" and not trig.nominal and trig.token.lemma_.lower() in HANDOVER_LEMMAS and \
            _object_words(trig.token) & AID_NOUNS:
        # "handed over two lorries of medicine to the Red Cross": what is handed over is help (AID), not a suspect
        # handed to another state's police (extradition, COOPERATE)
        return replace(trig, type="AID", mode="humanitarian")
    if trig.type == "COERCE" and trig.nominal and trig.token.dep_ == "dobj" and \
            trig.token.head.lemma_.lower() in EASING_LEMMAS:
        # "shortened the nightly curfew", "relaxed the blockade": easing a restriction concedes (GUIDE.md: easing
        # restrictions is CONCEDE)
        return replace(trig, type="CONCEDE", mode=None)
    if trig.type == "THREATEN" and trig.token.lemma_.lower() in WARNING_LEMMAS and _advice(trig.token):
        # "warned the opposition not to stir up hatred", "cautioned X against signing": advice with no consequence
        # named is a demand (GUIDE.md); "warned that X would pay" stays a threat
        return replace(trig, type="REQUEST", mode=None)
    if trig.type in ("COERCE", "ASSAULT") and any(o.lemma_.lower() in POWER_NOUNS for o in _objects(trig.token)):
        # "seized power in 2021", "grabbed power": whoever takes power takes office (GUIDE.md: a junta leader becomes
        # head of state), no one is arrested
        args.source, args.target = [], [a for a in args.source + args.target if a not in args.target] + args.target
        return replace(trig, type="APPOINT", mode=None)
    if trig.type == "COERCE" and trig.mode == "arrest" and not trig.nominal and _jailed_by_court(trig.token):
        # "a court jailed X for six years", "was imprisoned for life": a sentence (GUIDE.md: conviction or sentence by
        # a court is SANCTION convict), not a detention
        return replace(trig, type="SANCTION", mode="convict")
    if trig.type == "COERCE" and trig.mode in ("arrest", "seize") and any(
            o.lemma_.lower() in TERRITORY_NOUNS and not _place_adjunct(o) for o in _taken(trig.token)):
        return replace(trig, type="ASSAULT", mode=None)  # "seized the port town of Lamu": taking ground by force
    if trig.type == "COERCE" and trig.mode in (None, "deport") and any(
            o.lower_ in DIPLOMATS or o.lemma_.lower() in DIPLOMATS for o in _objects(trig.token)):
        return replace(trig, type="SANCTION", mode="expel")  # "kicked out three diplomats": expulsion (OUTPUT.md 5)
    if trig.type == "AID" and trig.mode == "military" and _sent_out_of(trig.token):
        if not args.source:  # "Irish peacekeepers were flown out": the troops' state withdraws them
            args.source, args.target = args.target, []
        return replace(trig, type="RETREAT", mode="withdraw")  # "the monitors were pulled out of the district"
    if trig.type == "AID" and trig.mode == "military" and args.target and _home_deployment(args, actors):
        return replace(trig, type="MOBILIZE", mode="troops")  # "sent soldiers to the Senate"
    if trig.type == "AID" and trig.mode == "military" and args.source and not args.target and _sent_to_a_place(
            trig.token):
        return replace(trig, type="MOBILIZE", mode="troops")  # "sent soldiers to the parliament building"
    if trig.type == "SUPPORT" and trig.token.lemma_.lower() in HOST_LEMMAS and _receives_people(trig.token, actors, ui):
        # "welcomed the two foreign ministers at the White House": a host receiving people meets them (the guests
        # made the visit); welcoming a decision or an election is support
        guests = [e for e in (actors.entity_at(ui, t) for t in _received(trig.token)) if e]
        args.source, args.target = args.target or guests, args.source
        return replace(trig, type="CONSULT", mode="visit")
    if trig.type == "ASSAULT" and trig.nominal and trig.token.lemma_.lower() == "strike" and _labour_strike(trig.token):
        # "called off the strike", "a general strike": a stoppage of work is a protest, not a blow
        return replace(trig, type="PROTEST", mode="strike")
    drill = _drill(trig.token)
    if trig.type == "MOBILIZE" and drill is not None and _joint(drill, args, actors, ui):
        # "Chile and Peru began joint naval drills": drills between states are cooperation (GUIDE.md); a state's own
        # drills stay a mobilisation
        args.source, args.target = args.source + [t for t in args.target if t not in args.source], []
        return replace(trig, type="COOPERATE", mode=None)
    if trig.type == "MOBILIZE" and trig.mode == "weapons" and not trig.nominal and _aimed_at_a_thing(trig.token):
        # "fired two missiles at a cargo ship", "launched drones against an oil depot": a weapon aimed at something is
        # used, not tested (OUTPUT.md 5: a weapons test is MOBILIZE)
        return replace(trig, type="ASSAULT", mode=None)
    if trig.type == "MOBILIZE" and args.target:
        # "fired missiles at Japan", "surrounded Philippine navy boats"; troops "mobilized for a war against Iraq" or
        # sent to an ally are still a mobilisation
        src = {actors.country_of(a) for a in args.source}
        hit = _acted_on(trig.token, actors, ui)
        if any(actors.country_of(t) and actors.country_of(t) not in src for t in args.target if t in hit):
            return replace(trig, type="ASSAULT", mode=None)
    if trig.type == "AID" and trig.mode != "humanitarian" and not trig.nominal and gives_relief(trig.token):
        # "India donated 500 tents": relief goods or crews given, whatever mode the learned decision gives the verb
        return replace(trig, mode="humanitarian")
    return trig
CONDITIONAL_MARKS = frozenset({"if", "unless"})


def _conditional_threat(trig: Trigger) -> tuple[Trigger, str | None] | None:
    """ "will close the border unless the raids stop", "would boycott the vote if X stood": a coercive act held out on
    a condition is a threat of it (PLOVER THREATEN), asserted; the condition's subject is whom it is aimed at (the
    argument reader's condition rule). None when the trigger is no such act."""
    if trig.type not in THREAT_MODES or trig.nominal or not _conditional_act(trig.token):
        return None
    if modality(trig.token) == "negated":
        return None
    mode = THREAT_MODES_BY_MODE.get((trig.type, trig.mode or ""), THREAT_MODES[trig.type])
    return replace(trig, type="THREATEN", mode=mode, spec={}, factuality="asserted"), "asserted"


def _threatened(type_: str, tok: Token) -> bool:
    """Whether a candidate the model reads as hypothetical is a coercive act held out on a condition: it is not
    coded as itself but as the threat of it (``_conditional_threat``)."""
    return type_ in THREAT_MODES and _conditional_act(tok)


def _conditional_act(verb: Token) -> bool:
    """Whether a verb tells an act that will or would happen on a condition: "will close the border unless ..."."""
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "could", "might", "may")
                 for c in verb.children)
    return future and (inverted_condition(verb) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children))


STRIKE_KINDS = word_class("labour_strike_words")
STRIKE_VERBS = word_class("labour_strike_verbs")
WEAPON_MODIFIERS = word_class("weapon_strike_words")


def _labour_strike(noun: Token) -> bool:
    """Whether "strike" is a stoppage of work: a kind of stoppage ("general", "hunger", "open-ended") or what people
    do with one ("called", "called off", "ended"), and no weapon or target ("air strike", "strikes on Gaza")."""
    # each modifier as a word ("general") and with its own modifiers ("open-ended" is three tokens)
    mods = {m for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
            for m in (c.lower_, c.doc[c.left_edge.i: c.i + 1].text.lower())}
    if mods & WEAPON_MODIFIERS or any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children):
        return False
    head = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if head is not None and head.dep_ == "prep":
        head = head.head  # "went on strike", "on the first day of a strike"
    return bool(mods & STRIKE_KINDS) or (head is not None and head.lemma_.lower() in STRIKE_VERBS)


TRADE_DOMAINS = frozenset({"market", "product"})
"""Domains of trade, in which a state that takes part makes the act political ("Norway signed the deal with the firm",
"Seoul cancelled its order for the phones")."""


def _political_doers(domain: str, args: Arguments, actors: Actors) -> bool:
    """Whether the sides make an act told in sports, market or show prose political all the same: a state in a market
    ("Norway signed the deal with the firm"), or troops, police or rebels in any ("troops fired on soldiers during a
    football tournament"; annotate/domains.py). A national side in a match is a state's name too, so a state alone
    keeps only a market act."""
    ids = args.actors()
    if domain in TRADE_DOMAINS and any(actors.type_of(a) == "GPE" for a in ids):
        return True
    return any(actors.type_of(a) == "GROUP" and actors.get(a).name.split()[-1].lower() in POLITICAL_HEADS for a in ids)


def _named_charge(domain: str, trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """Whether an act told in show prose is a named person's charge against a named actor on a word that accuses and
    nothing else ("the singer accused her former label of blocking the broadcast", "the actor condemned the
    producer"; ``accuse.accuse``): a dispute the page reports, as the gold of real show pages codes it, where
    praise, deals, tours and requests stay the show's own business."""
    return domain == "show" and trig.entry_id == "accuse.accuse" and bool(args.target) and any(
        actors.type_of(a) == "PERSON" for a in args.source)


def _political_subject(word: Token) -> bool:
    """Whether the doer a verb names is a state's organ or armed body though no actor was made of it: "Police
    arrested the defender" on a game page, where the police of no named state are no actor but act politically."""
    doers = verb_doers(word)
    return any(d.lemma_.lower() in POLITICAL_HEADS for d in doers)


POLICY_NOUNS = word_class("policy_nouns")
"""Nouns of a policy, a principle or a course held ("the peace process", "the formula", "the two-state solution"):
committed to, they are a stance, no act promised."""


def _committed_to_a_stance(word: Token, at: set[int]) -> bool:
    """Whether "committed to" takes a policy or a principle, not an act: "is committed to the peace process", "stays
    committed to the formula" (``POLICY_NOUNS``: a stance held; OUTPUT.md 5: AGREE commits to a specific act).
    An act to do ("committed to withdrawing its troops", "to a ceasefire", "to the withdrawal") stays a commitment."""
    if word.lemma_.lower() != "commit" or word.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    held = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    # the parser may hang the policy's noun as an apposition of a quoted name ("the 'one nation' formula")
    return bool(held) and all(g.i not in at and any(
        n.lemma_.lower() in POLICY_NOUNS for n in (g, *(a for a in g.children if a.dep_ == "appos"))) for g in held)


def _held_state(verb: Token) -> bool:
    """Whether what an arrest verb holds is a state named as such ("Sudan, caught in the middle, has swung between the
    two", "Mali was caught between the juntas"): a state is no one to arrest; the verb is figurative. Its people
    ("three Kenyan drivers", "Kenya's envoy") are held as the state's all the same."""
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        held.append(verb.head)
    return bool(held) and all(h.ent_type_ == "GPE" and state_code(h.text) is not None and not any(
        c.dep_ == "poss" for c in h.children) for h in held)


def _received(word: Token) -> list[Token]:
    """Who a word of hosting receives: a verb's object ("welcomed Lula"); a noun's "to" / "for" phrase or its verb's
    indirect object ("gave a warm welcome to Lula", "gave Lula a warm welcome")."""
    if not word.pos_ == "NOUN":
        return [c for c in word.children if c.dep_ == "dobj"]
    holders = [word] + ([word.head] if word.dep_ == "dobj" else [])
    out = [c for h in holders for c in h.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return out + [g for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                  for g in c.children if g.dep_ == "pobj"]


def _receives_people(word: Token, actors: Actors, ui: int) -> bool:
    """Whether a word of hosting receives people: a named person or a post ("welcomed Lula", "greeted the ministers",
    "gave a warm welcome to Lula")."""
    for obj in _received(word):
        ent = actors.entity_at(ui, obj)
        if (ent and actors.type_of(ent) == "PERSON") or obj.lemma_.lower() in title_heads():
            return True
    return False


HIT_PREPS = frozenset({"at", "on", "upon", "into"})


AIM_PREPS = frozenset({"at", "against", "toward", "towards"})
"""Prepositions that name what a weapon is aimed at ("fired at a ship")."""
OPEN_WATER = word_class("open_water")


def _aimed_at_a_thing(verb: Token) -> bool:
    """Whether a weapon verb names what it is aimed at, other than open water or a time: "fired missiles at a tanker",
    not "fired a missile toward the sea" (a test)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for c in verb.children if c.dep_ == "prep"]  # "fired two missiles at a tanker"
    preps += [p for o in objects for p in o.subtree if p.dep_ == "prep" and p.head.pos_ == "NOUN"]  # "a swarm of drones
    # against a depot": the parser hangs the aim on the weapon
    return any(p.lower_ in AIM_PREPS and g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
               and g.lemma_.lower() not in OPEN_WATER and g.ent_type_ not in ("DATE", "TIME")
               for p in preps for g in p.children)


def _acted_on(verb: Token, actors: Actors, ui: int) -> set[str]:
    """The actors a verb acts on physically: named in its object or after "at / on / into" ("fired at Japan")."""
    nodes = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in HIT_PREPS)]
    return {e for n in nodes for t in n.subtree if (e := actors.entity_at(ui, t))}


def _advice(verb: Token) -> bool:
    """Whether a warning only advises against an act or asks for one: "warned X not to ...", "cautioned X against
    signing", "warned that the disarmament had to be verifiable" (what is to be done: ``senses.to_be_done``), with
    no consequence told ("warned that X would pay", "warned of war")."""
    if _threat_clause_consequence(verb):
        return False
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
        if child.dep_ == "ccomp" and to_be_done(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "against" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                      for g in child.children):
            return True
    return False


def _threat_clause_consequence(verb: Token) -> bool:
    """Whether a warning names what will happen: "that X would ...", "of war", "or face ..."."""
    for child in verb.children:
        if child.dep_ == "ccomp" and any(a.lower_ in ("would", "will", "could") for a in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            return True
    return any(t.lower_ in ("otherwise", "consequences", "or") for t in verb.subtree)


def _drill(tok: Token) -> Token | None:
    """The drill noun a trigger word names ("drills"), or is part of ("[war] games"); None when it names none."""
    if tok.lemma_.lower() in DRILL_NOUNS:
        return tok
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in DRILL_NOUNS:
        return tok.head
    return None


def _joint(noun: Token, args: Arguments, actors: Actors, ui: int) -> bool:
    """Whether drills are held together: called joint ("joint drills"), held "with" another actor, or by actors of two
    states or more."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in JOINT_WORDS for c in noun.children):
        return True
    phrases = [c for t in (noun, noun.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    partners = [e for p in phrases for g in p.children if g.dep_ == "pobj" and (e := actors.entity_at(ui, g))]
    for partner in partners:
        if partner not in args.source and partner not in args.target:
            args.target.append(partner)
    return len({actors.country_of(a) for a in args.source + args.target} - {None}) >= 2


def _sent_out_of(verb: Token) -> bool:
    """Whether a verb of sending takes its object "out of" somewhere: a removal, not a dispatch."""
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" and c.i + 1 < len(c.doc)
               and c.doc[c.i + 1].lower_ == "of" for c in verb.children)


def _sent_to_a_place(verb: Token) -> bool:
    """Whether troops are sent "to" or "into" a place told by a common noun ("to the parliament building", "into the
    streets", "to its border"): with no state or body received them, a deployment, not help (OUTPUT.md 5)."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children) for c in verb.children)


def _home_deployment(args: Arguments, actors: Actors) -> bool:
    """Whether troops are sent within their own state (OUTPUT.md 5: a deployment at home is MOBILIZE, troops sent
    to help another state AID): every target is an institution or place of the source's state, or of no state
    ("sent soldiers to the Senate")."""
    own = {actors.country_of(a) for a in args.source} - {None}
    for t in args.target:
        code = actors.country_of(t)
        if code is not None and code not in own:
            return False
        if code is None and (actors.type_of(t) != "ORG" or city_code(actors.get(t).name)):
            return False  # a place or people of no known state (or a city read as a body): cannot be told
    return True


def _argument_requirements(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """The ``requires`` constraints that need actors: an object or subject that is an actor, a stated date."""
    actors_types = {a: actors.type_of(a) for a in args.actors()}
    if trig.spec.get("object_actor") and not args.target and not (trig.type == "ASSAULT" and args.location) and not (
            args.source and _unnamed_official(trig.token)):
        return False  # "shelled rebel camps in Somalia": an attack on a place in a state names where it struck
    if trig.spec.get("subject_actor") and not args.source:
        return False
    if trig.spec.get("target_place") and (_departure(trig.token) or not args.location and not any(
            actors_types.get(t) in ("GPE", "LOC") for t in args.target)):
        return False
    if trig.spec.get("needs_date"):
        if not any(t.kind == "date" for t in find_timexes(sentence_of(trig.token).text)):
            return False
    return True


def _unnamed_official(tok: Token) -> bool:
    """Whether a verb acts on an official told by post alone ("charged the former defence minister", "indicted a
    deputy governor"): someone acted on, though unnamed, so the act's doer suffices as its actor."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ in title_heads() and c.ent_type_ != "PERSON"
               for c in tok.children)


def _complete(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """Whether the event has the actors its type needs (a meeting needs a counterpart)."""
    if trig.type == "CONSULT" and trig.mode != "multilateral" and len(
            {a for a in args.actors() if not _private_group(actors, a)}) < 2:
        return False  # "met Russian university students" is no meeting between political actors
    if trig.type == "AID" and not (args.source and args.target) and not (args.source and (
            trig.entry_id == "construction.aid_amount" or not trig.nominal and gives_relief(trig.token) and all(
                actors.country_of(a) for a in args.source))):
        return False  # (aid raised, or relief a state gives, is told whoever gets it: "increased its aid")
    if trig.type == "AID" and trig.entry_id not in AID_TOLD_ALONE and _stateless_places(args.target, actors):
        return False  # "volunteers assisted the Earth": a place of no state is no one helped
    if trig.type in SPEECH_ACTS and not args.source and not (args.target and (
            is_passive(trig.token) or accuser_untold(trig, args, actors))):
        # an agentless passive ("has been accused of fraud") names the one acted on; that suffices, as in the tellings
        # that leave the accuser out by design ("was arrested and charged", "Police charged him", "came under fire")
        return False
    if trig.type == "REQUEST" and not args.target and any(
            c.dep_ == "dobj" and c.lemma_.lower() in COURTESY_ADDRESSEES for c in trig.token.children):
        return False  # "asked the crowd to stand for the anthem": a request to an audience is a courtesy
    if trig.type == "REQUEST" and not trig.nominal and _passes_on_courtesy(trig.token):
        return False
    if trig.spec.get("no_foreign_target"):
        src = {actors.country_of(a) for a in args.source}
        if any(actors.country_of(t) not in src for t in args.target):
            return False
    return True


def _stateless_places(target: list[str], actors: Actors) -> bool:
    """Whether every target is a place of no known state ("the Earth", "the Sahel"): no actor acted upon."""
    return bool(target) and all(actors.type_of(t) == "LOC" and actors.country_of(t) is None for t in target)


def _copy(args: Arguments, source: list[str], target: list[str]) -> Arguments:
    return Arguments(source, target, list(args.participants), args.location, args.attribution)


def _split_reciprocal(trig: Trigger, args: Arguments, actors: Actors) -> list[Arguments]:
    """ "Tehran and Islamabad traded strikes", "the two accused each other": two acts, one by each side on the
    other (``_role_reciprocal_sides`` read the first side as the source)."""
    if (trig.type in SYMMETRIC_TYPES or len(args.source) != 1 or len(args.target) != 1
            or not _reciprocal(trig.token)):
        return []
    return [args, _copy(args, list(args.target), list(args.source))]


SEPARATE_WORDS = frozenset({"separate", "separately"})
DISTRIBUTIVE_PLURALS = word_class("distributive_plurals")
"""Plural event nouns that count one event per partner ("held meetings with A and B"); "talks" is one event."""


def told_apart(tok: Token) -> bool:
    """Whether a trigger (or its object, "held separate talks") is told as an act of its own: "separate talks",
    "met separately". Such a mention is another occurrence, never a restatement of an act told beside it."""
    marked = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(c.lower_ in SEPARATE_WORDS and c.dep_ in ("amod", "advmod") for m in marked for c in m.children)


def _split_separate(trig: Trigger, args: Arguments, actors: Actors) -> list[Arguments]:
    """ "held separate talks with A and with B", "concluded separate memorandums with A and B", "held meetings with A
    and B", "held talks with both A and B": one act per partner, each with the whole source side (``_distributive``).
    """
    tok = trig.token
    marked = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    if not told_apart(tok) and not _distributive(marked, trig.type):
        return []
    partners = args.target if args.source else []
    if trig.type in SPLIT_TYPES or len(partners) < 2:
        return []
    return [_copy(args, list(args.source), [p]) for p in partners]


def _distributive(marked: list[Token], type_: str) -> bool:
    """Whether the partners of an act are met one by one: the act is a plural that counts one meeting per partner
    ("meetings", "calls"; ``DISTRIBUTIVE_PLURALS``), or its partners are coordinated under "both" ("talks with both A
    and B", "met both A and B"), which reads each apart. "Talks with A and B" and "met A, B and C" stay one event, and
    so does a demand told by the plural "calls" ("renewed calls for A and B to hold talks": one call on both)."""
    if type_ == "CONSULT" and any(m.tag_ == "NNS" and m.lower_ in DISTRIBUTIVE_PLURALS for m in marked):
        return True
    partners = [*marked, *(p for m in marked for c in m.children if c.dep_ == "prep" for p in c.children
                           if p.dep_ == "pobj")]
    # the parser makes "both" a "preconj" or a "det" of the first conjunct; "both leaders" has no conjunct
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "both" and p.conjuncts for p in partners
               for c in p.children)


OWN_ACT_MODES = frozenset({("SANCTION", "expel")})
"""Types and modes where each of several states named as the doers does its own act ("A, B and C expelled X's
diplomats": each state orders out the diplomats accredited to it). Entry bans or sanctions announced by several
states together are read as one joint act."""
TOGETHER_WORDS = frozenset({"joint", "jointly", "together", "collectively", "collective", "common"})
"""Words that tell an act of several states as one done together ("jointly expelled", "a common decision")."""


def _split_each_state(trig: Trigger, args: Arguments, actors: Actors) -> list[Arguments]:
    """ "Norway, Finland and Estonia expelled Bordurian diplomats": one expulsion per state, each on the whole target
    side; an act told as joint ("jointly expelled") stays one."""
    states = [a for a in args.source if actors.type_of(a) == "GPE"]
    if (trig.type, trig.mode) not in OWN_ACT_MODES or len(states) < 2 or len(states) != len(args.source) or len(
            {actors.country_of(s) for s in states}) != len(states):
        return []
    tok = trig.token
    near = [tok, *tok.children, *(t for c in tok.children if c.dep_ == "dobj" for t in c.children)]
    if any(t.lower_ in TOGETHER_WORDS for t in near) or not _diplomats_out(tok):
        return []
    return [_copy(args, [s], list(args.target)) for s in states]


def _diplomats_out(tok: Token) -> bool:
    """Whether those the act sends out are diplomats ("expelled dozens of X's diplomats", "kicked out two envoys"),
    each accredited to one state; officials barred from entering several states are not."""
    objs = _objects(tok)
    objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(o.lower_ in DIPLOMATS or o.lemma_.lower() in DIPLOMATS for o in objs)


def _private_group(actors: Actors, local_id: str) -> bool:
    """A group of private people ("Russian university students", "tourists"), not a political actor."""
    if actors.type_of(local_id) != "GROUP":
        return False
    head = actors.get(local_id).name.split()[-1].lower()
    return head in PRIVATE_PEOPLE or head.rstrip("s") in PRIVATE_PEOPLE


def _split(trig: Trigger, args: Arguments, actors: Actors) -> list[Arguments]:
    """One event per person for biographical types; a meeting of several people stays one event (OUTPUT.md); one
    event per side of a reciprocal act, per partner of separate acts and per state of coordinated own acts
    (``_split_reciprocal``, ``_split_separate``, ``_split_each_state``)."""
    for split in (_split_reciprocal, _split_separate, _split_each_state):
        parts = split(trig, args, actors)
        if parts:
            return parts
    if trig.type in SPLIT_TYPES:
        people = [a for a in (args.target or args.source) if actors.type_of(a) == "PERSON"]
        if trig.type == "DIE" and people:
            # "two brothers, A and B, died" with A read as a place or a body of no state: A died too
            people = [a for a in args.target if a in people or (
                actors.type_of(a) in ("LOC", "ORG") and actors.country_of(a) is None)]
        if len(people) > 1:
            role = "target" if args.target else "source"
            out = []
            for person in people:
                one = _copy(args, list(args.source), list(args.target))
                setattr(one, role, [person] + [a for a in getattr(args, role) if actors.type_of(a) != "PERSON"
                                               and a not in people])
                out.append(one)
            return out
    return [args]


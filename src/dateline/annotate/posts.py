"""Find the posts people hold (title, state, dates) in every construction the news uses.

Title heads come from ``lexicons/titles.jsonl``; the title phrase grows from the head over
its modifiers ("Deputy Foreign Minister", "external economic relations minister") and its
"of"/"to" complement ("Deputy Director of the ... Department", "ambassador to North Korea").
The holder is found by construction: pre-nominal ("Foreign Minister Lena Hartvig"),
appositive ("Tomas Ferreira, rural infrastructure minister"), copular or "as"
phrases ("was appointed ambassador", "served as", "a stint as counsellor-envoy").
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import cast

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.countries import capital_code, org_code, region_code, state_code
from dateline.annotate.nationality import person_state, specialism_field, two_word_state
from dateline.annotate.nlp import (HONORIFICS, QUOTE_MARKS, column, entity_at, sentence_of, title_heads,
                                   tokens_lemmatized, tokens_lowered)
from dateline.lexicons import load_table, word_class, word_map
from dateline.names import given_names

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""

DROP_WORDS = word_class("title_drop_word", WORDS)
"""Words that qualify a mention of a post without being part of the post's name."""
TITLE_ABBREVIATIONS = word_map("title_abbreviation", WORDS)
"""Abbreviated title words and the word a post's title writes out ("sen." -> "senator", "gov." -> "governor")."""

TITLE_MODIFIERS = word_class("title_modifier", WORDS)
"""Words that belong to a post's name whatever part of speech the tagger gives them ("acting president")."""

GENERIC_HEADS = word_class("generic_head", WORDS)
"""Heads too generic to name a post on their own; kept only with a modifier ("military official" is still skipped)."""

HOLDER_VERBS_OBJECT = word_class("holder_verb_object", WORDS)
SUCCESSION_VERBS = word_class("succession_verb", WORDS)
TAKEOVER_VERBS = word_class("takeover_verb", WORDS)
"""Verbs of taking over from someone ("X succeeded Y", "X replaced Y"): X takes the post, Y leaves it."""
COMPLEMENT_HEADS = {"ambassador": ("to",), "ambassadors": ("to",), "envoy": ("to", "for"), "representative": ("to", "for")}
PRONOUNS = word_class("person_pronoun", WORDS)
ANSWERING_VERBS = word_class("answering_verb", WORDS)
"""Verbs that answer another person's act: in "X accepted his resignation", "his" is not X."""


@dataclass(frozen=True, slots=True)
class PostMention:
    """A post found in one text: who, the title phrase, its state, and the sentence."""

    person: str
    title: str
    title_text: str
    country: str | None
    sentence: Span
    verb: Token | None
    unit_index: int
    head: Token | None = None
    """The title's head word ("minister" of "Deputy Foreign Minister"), whose phrase may date the post."""


def _is_head(tok: Token) -> bool:
    return tok.lower_ in title_heads() and tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")


def _left_edge(tok: Token) -> tuple[int, str | None]:
    """Walk left over the title's modifiers; return the first index of the title and the state named on the way."""
    doc = tok.doc
    i = tok.i - 1
    start = tok.i
    country: str | None = None
    while i >= 0:
        t = doc[i]
        if t.text in ("-", "‐") and not t.whitespace_ and i > 0:
            start = i - 1
            i -= 2
            continue
        if t.text in ("'s", "’s"):
            country = country or _country_of_phrase(doc, i - 1)
            break
        two = two_word_state(doc, i)
        if two:
            country = country or two
            break
        if t.ent_type_ in ("NORP", "GPE") or state_code(t.text):
            if not specialism_field(t):  # "a Korea specialist": a field of knowledge, not the post's state
                country = country or _country_of_phrase(doc, i)
            break
        if t.lower_ in TITLE_MODIFIERS:
            start = i
            i -= 1
            continue
        if t.text == "." and i > 0 and not doc[i - 1].whitespace_ and f"{doc[i - 1].lower_}." in TITLE_ABBREVIATIONS:
            # "Lt. Gov. X": the tokenizer splits an abbreviation it does not know from its full stop
            start = i - 1
            i -= 2
            continue
        if t.ent_type_ == "PERSON" or t.is_punct or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        if t.lower_ in DROP_WORDS:
            break
        code = org_code(t.text)
        if code:
            country = country or code
        start = i
        i -= 1
    return start, country


def _country_of_phrase(doc: Doc, i: int) -> str | None:
    if i < 0:
        return None
    ent = entity_at(doc, i)
    text = ent.text if ent is not None else doc[i].text
    # "Kentucky Gov. X": a first-level region's post is its state's
    found = state_code(text) or capital_code(text) or region_code(text) or org_code(text)
    if found is None and ent is not None and ent.label_ not in ("NORP", "GPE"):
        # '"...," Ethiopian Water Minister X said': the tagger may run a demonym into a title as one work of art; the
        # word alone still names its state
        found = state_code(doc[i].text)
    return found


def _right_edge(tok: Token) -> tuple[int, str | None]:
    """Extend over "of X" (and "to X" for envoys); return the end index and a state named there."""
    doc = tok.doc
    end = tok.i + 1
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    head_word = doc[end - 1].lower_
    preps = ("of",) + COMPLEMENT_HEADS.get(head_word, ())
    country = None
    if (end + 1 < len(doc) and doc[end].lower_ in preps and doc[end].lower_ != "of"
            and doc[end + 1].ent_type_ in ("GPE", "LOC", "ORG", "NORP")):
        # "ambassador to New Zealand Henrik Solberg": the named place ends the title, whatever the parse says
        ent = entity_at(doc, end + 1)
        if ent is not None and ent.label_ != "PERSON":
            code = state_code(ent.text)
            if doc[end].lower_ == "of" and code:
                country = code
            return ent.end, country
    if end < len(doc) and doc[end].lower_ in preps:
        prep = doc[end]
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs and objs[0].ent_type_ != "PERSON":
            obj_end = objs[0].i + 1
            code = state_code(doc[prep.i + 1: obj_end].text)
            if prep.lower_ == "of" and code:
                country = code
            elif prep.lower_ == "of":
                for t in doc[prep.i + 1: obj_end]:
                    country = country or (state_code(t.text) if t.ent_type_ in ("NORP", "GPE") else None)
            end = obj_end
    return end, country


def _possessor_state(ui: int, doc: Doc, start: int, actors: Actors) -> str | None:
    """The state of the person whose post it is ("Ruritania's president's chief of staff", "Biden's envoy"): a
    leader's aide, envoy or spokesman serves the leader's state, as the text or the dictionaries give it."""
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return None
    ent = actors.entity_at(ui, doc[start - 2])
    if ent is None:
        return None
    name = actors.get(ent).name
    if actors.type_of(ent) == "PERSON":
        code = actors.country_of(ent) or person_state(name, surname=len(name.split()) == 1)
    elif _country_of_phrase(doc, start - 2) is None:
        # the tagger often reads a leader's surname as a place or a body ("Biden's coordinator"): a listed public
        # figure's name that names no state, capital or body is that figure
        code = person_state(name, surname=len(name.split()) == 1)
    else:
        return None
    if code:
        LOGGER.debug("possessor rule: a post of %s is of %s", actors.get(ent).name, code)
    return code


def _title_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _normalize(text: str) -> str:
    words = [w for w in text.lower().replace("’", "'").split() if w not in DROP_WORDS]
    # "Sen.", "Rep.", "Gov.": a title's abbreviation is written out ("senator")
    words = [TITLE_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words).strip(" ,.")


def find_posts(unit_index: int, unit: Unit, actors: Actors) -> list[PostMention]:
    """Find every (person, post) stated in one text."""
    doc = unit.doc
    found: list[PostMention] = []
    for tok in tokens_lowered(doc, title_heads()):
        if not _is_head(tok) or tok.ent_type_ == "PERSON":
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "‐") and not tok.whitespace_:
            continue  # the head is the last part of a hyphenated title ("counsellor-envoy")
        start, country_left = _left_edge(tok)
        end, country_right = _right_edge(tok)
        if tok.lower_ in GENERIC_HEADS and end <= tok.i + 1 and not any(
                t.pos_ in ("NOUN", "PROPN") or t.lower_ in TITLE_MODIFIERS for t in doc[start:tok.i]):
            continue  # "a career diplomat", "senior military official" name posts; "an able diplomat" does not
        if tok.lower_.endswith("s") and tok.tag_ in ("NNS", "NNPS"):
            continue
        holder, verb = _holder(unit_index, doc, start, end, tok, actors)
        if holder is None:
            # "the deputy trade minister and lead customs negotiator Pavel Ostrander": both posts are his
            for conj in tok.conjuncts:
                if conj.i > tok.i and _is_head(conj):
                    c_start, _ = _left_edge(conj)
                    c_end, _ = _right_edge(conj)
                    holder, verb = _holder(unit_index, doc, c_start, c_end, conj, actors)
                    if holder:
                        break
        if holder is None or actors.type_of(holder) != "PERSON":
            continue
        if not _plausible(doc, start, tok):
            continue
        country = country_left or country_right or _possessor_state(unit_index, doc, start, actors)
        title = _normalize(_title_text(doc, start, end))
        if not title:
            continue
        found.append(PostMention(holder, title, _title_text(doc, start, end), country, sentence_of(tok), verb,
                                 unit_index, tok))
        LOGGER.debug("post %r for %s in %r", title, holder, sentence_of(tok).text)
    found += _institution_posts(unit_index, unit, actors)
    found += _counterparts(unit_index, unit, actors, found)
    return found


def _counterparts(ui: int, unit: Unit, actors: Actors, found: list[PostMention]) -> list[PostMention]:
    """ "his Peruvian counterpart Rosa Almandoz": the counterpart holds the same post as the possessor, elsewhere."""
    out: list[PostMention] = []
    doc = unit.doc
    first_title: dict[str, str] = {}  # each person's first post, read once (not a scan of the posts per word)
    for post in found:
        first_title.setdefault(post.person, post.title)
    for tok in tokens_lowered(doc, COUNTERPART):
        start, country = _left_edge(tok)
        holder, _verb = _holder(ui, doc, start, tok.i + 1, tok, actors)
        owner_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        owner = _person_token(ui, owner_tok, actors) if owner_tok is not None else None
        if holder is None or owner is None or holder == owner:
            continue
        title = first_title.get(owner)
        if title:
            out.append(PostMention(holder, title, doc[start: tok.i + 1].text, country, sentence_of(tok), None, ui, tok))
    return out


COUNTERPART = frozenset({"counterpart"})
INSTITUTIONS = word_class("institution", WORDS)
LEGISLATURES = word_class("legislature", WORDS)
INSTITUTION_VERBS = word_class("institution_verb", WORDS)
NON_POLITICAL = word_class("non_political_modifier", WORDS)
"""Words before a lower-case post that use it in a non-political sense ("a brand ambassador")."""


def _institution_posts(ui: int, unit: Unit, actors: Actors) -> list[PostMention]:
    """Posts told by a verb: "heads the bureau of the ... Authority", "was elected to the Senate in 2010"."""
    doc = unit.doc
    out: list[PostMention] = []
    for verb in tokens_lemmatized(doc, INSTITUTION_VERBS):
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_ == "elect":
            objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                    if g.dep_ == "pobj" and g.lower_ in LEGISLATURES]
            prefix = "member of"
        else:
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in INSTITUTIONS]
            prefix = "head of"
        if not objs:
            continue
        subj = _subject(verb)
        holder = _person_token(ui, subj, actors) if subj is not None else None
        if holder is None:
            continue
        obj = objs[0]
        end = obj.right_edge.i + 1
        comma = next((t.i for t in doc[obj.i: end] if t.text == ","), None)
        phrase = doc[obj.left_edge.i: comma if comma is not None else end]
        title = _normalize(f"{prefix} {phrase.text}")
        country = next((state_code(t.text) for t in phrase if t.ent_type_ in ("NORP", "GPE") and state_code(t.text)),
                       None)
        out.append(PostMention(holder, title, phrase.text, country, sentence_of(verb), verb, ui))
    return out


def _plausible(doc: Doc, start: int, head: Token) -> bool:
    """Refuse lower-case heads used in a non-political sense ("a brand ambassador")."""
    if head.is_title or head.is_upper:
        return True
    left = doc[start:head.i]
    return not any(t.lower_ in NON_POLITICAL for t in left)


def _holder(ui: int, doc: Doc, start: int, end: int, head: Token, actors: Actors) -> tuple[str | None, Token | None]:
    # pre-nominal: "Foreign Minister Lena Hartvig"
    if end < len(doc):
        ent = actors.entity_at(ui, doc[end])
        if ent and doc[end].ent_type_ == "PERSON":
            return ent, None
    # appositive after the name: "Tomas Ferreira, rural infrastructure minister"
    i = start - 1
    while i >= 0 and doc[i].pos_ not in ("VERB", "AUX") and (
            doc[i].lower_ in ("the", "a", "an") or doc[i].ent_type_ in ("GPE", "NORP", "ORG")
            or doc[i].text in ("'s", "’s") or doc[i].lower_ in DROP_WORDS):
        i -= 1
    if i >= 1 and doc[i].text == ",":
        j = i - 1
        while j >= 0 and (doc[j].like_num or doc[j].text == ","):
            j -= 1
        ent = actors.entity_at(ui, doc[j]) if j >= 0 else None
        if ent and doc[j].ent_type_ == "PERSON":
            return ent, None
    # appositive before the name: "Uruguay's attorney general, Lucia Ferrando Ruiz,"
    if end + 1 < len(doc) and doc[end].text == ",":
        j = end + 1
        while j < len(doc) - 1 and doc[j].lower_ in HONORIFICS:
            j += 1
        ent = actors.entity_at(ui, doc[j])
        if ent and doc[j].ent_type_ == "PERSON":
            return ent, None
    return _clausal_holder(ui, head, actors)


def _clausal_holder(ui: int, head: Token, actors: Actors) -> tuple[str | None, Token | None]:
    """Copular and "as" constructions: "X was appointed ambassador", "X served as minister", "a stint as envoy"."""
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "as":
        node = node.head
    elif node.dep_ not in ("attr", "oprd", "xcomp", "appos"):
        return None, None
    verb = node.head
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and hops < 4:
        verb = verb.head
        hops += 1
    if verb.pos_ not in ("VERB", "AUX"):
        return None, None
    if head.dep_ == "appos":
        ent = actors.entity_at(ui, head.head)
        return (ent, None) if ent else (None, None)
    if node.lower_ == "as" and (successor := successor_subject(verb)) is not None:
        # "Mensah succeeded Boateng as speaker", "Mensah, who replaced Boateng as speaker": the successor's post
        ent = _person_token(ui, _antecedent(successor), actors)
        if ent:
            return ent, verb
    if node.lower_ == "as" and verb.lemma_ in HOLDER_VERBS_OBJECT:
        for child in verb.children:
            if child.dep_ == "dobj":
                ent = _person_token(ui, child, actors)
                if ent:
                    return ent, verb
    if node.lower_ == "as":
        # "praised Solberg as a patient negotiator": the as-phrase says something of the object
        for child in verb.children:
            if child.dep_ == "dobj" and _person_token(ui, child, actors):
                return _person_token(ui, child, actors), verb
    subj = _subject(verb)
    if subj is None:
        return None, None
    for other in subj.head.children:
        # "A Korea specialist ..., Matsegora served as ...": of two subjects, the named person
        if other.dep_ in ("nsubj", "nsubjpass") and other.i != subj.i and _person_token(ui, other, actors):
            return _person_token(ui, other, actors), verb
    return _person_token(ui, subj, actors), verb


def names_a_person(subj: Token) -> bool:
    """A subject that is a person: a name, "he" / "she", or the relative pronoun of a clause about a named person
    ("Mensah, who succeeded Boateng")."""
    if subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"):
        return True
    verb = subj.head
    return subj.lower_ in ("who", "that") and verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON"


SPECULATIVE_LEMMAS = word_class("speculative_lemmas")
"""Words that make a clause speculation ("is expected to succeed"): a succession they govern names no successor."""


def successor_subject(verb: Token) -> Token | None:
    """The subject of a verb of succession when it names a person ("Mensah replaced Boateng"): the one who takes the
    post. None for another verb, or for a body that replaces someone ("the cabinet replaced Boateng")."""
    if verb.lemma_ not in SUCCESSION_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "Boateng was replaced by his deputy, Mensah" (or "resigned and was replaced by ..."): the agent takes it
        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj" and (names_a_person(g) or _named_in_apposition(g))), None)
    subject, clause = next((c for c in verb.children if c.dep_ == "nsubj"), None), verb
    while subject is None and clause.head.i != clause.i and (clause.dep_ in ("xcomp", "acomp") or clause.dep_ == "advcl"
                                                              and any(c.lower_ == "to" for c in clause.children)):
        # "Durbin was unopposed to replace Reid", "Mensah was chosen to succeed Boateng": the controller's subject;
        # "is expected to succeed", "is likely to replace" tell speculation, no succession
        clause = clause.head
        if clause.lemma_.lower() in SPECULATIVE_LEMMAS:
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "her deputy, Mensah, will replace Boateng": a post named by its holder in apposition
    return subject if subject is not None and (names_a_person(subject) or _named_in_apposition(subject)) else None


def _named_in_apposition(noun: Token) -> bool:
    """Whether a common noun is named by an apposition ("his deputy, Mensah")."""
    return any(c.dep_ == "appos" and names_a_person(c) for c in noun.children)


def predecessor_object(verb: Token) -> Token | None:
    """The person a post is taken over from ("Mensah took over from Boateng as chairman"): the one who leaves it;
    None for another verb or for a body or a state ("took over from the army")."""
    if verb.lemma_ not in TAKEOVER_VERBS or verb.pos_ != "VERB" or not any(
            c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return None
    # the small model may tag a name after "from" as a place or building: any name that is no state or body counts
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pobj" and (names_a_person(g) or g.pos_ == "PROPN"
                                          and g.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"))), None)


def replacement_object(verb: Token) -> Token | None:
    """The person one puts in another's place ("replaced the minister with Ana Vidal", or with a post named by its
    holder in apposition: "replaced him with his deputy, Ana Vidal"): the one who takes the post; None for another verb
    or for a thing ("replaced the law with a decree", "replaced the minister with a committee")."""
    if verb.lemma_.lower() != "replace" or verb.pos_ != "VERB" or not any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj" and (names_a_person(g) or _named_in_apposition(g))), None)


def _subject(verb: Token) -> Token | None:
    """The one a post's verb is about: its subject, or the subject of the clause it hangs from; for an infinitive
    under a verb with a person object, that object ("left Culture Minister Reis to serve as acting premier", "asked
    Boateng to lead the ministry": Reis and Boateng take the post, not the one who left or asked; issue 14)."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return _antecedent(child)
        controller = _object_controller(verb)
        if controller is not None:
            return controller
        if verb.dep_ in ("conj", "xcomp", "advcl", "relcl") and verb.head.i != verb.i:
            if verb.dep_ == "relcl":
                return verb.head
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "became governor in 2019 after serving as finance minister": the clause's subject
        else:
            return None
    return None


def _object_controller(verb: Token) -> Token | None:
    """The person object of the verb an infinitive complement hangs from ("leaving Reis to serve"), or None."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her"))), None)


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("X, who has been governor since 2016", "X, whom Y removed as
    minister"), climbing from a title's complement to the name it describes ("X, the envoy to Canada, who
    was finance minister"); any other token is itself."""
    verb = tok.head
    if tok.tag_ != "WP" or verb.dep_ != "relcl":
        return tok
    node = verb.head
    for _ in range(6):
        if node.ent_type_ == "PERSON" or node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            break
        node = node.head
    return node


def _person_token(ui: int, tok: Token, actors: Actors) -> str | None:
    tok = _antecedent(tok)
    ent = actors.entity_at(ui, tok)
    if ent and actors.type_of(ent) == "PERSON":
        return ent
    if tok.lower_ in PRONOUNS:
        return previous_person(ui, tok, actors)
    for child in tok.children:
        if child.dep_ in ("compound", "appos"):
            ent = actors.entity_at(ui, child)
            if ent and actors.type_of(ent) == "PERSON":
                return ent
    return None


MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
GENDERED_PRONOUNS = MASCULINE | FEMININE
REFLEXIVES = frozenset({"himself", "herself"})
HE_SHE_IDS = (get_string_id("he"), get_string_id("she"))
"""The string ids of "he" and "she" (a token's ``LOWER``), in that order."""


def gender_of(ui: int, doc: Doc, actors: Actors) -> Mapping[str, str]:
    """People whose gender the text states: an honorific or title before the name ("Mrs", "spokeswoman"), or a
    pronoun of their own clause ("Wanjiru said her government ..."); ``lexicons/gender_words.tsv``. Where the
    text states nothing, the sex name registers give the first name (``lexicons/given_names.tsv``); where they
    give nothing either, a "he" or "she" written while only one person had been named guesses that person's.

    Computed once per text and kept, read-only, in ``Doc.user_data`` (handed out as is: a copy per
    pronoun made a long page quadratic, issue 16).
    """
    key = f"dateline.genders.{ui}"
    if key in doc.user_data:
        return cast(Mapping[str, str], doc.user_data[key])
    words = {row[0]: row[1] for row in load_table("gender_words")}
    votes: dict[str, list[str]] = {}
    guesses: dict[str, list[str]] = {}
    people_so_far: set[str] = set()
    # by index: a Token is built only for the first word of each mention of a person
    for i, low in enumerate(column(doc, LOWER)):
        ent = actors.entity_at_index(ui, i)
        if ent and actors.type_of(ent) == "PERSON":
            people_so_far.add(ent)
        elif low in HE_SHE_IDS and len(people_so_far) == 1:
            # a pronoun when only one person has been named yet most likely means that person; but it may mean
            # someone the text leaves unnamed ("a nurse said he ..."), so this guess comes after the name registers
            guesses.setdefault(next(iter(people_so_far)), []).append("m" if low == HE_SHE_IDS[0] else "f")
        if not ent or actors.type_of(ent) != "PERSON" or (i > 0 and actors.entity_at_index(ui, i - 1) == ent):
            continue
        tok = doc[i]
        for prev in doc[max(0, tok.i - 2):tok.i]:
            word = prev.lower_.rstrip(".")
            if word in words and prev.lower_ not in GENDERED_PRONOUNS:
                votes.setdefault(ent, []).append(words[word])
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            verb = head.head
            others = [t for t in verb.subtree if t.ent_type_ == "PERSON" and actors.entity_at(ui, t) not in (None, ent)]
            if not others:
                for t in verb.subtree:
                    # "her government", "defended himself": the subject's own; an object pronoun is someone
                    # else ("Otieno greeted her" says nothing of Otieno)
                    if t.lower_ in words and t.lower_ in GENDERED_PRONOUNS and (
                            t.dep_ == "poss" or t.lower_ in REFLEXIVES):
                        votes.setdefault(ent, []).append(words[t.lower_])
    genders = _majority(votes)
    for ent in people_so_far - genders.keys():
        if (by_name := _gender_of_given_name(actors.get(ent).name)) is not None:
            genders[ent] = by_name
    for ent, guessed in _majority(guesses).items():
        genders.setdefault(ent, guessed)
    view = doc.user_data[key] = MappingProxyType(genders)
    return view


def _majority(votes: dict[str, list[str]]) -> dict[str, str]:
    """The gender most votes give each person, where the votes are not tied."""
    return {e: max(set(v), key=v.count) for e, v in votes.items() if len(set(v)) == 1 or v.count("f") != v.count("m")}


def _gender_of_given_name(name: str) -> str | None:
    """The sex the name registers give a full name's first word ("Grace Wanjiru" -> f), or None.

    Only names of two words or more: a surname alone ("Wanjiru said") says nothing. The text's own
    evidence (a title, a pronoun) always comes first; this is the last resort of ``gender_of``.
    """
    words = name.split()
    if len(words) < 2:
        return None
    return given_names().get(words[0].lower())


def previous_person(ui: int, tok: Token, actors: Actors) -> str | None:
    """Resolve "he"/"she" to a person: a subject earlier in its sentence, else the most mentioned person nearby.

    Nearby is the pronoun's sentence and the three before it; salience (mentions in the document)
    breaks ties, then recency; people of the other gender (``gender_of``) are skipped.
    """
    doc = tok.doc
    sent = sentence_of(tok)
    wanted = "m" if tok.lower_ in MASCULINE else "f" if tok.lower_ in FEMININE else None
    # "she" is never a man the text calls "Mr" or "his"
    genders = gender_of(ui, doc, actors) if wanted else {}
    # an object pronoun never means its own clause's subject ("Kim called in Zinoviev and told him")
    banned: set[str] = set()
    is_object = tok.dep_ in ("dobj", "dative", "pobj", "iobj")
    if is_object:
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        while verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "held talks with him", "signed a deal on arms with him": the clause's verb
        # a coordinated verb shares its head's subject only when it has none of its own: in "X served as minister,
        # and courts have convicted him" the courts convicted, and "him" may well be X
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        for child in [*verb.children, *(verb.head.children if verb.dep_ == "conj" and not own else [])]:
            if child.dep_ in ("nsubj", "nsubjpass"):
                banned.update(e for t in child.subtree if (e := actors.entity_at(ui, t)))
    elif tok.dep_ == "poss" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in ANSWERING_VERBS:
        # "the president accepted his resignation", "rejected her offer": one answers another person's act
        banned.update(e for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      for t in c.subtree if (e := actors.entity_at(ui, t)))
        is_object = True  # with no other subject before it in its sentence, the nearest other person there
    elif tok.dep_ == "nsubj":
        banned.update(_quoted_before(ui, tok, actors))
    if tok.lower_ in MASCULINE | FEMININE:
        banned.update(_speaker_of_quote(ui, tok, actors))
    for i in range(tok.i - 1, sent.start - 1, -1):
        ent = actors.entity_at_index(ui, i)
        if (ent and actors.type_of(ent) == "PERSON" and _subject_like(doc[i])
                and ent not in banned and genders.get(ent, wanted) == wanted):
            return _continued_object(ui, tok, i, wanted, actors) or ent
    if is_object:
        # an object pronoun with no subject before it in its sentence: the nearest other person there
        # ("Boluarte, who replaced Castillo after Congress removed him" is Castillo)
        for i in range(tok.i - 1, sent.start - 1, -1):
            ent = actors.entity_at_index(ui, i)
            if ent and actors.type_of(ent) == "PERSON" and ent not in banned and genders.get(ent, wanted) == wanted:
                return ent
    window_start = sent.start
    for _ in range(3):
        if window_start == 0:
            break
        window_start = sentence_of(doc[window_start - 1]).start
    seen: dict[str, int] = {}
    subjects: set[str] = set()
    for i in range(window_start, tok.i):
        ent = actors.entity_at(ui, doc[i]) or _subject_pronoun_referent(ui, doc[i], wanted, actors)
        owner = is_object and _owns_described_subject(doc[i])
        if ent is None and owner and doc[i].lower_ in (MASCULINE if wanted == "m" else FEMININE):
            ent = previous_person(ui, doc[i], actors)  # "His lawyer, X, said ...": whose lawyer
        if ent and actors.type_of(ent) == "PERSON" and ent not in banned and genders.get(ent, wanted) == wanted:
            seen[ent] = i
            if owner or (_names_subject(doc[i]) and not (is_object and _described_by_another(doc[i]))):
                subjects.add(ent)
    if not seen:
        return None
    # centering: the latest subject first; with no subject around, the most mentioned person, then the latest
    if subjects:
        return max(subjects, key=lambda e: seen[e])
    return max(seen, key=lambda e: (len(actors.get(e).spans), seen[e]))



QUOTING_LEMMAS = word_class("reporting_lemmas")
"""Saying verbs whose subject speaks the quotation they follow ("'...,' Oster said")."""


def _speaker_of_quote(ui: int, tok: Token, actors: Actors) -> set[str]:
    """The people who speak a quotation a third-person pronoun sits in, named after it in its sentence ("'He has lied
    to this house,' Oster said"): a speaker tells of himself as "I", so "he" is someone else (the person named before,
    whom the speaker talks about)."""
    doc, sent = tok.doc, sentence_of(tok)
    if sum(1 for i in range(sent.start, tok.i) if doc[i].text in QUOTE_MARKS) % 2 == 0:
        return set()
    close = next((i for i in range(tok.i + 1, sent.end) if doc[i].text in QUOTE_MARKS), None)
    if close is None:
        return set()
    out: set[str] = set()
    for verb in (doc[i] for i in range(close + 1, sent.end)):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in QUOTING_LEMMAS:
            out.update(e for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                       if (e := actors.entity_at(ui, t)) and actors.type_of(e) == "PERSON")
    return out


def _quoted_before(ui: int, tok: Token, actors: Actors) -> set[str]:
    """The people named inside a quotation that ends before a subject pronoun in its sentence: in "'A is the worst of
    the worst,' he told the jury" the speaker talks about A, so "he" is someone else (the speaker named before)."""
    doc = tok.doc
    marks = [i for i in range(sentence_of(tok).start, tok.i) if doc[i].text in QUOTE_MARKS]
    if len(marks) < 2:
        return set()
    return {e for i in range(marks[0] + 1, marks[-1]) if (e := actors.entity_at_index(ui, i))}


def _continued_object(ui: int, tok: Token, start: int, wanted: str | None, actors: Actors) -> str | None:
    """ "A freed him in 2015, but a judge overturned the release and he returned to jail": a subject pronoun of a
    clause coordinated with one whose object is a pronoun of its gender continues that pronoun's person (the one the
    text goes on about, named by pronouns), not the subject named before it. Only across coordination: in "A told him
    that he would come" the pronoun of the complement stays A's."""
    if wanted is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = tok.doc
    for j in range(start + 1, tok.i):
        obj = doc[j]
        if obj.dep_ not in ("dobj", "dative", "iobj") or obj.lower_ not in (MASCULINE if wanted == "m" else FEMININE):
            continue
        verb, node = obj.head, tok.head
        while node.i != verb.i and node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.i == verb.i:
            person = previous_person(ui, obj, actors)
            if person is not None:
                return person
    return None


def _names_subject(tok: Token) -> bool:
    """Whether a token names a clause's subject: the subject, a word of its name, or the name set beside a described
    subject ("Kenya's ruler, General A, told B ...": A is the subject, B the object); not a name listed after a count
    ("five were killed, among them A": A is one of them, not what the text goes on about)."""
    if tok.dep_ == "compound":
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _owns_described_subject(tok: Token) -> bool:
    """Whether a token is the possessor of a subject a name is set beside: "His lawyer, A, said ...", "B's spokesman,
    A, told ...". The text still goes on about the possessor; A is told as someone's lawyer or spokesman."""
    return (tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "appos" for c in tok.head.children))


def _described_by_another(tok: Token) -> bool:
    """Whether a name is set beside a noun another person owns ("His lawyer, A, said", "B's spokesman, A"): for an
    object pronoun after it ("Prosecutors charged him"), A is the possessor's helper, not the one the text goes on
    about (a subject pronoun, "He said his client ...", may well continue A)."""
    if tok.dep_ == "compound":
        tok = tok.head
    return tok.dep_ == "appos" and any(c.dep_ == "poss" for c in tok.head.children)


def _subject_like(tok: Token) -> bool:
    """A subject, or the possessor of one: "Yoon's fall began when he declared ..." goes on about Yoon."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"))


PRONOUN_REFERENTS_KEY = "dateline.pronoun_referents"


def _subject_pronoun_referent(ui: int, tok: Token, wanted: str | None, actors: Actors) -> str | None:
    """The person an earlier subject "he" / "she" of the same gender refers to, so that a chain of pronouns keeps its
    centre: in "Medina won in 1990. In 1992 he shut Congress. His forces captured Arce. He was arrested in 2005",
    the last "he" continues the subject "he" before it, not the object Arce. Each pronoun is resolved once per
    document (cached), so a long chain costs one look-up per pronoun."""
    if wanted is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if tok.lower_ not in (MASCULINE if wanted == "m" else FEMININE):
        return None
    cache = tok.doc.user_data.setdefault(PRONOUN_REFERENTS_KEY, {})
    key = (ui, tok.i)
    if key not in cache:
        cache[key] = None  # a cycle guard while this pronoun is being resolved
        cache[key] = previous_person(ui, tok, actors)
    return cast("str | None", cache[key])


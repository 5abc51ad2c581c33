"""Characterisations that condemn (``annotate/evaluation.py``) and the events they give; invented examples."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.language import Language

from dateline.annotate.evaluation import belittles, condemns, negative, praises
from dateline.annotate.event_records import Trigger
from dateline.annotate.events import _praising_call
from dateline.model import Document

from event_helpers import countries, of_type

Annotate = Callable[..., Document]


def test_negative_words_come_from_vader_and_the_word_class() -> None:
    assert negative("hostile")  # VADER -1.6
    assert negative("short-sighted")  # VADER -1.2, a hyphenated compound
    assert negative("groundless")  # the project's negative_evaluations class
    assert not negative("reliable") and not negative("step")


@pytest.mark.parametrize("text, bad", [
    ("Oslo called the decision a reckless step.", True),
    ("Oslo called the decision deeply regrettable.", True),
    ("Oslo described the verdict as groundless.", True),
    ("Oslo described Lima as a reliable partner.", False),
    ("Oslo called the attack on the convoy a turning point.", False),  # the object's own word does not count
    ("Oslo called the talks a step towards ending the war.", False),  # nor a phrase the predicate's noun takes
])
def test_what_a_verb_of_calling_says_its_object_is(nlp: Language, text: str, bad: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ in ("call", "describe"))
    assert condemns(verb) is bad


@pytest.mark.parametrize("text, good", [
    ("Quito described the late envoy as a wise diplomat and a loyal friend of Ecuador.", True),
    ("Quito called the outgoing ambassador a great partner.", True),
    ("Quito called the talks important.", False),  # VADER 0.8: too faint to praise
    ("Quito called the raid a great betrayal.", False),  # a bad word outweighs a good one
    ("Quito described the verdict as groundless.", False),
])
def test_what_a_verb_of_calling_praises(nlp: Language, text: str, good: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ in ("call", "describe"))
    assert praises(verb) is good


def test_an_accusation_read_on_a_praising_call_is_dropped(nlp: Language) -> None:
    """The learned decision may read a verb of calling as an accusation whatever it says (issue 12); a praising one
    tells none."""
    doc = nlp("Quito described the late envoy as a wise diplomat and a loyal friend of Ecuador.")
    verb = next(t for t in doc if t.lemma_ == "describe")
    assert _praising_call(Trigger("model.describe", "ACCUSE", "disapprove", verb, False, {}), nlp)
    assert not _praising_call(Trigger("model.describe", "SUPPORT", None, verb, False, {}), nlp)
    doc = nlp("Quito described the verdict as groundless.")
    verb = next(t for t in doc if t.lemma_ == "describe")
    assert not _praising_call(Trigger("accuse.call_unacceptable", "ACCUSE", "disapprove", verb, False, {}), nlp)


def test_a_condemning_characterisation_is_an_accusation(annotate_text: Annotate) -> None:
    doc = annotate_text("Hungary on Monday described the Slovak decision as unfounded and reprehensible.")
    (accuse,) = of_type(doc, "ACCUSE")
    assert accuse.mode == "disapprove"
    assert countries(doc, accuse.source) == {"HUN"}


def test_a_praising_characterisation_is_no_accusation(annotate_text: Annotate) -> None:
    doc = annotate_text("Hungary on Monday described Slovakia as a reliable partner.")
    assert not of_type(doc, "ACCUSE")


def test_diplomats_forced_out_are_expelled_not_deported(annotate_text: Annotate) -> None:
    doc = annotate_text("Ethiopia kicked out three Kenyan diplomats on Monday.")
    (expel,) = of_type(doc, "SANCTION")
    assert expel.mode == "expel" and not of_type(doc, "COERCE")
    assert countries(doc, expel.target) == {"KEN"}


def test_a_raid_on_premises_is_coercion_and_one_on_a_village_is_not(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan police searched the offices of an opposition newspaper on Monday.")
    (search,) = of_type(doc, "COERCE")
    assert search.mode == "seize" and countries(doc, search.source) == {"KEN"}
    assert not of_type(annotate_text("Kenyan police searched the forest for the missing hikers."), "COERCE")


def test_what_a_quoted_judgement_judges_is_its_target(annotate_text: Annotate) -> None:
    """"'X is unacceptable,' Y said": X is accused, Y accuses (not the other way round)."""
    doc = annotate_text("\"The Iranian proposal is plainly unacceptable,\" Prime Minister Tomas Varga told journalists on "
                        "Monday.")
    for accuse in of_type(doc, "ACCUSE"):
        assert countries(doc, accuse.target) == {"IRN"}
        assert "IRN" not in countries(doc, accuse.source)


def test_a_stance_adjective_keeps_its_subject_as_the_accuser(annotate_text: Annotate) -> None:
    doc = annotate_text("Hungary was highly critical of the Slovak decision on Monday, the ministry said.")
    for accuse in of_type(doc, "ACCUSE"):
        assert "HUN" not in countries(doc, accuse.target)


def test_a_plural_insult_is_read_as_its_singular(nlp: Language) -> None:
    """VADER rates some plurals far milder than their singular ("fascists" -0.8, "fascist" -2.6)."""
    verb = next(t for t in nlp("The premier branded the strikers fascists.") if t.lemma_ == "brand")
    assert condemns(verb)


@pytest.mark.parametrize("text, bad", [
    ("The Chilean president dismissed the opposition leaders as irrelevant.", True),
    ("Premier Ilse Varga on Monday dismissed the Hungarian delegation as ornamental.", True),
    ("Lisbon dismissed the proposal as unrealistic.", False),  # a proposal is no actor: a rejection
    ("The cabinet dismissed Joana Reis as finance minister.", False),  # a post: a sacking
])
def test_a_dismissal_that_belittles_an_actor(nlp: Language, text: str, bad: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "dismiss")
    assert belittles(verb) is bad


def test_dismissing_a_delegation_as_slight_is_criticism_not_rejection(annotate_text: Annotate) -> None:
    doc = annotate_text("Finnish Prime Minister Aino Lehtola on Monday dismissed the Estonian delegation as ornamental.")
    (accuse,) = of_type(doc, "ACCUSE")
    assert accuse.mode == "disapprove" and countries(doc, accuse.target) == {"EST"}
    assert not of_type(doc, "REJECT")


def test_dismissing_envoys_as_irrelevant_is_criticism_and_a_claim_dismissed_is_rejection(annotate_text: Annotate) -> None:
    # the rejection's entry for "dismiss" is binding: the learned decision does not read a belittled actor as rejected
    doc = annotate_text("President Marta Novak dismissed the Slovak envoys as irrelevant on Thursday.")
    assert [e.type for e in doc.events] == ["ACCUSE"]
    doc = annotate_text("Prague dismissed the Slovak complaint as groundless on Thursday.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_a_state_body_said_to_act_against_interests_is_accused(annotate_text: Annotate) -> None:
    """A reported judgement of "the Belgian government" (a collective a state picks out), in the formal wording of a
    breach."""
    doc = annotate_text("Chad's junta said on Friday that Belgian diplomats had behaved contrary to the norms of diplomacy.")
    assert of_type(doc, "ACCUSE")


@pytest.mark.parametrize(("text", "judged"), [
    # a state's body picked out by "the", failing someone or a duty
    ("Deputy Ana Torres said that the government had failed in its duty to shelter the evacuees.", True),
    ("He said the cabinet lacked the courage to cut fuel subsidies.", True),
    ("She said the regime had betrayed the dockworkers of Porto Verde.", True),
    ("She said the ministry had neglected its obligations to the settlers.", True),
    # a post's act judged ("the judge's ruling"), and a body's act
    ("The lawyer said that the judge's ruling was unlawful.", True),
    ("He said that the council's handling of the fire was disgraceful.", True),
    # failing with no one wronged, a forecast, a lack that judges nobody, a neutral word
    ("She said the team had failed to score after the break.", False),
    ("He said the crops had failed in the dry north.", False),
    ("She said the government would fail the voters if it raised taxes.", False),
    ("He said the swimmer lacked the strength to finish.", False),
    ("She said the government was busy with the budget.", False),
    ("He said that the court's ruling was expected in May.", False),
])
def test_a_reported_failing_or_a_body_s_act_judges_its_actor(nlp: Language, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_subject  # noqa: PLC0415

    clause = next(t for t in nlp(text) if t.dep_ == "ccomp")
    assert judges_subject(clause) is judged


def test_a_reported_failing_of_the_government_is_an_accusation(annotate_text: Annotate) -> None:
    doc = annotate_text("Opposition leader Tomas Varga said on Monday that the government had failed the families "
                        "of the flood victims.")
    assert [e.mode for e in of_type(doc, "ACCUSE")] == ["disapprove"]


def test_a_judgement_put_forward_as_shown_accuses_the_judged_body(annotate_text: Annotate) -> None:
    doc = annotate_text("Floods hit Norway for a week. The Green spokesman, Ivo Renner, said on Monday: \"This audit "
                        "shows that this government lacks the courage to act on flood defences.\"")
    [accusation] = of_type(doc, "ACCUSE")
    assert countries(doc, accusation.target) == {"NOR"}


@pytest.mark.parametrize(("text", "judged"), [
    ("'This is an insult to our people,' the envoy said of the premier's conduct.", "premier"),
    ("\"It was shameful,\" Senator Alma Reyes said on Monday of Governor Omar Tiles.", "Tiles"),
    ("'It was a long and tiring day,' she said of the talks.", None),
    ("'It is a tragedy,' he said of the governor's death.", None),
])
def test_a_quoted_judgement_said_of_an_actor(nlp: Language, text: str, judged: str | None) -> None:
    from dateline.annotate.evaluation import judged_of  # noqa: PLC0415

    verb = next(t for t in nlp(text) if t.lemma_ == "say")
    found = judged_of(verb)
    assert (found.text if found is not None else None) == judged


@pytest.mark.parametrize(("text", "judged"), [
    ("Defence chief Mara Quist said they believe Judge Tomas Hale's bail ruling was improper.", True),
    ("Lawyer Ben Ortiz said he thinks the court's decision was unlawful.", True),
    ("Pollster Ana Lind said voters believe the government was reckless.", False),
    ("She said the audit might show that the ministry had failed the pensioners.", False),
])
def test_a_judgement_the_speaker_s_side_believes_is_the_speaker_s(nlp: Language, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_in_clause  # noqa: PLC0415

    said = next(t for t in nlp(text) if t.lemma_ == "say")
    assert any(judges_in_clause(c) for c in said.children if c.dep_ == "ccomp") is judged


@pytest.mark.parametrize("text, judged", [
    ("Minister Ola Brun said Governor Ivar Petko had failed to protect the coastal villages.", True),
    ("Minister Ola Brun said Governor Ivar Petko had failed to control prices in the capital.", True),
    ("Minister Ola Brun said Governor Ivar Petko had misled the regional assembly.", True),
    ("Minister Ola Brun said Governor Ivar Petko had failed to win a majority in the assembly.", False),
    ("Minister Ola Brun said Governor Ivar Petko would fail to protect the villages.", False),
])
def test_a_duty_left_undone_judges_the_named_actor(nlp: Language, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_subject
    said = next(t for t in nlp(text) if t.lemma_ == "say")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    assert judges_subject(clause) is judged


@pytest.mark.parametrize("text, judged", [
    ("Minister Ola Brun said Governor Ivar Petko had done a terrible job in the capital.", True),
    ("Minister Ola Brun said Governor Ivar Petko had lied to the regional assembly.", True),
    ("Minister Ola Brun said Governor Ivar Petko had done a wonderful job in the capital.", False),
    ("Minister Ola Brun said Governor Ivar Petko would do a terrible job in the capital.", False),
])
def test_work_done_badly_and_a_lie_judge_the_named_actor(nlp: Language, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_subject
    said = next(t for t in nlp(text) if t.lemma_ == "say")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    assert judges_subject(clause) is judged


@pytest.mark.parametrize("text, praised", [
    ("Governor Ivar Petko has done a magnificent job.", True),
    ("Governor Ivar Petko has done a terrible job.", False),
    ("Governor Ivar Petko will do a magnificent job.", False),
    ("Governor Ivar Petko has done the dishes.", False),
])
def test_work_done_well_praises_its_doer(nlp: Language, text: str, praised: bool) -> None:
    from dateline.annotate.evaluation import praised_predicate
    assert praised_predicate(next(t for t in nlp(text) if t.lemma_ == "do" and t.dep_ == "ROOT")) is praised


@pytest.mark.parametrize("text, judged", [
    ("Minister Ola Brun said Governor Ivar Petko had done too little to help the flood victims.", True),
    ("Minister Ola Brun said Governor Ivar Petko had done nothing to stop the violence.", True),
    ("Minister Ola Brun said Governor Ivar Petko had mishandled the crisis.", True),
    ("Minister Ola Brun said Governor Ivar Petko had done nothing wrong.", False),
    ("Minister Ola Brun said the plea by Ivar Petko did nothing to dent the case.", False),
])
def test_scant_or_bungled_work_judges_the_named_actor(nlp: Language, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_subject
    said = next(t for t in nlp(text) if t.lemma_ == "say")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    assert judges_subject(clause) is judged


@pytest.mark.parametrize("text, judged", [
    ("Minister Ola Brun said Governor Ivar Petko was not taking sufficient steps to guard the coast.", True),
    ("Minister Ola Brun said Governor Ivar Petko had not done enough for the farmers.", True),
    ("Minister Ola Brun said Governor Ivar Petko did not have enough doctors.", False),
    ("Minister Ola Brun said Governor Ivar Petko would not do enough for the farmers.", False),
])
def test_falling_short_judges_the_named_actor(nlp: Language, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_subject
    said = next(t for t in nlp(text) if t.lemma_ == "say")
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    assert judges_subject(clause) is judged


def test_a_grievance_claimed_of_a_named_actor_accuses_it(annotate_text: Annotate) -> None:
    doc = annotate_text("Senator Ida Holm complained on Monday that Governor Rolf Aune had mishandled the crisis.")
    by_id = {e.id: e.name for e in doc.entities}
    assert any({by_id[i] for i in e.source} == {"Ida Holm"} and {by_id[i] for i in e.target} == {"Rolf Aune"}
               for e in of_type(doc, "ACCUSE")), doc.events

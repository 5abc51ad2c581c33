"""Event nouns that tell no occurrence: an act guarded against, a description of a name, a noun that names the kind
of the noun after it (annotate/standing_nouns.py, real-page audit class "non-events"). Every sentence here is
invented."""

from __future__ import annotations

from typing import Any

from dateline.annotate.eventcat import Candidate, default_model_dir, load_model
from dateline.annotate.events import _learned_triggers
from dateline.annotate.standing_nouns import describes_a_name, guarded_against, modifies_a_thing, names_an_era
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_protection_against_shelling_is_no_shelling(annotate_text: Any) -> None:
    doc = annotate_text("The camp offers little protection against Russian shelling, residents said.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_a_measure_of_protection_to_villagers_against_shelling(annotate_text: Any) -> None:
    doc = annotate_text("The checkpoints and drone patrols offer a small degree of protection to the villagers "
                        "against Russian shelling and other attacks in the area, the priest said.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_an_operation_described_in_apposition_is_no_attack(annotate_text: Any) -> None:
    doc = annotate_text("Colonel Ana Diop, a spokeswoman for Barkhane, the French military operation against "
                        "jihadists in the Sahel, said the base would stay.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_shelling_told_as_done_stays(annotate_text: Any) -> None:
    doc = annotate_text("Russian troops shelled Kharkiv on Monday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_the_parse_readers(nlp: Any) -> None:
    doc = nlp("Refugees sought immunity from arrest. Police arrested the refugees.")
    arrest = next(t for t in doc if t.text == "arrest")
    assert guarded_against(arrest)
    assert not guarded_against(next(t for t in doc if t.text == "arrested"))
    dated = nlp("Desert Hawk, the 2011 Chadian offensive against the rebels, ended in May.")
    assert not describes_a_name(next(t for t in dated if t.text == "offensive"))
    dated = nlp("Desert Hawk, the Chadian offensive against the rebels in March 2011, ended in May.")
    assert not describes_a_name(next(t for t in dated if t.text == "offensive"))
    assert describes_a_name(next(t for t in nlp("Desert Hawk, the Chadian offensive against the rebels, ended.")
                                 if t.text == "offensive"))


def test_the_inquiry_is_the_act_not_the_impeachment_before_it(annotate_text: Any) -> None:
    """ "Impeachment" names what the inquiry is about: the inquiry is the investigation, told once, on its own word."""
    doc = annotate_text("Hungary's impeachment inquiry into President Lena Varga entered its third week on Monday.")
    assert [(e.mode, e.trigger) for e in of_type(doc, "ACCUSE")] == [("investigate", "inquiry")], _types(doc)


def test_an_invasion_force_is_no_invasion(annotate_text: Any) -> None:
    doc = annotate_text("Turkey began pulling part of its invasion force out of northern Iraq on Monday, officials in "
                        "Ankara said.")
    assert not of_type(doc, "ASSAULT"), _types(doc)
    assert of_type(doc, "RETREAT"), _types(doc)


def _decided(nlp: Any, text: str, word: str) -> list[tuple[str, str]]:
    """The model triggers of ``text`` when the model types ``word`` (a noun) COERCE for sure."""
    model = load_model(str(default_model_dir()))
    assert model is not None
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    doc._.event_candidates = [Candidate(tok.i, "COERCE", 0.99, "asserted", 0.99)]
    return [(t.type, t.token.text) for t in _learned_triggers(doc, [], {}, model)]


def test_a_noun_naming_the_kind_of_a_place_is_no_act(nlp: Any) -> None:
    assert _decided(nlp, "Cameras failed at three jails, among them the Lyon detention centre.", "detention") == []


def test_a_light_head_keeps_the_act_of_its_modifier(nlp: Any) -> None:
    """ "A detention drive", "a mediation mission": the head only carries the act its modifier names."""
    assert _decided(nlp, "Police in Lyon began a detention drive against street vendors on Monday.", "detention") == [
        ("COERCE", "detention")]


def test_the_modifier_reader(nlp: Any) -> None:
    doc = nlp("The war crimes tribunal sat in Arusha. Norway sent a mediation mission. Chad deployed assault troops.")
    words = {t.text: t for t in doc}
    assert modifies_a_thing(words["war"]) and modifies_a_thing(words["assault"])
    assert not modifies_a_thing(words["mediation"]) and not modifies_a_thing(words["tribunal"])


def _word(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def test_a_named_war_a_clause_is_set_in_is_its_frame(nlp: Any) -> None:
    """The war a territory changed hands in, or that a state of affairs dates from, is history the story sets its act
    by, not a new attack (real pages: a named war read as an assault beside the seizure told in the same clause)."""
    took = "Turkey took control of the port, vital to its trade, in the 1974 Cyprus War."
    assert names_an_era(_word(nlp, took, "War"))
    assert names_an_era(_word(nlp, "Oman has kept the garrison near Salalah since the Dhofar War.", "War"))
    # a name the tagger takes for a body's still frames the clause when a preposition of time governs it
    assert names_an_era(_word(nlp, "Prices rose amid the Saffron Uprising in Yangon.", "Uprising"))


def test_an_event_named_as_what_is_done_or_in_lower_case_is_no_frame(nlp: Any) -> None:
    assert not names_an_era(_word(nlp, "Chile seized the port from Peru in the 1879 war.", "war"))
    assert not names_an_era(_word(nlp, "Police let the imam hold the Shan Rally in Lahore.", "Rally"))
    assert not names_an_era(_word(nlp, "She received the Nobel Peace Prize in Oslo in 2019.", "Prize"))

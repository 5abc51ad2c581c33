"""The state behind a state organ named without its state (annotate/organs.py,
``roles_courts._role_unnamed_state_body``): the place that modifies the organ, the place of the act, the same kind of
organ named before with its state, the story's dateline, the one state the story is about; a court's ruling befalls the
one it names; no state deports its own people. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import countries, names, of_type

from dateline.annotate.countries import region_code


def _sides(doc: Any) -> list[tuple[str, str | None, set[str | None], set[str | None]]]:
    return [(e.type, e.trigger, countries(doc, e.source), countries(doc, e.target)) for e in doc.events]


def test_police_of_a_us_state_are_the_usas(annotate_text: Any) -> None:
    doc = annotate_text("Police in Arizona detained the three brothers in the desert on June 3 and deported them to "
                        "Honduras.", published="2025-11-20")
    [deport] = [e for e in of_type(doc, "COERCE") if e.mode == "deport"]
    assert countries(doc, deport.source) == {"USA"}, _sides(doc)


def test_the_datelines_city_gives_the_police_their_state(annotate_text: Any) -> None:
    doc = annotate_text("LISBON (AP) - Police detained a 61-year-old man on Monday after a fire at a fish market.",
                        published="2025-11-20")
    arrests = of_type(doc, "COERCE")
    assert arrests and countries(doc, arrests[0].source) == {"PRT"}, _sides(doc)


def test_the_place_of_the_arrest_gives_the_police_their_state(annotate_text: Any) -> None:
    doc = annotate_text("Police arrested a 33-year-old woman at a bus depot in Mombasa on Sunday.",
                        published="2025-11-20")
    arrests = of_type(doc, "COERCE")
    assert arrests and countries(doc, arrests[0].source) == {"KEN"}, _sides(doc)


def test_what_a_judge_rules_befalls_the_one_named(annotate_text: Any) -> None:
    doc = annotate_text("A judge in Dublin ruled on Friday that Mr Carrow should stay in jail until his trial "
                        "in March.", published="2025-11-20")
    [held] = of_type(doc, "COERCE")
    assert countries(doc, held.source) == {"IRL"} and names(doc, held.target) == {"Carrow"}, _sides(doc)


def test_an_organ_of_the_same_kind_named_before_gives_its_state(annotate_text: Any) -> None:
    doc = annotate_text("Malawi protested on Saturday after Zambian police surrounded the Malawian consulate. Officers "
                        "later detained the consul's driver, Peter Banda, for six hours.", published="2025-11-20")
    [held] = [e for e in of_type(doc, "COERCE") if names(doc, e.target) == {"Peter Banda"}]
    assert countries(doc, held.source) == {"ZMB"}, _sides(doc)


def test_the_deportees_own_state_never_deports_them(annotate_text: Any) -> None:
    doc = annotate_text("Tomas Reyes, a Honduran mechanic, said he was stopped by border guards and deported last month.",
                        published="2025-11-20")
    deports = [e for e in of_type(doc, "COERCE") if e.mode == "deport"]
    assert deports and "HND" not in countries(doc, deports[0].source), _sides(doc)
    assert names(doc, deports[0].target) == {"Tomas Reyes"}, _sides(doc)


def test_a_state_the_sentence_names_for_the_police_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan police arrested three Ugandan traders at a market in Kampala on Friday.",
                        published="2025-11-20")
    arrests = of_type(doc, "COERCE")
    assert arrests and countries(doc, arrests[0].source) == {"KEN"}, _sides(doc)


def test_police_of_no_state_in_a_story_of_no_state_stay_without_one(annotate_text: Any) -> None:
    doc = annotate_text("Police arrested two men outside a nightclub on Friday. Both were later released on bail.",
                        published="2025-11-20")
    assert not any(e.source for e in of_type(doc, "COERCE")), _sides(doc)


def test_a_region_of_a_state_and_a_state_named_like_one() -> None:
    assert region_code("Nebraska") == "USA"
    assert region_code("Georgia") is None  # the state of that name, never the US state
    assert region_code("Kampala") is None


def test_the_organ_a_passive_names_does_the_coordinated_act_too(annotate_text: Any) -> None:
    """ "Was pulled out of the consulate by Danish police and taken into custody": the parser hangs the "by" phrase
    on the place left; the police hold him."""
    doc = annotate_text("The blogger Arne Voss was pulled out of the consulate by Danish police on Monday and taken "
                        "into custody.", published="2025-11-20")
    held = [e for e in of_type(doc, "COERCE") if names(doc, e.target) == {"Arne Voss"}]
    assert held and countries(doc, held[0].source) == {"DNK"}, _sides(doc)


def test_an_arrest_told_with_no_doer_is_the_datelines_state(annotate_text: Any) -> None:
    doc = annotate_text("OSLO (Reuters) - Lars Berge, a 45-year-old teacher, was arrested on Tuesday after a "
                        "brawl at a ferry terminal.", published="2025-11-20")
    arrests = of_type(doc, "COERCE")
    assert arrests and countries(doc, arrests[0].source) == {"NOR"}, _sides(doc)


def test_a_judge_who_rejects_a_bid_rejects_it_for_the_state_of_the_court(annotate_text: Any) -> None:
    doc = annotate_text("A judge in Lisbon on Monday rejected an attempt by Rui Santos to delay his extradition hearing.",
                        published="2025-11-20")
    [rejection] = of_type(doc, "REJECT")
    assert countries(doc, rejection.source) == {"PRT"}, _sides(doc)
    assert names(doc, rejection.target) == {"Rui Santos"}, _sides(doc)


def test_an_outlet_that_reports_a_sentence_did_not_pass_it(annotate_text: Any) -> None:
    """ "The Denver Ledger reports A was sentenced": a news outlet (an organisation of no state) only tells of the
    sentence; the state through its courts passed it, here the one of the sentenced man."""
    for text in ("The Denver Ledger reports Paul Brandt, a Canadian banker, was sentenced to 20 years in prison on "
                 "Monday.",
                 "The Denver Ledger reported that a Canadian banker, Paul Brandt, was sentenced to 20 years in prison "
                 "on Monday."):
        doc = annotate_text(text, published="2025-11-20")
        [sentence] = of_type(doc, "SANCTION")
        assert "Denver Ledger" not in names(doc, sentence.source), _sides(doc)
        assert countries(doc, sentence.source) == {"CAN"}, _sides(doc)


def test_a_state_body_that_reports_a_detention_made_it(annotate_text: Any) -> None:
    doc = annotate_text("Peru's Interior Ministry said on Monday that two Bolivian smugglers had been arrested near "
                        "the port of Ilo.", published="2025-11-20")
    arrests = of_type(doc, "COERCE")
    assert arrests and countries(doc, arrests[0].source) == {"PER"}, _sides(doc)


def test_a_jury_convicts_for_the_state_of_its_place(annotate_text: Any) -> None:
    """ "A jury in Denver deliberated ... before convicting A": a jury is a court, and the subject of the verb whose
    "before" phrase the gerund opens convicts."""
    for text in ("A jury in Denver deliberated for two hours before convicting Paul Brandt of robbing a bank.",
                 "A jury in Denver convicted Paul Brandt of robbing a bank on Monday."):
        doc = annotate_text(text, published="2025-11-20")
        [conviction] = of_type(doc, "SANCTION")
        assert countries(doc, conviction.source) == {"USA"}, _sides(doc)
        assert names(doc, conviction.target) == {"Paul Brandt"}, _sides(doc)


def test_the_subject_of_a_passive_host_does_not_do_the_gerunds_act(annotate_text: Any) -> None:
    """ "Was shot by police after attacking two officers": the police did not attack."""
    doc = annotate_text("The man was shot by police in Lagos after attacking two officers with a machete.",
                        published="2025-11-20")
    attacks = [e for e in of_type(doc, "ASSAULT") if e.trigger == "attacking"]
    assert not any("NGA" in countries(doc, e.source) for e in attacks), _sides(doc)


def test_a_charge_brought_by_prosecutors_or_a_grand_jury_is_the_states(annotate_text: Any) -> None:
    """ "Prosecutors charged A", "a grand jury indicted A": an organ's charge in a story datelined from a US city."""
    for text in ("DAYTON, Ohio (AP) - Prosecutors charged Daniel Mercer with fraud on Monday.",
                 "DAYTON, Ohio (AP) - A grand jury indicted Daniel Mercer on Monday on fraud charges."):
        doc = annotate_text(text, published="2025-11-20")
        charges = of_type(doc, "ACCUSE")
        assert charges and countries(doc, charges[0].source) == {"USA"}, _sides(doc)
        assert names(doc, charges[0].target) == {"Daniel Mercer"}, _sides(doc)


def test_prosecutors_of_no_state_in_a_story_of_no_state_get_none(annotate_text: Any) -> None:
    doc = annotate_text("Prosecutors charged Daniel Mercer with fraud on Monday.", published="2025-11-20")
    assert not any(e.source for e in of_type(doc, "ACCUSE")), _sides(doc)


def test_prosecutors_inquiry_is_their_states(annotate_text: Any) -> None:
    # an inquiry told as one is a state's act through its organ, as a charge is
    doc = annotate_text("BOSTON (AP) - Shares of Kestrel Airways dropped on Thursday.\n\nFederal prosecutors are "
                        "investigating Kestrel Airways over its fuel contracts, the firm confirmed.",
                        published="2025-11-20")
    inquiries = [e for e in of_type(doc, "ACCUSE") if e.mode == "investigate"]
    assert inquiries and countries(doc, inquiries[0].source) == {"USA"}, _sides(doc)


def test_police_wondering_whether_make_no_inquiry_of_their_state(annotate_text: Any) -> None:
    # a question looked into is no formal inquiry opened
    doc = annotate_text("BOSTON (AP) - A ferry worker was hurt on Thursday.\n\nOfficers on the pier were looking "
                        "into whether the deckhand slipped or was pushed, a spokesman said.", published="2025-11-20")
    assert not [e for e in of_type(doc, "ACCUSE") if countries(doc, e.source) == {"USA"}], _sides(doc)


def test_a_dateline_with_its_day_gives_the_police_their_state(annotate_text: Any) -> None:
    doc = annotate_text("ASUNCION, Aug 12 (AP) - Police detained four Brazilian men on Monday after a shootout near a "
                        "market.\n\nBrazil's embassy said it was seeking access to them, and Brazil's foreign ministry"
                        " asked for a full account of the shootout.", published="2025-08-13")
    arrests = of_type(doc, "COERCE")
    assert arrests and countries(doc, arrests[0].source) == {"PRY"}, _sides(doc)

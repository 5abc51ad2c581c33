"""A future act that a saying, a decision or a vote reports is a commitment, AGREE by the speaker's side, made on the
saying's day; a condition or a guess commits nobody, and an attack the speaker's side says it will make is a threat
(annotate/commitments.py, events._commitment, dating.commitment_at_its_saying; GUIDE.md: "decided to send",
"announced that it would supply", an undated "will provide / send / give")."""

from __future__ import annotations

from event_helpers import countries, of_type


def test_said_it_would_send_is_a_dated_commitment(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Norway said on Monday it would send 300 tonnes of wheat to Malawi.")
    assert not of_type(doc, "AID"), [(e.type, e.modality, e.trigger) for e in doc.events]
    [pledge] = of_type(doc, "AGREE")
    assert countries(doc, pledge.source) == {"NOR"} and countries(doc, pledge.target) == {"MWI"}
    assert pledge.date is not None and pledge.date.start == "2025-03-17"


def test_a_decision_or_a_vote_to_send_is_a_commitment(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Spain decided on Monday to supply wheat to Mauritania.")
    assert not of_type(doc, "AID"), [(e.type, e.modality, e.trigger) for e in doc.events]
    [pledge] = of_type(doc, "AGREE")
    assert countries(doc, pledge.source) == {"ESP"}
    assert pledge.date is not None and pledge.date.start == "2025-03-17"
    doc = annotate_text("The Belgian senate voted on Monday to help fund the peacekeeping mission in Mali.")
    assert not of_type(doc, "AID") and of_type(doc, "AGREE"), [(e.type, e.trigger) for e in doc.events]


def test_a_saying_told_after_dates_the_commitment(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Austria will send 200 tonnes of flour to Jordan, officials in Vienna said on Monday.")
    [pledge] = of_type(doc, "AGREE")
    assert pledge.date is not None and pledge.date.start == "2025-03-17"


def test_the_time_of_the_act_promised_is_not_the_promise(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chile said it will send engineers to Peru next month.")
    assert not of_type(doc, "AID"), [(e.type, e.modality, e.trigger) for e in doc.events]
    [pledge] = of_type(doc, "AGREE")
    assert countries(doc, pledge.source) == {"CHL"} and countries(doc, pledge.target) == {"PER"}
    assert pledge.date is None or (pledge.date.end or "") <= "2025-03-18"


def test_a_condition_or_a_guess_commits_nobody(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Spain said it would send more aid to Cuba if the hurricane season worsened.")
    assert not of_type(doc, "AGREE") and not of_type(doc, "AID"), [(e.type, e.trigger) for e in doc.events]
    doc = annotate_text("Analysts said Germany would probably send more tanks to Poland.")
    assert not of_type(doc, "AGREE") and not of_type(doc, "AID"), [(e.type, e.trigger) for e in doc.events]


def test_an_attack_the_speaker_says_it_will_make_is_a_threat(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Iran said on Monday it would retaliate against any Israeli strike.")
    assert not of_type(doc, "ASSAULT"), [(e.type, e.trigger) for e in doc.events]
    [threat] = of_type(doc, "THREATEN")
    assert countries(doc, threat.source) == {"IRN"}
    doc = annotate_text("Police said the gang would attack the village again.")
    assert not of_type(doc, "THREATEN"), [(e.type, e.trigger) for e in doc.events]


def test_a_refusal_stays_a_refusal(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Brazil said on Monday it would not send troops to Haiti.")
    assert of_type(doc, "REJECT") and not of_type(doc, "AGREE"), [(e.type, e.trigger) for e in doc.events]


def test_a_promised_release_or_withdrawal_is_a_commitment(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The Cuban government said on Monday it would free 25 political prisoners.")
    assert [e.type for e in doc.events] == ["AGREE"], [(e.type, e.modality, e.trigger) for e in doc.events]
    doc = annotate_text("Ethiopia said on Monday it would pull its troops out of Somalia.")
    assert [e.type for e in doc.events] == ["AGREE"], [(e.type, e.modality, e.trigger) for e in doc.events]


def test_a_plan_on_a_condition_is_hypothetical(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Sudanese rebel leaders said on Wednesday they would meet the Kenyan mediator on Friday if "
                        "he dropped his conditions.")
    assert not of_type(doc, "CONSULT"), [(e.type, e.modality, e.trigger) for e in doc.events]
    doc = annotate_text("Sudanese rebel leaders said on Wednesday they would meet the Kenyan mediator on Friday.")
    assert of_type(doc, "CONSULT")
    doc = annotate_text("Should parliament confirm him, Ivo Marek will be sworn in as defence minister, an aide said.")
    assert not of_type(doc, "APPOINT"), [(e.type, e.modality, e.trigger) for e in doc.events]


def test_a_measure_held_out_on_an_inverted_condition_is_a_threat(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Were the talks to fail, Brazil would recall its ambassador from Caracas, officials said.")
    assert not of_type(doc, "SANCTION") and of_type(doc, "THREATEN"), [(e.type, e.trigger) for e in doc.events]


def test_a_visit_with_no_date_is_no_plan(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Japan's foreign minister will visit Kenya, the ministry said.")
    assert not of_type(doc, "CONSULT"), [(e.type, e.modality, e.trigger) for e in doc.events]
    doc = annotate_text("Japan's foreign minister will visit Kenya on Friday, the ministry said.")
    [visit] = of_type(doc, "CONSULT")
    assert visit.modality == "planned"


def test_a_pledge_read_by_the_model_is_dated_by_its_saying(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Norway said on Monday it would send its foreign minister to the peace talks in Vienna.")
    pledges = of_type(doc, "AGREE")
    assert pledges and all(p.date is not None and p.date.start == "2025-03-17" for p in pledges), [
        (e.type, e.modality, e.date) for e in doc.events]


def test_what_commentators_say_a_state_will_do_is_a_forecast(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Analysts said Germany would send more tanks to Poland.")
    assert not of_type(doc, "AGREE") and not of_type(doc, "AID"), [(e.type, e.trigger) for e in doc.events]
    doc = annotate_text("Germany said it would send more tanks to Poland.")
    assert of_type(doc, "AGREE")

"""Judgements told in quotations beyond the first reported clause (annotate/quotations.py): clauses spliced into a
long quote, praise or blame said to "you", praise of a named actor, a denial of words put in the speaker's mouth, and
"the government" judged by one of its own people. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import countries, names, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def _sides(doc: Any, type_: str) -> list[tuple[set[str], set[str]]]:
    return [(names(doc, e.source), names(doc, e.target)) for e in of_type(doc, type_)]


def test_a_judgement_in_the_first_of_two_spliced_clauses_accuses(annotate_text: Any) -> None:
    doc = annotate_text('"Boris Tamm is a thief, he is responsible for the ruin of thousands of savers," '
                        'opposition leader Mari Kask said on Tuesday.')
    assert ({"Mari Kask"}, {"Boris Tamm"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_judgement_in_a_conjunct_of_the_quote_accuses(annotate_text: Any) -> None:
    doc = annotate_text('"We accept the verdict, but Judge Elias Monte has behaved shamefully," '
                        'defence lawyer Nadia Roche said on Friday.')
    assert ({"Nadia Roche"}, {"Elias Monte"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_pronoun_in_a_spliced_clause_stands_for_the_named_actor(annotate_text: Any) -> None:
    doc = annotate_text('"Governor Ruth Kane has deceived the voters for years, she is a disgrace," '
                        'said Senator Hugo Stahl.')
    assert ({"Hugo Stahl"}, {"Ruth Kane"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_quote_of_tired_people_accuses_nobody(annotate_text: Any) -> None:
    doc = annotate_text('"It was a long night and we are all tired, we will talk again on Monday," '
                        'said Mayor Jonas Berg.')
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_praise_said_to_the_addressee_supports_her(annotate_text: Any) -> None:
    doc = annotate_text('"You are a wonderful example for young scientists," the jury chairman, Emil Sorensen, '
                        'told Dr Amara Osei at the ceremony in Copenhagen on Friday.')
    assert ({"Emil Sorensen"}, {"Amara Osei"}) in _sides(doc, "SUPPORT"), _types(doc)


def test_praise_said_to_an_audience_is_no_event(annotate_text: Any) -> None:
    doc = annotate_text('"You are a wonderful crowd, thank you," the singer Lea Moro told the audience in Graz.')
    assert not of_type(doc, "SUPPORT"), _types(doc)


def test_praise_of_a_named_minister_in_a_quote_supports_her(annotate_text: Any) -> None:
    doc = annotate_text('"Minister Ines Falk is an excellent leader, she has done more for nurses than anyone," '
                        'union president Tomas Beck said on Monday.')
    assert ({"Tomas Beck"}, {"Ines Falk"}) in _sides(doc, "SUPPORT"), _types(doc)


def test_praise_of_a_coach_after_a_match_is_no_event(annotate_text: Any) -> None:
    doc = annotate_text('"Mr Sato is a great coach," midfielder Ken Ito said after the match on Sunday.')
    assert not of_type(doc, "SUPPORT"), _types(doc)


def test_denying_ones_own_quoted_words_rejects(annotate_text: Any) -> None:
    doc = annotate_text('"I never said that the bridge would be closed," Transport Minister Olga Berg told reporters '
                        'on Thursday.')
    assert [names(doc, e.source) for e in of_type(doc, "REJECT")] == [{"Olga Berg"}], _types(doc)


def test_not_having_decided_is_no_denial(annotate_text: Any) -> None:
    doc = annotate_text('"I have not decided whether to stand again," Transport Minister Olga Berg told reporters.')
    assert not of_type(doc, "REJECT"), _types(doc)


def test_reports_called_untrue_are_denied(annotate_text: Any) -> None:
    doc = annotate_text('"The reports that I am leaving the party are false," Senator Piet Kruger told reporters.')
    assert [names(doc, e.source) for e in of_type(doc, "REJECT")] == [{"Piet Kruger"}], _types(doc)


def test_the_government_judged_by_a_union_head_is_her_own_state(annotate_text: Any) -> None:
    doc = annotate_text('"The government has utterly failed in its duty to protect teachers," said Ama Mensah, head '
                        'of the Ghanaian teachers\' union.')
    accusations = of_type(doc, "ACCUSE")
    assert [countries(doc, e.target) for e in accusations] == [{"GHA"}], _types(doc)


def test_a_quote_of_two_sentences_accuses_the_one_its_pronoun_stands_for(annotate_text: Any) -> None:
    doc = annotate_text('"Chancellor Ida Holm has humiliated our delegation. Her remarks were offensive and she '
                        'should apologise," the Danish envoy said on Monday.')
    assert [names(doc, e.target) for e in of_type(doc, "ACCUSE")] == [{"Ida Holm"}], _types(doc)


def test_a_quote_of_two_sentences_said_of_an_actor_accuses_him(annotate_text: Any) -> None:
    doc = annotate_text('"That was shameful. Nobody should speak to farmers like that," Senator Ola Nyberg said of '
                        'Governor Nils Lund on Wednesday.')
    assert ({"Ola Nyberg"}, {"Nils Lund"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_an_accusing_verb_whose_subject_is_an_actors_act_is_the_speakers(annotate_text: Any) -> None:
    doc = annotate_text('"Mayor Leo Franke\'s secret dealings with the builder undermined the integrity of the '
                        'tender," prosecutor Anne Vos said on Monday.')
    assert ({"Anne Vos"}, {"Leo Franke"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_measure_called_a_bad_name_accuses_the_one_who_announced_it(annotate_text: Any) -> None:
    doc = annotate_text('Education Minister Rita Dahl announced on Monday that rural schools would close. '
                        'Opposition leader Kai Moen called it "a cruel attack on villages".')
    assert ({"Kai Moen"}, {"Rita Dahl"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_measure_called_a_good_name_supports_the_one_who_unveiled_it(annotate_text: Any) -> None:
    doc = annotate_text('Finance Minister Rita Dahl unveiled a tax plan on Monday. '
                        'Mayor Kai Moen called it "an excellent plan for small firms".')
    assert ({"Kai Moen"}, {"Rita Dahl"}) in _sides(doc, "SUPPORT"), _types(doc)


def test_readiness_in_a_quote_is_no_praise(annotate_text: Any) -> None:
    doc = annotate_text('Defence Minister Paul Roy said on Monday that Canada is ready to send 300 engineers to Haiti.')
    assert not of_type(doc, "SUPPORT"), _types(doc)


def test_a_quoted_pronoun_judged_is_the_person_told_before(annotate_text: Any) -> None:
    doc = annotate_text('Prosecutors say Dario Venn ordered the killings of three journalists. "He is a murderer and '
                        'a coward," Justice Minister Lia Sorel said on Friday.')
    assert ({"Lia Sorel"}, {"Dario Venn"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_quoted_pronoun_that_is_tired_accuses_nobody(annotate_text: Any) -> None:
    doc = annotate_text('Dario Venn arrived in Tarsk on Thursday. "He is tired but happy," his aide Lia Sorel said.')
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_an_act_that_harmed_in_the_first_sentence_of_a_quote_accuses_its_doer(annotate_text: Any) -> None:
    doc = annotate_text('"Director Lise Aalto\'s private deals with the supplier struck at the heart of public trust. '
                        'Rules matter," auditor Jan Roos said on Monday.')
    assert ({"Jan Roos"}, {"Lise Aalto"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_storm_that_damaged_roads_accuses_nobody(annotate_text: Any) -> None:
    doc = annotate_text('"The storm\'s winds damaged hundreds of roofs," Mayor Jan Roos said on Monday.')
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_a_state_said_not_to_do_enough_is_accused(annotate_text: Any) -> None:
    doc = annotate_text('Environment Minister Sara Lind said on Monday that Brazil is not taking sufficient measures '
                        'to protect the rainforest.')
    assert [countries(doc, e.target) for e in of_type(doc, "ACCUSE")] == [{"BRA"}], _types(doc)


def test_not_having_enough_money_accuses_nobody(annotate_text: Any) -> None:
    doc = annotate_text('Mayor Sara Lind said on Monday that Kenya does not have enough money for new schools.')
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_the_government_judged_by_an_envoy_is_his_hosts(annotate_text: Any) -> None:
    doc = annotate_text('Kenyan police broke up a march in Nairobi on Monday, and Kenya detained two editors. '
                        '"The government has utterly failed in its duty to protect the press," said Carl Brun, the '
                        'Swedish ambassador to Kenya.')
    accusations = [e for e in of_type(doc, "ACCUSE") if e.trigger == "said"]
    assert [countries(doc, e.target) for e in accusations] == [{"KEN"}], _types(doc)


def test_a_quoted_he_is_not_the_speaker_named_after_the_quote(annotate_text: Any) -> None:
    doc = annotate_text('Opposition leader Anton Brisk turned on Finance Minister Olaf Rehn in parliament on Tuesday. '
                        '"He has lied to this house," Brisk said.')
    assert ({"Anton Brisk"}, {"Olaf Rehn"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_reason_the_speaker_gives_is_said_as_true(annotate_text: Any) -> None:
    doc = annotate_text('"We cannot govern with Governor Rolf Aune because he is a liar," Senator Ilse Dahl said on '
                        'Monday.')
    assert ({"Ilse Dahl"}, {"Rolf Aune"}) in _sides(doc, "ACCUSE"), _types(doc)


def test_a_reason_about_the_weather_judges_nobody(annotate_text: Any) -> None:
    doc = annotate_text('"We left early because the weather was terrible," Senator Ilse Dahl said on Monday.')
    assert not _sides(doc, "ACCUSE"), _types(doc)


def test_a_quote_said_of_a_decision_by_a_named_actor_accuses_him(annotate_text: Any) -> None:
    doc = annotate_text('"It was a betrayal," said Senator Ida Holm of the decision by Governor Rolf Aune to close '
                        'the mine.')
    assert ({"Ida Holm"}, {"Rolf Aune"}) in _sides(doc, "ACCUSE"), _types(doc)

"""Words of play, trade and performance in sports, market and show prose are no political acts (annotate/domains.py,
issue 12). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.annotate.domains import prose_of
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_a_result_with_its_score_is_no_assault(annotate_text: Any) -> None:
    doc = annotate_text("Portugal defeated Luxembourg 3-1 in the qualifier on Sunday.")
    assert not doc.events, _types(doc)


def test_an_attack_counted_by_a_range_stays(annotate_text: Any) -> None:
    doc = annotate_text("Congolese rebels attacked an army base near Goma on Sunday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_a_firms_deal_is_no_agreement(annotate_text: Any) -> None:
    doc = annotate_text("Nokia agreed to buy the startup for $2 billion, its shareholders said on Monday.")
    assert not of_type(doc, "AGREE"), _types(doc)


def test_a_states_deal_with_a_firm_stays(annotate_text: Any) -> None:
    doc = annotate_text("Norway agreed on Monday to buy the company's shares in the oil field.")
    assert of_type(doc, "AGREE"), _types(doc)


def test_a_stars_apology_and_tour_are_no_events(annotate_text: Any) -> None:
    doc = annotate_text("The singer Maria Lenz apologized to Tom Hale on Monday for the cancelled concert. The band "
                        "Glass Harbor closed its tour at the Apollo Theatre in London on Monday.")
    assert not doc.events, _types(doc)


def test_an_apology_outside_show_prose_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenya's president William Ruto apologized to Tanzania on Monday for the remarks.")
    assert of_type(doc, "CONCEDE"), _types(doc)


def _sentence_domains(nlp: Any, text: str) -> frozenset[str]:
    doc = nlp(text)
    prose = prose_of(doc)
    return prose.page | prose.sentences[next(doc.sents).start]


def test_a_score_is_sports_but_a_range_or_a_tally_is_not(nlp: Any) -> None:
    assert "sports" in _sentence_domains(nlp, "Brazil beat Chile 2-0 on Sunday.")
    assert "sports" not in _sentence_domains(nlp, "Gunmen killed 10-15 villagers on Sunday.")
    assert "sports" not in _sentence_domains(nlp, "The Senate defeated the bill 52-48 in a vote on Sunday.")


def test_an_honours_medal_is_no_sports_cue(nlp: Any) -> None:
    assert not _sentence_domains(nlp, "He awarded a medal to a captain whose unit repelled an attack on Monday.")


def test_a_cue_inside_a_name_is_no_cue(nlp: Any) -> None:
    assert "show" not in _sentence_domains(nlp, "Kim Song-nam visited the embassy on Monday.")
    assert "show" in _sentence_domains(nlp, "Kim visited the embassy after the concert on Monday.")


def test_a_page_of_match_reports_is_sports_prose_throughout(nlp: Any) -> None:
    doc = nlp("Brazil beat Chile 2-0 on Sunday. Peru drew 1-1 with Ecuador. Uruguay won 3-2 after a penalty. "
              "On Monday, Argentina clinched.")
    prose = prose_of(doc)
    assert prose.page == {"sports"}
    clinched = next(t for t in doc if t.lower_ == "clinched")
    assert prose.domain_of(clinched) == "sports"


def test_one_match_report_leaves_a_political_page_alone(nlp: Any) -> None:
    doc = nlp("Brazil beat Chile 2-0 on Sunday. Brasilia recalled its ambassador to Santiago on Monday. The foreign "
              "ministry summoned the Chilean envoy. Lula met Boric in Lima on Tuesday. Both sides pledged calm.")
    assert prose_of(doc).page == frozenset()


def test_a_date_range_is_no_score(nlp: Any) -> None:
    assert "sports" not in _sentence_domains(nlp, "The two leaders will meet in Nairobi on May 2-3.")


def test_a_sport_named_makes_a_win_no_assault(annotate_text: Any) -> None:
    doc = annotate_text("Fiji beat Samoa in rugby on Saturday.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_a_players_signing_is_no_agreement(annotate_text: Any) -> None:
    doc = annotate_text("Chelsea completed the signing of the Spanish keeper Rafael Lima from Sevilla on Monday.")
    assert not of_type(doc, "AGREE"), _types(doc)


def test_armed_men_act_politically_in_a_match_report(annotate_text: Any) -> None:
    # a sports cue beside them does not make troops' or rebels' fire a game's (events._political_doers)
    doc = annotate_text("Rwandan troops fired on Congolese soldiers near the border during a football tournament on "
                        "Sunday. Rwandan rebels attacked a football stadium in Goma on Monday.")
    assert len(of_type(doc, "ASSAULT")) == 2, _types(doc)


def test_a_national_side_that_beats_another_makes_no_assault(annotate_text: Any) -> None:
    doc = annotate_text("Uganda beat Kenya 2-1 in the football final on Sunday.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_each_sentence_is_read_once_for_all_domains(nlp: Any, monkeypatch: Any) -> None:
    # one read of the document's words serves the sports, market and show checks of every sentence (issue 12:
    # throughput)
    from dateline.annotate import domains

    read: list[list[int]] = []
    original = domains._document_words
    monkeypatch.setattr(domains, "_document_words",
                        lambda doc, sents: read.append([s.start for s in sents]) or original(doc, sents))
    doc = nlp("Estonia beat Malta 4-1 in Tallinn on Friday. Shares of the brewer fell sharply. The choir toured Riga.")
    prose = prose_of(doc)
    assert read == [[s.start for s in doc.sents]]
    assert "sports" in prose.sentences[read[0][0]]


def test_the_words_read_from_arrays_are_those_of_a_token_walk(nlp: Any) -> None:
    """``_document_words`` reads ids from one array; what it finds is what reading every Token finds (issue 12)."""
    from dateline.annotate import domains

    doc = nlp("Chile beat Bolivia 2-0 in the Copa match in Santiago on Sunday. The senate passed the bill 61-39 on "
              "Tuesday, with 61 votes in favour. Shares of the Lisbon Stock Exchange fell. The Fado Band toured Porto.")
    found = domains._document_words(doc, list(doc.sents))
    for sent in doc.sents:
        cues = {w for t in sent if t.pos_ in domains.CUE_POS and not t.ent_type_ for w in (t.lemma_.lower(), t.lower_)}
        tally = bool({t.lemma_.lower() for t in sent} & domains.TALLY_WORDS)
        scored = any(domains._score(t) for t in sent)
        assert found[sent.start] == domains._SentenceWords(frozenset(cues), tally, scored), sent.text
    assert any(w.has_score for w in found.values()) and any(w.counts_votes for w in found.values())
    assert any(w.cues for w in found.values())


def test_a_page_of_game_reports_is_sports_prose_by_its_page_cues(nlp: Any) -> None:
    # "season", "team", "streak" and "league" mark no sentence alone, but with one sentence cued of its own they make
    # the page a sports page (real pages: a night's results told team by team, most lines with no score of their own)
    doc = nlp("Rovers beat the Harbour side on Saturday to stretch their unbeaten streak to nine games. Their goalie "
              "made 31 saves. The team has lost once this season. Rovers have won four in a row in the league.")
    prose = prose_of(doc)
    assert prose.page == {"sports"}
    won = next(t for t in doc if t.lower_ == "won")
    assert prose.domain_of(won) == "sports"


def test_page_cues_alone_leave_a_political_page_alone(nlp: Any) -> None:
    doc = nlp("Kenya's negotiating team met Somali officials in Nairobi on Monday. Rebels attacked a convoy at the start "
              "of the fighting season. The team said the talks would resume. A key player in the region, Ethiopia, "
              "closed its border.")
    assert prose_of(doc).page == frozenset()


def test_a_night_of_results_yields_no_assault_or_award(annotate_text: Any) -> None:
    doc = annotate_text("Lakeside rallied on Friday to stretch a winning run to six games. Tomas Brandt settled it in "
                        "overtime, firing past the goaltender. Northfield defeated Eastport, and Milton have now won "
                        "four straight. The league fined the Eastport coach.")
    assert not of_type(doc, "ASSAULT") and not of_type(doc, "AWARD"), _types(doc)


def test_a_player_sent_off_is_no_dismissal(annotate_text: Any) -> None:
    doc = annotate_text("The winger Pavel Orlik was ejected from the match on Sunday for shoving an opponent.")
    assert not of_type(doc, "DISMISS"), _types(doc)


def test_a_device_review_tells_no_release_test_or_sanction(annotate_text: Any) -> None:
    # a gift guide or a review: makers release, cancel and replace devices, reviewers test them (real pages)
    doc = annotate_text("Korvel released its new tablet in the spring. I have been testing the Korvel "
                        "mesh router for a week with my laptop. The maker cancelled its folding keyboard project in "
                        "March. My old mouse was replaced with a quieter one, and the charger supports two laptops.")
    assert not doc.events, _types(doc)


def test_a_state_that_cancels_a_device_order_stays_an_act(annotate_text: Any) -> None:
    doc = annotate_text("Vietnam cancelled its order for Chinese smartphones for its police on Monday. Hanoi also "
                        "banned the sale of the phones' routers. Officials said the laptop deal was suspended.")
    assert of_type(doc, "SANCTION"), _types(doc)


def test_a_device_word_alone_leaves_a_political_page_alone(nlp: Any) -> None:
    doc = nlp("Police seized a laptop at the border on Monday. Ghana expelled two Togolese diplomats. The foreign "
              "minister met her Nigerian counterpart in Abuja. Both sides pledged calm.")
    assert prose_of(doc).page == frozenset()


GAME_PAGE = ("The Harbor Hawks beat the Mill City Owls 4-2 on Saturday for their sixth straight win of the season. "
             "Coach Dana Pryor praised her goaltender after the game. The striker Ilya Varga agreed with the coach's "
             "call to rest him in the third period, and the Owls' captain asked the league to review the last goal. "
             "The Hawks host the Owls again in the playoffs next month.")


def test_on_a_game_page_no_act_of_its_people_is_political(annotate_text: Any) -> None:
    # on a page that is sports prose throughout, praise, agreement and requests between players, coaches and leagues
    # are no political acts, whatever the verb (real pages: the domain's senses alone let them through)
    doc = annotate_text(GAME_PAGE)
    assert not doc.events, _types(doc)


def test_on_a_game_page_the_police_still_act(annotate_text: Any) -> None:
    doc = annotate_text(GAME_PAGE + " Police arrested the Owls' defender Marco Lenz on Sunday after a brawl outside "
                        "the arena.")
    assert of_type(doc, "COERCE"), _types(doc)


def test_a_long_review_is_device_prose_though_most_lines_name_no_device(nlp: Any) -> None:
    # a long review or stats page: one sentence in eight names the device, the rest tell how it feels and sounds
    # (real pages: long reviews and box-score notes stayed political prose below a fifth of their sentences)
    lines = ["The new Orbis laptop arrived last week.", "Its keyboard is quieter than the old one.",
             "The charger is smaller too."] + [f"Day {n} of use felt much like day {n - 1}, calm and quick."
                                              for n in range(2, 23)]
    assert len(lines) == 24
    doc = nlp(" ".join(lines))
    assert prose_of(doc).page == {"product"}


def test_a_bond_that_yields_concedes_nothing(annotate_text: Any) -> None:
    # market_cue "treasury", "price"; market_sense "yield"
    doc = annotate_text("The 30-year Treasury bond fell in price on Friday to yield 2.31%, traders said.")
    assert not doc.events, _types(doc)


def test_a_state_that_closes_its_border_beside_a_market_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenya closed its border with Somalia on Monday after prices at its markets rose.")
    assert of_type(doc, "COERCE"), _types(doc)


SHOW_PAGE = ("The singer Lina Marsh opened her concert tour in Leeds on Friday. Fans packed the arena to hear songs "
             "from the new album. The band played three encores, and the film of the show will premiere in May.")


def test_on_a_show_page_a_star_who_accuses_a_named_rival_is_reported(annotate_text: Any) -> None:
    # real show pages' gold codes a dispute a star takes to the public as ACCUSE, where the show's own praise, deals
    # and tours stay none
    doc = annotate_text(SHOW_PAGE + " On Sunday Marsh accused her former manager Otto Kranz of withholding her "
                        "royalties.")
    by_id = {e.id: e.name for e in doc.entities}
    assert [({by_id[i] for i in e.source}, {by_id[i] for i in e.target}) for e in of_type(doc, "ACCUSE")] == [
        ({"Lina Marsh"}, {"Otto Kranz"})], _types(doc)


def test_on_a_show_page_praise_and_asks_stay_the_shows_own(annotate_text: Any) -> None:
    doc = annotate_text(SHOW_PAGE + " On Sunday Marsh praised her manager Otto Kranz and asked the fans to sing "
                        "along.")
    assert not doc.events, _types(doc)


@pytest.mark.parametrize("text", [
    "Pakistani spinner Imran Qadir dismissed four batsmen in the second session on Friday.",
    "Ugandan sprinter Joan Nakato beat the Nigerian champion over 200 metres in Doha on Friday.",
])
def test_a_players_win_or_wicket_is_no_act(annotate_text: Any, text: str) -> None:
    # sports_cue: the names of players' roles mark sports prose; sports_sense "dismiss" (a batsman out)
    assert not annotate_text(text).events

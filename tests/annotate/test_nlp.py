"""annotate/nlp.py: entity_at reads the entity holding a token as doc.ents has it; paragraphs start sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from spacy.tokens import Doc, Span

from dateline.annotate.nlp import (NameRepair, column, entity_at, sentences, text_of, tokens_lemmatized,
                                    tokens_lowered)
from dateline.lexicons import load
from dateline.model import Document, Failure, Source
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = ("NAIROBI, March 3 (AFP) -- Kenyan President Daniel Otieno met Swedish Ambassador Lars Ekdahl "
        "at the Swedish Embassy in Nairobi on Tuesday\n\nA headline without a stop\n\n"
        "The Foreign Ministry of Chile said Oda Lindqvist would travel to Norway.")


def test_entity_at_agrees_with_doc_ents_for_every_token(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert doc.ents
    holder = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    for tok in doc:
        found, want = entity_at(doc, tok.i), holder.get(tok.i)
        if want is None:
            assert found is None, tok
        else:
            assert found is not None and (found.start, found.end, found.label_) == (want.start, want.end, want.label_)
    assert entity_at(doc, -1) is None and entity_at(doc, len(doc)) is None


def test_blank_lines_and_a_wire_dateline_start_sentences(nlp: Language) -> None:
    starts = [s[0].text for s in sentences(nlp(TEXT))]
    assert starts[:2] == ["NAIROBI", "Kenyan"]
    assert "A" in starts and "The" in starts


def test_a_texts_string_is_joined_once_and_kept(nlp: Language) -> None:
    # ``Doc.text`` joins every token on each read; the passes that need the string share one (issue 12)
    doc = nlp(TEXT)
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)
    assert doc.text is not doc.text


WORDS_TEXT = ("The Envoy to Quelmar was elected to the council, and her counterpart said the Counterpart talks would "
              "be held in Vantoria; the envoys were ousted.")


@pytest.mark.parametrize("words", [frozenset({"envoy", "counterpart"}), frozenset({"to", "the", "be"}),
                                   frozenset({"quelmar", "zzyxqat"}), frozenset()])
def test_the_tokens_of_a_few_words_are_found_in_one_array_read(nlp: Language, words: frozenset[str]) -> None:
    # a pass that looks at a few words reads them from the LOWER (LEMMA) array, not one Token per word (issue 12)
    doc = nlp(WORDS_TEXT)
    assert [t.i for t in tokens_lowered(doc, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in tokens_lemmatized(doc, words)] == [t.i for t in doc if t.lemma_ in words]


def test_a_column_is_read_once_and_kept_on_the_document(nlp: Language) -> None:
    from spacy.attrs import DEP, ENT_TYPE

    doc = nlp(WORDS_TEXT)
    for attr in (DEP, ENT_TYPE):
        assert column(doc, attr) == doc.to_array(attr).tolist()
        assert column(doc, attr) is column(doc, attr)


def test_an_actor_is_found_by_token_index_as_by_token(nlp: Language) -> None:
    from dateline.annotate.actors import Actors, Unit

    units = [Unit(nlp(TEXT), "body"), Unit(nlp(WORDS_TEXT), "caption", 0)]
    actors = Actors()
    actors.add_units(units)
    assert actors.token_map
    for ui, unit in enumerate(units):
        assert [actors.entity_at_index(ui, t.i) for t in unit.doc] == [actors.entity_at(ui, t) for t in unit.doc]


def test_lemmas_are_matched_as_written(nlp: Language) -> None:
    doc = nlp(WORDS_TEXT)
    assert [t.text for t in tokens_lemmatized(doc, frozenset({"elect", "oust"}))] == ["elected", "ousted"]
    assert [t.text for t in tokens_lowered(doc, frozenset({"counterpart"}))] == ["counterpart", "Counterpart"]


PHONE = ("Prime Minister Tomas Vrell held a phone call with Oda Lindqvist on Tuesday and signed a trade agreement "
         "with Norway.")
NOVEL = "Foreign Minister Quorvelin Attrasque met Zembrutoviq Hallendrax in Pelmora on Monday."


def _page(name: str, body: str) -> Document:
    return Document(source=Source(name), body=body, published="2025-03-18")


def test_a_batch_leaves_no_new_word_in_the_vocab(nlp: Language) -> None:
    """Annotation runs in a memory zone: the words a batch brings are gone after it (issue 16), its output stays."""
    from dateline.pipeline import annotate_batch

    annotate_batch([_page("warm.txt", PHONE)], nlp, Options())
    (doc,) = annotate_batch([_page("novel.txt", NOVEL)], nlp, Options())
    assert isinstance(doc, Document) and any(e.name == "Quorvelin Attrasque" for e in doc.entities)
    for word in ("Quorvelin", "Attrasque", "Zembrutoviq", "Hallendrax"):
        assert word not in nlp.vocab.strings
    assert not getattr(nlp.vocab, "in_memory_zone")


def test_zones_keep_the_output_and_the_event_labels_of_a_fresh_pipeline() -> None:
    """A fresh pipeline warms outside any zone, so the trigger Matcher's labels outlive every later zone."""
    from dateline.pipeline import _annotate_batch, _load, annotate_batch

    fresh = _load.__wrapped__(Options().model)  # not the cached one: its first zone is this test's
    pages: list[Document | Failure] = [_page("phone.txt", PHONE), _page("novel.txt", NOVEL)]
    first = annotate_batch(pages, fresh, Options())
    annotate_batch([_page("other.txt", NOVEL.replace("Pelmora", "Oslo"))], fresh, Options())
    again = annotate_batch(pages, fresh, Options())
    assert all(isinstance(r, Document) for r in first)
    assert any(ev.type == "CONSULT" for ev in first[0].events)  # type: ignore[union-attr]
    assert again == first == _annotate_batch(pages, fresh, Options())
    multi_word = [e["id"] for e in load("event_triggers") if len(e["pattern"]) > 1]
    assert multi_word and all(label in fresh.vocab.strings for label in multi_word)


def test_a_state_or_capital_the_ner_misses_or_mislabels_is_a_place(nlp: Language) -> None:
    doc = nlp("Tbilisi recalled its ambassador from Vilnius. Kyiv said Niger had agreed. Chad Smith flew to Paris.")
    places = {e.text for e in doc.ents if e.label_ == "GPE"}
    assert {"Tbilisi", "Vilnius", "Kyiv", "Niger", "Paris"} <= places and "Chad" not in places


def test_a_name_run_into_a_possessor_state_ends_before_it(nlp):
    doc = nlp("Ghana expelled the envoy. Togo's president still considers Mensah Ghana’s legitimate president.")
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("Mensah", "Ghana", "Mensah Ghana")][-2:] == [
        ("Mensah", "PERSON"), ("Ghana", "GPE")]


@pytest.mark.parametrize(("text", "state", "person"), [
    ("Britain's ambassador to Kenya Jane Marlow met the foreign minister in Nairobi on Monday.", "Kenya", "Jane Marlow"),
    ("A former Swedish envoy to Ukraine Marta Lindqvist gave evidence on Friday.", "Ukraine", "Marta Lindqvist"),
    ("Norway's envoy to South Sudan Erik Haugland flew to Juba.", "South Sudan", "Erik Haugland"),
])
def test_a_name_run_into_the_state_of_its_post_starts_after_it(nlp, text, state, person):
    # "ambassador to X Y Z" without a comma: the tagger reads the state and the holder as one name (real pages)
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert (person, "PERSON") in ents and not any(state in t and person in t for t, _ in ents), ents


def test_a_given_name_that_is_a_state_stays_a_name(nlp):
    ents = [(e.text, e.label_) for e in nlp("The officials said Georgia Ann Whitley and Jordan Peters spoke at length on "
                                            "Monday about the plan for the city.").ents]
    assert ("Georgia Ann Whitley", "PERSON") in ents, ents


def test_the_first_zone_freezes_what_the_loaded_pipeline_holds() -> None:
    """A pipeline's long-lived objects leave the collector's generations once it has parsed a text (throughput)."""
    import gc

    from dateline.annotate.nlp import batch_zone
    from dateline.pipeline import _load

    fresh = _load.__wrapped__(Options().model)  # not the cached one: its first zone is this test's
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    with batch_zone(fresh):
        fresh("A minister spoke.")
    assert gc.get_freeze_count() > 10_000  # the vocab, the weights' wrappers, the components' indexes
    assert gc.isenabled()  # the collector still runs for everything made afterwards


SHARED_WORD_PAGES = ("Envoy Brannoquist Velde said the Trezmovian delegation left Harlund on Friday.",
                     "Delegates from Trezmovian ports met in Osterlay; minister Pelloravi Kast said little.")


def test_a_word_two_pages_of_a_batch_share_outlives_the_zone_and_the_output_stays() -> None:
    """The words pages share stay in the vocab (their tokenizations cached); each page's own words still leave."""
    from dateline.annotate.nlp import _KEPT
    from dateline.pipeline import _load, annotate_batch

    fresh = _load.__wrapped__(Options().model)
    pages: list[Document | Failure] = [_page("a.txt", SHARED_WORD_PAGES[0]), _page("b.txt", SHARED_WORD_PAGES[1])]
    first = annotate_batch(pages, fresh, Options())
    assert "Trezmovian" in fresh.vocab.strings and "Trezmovian" in _KEPT[fresh]
    for word in ("Brannoquist", "Osterlay", "Pelloravi"):
        assert word not in fresh.vocab.strings
    assert annotate_batch(pages, fresh, Options()) == first  # read through the kept words, the same output


def test_the_words_kept_across_zones_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.annotate import nlp as nlp_module
    from dateline.pipeline import _load

    fresh = _load.__wrapped__(Options().model)
    monkeypatch.setattr(nlp_module, "KEPT_WORDS", 3)
    pages = [("Quarnel vossik Drummet pelthar", "Ulvane"), ("Drummet Quarnel", "zandrik pelthar vossik Ulvane"),
             ("Drummet pelthar",)]
    with nlp_module.batch_zone(fresh, pages):
        pass
    assert nlp_module._KEPT[fresh] == {"Drummet", "pelthar", "Quarnel"}  # the most shared first, then in text order
    nlp_module.keep_shared_words(fresh, [("Morvallin",), ("Morvallin",)])
    assert len(nlp_module._KEPT[fresh]) == 3 and "Morvallin" not in fresh.vocab.strings


@pytest.mark.parametrize("text", [
    "The minister will be replaced by Rustem Dzhabarov, the president said. Dzhabarov travelled to Rome on Tuesday.",
    "Moroz will be replaced by Rustem Umarov, Bondar said. Umarov travelled to Washington on Tuesday.",
])
def test_a_given_name_and_a_family_name_standing_alone_later_are_a_person(nlp, text):
    # the NER left out the given name, or saw no name at all; the family name alone later says who it is
    doc = nlp(text)
    full = text.split(" by ")[1].split(",")[0]
    assert (full, "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert (full.split()[1], "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_shaped_organisation_named_once_stays_an_organisation(nlp):
    doc = nlp("Analysts at Morgan Brook said sales had slowed.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Morgan Brook", "ORG")]


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Jean-Baptiste Okello was sworn in as Uganda's foreign minister on Monday.", "Jean-Baptiste Okello", "UGA"),
    ("Anne-Marie Kouassi was appointed Ivory Coast's trade minister on Friday.", "Anne-Marie Kouassi", "CIV"),
    ("Jean-Luc Fontaine was named France's ambassador to Mali on Monday.", "Jean-Luc Fontaine", "FRA"),
])
def test_a_hyphenated_given_name_and_a_family_name_are_a_person(annotate_text, text, name, state):
    # the small NER takes "Jean-Baptiste Okello" for an organisation: the post, and so the state, were lost
    doc = annotate_text(text)
    [person] = [e for e in doc.entities if e.name == name]
    assert person.type == "PERSON" and person.country == state



@pytest.mark.parametrize("words, start, end, kept", [
    (["The", "scouts", "praised", "rookie", "Ivo", "Marek", "."], 3, 6, "Ivo Marek"),  # a lowercase word opens it
    (["Agents", "seized", "hemp", "seed", "oil", "."], 2, 5, None),  # no capitalised word: no name
    (["She", "bought", "a", "Lumo", "Stick", "."], 2, 5, None),  # an indefinite noun phrase
    (["Ursula", "von", "der", "Lahn", "spoke", "."], 0, 4, "Ursula von der Lahn"),  # name particles stay
    (["He", "met", "Ali", "bin", "Tamir", "."], 2, 5, "Ali bin Tamir"),
])
def test_a_person_span_keeps_only_its_name(nlp: Language, words: list[str], start: int, end: int,
                                           kept: str | None) -> None:
    """``NameRepair._trim``: the tagger's PERSON spans sometimes start on a common word before a name, or cover no
    name at all; name particles ("von der", "bin") stay."""
    doc = Doc(nlp.vocab, words=words)
    got = NameRepair._trim(doc, Span(doc, start, end, label="PERSON"))
    assert (got.text if got is not None else None) == kept


@pytest.mark.parametrize("text, person", [
    ("BEIRUT - Walid Haddad, a former Lebanese prime minister, has died at 81.", "Walid Haddad"),
    ("AMMAN (Reuters) - Samir Qudah, a veteran Jordanian diplomat, was named ambassador to Egypt on Monday.",
     "Samir Qudah"),
])
def test_a_name_that_opens_the_story_after_its_dateline_is_a_person(nlp: Language, text: str, person: str) -> None:
    """The NER runs a wire dateline into the name after it and loses the name
    (``NameRepair._add_given_name_persons``)."""
    assert (person, "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_name_after_a_dash_in_running_text_needs_more_than_the_dash(nlp: Language) -> None:
    doc = nlp("The talks were frank - Omar Hadi and the others agreed later.")
    assert not NameRepair._add_given_name_persons(doc, [])  # no dateline before it: nothing added on its own


def test_a_name_run_into_a_bloc_after_a_preposition_starts_after_it(nlp: Language) -> None:
    """ "ambassador to the EU Jane Marlow": the tagger runs the bloc into the name (``_split_state_prefix``)."""
    doc = nlp("Canadian Ambassador to the EU Paul Tremblay testified on Wednesday.")
    assert ("Paul Tremblay", "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("text", "platform"), [
    ("Write to Piet Harlow at pharlow@example.org or follow him on Twitter @pharlow.", "Twitter"),
    ("Fans of the band took to Twitter to complain about the ticket prices.", "Twitter"),
    ("Readers can find the Courier on Instagram, Facebook or Twitter.", "Twitter"),
])
def test_a_social_network_the_tagger_reads_as_a_person_is_an_organisation(nlp, text, platform):
    # the tagger takes a network for a person, alone or with the handle after it (real pages: credit lines)
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    assert (platform, "ORG") in ents and not any(label == "PERSON" and platform in t for t, label in ents), ents


def test_a_person_named_after_a_network_word_keeps_the_name(nlp):
    ents = [(e.text, e.label_) for e in nlp("Kwame Asante posted a note on Twitter about the mill closing.").ents]
    assert ("Kwame Asante", "PERSON") in ents, ents


@pytest.mark.parametrize("text", [
    "The Congressional Budget Office said the Lindqvist-era tariffs would cut output by a point.",
    "Shares of a Sugar Land-based drilling firm fell on Monday.",
    "The Oscar-winning actress opened the festival in Tarnow.",
])
def test_a_name_hyphenated_to_a_modifier_word_is_no_person(nlp, text):
    # "X-era", "Y-based", "Z-winning": an adjective the tagger reads as a person (real pages)
    assert not [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_hyphenated_given_name_is_no_modifier(nlp):
    people = [e.text for e in nlp("Kim Jong-un met Moon Jae-in and Ri Son-gwon in Panmunjom.").ents
              if e.label_ == "PERSON"]
    assert {"Kim Jong-un", "Moon Jae-in", "Ri Son-gwon"} <= set(people), people


@pytest.mark.parametrize(("text", "word"), [
    ("The “Greta and Tomas” star signed a new deal with the studio.", "Greta"),
])
def test_a_name_opening_a_quoted_title_is_no_person(nlp, text, word):
    # a song's or a series' title in quotes opens with a word the tagger reads as a name (real pages)
    assert not [e.text for e in nlp(text).ents if e.label_ == "PERSON" and word in e.text]


def test_a_name_opening_quoted_speech_stays_a_person(nlp):
    doc = nlp("Lena Orsk's lawyer spoke outside. “Lena Orsk has done nothing wrong,” he said.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Lena Orsk", "Lena Orsk"]


def test_a_person_named_before_a_weekday_is_cut_off_the_date(nlp: Language) -> None:
    # invented: the NER runs a short name into the weekday after it ("Mori Friday"); a name the text gives a person
    doc = nlp("Japanese Prime Minister Taro Mori arrived in Seoul on Thursday. Lee and Mori Friday also signed an "
              "accord.")
    ents = [(e.text, e.label_) for e in doc.ents if e.start > 12]
    assert ("Mori", "PERSON") in ents and ("Friday", "DATE") in ents


def test_a_name_no_person_has_stays_in_the_date(nlp: Language) -> None:
    doc = nlp("President Ana Ruiz said the ceasefire began on Christmas Day.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["Christmas Day"]


def test_a_native_word_after_an_article_is_no_name(nlp: Language) -> None:
    # invented: "the 61-year-old Nevadan" describes someone; the NER takes the word for a name
    doc = nlp("Senator Dan Moss of Nevada won the party vote on Tuesday. The 61-year-old Nevadan was elevated to "
              "leader.")
    assert "Nevadan" not in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_surname_after_an_article_stays_a_name(nlp: Language) -> None:
    doc = nlp("President Joseph Moyo addressed parliament on Monday. The 93-year-old Moyo accused Britain of plotting.")
    assert "Moyo" in [e.text for e in doc.ents if e.label_ == "PERSON"]

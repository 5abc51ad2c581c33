"""An accusation told only by its content (GUIDE.md: ACCUSE allege from the speaker to the doer): a reported clause
that names a wrong with its doer after "by" ("said the video shows systematic abuses by X"), on invented
sentences (annotate/evaluation.py ``charged_doer``, the ``construction.charged`` of annotate/events.py)."""

from __future__ import annotations

import pytest

from dateline.annotate.evaluation import charged_doer


def _accusations(doc):
    names = {e.id: e.name for e in doc.entities}
    return [({names[i] for i in ev.source}, {names[i] for i in ev.target}, ev.mode, ev.date)
            for ev in doc.events if ev.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Video shared by residents shows systematic abuses by Sudanese troops in the camps, said Amnesty "
         "International on Tuesday.", "Amnesty International", "Sudanese troops"),
        ("Amnesty International said that its researchers had documented torture by Nicaraguan police.",
         "Amnesty International", "Nicaraguan police"),
        ("The Chilean foreign ministry said the report documents systematic abuses by Bolivian border guards.",
         "Chilean foreign ministry", "Bolivian border guards"),
        ("The Chilean foreign ministry said grave abuses were committed by Bolivian border guards.",
         "Chilean foreign ministry", "Bolivian border guards"),
        ('"We firmly oppose violations of the truce by Azerbaijan," Armenian Foreign Minister Ana Kral said on Monday.',
         "Ana Kral", "Azerbaijan"),
    ],
)
def test_a_wrong_named_with_its_doer_in_reported_speech_accuses_the_doer(annotate_text, text, accuser, accused):
    found = _accusations(annotate_text(text, "2019-11-20"))
    assert any(accuser in s and accused in t and mode == "allege" for s, t, mode, _ in found), found


def test_the_accusation_takes_the_day_of_the_saying(annotate_text):
    doc = annotate_text("Video shared by residents shows systematic abuses by Sudanese troops after the camp raids of "
                        "3 May, said Amnesty International on Tuesday, May 7.",
                        "2019-05-08")
    [(_, _, _, when)] = _accusations(doc)
    assert when is not None and when.start == "2019-05-07"


@pytest.mark.parametrize(
    "text",
    [
        "The army said attacks by rebels killed 20 soldiers on Monday.",  # an attack reported, no wrong named
        "The Chilean foreign ministry said the report documents systematic abuses in the border zone.",  # no doer
        "The Chilean foreign ministry said the bridge was built by Bolivian engineers.",  # no wrong
    ],
)
def test_no_accusation_without_a_wrong_and_its_doer(annotate_text, text):
    assert not [a for a in _accusations(annotate_text(text, "2019-11-20")) if a[2] == "allege"]


def test_charged_doer_reads_the_by_phrase_where_the_parser_hangs_it(nlp):
    doc = nlp("Officials said the video shows systematic abuses by Sudanese troops.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    doer = charged_doer(clause)
    assert doer is not None and doer.text == "troops"


@pytest.mark.parametrize("text", [
    "Chilean prosecutors charged the former interior minister with bribery on Monday.",
    "Prosecutors in Nairobi indicted a deputy governor for fraud on Friday.",
])
def test_a_charge_against_an_official_named_by_post_alone_is_kept(annotate_text, text):
    # events._unnamed_official: the one charged is someone, though unnamed; the prosecutors' state acts
    (accusation,) = _accusations(annotate_text(text))
    assert accusation[0] and accusation[2] == "allege"


def test_a_charge_on_no_one_stays_dropped(annotate_text):
    assert not _accusations(annotate_text("The Chilean utility charged its customers a new fee on Monday."))


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Hanoi's foreign ministry said on Monday that Beijing had violated Vietnam's sovereignty.", "VNM", "CHN"),
    ("The Guyanese foreign minister said Caracas's manoeuvres had flagrantly breached the border accord.", "GUY",
     "VEN"),
])
def test_a_reported_violation_accuses_its_doer(annotate_text, text, accuser, accused):
    # evaluation.charged_doer reads a clause whose own verb names the wrong (``wrongdoing_verbs``); the violation is
    # the accusation's content (content.in_content), not a rejection of its own
    doc = annotate_text(text)
    country = {e.id: e.country for e in doc.entities}
    (accusation,) = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert [country[i] for i in accusation.source] == [accuser]
    assert [country[i] for i in accusation.target] == [accused]
    assert not [ev for ev in doc.events if ev.type == "REJECT" and ev.modality == "asserted"]


def test_a_violation_denied_accuses_no_one(annotate_text):
    assert not _accusations(annotate_text("Hanoi's foreign ministry said Vietnam had not violated the accord."))


def test_a_said_accusation_takes_the_saying_day_not_the_charged_acts(annotate_text):
    # dating.accusation_at_its_saying, SAID_ACCUSATIONS: the accusation is the saying; Friday is the violation's day
    doc = annotate_text("Guyanese Foreign Minister Ruth Persaud met the regional envoy on Monday. Persaud said "
                        "Venezuela had breached the border accord on Friday.", published="2025-03-18")
    (accusation,) = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert accusation.date is not None and accusation.date.start == "2025-03-17"

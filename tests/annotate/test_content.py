"""What a demand, refusal or threat is about is not an event of its own; a crowd's own demand beside its protest is
the protest (annotate/content.py)."""

from __future__ import annotations

from dateline.annotate.content import crowd_demand, in_content
from event_helpers import countries, of_type


def test_support_asked_of_another_state_is_no_support(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Georgian officials demanded that Washington equal the European Union's backing for their "
                        "membership bid.")
    assert [e.type for e in doc.events] == ["REQUEST"], [(e.type, e.trigger) for e in doc.events]


def test_an_act_whose_admission_is_demanded_is_not_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Ecuador's congress demanded an acknowledgement from Lima that Peruvian coast guards fired on "
                        "Ecuadorian fishermen.")
    assert not of_type(doc, "ASSAULT"), [(e.type, e.trigger) for e in doc.events]
    [request] = of_type(doc, "REQUEST")
    assert "PER" in countries(doc, request.target)


def test_a_crowds_own_demand_is_its_protest(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Kenyan dock workers staged a sit-in at Mombasa port on Monday to demand the reinstatement of "
                        "fired colleagues.")
    assert [e.type for e in doc.events] == ["PROTEST"], [(e.type, e.trigger) for e in doc.events]


def test_a_demand_addressed_to_someone_stays(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Kenyan dock workers staged a sit-in at Mombasa port on Monday and called on the port "
                        "authority to reinstate their colleagues.")
    assert {e.type for e in doc.events} == {"PROTEST", "REQUEST"}, [(e.type, e.trigger) for e in doc.events]


def test_a_request_told_in_a_relative_clause_stays(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The minister walked free on Monday, defying the African Court, which had asked Kenya to keep "
                        "him in custody.")
    assert of_type(doc, "REQUEST"), [(e.type, e.trigger) for e in doc.events]


def test_a_dated_act_inside_a_demand_is_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Farmers in Kisumu began a sit-in on Monday to demand the return of land confiscated by the "
                        "Kenyan government in 2010.")
    assert of_type(doc, "COERCE"), [(e.type, e.trigger) for e in doc.events]


def _index(doc, word: str) -> int:  # type: ignore[no-untyped-def]
    return next(t.i for t in doc if t.text == word)


def test_in_content_names_the_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Kyiv demanded that Berlin match Warsaw's support for the coalition, which Paris approved after the vote.")
    demanded, support, approved = (_index(doc, w) for w in ("demanded", "support", "approved"))
    types = {demanded: "REQUEST", support: "SUPPORT", approved: "SUPPORT"}
    assert in_content(doc[support], types) == demanded
    assert in_content(doc[approved], types) is None  # a relative clause tells its own act
    assert in_content(doc[demanded], types) is None


def test_crowd_demand_needs_a_protest_and_no_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Thousands of nurses marched through Lagos on Monday demanding higher pay.")
    marched, demanding = _index(doc, "marched"), _index(doc, "demanding")
    assert crowd_demand(doc[demanding], {marched: "PROTEST", demanding: "REQUEST"})
    assert not crowd_demand(doc[demanding], {demanding: "REQUEST"})


def test_the_act_a_warning_advises_against_is_not_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Kenya's president on Monday cautioned Uganda against signing the pipeline deal.")
    assert not of_type(doc, "AGREE"), [(e.type, e.trigger) for e in doc.events]


def test_the_act_an_accusation_charges_is_not_told(nlp) -> None:  # type: ignore[no-untyped-def]
    # invented: GUIDE.md, "accused X of attacking Y" is ACCUSE and the attack not_event; a noun that counts the act
    # ("a wave of") stands between them here
    doc = nlp("The Kenyan government blamed Somalia for a wave of drone attacks on border towns.")
    types = {doc[i].i: "ACCUSE" for i in range(len(doc)) if doc[i].lower_ == "blamed"}
    attacks = next(t for t in doc if t.lower_ == "attacks")
    assert in_content(attacks, types) == next(iter(types))


def test_an_accused_act_told_with_its_own_date_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Kenya blamed Somalia for Tuesday's attack on the border post.")
    types = {t.i: "ACCUSE" for t in doc if t.lower_ == "blamed"}
    assert in_content(next(t for t in doc if t.lower_ == "attack"), types) is None


def test_the_act_of_force_got_ready_for_is_not_told(nlp) -> None:  # type: ignore[no-untyped-def]
    # the act an army gets ready for is its mobilisation's content, whatever the learned decision makes of the word
    doc = nlp("Bordurian gunners prepared to resume their bombardment of the river town.")
    prepared = next(t for t in doc if t.lower_ == "prepared")
    resume = next(t for t in doc if t.lower_ == "resume")
    assert in_content(resume, {prepared.i: "MOBILIZE", resume.i: "ASSAULT"}) == prepared.i


def test_what_a_protest_is_against_is_not_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chilean miners staged a sit-in on Monday in protest at Peru's decision to shut the border "
                        "crossing.")
    assert [e.type for e in doc.events] == ["PROTEST"], [(e.type, e.trigger) for e in doc.events]


def test_what_a_punishment_is_for_is_not_told(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Canada imposed sanctions on the junta for its support of the militia.")
    types = {_index(doc, "imposed"): "SANCTION", _index(doc, "support"): "SUPPORT"}
    assert in_content(doc[_index(doc, "support")], types) == _index(doc, "imposed")


def test_a_dated_act_a_protest_is_against_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Farmers blocked roads in protest at last month's arrest of three union leaders.")
    types = {_index(doc, "blocked"): "PROTEST", _index(doc, "arrest"): "COERCE"}
    assert in_content(doc[_index(doc, "arrest")], types) is None



def test_a_charge_joined_to_the_accuser_is_charged_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    # "accused of fraud by one aide and assault by another": when the parser joins the second charge to the first
    # accuser, it is still what was charged, not an act done (real pages: an ASSAULT asserted from an accusation). The
    # parse is built by hand: the small model reads such sentences either way
    from spacy.tokens import Doc
    words = ["Mboya", "was", "accused", "of", "fraud", "by", "one", "aide", "and", "assault", "by", "another", "."]
    heads = [2, 2, 2, 2, 3, 2, 7, 5, 7, 7, 2, 10, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "agent", "nummod", "pobj", "cc", "conj", "agent", "pobj",
            "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert in_content(doc[9], {2: "ACCUSE", 9: "ASSAULT"}) == 2
    assert in_content(doc[7], {2: "ACCUSE"}) is None  # the accuser is no charge


def test_acts_threatened_in_an_infinitive_read_as_a_preposition_are_the_threat(  # type: ignore[no-untyped-def]
        annotate_text) -> None:
    # the small parser reads "to assault and murder" as a preposition with a verb as its object (content.py)
    doc = annotate_text("Lena M. Okafor, 38, of Dunmore, admitted on Friday to threatening to stab and kill a "
                        "federal judge, Judge Carl Voss of Ohio.")
    assert not of_type(doc, "ASSAULT"), [(e.type, e.trigger) for e in doc.events]
    assert of_type(doc, "THREATEN"), [(e.type, e.trigger) for e in doc.events]


def test_a_wrong_charged_in_a_said_clause_is_no_second_one(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Senator Ivo Rask said on Monday that Health Minister Dora Lind had misled parliament.")
    accusations = of_type(doc, "ACCUSE")
    assert len(accusations) == 1, [(e.type, e.trigger) for e in doc.events]
    by_id = {e.id: e.name for e in doc.entities}
    assert [by_id[i] for i in accusations[0].source] == ["Ivo Rask"]

"""Test post finding on short invented sentences: pre-nominal, appositive and "appointed as" posts, normalized titles."""

from __future__ import annotations

import pytest

from dateline.model import Document, Position

ANCHOR = "2025-03-18"


def _posts_of(doc: Document, name: str) -> list[Position]:
    ids = {e.id for e in doc.entities if e.type == "PERSON" and e.name == name}
    assert len(ids) == 1, f"{name!r}: {[(e.type, e.name) for e in doc.entities]}"
    return [p for p in doc.positions if p.person in ids]


def _only_post(doc: Document, name: str) -> Position:
    posts = _posts_of(doc, name)
    assert len(posts) == 1, [(p.title, p.title_text) for p in posts]
    return posts[0]


@pytest.mark.parametrize(
    ("text", "name", "title", "title_text"),
    [
        ("Deputy Prime Minister Anna Novak arrived in Zagreb on Monday.", "Anna Novak", "deputy prime minister",
         "Deputy Prime Minister"),
        ("Vice Foreign Minister Choe Yong-sam arrived in Hanoi on Friday.", "Choe Yong-sam", "vice foreign minister",
         "Vice Foreign Minister"),
        ("Unification Minister Park Min-su visited a factory in Incheon on Monday.", "Park Min-su",
         "unification minister", "Unification Minister"),
        ("Chancellor Helmut Brandt visited Warsaw on Tuesday.", "Helmut Brandt", "chancellor", "Chancellor"),
        ("Ambassador Kim Chol-u presented his credentials in Hanoi on Tuesday.", "Kim Chol-u", "ambassador",
         "Ambassador"),
    ],
)
def test_pre_nominal_titles(annotate_text, text, name, title, title_text):
    doc = annotate_text(text)
    post = _only_post(doc, name)
    assert (post.title, post.title_text) == (title, title_text)
    assert post.as_of == ANCHOR
    assert post.evidence.text == text


def test_a_demonym_before_the_title_gives_the_post_its_country(annotate_text):
    doc = annotate_text("Turkish President Ahmet Yilmaz met Greek Prime Minister Nikos Pappas in Athens on Monday.")
    yilmaz = _only_post(doc, "Ahmet Yilmaz")
    pappas = _only_post(doc, "Nikos Pappas")
    assert (yilmaz.title, yilmaz.country) == ("president", "TUR")
    assert (pappas.title, pappas.country) == ("prime minister", "GRC")


def test_a_demonym_the_tagger_runs_into_a_title_still_names_the_state(annotate_text):
    # after a closing quote the small model may tag "Ethiopian Water" as one work of art (invented probe)
    doc = annotate_text('"We are always ready to negotiate, but not under threat," Ethiopian Water Minister Habtamu '
                        'Bekele told reporters in Addis Ababa last week.')
    post = _only_post(doc, "Habtamu Bekele")
    assert (post.title, post.country) == ("water minister", "ETH")


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Vietnamese Prime Minister Tran Van Hoa arrived in Vientiane on Friday.", "Tran Van Hoa", "prime minister",
         "VNM"),
        ("Italian Foreign Minister Carla Bruni met reporters in Rome on Monday.", "Carla Bruni", "foreign minister",
         "ITA"),
        ("Russian Deputy Foreign Minister Ilya Sorokin met Kazakh officials on Monday.", "Ilya Sorokin",
         "deputy foreign minister", "RUS"),
    ],
)
def test_a_demonym_before_a_several_word_title_keeps_the_whole_title(annotate_text, text, name, title, country):
    doc = annotate_text(text)
    post = _only_post(doc, name)
    assert (post.title, post.country) == (title, country)
    assert post.title_text.lower() == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chile's foreign minister, Pablo Ortiz, met Argentina's president in Santiago on Monday.", "Pablo Ortiz",
         "foreign minister"),
        ("Prime Minister Lena Vos did not meet the Danish king on Monday.", "Lena Vos", "prime minister"),
        ("Prime Minister Tran Van Hoa arrived in Vientiane on Friday. "
         "He had met the Thai foreign minister in Bangkok the previous day.", "Tran Van Hoa", "prime minister"),
    ],
)
def test_the_title_of_an_unnamed_other_person_is_not_the_subjects(annotate_text, text, name, title):
    doc = annotate_text(text)
    assert [p.title for p in _posts_of(doc, name)] == [title]


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Maria Lopez, the Spanish defence minister, visited Rabat on Monday.", "Maria Lopez", "defence minister",
         "ESP"),
        ("Kenya's president, William Otieno, visited Uganda on Monday.", "William Otieno", "president", "KEN"),
        ("Ivan Petrov, Bulgaria's ambassador to Greece, met reporters in Athens on Monday.", "Ivan Petrov",
         "ambassador to greece", "BGR"),
        ("Carlos Mendes, the minister of defence, visited Quito on Monday.", "Carlos Mendes", "minister of defence",
         None),
    ],
)
def test_appositive_titles(annotate_text, text, name, title, country):
    doc = annotate_text(text)
    post = _only_post(doc, name)
    assert post.title == title
    assert post.country == country
    assert post.title_text.lower() == title


@pytest.mark.parametrize("honorific", ["Sir", "Mrs.", "Sheikh", "Dr."])
def test_an_honorific_before_an_appositive_holder_is_skipped(annotate_text, honorific):
    """One honorific list (``annotate/nlp.py::HONORIFICS``) serves the entity trim and the appositive holder."""
    doc = annotate_text(f"Kenya's ambassador, {honorific} William Otieno, spoke in Nairobi on Monday.")
    holders = {e.name for e in doc.entities for p in doc.positions if p.person == e.id and p.title == "ambassador"}
    assert holders == {"William Otieno"}, [(e.type, e.name) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "name", "title", "year"),
    [
        ("Thomas Keller was appointed as ambassador to Austria in 2019.", "Thomas Keller", "ambassador to austria",
         "2019"),
        ("Anna Berg was appointed ambassador to Norway in 2016.", "Anna Berg", "ambassador to norway", "2016"),
        ("The cabinet appointed Omar Haddad as finance minister in 2021.", "Omar Haddad", "finance minister", "2021"),
        ("Omar Haddad was named interior minister last year.", "Omar Haddad", "interior minister", "2024"),
    ],
)
def test_appointed_as_gives_the_post_and_its_start(annotate_text, text, name, title, year):
    doc = annotate_text(text)
    post = _only_post(doc, name)
    assert post.title == title
    assert post.start is not None
    assert (post.start.start, post.start.end, post.start.granularity) == (f"{year}-01-01", f"{year}-12-31", "year")
    assert post.end is None


def test_served_as_is_a_post(annotate_text):
    doc = annotate_text("Sara Lind served as ambassador to Japan from 2015 to 2019.")
    post = _only_post(doc, "Sara Lind")
    assert post.title == "ambassador to japan"
    assert post.start is not None and post.start.start == "2015-01-01"


def test_titles_are_lower_case_and_single_spaced(annotate_text):
    doc = annotate_text(
        "Deputy  Prime Minister Anna Novak met Foreign Minister Ri Son-gwon on Monday.\n\n"
        "Maria Lopez, the Spanish Defence Minister, was also there."
    )
    assert len(doc.positions) == 3
    for post in doc.positions:
        assert post.title == post.title.lower()
        assert post.title == " ".join(post.title.split())
        assert post.title_text and post.title_text in post.evidence.text


def test_a_post_is_recorded_once_per_person_and_title(annotate_text):
    doc = annotate_text(
        "Foreign Minister Ri Son-gwon arrived in Hanoi on Monday. Foreign Minister Ri Son-gwon left on Tuesday."
    )
    post = _only_post(doc, "Ri Son-gwon")
    assert post.title == "foreign minister"


def test_a_sentence_without_a_post_gives_none(annotate_text):
    doc = annotate_text("Helmut Brandt visited Warsaw on Tuesday and met students at the university.")
    assert doc.positions == ()


def test_as_of_is_the_publication_date_and_null_without_one(annotate_text):
    doc = annotate_text("Chancellor Helmut Brandt visited Warsaw.", published=None)
    assert _only_post(doc, "Helmut Brandt").as_of is None


def test_a_leaders_aide_serves_the_leaders_state(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Canadian Prime Minister Paul Girard met reporters on Monday. Girard's spokesman, Alain Dubois, "
                        "said the talks went well.")
    names = {e.id: e.name for e in doc.entities}
    posts = {(names[p.person], p.title): p.country for p in doc.positions}
    assert posts[("Alain Dubois", "spokesman")] == "CAN"


def _consult_actor_names(doc):
    names = {e.id: e.name for e in doc.entities}
    return [{names[i] for i in ev.actors() if i in names} for ev in doc.events if ev.type == "CONSULT"]


def test_she_skips_a_man_by_the_sex_of_given_names(annotate_text):
    """Where the text states no gender, the first names do (``lexicons/given_names.tsv``): "She" is not the latest
    subject, a man, but the woman named before him."""
    doc = annotate_text("Kenyan Trade Minister Mary Achieng landed in Kampala on Monday. Ugandan envoy John Mugisha "
                        "greeted her at the airport. On Tuesday she met Ugandan President Yoweri Kato.")
    assert {"Mary Achieng", "Yoweri Kato"} in _consult_actor_names(doc), _consult_actor_names(doc)


def test_the_text_states_gender_before_the_name_registers(annotate_text):
    """A title the text gives ("Mr") outweighs a first name registers mostly give women."""
    from dateline.annotate.posts import _gender_of_given_name

    assert _gender_of_given_name("Andrea Conti") == "f" and _gender_of_given_name("Conti") is None
    # a family name written first says nothing ("Kang" and "Lee" are registered as men's given names too)
    assert _gender_of_given_name("Kang Mi-ran") is None and _gender_of_given_name("Lee Soo-jin") is None
    doc = annotate_text("Mr Andrea Conti, Italy's envoy, arrived in Tunis on Monday. Tunisian minister Leila Mansour "
                        "welcomed him. On Tuesday he met Tunisian President Kais Amri.")
    assert {"Andrea Conti", "Kais Amri"} in _consult_actor_names(doc), _consult_actor_names(doc)


def test_he_is_the_subject_named_beside_its_description(annotate_text):
    """A subject described and named beside it ("Kenya's military ruler, General A, told B and C") is the subject
    the next "he" goes on about, not the last man named; a name listed after a count ("five were killed, among them
    D") is not."""
    doc = annotate_text("Hosting the summit, Kenya's military ruler, General Joseph Mutua, told his counterparts, "
                        "Colonel Peter Okello of Uganda and Captain Samuel Habimana of Rwanda, that their peoples had "
                        "turned their backs on the bloc. He accused the African Union of serving foreign "
                        "interests.")
    names = {e.id: e.name for e in doc.entities}
    assert [{names[i] for i in ev.source} for ev in doc.events if ev.type == "ACCUSE"] == [{"Joseph Mutua"}]
    doc = annotate_text("Kenya's Foreign Minister, Joseph Mutua, condemned the raid on Monday. The rebels said five of "
                        "their fighters had died, among them Peter Okello. On Tuesday he accused Uganda of genocide.")
    names = {e.id: e.name for e in doc.entities}
    assert [{names[i] for i in ev.source} for ev in doc.events if ev.type == "ACCUSE"] == [{"Joseph Mutua"}] * 2


def test_an_object_pronoun_takes_a_person_of_its_sentence_before_one_of_earlier_sentences(annotate_text):
    """"him", the object of a clause whose subject is no person, is the man named earlier in the sentence, not the
    man of the sentence before."""
    doc = annotate_text("Ghanaian opposition leader Kofi Owusu spoke on Monday. Grace Mensah, who succeeded Yaw Boateng "
                        "as speaker in March after parliament dismissed him, chairs the committee.")
    names = {e.id: e.name for e in doc.entities}
    assert [{names[i] for i in ev.target} for ev in doc.events if ev.type == "DISMISS"] == [{"Yaw Boateng"}]


@pytest.mark.parametrize(("text", "holder", "field"), [
    ("Grace Mensah succeeded Yaw Boateng as speaker in March.", "Grace Mensah", "start"),
    ("Grace Mensah, who replaced Yaw Boateng as speaker in March, chairs the committee.", "Grace Mensah", "start"),
    ("The cabinet replaced Yaw Boateng as speaker in March.", "Yaw Boateng", "end"),
])
def test_the_post_of_a_succession_is_the_successors_from_then(annotate_text, text, holder, field):
    """"X succeeded / replaced Y as T in May": X holds T from May (and no appointment of Y is told); when a body
    replaces Y, Y's post ends then."""
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    posts = [(names[p.person], p.title, p.start and p.start.start, p.end and p.end.start) for p in doc.positions]
    assert [(names[p.person], getattr(p, field).start[:7]) for p in doc.positions
            if p.title == "speaker" and getattr(p, field) is not None] == [(holder, "2025-03")], posts
    assert not [ev for ev in doc.events if ev.type == "APPOINT" and any(names.get(i) == "Yaw Boateng" for i in ev.target)]


def test_an_object_pronoun_in_an_event_nouns_phrase_is_not_the_clauses_subject(annotate_text):
    """ "A met B on Monday and held talks with him on Tuesday": "him", inside the object's phrase, is B, not A."""
    doc = annotate_text("Kenyan President William Mutai met Tanzanian President Samuel Hassan in Arusha on Monday and "
                        "held talks with him in Dodoma on Tuesday.")
    names = {e.id: e.name for e in doc.entities}
    talks = [ev for ev in doc.events if ev.type == "CONSULT" and ev.date and ev.date.start == "2025-03-18"]
    assert [(names[ev.source[0]], [names[t] for t in ev.target]) for ev in talks] == [
        ("William Mutai", ["Samuel Hassan"])]


def test_he_of_a_clause_coordinated_with_an_object_him_continues_him(annotate_text):
    """ "B pardoned him, but a tribunal overturned the pardon and he returned to jail": "he" is the man "him" is, whom
    the text goes on about, not the subject named before; "told him that he would come" (a complement) keeps A."""
    doc = annotate_text("Former Bolivian governor Juan Perez was given a 12-year jail term in 2010. President Pedro "
                        "Alvarez pardoned him in 2016, but a tribunal overturned the pardon two years later and he "
                        "returned to jail. An appeals court reinstated it, and he walked free last December.")
    names = {e.id: e.name for e in doc.entities}
    walked = [ev for ev in doc.events if ev.trigger == "walked"]
    assert [names[a] for ev in walked for a in ev.actors()] == ["Juan Perez"]
    doc = annotate_text("Kenyan President William Mutai called Ugandan President Moses Kato on Monday and told him that "
                        "he would visit Kampala in May.")
    names = {e.id: e.name for e in doc.entities}
    assert [[names[a] for a in ev.source] for ev in doc.events if ev.trigger == "visit"] == [["William Mutai"]]


@pytest.mark.parametrize(("text", "holder", "title"), [
    ("Trade Minister Luis Pardo resigned on March 3, leaving Culture Minister Elena Ortiz to serve as acting premier "
     "until Friday.", "Elena Ortiz", "acting premier"),
    ("President Kofi Mensah asked Ama Boateng to lead the finance ministry on Monday.", "Ama Boateng",
     "head of finance ministry"),
])
def test_an_infinitive_under_a_person_object_gives_the_post_to_that_person(annotate_text, text, holder, title):
    """"leaving X to serve as acting premier", "asked X to lead the ministry": X takes the post, not the subject of
    the verb the infinitive hangs from; so the end of X's term is no departure of the one who left."""
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    assert [names[p.person] for p in doc.positions if p.title == title] == [holder]
    assert all(names[p.person] != holder for p in doc.positions if p.title != title and "minister" not in p.title)
    leaving = {names[i] for ev in doc.events if ev.type == "DISMISS" for i in ev.target}
    assert leaving <= {"Luis Pardo", holder}


def test_an_unnamed_man_s_he_does_not_make_the_only_woman_named_a_man(annotate_text):
    """A "he" written while only one person has been named may mean someone the text leaves unnamed ("a volunteer told
    local radio that he ..."): that guess comes after the name registers, so the ombudsman Laura Vidal does not die."""
    doc = annotate_text("Two miners were killed in clashes with police near the copper mine at Oruro on Monday, the "
                        "ombudsman Laura Vidal said.\n\nA volunteer told local radio that he had tried to revive one "
                        "of the injured miners, but he died in the ambulance.")
    names = {e.id: e.name for e in doc.entities}
    assert not [ev for ev in doc.events if ev.type == "DIE" and "Laura Vidal" in {names[i] for i in ev.actors()}]


def test_the_only_person_named_is_he_when_the_registers_say_nothing(annotate_text):
    """With no title, no own pronoun and no registered first name, a "he" while only one person has been named
    still gives that person's gender: "she" then skips him."""
    from dateline.annotate.posts import _gender_of_given_name

    assert _gender_of_given_name("Okonkwo Adebayo-Ferreira") is None
    doc = annotate_text("Okonkwo Adebayo-Ferreira, Nigeria's envoy, arrived in Accra on Monday, and he was greeted at "
                        "the airport. Ghanaian minister Grace Mensah welcomed him. On Tuesday she met Ghanaian President "
                        "Kofi Asante.")
    assert {"Grace Mensah", "Kofi Asante"} in _consult_actor_names(doc), _consult_actor_names(doc)


@pytest.mark.parametrize("text, person, title, country", [
    ("Vermont Gov. Dana Whitlock signed the order on Friday.", "Dana Whitlock", "governor", "USA"),
    ("Sen. Peter Marlow, R-Idaho, opposed the bill.", "Peter Marlow", "senator", None),
    ("Rep. Ana Lisboa spoke to reporters after the vote.", "Ana Lisboa", "representative", None),
    ("Quorvex CEO Hana Brandt announced the cuts on Monday.", "Hana Brandt", "ceo", None),
    ("Texas Lt. Gov. Ray Colton spoke on Monday.", "Ray Colton", "lieutenant governor", "USA"),
])
def test_an_abbreviated_or_executive_title_is_a_post(  # type: ignore[no-untyped-def]
        annotate_text, text, person, title, country) -> None:
    """US abbreviations ("Sen.", "Rep.", "Gov.") are written out (``posts.TITLE_ABBREVIATIONS``); a first-level
    region before the title names the post's state ("Vermont Gov.": USA); a firm's chief executive holds a post."""
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    posts = [(names[p.person], p.title) for p in doc.positions]
    assert any(name == person and title in held for name, held in posts), posts
    if country:
        assert [p.country for p in doc.positions if names[p.person] == person] == [country]


def test_a_speaker_pronoun_after_a_quote_is_not_the_one_quoted_about(annotate_text):
    # invented: the speaker talks about the person named in the quote; "he" is the one named before
    doc = annotate_text("Prosecutor Dan Hale spoke for two hours on Thursday. \"Tom Brask is a cruel and greedy liar "
                        "because he fooled everyone,\" he told the jurors in his final speech.")
    by_id = {e.id: e.name for e in doc.entities}
    [accusation] = [e for e in doc.events if e.type == "ACCUSE"]
    assert [by_id[i] for i in accusation.source] == ["Dan Hale"]
    assert [by_id[i] for i in accusation.target] == ["Tom Brask"]

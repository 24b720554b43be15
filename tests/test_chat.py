"""Follow-up condensing, question checks, sessions and uploads, on the real service."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.answering import ABSTAIN_TEXT
from rag.chat import ArticleChat, ChatSession, condense
from rag.errors import InvalidQuestionError, UnreadableDocumentError
from rag.schema import Sentence, Turn
from tests.conftest import DEFAULT_ID

OHANLON = Turn("Who is Michael O’Hanlon?", "A military analyst at the Brookings Institution.")


def test_standalone_question_is_left_alone() -> None:
    query = condense("How many troops are housed at the bases?", [OHANLON])
    assert (query.text, query.context) == ("How many troops are housed at the bases?", "")


def test_he_resolves_to_the_last_named_person() -> None:
    query = condense("What did he say about the strike?", [OHANLON])
    assert query.text == "What did O’Hanlon say about the strike?"
    assert query.context == ""


def test_he_resolves_to_a_one_word_name_when_the_turn_has_no_longer_one() -> None:
    earlier = Turn("When did Trump refuse to certify the deal?", "In mid-October.")
    assert condense("What did he warn would happen?", [earlier]).text == "What did Trump warn would happen?"
    answered_with_a_full_name = Turn("Who did Trump blame?", "Former president Barack Obama.")
    assert condense("What did he say?", [answered_with_a_full_name]).text == "What did Obama say?"


def test_elliptic_follow_up_carries_the_previous_question() -> None:
    cited = (Sentence(DEFAULT_ID, 4, 628, 767, "More than 1,500 troops are housed at the two bases."),)
    query = condense(
        "and where are the bases?", [Turn("How many troops are there?", "More than 1,500.", cited)]
    )
    assert query.text == "and where are the bases?"
    assert query.context == "How many troops are there?"
    assert query.previous == frozenset({4})


def test_no_history_means_no_condensing() -> None:
    query = condense("What did he say?", [])
    assert (query.text, query.context, query.previous) == ("What did he say?", "", frozenset())


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "question is empty"), ("   \n\t ", "question is empty"), ("x" * 10_000, "10,000 characters")],
)
def test_bad_questions_are_refused_with_a_reason(service: ArticleChat, question: str, message: str) -> None:
    with pytest.raises(InvalidQuestionError, match=message):
        service.answer(question, DEFAULT_ID)


def test_session_follow_up_uses_history(service: ArticleChat) -> None:
    session = ChatSession(service, DEFAULT_ID)
    first = session.ask("Who is Michael O'Hanlon?")
    assert "Brookings Institution" in first.text
    second = session.ask("What did he say about the strike?")
    assert "very loud warning shot" in second.text
    assert [t.question for t in session.history] == [
        "Who is Michael O'Hanlon?",
        "What did he say about the strike?",
    ]
    session.reset()
    assert session.history == []


def test_upload_is_indexed_kept_and_selectable(service: ArticleChat, settings_corpus: Path) -> None:
    article = service.save_upload(
        "Harbor News.txt", b"Harbor reopens\n\nThe harbor reopened on Monday after repairs.\n"
    )
    assert article.id == "harbor-news"
    assert article.title == "Harbor reopens"
    assert (settings_corpus / "uploads" / "harbor-news.txt").is_file()
    assert {a.id for a in service.articles()} == {DEFAULT_ID, "harbor-news"}
    answer = service.answer("When did the harbor reopen?", "harbor-news")
    assert answer.citations[0].sentence.text == "The harbor reopened on Monday after repairs."
    assert service.ingest().unchanged == (DEFAULT_ID, "harbor-news")  # uploads are part of the corpus


def test_same_name_upload_gets_its_own_id(service: ArticleChat) -> None:
    first = service.save_upload("note.txt", b"First note\n\nThe first note is here.\n")
    second = service.save_upload("note.txt", b"Second note\n\nThe second note is here.\n")
    assert (first.id, second.id) == ("note", "note-2")


def test_pasted_text_keeps_its_title(service: ArticleChat) -> None:
    article = service.save_pasted(
        "What happened at the port?", "Ships waited for days. Then the port reopened."
    )
    assert article.title == "What happened at the port?"
    assert [s.text for s in service.sentences(article.id)] == [
        "Ships waited for days.",
        "Then the port reopened.",
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.pdf", b"%PDF-1.4", '"notes.pdf" is not a supported article file'),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", '"photo.txt"'),
        ("big.txt", b"word " * 500_000, '"big.txt" is larger than'),
        ("empty.md", b"", '"empty.md"'),
    ],
)
def test_bad_upload_stores_nothing(
    service: ArticleChat, settings_corpus: Path, name: str, data: bytes, message: str
) -> None:
    ids_before = service.index.sentence_ids()
    with pytest.raises(UnreadableDocumentError, match=message):
        service.save_upload(name, data)
    assert service.index.sentence_ids() == ids_before
    assert [a.id for a in service.articles()] == [DEFAULT_ID]
    uploads = settings_corpus / "uploads"
    assert not uploads.exists() or list(uploads.iterdir()) == []


@pytest.fixture
def settings_corpus(service: ArticleChat) -> Path:
    return service.settings.corpus_dir


def test_asking_for_more_and_text_histories_are_marked_for_retrieval() -> None:
    query = condense("what else did he say?", [OHANLON])
    assert query.novel
    assert query.previous_answer == OHANLON.answer
    cited = (Sentence(DEFAULT_ID, 4, 628, 767, "More than 1,500 troops are housed at the two bases."),)
    follow_up = condense("and where?", [Turn("How many troops?", "More than 1,500.", cited)])
    assert (follow_up.novel, follow_up.previous_answer) == (False, "")
    assert condense("What else did Trump say?", [Turn("Who confirmed it?", "Trump.", cited)]).previous == {4}


def test_an_answer_that_quoted_nothing_leaves_no_words_to_follow_up_on() -> None:
    # "The article does not say." shares "say" with many a sentence, and is no topic of the next question
    query = condense("and where?", [Turn("Who won the World Cup?", ABSTAIN_TEXT)])
    assert (query.previous_answer, query.context) == ("", "Who won the World Cup?")


def test_after_a_who_question_he_is_the_person_the_answer_names() -> None:
    asked = Turn(
        "Who is the North Korean official heading to New York?",
        "Kim Yong Chol, vice chairman of North Korea's ruling party.",
    )
    # a family name that comes first keeps the whole name: "Chol" is nobody, and "Kim" is every Kim
    assert condense("What was his job before?", [asked]).text == "What was Kim Yong Chol's job before?"
    # nor is "Kim" alone the "Sung Kim" of a story that has other Kims
    envoy = Turn("Who is leading the U.S. delegation?", "Sung Kim.")
    assert condense("What is his current job?", [envoy]).text == "What is Sung Kim's current job?"
    # titles before the name, however many, are no surname
    leader = Turn("Who did Ryan warn?", "Senate Minority Leader Chuck Schumer.")
    assert condense("What did he say?", [leader]).text == "What did Schumer say?"
    # one common noun and no name is about what was just discussed
    went = Turn("Where did Trump go after the call?", "Arlington National Cemetery.")
    assert condense("What was the occasion?", [went]).context == (
        "Where did Trump go after the call? Arlington National Cemetery."
    )
    # "Who is X?" names the person in the question; the answer only describes them
    described = Turn("Who is Theresa Payton?", "The CEO of Fortalice Solutions.")
    assert condense("What does she think?", [described]).text == "What does Payton think?"
    # a possessive names the person without its "'s"; an agency is nobody's "his"
    letter = Turn("What did Trump's letter say?", "That the summit would not happen.")
    assert condense("When did he send it?", [letter]).text == "When did Trump send it?"
    records = Turn("How many location points did the FBI's records contain?", "Nearly 13,000.")
    assert condense("Over what time did they track his movements?", [records]).text == (
        "Over what time did they track his movements?"
    )


def test_she_and_he_resolve_to_a_person_of_that_gender() -> None:
    pair = Turn("Which two senior officials exchanged anti-Trump texts?", "Peter Strzok and Lisa Page.")
    assert condense("What happened to her?", [pair]).text == "What happened to Page?"
    assert condense("What happened to him?", [pair]).text == "What happened to Strzok?"
    # a turn naming only a man leaves "she" to the turn before
    earlier = Turn("Who is Theresa Payton?", "The CEO of Fortalice Solutions.")
    later = Turn("Who is Michael Horowitz?", "The Justice Department inspector general.")
    assert condense("What did she say?", [earlier, later]).text == "What did Payton say?"
    # when nobody fits, the usual gender of a given name is not everyone's: the turn's person it is
    bookey = Turn("Who is Blaine Bookey?", "A co-legal director at the Center for Gender & Refugee Studies.")
    assert condense("What does she think?", [bookey]).text == "What does Bookey think?"
    # a name that tells no gender fits either pronoun
    assert condense("What did she say?", [Turn("What did Trump say?", "Nothing.")]).text == (
        "What did Trump say?"
    )


def test_a_word_of_an_institution_or_a_country_is_nobodys_he_or_she() -> None:
    quoted = Turn(
        "How far does the decision reach?",
        "Bookey put it this way: “It applies to the courts, as well as the Asylum Office,” Bookey said.",
    )
    assert condense("What else did she say?", [quoted]).text == "What else did Bookey say?"
    about = Turn("What else did he say about Iran?", "Iran, Trump said, “appears to be standing down.”")
    assert condense("Did he say anything else?", [about]).text == "Did Trump say anything else?"


def test_he_is_nobody_the_follow_up_names_after_it() -> None:
    judged = Turn(
        "How did the inspector general judge Comey's October 2016 letter to Congress?",
        "Comey's move to clear the Democratic candidate of any wrongdoing was extraordinary, the inspector "
        "general wrote.",
    )
    # "he" asks about someone other than Comey; "the Democratic candidate" names no one called Democratic
    assert condense("Did he say what Comey should have done instead?", [judged]).text == (
        "Did he say what Comey should have done instead?"
    )
    # a name before the pronoun is still a candidate, as is the last turn's person for a pronoun alone
    assert condense("What did he say about it?", [judged]).text == "What did Comey say about it?"
    spoke = Turn("Who spoke for the FBI?", "Peter Strzok, a senior agent, said so.")
    assert condense("Did he say when Comey knew?", [spoke]).text == "Did Strzok say when Comey knew?"


def test_a_whole_question_after_and_needs_no_context_once_its_pronoun_is_named() -> None:
    cited = (Sentence(DEFAULT_ID, 7, 0, 10, "Peter Strzok and Lisa Page exchanged texts."),)
    pair = Turn("Which two officials exchanged texts?", "Peter Strzok and Lisa Page.", cited)
    query = condense("And what happened to her?", [pair])
    assert (query.text, query.context, query.previous) == ("And what happened to Page?", "", {7})
    # without a question word it is still elliptic: the last turn says what it is about
    assert condense("And her?", [pair]).context == "Which two officials exchanged texts?"


def test_he_and_she_in_one_follow_up_are_two_people() -> None:
    described = Turn("Who described Kim Yong Chol as the man who whispers in Kim Jong Un's ear?", "Jean Lee.")
    query = condense("According to her, what will he be doing once he gets to New York?", [described])
    assert query.text == (
        "According to Jean Lee, what will Kim Yong Chol be doing once Kim Yong Chol gets to New York?"
    )
    # a given name that tells the gender decides, whatever the order
    met = Turn("Who did Molly Reynolds meet?", "Paul Ryan.")
    assert condense("What did he tell her about his plan?", [met]).text == (
        "What did Ryan tell Reynolds about Ryan's plan?"
    )


def test_the_other_one_is_the_other_person_of_a_pair_named_before() -> None:
    pair = Turn("Which Democratic leaders did Trump mention?", "Chuck Schumer and Nancy Pelosi.")
    asked = Turn("Which state is Schumer from?", "New York.")
    # elliptic: the last question, asked of the other person
    assert condense("And the other one?", [pair, asked]).text == "Which state is Pelosi from?"
    # a whole question: the other person named in place
    assert condense("How did the other one react?", [pair, asked]).text == "How did Pelosi react?"
    assert condense("How did the other one react?", [pair, asked]).referent == "Pelosi"
    # "the other base" is no person; a last question naming no one of the pair leaves it alone
    assert condense("And the other base?", [pair, asked]).text == "And the other base?"
    unnamed = Turn("Which state is he from?", "New York.")
    assert condense("And the other one?", [pair, unnamed]).text == "And the other one?"
    # a person for a person, not the firm named beside them
    experts = Turn(
        "Who spoke to VOA?", "Charles Carmakal of Mandiant Consulting and Theresa Payton of Fortalice."
    )
    job = Turn("What's Carmakal's job?", "A vice president at Mandiant Consulting.")
    assert condense("And the other one?", [experts, job]).text == "What's Payton's job?"


def test_a_full_stop_ends_a_name_unless_it_ends_an_initial_or_a_title() -> None:
    defended = Turn("Did Sessions defend the policy?", "Yes. He warned that smugglers would be prosecuted.")
    assert condense("What was his message?", [defended]).text == "What was Sessions's message?"
    met = Turn("Who met Rep. Raul Labrador?", "Dr. Jane Smith.")
    assert condense("What did she say?", [met]).text == "What did Smith say?"


def test_a_weekday_is_no_part_of_a_name() -> None:
    tweeted = Turn(
        "What did Comey say on Twitter Thursday afternoon?", "That the conclusions are reasonable."
    )
    assert condense("What else did he write?", [tweeted]).text == "What else did Comey write?"


def test_which_ones_after_how_many_asks_which_of_those_were_counted() -> None:
    counted = Turn("How many Muslim countries are covered by the travel ban?", "Five.")
    query = condense("Which ones are they?", [counted])
    assert (query.question, query.text) == ("Which ones are they?", "Which Muslim countries are they?")


@pytest.mark.parametrize(
    ("last", "question", "asked"),
    [
        # a fragment asks the last question again with its phrase swapped in
        (
            Turn("Who spoke for the FAA?", "Angela Stubblefield."),
            "And for the FBI?",
            "Who spoke for the FBI?",
        ),
        (
            Turn("How many voted against it in the Senate, and why?", "Three."),
            "And in the House?",
            "How many voted against it in the House, and why?",
        ),
        # no phrase of the fragment's kind to swap: the fragment stays, the last turn gives its context
        (Turn("How many drones has the FAA registered?", "1 million."), "And by 2021?", "And by 2021?"),
        # a fragment with a wh-word is a question of its own
        (Turn("Who spoke for the FAA?", "Angela Stubblefield."), "For how long?", "For how long?"),
        # "the Republican one", "the latter": one of the two the last answer named
        (
            Turn("Who is it?", "Joe Crowley, a Democrat, and Steve Chabot, a Republican."),
            "And which state is the Republican one from?",
            "And which state is Steve Chabot from?",
        ),
        (
            Turn("Who is it?", "Secretary of State Mike Pompeo and North Korea's Kim Yong Chol."),
            "What did the North Korean one used to do?",
            "What did Kim Yong Chol used to do?",
        ),
        (
            Turn("Who is it?", "House Speaker Paul Ryan and the conservative House Freedom Caucus."),
            "Who's the chair of the latter?",
            "Who's the chair of House Freedom Caucus?",
        ),
        # one name, or a description that fits neither, leaves the question as asked
        (Turn("Who is it?", "Only Paul Ryan."), "Who is the first one?", "Who is the first one?"),
        (
            Turn("Who is it?", "Joe Crowley and Steve Chabot."),
            "Which one is the older one?",
            "Which one is the older one?",
        ),
    ],
)
def test_a_fragment_or_the_described_one_is_asked_as_a_whole_question(
    last: Turn, question: str, asked: str
) -> None:
    query = condense(question, [last])
    assert (query.question, query.text) == (question, asked)


@pytest.mark.parametrize("question", ["Who's the head you mean?", "Which officials are we talking about?"])
def test_a_question_about_what_the_last_answer_meant_carries_it_on(question: str) -> None:
    last = Turn("Who sees the threat?", "The division's head says foreign nations do.")
    query = condense(question, [last])
    assert query.elliptic and "division's head" in query.context


@pytest.mark.parametrize("follow_up", ["what does he think iran wants?", "where does he work?"])
def test_a_name_typed_in_lower_case_and_misspelt_earlier_is_whom_he_refers_to(
    service: ArticleChat, follow_up: str
) -> None:
    """A chat user types names as they come ("who is micheal ohanlon"); the follow-up's "he" is still him."""
    history = [Turn("who is micheal ohanlon", "A military analyst at the Brookings Institution.")]
    answer = service.answer(follow_up, DEFAULT_ID, history)
    assert [c.sentence.text for c in answer.citations if "O’Hanlon" in c.sentence.text]


def test_he_after_who_s_is_the_person_asked_about() -> None:
    """ "Who's" is no part of the name after it: "he" is Scalise, not the "Whip" of the answer."""
    earlier = [
        Turn("Who's Steve Scalise?", "He's the House Majority Whip."),
        Turn("Did he say anything about Trump?", "Yes, he said Trump was directly engaged."),
    ]
    assert condense("Who did he say Trump wanted the cuts to reach?", earlier).text.startswith(
        "Who did Scalise"
    )


def test_he_is_never_a_party_the_last_answer_names() -> None:
    called = Turn(
        "Whom did Trump call obstructionists in his tweet?",
        "He called Democrats obstructionists, tweeting that many of their ideas could get into the bill.",
    )
    query = condense("Did he say which of their ideas he meant?", [called])
    assert query.text == "Did Trump say which of their ideas Trump meant?"

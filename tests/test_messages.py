"""A chat message read as the question it asks (rag/messages.py)."""

from __future__ import annotations

import pytest

from rag.messages import (
    alias_countries,
    compared_sides,
    correct_spelling,
    described_one,
    expand_initialisms,
    initialisms,
    negation_as_written,
    numbers_as_written,
    plain_question,
    two_questions,
    unwrapped_request,
)


def test_spelling_is_corrected_only_towards_article_words() -> None:
    vocabulary = frozenset({"casualties", "michael", "o’hanlon", "troops", "bases"})
    assert correct_spelling("were there any casulties?", vocabulary) == "were there any casualties?"
    assert correct_spelling("who is Micheal ohanlon", vocabulary) == "who is Michael o’hanlon"
    assert correct_spelling("What did Pence say?", vocabulary) == "What did Pence say?"


def test_spelling_never_turns_a_word_into_its_opposite() -> None:
    vocabulary = frozenset({"controversial", "armed"})
    question = "Is the law uncontroversial, and were they unarmed?"
    assert correct_spelling(question, vocabulary) == question


def test_spelling_leaves_real_words_alone() -> None:
    vocabulary = frozenset({"may", "fired", "troops"})
    known = frozenset({"many", "fire", "fired", "troops"})
    corrected = correct_spelling("how many troups did they fire", vocabulary, known)
    assert corrected == "how many troops did they fire"


ARTICLE_WITH_INITIALISMS = [
    "The inspector general said North Korean hackers stole data.",
    "The inspector general found that North Korean hackers use a dog war tactic.",
    "A dog war tactic is old, the inspector general said.",
]


def test_initialisms_are_written_out_from_the_article() -> None:
    table = initialisms(ARTICLE_WITH_INITIALISMS)
    vocabulary = frozenset(w.lower() for t in ARTICLE_WITH_INITIALISMS for w in t.replace(".", " ").split())
    known = frozenset({"dog", "war", "did", "what", "say"})
    expanded = expand_initialisms("wat did the ig say about nk hackers", table, vocabulary, known)
    assert expanded == "wat did the inspector general say about north korean hackers"
    assert (
        expand_initialisms("what did the IG say", table, vocabulary, known)
        == "what did the inspector general say"
    )


def test_a_group_named_by_its_size_is_written_out_for_its_short_name() -> None:
    article = ["Trump and Abe attend the Group of Seven summit in Canada.", "The Group of 20 meets later."]
    table = initialisms(article)
    assert expand_initialisms("Who hosts the G7?", table, frozenset()) == "Who hosts the group of seven?"
    assert (
        expand_initialisms("When does the G20 meet?", table, frozenset()) == "When does the group of 20 meet?"
    )
    assert expand_initialisms("Is the G8 meeting?", table, frozenset()) == "Is the G8 meeting?"  # not written


def test_initialisms_leave_real_words_and_article_words_alone() -> None:
    table = initialisms(ARTICLE_WITH_INITIALISMS)
    # "dwt" spells "dog war tactic": written out when it is no word, kept when it is a real word or one the
    # article itself uses.
    assert expand_initialisms("is dwt old", table, frozenset(), frozenset()) == "is dog war tactic old"
    assert expand_initialisms("is dwt old", table, frozenset(), frozenset({"dwt"})) == "is dwt old"
    assert expand_initialisms("is dwt old", table, frozenset({"dwt"}), frozenset()) == "is dwt old"
    # Initials of a run the article writes only once are no candidate: "sd" ("stole data") stays.
    assert expand_initialisms("what is sd", table, frozenset(), frozenset()) == "what is sd"


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("What is Angela Stubblefield's job?", "Who is Angela Stubblefield?"),
        ("What's Charles Carmakal's job?", "Who is Charles Carmakal?"),
        ("What was Michael O'Hanlon’s role?", "Who was Michael O'Hanlon?"),
        ("what is O'Hanlon's occupation at Brookings?", "Who is O'Hanlon at Brookings?"),
        ("What was Britain's role in the war?", "What was Britain's role in the war?"),  # not a job
        ("What is China's position?", "What is China's position?"),  # a stance
        ("What is the Patriot Act's title?", "What is the Patriot Act's title?"),  # not a name
        ("wat agencys testified", "what agencys testified"),  # chat shorthand, written out
        ("y did u say hw many ppl died", "why did you say how many people died"),
        ("wat did he write in that msg", "what did he write in that message"),
        ("wat kinda stores was he robbin", "what kind of stores was he robbin"),
        ("What is R used for in the U.S.?", "What is R used for in the U.S.?"),  # a name, an abbreviation
        ("how many judges voted 4 the baker??", "how many judges voted for the baker??"),  # digits as words
        ("wat did they talk 2 abt", "what did they talk to about"),
        ("where did they meet b4 going n why", "where did they meet before going and why"),
        ("how many ppl died in the 2 attacks", "how many people died in the 2 attacks"),  # numbers stay
        ("how many kids were affected", "how many children were affected"),  # the article's word
        ("how many ex prosecutors met w him", "how many former prosecutors met with him"),
        ("did 4 of them vote 2 years ago", "did 4 of them vote 2 years ago"),
        ("they need 2 votes and have 2 people", "they need 2 votes and have 2 people"),
        (
            "wat does trump need 2 feel b4 the summit acc to sanders",
            "what does trump need to feel before the summit according to sanders",
        ),
        ("What is T(n) as a function of n?", "What is T(n) as a function of n?"),
        ("Who was Jerónimo de Ayanz y Beaumont?", "Who was Jerónimo de Ayanz y Beaumont?"),
        ("What position does Ed Royce hold in Congress?", "Who is Ed Royce in Congress?"),
        (
            "What position does he hold on the Foreign Affairs Committee?",
            "Who is he on the Foreign Affairs Committee?",
        ),
        ("What position does Mike Pompeo hold?", "Who is Mike Pompeo?"),
        ("What leadership position does Steve Scalise hold?", "Who is Steve Scalise?"),
        ("What position does Carmakal hold?", "Who is Carmakal?"),  # a surname alone
        ("What post did Payton hold in the Bush team?", "Who was Payton in the Bush team?"),
        (
            "What position does Donald Trump hold on immigration?",
            "What position does Donald Trump hold on immigration?",
        ),
        (
            "What position does China hold on the issue?",
            "What position does China hold on the issue?",
        ),  # a stance
        ("Was it passed without a single vote against it?", "Was it passed unanimously?"),
        ("Did the bill pass with no opposition?", "Did the bill pass unanimously?"),
        ("Did he leave without a vote?", "Did he leave without a vote?"),
        ("wait whats daca again", "wait what is daca again"),
        ("how long r the prep talks", "how long are the preparation talks"),
        ("How come they left?", "why they left?"),
        ("Didn't Trump fire Comey?", "Did Trump fire Comey?"),  # a negative opening asks the same
        ("Isn’t Lisa Page still with the FBI?", "Is Lisa Page still with the FBI?"),
        ("Won't it take effect?", "Will it take effect?"),
        ("Did he not resign?", "Did he not resign?"),  # a "not" later on is part of the claim
        ("Why didn't he resign?", "Why didn't he resign?"),
        (
            "How does the article phrase what happened when the money ran out?",
            "What does the article say about what happened when the money ran out?",
        ),  # its words, no manner
        ("How did the report describe Comey?", "How did the report describe Comey?"),  # a report it quotes
    ],
)
def test_plain_question_writes_out_shorthand_and_asks_about_jobs_as_who_is(question: str, plain: str) -> None:
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        # a statement offered for confirmation: a tag, an opening "so", or a question mark after a verb
        ("chabot is a dem right", "Is it true that chabot is a Democratic?"),
        ("so daca ppl are safe now, correct?", "Is it true that daca people are safe now?"),
        ("so the senate got to debate them?", "Is it true that the senate got to debate them?"),
        ("both partys blamed trump for it?", "Is it true that both partys blamed trump for it?"),
        ("the proposed bill passed?", "Is it true that the proposed bill passed?"),
        ("did they win, right?", "did they win?"),
        ("so did trump certfy the deal in october or not", "so did trump certfy the deal in october"),
        ("who won, right?", "who won, right?"),  # a question word asks what it asks
        ("the proposed bill?", "the proposed bill?"),  # no verb: a keyword query
        ("hat long term agenda was the acts of plunder?", "hat long term agenda was the acts of plunder?"),
        # a question after a lead-in about the reader, or after the topic it refers to
        ("read this twice and still dont get it - who actually ordered it?", "who actually ordered it?"),
        ("quick question: did anyone die?", "did anyone die?"),
        ("green revolution - what set it off", "what set green revolution off"),
        ("the iran deal - is he for it?", "is he for the iran deal?"),
        ("the iran deal - did trump sign", "the iran deal - did trump sign"),  # no "it" for the topic
        ("a vote in the house and senate - why", "a vote in the house and senate - why"),  # too long a topic
        # a keyword query asks for what its key word names
        ("death toll iran protests", "How many people were killed in iran protests?"),
        ("death toll?", "How many people were killed?"),
        ("house vote count?", "What is the house vote count?"),
        ("daca eligible number", "daca eligible number"),  # left as typed: it is answered as it stands
        ("# of daca recipients", "How many daca recipients?"),
        ("number of troops", "How many troops?"),
        ("votes for trumps 4 point plan?", "How many votes for trumps 4 point plan?"),
        ("cost of the spending bill?", "How much did the spending bill cost?"),
        ("the program cost", "How much did the program cost?"),
        ("deadline for daca ppl?", "When is the deadline for daca people?"),
        ("daca end date", "When is the daca end date?"),
        ("exact date?", "What was the exact date?"),
        ("casualties?", "casualties?"),
        ("trump reaction", "trump reaction"),
        ("the vote count was close?", "Is it true that the vote count was close?"),
        ("missiles fired count?", "What is the missiles fired count?"),
        ("the number of troops rose?", "Is it true that the number of troops rose?"),
        # asked to name the people just spoken of: who they are
        ("Can you name them?", "Who are they?"),
        ("can you name any of them", "Who are they?"),
        ("Could you name her?", "Who is she?"),
        # more shorthand
        ("was the deal w/ iran done under obama", "was the deal with iran done under obama"),
        ("n who ran it", "and who ran it"),
        ("how many days hav they protested", "how many days have they protested"),
    ],
)  # fmt: skip
def test_a_message_typed_in_a_chat_box_is_read_as_the_question_it_asks(message: str, plain: str) -> None:
    assert plain_question(message) == plain


@pytest.mark.parametrize(
    ("text", "vocabulary", "written"),
    [
        ("votes for the 4 point plan", {"four", "point", "plan"}, "votes for the four point plan"),
        ("three judges", {"3", "judges"}, "three judges"),  # an article's "3" may be part of "7-3"
        ("4 of them", {"4", "four"}, "4 of them"),  # the article writes it as typed too
        ("one of them", {"1"}, "one of them"),  # "one" is as often a pronoun
        ("the 5 bases", {"bases"}, "the 5 bases"),
    ],
)
def test_small_numbers_are_written_as_the_article_writes_them(
    text: str, vocabulary: set[str], written: str
) -> None:
    assert numbers_as_written(text, frozenset(vocabulary)) == written


def test_a_country_is_named_as_the_article_names_it() -> None:
    article = frozenset({"u.s", "rate", "the"})
    assert alias_countries("How does America's imprisonment rate compare?", article) == (
        "How does U.S. imprisonment rate compare?"
    )
    assert alias_countries("How many American troops?", article | {"american"}) == "How many American troops?"
    assert alias_countries("How many American troops?", frozenset({"troops"})) == "How many American troops?"


def test_a_dropped_g_is_restored_only_on_a_word_nobody_knows() -> None:
    known = frozenset({"getting", "thin", "thing"})
    assert (
        correct_spelling("him gettin escorted out", frozenset({"escorted"}), known)
        == "him getting escorted out"
    )
    assert correct_spelling("what did he thin about it", frozenset(), known) == "what did he thin about it"
    assert correct_spelling("Was it in Berlin", frozenset(), known | {"berling"}) == "Was it in Berlin"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Can you tell me what Trump said?", "What Trump said?"),
        ("Can you quote what Trump said?", "What Trump said?"),
        ("Do you know who Michael O'Hanlon is?", "Who is Michael O'Hanlon?"),
        ("I'd like to know how many troops were there", "How many troops were there"),
        ("wanna know where the talks took place", "Where the talks took place"),
        ("Explain why Iran missed the targets", "Why Iran missed the targets"),
        ("Could you name the bases that were hit?", "Which bases that were hit?"),
        ("Can you name any of the prosecutors who signed?", "Which prosecutors who signed?"),
        ("Could you describe the damage?", "The damage?"),
        ("Tell me more about O'Hanlon", "O'Hanlon"),
        # a request whether something happened is a yes/no question; "Name of the bill?" is no request
        ("Can you tell me if there were casualties?", "Can you tell me if there were casualties?"),
        ("Name of the bill?", "Name of the bill?"),
        ("Can Iran strike again?", "Can Iran strike again?"),
    ],
)
def test_a_request_is_asked_as_the_question_it_wraps(question: str, asked: str) -> None:
    assert unwrapped_request(question) == asked


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("When was the summit supposed to take place?", "When was the summit scheduled?"),
        ("When is the vote meant to happen?", "When is the vote scheduled?"),
        ("When was the hearing due to be held?", "When was the hearing scheduled?"),
        ("What was he supposed to say?", "What was he supposed to say?"),
        ("On what date was the vote supposed to happen?", "On what date was the vote scheduled?"),
        # where, not when: the schedule does not tell it
        (
            "In which city is the summit supposed to be held?",
            "In which city is the summit supposed to be held?",
        ),
    ],
)
def test_when_something_was_supposed_to_take_place_asks_when_it_was_scheduled(
    question: str, plain: str
) -> None:
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    ("message", "sides"),
    [
        (
            "How does Coffman's timeline compare with what the Democrats want?",
            (
                "What does the article say about Coffman's timeline?",
                "What does the article say about what the Democrats want?",
            ),
        ),
        (
            "How does Jean Lee's current position differ from her earlier job?",
            (
                "What does the article say about Jean Lee's current position?",
                "What does the article say about her earlier job?",
            ),
        ),
        (
            "What's the difference between the letter and the discharge petition?",
            (
                "What does the article say about the letter?",
                "What does the article say about the discharge petition?",
            ),
        ),
        (
            "What is his role now, compared with the job he used to have?",
            ("What is his role now?", "What does the article say about the job he used to have?"),
        ),
        # one claim about a comparison someone made
        ("How does Carmakal rank them compared with other hackers?", None),
        ("How did the writers say it compares with the old policy?", None),
        ("Who is more critical of the deal?", None),
    ],
)
def test_a_comparison_asks_about_each_of_its_sides(message: str, sides: tuple[str, str] | None) -> None:
    comparison = compared_sides(message)
    assert (comparison and comparison.sides) == sides


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "When and where did Demers speak about cyberthreats?",
            ("When did Demers speak about cyberthreats?", "Where did Demers speak about cyberthreats?"),
        ),
        ("Who unveiled the legislation, and on what day?", ("Who unveiled the legislation?", "On what day?")),
        (
            'Who called the vote "nothing short of extraordinary," and why?',
            ('Who called the vote "nothing short of extraordinary"?', "Why?"),
        ),
        ("How many voted for it and how many against?", ("How many voted for it?", "How many against?")),
        (
            "What did Scalise and Cole each say about the president?",
            ("What did Scalise say about the president?", "What did Cole say about the president?"),
        ),
        # one question: a list, a pair the question is about, a comparison, a yes/no question
        ("Which officials and agencies testified?", None),
        ("Who and what?", None),
        ("What did both senators say?", None),
        ("What is the difference between the bill and what Sessions ordered?", None),
        ("Did Trump and Kim both attend the summit?", None),
        ("Were the House and the Senate in session?", None),
    ],
)
def test_a_message_asking_two_things_is_read_as_two_questions(
    message: str, parts: tuple[str, str] | None
) -> None:
    assert two_questions(message) == parts


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Who was not an effective leader?", "Who was an ineffective leader?"),
        ("Who wasn't named?", "Who was unnamed?"),
        ("Who was not a fair judge?", "Who was not a fair judge?"),  # the article has no "unfair"
        ("Is it not effective?", "Is it not effective?"),  # the article has the word asked
    ],
)
def test_a_negated_word_is_written_as_the_articles_opposite_of_it(question: str, written: str) -> None:
    vocabulary = frozenset({"an", "ineffective", "leader", "unnamed", "source", "fair"})
    extra = frozenset({"effective"}) if "Is it" in question else frozenset()
    assert negation_as_written(question, vocabulary | extra) == written


@pytest.mark.parametrize(
    ("question", "lookup", "asked_of_gardner"),
    [
        (
            "What party is the senator who led the charge against the decision from?",
            "Who led the charge against the decision?",
            "What party is Gardner from?",
        ),
        (
            "What did the senator who blocked the nominees say about the bill?",
            "Who blocked the nominees?",
            "What did Gardner say about the bill?",
        ),
        (
            "Is the senator from Colorado who spoke about the bill a Republican?",
            "Who spoke about the bill?",
            "Is Gardner a Republican?",
        ),
        (
            "Is the official who said drone misuse poses unique challenges from the FBI?",
            "Who said drone misuse poses unique challenges?",
            "Is Gardner from the FBI?",
        ),
        (
            "What's the job title of the official who testified about the threat?",
            "Who testified about the threat?",
            "What's the job title of Gardner?",
        ),
        (
            "How many drones does the agency that has registered them expect by 2021?",
            "Which agency has registered them?",
            "How many drones does Gardner expect by 2021?",
        ),
        # the look-up itself, a group no one name stands for, no description, a clause of its own
        ("Who were the parties that challenged the restrictions?", None, None),
        ("What's the name of the official who testified?", None, None),
        ("Were the parents who filed the lawsuit from Central America?", None, None),
        ("Who is the director of that office?", None, None),
        ("Does Trump agree with the report that there was no bias?", None, None),
        ("What did the senator say?", None, None),
    ],
)
def test_a_question_naming_someone_by_what_they_did_is_asked_in_two_steps(
    question: str, lookup: str | None, asked_of_gardner: str | None
) -> None:
    description = described_one(question)
    assert (description and description.lookup) == lookup
    assert (description and description.about("Gardner")) == asked_of_gardner

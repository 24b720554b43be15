"""Per-article lexical statistics: pronoun sentences, sources of plain-text answers."""

from __future__ import annotations

import numpy as np
import pytest

from rag.chat import ArticleChat
from rag.embedding import SentenceEmbedder
from rag.indexing import ArticleVectors
from rag.loading import article_from_text
from rag.ranking import SENTENCE_FEATURES
from rag.retrieval import (
    Lexicon,
    Query,
    asked_names,
    asks_negated,
    closes_quote,
    late_interaction,
    sentence_features,
    typed_best,
    untold_choice,
)
from rag.segmenting import segment
from rag.text import question_shape, stem

SENTENCES = [
    "President Donald Trump confirmed Wednesday that no troops were hurt.",
    "He described the damage done by the missiles as minimal.",
    "The damage was limited, the source said.",
]


def test_a_sentence_opening_with_a_pronoun_counts_the_names_before_it() -> None:
    lexicon = Lexicon.build(SENTENCES)
    assert stem("Trump") in lexicon.stems[1]
    assert stem("Trump") not in lexicon.stems[2]
    assert lexicon.document_frequency[stem("Trump")] == 2


REFERRING_SENTENCES = {
    # "Manafort" opens its sentence, so it is no capitalised word among others; both "He" are Manafort.
    "pronouns": (
        [
            "Manafort is currently free on house arrest.",
            "He appeared in court on Friday.",
            "He has pleaded not guilty to the charges.",
            "Prosecutors asked the judge to revoke his release.",
            "They said he had contacted witnesses.",
        ],
        [
            ("Manafort", 1, True),
            ("Manafort", 2, True),
            ("Manafort", 3, False),
            ("Prosecutors", 4, True),  # a first word the article never writes in lower case
        ],
    ),
    # A quote attributed by "she said", a quote with no attribution after it, and the rest of a quotation
    # that runs on into the next sentence are the last speaker's words.
    "quotes": (
        [
            "Senator Elizabeth Warren said federal laws have hindered research.",
            "“States have the right to enforce their own policies,” she said.",
            "“The federal government needs to get out of the business of outlawing marijuana.”",
            "“It is a mistake,” said Cory Gardner. “The guidelines worked.",
            "So far the states have been left alone.”",
            "The decision proved controversial.",
        ],
        [
            ("Warren", 1, True),
            ("Warren", 2, True),
            ("Warren", 3, False),  # attributed to someone else
            ("Gardner", 4, True),  # inside the quotation the sentence before opened
            ("Gardner", 5, False),  # no quote, no pronoun
        ],
    ),
    # "They" and "Their" may be things: the plural nouns of the sentence before, passed on down the chain.
    "things": (
        [
            "In recent years, drones have grown cheaper and easier to use.",
            "Their use has multiplied, for purposes ranging from photography to firefighting.",
            "They’re also hard to detect.",
            "The officials testified on Wednesday.",
        ],
        [
            ("drones", 1, True),
            ("drones", 2, True),
            ("drones", 3, False),
        ],
    ),
    # "There," is at the place the sentence before named.
    "place": (
        [
            "Trump went to Arlington National Cemetery for a ceremony.",
            "There, the president spoke for 22 minutes.",
            "The talks went on.",
        ],
        [("Arlington", 1, True), ("Arlington", 2, False)],
    ),
}


@pytest.mark.parametrize(
    ("sentences", "expected"), REFERRING_SENTENCES.values(), ids=REFERRING_SENTENCES.keys()
)
def test_a_sentence_counts_the_names_it_refers_to(
    sentences: list[str], expected: list[tuple[str, int, bool]]
) -> None:
    lexicon = Lexicon.build(sentences)
    assert [(name, i, stem(name) in lexicon.stems[i]) for name, i, _ in expected] == expected


def test_a_plain_text_answer_points_at_the_sentence_it_quotes() -> None:
    lexicon = Lexicon.build(SENTENCES)
    assert lexicon.quoted_by("Trump confirmed no troops were hurt.") == frozenset({0})
    assert lexicon.quoted_by("Nobody knows.") == frozenset()
    assert lexicon.quoted_by("") == frozenset()


def test_a_surname_alone_counts_the_given_names_written_before_it_elsewhere() -> None:
    """News names a person in full once: "How old is Paul Manafort?" must also match "Manafort, 69,"."""
    lexicon = Lexicon.build(
        [
            "Special counsel Robert Mueller charged Paul Manafort and Konstantin Kilimnik on Friday.",
            "The charges accuse Manafort, 69, and Kilimnik, 48, of tampering.",
            "Melania Trump and Donald Trump attended.",
            "Trump said nothing, and the states disagreed with the United States.",
        ]
    )
    assert {stem("Paul"), stem("Konstantin")} <= set(lexicon.stems[1])
    assert stem("Robert") not in lexicon.stems[1]  # Mueller is not named there
    assert stem("Donald") not in lexicon.stems[3]  # two people called Trump: either one
    assert lexicon.document_frequency[stem("Paul")] == 2
    assert {stem("Manafort"), stem("Kilimnik"), stem("Trump")} <= lexicon.people
    assert stem("Friday") not in lexicon.people
    assert stem("States") not in lexicon.people  # the article writes "states" in lower case: no name


def test_the_last_answer_is_no_follow_up_prior_when_it_cannot_hold_the_asked_kind(
    embedder: SentenceEmbedder,
) -> None:
    """ "How old is he?" after "Who is Sam Ortiz?": the sentence that answered holds no age, so it gets no
    follow-up boost; a sentence that can hold the answer keeps it."""
    article = article_from_text(
        "Ortiz, who ran the Denver office of the firm, is the ninth person charged. "
        "The charges accuse Grant, 52, and Ortiz, 47, of hiding losses.",
        title="Charges",
        source="pasted text",
        article_id="charges",
    )
    sentences = tuple(segment(article))
    texts = [s.text for s in sentences]
    vectors = ArticleVectors.build(article, sentences, *embedder.encode_tokens(texts))
    lexicon = Lexicon.build(texts)
    previous = SENTENCE_FEATURES.index("previous")
    for question, boosted in (("How old is Ortiz?", 0.0), ("What did Ortiz run?", 1.0)):
        query = Query(question, question, previous=frozenset({0}))
        query_vectors, query_tokens = embedder.encode_tokens([question])
        features = sentence_features(
            query,
            question_shape(question),
            vectors,
            lexicon,
            query_vectors[0],
            late_interaction(query_tokens[0], vectors),
        )
        assert features[0, previous] == boosted, question


def test_in_a_yes_no_question_a_name_whose_opposite_is_present_counts_as_found() -> None:
    present = {stem(w) for w in "Republican Representative Steve Chabot of Ohio".split()}
    found = asked_names(question_shape("Is Steve Chabot a Democrat?"), present)
    assert found == [stem("Steve"), stem("Chabot"), stem("Republican")]
    # a wh-question asks about the Democrat itself
    asked = asked_names(question_shape("Which Democrat backed Steve Chabot?"), present)
    assert asked == [stem("Democrat"), stem("Steve"), stem("Chabot")]


@pytest.mark.parametrize(
    ("type_match", "probabilities", "best"),
    [
        ([-1.0, 1.0, 0.0], [0.30, 0.28, 0.10], 1),  # nearly as likely and holding the asked value: it leads
        ([-1.0, 1.0, 0.0], [0.30, 0.20, 0.10], 0),  # far less likely: the best stays
        ([0.0, 1.0, 0.0], [0.30, 0.29, 0.10], 0),  # the best is not known to lack it
        ([-1.0, 0.5, 1.0], [0.30, 0.29, 0.25], 2),  # a weaker fit (0.5) does not count
    ],
)
def test_a_nearly_as_likely_sentence_with_the_asked_value_stands_for_one_without(
    type_match: list[float], probabilities: list[float], best: int
) -> None:
    features = np.zeros((len(type_match), len(SENTENCE_FEATURES)))
    features[:, SENTENCE_FEATURES.index("type_match")] = type_match
    assert typed_best(features, np.array(probabilities)) == best


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("Who did not sign the letter?", True),
        ("What happens if Congress does not act?", False),  # the negation is in a condition
        # "without" describes whom a wh-question asks about, and is part of a yes/no question's claim
        ("How many young immigrants without legal status are affected?", False),
        ("Did Comey clear Clinton without telling the attorney general?", True),
    ],
)
def test_a_question_asks_about_something_not_done(question: str, negated: bool) -> None:
    assert asks_negated(question_shape(question)) is negated


def test_names_typed_in_lower_case_are_written_as_the_article_writes_them() -> None:
    """An informal question still names its people and initialisms; common words the article capitalises
    ("the President") stay as typed, and so does a word capitalised only as a sentence's first."""
    lexicon = Lexicon.build(
        [
            "Undocumented immigrants protested on Capitol Hill over DACA.",
            "Senate Majority Leader Mitch McConnell said President Donald Trump backed the Deferred Action"
            " plan.",
            "McConnell later spoke again.",
        ]
    )
    known = frozenset({"mcconnell", "president", "undocumented", "what", "did", "say", "about"})
    assert lexicon.capitalise_names("what did mcconnell say about daca", known) == (
        "what did McConnell say about DACA"
    )
    assert lexicon.capitalise_names("what did the president say", known) == "what did the president say"
    assert lexicon.capitalise_names("undocumented", frozenset()) == "undocumented"


def test_a_yes_needs_the_asked_words_not_the_verb_that_attributes_them(service: ArticleChat) -> None:
    """ "Is the baker described as a devout Christian?": the article calls him one without "describe"."""
    article = service.save_pasted(
        "Baker", "Baker\n\nPhillips, a devout Christian, refused to make the cake for the couple.\n"
    )
    query = Query(
        "Is Phillips described as a devout Christian?", "Is Phillips described as a devout Christian?"
    )
    best = service._retriever.retrieve(query, article.id).hits[0]
    assert "devout Christian" in best.sentence.text
    assert best.signals["weakest_with_previous"] > best.signals["weakest"]
    # the words carried over from the last turn are no part of what a "Yes." must find (the question's own
    # word vectors move a little with the words around them)
    carried = Query(query.question, query.text, context="Which program pays for the border wall?")
    signals = service._retriever.retrieve(carried, article.id).hits[0].signals
    assert signals["weakest_with_previous"] == pytest.approx(best.signals["weakest_with_previous"], abs=0.02)
    assert signals["weakest"] < 0.3  # "border wall" is nowhere in the sentence


def test_the_choice_the_evidence_does_not_name_is_no_missing_fact() -> None:
    shape = question_shape("Was the asylum grant made in 2016 or 2017?")
    assert untold_choice(shape, {stem(w) for w in "reversed a 2016 grant of asylum".split()}) == {"2017"}
    # naming neither choice leaves both asked for
    assert untold_choice(shape, {stem(w) for w in "reversed a grant of asylum".split()}) == frozenset()


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ('Witch Hunt!" Trump tweeted on Sunday.', True),  # the mark right after a word closes
        ("Close quote.” he said.", True),
        ('"Why was he working on the team?', False),  # the mark opens
        ('He said, "We need stability.', False),
        ('"It is over," he said.', False),  # opened and closed
    ],
)
def test_a_sentence_may_close_a_quote_opened_before_it(text: str, closes: bool) -> None:
    assert closes_quote(text) is closes

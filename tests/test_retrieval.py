"""Per-article lexical statistics: pronoun sentences, sources of plain-text answers."""

from __future__ import annotations

from rag.retrieval import Lexicon
from rag.text import stem

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


def test_a_run_of_pronoun_sentences_refers_to_the_subject_named_first() -> None:
    """ "Manafort" opens its sentence, so it is no capitalised word among others; both "He" are Manafort."""
    lexicon = Lexicon.build(
        [
            "Manafort is currently free on house arrest.",
            "He appeared in court on Friday.",
            "He has pleaded not guilty to the charges.",
            "Prosecutors asked the judge to revoke his release.",
            "They said he had contacted witnesses.",
        ]
    )
    assert stem("Manafort") in lexicon.stems[1]
    assert stem("Manafort") in lexicon.stems[2]
    assert stem("Manafort") not in lexicon.stems[3]
    assert stem("Prosecutors") in lexicon.stems[4]  # a first word the article never writes in lower case


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

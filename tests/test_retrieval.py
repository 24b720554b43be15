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


def test_a_plain_text_answer_points_at_the_sentence_it_quotes() -> None:
    lexicon = Lexicon.build(SENTENCES)
    assert lexicon.quoted_by("Trump confirmed no troops were hurt.") == frozenset({0})
    assert lexicon.quoted_by("Nobody knows.") == frozenset()
    assert lexicon.quoted_by("") == frozenset()

"""Counts worked out from a vote's tally. Pure rules on sentences built here; the answers on a real article
are in test_answering."""

from __future__ import annotations

import pytest

from rag.counting import settle_listed, settle_tally
from tests.test_comparing import hits

COURT = hits(
    "The justices ruled 5-4 that police need a warrant for the records.",
    "Both leaders will attend the summit June 8-9 in Canada.",
)


@pytest.mark.parametrize(
    ("question", "yes_no", "expected"),
    [
        ("How many justices dissented?", False, "4, going by the 5-4 vote."),
        ("How many justices voted against the warrant requirement?", False, "4, going by the 5-4 vote."),
        ("Including the chief justice, how many justices made up the majority?", False,
         "5, going by the 5-4 vote."),
        ("So how many justices voted altogether?", False, "9 (5 + 4)."),
        ("By what margin did the justices decide the case?", False, "By 1 vote (5-4)."),
        ("Was the court unanimous?", True, "No."),
        ("Did every justice agree?", True, "No."),
        ("Was that a one-vote margin?", True, "Yes."),
        ("How many separate dissenting opinions did they file?", False, None),  # counts no votes
        ("By how many votes did the 2015 decision pass?", False, None),  # another vote than this one
        ("What was the vote?", False, None),  # the tally itself: the sentence answers as it stands
        ("How many states have laws against it?", False, None),  # asks about no vote
        ("How many Republican justices voted no?", False, None),  # part of a side
        ("How many justices sided with him?", False, None),  # besides him
        ("How many justices are expected to vote for it?", False, None),  # a vote still to come
    ],
)  # fmt: skip
def test_a_tally_settles_its_sides_their_sum_and_margin(
    question: str, yes_no: bool, expected: str | None
) -> None:
    settled = settle_tally(question, yes_no, COURT, frozenset())
    assert (settled.lead if settled else None) == expected
    if settled:
        (found,) = settled.found
        assert COURT[0].sentence.text[found.span[0] : found.span[1]] == "5-4"  # marked in its sentence


@pytest.mark.parametrize(
    ("question", "tally", "expected"),
    [
        ("Was the House vote on the bill a close one?", "360-59", "No."),
        ("Did the bill pass by a wide margin?", "360-59", "Yes."),
        ("Was the vote close?", "5-4", "Yes."),
        ("Did it pass by a wide margin?", "5-4", "No."),
        ("Was the vote close?", "6-3", None),  # neither close nor lopsided
        ("Was the ruling broad or narrow?", "5-4", None),  # its reach, not its margin
        ("Did the agency close the case?", "5-4", None),  # asks of no vote
    ],
)
def test_a_tally_settles_whether_a_vote_was_close(question: str, tally: str, expected: str | None) -> None:
    vote = hits(f"The bill passed by a {tally} vote, a ruling the board backed.")
    settled = settle_tally(question, True, vote, frozenset())
    assert (settled.lead if settled else None) == expected


def test_a_range_of_days_is_no_tally() -> None:
    assert settle_tally("How many days did they vote?", False, COURT[1:], frozenset()) is None


def test_a_tally_of_one_chamber_does_not_count_the_other() -> None:
    house = hits("The bill passed the House on a vote of 230-197.")
    assert settle_tally("How many senators voted for the bill?", False, house, frozenset()) is None
    settled = settle_tally("How many House members voted for the bill?", False, house, frozenset())
    assert settled is not None and settled.lead == "230, going by the 230-197 vote."


def test_a_count_told_in_words_goes_before_a_tally() -> None:
    article = hits("The court's four liberal justices dissented.", "The justices ruled 5-4.")
    assert settle_tally("How many justices dissented?", False, article, frozenset()) is None
    assert settle_tally("Was the court unanimous?", True, article, frozenset()) is not None


LISTS = hits(
    "The day brought together more than 10 organizations from Connecticut, New Jersey, New York, "
    "Pennsylvania and Washington.",
    "The case dates back to 2012, when Charlie Craig and David Mullins went to the bakery.",
    "Colorado is one of 22 states that prohibit such discrimination.",
)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("How many states did the organizations come from?", 0,
         "5: Connecticut, New Jersey, New York, Pennsylvania and Washington."),
        ("How many people went to the bakery?", 1, "2: Charlie Craig and David Mullins."),
        ("How many states prohibit such discrimination?", 2, None),  # "22 states" answers as it stands
        ("How many organizations came from New York?", 0, None),  # the list names places, not organizations
        ("How many places did the case date back to?", 1, None),  # no places listed there
    ],
)  # fmt: skip
def test_a_list_of_names_counts_the_places_or_people_asked(
    question: str, sentence: int, expected: str | None
) -> None:
    best_first = (LISTS[sentence], *(h for h in LISTS if h is not LISTS[sentence]))
    settled = settle_listed(question, best_first, frozenset())
    assert (settled.lead if settled else None) == expected
    if settled:
        (found,) = settled.found
        text = LISTS[sentence].sentence.text
        start = LISTS[sentence].sentence.start
        assert text[found.span[0] - start : found.span[1] - start] == expected.split(": ")[1].rstrip(".")


def test_a_follow_up_counts_the_list_of_the_last_answer() -> None:
    settled = settle_listed("So how many places is that in all?", LISTS[1:], previous=frozenset({0}))
    assert settled is None  # the last answer's sentence is not among these
    settled = settle_listed("So how many places is that in all?", LISTS, previous=frozenset({0}))
    assert settled is not None and settled.lead.startswith("5:")

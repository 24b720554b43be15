"""Order and comparison questions: which of two events the article dates first, and when a comparison is
told at all. Pure rules on sentences built here; the answers on a real article are in test_answering."""

from __future__ import annotations

import pytest

from rag.comparing import (
    asks_comparison,
    order_question,
    settle_ages,
    settle_length,
    settle_order,
    settle_span,
    share_untold,
    span_question,
    tells_comparison,
    tells_duration,
    tells_order,
)
from rag.schema import Retrieved, Sentence


def hits(*texts: str) -> tuple[Retrieved, ...]:
    """The texts as one article's retrieved sentences, in order, each starting where the last one ended."""
    found, start = [], 0
    for index, text in enumerate(texts):
        sentence = Sentence("a", index, start, start + len(text), text)
        found.append(Retrieved(sentence, score=1.0 - index / 10, dense=0.5, lexical=0.5))
        start += len(text) + 1
    return tuple(found)


SUMMIT_TEXTS = (
    "Negotiations have continued, including talks Sunday at the Korean demilitarized zone.",
    '"We agreed to meet," Abe said in Tokyo following a Monday telephone call with Trump.',
    'Trump wrote Tuesday on Twitter that the vice chairman was "heading now to New York."',
)
SUMMIT = hits(*SUMMIT_TEXTS)


def lead(question: str, article: tuple[Retrieved, ...], previous: frozenset[int] = frozenset()) -> str | None:
    """The lead of the answer the article's times give an order question, None when they settle nothing."""
    asked = order_question(question, yes_no=not question.startswith(("Which", "What")))
    assert asked is not None, f"no order question: {question}"
    ordering = settle_order(asked, article, previous)
    return ordering.lead if ordering else None


@pytest.mark.parametrize(
    ("question", "yes_no", "first", "second", "asks"),
    [
        ("Did the call with Abe happen before the talks?", True, "Did the call with Abe happen", "the talks",
         "before"),
        ("Was the letter sent later than the press conference?", True, "Was the letter sent",
         "the press conference", "after"),
        ("Which came first: the talks at the DMZ, or the call with Abe?", False, "the talks at the DMZ",
         "the call with Abe", "first"),
        ("What happened last, the vote or the debate?", False, "the vote", "the debate", "last"),
        ("Did that come before or after the meeting?", True, "Did that come", "the meeting",
         "before or after"),
    ],
)  # fmt: skip
def test_an_order_question_names_its_two_events(
    question: str, yes_no: bool, first: str, second: str, asks: str
) -> None:
    asked = order_question(question, yes_no)
    assert asked is not None
    assert (asked.first, asked.second, asked.asks) == (first, second, asks)


def test_a_question_naming_no_order_is_no_order_question() -> None:
    assert order_question("Did he testify on Monday?", True) is None
    assert order_question("What did Trump say after the vote?", False) is None  # not a yes/no question


def test_the_days_of_two_sentences_settle_which_came_first() -> None:
    asked = order_question(
        "Did Trump's phone call with Abe take place before the talks at the demilitarized zone?", True
    )
    assert asked is not None
    ordering = settle_order(asked, SUMMIT, frozenset())
    assert ordering is not None
    assert ordering.lead == "No."
    talks, call = ordering.found  # the earlier first
    assert "talks Sunday" in talks.hit.sentence.text and "Monday telephone call" in call.hit.sentence.text
    start = SUMMIT[0].sentence.start
    assert SUMMIT[0].sentence.text[talks.span[0] - start : talks.span[1] - start] == "Sunday"


def test_a_which_first_question_is_answered_with_its_own_words_for_the_earlier_event() -> None:
    question = "Which came first: the talks at the demilitarized zone, or the call with Abe?"
    assert lead(question, SUMMIT) == "The talks at the demilitarized zone."


def test_a_follow_up_that_names_nothing_is_dated_by_the_last_answer() -> None:
    question = "Was that after the talks at the demilitarized zone?"
    assert lead(question, SUMMIT, previous=frozenset({2})) == "Yes."  # the last answer: Trump's Tuesday post
    assert lead(question, SUMMIT) is None  # with no last answer, "that" is nothing


def test_the_article_week_begins_after_the_days_it_never_names() -> None:
    # Sunday, Monday and Tuesday: Sunday comes first, not last as in a week that starts on Monday
    assert (
        lead("Did the talks at the demilitarized zone happen before Trump wrote on Twitter?", SUMMIT)
        == "Yes."
    )


def test_last_thursday_is_before_the_week_the_article_tells_of() -> None:
    article = hits(
        "The talks resumed Monday at the border.",
        "Trump declared last Thursday that the summit would not be held.",
    )
    assert lead("Did Trump declare the summit off before the talks resumed at the border?", article) == "Yes."


def test_a_date_still_to_come_is_later_than_a_past_month_without_a_year() -> None:
    article = hits(
        "In September, President Trump ordered an end to the program.",
        "The recipients will lose their protection from deportation March 5, unless Congress acts.",
    )
    question = "Did Trump order the program ended before the recipients lose their protection?"
    assert lead(question, article) == "Yes."


def test_full_dates_in_one_sentence_date_each_event_by_the_nearest_time() -> None:
    article = hits(
        "His move to clear her at a July 5, 2016, press conference was insubordinate, while his decision to "
        "send a letter to Congress on October 28, 2016, was a serious error of judgment.",
    )
    question = "Which came first: the press conference clearing her, or his letter to Congress?"
    assert lead(question, article) == "The press conference clearing her."


@pytest.mark.parametrize(
    "question",
    [
        "Did Kim Jong Un reply before the talks at the demilitarized zone?",  # only a name
        "Did the House pass the bill before the talks at the demilitarized zone?",  # the same day
        "Did the vote on military funding happen before the talks at the demilitarized zone?",  # undated
    ],
)
def test_events_the_article_does_not_date_apart_settle_nothing(question: str) -> None:
    article = hits(
        *SUMMIT_TEXTS,
        "Trump sent a letter last week to Kim Jong Un saying the summit would not happen.",
        "Meadows secured commitments for a future vote on military funding.",
        "The House passed the bill on a vote Sunday.",
    )
    assert lead(question, article) is None


def test_names_alone_or_a_sentence_saying_the_opposite_date_no_event() -> None:
    article = hits(
        '"We agreed to meet before the U.S.-North Korea summit," Abe said following a Monday telephone call.',
        "Trump sent a letter last week to Kim Jong Un.",
        "But negotiations between the two countries have continued, including talks Sunday.",
        "It is unclear when or where Trump and Abe will meet before the summit.",
        "Trump and Abe are to attend the summit of the Group of Seven on June 8.",
    )
    # "U.S." and "North Korea" are names; what happened ("stop") is nowhere
    assert (
        lead("Did negotiations between the U.S. and North Korea stop after Trump's letter?", article) is None
    )
    # "unclear" where they will meet is the opposite of "decided", in a sentence holding as many of its words
    article = hits(
        "Trump and Abe may meet at the White House ahead of the Group of Seven summit on June 8.",
        "It is unclear when or where Trump and Abe will meet.",
        "The Singapore summit is set for June 12.",
    )
    assert (
        lead("Has it been decided where Trump and Abe will meet before the Singapore summit?", article)
        is None
    )


def test_a_word_may_be_the_end_of_a_longer_one() -> None:
    article = hits(
        "Hagin and others flew Sunday to Singapore.",
        "Abe spoke following a Monday telephone call with Trump.",
    )
    question = (
        "Did Hagin and the others leave for Singapore only after Trump and Abe had talked on the phone?"
    )
    assert lead(question, article) == "No."


def test_a_sentence_tells_an_order_or_a_comparison_in_its_own_words() -> None:
    assert tells_order("Ryan said to reporters after the bill passed.")
    assert not tells_order("Meadows secured commitments for future votes on military funding.")
    assert tells_comparison("Republicans' vote margins are much narrower in the Senate.")
    assert tells_comparison("Africa has featured dozens of empires that predate the European colonial era.")
    assert tells_comparison(
        "Applicants from Mexico could be hit especially hard, advocates say."
    )  # set apart
    assert not tells_comparison("Senator Schumer and Speaker Ryan spoke on Thursday.")


@pytest.mark.parametrize(
    ("question", "compares"),
    [
        ("Is Chuck Schumer older than Paul Ryan?", True),
        ("Which was the bigger priority, military funding or the immigration bill?", True),
        ("Is this the longest report Horowitz has ever put out?", True),
        ("Was the review more than 400 pages long?", False),  # against a figure: the amount rules decide
        ("Did more than 10 people die?", False),
        ("Did he say more about it?", False),
        ("Is this the most powerful weapon they have?", True),
        ("Does the letter say most Americans are horrified?", False),  # a share of a group, no ranking
        ("Did most of the senators back it?", False),
    ],
)
def test_a_comparison_in_words_is_told_apart_from_one_against_a_figure(question: str, compares: bool) -> None:
    assert asks_comparison(question, yes_no=not question.startswith("Which")) is compares


@pytest.mark.parametrize(
    ("question", "sentence", "untold"),
    [
        (
            "Did most of the former prosecutors serve in border states?",
            "Like the majority of Americans, we have been horrified, the former prosecutors wrote.",
            True,  # a share of Americans, not of the prosecutors
        ),
        (
            "Does the letter say most Americans are horrified?",
            "Like the majority of Americans, we have been horrified, the former prosecutors wrote.",
            False,
        ),
        ("Did most lawmakers back it?", "Most lawmakers in both parties backed it.", False),
        ("Did the majority find that he can restrict entry?", "Roberts wrote the majority opinion.", False),
        ("Is this the most powerful weapon?", "It is a powerful weapon.", False),  # no share asked
    ],
)
def test_whether_most_of_a_group_did_something_needs_a_share_of_that_group(
    question: str, sentence: str, untold: bool
) -> None:
    assert share_untold(question, sentence) is untold


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Kilimnik older than Manafort?", "No."),
        ("Is Manafort older than Konstantin Kilimnik?", "Yes."),
        ("Was Kilimnik younger than Manafort?", "Yes."),
        ("Who is younger, Kilimnik or Manafort?", "Kilimnik."),
        ("Is Comey older than Manafort?", None),  # the article gives no age of Comey's
        ("Is Kilimnik older than the witnesses?", None),
    ],
)
def test_two_ages_the_article_gives_settle_who_is_older(question: str, expected: str | None) -> None:
    article = hits(
        "The new charges accuse Manafort, 69, and Konstantin Kilimnik, 48, of tampering with witnesses.",
        "Comey said the witnesses had been contacted.",
    )
    ordering = settle_ages(question, article)
    assert (ordering.lead if ordering else None) == expected
    if ordering:
        text = article[0].sentence.text
        assert [text[a:b] for a, b in (e.span for e in ordering.found)] == ["48", "69"]  # the younger first


def test_an_age_may_come_before_the_name() -> None:
    article = hits("The 48-year-old Kilimnik ran the Kyiv office.", "Manafort, 69, denies the charges.")
    ordering = settle_ages("Is Kilimnik older than Manafort?", article)
    assert ordering is not None and ordering.lead == "No."


DACA = hits(
    "DACA is an Obama administration policy established in 2012 for people who entered as minors.",
    "The Trump administration rescinded the policy in 2017, creating a March 5 deadline.",
    "Trump declared last Thursday that the summit would not be held.",
    "Officials flew Sunday to Singapore, and the two leaders spoke by telephone Monday.",
    "Both leaders will attend the summit June 8-9 in Canada.",
    "The president said the Singapore summit is likely to occur on June 12.",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many years went by between DACA's creation and the Trump administration rescinding it?",
         "5 years: 2012 to 2017."),  # "creation" is told by "established"
        ("How long after the policy was established did the administration rescind it?",
         "5 years: 2012 to 2017."),  # not by "creating a deadline"
        ("How many days after the summit in Canada is the Singapore summit likely to occur?",
         "3 days: June 8-9 to June 12."),  # from the end of a range of days
        ("How many days after the officials flew to Singapore did the leaders speak by telephone?",
         "1 day: Sunday to Monday."),
        ("How many days passed between the declaration that the summit would not be held and the telephone "
         "call?", "4 days: last Thursday to Monday."),  # last Thursday: of the week before
        ("How many years before DACA was established did they rescind it?", None),  # it was after
        ("How many months later was the policy rescinded?", None),  # no last answer to count from
        ("How many weeks passed between DACA's creation and its end?", None),  # years, not whole weeks
    ],
)  # fmt: skip
def test_the_time_between_two_dated_events_is_worked_out_from_their_dates(
    question: str, expected: str | None
) -> None:
    asked = span_question(question)
    assert asked is not None, question
    settled = settle_span(asked, DACA, frozenset())
    assert (settled.lead if settled else None) == expected


def test_whole_units_are_counted_between_full_dates() -> None:
    article = hits(
        "The agency opened its review on December 20, 2016.",
        "The agency closed its review on January 5, 2017.",
    )
    opened, closed = "the agency opened its review", "the agency closed its review"
    for unit, expected in (("days", "16 days"), ("months", None), ("years", None), ("weeks", None)):
        asked = span_question(f"How many {unit} passed between {opened} and {closed}?")
        assert asked is not None
        settled = settle_span(asked, article, frozenset())
        assert (settled.lead.split(":")[0] if settled else None) == expected, unit
    asked = span_question(f"How long after {opened} was {closed}?")
    settled = settle_span(asked, article, frozenset()) if asked else None
    assert settled is not None and settled.lead == "16 days: December 20, 2016 to January 5, 2017."


def test_a_follow_up_counts_from_the_last_answer() -> None:
    asked = span_question("And how many years later was it rescinded?")
    assert asked is not None and asked.relation == "after"
    settled = settle_span(asked, DACA, previous=frozenset({0}))  # the last answer: DACA established in 2012
    assert settled is not None and settled.lead == "5 years: 2012 to 2017."


@pytest.mark.parametrize(
    "question",
    [
        "How many years did the war last?",
        "How long is the summit?",
        "When was DACA rescinded?",
        "How long did the meeting between Trump and Abe last?",
    ],
)
def test_a_question_for_a_length_of_its_own_asks_no_span(question: str) -> None:
    assert span_question(question) is None


def test_a_sentence_may_tell_a_length_of_time_in_words() -> None:
    assert tells_duration("The baker refused to make the cake six years ago.")
    assert tells_duration("The budget deal is a two-year agreement.")
    assert not tells_duration("The case dates back to 2012.")
    assert not tells_duration("Davila, a 19-year-old recipient, told VOA.")  # an age


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many days long is the summit in Canada?", "2 days: June 8-9."),
        ("How long will the summit in Canada last?", "2 days: June 8-9."),
        ("How long is the Singapore summit?", None),  # one day given, no length
        (
            "How long will the leaders' talks in Canada last?",
            None,
        ),  # the range is the summit's, not the talks'"
        ("How many days did the policy last?", None),  # years, no range of days
    ],
)
def test_a_range_of_days_tells_how_long_an_event_lasts(question: str, expected: str | None) -> None:
    settled = settle_length(question, DACA, frozenset())
    assert (settled.lead if settled else None) == expected

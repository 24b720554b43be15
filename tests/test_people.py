"""Who a sentence names and whom it quotes, read off its wording."""

from __future__ import annotations

import pytest

from rag.people import Mention, full_names, opening_name, people_named, quotes, referent, sources, spoken_by
from rag.text import asked_speaker


def _texts(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # a title, kept with the name
        (
            "The attack was a response to the killing last week of Iranian Gen. Qasem Soleimani.",
            ["Iranian Gen. Qasem Soleimani"],
        ),
        (
            "Tuesday’s attack did not kill any troops, President Donald Trump confirmed.",
            ["President Donald Trump"],
        ),
        # a given name; "State" of the office is no part of the name
        ("The weapons were Iranian, according to Secretary of State Mike Pompeo.", ["Mike Pompeo"]),
        # a role noun before the name, or one in an appositive after it, when the given name is unknown
        ("Trump sent a letter to North Korean leader Kim Jong Un.", ["Kim Jong Un"]),
        ("Aitan Goelman, his lawyer, said he had complied.", ["Aitan Goelman"]),
        # a given name borne by women and men alike still opens a name
        ("Charlie Craig and David Mullins went to the bakery.", ["Charlie Craig", "David Mullins"]),
        # places, institutions and peoples are no one
        ("Drone strikes damaged oil facilities in Saudi Arabia.", []),
        ("said an analyst at the Brookings Institution.", []),
        ("The North Korean official is to visit New York.", []),
        ("Paul Ryan met the Freedom Caucus.", ["Paul Ryan"]),
        ("He spoke at Arlington National Cemetery on Monday.", []),
        # a title before one name; a given name inside the run; a name running into a verb or a day
        ("The president, President Trump, spoke.", ["President Trump"]),
        ("Shares of General Motors fell.", []),
        ("The report faulted former FBI Director James Comey.", ["FBI Director James Comey"]),
        ("Royce called on Aung San Suu Kyi to act.", ["Aung San Suu Kyi"]),
        (
            "Republican Senator Lindsey Graham Tweeted Saturday afternoon.",
            ["Republican Senator Lindsey Graham"],
        ),
        # a possessive ends a name
        (
            "They tried to repeal former President Barack Obama's Affordable Care Act.",
            ["President Barack Obama"],
        ),
    ],
)
def test_people_named_are_the_full_names_a_title_given_name_or_role_marks(
    sentence: str, people: list[str]
) -> None:
    assert _texts(people_named(sentence)) == people


def test_a_mention_knows_its_offsets_and_whom_later_mentions_share() -> None:
    sentence = "Tuesday’s attack did not kill any troops, President Donald Trump confirmed."
    (trump,) = people_named(sentence)
    assert sentence[trump.start : trump.end] == "President Donald Trump"
    assert trump.key == Mention("Trump", 0, 5).key
    assert Mention("a U.S. official", 0, 15).key == Mention("the official", 0, 12).key


@pytest.mark.parametrize(
    ("sentence", "said_by"),
    [
        (
            "Iran may have missed on purpose, according to U.S. government sources.",
            ["U.S. government sources"],
        ),
        (
            "Iran fired into vacant areas, according to a U.S. official who was not authorized to speak.",
            ["a U.S. official"],
        ),
        ("The attack, the official said, was designed mainly for a domestic audience.", ["the official"]),
        ("The impact caused limited damage, the source said.", ["the source"]),
        ("Iran, Trump said, “appears to be standing down.”", ["Trump"]),
        (
            "It was a warning shot, said Michael O’Hanlon, a military analyst at the Brookings Institution.",
            ["Michael O’Hanlon"],
        ),
        (
            "But House Speaker Paul Ryan of Wisconsin has said the fix should wait.",
            ["House Speaker Paul Ryan of Wisconsin"],
        ),
        ("Officials said the talks would go on.", ["Officials"]),
        # "a letter Trump wrote" is Trump's
        ("The White House released a letter Trump wrote to Kim.", ["Trump"]),
        # a pronoun stands for someone named before; what follows ", said" is no source unless it ends there
        ("The opening may be short-lived, he said.", []),
        # a long description between the one named and the verb; "according to" comes first
        (
            "Theresa Payton, CEO of a security firm, who served at the White House, said the North Koreans"
            " are not simply after money.",
            ["Theresa Payton"],
        ),
        (
            "Senator Tammy Baldwin, however, objects to the bills, saying it “simply kicks the can.”",
            ["Senator Tammy Baldwin"],
        ),
        ("“We appreciated the decision,” Kim Kye Gwan statement said.", ["Kim Kye Gwan statement"]),
        (
            "The intrusions go on, even as Trump says the meeting will proceed, according to a U.S."
            " cybersecurity firm that advises companies.",
            ["a U.S. cybersecurity firm", "Trump"],
        ),
        ("The North Koreans are not simply after money, she said, the CEO of a security firm.", []),
        # a group, a possessive, a speaker named after the verb with where they spoke
        ("He led a series of robberies, police said.", ["police"]),
        ("He has been escorted out of the building, his lawyer said.", ["his lawyer"]),
        (
            "“It is a setback,” said the president in noontime remarks in the Roosevelt Room.",
            ["the president"],
        ),
        (
            "The talks may resume, according to officials in Washington and Tokyo.",
            ["officials in Washington and Tokyo"],
        ),
        # the subject a sentence opens with, for a verb after "but" or a participle
        (
            "The report blasted Comey for “deviating” from policies but said there was no bias.",
            ["The report"],
        ),
        ("Trump sent a letter last week to leader Kim Jong Un, saying the summit was off.", ["Trump"]),
        ("The deal is in question after Trump refused to certify it, saying it was bad.", ["Trump"]),
        # a verb of blame or a court's ruling attributes too
        (
            "President Donald Trump blamed Barack Obama Tuesday, tweeting that the funds went to terror.",
            ["President Donald Trump", "President Donald Trump"],
        ),
        (
            "In Carpenter v. United States, the justices ruled 5-4 that the records are protected.",
            ["the justices"],
        ),
        # a participle's subject named by role, not a thing
        (
            "The president did not address the Senate, telling House Republicans it was time.",
            ["The president"],
        ),
        (
            "Democratic Senator Elizabeth Warren of Massachusetts, a state that allows it, said it failed.",
            ["Democratic Senator Elizabeth Warren"],
        ),
        ("The deal is in question, saying nothing.", []),
        ("The state-run agency showed footage of what it said were rockets.", []),
        ("The damage done by the missiles was minimal.", []),
        (
            "WASHINGTON — In a case, the U.S. Supreme Court on Monday narrowly ruled for a baker.",
            ["the U.S. Supreme Court"],
        ),
    ],
)
def test_sources_are_whom_a_sentence_attributes_its_claim_to(sentence: str, said_by: list[str]) -> None:
    assert _texts(sources(sentence)) == said_by


def test_full_names_and_referents_are_how_follow_ups_refer_to_people() -> None:
    assert full_names("Senate Minority Leader Chuck Schumer met Kim Yong Chol's aides.") == [
        "Senate Minority Leader Chuck Schumer",
        "Kim Yong Chol",
    ]
    assert referent("Senate Minority Leader Chuck Schumer") == "Schumer"
    assert referent("Kim Yong Chol") == "Kim Yong Chol"


def test_the_name_a_sentence_opens_with_is_its_subject() -> None:
    assert [m.text for m in opening_name("Manafort is currently free on house arrest.")] == ["Manafort"]
    assert opening_name("The deal is off.") == []
    assert opening_name("WASHINGTON — The deal is off.") == []


def _speaker(question: str):  # type: ignore[no-untyped-def]
    speaker = asked_speaker(question)
    assert speaker is not None
    return speaker


@pytest.mark.parametrize(
    ("question", "sentence", "theirs"),
    [
        (
            "What did Iran's supreme leader say about the protests?",
            "In 2009 the former president told reporters \"it's up to Iran's leaders.\"",
            False,
        ),
        (
            "What did Kim Jong Un say?",
            "Trump canceled his summit with Kim Jong Un, blaming Pyongyang.",
            False,
        ),
        (
            "What did Manafort's lawyer say?",
            "The special counsel brought new charges against Manafort.",
            False,
        ),
        ("What did the chief justice argue?", "The court's conservative wing dissented.", False),
        ("What did Kim Jong Un say?", '"We are ready," he said.', True),
        ("What did Sung Kim say about the talks?", "Sung Kim is leading the delegation at the talks.", False),
        (
            "What did the two dissenting justices argue?",
            "Phillips appealed, arguing the law was unfair.",
            False,
        ),
        ("What do lawmakers from both parties say?", "Both Republicans and Democrats said it sank.", True),
        (
            "What did the baker argue?",
            "“The court came up on the side of the baker,” said Susan Bloch, a law professor.",
            False,
        ),
        (
            "What was the chairman's position?",
            '"Enforce it," House Foreign Affairs Chairman Ed Royce said.',
            True,
        ),
        ("What was Trump's view on the deal?", "Trump has long opposed the deal.", True),
        (
            "How did the foundation's lawyer react?",
            '"Gratified," said Ann Cole, an attorney with the foundation.',
            True,
        ),
        # a quote going on from the sentence before, naming them as someone else would
        (
            "What did Crowley say?",
            '"That is why Congressman Crowley and I introduced H.Con.Res. 90, to condemn the killings."',
            False,
        ),
        ("What did Crowley say?", '"We will not stand by," he added.', True),
    ],
)
def test_a_sentence_answers_what_someone_said_only_when_they_may_be_the_one_speaking(
    question: str, sentence: str, theirs: bool
) -> None:
    assert spoken_by(sentence, _speaker(question), [sentence]) is theirs


def test_a_source_is_the_asked_speaker_when_the_article_calls_them_so_in_one_phrase() -> None:
    speaker = _speaker("What did the defense secretary say?")
    said = '"We are ready," Mattis said.'
    assert quotes(said, speaker, [said, "Defense Secretary Jim Mattis flew to Seoul."])
    assert not quotes(said, speaker, [said, "The defense secretary and Mattis met in Seoul."])
    assert not quotes(said, speaker, [said])


def test_someone_with_a_role_at_the_asked_body_speaks_for_it() -> None:
    said = (
        '"We are extremely gratified," said Andrew Crocker, a staff attorney with the Electronic '
        "Freedom Foundation, which had filed a brief in support of Carpenter."
    )
    assert spoken_by(said, _speaker("What did the Electronic Freedom Foundation say?"), [said])
    assert not spoken_by(said, _speaker("What did the Justice Department say?"), [said])
    critic = '"It is a loss," said Jane Doe, a lawyer who has long opposed the Justice Department.'
    assert not spoken_by(critic, _speaker("What did the Justice Department say?"), [critic])
    # a title's "of" is no body spoken for: "Secretary of State Mike Pompeo" after "WHITE HOUSE"
    title = (
        "WHITE HOUSE — U.S. Secretary of State Mike Pompeo will meet a general, according to the White House."
    )
    assert not quotes(title, _speaker("Has Pompeo said anything about it?"), [title])


def test_a_reaction_told_as_a_noun_is_theirs_whoever_reports_it() -> None:
    said = "Both parties said President Donald Trump's criticism of the deal helped sink the measure."
    assert spoken_by(said, _speaker("How did Trump react to the deal?"), [said])
    assert not spoken_by(said, _speaker("How did Schumer react to the deal?"), [said])

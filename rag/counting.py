"""Counts worked out from the article's figures and lists: the sides of a vote's tally, their sum and
margin, whether it was unanimous or won by one vote, and how many places or people a sentence lists.

"How many justices dissented?" is settled by "the justices ruled 5-4" though no sentence says "four
dissented": the answer gives 4 with the tally it comes from, and quotes the sentence with the tally marked.
A question about part of a side ("How many House Republicans voted no?") or about another vote is left to
the sentences that tell it. "How many states did the groups come from?" counts "Connecticut, New Jersey, New
York, Pennsylvania and Washington".
"""

from __future__ import annotations

import re

from rag.comparing import AHEAD, MONTH_NUMBERS, Found, Settled
from rag.people import people_named
from rag.schema import Retrieved
from rag.text import amounts, content_stems, question_shape, stem, words

TALLY = re.compile(r"(?<![\w.,–-])(?P<high>\d{1,3})\s?[-–]\s?(?P<low>\d{1,3})(?![\w–-]|[.,]\d)")
"""A vote's tally, the winning side first: "ruled 5-4", "a vote of 230-197"."""
VOTE_STEMS = frozenset(
    stem(w)
    for w in "vote voted ruled ruling decision decided split majority margin tally approved passed".split()
)
"""Words that make two figures joined by a dash a vote's tally, not a range ("June 8-9")."""
TALLY_ASKS: tuple[tuple[str, bool, re.Pattern[str]], ...] = tuple(
    (asks, yes_no, re.compile(pattern, re.IGNORECASE))
    for asks, yes_no, pattern in (
        (
            "unanimous",
            True,
            r"\bunanimous|\b(?:every|each|all)\b.*\bagree|\bwithout (?:a single|any) (?:vote|dissent)",
        ),
        ("one vote", True, r"\b(?:one|single|1)[- ]vote\b|\bby (?:one|a single) vote\b"),
        (
            "wide",
            True,
            r"\b(?:wide|large|big|comfortable|huge|lopsided)\s+margin\b|\boverwhelming|\blandslide\b",
        ),
        (
            "close",
            True,
            r"^(?!.*\bor\b).*(?:\bclose\b|\bnarrowly\b|\b(?:narrow|slim|tight|small)\s+(?:margin|vote|majority|win)\b)",
        ),
        ("more for", True, r"\bmore\b.*\bfor\b.*\bthan against\b"),
        ("more against", True, r"\bmore\b.*\bagainst\b.*\bthan for\b"),
        ("margin", False, r"\bmargin\b|\bby how many\b"),
        (
            "total",
            False,
            r"\bhow many\b.*\b(?:altogether|all together|in all|in total|total|combined|all told)\b",
        ),
        (
            "minority",
            False,
            r"\bhow many\b.*\b(?:dissent\w*|disagree\w*|against|opposed|losing|minority|voted no)\b",
        ),
        (
            "majority",
            False,
            r"\bhow many\b.*\b(?:majority|in favou?r|side|sided|joined|agreed|supported|voted (?:for|yes))\b",
        ),
    )
)
"""What a question may ask of a tally, in the order tried: "Was it unanimous?", "Was it decided by a single
vote?", "Did it pass by a wide margin?", "Was the vote close?", "Did more vote for it than against?", "By how
many votes?", "How many voted in all?", "How many dissented?", "How many were in the majority?"."""
VOTE_ASKED = frozenset(
    stem(w) for w in "dissent dissented dissenters unanimous unanimously minority side sided votes".split()
)
"""Words by which a question asks about a vote, besides those that make a tally one."""
BODIES = tuple(
    frozenset(stem(w) for w in body.split())
    for body in ("senate senator senators", "house representatives representative congressmen congressman")
)
"""The two chambers of a legislature: the House's tally is not the Senate's."""
COUNT_TOLD_REACH = 3
"""How far down the ranking a sentence telling the asked count in words goes before a tally."""


def settle_tally(
    question: str, yes_no: bool, hits: tuple[Retrieved, ...], previous: frozenset[int]
) -> Settled | None:
    """The answer worked out from a vote's tally when the question asks for one of its sides, their sum or
    difference, or whether it was unanimous or won by one vote: "How many justices dissented?" against "the
    justices ruled 5-4" is 4. The tally is the one in the last answer's sentence, else in the best ones; a
    figure the question names ("the 2015 decision") must be in its sentence, and a chamber it names too. None
    for a question about no vote, a vote still to come, part of a side or something else counted, and when a
    sentence tells the count in words ("the court's four liberal justices dissented")."""
    asks = next((a for a, yn, pattern in TALLY_ASKS if yn == yes_no and pattern.search(question)), None)
    if asks is None:
        return None
    asked = {stem(w) for w in words(question)}
    if asks in ("close", "wide") and VOTE_STEMS.isdisjoint(asked):
        return None  # "Did Comey close the probe?", "Was the election close?" ask of no tally
    no_vote = not yes_no and not (VOTE_STEMS | VOTE_ASKED).intersection(
        asked
    )  # "states with laws against it"
    still_to_come = AHEAD.search(question) is not None  # "How many senators are expected to vote for it?"
    told = not yes_no and _count_told(question, hits[:COUNT_TOLD_REACH])
    if no_vote or still_to_come or told or not _counts_voters(question):
        return None
    shown = [h for h in hits if h.sentence.index in previous]
    named = {w for w in words(question) if w.isdigit()}
    for hit in [*shown, *hits]:
        text = hit.sentence.text
        held = {stem(w) for w in words(text)}
        if not VOTE_STEMS.intersection(held) or not named <= set(words(text)) or _other_body(asked, held):
            continue
        for match in TALLY.finditer(text):
            high, low = int(match["high"]), int(match["low"])
            before = text[: match.start()].split()[-1:]
            if high < low or (before and before[0].lower().rstrip(".")[:3] in MONTH_NUMBERS):
                continue  # a range of days, "June 8-9"
            lead = _tally_lead(asks, high, low, match[0])
            if lead is None:
                return None  # "Was it close?" against 6-3: neither close nor lopsided
            start = hit.sentence.start
            found = Found(
                hit, "tally", (float(high), float(low)), (start + match.start(), start + match.end())
            )
            return Settled(lead, (found,))
    return None


HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
VOTERS = frozenset(
    stem(w)
    for w in """vote votes voter voters justice justices judge judges member members senator senators lawmaker
    lawmakers legislator legislators representative representatives delegate delegates commissioner
    commissioners juror jurors nation nations country countries state states""".split()
)
"""What a vote's sides count: votes, or the members of a body that votes."""
PART_OF_A_SIDE = re.compile(
    r"\b(?:Republicans?|Democrats?|Democratic|GOP|liberals?|conservatives?|part(?:y|ies)|"
    r"(?:sided|agreed) with (?:him|her|them)|joined (?:him|her|them))\b",
    re.IGNORECASE,
)
"""A question about part of a side, which the tally does not count: "How many House Republicans voted no?",
"How many justices sided with him?" (besides him)."""


def _counts_voters(question: str) -> bool:
    """Whether what "how many" counts is what a tally's sides count: votes, the members of a voting body
    ("justices", "members"), or no noun at all ("How many voted for it?"); not "How many separate dissenting
    opinions did they file?", "How many co-sponsors does it have?", nor part of a side."""
    if PART_OF_A_SIDE.search(question):
        return False
    counted = _counted_noun(question)
    return not counted or counted in VOTERS


def _counted_noun(question: str) -> str | None:
    """The stem of the noun "how many" counts, as the question's shape reads it ("How many separate
    dissenting [opinions] did they file?"); "" for none, None when the question asks no "how many"."""
    if HOW_MANY.search(question) is None:
        return None
    unit = question_shape(question).unit
    return unit[-1] if unit else ""


def _other_body(asked: set[str], held: set[str]) -> bool:
    """Whether the question asks about one chamber and the sentence names only the other."""
    return any(asked & body and not held & body and any(held & other for other in BODIES) for body in BODIES)


def _count_told(question: str, hits: tuple[Retrieved, ...]) -> bool:
    """Whether a sentence gives the count asked in words, with every other word of the question: "the court's
    four liberal justices dissented" answers "How many justices dissented?" better than a tally does."""
    asked = set(content_stems(question)) - {"many", "much"}
    for hit in hits:
        held = set(content_stems(hit.sentence.text))
        if asked <= held and any(asked.intersection(a.counted) for a in amounts(hit.sentence.text)):
            return True
    return False


CLOSE_SHARE = 0.75
"""A vote is close when the losing side has at least this share of the winning side's votes (5-4, 51-49)."""
LOPSIDED_SHARE = 0.5
"""... and won by a wide margin when the losing side has less than this share (7-2, 360-59)."""


def _tally_lead(asks: str, high: int, low: int, tally: str) -> str | None:
    """The answer's opening for what the question asks of the tally, with the tally it is worked out from;
    None when the tally does not settle it (a 6-3 vote is neither close nor lopsided)."""
    share = low / high if high else 1.0
    close = "Yes." if share >= CLOSE_SHARE else "No." if share < LOPSIDED_SHARE else None
    wide = "Yes." if share < LOPSIDED_SHARE else "No." if share >= CLOSE_SHARE else None
    leads = {
        "close": close,
        "wide": wide,
        "unanimous": "Yes." if low == 0 else "No.",
        "one vote": "Yes." if high - low == 1 else "No.",
        "more for": "Yes." if high > low else "No.",
        "more against": "No.",
        "margin": f"By {high - low} vote{'s' if high - low != 1 else ''} ({tally}).",
        "total": f"{high + low} ({high} + {low}).",
        "minority": f"{low}, going by the {tally} vote.",
        "majority": f"{high}, going by the {tally} vote.",
    }
    return leads[asks]


_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w.'’-]*)*"
NAMED_LIST = re.compile(
    rf"\b(?:(?P<after>in|from|to|across|between|including)\s+)?(?P<items>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
)
"""A list of names: "from Connecticut, New Jersey, New York, Pennsylvania and Washington", "Charlie Craig and
David Mullins"."""
LISTED_KINDS = {
    "place": frozenset(
        stem(w)
        for w in """state states country countries nation nations city cities place places town towns province
        provinces region regions""".split()
    ),
    "person": frozenset(stem(w) for w in "people person persons men women".split()),
}
"""What a question may count by the names a sentence lists: places after "in" or "from", or people."""


def settle_listed(question: str, hits: tuple[Retrieved, ...], previous: frozenset[int]) -> Settled | None:
    """The count of the places or people a sentence lists, when the question asks how many and no figure
    gives it: "How many states did the groups come from?" against "more than 10 organizations from
    Connecticut, New Jersey, New York, Pennsylvania and Washington" is 5. The sentence is the last
    answer's, else the best one."""
    kind = _listed_kind(question)
    if kind is None:
        return None
    shown = [h for h in hits if h.sentence.index in previous]
    for hit in shown or list(hits[:1]):
        text = hit.sentence.text
        if any(LISTED_KINDS[kind].intersection(a.counted) for a in amounts(text)):
            return None  # "22 states": the figure answers as it stands
        for match in NAMED_LIST.finditer(text):
            items = re.split(r",\s+(?:and\s+)?|\s+and\s+", match["items"])
            if (kind == "place") != bool(match["after"]) or (
                kind == "person" and len(people_named(match["items"])) != len(items)
            ):
                continue
            listed = match["items"].rstrip(".")  # "… and Washington." ends the sentence
            start = hit.sentence.start + match.start("items")
            found = Found(hit, "list", (float(len(items)),), (start, start + len(listed)))
            return Settled(f"{len(items)}: {listed}.", (found,))
    return None


def _listed_kind(question: str) -> str | None:
    """Whether "how many" asks for places or people, which a list of names may count."""
    head = _counted_noun(question) or ""
    return next((kind for kind, nouns in LISTED_KINDS.items() if head in nouns), None)

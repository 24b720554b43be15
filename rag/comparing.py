"""Order and comparison questions: which of two events the article reports came first, and how long
after the other, read off the times it gives them, and whether a sentence compares or orders things in its
own words at all.

"Did Trump's phone call with Abe take place before the talks at the demilitarized zone?" is settled by two
sentences, "following a Monday telephone call with Trump" and "talks Sunday at the Korean demilitarized
zone": neither says which came first; their days do. The answer quotes both, with each time marked. "How
many years went by between DACA's creation and its rescission?" is worked out from "established in 2012"
and "rescinded the policy in 2017". "Is Schumer older than Ryan?" is settled by no sentence that merely
names both.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rag.schema import Retrieved
from rag.text import (
    ANTONYMS,
    EVENT_ONLY_VERBS,
    MONTHS,
    REPORTING_DAY,
    SPEECH_ACTS,
    STOPWORDS,
    WEEKDAYS,
    amounts,
    content_stems,
    stem,
    words,
)

WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NUMBERS = {
    name: i + 1 for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
CALENDAR_TIME = re.compile(
    rf"\b(?P<month>{_MONTH})(?:\s+(?P<day>\d{{1,2}})(?:[-–](?P<until>\d{{1,2}}))?\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<relative>last|next) (?:week|{'|'.join(day.capitalize() for day in WEEK)})\b"
    rf"|\b(?P<weekday>{'|'.join(day.capitalize() for day in WEEK)})\b"
    r"|\b(?P<lone_year>(?:19|20)\d\d)\b"
)
"""A point in time a sentence names: "July 5, 2016", "Oct. 28", "June 8-9", "June 2018", "last week", "last
Thursday" (both before the week the article tells of), "Sunday", "2016"."""
BOUND_BEFORE = frozenset("before after since until till by through from to between".split())
"""A time after one of these words bounds something ("since 2012"), it does not date it."""

WHICH_FIRST = re.compile(
    r"^\W*(?:which|what|who)\b[^,:;—–?]*?\b(?P<edge>first|earlier|sooner|later|last)\b[^,:;—–?]*[,:;—–]\s*"
    r"(?P<first>[^?]+?),?\s+or\s+(?P<second>[^?]+?)\W*$",
    re.IGNORECASE,
)
""""Which came first: the talks at the DMZ, or the official's comment to VOA?"."""
BEFORE_OR_AFTER = re.compile(
    r"^(?P<first>.+?)\s+(?:before or after|after or before)\s+(?P<second>[^?]+?)\W*$", re.IGNORECASE
)
"""'Did that come before or after the meeting?'."""
BEFORE_OR_AFTER_YES_NO = re.compile(
    r"^(?P<first>.+?)\s+(?P<relation>before|after|earlier than|later than|prior to|ahead of)\s+"
    r"(?P<second>[^?]+?)\W*$",
    re.IGNORECASE,
)
"""'Did the raid happen before the election?'."""
LATER_WORDS = frozenset(["after", "later", "last"])
ORDER_VERBS = EVENT_ONLY_VERBS | frozenset(stem(w) for w in "already will would could should".split())
"""Words that only say an event took place, or will: they name neither side of the comparison."""
AHEAD = re.compile(r"\b(?:will|would|scheduled|planned|expected|upcoming|next)\b", re.IGNORECASE)
"""Words before a time that put it ahead of the article: "will lose their protection March 5"."""
AHEAD_REACH = 8
"""How many words before a time such a word may stand."""
ORDER_WORDS = frozenset(
    """before after earlier later prior following followed then until since first last previously already
    ago afterward afterwards subsequently next preceded precede precedes predate predates predated former
    current""".split()
)
"""Words by which a sentence tells an order itself: "Ryan said after the bill passed"."""
COMPOUND_TAIL = 5
"""The least length of a word that a longer one ending in it stands for: "phone" for "telephone"."""
SIDE_SHARE = 0.5
"""The least share of a side's own words a sentence must hold to tell when that side happened."""
_SAME_EVENT_WORDS = (
    "create creation establish establishment launch start begin introduce inception",
    "end rescind rescission repeal cancel cancellation scrap abolish terminate termination expire",
)
SAME_EVENT = {
    stem(word): frozenset(stem(w) for w in group.split())
    for group in _SAME_EVENT_WORDS
    for word in group.split()
}
"""Words for the start or the end of something, any of which tells the other: "DACA's creation" is told by
"DACA is a policy established in 2012"."""
"""The least share of a side's own words a sentence must hold to tell when that side happened."""


@dataclass(frozen=True, slots=True)
class OrderQuestion:
    """What an order question compares: the event it names first and the one it names second, and whether
    it asks if the first came before the second, after it, or which of them came first or last."""

    first: str
    second: str
    asks: str  # "before", "after", "before or after", "first" or "last"


@dataclass(frozen=True, slots=True)
class Found:
    """An event or a person found in a sentence, with when it happened or how old they are as a sortable
    key, and where the time or age is written."""

    hit: Retrieved
    kind: str  # "calendar" (month, day, year), "week" (a weekday of the article's week), "age" or "party"
    key: tuple[float, ...]
    span: tuple[int, int]
    ahead: bool = False  # told as still to come ("will lose their protection March 5")
    last_day: float | None = None  # the end of a range of days ("June 8-9")
    exact: bool = True  # "last week" is before the article's week, on no day of it


@dataclass(frozen=True, slots=True)
class Settled:
    """A question the article's times, ages, parties or tallies settle: the lead ("Yes.", "After.", the
    earlier choice, the figure worked out) and what was found, the earlier or younger first."""

    lead: str
    found: tuple[Found, ...]


def as_lead(choice: str) -> str:
    """The question's own words for the choice the evidence names, as the answer's opening sentence."""
    return f"{choice[:1].upper()}{choice[1:]}."


def order_question(question: str, yes_no: bool) -> OrderQuestion | None:
    """The two events an order question compares, or None when it asks no order."""
    if match := WHICH_FIRST.match(question):
        edge = "last" if match["edge"].lower() in LATER_WORDS else "first"
        return OrderQuestion(match["first"], match["second"], edge)
    if match := BEFORE_OR_AFTER.match(question):
        return OrderQuestion(match["first"], match["second"], "before or after")
    if yes_no and (match := BEFORE_OR_AFTER_YES_NO.match(question)):
        relation = match["relation"].lower()
        asks = "after" if relation.split()[0] in LATER_WORDS else "before"
        return OrderQuestion(match["first"], match["second"], asks)
    return None


def settle_order(
    asked: OrderQuestion, hits: tuple[Retrieved, ...], previous: frozenset[int]
) -> Settled | None:
    """The answer to an order question when the article dates both events differently, else None."""
    week = _week_order([h.sentence.text for h in hits])
    first = _dated(_side(asked.first, asked.second), hits, previous, week)
    second = _dated(_side(asked.second, asked.first), hits, frozenset(), week)
    if first is None or second is None or first.kind != second.kind:
        return None
    earlier = _earlier(first.key, second.key)
    without_years = first.kind == "calendar" and math.isnan(first.key[0]) and math.isnan(second.key[0])
    if without_years and first.ahead != second.ahead:  # what is still to come is later
        earlier = 1 if first.ahead else 0
    if earlier is None:
        return None
    first_earlier = earlier == 0
    if asked.asks in ("before", "after"):
        lead = "Yes." if first_earlier == (asked.asks == "before") else "No."
    elif asked.asks == "before or after":
        lead = "Before." if first_earlier else "After."
    else:
        choice = asked.first if first_earlier == (asked.asks == "first") else asked.second
        lead = as_lead(choice)
    return Settled(lead, (first, second) if first_earlier else (second, first))


_SPAN_ASKED = r"^\W*(?:(?:so|and|then)\W+)?how\s+(?:long|many\s+(?P<unit>years|months|weeks|days))\b"
SPAN_BETWEEN = re.compile(
    _SPAN_ASKED + r"\s+(?:(?:passed|elapsed|lapsed|went by|gone by|(?:were|was|is|are) there)\s+)?"
    r"between\s+(?P<first>.+?)\s+and\s+(?P<second>[^?]+?)\W*$",
    re.IGNORECASE,
)
"""'How many years went by between DACA's creation and its end?'; not 'How long did the meeting between
Trump and Abe last?', whose "between" names who met."""
_SPAN_RELATIVE = (
    _SPAN_ASKED
    + r"\s+(?P<relation>after|before|later|earlier)\b\s*(?P<first>.*?)\s*\b(?:{aux})\s+(?P<second>[^?]+?)\W*$"
)
SPAN_RELATIVE = tuple(
    re.compile(_SPAN_RELATIVE.format(aux=aux), re.IGNORECASE)
    for aux in ("did|does|do", "was|were|is|are|will|would|had|has|could")
)
"""'How many days before the phone call did Hagin fly to Singapore?', 'And how long after that did the court
rule?', 'How many months later did their wedding take place?' (after the last answer); the event counted to
follows "did" when the question has one ("How long after the policy was established did they end it?")."""
TIME_UNIT_DAYS = {"day": 1, "week": 7}


@dataclass(frozen=True, slots=True)
class SpanQuestion:
    """A question for the time between two events: the one it counts from, the one it counts to (the last
    answer's event when it names none), and whether the second is asked to come after or before the first,
    or either ("between")."""

    first: str
    second: str
    relation: str  # "after", "before" or "between"
    unit: str | None  # "year", "month", "week", "day"; None for "how long"


def span_question(question: str) -> SpanQuestion | None:
    """The two events a question asks the time between, or None when it asks no such span."""
    unit: str | None
    if match := SPAN_BETWEEN.match(question):
        relation = "between"
    elif match := next(filter(None, (pattern.match(question) for pattern in SPAN_RELATIVE)), None):
        relation = "after" if match["relation"].lower() in ("after", "later") else "before"
    else:
        return None
    unit = match["unit"].lower().rstrip("s") if match["unit"] else None
    return SpanQuestion(match["first"], match["second"], relation, unit)


def asks_two_events(question: str, yes_no: bool) -> bool:
    """Whether the question asks the order of two events or the time between them, which the whole article
    may be needed to date: the sentence dating one event often shares few words with the question."""
    return order_question(question, yes_no) is not None or span_question(question) is not None


def settle_span(asked: SpanQuestion, hits: tuple[Retrieved, ...], previous: frozenset[int]) -> Settled | None:
    """The time between two events the article dates, worked out from their dates, in the unit asked (or
    the finest both dates give): "How many years went by between DACA's creation and its end?" against
    "established in 2012" and "rescinded the policy in 2017" is "5 years: 2012 to 2017.". A range of days
    counts from its end ("the summit June 8-9" to June 12 is 3 days). None when either event is undated,
    their dates cannot be counted apart in that unit, or the second is not on the side asked."""
    week = _week_order([h.sentence.text for h in hits])
    first_side, second_side = _side(asked.first, asked.second), _side(asked.second, asked.first)
    first = _dated(first_side, hits, previous, week)
    # the last answer is the event counted to only when the question names nothing else: "was that?"
    second = _dated(second_side, hits, previous if not second_side.stems else frozenset(), week)
    if first is None or second is None or first.kind != second.kind or not (first.exact and second.exact):
        return None
    order = _earlier(first.key, second.key)  # None for one time, or two told apart by nothing
    if order is None or (asked.relation != "between" and (order == 0) != (asked.relation == "after")):
        return None
    earlier, later = (first, second) if order == 0 else (second, first)
    counted = _time_between(earlier, later, asked.unit)
    if counted is None:
        return None
    amount, unit = counted
    lead = f"{amount} {unit}{'' if amount == 1 else 's'}: {_written(earlier)} to {_written(later)}."
    return Settled(lead, (earlier, later))


def _written(found: Found) -> str:
    """The time as the article writes it."""
    start = found.hit.sentence.start
    return found.hit.sentence.text[found.span[0] - start : found.span[1] - start]


def _time_between(earlier: Found, later: Found, unit: str | None) -> tuple[int, str] | None:
    """How many whole units lie between two times, in the unit asked or the finest both give: "2012 to
    2017" is 5 years, "December 2016 to January 2017" 1 month and no whole year."""
    if earlier.kind == "week":
        return _in_days(int(later.key[0] - earlier.key[0]), unit)
    (y1, m1, d1), (y2, m2, d2) = earlier.key, later.key
    if earlier.last_day is not None:
        d1 = earlier.last_day
    if math.isnan(y1) != math.isnan(y2):  # a date without a year is in the other's year
        y1, y2 = (y2, y2) if math.isnan(y1) else (y1, y1)
    if math.isnan(m1) or math.isnan(m2):
        whole_years = unit in (None, "year") and not math.isnan(y1) and y2 > y1
        return (int(y2 - y1), "year") if whole_years else None
    months = int((0 if math.isnan(y1) else (y2 - y1) * 12) + m2 - m1)
    if not (math.isnan(d1) or math.isnan(d2)) and d2 < d1:
        months -= 1  # March 20 to April 5 is no whole month
    if unit == "year":
        return (months // 12, "year") if months >= 12 else None
    if unit == "month" or math.isnan(d1) or math.isnan(d2):
        return (months, "month") if unit in (None, "month") and months > 0 else None
    year1, year2 = (2001, 2001) if math.isnan(y1) else (int(y1), int(y2))  # 365 days when no year is given
    return _in_days((date(year2, int(m2), int(d2)) - date(year1, int(m1), int(d1))).days, unit)


def _in_days(days: int, unit: str | None) -> tuple[int, str] | None:
    """A count of days in the unit asked: weeks only when whole."""
    size = TIME_UNIT_DAYS.get(unit or "day")
    if size is None or days <= 0 or days % size:
        return None
    return days // size, unit or "day"


LENGTH_ASKED = re.compile(
    r"^\W*(?:(?:so|and)\W+)?how\s+(?:long|many\s+days)\s+(?:long\s+)?(?:is|was|will|would|does|did)\s+"
    r"(?P<event>[^?]+?)(?:\s+(?:be|last|run|go\s+on|take))?\W*$",
    re.IGNORECASE,
)
"""'How many days long is the G7 summit?', 'How long will the summit last?'."""


def settle_length(question: str, hits: tuple[Retrieved, ...], previous: frozenset[int]) -> Settled | None:
    """How many days an event lasts when the article dates it by a range of days: "How many days long is
    the G7 summit in Canada?" against "the Group of Seven economic summit June 8-9 in Canada" is "2 days:
    June 8-9.". None when the event is not dated by such a range, one a word for the event stands next to."""
    match = LENGTH_ASKED.match(question)
    if match is None:
        return None
    side = _side(match["event"], "")
    found = _dated(side, hits, previous, _week_order([h.sentence.text for h in hits]))
    if found is None or found.last_day is None or found.last_day <= found.key[2]:
        return None
    text, start = found.hit.sentence.text, found.hit.sentence.start
    before = words(text[: found.span[0] - start])[-ANCHOR_REACH:]
    after = words(text[found.span[1] - start :])[:ANCHOR_REACH]
    if not side.found_in(before + after) & side.event:
        return None  # "the summit June 8-9 …, but may meet at the White House": the range is the summit's
    days = int(found.last_day - found.key[2]) + 1
    return Settled(f"{days} days: {_written(found)}.", (found,))


DURATION = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|\w+teen|"
    r"\w+ty)[- ](?:\w+[- ])?(?:years?|months?|weeks?|days?|decades?|hours?)\b(?!-old)",
    re.IGNORECASE,
)
"""A length of time told in words: "six years ago", "17 months", "two weeks later", "a two-year deal", and
vague ones ("for many years", "a few years ago") that ``rag.text.amounts`` gives no figure for; not an age
("a 19-year-old")."""


def tells_duration(sentence: str) -> bool:
    """Whether the sentence tells a length of time, so it may answer a question for the time between two
    events that their dates do not settle ("six years ago")."""
    return DURATION.search(sentence) is not None


AGE_COMPARED = re.compile(
    r"^\W*(?:is|was|are|were)\s+(?P<first>.+?)\s+(?P<relation>older|younger)\s+than\s+(?P<second>[^?]+?)\W*$"
    r"|^\W*who(?:['’]s|\s+is|\s+was)\s+(?P<which>older|younger)\W+(?P<one>[^?]+?),?\s+or\s+(?P<other>[^?]+?)\W*$",
    re.IGNORECASE,
)
"""'Is Kilimnik older than Manafort?', 'Who is younger, Kilimnik or Manafort?'."""
AGE_AFTER_NAME = r"{name}(?:['’]s)?,\s+(?P<age>\d{{1,3}})(?=[,;.)]|\s+(?:and|who|was|is)\b)"
AGE_BEFORE_NAME = r"(?P<age>\d{{1,3}})-year-old\s+(?:[\w.]+\s+){{0,4}}?{name}\b"
"""How an article gives someone's age: "Manafort, 69, and Konstantin Kilimnik, 48,", "the 48-year-old
Kilimnik"."""


def settle_ages(question: str, hits: tuple[Retrieved, ...]) -> Settled | None:
    """The answer to "Is A older than B?" or "Who is older, A or B?" when the article gives both ages."""
    match = AGE_COMPARED.match(question)
    if match is None:
        return None
    first, second = (match["first"], match["second"]) if match["first"] else (match["one"], match["other"])
    ages = [
        _beside_name(side, hits, (AGE_AFTER_NAME, AGE_BEFORE_NAME), "age", float) for side in (first, second)
    ]
    if ages[0] is None or ages[1] is None or ages[0].key == ages[1].key:
        return None
    first_younger = ages[0].key < ages[1].key
    if match["relation"]:
        lead = "Yes." if first_younger == (match["relation"].lower() == "younger") else "No."
    else:
        choice = first if first_younger == (match["which"].lower() == "younger") else second
        lead = as_lead(choice)
    return Settled(lead, (ages[0], ages[1]) if first_younger else (ages[1], ages[0]))


def _beside_name(
    side: str, hits: tuple[Retrieved, ...], patterns: tuple[str, ...], kind: str, key: Callable[[str], float]
) -> Found | None:
    """What the article gives beside the person the side names by their last name (their age, their
    party: the pattern's group named ``kind``), in the first sentence that gives it."""
    names = [w for w in words(side) if w[:1].isupper()]
    if not names:
        return None
    name = re.escape(names[-1])
    for hit in hits:
        for pattern in patterns:
            if found := re.search(pattern.format(name=name), hit.sentence.text):
                start = hit.sentence.start
                span = (start + found.start(kind), start + found.end(kind))
                return Found(hit, kind, (key(found[kind]),), span)
    return None


SAME_PARTY = re.compile(
    r"^\W*(?:(?:and|so|but)\W+)?(?:are|were|is|was)\s+(?:(?P<one>[^?]+?)\s+and\s+(?P<other>[^?]+?)\s+(?:both\s+)?"
    r"(?:from|in|of|members\s+of)\s+the\s+same\s+(?:political\s+)?party|(?P<first>[^?]+?)\s+(?:from|in|of|a\s+member\s+of)"
    r"\s+the\s+same\s+(?:political\s+)?party\s+as\s+(?P<second>[^?]+?))\W*$",
    re.IGNORECASE,
)
"""'Are Scott Taylor and Mike Coffman from the same party?', 'Is Grisham in the same party as Taylor?'."""
_PARTY = r"(?P<party>Republican|Democrat|Democratic)"
PARTY_BEFORE_NAME = _PARTY + r"\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}?{name}\b"
PARTY_AFTER_NAME = r"{name}(?:['’]s)?,\s+(?:a|the)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}?" + _PARTY + r"\b"
PARTY_INITIAL = r"{name}\s+\((?P<party>[RD])-"
"""How an article gives someone's party: "Virginia Republican Scott Taylor", "Grisham, a New Mexico
Democrat", "Ed Royce (R-Calif.)"; only capitalised words (a title, a state, a first name) between."""
PARTY_OF = {"republican": 1.0, "r": 1.0, "democrat": 2.0, "democratic": 2.0, "d": 2.0}


def settle_party(question: str, hits: tuple[Retrieved, ...]) -> Settled | None:
    """The answer to "Are A and B from the same party?" when the article gives both parties."""
    match = SAME_PARTY.match(question)
    if match is None:
        return None
    sides = (match["one"], match["other"]) if match["one"] else (match["first"], match["second"])
    patterns = (PARTY_BEFORE_NAME, PARTY_AFTER_NAME, PARTY_INITIAL)
    parties = [_beside_name(side, hits, patterns, "party", lambda p: PARTY_OF[p.lower()]) for side in sides]
    if parties[0] is None or parties[1] is None:
        return None
    return Settled("Yes." if parties[0].key == parties[1].key else "No.", (parties[0], parties[1]))


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an order question: its words, their stems, the stems the other side does not share, and
    the stems of its words that are no names (what happened: "call", "talks", "reply")."""

    text: str
    written: dict[str, str]  # stem -> the word as written, lowered
    own: frozenset[str]
    event: frozenset[str]

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(self.written)

    def found_in(self, sentence_words: list[str], same_event: bool = True) -> set[str]:
        """The side's stems the sentence holds, as written, as the end of a longer word ("phone" in
        "telephone") or, unless ``same_event`` is off, as another word for the same start or end."""
        pairs = [(stem(w), w.lower()) for w in sentence_words]
        return {
            s
            for s, w in self.written.items()
            if any(
                s == b
                or (same_event and b in SAME_EVENT.get(s, ()))
                or (len(w) >= COMPOUND_TAIL and x.endswith(w))
                for b, x in pairs
            )
        }


def _side(text: str, other: str) -> Side:
    kept = [
        w for w in words(text) if w.lower().replace("’", "'") not in STOPWORDS and stem(w) not in ORDER_VERBS
    ]
    written = {stem(w): w.lower() for w in kept}
    event = frozenset(stem(w) for w in kept if w[:1].islower())
    return Side(text, written, frozenset(written) - set(content_stems(other)), event)


def _dated(
    side: Side, hits: tuple[Retrieved, ...], previous: frozenset[int], week: dict[str, int]
) -> Found | None:
    """When the event the side's words name happened: the time nearest where its own words stand together
    (``_anchor``) in the sentence that holds most of its words. Those must include a word for what happened,
    not only names ("Did Kim Jong Un reply before the talks?" is not dated by "a letter last week to Kim Jong
    Un"); no undated sentence may hold more of them ("a vote on military funding" is not dated by "a vote
    ... late Thursday"), nor as many in the opposite sense ("Has it been decided where they will meet?"
    against "It is unclear where they will meet"). A side that names almost nothing ("Was that after the
    talks?") is the last answer's sentence, when that names one time."""
    if len(side.stems) < 2 and previous:
        shown = [h for h in hits if h.sentence.index in previous]
        times = [t for h in shown for t in _times_in(h, week)]
        return times[0] if len(times) == 1 else None
    most_held = denied = 0
    best: tuple[int, int, int, Found] | None = None
    saying = any(stem(w) in SPEECH_ACTS for w in words(side.text))
    for hit in hits:
        toks = words(hit.sentence.text)
        found = side.found_in(toks)
        if not found & side.own:
            continue
        if _opposed(side.text, toks):  # "Did the talks stop?" against "negotiations have continued"
            denied = max(denied, len(found))
            continue
        most_held = max(most_held, len(found))
        if not found & side.event or len(found) < SIDE_SHARE * len(side.stems):
            continue
        anchor = _anchor(side, toks)
        as_written = len(side.found_in(toks, same_event=False))  # "created" before "creating a deadline"
        for dated in _times_in(hit, week, saying):
            at = len(words(hit.sentence.text[: dated.span[0] - hit.sentence.start]))
            distance = abs(at - anchor)
            if best is None or (len(found), as_written, -distance) > best[:3]:
                best = (len(found), as_written, -distance, dated)
    return best[3] if best and best[0] >= most_held and best[0] > denied else None


ANCHOR_REACH = 3
"""How many words either side of one of a side's words count as where the side is told."""


def _anchor(side: Side, toks: list[str]) -> int:
    """Where in the sentence the side is told: the word of its own with most other words of its own near
    it, the first of those ("the anticipated Singapore summit, which ... will occur on June 12 after ...
    last Thursday that the summit would not be held" tells the summit where "Singapore summit" stands)."""
    held = {i: side.found_in([w]) & side.own for i, w in enumerate(toks)}
    held = {i: found for i, found in held.items() if found}

    def near(i: int) -> int:
        return len(set().union(*(f for j, f in held.items() if abs(i - j) <= ANCHOR_REACH)))

    return max(held, key=lambda i: (near(i), -i))


def _opposed(side: str, sentence_words: list[str]) -> bool:
    """Whether the sentence has the opposite of a word of the side and not the word itself."""
    written = {stem(w) for w in sentence_words}
    return any(
        stem(w) not in written and any(stem(o) in written for o in ANTONYMS.get(w.lower(), ()))
        for w in words(side)
    )


def _times_in(hit: Retrieved, week: dict[str, int], saying: bool = True) -> list[Found]:
    """The points in time the sentence names, each as a sortable key: a calendar date, or a weekday's (or
    last or next week's) place in the article's week. The day something was said ("the president said
    Thursday") dates only a saying."""
    text, found = hit.sentence.text, []
    said_on = [m.span() for m in REPORTING_DAY.finditer(text)] if not saying else []
    for match in CALENDAR_TIME.finditer(text):
        before = [w.lower() for w in text[: match.start()].split()[-2:]]
        if before and before[-1] in BOUND_BEFORE and before != ["back", "to"]:
            continue  # "since 2012" bounds; "dates back to 2012" dates
        span = (hit.sentence.start + match.start(), hit.sentence.start + match.end())
        if match["weekday"] and any(start <= match.start() < end for start, end in said_on):
            continue
        if match["weekday"]:
            found.append(Found(hit, "week", (week[match["weekday"].lower()],), span))
        elif match["relative"]:
            named = match[0].split()[1].lower()
            shift = -7 if match["relative"].lower() == "last" else 7
            if named == "week":
                found.append(Found(hit, "week", (float(shift),), span, exact=False))
            else:
                found.append(Found(hit, "week", (float(week[named] + shift),), span))
        elif match["month"]:
            name = match["month"].lower().rstrip(".")
            if name not in MONTHS or (name == "may" and not (match["day"] or match["year"])):
                continue  # "may" the verb
            year = float(match["year"]) if match["year"] else math.nan
            day = float(match["day"]) if match["day"] else math.nan
            ahead = bool(AHEAD.search(" ".join(text[: match.start()].split()[-AHEAD_REACH:])))
            key = (year, float(MONTH_NUMBERS[name[:3]]), day)
            last_day = float(match["until"]) if match["until"] else None
            found.append(Found(hit, "calendar", key, span, ahead, last_day))
        else:
            found.append(Found(hit, "calendar", (float(match["lone_year"]), math.nan, math.nan), span))
    return found


def _earlier(first: tuple[float, ...], second: tuple[float, ...]) -> int | None:
    """0 when the first key is earlier, 1 when the second is, None when they are the same or either lacks
    what would tell them apart. A date without a year is taken to be in the other's year."""
    for index, (a, b) in enumerate(zip(first, second, strict=True)):
        if math.isnan(a) and math.isnan(b):
            continue
        if math.isnan(a) or math.isnan(b):
            if index == 0:
                continue
            return None
        if a != b:
            return 0 if a < b else 1
    return None


def tells_order(sentence: str) -> bool:
    """Whether the sentence tells an order in its own words, so it may answer an order question its times
    do not settle."""
    return any(w.lower() in ORDER_WORDS for w in words(sentence))


COMPARATIVES = frozenset(
    """more less fewer older younger bigger larger smaller longer shorter higher lower greater worse better
    harder tougher wider narrower closer faster slower stronger weaker richer poorer heavier lighter cheaper
    most least oldest youngest biggest largest smallest longest shortest highest lowest greatest worst best
    hardest toughest widest narrowest closest fastest slowest strongest weakest""".split()
)
"""Words that compare two things ("older", "more") or rank one above all ("the longest report")."""
COMPARING_VERBS = frozenset(
    """predate predates predated precede precedes preceded outnumber outnumbers outnumbered exceed exceeds
    exceeded surpass surpasses surpassed trail trails trailed""".split()
)
"""Verbs that compare two things as a comparative does: "empires that predate the colonial era"."""
SINGLING_OUT = frozenset(["especially", "particularly", "disproportionately"])
"""Words that set one apart from the rest, as a comparative does: "could be hit especially hard"."""
REPEATS = frozenset(["once", "twice"])
"""'more than once' counts times, as a figure does."""
WHICH = re.compile(r"\W*(?:which|who|whom|what)\b", re.IGNORECASE)


def asks_comparison(question: str, yes_no: bool) -> bool:
    """Whether the question asks which of two things is more of something, in words, not against a figure
    of its own: "Is Schumer older than Ryan?", "Which was the bigger priority, military funding or the
    immigration bill?", "Is this the longest report he has put out?"; not "Was it more than 400 pages?",
    "more than once?", nor a question for the thing that is most ("Which nations could suffer most?",
    answered by "the hardest hit")."""
    toks = [w.lower() for w in words(question)]
    compared = COMPARATIVES.intersection(t for i, t in enumerate(toks) if not _quantifies(toks, i))
    if not compared or amounts(question) or any(w.isdigit() or w in REPEATS for w in toks):
        return False
    ranked = any(
        (w.endswith("est") and w not in ("best", "worst")) or w in ("most", "least") for w in compared
    )
    return ("or" in toks and bool(WHICH.match(question))) or (yes_no and ("than" in toks or ranked))


def _quantifies(toks: list[str], i: int) -> bool:
    """Whether "most" or "least" counts a part of a group ("most Americans", "most of them"), not the top of a
    scale ("the most powerful")."""
    following = toks[i + 1 : i + 2]
    return (
        toks[i] in ("most", "least")
        and (i == 0 or toks[i - 1] != "the")
        and bool(following)
        and (following[0] == "of" or (following[0].endswith("s") and not following[0].endswith("ss")))
    )


MOST_OF = re.compile(
    r"\b(?:most\s+(?:of\s+)?|(?:the|a)\s+majority\s+of\s+)(?:the\s+|those\s+|them\b)?"
    r"(?P<group>(?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)
"""'most Americans', 'most of the former prosecutors', 'the majority of Americans': a share of a group (not
'the majority found', the court's)."""
SHARE_WORDS = frozenset("most majority many all every nearly none few minority half percent".split())


def share_untold(question: str, sentence: str) -> bool:
    """Whether a yes/no question asks whether most of a group did something ("Did most of the former
    prosecutors serve in border states?") and the sentence tells no share of that group: "the majority of
    Americans" is a share of Americans, not of the prosecutors."""
    asked = next((m for m in MOST_OF.finditer(question) if _shares(question, m)), None)
    if asked is None:
        return False
    group = {stem(w) for w in words(asked["group"])} - STOPWORDS
    toks = _lower(sentence)
    return not any(
        t in SHARE_WORDS and group & {stem(w) for w in toks[k + 1 : k + 1 + SHARE_REACH]}
        for k, t in enumerate(toks)
    )


def _shares(question: str, match: re.Match[str]) -> bool:
    """Whether "most ..." counts a part of a group (not "the most powerful"); "majority" always does."""
    if not match[0].lower().startswith("most"):
        return True
    before = _lower(question[: match.start()])
    return _quantifies([*before, *_lower(match[0])], len(before))


SHARE_REACH = 5
"""How far after a share word ("majority of the former ...") the group it is a share of may be named."""


def _lower(text: str) -> list[str]:
    """The text's words, lower-cased."""
    return [w.lower() for w in words(text)]


def tells_comparison(sentence: str) -> bool:
    """Whether the sentence compares or ranks in its own words ("older", "than", "empires that predate the
    European colonial era", "hit especially hard"), so it may settle a comparison question."""
    toks = {w.lower() for w in words(sentence)}
    return bool(toks & (COMPARATIVES | COMPARING_VERBS | SINGLING_OUT)) or "than" in toks


def _week_order(texts: list[str]) -> dict[str, int]:
    """Each weekday's place in the week the article tells of. The days a news article names fall within
    one week, which begins after the longest run of days it never names: an article naming Sunday, Monday
    and Tuesday puts Sunday first; one naming Thursday and Friday, Thursday."""
    named = sorted({WEEK.index(w.lower()) for text in texts for w in words(text) if w.lower() in WEEKDAYS})
    start = 0
    if named:
        gaps = [
            ((named[(k + 1) % len(named)] - day - 1) % 7, named[(k + 1) % len(named)])
            for k, day in enumerate(named)
        ]
        start = max(gaps)[1]
    return {day: (WEEK.index(day) - start) % 7 for day in WEEK}

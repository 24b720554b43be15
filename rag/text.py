"""Light lexical analysis shared by retrieval and answering: tokens, stems, question types, answer types.

Deliberately rule-based and dependency-free: it runs in microseconds per sentence on a 2-core CPU.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

WORD = re.compile(r"[A-Za-z0-9]+(?:[’'][A-Za-z]+)*|[^\sA-Za-z0-9]")
WORD_ONLY = re.compile(r"[A-Za-z0-9]+(?:[’'.][A-Za-z0-9]+)*")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before being below
    between both but by can cannot could couldn't did didn't do does doesn't doing don't down during each few for
    from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
    himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself nor of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
    she's should shouldn't so some such than that that's the their theirs them themselves then there there's these
    they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll
    we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves also just s t said say says
    according tell told anything something article say mention mentioned does do did please know ok okay so
    like really actually""".split()
)
"""Function words that carry no topic; "no", "not" and "never" are kept because they decide yes/no answers."""

NEGATIONS = frozenset(
    "no not n't never none nobody nothing neither nor without cannot denied deny denies refused failed".split()
)

MONTHS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = frozenset(
    """today yesterday tomorrow tonight week weeks month months year years decade decades century centuries
    morning afternoon evening night ago earlier later last since until spring summer autumn fall winter""".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions billion billions trillion dozen dozens half percent""".split()
)
PLACE_PREPOSITIONS = frozenset("in at from to near across into inside outside throughout".split())
YES_NO_OPENERS = frozenset(
    """is are was were am do does did has have had can could will would should shall may might must isn't aren't
    wasn't weren't don't doesn't didn't hasn't haven't hadn't can't couldn't won't wouldn't shouldn't""".split()
)


class AnswerType(str, Enum):
    """What kind of phrase the question asks for."""

    PERSON = "person"
    DATE = "date"
    PLACE = "place"
    NUMBER = "number"
    YES_NO = "yes_no"
    OTHER = "other"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so "casualties"/"casualty" and "killed"/"kill" meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""), ("ed", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + replacement
            break
    else:
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    """Word tokens (no punctuation), original case."""
    return WORD_ONLY.findall(text)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stopwords dropped, negations kept)."""
    return [stem(w) for w in words(text) if w.lower().replace("’", "'") not in STOPWORDS]


@dataclass(frozen=True, slots=True)
class QuestionShape:
    """What a question asks for, read off its wording."""

    answer_type: AnswerType
    yes_no: bool
    content: tuple[str, ...]
    proper_nouns: tuple[str, ...]
    words: tuple[str, ...]
    """Lower-cased words of the question, stopwords included."""


def question_shape(question: str) -> QuestionShape:
    """Classify a question by its wh-word or auxiliary opener, and collect its content stems and names."""
    toks = [w.lower().replace("’", "'") for w in words(question)]
    q = " ".join(toks)
    yes_no = bool(toks) and (
        toks[0] in YES_NO_OPENERS
        or q.startswith(("is it true", "was there", "were there", "is there", "are there"))
        or (toks[0] in {"so", "and", "but", "ok", "okay"} and len(toks) > 1 and toks[1] in YES_NO_OPENERS)
    )
    if re.search(r"\bhow (many|much)\b|\bwhat (number|percentage|percent|amount)\b|\bhow (long|old|far|big)\b", q):
        kind = AnswerType.NUMBER
    elif re.search(r"\bwhen\b|\bwhat (year|date|day|month|time|century|decade)\b|\bwhich (year|day|month)\b", q):
        kind = AnswerType.DATE
    elif re.search(r"\bwhere\b|\bwhat (country|city|place|region|state|town)\b|\bwhich (country|city|place)\b", q):
        kind = AnswerType.PLACE
    elif re.search(r"\bwho\b|\bwhom\b|\bwhose\b|\bwhat (is|was) (his|her) name\b", q):
        kind = AnswerType.PERSON
    elif yes_no:
        kind = AnswerType.YES_NO
    else:
        kind = AnswerType.OTHER
    raw = words(question)
    proper = tuple(w for i, w in enumerate(raw) if i > 0 and w[:1].isupper() and w.lower() not in STOPWORDS)
    return QuestionShape(kind, yes_no, tuple(content_stems(question)), proper, tuple(toks))


def has_answer_type(sentence: str, kind: AnswerType, exclude: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence holds a phrase of the asked-for kind that is not just a repeat of the question."""
    toks = words(sentence)
    lowered = [t.lower() for t in toks]
    if kind is AnswerType.NUMBER:
        return any(
            (any(c.isdigit() for c in t) or t in NUMBER_WORDS) and stem(t) not in exclude for t in lowered
        )
    if kind is AnswerType.DATE:
        return any(
            (t in MONTHS or t in WEEKDAYS or t in TIME_WORDS or re.fullmatch(r"1[5-9]\d\d|20\d\d|\d{2,4}s", t))
            and stem(t) not in exclude
            for t in lowered
        )
    names = [
        t
        for i, t in enumerate(toks)
        if i > 0 and t[:1].isupper() and t.lower() not in STOPWORDS and stem(t) not in exclude
    ]
    if kind is AnswerType.PERSON:
        return bool(names)
    if kind is AnswerType.PLACE:
        return any(
            toks[i][:1].isupper() and stem(toks[i]) not in exclude and lowered[i - 1] in PLACE_PREPOSITIONS
            for i in range(1, len(toks))
        )
    return False


def is_negated(sentence: str) -> bool:
    """Whether the sentence contains a negation cue ("no", "not", "did not", "no one", ...)."""
    lowered = sentence.lower().replace("’", "'")
    return any(t in NEGATIONS for t in re.findall(r"[a-z]+|n't", lowered))

"""A chat message read as the question it asks: shorthand and typos written out, the article's
initialisms, numbers and country names met, a lead-in or a request's wrapper taken off, a keyword query or a
statement asked back turned into the question it stands for.

Why a module of its own: this is the first stage a message passes through (retrieval matches the plain
question), and none of it is needed to read a sentence of the article.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

from rag.text import (
    ARTICLES,
    DECLARATIVE_QUESTION,
    IRREGULAR_VERBS,
    NEGATING_PREFIXES,
    OTHER_NEGATING_PREFIXES,
    OVERVIEW_QUESTION,
    POSSESSIVE,
    STOPWORDS,
    WH_WORD,
    WH_WORDS,
    WORD_ONLY,
    YES_NO_OPENERS,
    content_stems,
    negated_form,
    words,
)

LONG_FUNCTION_WORDS = frozenset(w for w in STOPWORDS if len(w) >= 5 and w.isalpha())
"""Function words long enough to be mistyped ("acording to the articel"): a typo of one is no topic."""


def correct_spelling(text: str, vocabulary: frozenset[str], known: frozenset[str] = frozenset()) -> str:
    """Replace words the article lacks by a close word it has ("casulties" -> "casualties") or by a function
    word ("acording" -> "according"), and restore a dropped g ("gettin" -> "getting").

    Only words of four letters or more that are not ``known`` real words ("many" is not a typo of the
    article's "may"), and only to a word of the article, so a name the article never mentions stays as
    typed (and can still make the answer abstain). Never to the word's opposite ("uncontroversial" is not a
    typo of "controversial").
    """
    targets = vocabulary | LONG_FUNCTION_WORDS

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower()
        if (
            len(word) >= 4
            and word.islower()
            and word.endswith("in")
            and word not in vocabulary
            and word not in known
            and word + "g" in known
        ):
            return word + "g"  # a dropped g: "gettin", "bringin"
        if (
            len(lowered) < 4
            or lowered in vocabulary
            or lowered in known
            or lowered in STOPWORDS
            or not lowered.isalpha()
        ):
            return word
        close = difflib.get_close_matches(lowered, targets, n=1, cutoff=0.8)
        if not close or negated_form(lowered, close[0], NEGATING_PREFIXES + OTHER_NEGATING_PREFIXES):
            return word
        return close[0].capitalize() if word[:1].isupper() else close[0]

    return WORD_ONLY.sub(fix, text)


INITIALISM_LENGTHS = range(2, 5)
"""Initialisms of two to four letters: "IG", "NK", "EU", "SCP"."""


def initialisms(texts: list[str]) -> dict[str, str]:
    """Lower-cased initials -> the run of content words of the article they most likely stand for.

    A reader abbreviates what the article writes in full: "the ig" for "the inspector general", "nk
    hackers" for "North Korean hackers", "EU law" for "European Union law". A run counts only when the
    article writes it at least twice, so a chance run of initials is no candidate.
    """
    runs: Counter[str] = Counter()
    for text in texts:
        tokens = words(text)
        for size in INITIALISM_LENGTHS:
            for i in range(len(tokens) - size + 1):
                window = tokens[i : i + size]
                if all(w.isalpha() and len(w) > 1 and w.lower() not in STOPWORDS for w in window):
                    runs[" ".join(w.lower() for w in window)] += 1
    table: dict[str, str] = {}
    for run, count in runs.most_common():
        initials = "".join(w[0] for w in run.split())
        if count >= 2 and initials not in table:
            table[initials] = run
    for text in texts:
        for match in NUMBERED_GROUP.finditer(text):
            number = match["number"].lower()
            table.setdefault(
                f"{match['name'][0].lower()}{SMALL_NUMBERS.get(number, number)}", match[0].lower()
            )
    return table


SMALL_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty""".split()
    )
}
SMALL_NUMBER_WORDS = {digits: word for word, digits in SMALL_NUMBERS.items() if int(digits) > 1}
"""Small numbers in figures and in words; not 1, whose word "one" is as often a pronoun."""


def numbers_as_written(text: str, vocabulary: frozenset[str]) -> str:
    """Small numbers typed in figures written in words where the article writes them so: "4 point plan" for
    its "four-point plan". Not the other way: an article's "2" may be part of "7-2"."""

    def written(match: re.Match[str]) -> str:
        word = match.group(0)
        other = SMALL_NUMBER_WORDS.get(word)
        if other is None or word in vocabulary or other not in vocabulary:
            return word
        return other

    return WORD_ONLY.sub(written, text)


NEGATED_WORD = re.compile(
    r"\b(?:(?P<verb>is|are|was|were|do|does|did|has|have|had)n['’]t|not)\s+(?:(?P<article>a|an)\s+)?(?P<word>[a-z]{4,})\b"
)
"""A word a question negates: "was not an effective leader", "wasn't named"."""


def negation_as_written(text: str, vocabulary: frozenset[str]) -> str:
    """A negated word written as the article's opposite of it: "was not an effective leader" as "was an
    ineffective leader", "wasn't named" as "was unnamed", when the article has that word and not the one
    asked. The article's word then matches, and is no opposite of what was asked."""

    def written(match: re.Match[str]) -> str:
        word = match["word"]
        prefixes = NEGATING_PREFIXES + OTHER_NEGATING_PREFIXES
        opposite = next((f"{p}{word}" for p in prefixes if f"{p}{word}" in vocabulary), None)
        if opposite is None or word in vocabulary:
            return match.group(0)
        verb = f"{match['verb']} " if match["verb"] else ""
        article = ("an " if opposite[0] in "aeiou" else "a ") if match["article"] else ""
        return f"{verb}{article}{opposite}"

    return NEGATED_WORD.sub(written, text)


NUMBERED_GROUP = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+) of (?P<number>[1-9]\d?|(?i:{'|'.join(SMALL_NUMBERS)}))\b(?!,\d)"
)
"""A group named by its size, which readers abbreviate: "the Group of Seven" is the G7, "the Group of 20"
the G20."""


def expand_initialisms(
    text: str, table: dict[str, str], vocabulary: frozenset[str], known: frozenset[str] = frozenset()
) -> str:
    """Write out an initialism the article never uses but spells out ("ig" -> "inspector general").

    Only a word the article lacks, written in capitals, of two letters, or no real word (``known``): "war"
    or "dog" is a word, not initials.
    """

    def expand(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower()
        if re.fullmatch(r"[a-z]\d{1,2}", lowered) and lowered not in vocabulary:
            return table.get(lowered, word)  # "G7" for "the Group of Seven"
        if (
            len(lowered) not in INITIALISM_LENGTHS
            or not lowered.isalpha()
            or lowered in vocabulary
            or lowered in STOPWORDS
            or not (word.isupper() or len(lowered) == 2 or lowered not in known)
        ):
            return word
        return table.get(lowered, word)

    return WORD_ONLY.sub(expand, text)


COUNTRY_ALIASES = {"america": "U.S.", "american": "U.S.", "britain": "U.K.", "british": "U.K."}
"""A country as news writes it: a question's "America's imprisonment rate" is the article's "the U.S."."""


def alias_countries(text: str, vocabulary: frozenset[str]) -> str:
    """Name a country as the article does, when it never uses the question's name for it."""

    def written(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = POSSESSIVE.sub("", word).lower()
        alias = COUNTRY_ALIASES.get(lowered)
        if alias is None or lowered in vocabulary or alias.lower().rstrip(".") not in vocabulary:
            return word
        return alias

    return WORD_ONLY.sub(written, text)


CHAT_SPELLINGS = {
    "wat": "what", "wut": "what", "wht": "what", "wen": "when", "wher": "where", "hw": "how", "y": "why",
    "u": "you", "ur": "your", "r": "are", "abt": "about", "ppl": "people", "govt": "government",
    "bc": "because", "cuz": "because", "coz": "because", "msg": "message", "msgs": "messages",
    "thru": "through", "yr": "year", "yrs": "years", "mins": "minutes", "hrs": "hours", "tho": "though",
    "goin": "going", "kinda": "kind of", "sorta": "sort of", "gonna": "going to", "wanna": "want to",
    "b4": "before", "ex": "former", "w": "with", "whats": "what is", "prep": "preparation",
    "info": "information", "admin": "administration", "kids": "children", "kid": "child", "hav": "have",
    "dem": "Democratic", "pres": "president", "dept": "department", "approx": "about",
    "thurs": "Thursday", "tues": "Tuesday", "smth": "something", "sth": "something", "rn": "now",
}  # fmt: skip
"""Chat shorthand and informal words ("wat agencys testified", "how many kids"), written out so the question's
type is read and its words meet the article's ("children")."""
CHAT_SPELLING = re.compile(r"\b(?:" + "|".join(CHAT_SPELLINGS) + r")\b(?![’'.])")


def _chat_word(match: re.Match[str]) -> str:
    """The written-out word, except for the "y" of a Spanish name ("Jerónimo de Ayanz y Beaumont")."""
    before = match.string[: match.start()].split()
    if match.group(0) == "y" and before and before[-1][:1].isupper():
        return "y"
    return CHAT_SPELLINGS[match.group(0)]


CHAT_DIGIT = re.compile(
    r"(?<=[a-z] )([24])(?= (?:the|a|an|me|you|him|her|them|us|it|my|your|his|their|our|its|this|that|these|"
    r"those|about|what|who|how|why|when|where)\b)"
)
"""'voted 4 the baker', 'talk 2 about it': a digit that stands for a word, before a function word (so
'2 people' and '4 of them' stay numbers). A number the article lacks would count against the question."""
CHAT_TO = re.compile(r"\b(need|needs|want|wants|going|able|trying) 2(?= (?!people\b)[a-z]+[a-rt-z]\b)")
"""'need 2 feel': "2" for "to" after a verb that takes it, before no plural ('need 2 votes')."""
CHAT_DIGITS = {"2": "to", "4": "for"}
CHAT_AND = re.compile(r"(?:(?<=[a-z] )|^)n(?= [a-z])")
"""'trump n the gop', 'n who ran it': "n" for "and" between words or opening a follow-up; "functions of n"
and "T(n)" are no such word."""
CHAT_WITH = re.compile(r"\bw/\s*")
"""'w/ iran': with."""
CHAT_ACCORDING = re.compile(r"\bacc (?:to|2)\b")
"""'acc to sanders': according to."""
SUPPOSED_TO_HAPPEN = re.compile(
    r"\b(?:supposed|meant|due) to (?:take place|happen|be held|occur)\b", re.IGNORECASE
)
"""'When was the summit supposed to take place?': when it was scheduled ("their scheduled June 12 summit").
Only when the question asks when: "In which city is it supposed to be held?" asks where, which the
schedule does not tell."""
ASKS_WHEN = re.compile(r"^\W*(?:when\b|(?:on\s+)?what\s+(?:date|day|time)\b)", re.IGNORECASE)
HOW_COME = re.compile(r"\bhow come\b", re.IGNORECASE)
ARTICLE_WORDING = re.compile(
    r"^\W*(?P<lead>(?:(?:and|so|but)\W+)?)how\s+(?:does|did)\s+(?:the\s+)?(?:article|story|piece|text|"
    r"reporter|writer|author)\s+(?:phrase|word|put|describe|characteri[sz]e|portray)\s+(?P<rest>[^?]+)\?*\s*$",
    re.IGNORECASE,
)
"""'How does the article phrase what happened when spending authority ran out?': what it says about that, in
its own words; no manner is asked."""
"""'How come they left?': why."""
NEGATIVE_OPENING = re.compile(
    r"^(?P<lead>\s*(?:(?:and|but|so|also)\s+)?)(?P<verb>is|are|was|were|do|does|did|has|have|had|ca|could|wo|would|"
    r"should)n[’']t\b",
    re.IGNORECASE,
)
"""'Didn't Trump fire Comey?', 'Isn't Lisa Page still with the FBI?': a question opened by a negated
auxiliary asks the same as the plain one (whether he did), only expecting yes."""
NEGATED_AUXILIARIES = {"ca": "can", "wo": "will"}


_QUESTION_OPENING = rf"(?:{WH_WORD.pattern}|(?:{'|'.join(sorted(YES_NO_OPENERS))})\b)"
LEAD_AND_QUESTION = re.compile(
    rf"^(?P<lead>.+?)(?:\s+(?:-+|–|—)|\s*:)\s+(?P<question>{_QUESTION_OPENING}.*)$", re.IGNORECASE
)
"""'read this twice and still dont get it - who ordered it?', 'green revolution - what set it off': a
message whose question comes after a lead-in."""
READER_LEAD = re.compile(
    r"\b(?:i|i['’]?m|me|my|confus\w*|get it|understand|read (?:it|this)|wondering|question|help)\b", re.I
)
"""A lead-in about the reader, not the article: "read this twice and still dont get it", "quick question"."""
LEAD_PRONOUN = re.compile(r"\b(?:it|this|that)\b(?!\s+(?:is|was|the|a|an)\b)", re.I)
"""The pronoun by which a question refers to a topic named before it: "what set it off"."""


def question_after_lead(message: str) -> str:
    """The question a message asks after a lead-in: after one about the reader, the question alone ("read
    this twice and still dont get it - who actually ordered it?" -> "who actually ordered it?"); after a
    topic, the question about that topic ("green revolution - what set it off" -> "what set green revolution
    off"). The lead-in's words are no question words, and the question's opening says what it asks."""
    match = LEAD_AND_QUESTION.match(message)
    if match is None or WH_WORD.search(match["lead"].lower()):
        return message
    question, lead = match["question"], match["lead"].strip()
    if READER_LEAD.search(lead):
        return question
    if len(words(lead)) > TOPIC_LEAD_WORDS:
        return message
    about_topic, replaced = LEAD_PRONOUN.subn(lead, question, count=1)
    return about_topic if replaced else message  # "Trump - is he going?" keeps its topic


TOPIC_LEAD_WORDS = 5
"""The most words a topic named before a question runs to ("green revolution", "the house vote")."""
OR_NOT = re.compile(r",?\s+(?:or\s+not|or\s+no|yes\s+or\s+no)(?=\W*$)", re.IGNORECASE)
"""'did he certify it or not?': a yes/no question; "or not" offers no second choice."""
CONFIRMATION_TAG = re.compile(
    r"[\s,]+(?:right|correct|true|yeah|isn['’]?t\s+(?:it|that\s+so)|is\s+that\s+(?:right|correct|true|so)|"
    r"am\s+i\s+right)\W*$",
    re.IGNORECASE,
)
"""'chabot is a dem right', 'they won, correct?': a statement asked back for confirmation."""
QUESTION_AFTER_PREAMBLE = re.compile(rf"[,:;]\s*{_QUESTION_OPENING}", re.IGNORECASE)
"""A question that opens after a preamble: "According to Payton, is money all they want?"."""
CONCLUDING_SO = re.compile(r"^\W*(?:(?:and|ok|okay|but|wait)\W+)*so\W+", re.IGNORECASE)
"""'so the senate at least got to debate them?': a conclusion offered for confirmation."""
STATING_VERBS = frozenset("is are was were has have had will would can could did does do".split())
"""Verbs that make a statement of a message ("chabot is a dem"), with any past form ("both parties blamed
him", "the senate got to debate it"); no keyword query holds one ("house vote count?")."""
NOT_PAST_TENSES = frozenset("hundred indeed red bed shed".split())
BEFORE_ADJECTIVES = ARTICLES | frozenset("his her their its this that these those my our your of for".split())
"""Words after which an -ed word describes a noun ("the proposed bill"), not what someone did."""


def states_something(tokens: list[str]) -> bool:
    """Whether lower-case words read as a statement: a verb after the first word ("chabot is a dem", "both
    parties blamed trump"), as against a keyword query ("votes for trumps plan", "cost of the bill")."""
    return any(
        t in STATING_VERBS
        or t in IRREGULAR_VERBS
        or (
            t.endswith("ed")
            and len(t) > 4
            and not t.endswith("eed")
            and t not in NOT_PAST_TENSES
            and tokens[i - 1] not in BEFORE_ADJECTIVES
        )
        for i, t in enumerate(tokens)
        if i > 0
    )


def _mistyped_wh_word(word: str) -> bool:
    """Whether a message's first word is a question word missing a letter or with one changed ("hat long term
    agenda was ...?", "wen"): a question, not a statement asked back."""
    return any(
        word != wh and difflib.SequenceMatcher(None, word, wh).ratio() >= MISTYPED_WH_RATIO for wh in WH_WORDS
    )


MISTYPED_WH_RATIO = 0.8
"""How close a word must be to a question word to be taken for it: "hat" for "what", not "the"."""


def confirmation_asked(message: str) -> str:
    """A statement offered for confirmation, asked as the yes/no question it is ("chabot is a dem right" ->
    "Is it true that chabot is a dem?", "so the senate at least got to debate them?", "both parties blamed
    trump?"): typed in a chat box, a check reads like a statement, and only its tag, its opening "so" or its
    question mark and verb show that it asks yes or no."""
    lower = message.lower()
    if WH_WORD.search(lower) or any(_mistyped_wh_word(w) for w in words(lower)[:1]):
        return message
    tag = CONFIRMATION_TAG.search(message)
    body = message[: tag.start()] if tag else message.rstrip().rstrip("?!. ")
    concluding = CONCLUDING_SO.match(body)
    body = body[concluding.end() :] if concluding else body
    tokens = [w.lower() for w in words(body)]
    if QUESTION_AFTER_PREAMBLE.search(body):
        return message  # "According to Payton, is money all they want?" asks as it is
    if len(tokens) < 2 or tokens[0] in YES_NO_OPENERS or DECLARATIVE_QUESTION.match(" ".join(tokens)):
        return f"{body}?" if tag and tokens and tokens[0] in YES_NO_OPENERS else message
    asked = message.rstrip().endswith("?") and (concluding or states_something(tokens))
    return f"Is it true that {body.strip()}?" if tag or asked else message


_COUNTED = r"(?:vote\s+)?(?:count|tally)"
_KILLED = "How many people were killed in {topic}?"
_COST = "How much did {topic} cost?"
_DATE_KIND = r"(?P<kind>date|deadline)"
KEYWORD_QUESTIONS = tuple(
    (re.compile(pattern, re.IGNORECASE), question, pattern.startswith("(?P<topic>"))
    for pattern, question in (
        (r"(?:the\s+)?death\s+toll", "How many people were killed?"),
        (r"(?:the\s+)?death\s+toll\s+(?:(?:of|in|from|for|at)\s+)?(?P<topic>.+)", _KILLED),
        (r"(?P<topic>.+?)\s+death\s+toll", _KILLED),
        (r"(?:the\s+)?(?:number|count|total|\#)\s*of\s+(?P<topic>.+)", "How many {topic}?"),
        (rf"(?P<topic>.+?)\s+(?P<kind>{_COUNTED})", "What is the {topic} {kind}?"),
        (r"votes\s+(?P<topic>(?:for|against|on)\s+.+)", "How many votes {topic}?"),
        (r"(?:the\s+)?(?:cost|price)\s+of\s+(?P<topic>.+)", _COST),
        (r"(?P<topic>.+?)\s+(?:cost|price)", _COST),
        (
            r"(?:the\s+)?(?P<exactly>exact|precise|specific)\s+(?P<kind>date|day|time)",
            "What was the {exactly} {kind}?",
        ),
        (rf"(?:the\s+)?{_DATE_KIND}\s+(?:of|for)\s+(?P<topic>.+)", "When is the {kind} for {topic}?"),
        (rf"(?P<topic>.+?)\s+{_DATE_KIND}", "When is the {topic} {kind}?"),
    )
)
"""Keyword queries and the questions they abbreviate: "death toll iran protests", "house vote count?", "votes
for trumps plan?", "cost of the spending bill?", "daca end date"; each marked whether its key word comes last
("house vote count"), after whatever the query names."""
KEYWORD_QUERY_WORDS = 8
"""The most words a keyword query runs to; a longer message with no question word is no list of keywords."""


def keyword_question(message: str) -> str:
    """The question a keyword query abbreviates, where its key word says what is asked ("death toll iran
    protests" -> "How many people were killed in iran protests?", "cost of the bill?" -> "How much did the
    bill cost?"): a count, an amount or a date is asked for as such, and a sentence without one does not
    answer. Not a message with a question word or an auxiliary opening, nor a statement that only opens with
    a key word ("the number of troops rose?"); "missiles fired count?" ends with its key word whatever verb
    it holds."""
    body = message.strip().rstrip("?!. ")
    tokens = [w.lower() for w in words(body)]
    if (
        not tokens
        or len(tokens) > KEYWORD_QUERY_WORDS
        or WH_WORD.search(" ".join(tokens))
        or tokens[0] in YES_NO_OPENERS
    ):
        return message
    stated = states_something(tokens)
    for pattern, question, key_word_last in KEYWORD_QUESTIONS:
        match = pattern.fullmatch(body)
        if match and (key_word_last or not stated):
            return question.format(**match.groupdict())
    return message


ROLE_QUESTION = re.compile(
    r"^\s*(?i:what|which)(?P<verb>[’']s|\s+(?i:is|was))\s+(?P<name>[A-Z][\w’'.-]*?(?:\s+[A-Z][\w’'.-]*?)*)"
    r"(?:[’']s|’|')\s+(?:(?i:job|occupation|profession)\b|(?i:role|title)(?=\W*$))(?P<rest>.*)$"
)
"""'What is Angela Stubblefield's job?', 'What was O'Hanlon's role?': a question about what someone does."""


POSITION_QUESTION = re.compile(
    r"^\s*(?i:what|which)\s+(?:[a-z]+\s+)?(?i:position|post|office|job)\s+(?P<verb>(?i:does|did))\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|he|she)\s+(?i:hold|have|occupy)\b"
    r"(?P<rest>(?:\s+(?:in|at|on|with)\s+(?:the\s+)?[A-Z].*)?\W*)$"
)
"""'What position does Ed Royce hold in Congress?', 'What leadership position does Steve Scalise hold?',
'What post did Payton hold?': a question about what someone does; not 'What position does Trump hold on
immigration?', a stance."""
WITHOUT_DISSENT = re.compile(
    r"\b(?:without|with no)\s+(?:(?:a single|any|one)\s+votes?\s+against(?:\s+(?:it|them|the \w+))?|"
    r"(?:a single |any )?(?:dissent|opposition|dissenting votes?|no votes?)\b)",
    re.IGNORECASE,
)
"""'passed without a single vote against it' asks whether the vote was unanimous, and a tally settles that."""


REQUEST = re.compile(
    r"^\W*(?:(?:please|pls|so|and|ok|okay)\W+)*"
    r"(?P<polite>(?:can|could|would|will)\s+you\s+(?:please\s+)?|(?:do|does)\s+(?:you|anyone)\s+know\s+|"
    r"(?:i\s*)?(?:['’]d\s+like\s+to|would\s+like\s+to|want\s+to|wanna|need\s+to)\s+know\s+|i\s+wonder\s+)?"
    r"(?:(?P<verb>tell|give|explain|quote|list|name|describe|summari[sz]e|remind)"
    r"(?P<told>\s+(?:me|us))?(?:\s+again)?(?:\s+more)?(?:\s+about)?\s+)?",
    re.IGNORECASE,
)
"""A request wrapped round a question: "Can you tell me what Trump said?", "Summarize why they left",
"Do you know who O'Hanlon is?", "Could you name the bases that were hit?"."""
PLAIN_REQUEST_VERBS = frozenset("explain list describe summarize summarise".split())
"""Request verbs that wrap a plain noun phrase ("List the bases ..."), unlike "Name of the bill?"."""
NAMING_VERBS = frozenset(["name", "list"])
"""Request verbs that ask for the members of what follows by name: "Can you name the prosecutors who signed?"
asks which prosecutors signed, and a sentence that names none does not answer it."""
NAMED_QUANTIFIER = re.compile(
    r"^(?:(?:any|some|all|one|each|a\s+few)\s+of\s+)?(?:the|a|an|some|any)\s+", re.I
)
NAMED_PRONOUNS = {
    "them": "who are they?", "those": "who are they?", "these": "who are they?", "him": "who is he?",
    "her": "who is she?",
}  # fmt: skip
NAMED_PRONOUN = re.compile(
    rf"(?:(?:any|some|all|one|each|a\s+few)\s+of\s+)?(?P<pronoun>{'|'.join(NAMED_PRONOUNS)})\W*",
    re.IGNORECASE,
)
"""'Can you name them?': who the people just spoken of are, which a sentence naming none does not say."""
WH_OPENING = re.compile(r"(?:what|who|whom|whose|when|where|why|how|which)\b", re.IGNORECASE)
EMBEDDED_COPULA = re.compile(r"^(?P<wh>who|what)\s+(?P<subject>.+?)\s+(?P<verb>is|was|are|were)\W*$", re.I)
"""'who O'Hanlon is', left by a request: asked as "who is O'Hanlon"."""


def unwrapped_request(question: str) -> str:
    """What a request asks for, as a question or a phrase ("Can you tell me who O'Hanlon is?" -> "Who is
    O'Hanlon?", "Could you name the bases that were hit?" -> "Which bases that were hit?"): the wrapper is no
    yes/no question, and "quote" or "summarize" no topic word. "Can you tell me if ...?" stays yes/no."""
    match = None if OVERVIEW_QUESTION.match(question) else REQUEST.match(question)
    inner = question[match.end() :] if match else ""
    if not ((match and match["verb"]) or (match and match["polite"] and WH_OPENING.match(inner))):
        return question
    if WH_OPENING.match(inner):
        copula = EMBEDDED_COPULA.match(inner)
        if copula:
            inner = f"{copula['wh']} {copula['verb']} {copula['subject']}?"
    elif not (match["polite"] or match["told"] or match["verb"].lower() in PLAIN_REQUEST_VERBS) or re.match(
        r"(?:if|whether)\b", inner, re.IGNORECASE
    ):
        return question
    elif match["verb"].lower() in NAMING_VERBS and (named := NAMED_PRONOUN.fullmatch(inner.strip())):
        inner = NAMED_PRONOUNS[named["pronoun"].lower()]
    elif match["verb"].lower() in NAMING_VERBS:
        inner = "which " + NAMED_QUANTIFIER.sub("", inner)
    return inner[:1].upper() + inner[1:] if words(inner) else question


def _plain_auxiliary(match: re.Match[str]) -> str:
    """The auxiliary of a negative opening without its "n't" ("Didn't" -> "Did", "Won't" -> "Will")."""
    verb = match["verb"]
    plain = NEGATED_AUXILIARIES.get(verb.lower(), verb.lower())
    return match["lead"] + (plain.capitalize() if verb[0].isupper() else plain)


def plain_question(question: str) -> str:
    """The question with a request's wrapper taken off, chat shorthand written out, "how come" as "why",
    "How does the article phrase X?" as "What does the article say about X?",
    a negative opening as the plain one ("Didn't he sign it?" as "Did he sign it?"),
    "without a vote against" as "unanimously", "supposed to take place" as "scheduled", and a question about
    someone's job or position asked as "Who is X?": articles introduce people by their job ("X, deputy
    administrator of the FAA") without the word "job", so matching that word would only count against them.

    "role" and "title" count only at the end ("What was Britain's role in the war?" is not about a job).
    """
    question = CHAT_WITH.sub("with ", question)
    question = CHAT_SPELLING.sub(_chat_word, question)
    question = CHAT_DIGIT.sub(lambda m: CHAT_DIGITS[m.group(1)], question)
    question = CHAT_TO.sub(r"\1 to", question)
    question = CHAT_AND.sub("and", question)
    question = CHAT_ACCORDING.sub("according to", question)
    question = HOW_COME.sub("why", question)
    question = ARTICLE_WORDING.sub(r"\g<lead>What does the article say about \g<rest>?", question)
    question = NEGATIVE_OPENING.sub(_plain_auxiliary, question)
    question = WITHOUT_DISSENT.sub("unanimously", question)
    if ASKS_WHEN.match(question):
        question = SUPPOSED_TO_HAPPEN.sub("scheduled", question)
    question = confirmation_asked(keyword_question(OR_NOT.sub("", question_after_lead(question))))
    question = unwrapped_request(question)
    match = ROLE_QUESTION.match(question) or POSITION_QUESTION.match(question)
    if match is None:
        return question
    verb = "was" if match["verb"].strip().lower() in ("was", "did") else "is"
    return f"Who {verb} {match['name']}{match['rest']}"


_WH = rf"(?:{'|'.join(WH_WORDS)})"
_PART_PREPOSITION = r"(?:on|in|at|before|for|by|from|to|with|against|since|until|after|under)"
PAIRED_WH_WORDS = re.compile(rf"(?P<first>{_WH})\s+and\s+(?P<second>{_WH})\s+(?P<rest>\S.*)", re.IGNORECASE)
"""'When and where did he say that?': one question asking two things of the same clause."""
SECOND_QUESTION = re.compile(
    rf"(?P<first>{_WH}\b.*?\w.*?),?\s+and\s+(?P<second>(?:{_PART_PREPOSITION}\s+)?{_WH}\b.*)", re.IGNORECASE
)
"""'Who proposed it, and why?', 'How many drones are registered, and how many could there be by 2021?': a
question joined to a second one, which reads as a follow-up of the first."""
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
EACH_OF_TWO = re.compile(
    rf"(?P<before>(?i:{_WH})\b.*?)\b(?P<one>{_NAME})\s+and\s+(?P<other>{_NAME})\s+(?:each|both)\s+(?P<rest>.+)"
)
"""'What did Scalise and Cole each say about the president?': the same question of two people."""
FIRST_PART_WORDS = 3
"""Words a first part needs to be a question of its own ("Which officials and who ..." is one question)."""
BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
"""'What is the difference between X and what Y said?' joins two things, not two questions."""


def two_questions(message: str) -> tuple[str, str] | None:
    """The two questions a message joins, or None for one question:
    - "When and where did Demers speak?" -> "When did Demers speak?", "Where did Demers speak?";
    - "Who unveiled the bill, and on what day?" -> "Who unveiled the bill?", "On what day?";
    - "What did Scalise and Cole each say?" -> "What did Scalise say?", "What did Cole say?".
    Each part is answered on its own, the second as a follow-up of the first, so each gets the sentence
    that answers it: asked whole, the best sentence for one part would often be all the answer. A first
    part of a word or two ("Which officials and who ...") is no question of its own.
    """
    text = message.strip()
    paired = PAIRED_WH_WORDS.fullmatch(text)
    if paired:
        rest = paired["rest"]
        return f"{paired['first']} {rest}", f"{paired['second'].lower().capitalize()} {rest}"
    each = EACH_OF_TWO.fullmatch(text)
    if each:
        return (
            f"{each['before']}{each['one']} {each['rest']}",
            f"{each['before']}{each['other']} {each['rest']}",
        )
    joined = SECOND_QUESTION.fullmatch(text)
    if joined is None or len(words(joined["first"])) < FIRST_PART_WORDS or BETWEEN.search(joined["first"]):
        return None
    first = re.sub(r"[\s,;]*(?P<quote>[\"”’']?)[\s,;]*$", r"\g<quote>", joined["first"]) + "?"
    second = joined["second"]
    return first, second[:1].upper() + second[1:]


_LEAD = r"^\W*(?:(?:and|so|but|ok|okay)\W+)?"
COMPARED_SIDES = (
    re.compile(
        rf"{_LEAD}how\s+(?:does|do|did|is|are|was|were)\s+(?P<one>.+?)\s+(?:compare|stack\s+up)\s+"
        r"(?:with|to|against)\s+(?P<other>[^?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_LEAD}how\s+(?:does|do|did|is|are|was|were)\s+(?P<one>.+?)\s+(?:differ|different)\s+from\s+"
        r"(?P<other>[^?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_LEAD}what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+the\s+(?:main\s+|key\s+|biggest\s+)?"
        r"differences?\s+between\s+(?P<one>.+?)\s+and\s+(?P<other>[^?]+)",
        re.IGNORECASE,
    ),
)
"""'How does Coffman's timeline compare with what the Democrats want?', 'How does Lee's current position
differ from her earlier job?', 'What's the difference between the letter and the petition?': two things set
against each other."""
COMPARED_QUESTION = re.compile(
    rf"{_LEAD}(?P<one>what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+[^?,]+?),?\s+(?:as\s+)?compared\s+"
    r"(?:with|to)\s+(?P<other>[^?]+)",
    re.IGNORECASE,
)
"""'What is his role now, compared with the job he used to have?': a question, then what to set it against."""
ABOUT_SIDE = "What does the article say about {}?"


@dataclass(frozen=True, slots=True)
class Comparison:
    """The two questions a comparison asks, one for each side, and the two sides as the message words
    them ("Coffman's timeline", "what the Democrats want")."""

    sides: tuple[str, str]
    phrases: tuple[str, str]

    def told_together(self, texts: list[str]) -> bool:
        """Whether the sentences speak of both sides, each sharing a word with them: "the world's highest"
        rate sets the U.S. beside the rest of the world in one sentence."""
        held = {s for text in texts for s in content_stems(text)}
        return all(held & set(content_stems(phrase)) for phrase in self.phrases)


def compared_sides(message: str) -> Comparison | None:
    """The comparison a message asks, or None: "How does X compare with Y?" asks "What does the article
    say about X?" and "What does the article say about Y?"; "What is his role now, compared with the job
    he used to have?" asks "What is his role now?" and about the job. The article seldom sets the two side
    by side in one sentence; it tells each where it tells of it, and the comparison is answered only when
    it tells both."""
    text = message.strip()
    asked = COMPARED_QUESTION.match(text)
    if asked:
        phrases = (asked["one"], asked["other"].strip())
        own = f"{phrases[0][:1].upper()}{phrases[0][1:]}?"
        return Comparison((own, ABOUT_SIDE.format(phrases[1])), phrases)
    for pattern in COMPARED_SIDES:
        sides = pattern.match(text)
        if sides:
            phrases = (sides["one"].strip(), sides["other"].strip())
            return Comparison((ABOUT_SIDE.format(phrases[0]), ABOUT_SIDE.format(phrases[1])), phrases)
    return None


DESCRIPTION = re.compile(
    r"\bthe\s+(?P<head>(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+(?P<relative>who|that|which)\s+"
    r"(?P<clause>[a-z][^?]*?)\s*\?\s*$"
)
"""Someone or something named by what they did, running to the end of the question: "the senator who led
the charge against Sessions' decision from?"."""
NOT_A_CLAUSE_START = frozenset(
    "there it he she they we i you the a an his her their its this that these those our my your".split()
)
"""Words after "that" that start a clause of its own ("the report that there was no bias"), not one telling
which thing is meant."""
ASKED_VERBS = frozenset(
    """say tell think want mean expect plan call claim argue believe propose warn ask give get testify
    use work serve hold write steal go tend allow describe accuse blame add announce respond react do
    make take face cite see know feel oppose support back predict agree hope intend seek try need vote
    win lose push recommend suggest admit deny reveal explain criticize praise belong come live lead
    head run represent own""".split()
)
"""Verbs a question asks of the one it describes: "What did the senator who blocked the nominees say?"."""
NOT_BEFORE_ASKED_VERB = frozenset("to will would could can should may might must did does do not n't".split())
AUXILIARIES = frozenset("did does do will would can could should has have had".split())
COPULAS = frozenset("is was are were".split())
PREDICATE_START = ("a", "an", "from", "the")
"""Where a yes/no question's predicate may start after a description: "Is the senator who spoke a
Republican?", "... from the FBI?", "... the assistant attorney general?" (tried in this order, the last such
word first)."""
STRANDED_PREPOSITIONS = frozenset("from in at with for of on to".split())
ASKS_WHO_THEY_ARE = re.compile(
    r"\W*(?:and\s+)?(?:who|what|which)(?:\s+(?:is|was|are|were)|['’]s)", re.IGNORECASE
)
"""A question opening "Who were ..." or "What's ...": asked of a description, it is the look-up itself."""
NAMING_WORDS = re.compile(r"\b(?:name|names|identity)\s+of\s*$", re.IGNORECASE)
"""'What's the name of the official who ...?' asks the look-up itself."""


@dataclass(frozen=True, slots=True)
class Description:
    """A question that names someone or something by what they did ("What party is the senator who led the
    charge from?"): the question that finds them ("Who led the charge?") and the question to ask of them
    once found, with "{}" where their name goes ("What party is {} from?")."""

    lookup: str
    frame: str
    person: bool

    def about(self, name: str) -> str:
        """The question asked of the one found, by name."""
        return self.frame.format(name)


def described_one(message: str) -> Description | None:
    """The description a question asks through, or None. Only a description that starts right after the
    question's verb or a preposition and runs to where the question goes on is read, so that its end is
    known: "What did the senator who blocked the nominees say?" ("say" goes on), "Is the senator who spoke a
    Republican?" ("a Republican"), "What party is the senator who led the charge from?", "What's the job
    title of the official who testified?". Why two steps: the sentence that tells who did it seldom tells
    what else is asked of them; the name found asks for that sentence."""
    text = message.strip()
    for start in (m.start() for m in re.finditer(r"\bthe\s", text)):
        found = DESCRIPTION.match(text, start)
        if found is None or found["clause"].split()[0] in NOT_A_CLAUSE_START or not _one_named(found["head"]):
            continue
        before = text[:start].rstrip()
        if ASKS_WHO_THEY_ARE.fullmatch(before):
            return None  # "Who were the parties that challenged it?" is the look-up itself
        last = words(before)[-1].lower() if words(before) else ""
        split = _described_split(found["clause"], before, last)
        if split is None:
            continue
        clause, rest = split
        person = found["relative"] == "who"
        lookup = f"Who {clause}?" if person else f"Which {found['head']} {clause}?"
        return Description(lookup, f"{before} {{}}{rest}?", person)
    return None


def _one_named(head: str) -> bool:
    """Whether a description's head names one, by a noun: "the senator", "the agency"; not a group ("the
    parents who sued", whom no one name stands for) nor a phrase ending in a function word ("the director of
    that office")."""
    last = head.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return last not in STOPWORDS and not plural


def _described_split(clause: str, before: str, last: str) -> tuple[str, str] | None:
    """The description's own words and what the question goes on with, by what comes before it: after a
    helping verb the asked verb ends it ("did ... say"); after "Is" opening the question a predicate; after
    a copula or a preposition the question's end (less a stranded preposition: "is ... from?")."""
    tokens = clause.split()
    if last in AUXILIARIES:
        for i in range(1, len(tokens)):
            if tokens[i] in ASKED_VERBS and tokens[i - 1] not in NOT_BEFORE_ASKED_VERB:
                return " ".join(tokens[:i]), " " + " ".join(tokens[i:])
        return None
    if last in COPULAS and before.lower() == last:  # "Is the official who spoke a Republican?"
        for word in PREDICATE_START:
            if word in tokens[1:]:
                i = len(tokens) - 1 - tokens[::-1].index(word)
                return " ".join(tokens[:i]), " " + " ".join(tokens[i:])
        return None
    if last in COPULAS or (last in STRANDED_PREPOSITIONS and not NAMING_WORDS.search(before)):
        if tokens[-1] in STRANDED_PREPOSITIONS and len(tokens) > 1:
            return " ".join(tokens[:-1]), " " + tokens[-1]
        return clause, ""
    return None

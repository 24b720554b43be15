"""Who a text names and who it quotes: the people of an article, its sources, and how a follow-up refers to
each ("Schumer" for "Senate Minority Leader Chuck Schumer").

Read off capitalisation and wording alone, with no tagger to load: a run of capitalised words is a person's
name when a title, a given name or a role noun says so ("Gen. Qasem Soleimani", "Mike Pompeo", "North
Korean leader Kim Jong Un"); a source is what a claim is attributed to ("according to a U.S. official",
"the official said", "said Michael O'Hanlon").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rag.text import (
    ARTICLES,
    CALENDAR_NAMES,
    NOT_A_PERSON,
    PERSON_ROLE_NOUNS,
    POSSESSIVE,
    RESPONSE_VERBS,
    SPEAKER_PRONOUNS,
    SPEECH_STEMS,
    STOPWORDS,
    Speaker,
    attributes_to,
    content_stems,
    known_given_name,
    speaks_for,
    stem,
    words,
)

FULL_NAME = re.compile(r"(?:(?:[A-Z][\w’'-]*|[A-Z]\w{0,2}\.)\s+)+[A-Z][\w’'-]+")
"""Two or more capitalised words; a full stop ends a name unless it ends an initial or a title ("H. W. Bush",
"Dr. Jane Smith"), so "Yes. He warned ..." names no one."""
FAMILY_NAME_FIRST = frozenset(
    """kim lee park choi jung kang cho yoon jang lim han shin kwon hwang ahn hong jeon moon ri pak choe
    xi li wang zhang liu chen huang zhao zhou xu sun zhu guo""".split()
)
"""Korean and Chinese family names, which come first in the name ("Kim Yong Chol", "Xi Jinping")."""
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr prof gen lt col maj capt adm sgt cpl sen rep gov amb rev fr sr jr president
    vice secretary minister judge justice chief prime king queen prince princess pope ayatollah sheikh imam
    rabbi cardinal bishop lord lady sir dame mayor governor senator representative ambassador general
    colonel major captain admiral sergeant commander chancellor premier speaker leader attorney director
    chairman chairwoman commissioner administrator""".split()
)
"""Words that put a person's name after them ("Gen. Qasem Soleimani", "President Donald Trump")."""
ONE_NAME_TITLES = frozenset(
    """president senator representative governor secretary judge justice pope king queen prince princess
    ayatollah sheikh""".split()
)
"""Titles written out that may stand before a surname alone ("President Trump", "Justice Kennedy"); an
abbreviated one always may ("Sen. Graham"), while "General Motors" is a company."""
NOT_A_SURNAME = NOT_A_PERSON | frozenset(
    "caucus cemetery solutions aid salvador project room hall building".split()
)
"""Last words of names that are no one's, though a given name may open them: "the Freedom Caucus", "Arlington
National Cemetery", "El Salvador"."""
ATTRIBUTION_VERBS = frozenset(
    """said says told tells tweeted tweets wrote writes stated added adds noted confirmed confirms announced
    announces declared declares explained explains acknowledged argued insisted warned claimed reported
    testified estimated predicted blamed accused criticized criticised praised urged vowed denied ruled
    concluded""".split()
)
"""Verbs that report what a source says ("the official said", "Trump confirmed")."""
PARTICIPLES = frozenset(
    "saying adding noting warning arguing insisting tweeting writing telling blaming".split()
)
"""Forms that attribute a claim to the one a sentence opens with: "Tammy Baldwin, however, objects ...,
saying it ..."."""
INVERTED_ATTRIBUTION_VERBS = frozenset("said says added wrote noted stated declared explained".split())
"""Verbs a source may follow after a comma or a quote: "..., said Michael O'Hanlon"."""
SOURCE_WORDS = 8
"""The most words of a source before its verb: "White House Press Secretary Sarah Huckabee Sanders"."""
NAME_JOINS = frozenset("of in at for from and".split())
"""Words inside a source's name or description: "Paul Ryan of Wisconsin", "critics in Congress", "Customs and
Border Protection"."""
UNNAMED_SUBJECTS = frozenset("which who that it what".split())
"""Words before a verb of saying that stand for a source named elsewhere ("the White House, which said")."""
ACCORDING_TO_WORDS = 8
"""The most words of a source after "according to" ("Secretary of State Mike Pompeo")."""
AUXILIARIES = frozenset(
    "has have had also later previously again earlier was is were are will would did does do".split()
)
"""Words between a source and its verb ("Trump has said", "officials also said"); after "said" they make a
clause, not a name (", said the North Koreans are ...")."""
MODALS = frozenset("can could may might must shall should".split())
"""Verbs that, like the auxiliaries, make a clause after "said" (", said the threat could come soon")."""
TIME_WORDS = frozenset("last late early earlier later next this".split())
"""Words that open a time, not a subject: "Late Friday, ...", "Last week, ..."."""
DETERMINERS = frozenset(
    "a an the this that these those his her their its two three several some many other another".split()
)
GROUP_SOURCES = frozenset(["police", "staff", "media", "press"])
"""Nouns for a group that speaks without a determiner or a plural ending: "police said"."""
SOURCE_ENDS = frozenset("who which that whose whom during last this since".split()) | CALENDAR_NAMES
"""Words that end a source's description: "a U.S. official [who was not authorized ...]"; "officials in
Washington and Tokyo" is one."""
SPEAKER_ENDS = SOURCE_ENDS | frozenset("in on at before".split())
"""Words that end the one named after the verb: ", said the president [in noontime remarks ...]"."""
RUN_ENDS = CALENDAR_NAMES | ATTRIBUTION_VERBS
"""Capitalised words that end a name: "Lindsey Graham Tweeted Saturday"."""
APPOSITIVE = re.compile(r"’?s?,\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)")
"""The words after a name that may say who they are: "Kim Yong Chol, [vice chairman] of North Korea's ..."."""
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Za-z0-9][\w’'.-]*[\w’']|[A-Za-z0-9]|[^\sA-Za-z0-9]"
)
"""A word with its inner full stops, apostrophes and hyphens ("O’Hanlon"), an abbreviation with its full
stop ("U.S.", "Gen."), or a mark."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A person or source as a sentence writes it, with its offsets in the sentence."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """What later mentions of the same one share: the surname, or a common noun's head ("official")."""
        return stem(referent(self.text).lower())


def without_possessive(name: str) -> str:
    """ "Trump" of "Trump's": "his" after "What did Trump's letter say?" is "Trump's", not "Trump's's"."""
    return POSSESSIVE.sub("", name)


CONTRACTED_QUESTION_WORD = re.compile(r"^(?:Who|What|Where|When|How|Why)['’]s\s+")
"""The "Who's" of "Who's Steve Scalise?", capitalised but no part of the name after it."""


def full_names(text: str) -> list[str]:
    """The multi-word names of people in a text ("Senate Minority Leader Chuck Schumer")."""
    found = [CONTRACTED_QUESTION_WORD.sub("", run) for run in FULL_NAME.findall(text)]
    return [
        n
        for n in map(without_possessive, found)
        if len(n.split()) > 1
        and n.split()[0].lower() not in STOPWORDS
        and n.split()[-1].lower() not in NOT_A_PERSON | STOPWORDS
        and CALENDAR_NAMES.isdisjoint(w.lower() for w in n.split())  # "on Twitter Thursday"
    ]


def referent(name: str) -> str:
    """What stands for a named person in a follow-up: the surname ("Senate Minority Leader Chuck Schumer"
    is Schumer), or the whole name when the family name comes first: "Kim Yong Chol" is neither "Chol" nor
    the "Kim" of every other Kim in a story about North Korea; nor is "Sung Kim", whose family name comes
    last, just "Kim"."""
    tokens = name.split()
    titled = [i for i, t in enumerate(tokens) if t.lower().rstrip(".") in PERSON_ROLE_NOUNS]
    personal = tokens[titled[-1] + 1 :] if titled and titled[-1] < len(tokens) - 1 else tokens
    if len(personal) > 1 and FAMILY_NAME_FIRST.intersection((personal[0].lower(), personal[-1].lower())):
        return " ".join(personal)
    return personal[-1]


def people_named(sentence: str) -> list[Mention]:
    """The people the sentence names, each with the title before the name ("Iranian Gen. Qasem Soleimani",
    "FBI Director James Comey", "President Trump"; "Mike Pompeo" of "Secretary of State Mike Pompeo"). A run
    of capitalised words is a person's name when it holds a title or a known given name, or a role noun
    comes right before or after it ("leader Kim Jong Un", "Kim Yong Chol, vice chairman"); "Saudi Arabia",
    "the Brookings Institution" and "North Korean" are no one."""
    found = []
    for match in FULL_NAME.finditer(sentence):
        parts = [(match.start() + m.start(), m[0]) for m in re.finditer(r"\S+", match[0])]
        lowered = [text.lower().rstrip(".") for _, text in parts]
        cut = next((i for i, word in enumerate(lowered) if word in RUN_ENDS), len(parts))
        owner = next((i + 1 for i, word in enumerate(lowered) if POSSESSIVE.search(word)), len(parts))
        cut = min(cut, owner)  # "Lindsey Graham Tweeted Saturday", "Barack Obama's Affordable Care Act"
        parts, lowered = parts[:cut], lowered[:cut]
        if len(parts) < 2:  # a title and a name at least
            continue
        surname = without_possessive(parts[-1][1])
        titled = [i for i, word in enumerate(lowered[:-1]) if word in PERSON_TITLES]
        name = titled[-1] + 1 if titled else 0
        if surname.lower() in NOT_A_SURNAME | PERSON_TITLES:
            continue
        if len(parts) - name == 1 and not (titled and _titles_one_name(parts[titled[-1]][1])):
            continue  # "President Trump", not "General Motors"
        given = next((i for i in range(name, len(parts) - 1) if known_given_name(parts[i][1])), None)
        if not (
            titled or given is not None or lowered[name] in FAMILY_NAME_FIRST or _role_beside(sentence, match)
        ):
            continue
        first = next(i for i, word in enumerate(lowered) if word not in STOPWORDS)
        if not titled:
            while first < len(parts) - 2 and lowered[first] in NOT_A_PERSON:
                first += 1  # "State" of "Secretary of State Mike Pompeo"
        start, end = parts[first][0], parts[-1][0] + len(surname)
        found.append(Mention(sentence[start:end], start, end))
    return found


def _titles_one_name(title: str) -> bool:
    """Whether a title names a person by one name after it: "President Trump", "Mr. Smith", "Gen. Smith"."""
    return title.endswith(".") or title.lower() in ONE_NAME_TITLES


def _role_beside(sentence: str, match: re.Match[str]) -> bool:
    """Whether a role noun comes right before the name or in the description after it."""
    before = sentence[: match.start()].split()[-1:]
    after = APPOSITIVE.match(sentence, match.end())
    return not PERSON_ROLE_NOUNS.isdisjoint(w.lower() for w in before + (after[1].split() if after else []))


def sources(sentence: str) -> list[Mention]:
    """Whom the sentence attributes what it says to: "according to X", "X said" or ", said X", and, when a
    long description parts the two, the person it opens with ("Theresa Payton, CEO of ..., said ...").
    "According to" comes first: it attributes the whole sentence ("..., even as Trump says ..., according to
    a U.S. cybersecurity firm"). A pronoun ("he said") stands for someone named before, and is left out."""
    tokens = _tokens(sentence)
    lower = [t[2].lower() for t in tokens]
    according: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    for i, word in enumerate(lower):
        if word == "according" and lower[i + 1 : i + 2] == ["to"]:
            span = _phrase(tokens, range(i + 2, min(len(tokens), i + 2 + ACCORDING_TO_WORDS)), SOURCE_ENDS)
            according.extend([span] if span else [])
            continue
        if word not in ATTRIBUTION_VERBS and word not in PARTICIPLES:
            continue
        span = _subject(tokens, i) if word in ATTRIBUTION_VERBS else None
        follows_mark = i > 0 and not lower[i - 1][:1].isalnum()
        named_after = i + 1 < len(tokens) and (tokens[i + 1][2][:1].isupper() or lower[i + 1] in ARTICLES)
        if span is None and word in INVERTED_ATTRIBUTION_VERBS and follows_mark and named_after:
            span = _phrase(tokens, range(i + 1, min(len(tokens), i + 1 + ACCORDING_TO_WORDS)), SPEAKER_ENDS)
        if (
            span is None and word in PARTICIPLES
        ):  # "after Trump refused ..., saying", "Trump sent ..., saying"
            span = (
                _name_acting_before(tokens, i)
                or _opening_subject(tokens, named_only=True)
                or _opening_role(tokens)
            )
        elif span is None and follows_mark:
            span = _described_before(sentence, tokens[i][0])
        if span is None and i > 0 and lower[i - 1] in ("but", "and"):
            span = _opening_subject(tokens)  # "The report blasted Comey ... but said ..."
        found.extend([span] if span else [])
    return [Mention(sentence[start:end], start, end) for start, end in according + found]


SPEAKER_SYNONYMS = (
    frozenset(stem(w) for w in "lawyer attorney".split()),
    frozenset(stem(w) for w in "spokesman spokeswoman spokesperson".split()),
)
"""Words for the same speaker: "Manafort's lawyer" is "an attorney for Manafort"."""
SAME_ONE_REACH = 6
"""How near a source's name the asked words must stand elsewhere to be the same one: "Defense Secretary Jim
Mattis" makes "Mattis said" the defense secretary's."""
DESCRIBED_SPARE_FROM = 2
"""A description by a name may word one of the asked words otherwise: "Michael O'Hanlon, a military analyst at
the Brookings Institution" is the Brookings analyst."""
OPENING_QUOTES = frozenset("\"“‘'")
STANCE_STEMS = SPEECH_STEMS | frozenset(
    stem(w)
    for w in """claimed cited described characterized opposed supported demanded asked ordered view position
    stance believes thinks wants statement ruling ruled opinion concluded held decided found""".split()
)
"""Words by which a sentence with no source may still give someone's words or stance ("Trump has long
opposed the deal", "Trump and his allies have cited the texts as evidence")."""
PHRASE_BREAKS = frozenset("and or with to by said says told".split())
"""Words that part two people near each other: "Trump and Kim", "Trump told Kim"."""


def spoken_by(sentence: str, speaker: Speaker, context: list[str]) -> bool:
    """Whether the sentence may report the asked speaker saying something: a source that is them
    (``quotes``); with no source, a pronoun, their words by a verb of saying, a quote or "He
    ..." going on from the sentence before, or their words (and their owner's) with a word of saying or
    stance. "What did Iran's supreme leader say?" is not answered by "... the former president told
    reporters ...", nor "What did Kim Jong Un say?" by "Trump canceled his summit with ... Kim Jong Un,
    blaming ...", nor "What did Sung Kim say?" by "Sung Kim ... is leading the U.S. delegation", nor "What did
    Crowley say?" by a quote naming him ("Congressman Crowley and I introduced ...")."""
    acts = attributes_to(sentence, _with_synonyms(speaker.head))
    found = sources(sentence)
    if found:  # or one of theirs responding in deeds: "the regime was responding to ..."
        deeds = not RESPONSE_VERBS.isdisjoint(w.lower() for w in words(sentence))
        return (
            _one_is(found, sentence, speaker, context) or (acts and deeds) or _reaction_of(sentence, speaker)
        )
    if acts:
        return True
    opening = sentence.lstrip()
    held = set(content_stems(sentence))
    if opening[:1] in OPENING_QUOTES or opening.split(" ", 1)[0].lower() in SPEAKER_PRONOUNS:
        # a quote that goes on from the sentence before, or "He described ...": may be them, unless it
        # names them as someone else would ("That is why Congressman Crowley and I introduced ...")
        return not _mostly_held(speaker.head, held)
    named = _mostly_held(speaker.head, held) or bool(speaker.names & held)
    voiced = not STANCE_STEMS.isdisjoint(stem(w.lower()) for w in words(sentence))
    return speaker.owner <= held and named and voiced


POSSESSED_REACTION = re.compile(
    r"(?P<owner>[\w.-]+)['’]s\s+(?:[a-z]+\s+)?(?:criticism|praise|condemnation|opposition|support|rejection|"
    r"denial|statement|remarks|comments|response|reaction|objection|endorsement|rebuke|attacks?)\b"
)
"""Someone's reaction told as a noun: "President Donald Trump's criticism of a bi-partisan deal"."""


def _reaction_of(sentence: str, speaker: Speaker) -> bool:
    """Whether the sentence tells the speaker's reaction as theirs, whoever reports it: "Republicans and
    Democrats said President Donald Trump's criticism of a bi-partisan deal helped sink the measure"."""
    return any(stem(m["owner"].lower()) in speaker.head for m in POSSESSED_REACTION.finditer(sentence))


def quotes(sentence: str, speaker: Speaker, context: list[str]) -> bool:
    """Whether a source of the sentence is the asked speaker, by name or by what ``context`` (other sentences
    of the article) calls that source ("said Andrew Crocker" is the lawyer's after "Crocker, a staff
    attorney"), and is theirs when the question names whose ("the Electronic Freedom Foundation's lawyer")."""
    return _one_is(sources(sentence), sentence, speaker, context)


def _one_is(found: list[Mention], sentence: str, speaker: Speaker, context: list[str]) -> bool:
    """Whether one of the sentence's sources ``found`` is the asked speaker (``quotes``)."""
    held = set(content_stems(sentence))
    return any(
        (_same_one(m, speaker.head, context) or (speaker.group and _plural(m.text)))
        and (speaker.owner <= held or _same_one(m, speaker.owner, context))
        for m in found
    )


def _plural(source: str) -> bool:
    """Whether a source is a group ("Democrats", "Republican critics in Congress", "police")."""
    head = re.split(r"\s+(?:of|in|at|for|from)\s+", source)[0].split()[-1]
    if head[:1].isupper():
        return re.search(r"(?:an|at|ist|er)s$", head) is not None  # "Democrats", not "Phillips"
    return head in GROUP_SOURCES or (head.endswith("s") and not head.endswith("ss"))


def _with_synonyms(words: frozenset[str]) -> frozenset[str]:
    return words.union(*(group for group in SPEAKER_SYNONYMS if group & words))


def _mostly_held(asked: frozenset[str], held: set[str], spare_from: int = 3) -> bool:
    """Whether ``held`` has each asked stem or a synonym of it, but one of ``spare_from`` or more ("Defense
    Secretary" for "the U.S. defense secretary")."""
    missing = [s for s in asked if not held & _with_synonyms(frozenset([s]))]
    return not missing or (len(asked) >= spare_from and len(missing) == 1)


def _same_one(source: Mention, asked: frozenset[str], context: list[str]) -> bool:
    """Whether the source is the one the asked stems describe: its own words hold them ("House Foreign
    Affairs Chairman Rep. Ed Royce" for "the Foreign Affairs chairman"), or they stand by its name in one of
    the ``context`` sentences, in one phrase ("Defense Secretary Jim Mattis", "Crocker, a staff attorney";
    not "Trump and Kim")."""
    if _mostly_held(asked, set(content_stems(source.text))) or _initials(source.text) in asked:
        return True
    key = source.key
    for text in context:
        tokens = [t[2].lower() for t in _tokens(text)]
        for i in (i for i, t in enumerate(tokens) if stem(t) == key):
            before = itertools.takewhile(_in_phrase, reversed(tokens[max(0, i - SAME_ONE_REACH) : i]))
            after = itertools.takewhile(_in_phrase, tokens[i + 1 : i + 1 + SAME_ONE_REACH])
            if _mostly_held(asked, {stem(t) for t in itertools.chain(before, after)}, DESCRIBED_SPARE_FROM):
                return True
            if speaks_for(tokens[i + 1 :], asked):
                return True
    return False


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "cbp" for "U.S. Customs and Border Protection"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and "." not in w).lower()


def _in_phrase(token: str) -> bool:
    """Whether the word may stand inside a name and its description, not part two people."""
    return token not in PHRASE_BREAKS and not _verb_like(token)


NAME_THEN_COMMA = re.compile(r"(?: of [A-Z][\w.]*(?: [A-Z][\w.]*)*)?,")
"""The comma after a name, or after the place it is "of" ("Elizabeth Warren of Massachusetts,")."""


def _described_before(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The offsets of the first person named before the verb with a description after the name: "Theresa
    Payton, CEO of ..., who served under former President George W. Bush, said", "Charles Carmakal, vice
    president at Mandiant Consulting, ..., told VOA", "Senator Elizabeth Warren of Massachusetts, another
    state that ..., said"."""
    described = [
        m
        for m in people_named(sentence[:verb_start])
        if (comma := NAME_THEN_COMMA.match(sentence, m.end)) and sentence[comma.end() : verb_start].strip()
    ]
    return (described[0].start, described[0].end) if described else None


def _opening_subject(tokens: list[tuple[int, int, str]], named_only: bool = False) -> tuple[int, int] | None:
    """The offsets of the name or noun phrase a sentence opens with, the subject of a verb after "but" or
    "and" ("The report blasted Comey ... but said ...") or, when it is a name (``named_only``), of a
    participle ("Trump sent a letter to Kim, saying ...", "Senator Tammy Baldwin, however, objects ...,
    saying ..."). Not a time ("Late Friday, ..."), a dateline ("WASHINGTON — ...") or a phrase whose verb
    does not read as one ("The bill's sponsors cast ...")."""
    if tokens and tokens[0][2].lower() in ARTICLES:
        taken = list(itertools.takewhile(lambda t: _plain_word(t[2]) and not _verb_like(t[2]), tokens[1:3]))
        after = tokens[1 + len(taken)][2] if len(tokens) > 1 + len(taken) else ""
        if named_only or not taken or not _verb_like(after):
            return None
        return tokens[0][0], taken[-1][1]
    taken = list(itertools.takewhile(lambda t: t[2][:1].isupper() and _plain_word(t[2]), tokens[:6]))
    after = tokens[len(taken)][2] if len(tokens) > len(taken) else ""
    if not taken or after in "—–-" or {t[2].lower() for t in taken} & (CALENDAR_NAMES | TIME_WORDS):
        return None
    return taken[0][0], taken[-1][1]


def _name_acting_before(tokens: list[tuple[int, int, str]], verb: int) -> tuple[int, int] | None:
    """The offsets of the last name before ``verb`` that a verb follows: "Trump" in "The deal is in question
    after Trump refused to certify it, saying ..."."""
    for k in range(verb - 2, 0, -1):
        if tokens[k][2][:1].isupper() and _plain_word(tokens[k][2]) and _verb_like(tokens[k + 1][2]):
            first = k
            while first > 0 and tokens[first - 1][2][:1].isupper() and _plain_word(tokens[first - 1][2]):
                first -= 1
            return tokens[first][0], tokens[k][1]
    return None


def opening_name(sentence: str) -> list[Mention]:
    """The name a sentence opens with, as its subject ("Manafort is currently free ..."): whom "He has
    pleaded not guilty" after it means."""
    tokens = _tokens(sentence)
    span = _opening_subject(tokens, named_only=True)
    return [Mention(sentence[span[0] : span[1]], *span)] if span else []


def _opening_role(tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The offsets of the person a sentence opens with by role ("The president did not address ...,
    telling House Republicans ..."), not a thing ("The deal is in question ..., saying ...")."""
    span = _opening_subject(tokens)
    last = next((t[2] for t in tokens if span and t[1] == span[1]), "")
    return span if last.lower() in PERSON_ROLE_NOUNS else None


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    """The sentence's words and marks (TOKEN), each with its offsets."""
    return [(m.start(), m.end(), m[0]) for m in TOKEN.finditer(sentence)]


def _plain_word(text: str) -> bool:
    return text[:1].isalnum() and text.lower() not in STOPWORDS


def _verb_like(text: str) -> bool:
    """Whether a word reads as a finite verb after a subject: "blasted", "said", "has"."""
    return text.lower().endswith("ed") or text.lower() in ATTRIBUTION_VERBS | AUXILIARIES


def _phrase(
    tokens: list[tuple[int, int, str]], positions: range, ends: frozenset[str]
) -> tuple[int, int] | None:
    """The offsets of the source's words from the first of ``positions`` to a mark or a word ending its
    description; None when no such end comes within reach (", said the North Koreans are not ...")."""
    taken: list[int] = []
    for k in positions:
        text = tokens[k][2]
        if not text[:1].isalnum() or (taken and text.lower() in ends):
            break
        if text.lower() in AUXILIARIES or text.lower() in MODALS:
            return None  # a clause, not a name: ", said the North Koreans are not ...", "the threat could"
        taken.append(k)
    else:
        if positions.stop < len(tokens):
            return None
    while taken and tokens[taken[-1]][2].lower() in STOPWORDS:
        taken.pop()
    if not taken or tokens[taken[0]][2].lower() in SPEAKER_PRONOUNS:
        return None
    return tokens[taken[0]][0], tokens[taken[-1]][1]


def _between_subject_and_verb(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word may stand between a source and its verb: "has", "narrowly", "Monday" after "on"
    ("the U.S. Supreme Court on Monday narrowly ruled")."""
    word = tokens[k][2].lower()
    dated = word in CALENDAR_NAMES and k > 0 and tokens[k - 1][2].lower() == "on"
    return (
        word in AUXILIARIES
        or word == "on"
        or dated
        or (word.endswith("ly") and word.isalpha() and len(word) > 4)
    )


def _subject(tokens: list[tuple[int, int, str]], verb: int) -> tuple[int, int] | None:
    """The offsets of who says it when named right before the verb: a name with its title ("House Speaker
    Paul Ryan of Wisconsin has said"), a common noun with its determiner ("the official said"), or a plural
    ("officials said", "Republican critics in Congress said"). "A letter Trump wrote" is Trump's."""
    while verb > 0 and _between_subject_and_verb(tokens, verb - 1):
        verb -= 1
    taken: list[int] = []
    for k in range(verb - 1, max(-1, verb - 1 - SOURCE_WORDS), -1):
        text = tokens[k][2]
        lowered = text.lower()
        if not text[:1].isalnum() or lowered in SPEAKER_PRONOUNS or lowered in UNNAMED_SUBJECTS:
            break
        if lowered in DETERMINERS:
            taken.append(k)
            break
        joins = lowered in NAME_JOINS and bool(taken) and tokens[taken[-1]][2][:1].isupper()
        after_name = bool(taken) and tokens[taken[-1]][2][:1].isupper() and not text[:1].isupper()
        if (lowered in STOPWORDS and not joins) or (after_name and not joins):
            break
        taken.append(k)
    while taken and tokens[taken[-1]][2].lower() in NAME_JOINS:
        taken.pop()
    if not taken or tokens[taken[0]][2].lower() in DETERMINERS:
        return None
    head = tokens[taken[0]][2]
    named = any(tokens[k][2][:1].isupper() for k in taken)  # "Kim Kye Gwan statement said"
    determined = tokens[taken[-1]][2].lower() in DETERMINERS
    if not (named or determined or head.lower().endswith("s") or head.lower() in GROUP_SOURCES):
        return None  # "damage done by the missiles said" is no source; "officials said" is
    return tokens[taken[-1]][0], tokens[taken[0]][1]

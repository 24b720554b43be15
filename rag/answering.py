"""Answer composition: the extractive answerer (the offline default) quotes and cites article sentences.

It never writes a claim of its own: the answer is an optional "Yes."/"No." lead (or, for an either-or
question, the question's own words for the choice the evidence names; for a figure the article gives only in
parts, that figure with how it is worked out, "5 years: 2012 to 2017.") followed by stored sentences, each
with its citation marker, or "The article does not say." when the evidence is weak. A long
sentence is quoted in part when it is clear which of its clauses answer (those around the asked-for number,
date or name; for a yes/no question those holding its words), its clauses exactly, with "…" for the ones
left out, and always with who said it; the citation still points at the whole sentence.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import time
from collections.abc import Callable
from typing import Protocol

from rag.comparing import (
    OrderQuestion,
    Settled,
    SpanQuestion,
    as_lead,
    asks_comparison,
    order_question,
    settle_ages,
    settle_length,
    settle_order,
    settle_party,
    settle_span,
    share_untold,
    span_question,
    tells_comparison,
    tells_duration,
    tells_order,
)
from rag.config import AnsweringSettings
from rag.counting import settle_listed, settle_tally
from rag.people import Mention, opening_name, people_named, quotes, sources, spoken_by
from rag.retrieval import (
    ATTRIBUTION,
    OPENING_QUOTE,
    PRONOUN_ATTRIBUTION,
    Retrieval,
    closes_quote,
    continues_previous,
    open_quote,
    recalls,
)
from rag.schema import Answer, Citation, Retrieved
from rag.text import (
    ARTICLES,
    CLAUSE_BREAK,
    GREETING,
    LENGTH_UNITS,
    NAMED_TYPES,
    NO_COMMENT,
    PEOPLE,
    PERSON_ROLE_STEMS,
    PLAIN_NEGATIONS,
    QUOTED_IN_QUESTION,
    SPEAKER_PRONOUNS,
    SPEECH_STEMS,
    STRICT_UNITS,
    WHERE_SAID,
    WHERE_SPOKEN,
    YEAR,
    AnswerType,
    Speaker,
    answer_phrase,
    answer_type_fit,
    asked_besides,
    asked_items,
    asked_ranks,
    asked_topic,
    asked_yes_no_reactor,
    asks_city,
    asks_country,
    asks_exact_words,
    asks_home,
    asks_of_quoted,
    asks_outcome,
    asks_tenure,
    asks_where_spoken,
    attributes_claim,
    attributes_to,
    choice_anchors,
    content_stems,
    contradicts,
    defines,
    doer_untold,
    event_untold,
    gives_words,
    gives_year,
    holds_quoted,
    home_told,
    is_full_name,
    is_hypothetical,
    is_uncertain,
    leaves_unlisted,
    leaves_unspecified,
    names_a_time,
    names_act,
    names_agent,
    names_city,
    names_counterpart,
    names_country_besides,
    names_no_member,
    names_rank,
    names_someone_else,
    only_attempted,
    only_possible,
    only_requested,
    outcome_untold,
    place_asked_within,
    proper_nouns,
    quantity_untold,
    quotes_someone_else,
    refusal_untold,
    refutes,
    roster_kind,
    settles_amount,
    settles_home,
    stance_disputed,
    stance_untold,
    states_no,
    states_tenure,
    stem,
    swapped_term,
    tells_act,
    tells_no_one_met_fate,
    tells_only_excluded,
    tells_outcome,
    tells_time_of,
    tells_upcoming,
    tells_where_said,
    time_untold,
    times_by_asked_event,
    told_alternative,
    withholds,
    withholds_asked,
    words,
)

ABSTAIN_TEXT = "The article does not say."
INDIRECT_LEAD = "The article does not say so directly:"
GREETING_TEXT = "Hello. Ask me anything about this article: I answer with its own sentences, cited."
THANKS_TEXT = "You're welcome. Ask another question about the article whenever you like."
ARTICLE_END_TEXT = "The article ends there: the last answer quoted its last sentence."
NO_PEOPLE_TEXT = "The article names no one."
NO_SOURCES_TEXT = "The article attributes nothing it says to anyone."
NOTHING_TO_RECALL_TEXT = "The last answer quoted nothing from the article. Ask about something it says first."
QUOTING_NOTHING = frozenset(
    [
        ABSTAIN_TEXT,
        GREETING_TEXT,
        THANKS_TEXT,
        ARTICLE_END_TEXT,
        NO_PEOPLE_TEXT,
        NO_SOURCES_TEXT,
        NOTHING_TO_RECALL_TEXT,
    ]
)
"""The answers that quote no sentence: a follow-up after one has no last answer's words to go on."""
ITEM_SUPPORT_RATIO = 0.25
"""How likely, against the best sentence, another one telling of one of several asked things must be."""
KIND_WORDS = 4
"""Words after a source's name that may say what they are (", a Republican from Oklahoma")."""
ROSTER_MOST = 8
"""The most people or sources one answer lists, so the list and its cited sentences stay readable."""
PASSAGE_WORDS = 25
"""A passage read in order (the lede, or what follows the last answer) is one sentence this long, or two."""
LONG_ANSWER_WORDS = 30
"""A cited sentence longer than this is quoted in part when the asked-for phrase is found in it."""
MIN_WORDS_LEFT_OUT = 8
"""Quote in part only when that leaves out at least this many words."""
MIN_CLAUSE_WORDS = 4
KEPT_BACK_REACH = 3
"""How far down the ranking a sentence saying a detail was kept back settles whether it was told."""
WHO_IS = re.compile(r"\W*who(?:['’]s|\s+(?:is|are|was|were)\b)", re.IGNORECASE)
"""'Who are the DACA recipients?' may ask what they are, which the words around a name say."""
DESCRIBING = re.compile(r"(?:a|an|who|whose|which)\b", re.IGNORECASE)
"""How a clause opens that describes what the clause before it ends with: an appositive or a relative
clause ("Grisham, a New Mexico Democrat", "the DACA program, which gave temporary protection ...")."""
NAMING_CLAUSE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|and|of)\s*)+")
"""A clause that only names who the clause before it means, kept with it: "two House Democratic colleagues,
Representatives John Lewis and Sheila Jackson Lee,", "officials from the FBI, U.S. Department of Homeland
Security and Federal Aviation Administration". (``rag.text.NAMES_ONLY`` reads a list of names in a
question, without "of".)"""
REFERRING_BACK = re.compile(r"(?:where|which|who|whom|whose|when)\b", re.IGNORECASE)
"""How a clause opens that is about what the clause before it names."""
TRIMMED_TYPES = frozenset([AnswerType.NUMBER, AnswerType.DATE, *NAMED_TYPES])
"""Answers quoted in part around the asked-for phrase: a number, a date or a name. The clauses from the
phrase to the question's words are kept whole, so a list ("officials from the FBI, the Department of
Homeland Security and the FAA") or a name far from what it is ("The last Prime Minister of the GDR was, from
April 1990, Lothar de Maizière") is not cut apart."""
THING_PRONOUNS = frozenset("it its this that they them their".split())
"""Words by which a follow-up refers to what the conversation was about."""
NEXT_CONTEXT_WORDS = 2
"""Words a sentence shares with the conversation to be about what "What is the next step for it?" means."""


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence, without the punctuation between them. A piece of a few
    words is no clause: "Late Friday," and the "Russia," of "China, Russia, Iran and Syria" stay with the
    words next to them."""
    clauses: list[tuple[int, int]] = []
    start, after_short = 0, False
    for match in [*CLAUSE_BREAK.finditer(sentence), None]:
        end = match.start() if match else len(sentence)
        short = len(words(sentence[start:end])) < MIN_CLAUSE_WORDS
        if clauses and (short or after_short):
            clauses[-1] = (clauses[-1][0], end)
        else:
            clauses.append((start, end))
        start, after_short = (match.end() if match else end), short
    return clauses


def _answering_clauses(retrieval: Retrieval, citation: Citation, clauses: list[tuple[int, int]]) -> set[int]:
    """The clauses of a long cited sentence that answer: for a yes/no question every clause that holds a
    question word or says no; otherwise the one holding the asked-for phrase, the one holding most question
    words and any holding a question word those two miss ("giving President Donald Trump and congressional
    Republicans a much-needed win" for "Who got a win out of the House passing the bill?"). Empty when no
    such clause is found (the sentence is then quoted whole)."""
    text = citation.sentence.text
    shape = retrieval.shape
    wanted = set(shape.content)
    matches = [len(wanted.intersection(content_stems(text[a:b]))) for a, b in clauses]
    if shape.yes_no:
        question = retrieval.query.text
        kept = {
            i
            for i, (a, b) in enumerate(clauses)
            if matches[i] or states_no(question, text[a:b]) or contradicts(question, text[a:b])
        }
        return kept | {
            i + 1 for i in kept if i + 1 < len(clauses) and NAMING_CLAUSE.fullmatch(text, *clauses[i + 1])
        }
    if (
        citation.answer_span is None
        or shape.answer_type not in TRIMMED_TYPES
        or max(matches) == 0
        or WHO_IS.match(retrieval.query.text)
    ):
        return set()
    offset = citation.sentence.start
    span = (citation.answer_span[0] - offset, citation.answer_span[1] - offset)
    if shape.answer_type is AnswerType.PERSON and not is_full_name(words(text[span[0] : span[1]])):
        return set()  # "the Old Town" is no one: the answer may be words, not a name
    keep = [i for i, (a, b) in enumerate(clauses) if a < span[1] and b > span[0]]
    keep.append(max(range(len(clauses)), key=lambda i: (matches[i], -abs(i - keep[0]))))
    covered = set().union(*(content_stems(text[a:b]) for a, b in (clauses[i] for i in keep)))
    missed = wanted - covered - _asked_kind(retrieval.query.text)
    keep += [i for i, (a, b) in enumerate(clauses) if missed & set(content_stems(text[a:b]))]
    first, last = min(keep), max(keep)  # and any clause holding a question word the others miss ("win")
    while first > 0 and REFERRING_BACK.match(text, clauses[first][0]):
        first -= 1  # "… in the northern Mokotów, where was the first horse racetrack": where that is, too
    while last + 1 < len(clauses) and DESCRIBING.match(text, clauses[last + 1][0]):
        last += 1  # "Michelle Lujan Grisham, a New Mexico Democrat": what the name is, too
    return set(range(first, last + 1))


ASKED_KIND = re.compile(r"\b(?:what|which)\s+(?P<kind>[a-z]+)", re.IGNORECASE)
"""'What state ...?', 'Which day ...?': the kind of thing a question asks for."""


def _asked_kind(question: str) -> set[str]:
    """The stem of the noun a question asks for a kind of ("state" in "What state is Gardner a senator
    in?"), which the answer's clause need not hold twice: "Gardner of Colorado" answers without "the first
    state in the nation ..."."""
    match = ASKED_KIND.search(question)
    return {stem(match["kind"])} if match else set()


def _about_referent(retrieval: Retrieval) -> bool:
    """Whether a follow-up's "he" or "she" is named in the best sentence ("Which group does he work for?"
    after "Andrew Crocker", against "… said Andrew Crocker, a staff attorney at the Electronic Frontier
    Foundation"): the conversation, not the short question, says what it is about."""
    referent = retrieval.query.referent
    return bool(referent) and bool(retrieval.hits) and referent.split()[-1] in retrieval.hits[0].sentence.text


VALUE_TYPES = (AnswerType.DATE, AnswerType.NUMBER)
"""What a follow-up may read off the last answer's sentence whatever else ranks higher: a date or a number;
a name or place it holds may be of something else."""
KIND_NOUNS = frozenset(stem(w) for w in "day date time year month week".split())
"""Words that name the kind of value asked for ("What day was that?"), not something to look for."""


def _shown_with_value(retrieval: Retrieval) -> Retrieved | None:
    """The last answer's sentence, when an elliptic follow-up asks for the date, number or name it holds,
    however low it ranks: "What day was that?" after "Speaking on the Senate floor Wednesday, McConnell
    pledged …". Not when the best sentence holds a word of the question that sentence lacks ("And when was
    it rescinded?" after "When was DACA established?"); a verb of saying the last answer is no such word:
    "And when did it announce that?" asks when it "said" so; "And when did Trump tweet about it?" asks
    about a new act of saying."""
    hits, previous = retrieval.hits, retrieval.query.previous
    if not (retrieval.query.elliptic and hits):
        return None
    shown = next((h for h in hits if h.sentence.index in previous and _holds_asked_phrase(h)), None)
    said_again = frozenset() if _asks_new_saying(retrieval) else SPEECH_STEMS
    if shown is None or (
        _question_words(retrieval, hits[0]) - _question_words(retrieval, shown) - said_again - KIND_NOUNS
    ):
        return None
    return shown


def _value_of_last_answer(retrieval: Retrieval) -> bool:
    """Whether an elliptic follow-up asks for a value the last answer's sentence holds: "What day was that?"
    after "Speaking on the Senate floor Wednesday, McConnell pledged …"."""
    best = retrieval.hits[0] if retrieval.hits else None
    return (
        retrieval.query.elliptic
        and retrieval.shape.answer_type in VALUE_TYPES
        and best is not None
        and best.sentence.index in retrieval.query.previous
        and _holds_asked_phrase(best)
    )


def _holds_asked_phrase(hit: Retrieved) -> bool:
    """Whether the sentence holds the asked-for date, number, name or place (a full type fit)."""
    return hit.signals.get("type_match", 0.0) == 1.0


TYPED_RUNNER_UP_FLOOR = 0.2
"""When the best sentence lacks the asked-for value, a lower one that holds it answers if at least this
likely to hold the answer."""
COUNTED_RUNNER_UP_RATIO = 0.25
"""A sentence giving the asked-for count goes ahead of one that does not if at least this share as likely."""


def _asked(retrieval: Retrieval) -> frozenset[str]:
    """Stems of every word of the question: a phrase that only repeats one is no answer."""
    return frozenset(stem(w) for w in words(retrieval.query.text))


def _withheld(retrieval: Retrieval) -> bool:
    """Whether the best sentence says that what is asked is not told ("declining to name them", "it is
    unclear when or where they will meet") and gives no value of the asked kind: the article is silent on it,
    and a runner-up sentence would only guess."""
    best, shape = retrieval.hits[0], retrieval.shape
    if shape.yes_no:
        return False
    if withholds_asked(best.sentence.text, shape.answer_type, shape.content):
        return True  # its date is of something else: "unclear when they will meet before the June 12 summit"
    return best.signals.get("type_match", 0.0) < 1 and (
        withholds(best.sentence.text, shape.answer_type) or leaves_unlisted(best.sentence.text, shape.content)
    )


def _told_kept_back(retrieval: Retrieval) -> bool:
    """Whether one of the best few sentences says that what a question asks whether someone told was kept
    back, about what it asks: "Did Carmakal say which institutions were hit?" against "… he said, declining
    to name them", the last answer's sentence or one holding a word of what would have been told. Such a
    sentence shares few words with the question, so it ranks low, yet it settles it: "No."."""
    told = retrieval.shape.told
    return told is not None and any(
        refutes(retrieval.query.text, hit.sentence.text)
        and (
            hit.sentence.index in retrieval.query.previous
            or not set(told.content).isdisjoint(content_stems(hit.sentence.text))
        )
        for hit in retrieval.hits[:KEPT_BACK_REACH]
    )


def _told_unsettled(retrieval: Retrieval, lead: str, best: Retrieved) -> bool:
    """Whether a question whether someone told something ("Did he say why he ended it?") is left open: "Yes."
    needs what they told, as far as its kind shows ("because ...", "to avoid ..." for why; a commissioner
    named for which commissioners; a count for how many; what "what" asks has no kind to check), and
    "No." or a hedge a sentence saying they kept it back ("declining to name them"); a negation of
    something else ("Senate Democrats failed to take ...") settles nothing."""
    told = retrieval.shape.told
    if told is None:
        return False
    if lead != "Yes.":
        return not refutes(retrieval.query.text, best.sentence.text)
    fit = answer_type_fit(best.sentence.text, told, _asked(retrieval))
    return fit < 0 or (fit == 0 and (told.answer_type is not AnswerType.OTHER or told.focus is not None))


def _asks_new_saying(retrieval: Retrieval) -> bool:
    """Whether the question asks about an act of saying of its own ("tweet about it", "talk about that"),
    not about the saying of the last answer ("announce that")."""
    toks = retrieval.shape.words
    return any(
        stem(word) in SPEECH_STEMS and following == "about" for word, following in itertools.pairwise(toks)
    )


def _names_someone_new(retrieval: Retrieval, hit: Retrieved) -> bool:
    """Whether the sentence names someone the conversation has not, when the question asks who: "Whose
    petition is that?" after "Grisham's sense is they'd sign on to a discharge petition" is not answered by
    Grisham's sentence again."""
    if retrieval.shape.answer_type is not AnswerType.PERSON:
        return True
    said = {stem(w) for w in words(f"{retrieval.query.text} {retrieval.query.context}")}
    return any(stem(name) not in said for name in proper_nouns(hit.sentence.text))


def _of_kind(sentence: str, mention: Mention, kind: frozenset[str]) -> bool:
    """Whether the sentence calls the one mentioned a kind of source: "senator" in "Republican Senator Cory
    Gardner", "republican" in "Rep. Tom Cole, a Republican from Oklahoma" (the words right after the name)."""
    described = (
        sentence[mention.start : mention.end] + " " + " ".join(words(sentence[mention.end :])[:KIND_WORDS])
    )
    return bool(kind & set(content_stems(described)))


def _names_no_other(retrieval: Retrieval, hit: Retrieved) -> bool:
    """Whether a question asking for others than something ("Who else spoke at the forum besides Demers?",
    "Besides the U.S.-Mexico border, which other borders ...?") gets a sentence telling only of what it
    leaves out: for "who else", one naming nobody the question does not."""
    besides = asked_besides(retrieval.query.text)
    if besides is None:
        return False
    if besides.kind is not None:
        return tells_only_excluded(hit.sentence.text, besides)
    asked = {stem(w) for w in words(retrieval.query.text)}
    return retrieval.shape.answer_type is AnswerType.PERSON and all(
        mention.key in asked for mention in people_named(hit.sentence.text)
    )


def _reaction_unreported(retrieval: Retrieval, chosen: list[Retrieved]) -> bool:
    """Whether a yes/no question asks if someone reacted ("Has she responded to it?") and no chosen sentence
    reports them speaking or keeping silent: "The resolution calls on Aung San Suu Kyi to act" is no
    response of hers, and "'Senator Schumer, do not shut down the government,' Ryan said" no refusal of
    Schumer's to answer."""
    reactor, speaker = asked_yes_no_reactor(retrieval.query.text), retrieval.shape.speaker
    return bool(reactor) and not any(
        attributes_to(h.sentence.text, reactor)
        or (speaker is not None and spoken_by(h.sentence.text, speaker, [h.sentence.text]))
        or (NO_COMMENT.search(h.sentence.text) and not reactor.isdisjoint(map(stem, words(h.sentence.text))))
        for h in chosen
    )


def _swaps_a_term(retrieval: Retrieval, chosen: list[Retrieved]) -> bool:
    """Whether a chosen sentence holds a question word's opposite, or another number or name, where the
    question has that word ("Who founded the Office of eastern Medicine?" against "... founded the Office of
    Western Medicine"): it answers a question the user did not ask. A supporting sentence counts too ("What
    are the least powerful drugs?" against "Anti-inflammatory drugs are often used ..." and "Glucocorticoids
    are the most powerful of these drugs"). A yes/no question is answered "No." by an opposite instead
    (``_yes_no_lead``)."""
    return not retrieval.shape.yes_no and any(
        swapped_term(retrieval.query.text, hit.sentence.text) is not None for hit in chosen
    )


def _misses_asked_rank(retrieval: Retrieval, chosen: list[Retrieved]) -> bool:
    """Whether the question picks a thing out by an ordinal no chosen sentence has ("What did he say in his
    second letter?" against "the White House released a letter Trump wrote"): the sentences are about
    another one of them, or do not count them."""
    ranks = asked_ranks(retrieval.query.text)
    return bool(ranks) and not any(names_rank(h.sentence.text, ranks) for h in chosen)


RESTATING_MAX_NEW_WORDS = 1


def _only_restates(retrieval: Retrieval, hit: Retrieved) -> bool:
    """Whether the sentence gives no reason in words and holds at most one content word that neither the
    question nor the last turn has ("Why didn't Taylor's office respond?" against "Taylor's office did not
    respond to a VOA request for comment."; "Why did she resign?" after "Page left the team and resigned
    from the FBI last month", against that sentence): it tells the event again, not why it happened. A bare
    "Why?" may be answered by what goes on from it (``_with_reason_after``)."""
    last_turn = retrieval.query.last_turn if retrieval.shape.content else ""
    shown = _asked(retrieval) | set(content_stems(last_turn))
    new = set(content_stems(hit.sentence.text)) - shown - PLAIN_NEGATIONS
    return hit.signals.get("type_match", 0.0) < 1 and len(new) <= RESTATING_MAX_NEW_WORDS


def _compares_untold(
    retrieval: Retrieval,
    asked_order: OrderQuestion | None,
    asked_span: SpanQuestion | None,
    lead: str,
    chosen: list[Retrieved],
) -> bool:
    """Whether the question asks an order, a time between two events or a comparison that the article's
    times did not settle and no chosen sentence tells in its own words ("after", "six years ago", "older",
    "than"): "Is Schumer older than Ryan?" against a sentence naming both. Whether it came "before or after"
    needs the times. A "No." that denies the event itself ("Did the talks stop after the letter?" against
    "negotiations have continued") settles an order question without any order."""
    if asked_span:
        return not any(tells_duration(h.sentence.text) for h in chosen)
    if asked_order:
        if asked_order.asks == "before or after":
            return True
        return lead != "No." and not any(tells_order(h.sentence.text) for h in chosen)
    compares = asks_comparison(retrieval.query.text, retrieval.shape.yes_no)
    return compares and not any(tells_comparison(h.sentence.text) for h in chosen)


def _unshown_words(retrieval: Retrieval, hit: Retrieved) -> set[str]:
    """The words of the sentence that neither the last turn nor the question has, names and titles left
    out ("Senate Majority Leader" tells nothing new)."""
    query = retrieval.query
    shown = set(content_stems(query.last_turn)) | set(content_stems(query.text))
    named = {stem(w.lower()) for w in words(hit.sentence.text) if w[:1].isupper()}
    return set(content_stems(hit.sentence.text)) - named - shown


def _tells_unshown_outcome(retrieval: Retrieval, hit: Retrieved) -> bool:
    """Whether a follow-up asks what followed from what was just said ("And what did that lead to?") and
    the sentence the last answer came from tells it in words not yet shown: "Spending authority expired at
    midnight" answered what set off the shutdown; the rest of its sentence, "triggering a halt of
    non-essential functions", answers the follow-up."""
    return (
        hit.sentence.index in retrieval.query.previous
        and asks_outcome(retrieval.query.text)
        and tells_outcome(hit.sentence.text)
        and bool(_unshown_words(retrieval, hit))
    )


def _repeats_last_answer(retrieval: Retrieval, chosen: list[Retrieved]) -> bool:
    """Whether a follow-up asking what follows from what was just said ("What would that bill change about
    the agreement?", "What happens if those votes fail?") would only be answered by the words the last
    answer already quoted: the article says no more about it."""
    query = retrieval.query
    if not query.last_turn or not asks_outcome(query.text):
        return False
    return not any(_unshown_words(retrieval, hit) for hit in chosen)


def _with_reason_after(retrieval: Retrieval, chosen: list[Retrieved]) -> list[Retrieved]:
    """A bare "Why?" answered by the last answer's own sentence, which gives no reason in words, is answered
    by the sentence after it too when that one goes on from it (a pronoun, or the same speaker's quote): "A
    recent uptick in the rejection rate ... could accelerate, she said." / "“This decision only provides
    further support to officers who would not want to recognize certain claims.”" The reason is most often
    in the last answer's sentence itself, so it stays first."""
    shape, query = retrieval.shape, retrieval.query
    if shape.answer_type is not AnswerType.REASON or shape.content or not chosen:
        return chosen
    first = chosen[0].sentence
    if first.index not in query.previous or _holds_asked_phrase(chosen[0]):
        return chosen
    after = next((h for h in retrieval.hits if h.sentence.index == first.index + 1), None)
    if after is None or after in chosen or not continues_previous(after.sentence.text, first.text):
        return chosen
    return [*chosen, after]


def _by_index(retrieval: Retrieval) -> dict[int, Retrieved]:
    """The retrieved sentences by their place in the article, to look up the ones around a sentence."""
    return {h.sentence.index: h for h in retrieval.hits}


def _source_cited(retrieval: Retrieval, chosen: list[Retrieved]) -> list[Retrieved]:
    """For "Who said ...?", the sentence naming the source is cited after a best one going on from it, which
    names no one ('“No one is secure ...”' after '“This is a moral issue ...,” ... Ed Royce ... said')."""
    if not retrieval.shape.asks_source:
        return chosen
    source = _source_of(_by_index(retrieval), chosen[0])
    if source is None or source[1] in chosen:
        return chosen
    return [chosen[0], source[1], *chosen[1:]]


def _whole_quote(retrieval: Retrieval, chosen: list[Retrieved]) -> list[Retrieved]:
    """For what someone said or how they reacted, the rest of a quote the best sentence holds part of is
    cited too: the next sentence, which closes a quote the best one leaves open ('A spokesman ... told the
    Reuters news service, "We need internal stability ...' / 'Imposing international sanctions ...
    consequences."'), or the one before, which opens the quote the best one closes ('"Why was ... Strzok
    ... working on the totally discredited Mueller team ...' / 'Witch Hunt!" Trump tweeted on Sunday.')."""
    first = chosen[0].sentence
    if not (retrieval.shape.reactor or retrieval.shape.speaker):
        return chosen
    by_index = _by_index(retrieval)
    after, before = by_index.get(first.index + 1), by_index.get(first.index - 1)
    if closes_quote(first.text):
        opened = before is not None and before not in chosen and open_quote(before.sentence.text)
        return [before, *chosen] if opened and before is not None else chosen
    if open_quote(first.text):
        if after is None or after in chosen or not closes_quote(after.sentence.text):
            return chosen  # a quote the article never closes ends with its paragraph
        return [chosen[0], after, *chosen[1:]]
    return chosen


PASSIVE_SOURCE = re.compile(
    r"\b(?:said|announced|reported|claimed|confirmed|revealed|disclosed|estimated|stated|written|posted)"
    r"(?:\s+\w+){0,2}?\s+by\s+(?:the\s+)?[A-Z]"
)
"""'... announced Monday by Prime Minister Shinzo Abe': a source after the claim."""


def _says_who(sentence: str) -> bool:
    """Whether the sentence says who says it, by name, by role, by a pronoun ("he said") or after the claim
    ("announced by the ministry")."""
    found = bool(sources(sentence)) or PASSIVE_SOURCE.search(sentence) is not None
    return found or attributes_to(sentence, frozenset())


def _asked_speaker(retrieval: Retrieval) -> Speaker | None:
    """The speaker the question asks about when the user names them: one a follow-up's pronoun was read as
    ("What did he call Democrats?") may be misread."""
    speaker = retrieval.shape.speaker
    own = {stem(w) for w in words(retrieval.query.question)}
    return speaker if speaker is not None and speaker.head <= own else None


def _speaker_quoted(retrieval: Retrieval) -> bool:
    """Whether the question asks what someone said and the best sentence names them as its source:
    "What was the Foreign Affairs chairman's position on the deal?" against "..., House Foreign Affairs
    Chairman Rep. Ed Royce said"."""
    context = [h.sentence.text for h in retrieval.hits]
    speaker = _asked_speaker(retrieval)
    return speaker is not None and quotes(context[0], speaker, context)


def _runner_up_first(retrieval: Retrieval, ratio: float, holds: Callable[[Retrieved], bool]) -> Retrieval:
    """The retrieval with the likeliest sentence below the best that ``holds`` what the best lacks put
    first, when it is at least ``ratio`` as likely; else as it was."""
    floor = ratio * retrieval.hits[0].score
    found = next((h for h in retrieval.hits[1:] if h.score >= floor and holds(h)), None)
    return (
        retrieval if found is None else dataclasses.replace(retrieval, hits=_put_first(retrieval.hits, found))
    )


def _holds_all_quoted(retrieval: Retrieval, hit: Retrieved) -> bool:
    """Whether the sentence holds every word the question quotes (none quoted: False)."""
    quoted = retrieval.shape.quoted
    return bool(quoted) and all(holds_quoted(hit.sentence.text, phrase) for phrase in quoted)


def _quoted_first(retrieval: Retrieval) -> Retrieval:
    """For a question who said words it quotes, or whether someone used them ('Who said "This is ethnic
    cleansing"?', 'Did Trump call the deal "flawed"?'), the likeliest sentence holding them ahead of a best
    one that only shares some of them, however it ranks: the exact words tell which sentence is asked
    about. A quoted name asked about otherwise ('the origin of "Huguenot"') is ranked as any word is."""
    shape = retrieval.shape
    asks_the_words = shape.asks_source or asks_of_quoted(retrieval.query.text)
    if not (shape.quoted and asks_the_words) or _holds_all_quoted(retrieval, retrieval.hits[0]):
        return retrieval  # 'What is the theory that this King's name is the origin of "Huguenot" called?'
    return _runner_up_first(retrieval, 0.0, lambda h: _holds_all_quoted(retrieval, h))


def _attributed(by_index: dict[int, Retrieved], hit: Retrieved) -> bool:
    """Whether the sentence gives someone's words rather than the article's own: it names its source, or
    goes on from a sentence that does."""
    return _says_who(hit.sentence.text) or _source_of(by_index, hit) is not None


def _with_source(hit: Retrieved, source: tuple[Mention, Retrieved] | None) -> list[str]:
    """The sentence, and the one before naming its source (``_source_of``) when it goes on from it ('“No one
    is secure ...”' after '“This is a moral issue ...,” ... Ed Royce ... said')."""
    earlier = [source[1].sentence.text] if source and source[1] is not hit else []
    return [*earlier, hit.sentence.text]


def _told_of_someone_else(retrieval: Retrieval, by_index: dict[int, Retrieved], hit: Retrieved) -> bool:
    """For "Was it Molly Reynolds who said ...?", whether the sentence (with the one naming its source)
    never names her and names someone else: "the White House, which said ..."."""
    asked = retrieval.shape.cleft
    if not asked:
        return False
    told = _with_source(hit, _source_of(by_index, hit))
    held = {stem(w) for text in told for w in words(text)}
    return not asked & held and any(names_someone_else(t, retrieval.query.text) for t in told)


def _quoted_lead(retrieval: Retrieval, by_index: dict[int, Retrieved], hit: Retrieved) -> str:
    """For a yes/no question about words it quotes ('Did Trump call the deal "flawed"?', 'Did Ryan use the
    phrase "rug pulled out from under them"?'), the lead whose words they are settles, when the sentence
    holds them: "Yes." when its source is one the question names (or it has none and holds every name the
    question does), "No." when neither it nor the sentence naming its source names them; else ""."""
    if not _holds_all_quoted(retrieval, hit) or not asks_of_quoted(retrieval.query.text):
        return ""
    asked = {stem(w) for w in proper_nouns(QUOTED_IN_QUESTION.sub(" ", retrieval.query.text))}
    source = _source_of(by_index, hit)
    held = {stem(w) for text in _with_source(hit, source) for w in words(text)}
    if source is None:
        return "Yes." if asked <= held else ""
    if asked & {stem(w) for w in words(source[0].text)}:
        return "Yes."
    return "No." if asked and not asked & held else ""


def _told_first(retrieval: Retrieval) -> Retrieval:
    """For a who-question, a likely enough sentence that names the act asked the doer of ahead of a best
    one that does not: "Who does Mandiant advise?" is answered by "a U.S. cybersecurity firm that advises
    companies and government agencies", not by "Charles Carmakal, vice president at Mandiant Consulting".
    Likewise for "What is X?", one that says what X is ahead of one that only uses the term."""
    acts, term = retrieval.shape.doer_acts, retrieval.shape.defined
    best = retrieval.hits[0].sentence.text
    if acts and not names_act(best, acts):
        return _runner_up_first(
            retrieval, COUNTED_RUNNER_UP_RATIO, lambda h: names_act(h.sentence.text, acts)
        )
    if term and defines(best, term) is False:
        return _runner_up_first(
            retrieval, COUNTED_RUNNER_UP_RATIO, lambda h: bool(defines(h.sentence.text, term))
        )
    return retrieval


def _home_untold(retrieval: Retrieval, hit: Retrieved) -> bool:
    """Whether the question asks where someone is from and the sentence does not say it beside their name
    ("Which state is Mike Pompeo from?" against "Pompeo will meet ... in New York"); not for which country,
    which a people's name tells too ("a North Korean four-star general")."""
    shape = retrieval.shape
    return (
        asks_home(shape)
        and not asks_country(shape)
        and not home_told(retrieval.query.text, hit.sentence.text)
    )


def _home_first(retrieval: Retrieval) -> Retrieval:
    """For where someone is from ("Which state is Royce from?"), a likely enough sentence that says so
    ("Ed Royce, a Republican from California") ahead of a best one telling where others are from."""
    if not _home_untold(retrieval, retrieval.hits[0]):
        return retrieval
    return _runner_up_first(retrieval, COUNTED_RUNNER_UP_RATIO, lambda h: not _home_untold(retrieval, h))


def _put_first(hits: tuple[Retrieved, ...], hit: Retrieved) -> tuple[Retrieved, ...]:
    """``hits`` with ``hit`` moved to the front, the others in their order."""
    return (hit, *(h for h in hits if h is not hit))


def _question_words(retrieval: Retrieval, hit: Retrieved) -> set[str]:
    """The question's content stems the sentence holds."""
    return set(retrieval.shape.content).intersection(content_stems(hit.sentence.text))


def _joined(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _in_a_sentence(name: str) -> str:
    """A name or source as it reads inside the answer: "the court" for "The court" opening a sentence."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in ARTICLES else name


def _article_span(hit: Retrieved, mention: Mention) -> tuple[int, int]:
    """Where, in the article, the name the sentence holds sits."""
    return hit.sentence.start + mention.start, hit.sentence.start + mention.end


def _standing_in(sentence: str) -> str:
    """How a sentence refers to the one named before: its pronoun ("“he”" of "..., he said", "“He”" of "He
    has pleaded not guilty"), else "going on" for a quote running on."""
    said_by = PRONOUN_ATTRIBUTION.search(sentence)
    if said_by:
        return f"“{said_by['before'] or said_by['after']}”"
    opening = sentence.split()[:1]
    return f"“{opening[0]}”" if opening and opening[0].lower() in SPEAKER_PRONOUNS else "going on"


def _only_cited(retrieval: Retrieval, cited: dict[int, Citation]) -> Retrieval:
    """The retrieval with only the cited sentences: a list of the article's people reads every sentence, and
    the rest were not retrieved for their relevance."""
    return dataclasses.replace(retrieval, hits=tuple(h for h in retrieval.hits if h.sentence.index in cited))


GOING_ON_REACH = 3
"""How many sentences a quote may run on, or "he said" look back, for whom they stand for."""


def _source_of(by_index: dict[int, Retrieved], hit: Retrieved) -> tuple[Mention, Retrieved] | None:
    """Whom the sentence is attributed to, and the sentence naming them: its own source; or, for a sentence
    going on from the one before ("The opening may be short-lived, he said.", a quote running on), that
    one's source, else the person it names last or opens with."""
    found = sources(hit.sentence.text)
    if found:
        return found[0], hit
    for _ in range(GOING_ON_REACH):
        before = by_index.get(hit.sentence.index - 1)
        if before is None or not continues_previous(hit.sentence.text, before.sentence.text):
            return None
        found = sources(before.sentence.text)
        if found:
            return found[0], before
        named = people_named(before.sentence.text) or opening_name(before.sentence.text)
        if named:
            return max(named, key=lambda m: m.start), before
        hit = before
    return None


def _quoted_from_someone_else(
    by_index: dict[int, Retrieved], hit: Retrieved, speaker: Speaker, context: list[str]
) -> bool:
    """Whether the sentence goes on with the words of someone before it who is not the asked speaker: "What
    did the Rohingya refugees say?" is not answered by '“At least 200 villages have been burned ...' after
    '“Hundreds have been killed,” Royce said'. A quote running on may name its source where it closes."""
    if not hit.sentence.text.lstrip().startswith(OPENING_QUOTE):
        return False  # "He told investigators ...": whom "he" stands for is read elsewhere
    if open_quote(hit.sentence.text):
        for index in range(hit.sentence.index + 1, hit.sentence.index + 1 + GOING_ON_REACH):
            after = by_index.get(index)
            if after is not None and closes_quote(after.sentence.text):
                if sources(after.sentence.text):
                    return _sourced_elsewhere(after.sentence.text, speaker, context)
                break
    source = _source_of(by_index, hit)
    return (
        source is not None
        and source[1] is not hit
        and _sourced_elsewhere(source[1].sentence.text, speaker, context)
    )


def _sourced_elsewhere(sentence: str, speaker: Speaker, context: list[str]) -> bool:
    """Whether the sentence names sources and never the asked speaker: no word of how the question names
    them ("United States attorneys" for "the former U.S. attorneys"; "Jerome Wesevich, an attorney" for "the
    parents' attorney"), nor a source ``quotes`` takes for them."""
    asked = speaker.head | speaker.names
    return (
        bool(sources(sentence))
        and not asked & set(content_stems(sentence))
        and not quotes(sentence, dataclasses.replace(speaker, owner=frozenset()), context)
    )


def _said_by(by_index: dict[int, Retrieved], hit: Retrieved, speaker: Speaker, context: list[str]) -> bool:
    """Whether the sentence gives the speaker's words: its source is them, or it quotes or attributes by
    pronoun going on from a sentence whose source is them ('“…,” he wrote.')."""
    source = _source_of(by_index, hit)
    if source is None:
        return False
    text = hit.sentence.text
    voiced = source[1] is hit or ATTRIBUTION.search(text) is not None or any(q in text for q in OPENING_QUOTE)
    return voiced and quotes(source[1].sentence.text, speaker, context)


class Answerer(Protocol):
    """Turns ranked evidence into an answer whose every claim is cited."""

    def answer(self, retrieval: Retrieval) -> Answer:
        """Compose the answer for one retrieval."""
        ...


class ExtractiveAnswerer:
    """Quotes the best supporting sentences; decides yes/no from negation; abstains on weak evidence."""

    def __init__(self, settings: AnsweringSettings) -> None:
        self._settings = settings

    def answer(self, retrieval: Retrieval) -> Answer:
        """Compose the answer for one retrieval."""
        started = time.perf_counter()
        if retrieval.shape.next_asked:
            return self._next_steps(retrieval, started)
        if retrieval.shape.small_talk or retrieval.shape.in_article_order:
            return self._unranked(retrieval, started)
        query = retrieval.query
        own_words = query.own_words
        asked_order = order_question(own_words, retrieval.shape.yes_no)
        asked_span = span_question(own_words)
        settled = (
            (asked_order and settle_order(asked_order, retrieval.hits, query.previous))
            or (asked_span and settle_span(asked_span, retrieval.hits, query.previous))
            or settle_length(own_words, retrieval.hits, query.previous)
            or settle_ages(query.text, retrieval.hits)
            or settle_party(query.text, retrieval.hits)
            or settle_tally(query.question, retrieval.shape.yes_no, retrieval.hits, query.previous)
            or settle_listed(query.question, retrieval.hits, query.previous)
        )
        if settled:
            return self._settled(settled, retrieval, started)
        typed = self._asked_value_first(retrieval) if retrieval.hits else None
        if typed is None or retrieval.answerable < self._floor(typed):
            return self._finish(ABSTAIN_TEXT, (), True, retrieval, started)
        retrieval = typed
        chosen = _with_reason_after(retrieval, self._supporting(retrieval))
        if (
            _swaps_a_term(retrieval, chosen)
            or _misses_asked_rank(retrieval, chosen)
            or quotes_someone_else(retrieval.query.text, [h.sentence.text for h in chosen])
        ):
            return self._finish(ABSTAIN_TEXT, (), True, retrieval, started)
        lead = self._yes_no_lead(retrieval, chosen) if retrieval.shape.yes_no else ""
        if (
            (retrieval.answerable < self._settings.abstain_threshold and lead == INDIRECT_LEAD)
            or (lead in ("Yes.", "No.", INDIRECT_LEAD) and _reaction_unreported(retrieval, chosen))
            or (
                lead in ("Yes.", INDIRECT_LEAD)
                and stance_untold(query.text, " ".join(h.sentence.text for h in chosen))
            )
            or _told_unsettled(retrieval, lead, chosen[0])
            or _compares_untold(retrieval, asked_order, asked_span, lead, chosen)
            or (lead in ("Yes.", INDIRECT_LEAD) and share_untold(query.text, chosen[0].sentence.text))
            or outcome_untold(query.text, " ".join(hit.sentence.text for hit in chosen))
            or _repeats_last_answer(retrieval, chosen)
        ):  # "Did most of the prosecutors serve in border states?" against "the majority of Americans"
            return self._finish(ABSTAIN_TEXT, (), True, retrieval, started)
        return self._cited(lead, chosen, retrieval, started)

    def _next_steps(self, retrieval: Retrieval, started: float) -> Answer:
        """The answer to "What happens next?": the first sentence that tells something still to come ("will
        meet later this week", "could eventually include a sanctions bill"), in the article's order, or for
        a question about something ("What's next for the bill?") the best ranked one that names it. "What is
        the next step for it?" is about what the conversation was about: the sentence shares at least two of
        its words. None such: the article does not say."""
        topic = retrieval.shape.topic_of_next
        context = set(content_stems(retrieval.query.context))
        refers_back = bool(context) and not topic and not THING_PRONOUNS.isdisjoint(retrieval.shape.words)

        def about_it(hit: Retrieved) -> bool:
            said = set(content_stems(hit.sentence.text))
            if topic:
                return bool(topic & said)
            return not refers_back or len(context & said) >= NEXT_CONTEXT_WORDS

        upcoming = [h for h in retrieval.hits if tells_upcoming(h.sentence.text) and about_it(h)]
        if not upcoming:
            return self._finish(ABSTAIN_TEXT, (), True, retrieval, started)
        return self._cited("", upcoming[:1], retrieval, started)

    def _unranked(self, retrieval: Retrieval, started: float) -> Answer:
        """The answer to a message that ranking does not answer: a short reply to small talk, and for "What
        is this article about?" or "Tell me more" the passage read off the article in order (one sentence,
        or two when the first is short), or word that the article ends there."""
        if retrieval.shape.small_talk:
            reply = GREETING_TEXT if retrieval.shape.small_talk == GREETING else THANKS_TEXT
            return self._finish(reply, (), True, dataclasses.replace(retrieval, hits=()), started)
        if recalls(retrieval.shape, retrieval.query):
            if not retrieval.hits:
                return self._finish(NOTHING_TO_RECALL_TEXT, (), True, retrieval, started)
            if retrieval.shape.recall == WHERE_SAID:
                return self._cited("", list(retrieval.hits), retrieval, started)
            return self._attributed(retrieval, started)
        if retrieval.shape.roster:
            return self._roster(retrieval, started)
        if retrieval.shape.more_said:
            return self._more_said(retrieval, started)
        if not retrieval.hits:
            return self._finish(ARTICLE_END_TEXT, (), True, retrieval, started)
        first_long = len(words(retrieval.hits[0].sentence.text)) >= PASSAGE_WORDS
        return self._cited("", list(retrieval.hits[: 1 if first_long else 2]), retrieval, started)

    def _roster(self, retrieval: Retrieval, started: float) -> Answer:
        """The people the article names, or the sources it quotes, in the order they come in, each once and
        cited where it first appears, with the name marked there: "The article names Gen. Qasem Soleimani
        [1], Mike Pompeo [2], ...". "Which senators are quoted?" lists only the sources it calls senators."""
        people = retrieval.shape.roster == PEOPLE
        kind = roster_kind(retrieval.query.text)
        entries: list[tuple[Mention, Retrieved]] = []
        seen: set[str] = set()
        for hit in retrieval.hits:
            for mention in people_named(hit.sentence.text) if people else sources(hit.sentence.text):
                if kind and not _of_kind(hit.sentence.text, mention, kind):
                    continue
                if mention.key not in seen:
                    seen.add(mention.key)
                    entries.append((mention, hit))
        if not entries:
            text = ABSTAIN_TEXT if kind else NO_PEOPLE_TEXT if people else NO_SOURCES_TEXT
            return self._finish(text, (), True, retrieval, started)
        shown = entries[:ROSTER_MOST]
        numbers: dict[int, Citation] = {}
        for mention, hit in shown:
            if hit.sentence.index not in numbers:
                span = _article_span(hit, mention)
                numbers[hit.sentence.index] = Citation(len(numbers) + 1, hit.sentence, hit.score, span)
        named = _joined([f"{_in_a_sentence(m.text)} [{numbers[h.sentence.index].number}]" for m, h in shown])
        verb = "names" if people else "quotes"
        count = (
            f"{len(entries)} {'people' if people else 'sources'}; the first {ROSTER_MOST}: "
            if len(entries) > ROSTER_MOST
            else ""
        )
        text = f"The article {verb} {count}{named}."
        return self._finish(text, tuple(numbers.values()), False, _only_cited(retrieval, numbers), started)

    def _more_said(self, retrieval: Retrieval, started: float) -> Answer:
        """More of someone's words ("What else did he say?", "Did Comey say anything else?"): the first
        sentence of theirs after the last answer's, else the nearest one before it; "Yes." opens the answer
        to a yes/no question. Their next words usually go on from the last answer ('“People of good faith
        can see an unprecedented situation,” he wrote.'), which shares no word with the question."""
        speaker = retrieval.shape.speaker
        previous = retrieval.query.previous
        by_index = _by_index(retrieval)
        context = [h.sentence.text for h in retrieval.hits]
        theirs = [
            h
            for h in retrieval.hits
            if h.sentence.index not in previous and speaker and _said_by(by_index, h, speaker, context)
        ]
        after = [h for h in theirs if h.sentence.index > max(previous, default=-1)]
        before = [h for h in theirs if h.sentence.index < min(previous, default=len(by_index))]
        chosen = after[:1] or before[-1:]
        if not chosen:
            return self._finish(ABSTAIN_TEXT, (), True, dataclasses.replace(retrieval, hits=()), started)
        return self._cited("Yes." if retrieval.shape.yes_no else "", chosen, retrieval, started)

    def _attributed(self, retrieval: Retrieval, started: float) -> Answer:
        """Who the last answer's sentences are attributed to: "That is attributed to the source [1] and
        President Donald Trump [2]."; a sentence that goes on from the one before ("he said", a quote running
        on) is attributed as that one is, which is cited too; a sentence attributed to no one is the
        article's own statement."""
        citations: dict[int, Citation] = {}

        def cite(hit: Retrieved, mention: Mention | None = None) -> str:
            if hit.sentence.index not in citations:
                span = _article_span(hit, mention) if mention else None
                citations[hit.sentence.index] = Citation(len(citations) + 1, hit.sentence, hit.score, span)
            return f"[{citations[hit.sentence.index].number}]"

        speakers: dict[str, list[str]] = {}  # who -> how the answer names them, then their citation marks
        own: list[str] = []
        by_index = _by_index(retrieval)
        for hit in retrieval.hits:
            if hit.sentence.index not in retrieval.query.previous:
                continue
            source = _source_of(by_index, hit)
            if source is None:
                own.append(cite(hit))
                continue
            mention, named_in = source
            marks = [cite(named_in, mention)]
            if named_in is not hit:
                marks.append(f"({_standing_in(hit.sentence.text)} in {cite(hit)})")
            entry = speakers.setdefault(mention.key, [_in_a_sentence(mention.text)])
            entry.extend(m for m in marks if m not in entry)
        parts = (
            [f"That is attributed to {_joined([' '.join(e) for e in speakers.values()])}."]
            if speakers
            else []
        )
        if own:
            them = "it" if len(own) == 1 else "them"
            parts.append(f"The article states {_joined(own)} itself, attributing {them} to no one.")
        return self._finish(
            " ".join(parts), tuple(citations.values()), False, _only_cited(retrieval, citations), started
        )

    def _settled(self, settled: Settled, retrieval: Retrieval, started: float) -> Answer:
        """The answer to a question the article's times, ages, tallies or lists settle: the lead, then the
        sentences that date the two events, give the two ages, the tally or the list, the earlier or younger
        first, each with what it gives marked and quoted in the clauses that hold it."""
        spans: dict[int, list[tuple[int, int]]] = {}
        hits: dict[int, Retrieved] = {}
        for found in settled.found:
            hits.setdefault(found.hit.sentence.index, found.hit)
            spans.setdefault(found.hit.sentence.index, []).append(found.span)
        citations = tuple(
            Citation(n, hit.sentence, hit.score, spans[index][0])
            for n, (index, hit) in enumerate(hits.items(), start=1)
        )
        quoted = []
        for citation in citations:
            offset = citation.sentence.start
            clauses = _clauses(citation.sentence.text)
            keep = {
                i
                for i, (a, b) in enumerate(clauses)
                for start, end in spans[citation.sentence.index]
                if a < end - offset and b > start - offset
            }
            quoted.append(f"{self._quoted(retrieval, citation, keep)} [{citation.number}]")
        return self._finish(f"{settled.lead} {' '.join(quoted)}", citations, False, retrieval, started)

    def _cited(self, lead: str, chosen: list[Retrieved], retrieval: Retrieval, started: float) -> Answer:
        """The answer quoting the chosen sentences, each with its citation marker, after the lead."""
        citations = tuple(
            Citation(n, h.sentence, h.score, self._answer_span(retrieval, h) if n == 1 else None)
            for n, h in enumerate(chosen, start=1)
        )
        body = " ".join(f"{self._quoted(retrieval, c)} [{c.number}]" for c in citations)
        return self._finish(f"{lead} {body}".strip(), citations, False, retrieval, started)

    def _floor(self, retrieval: Retrieval) -> float:
        """The least answerable probability worth composing an answer for. The answerable model, fitted on
        questions that ask for a phrase (SQuAD, QuAIL), underrates some kinds of question, which may go
        below the threshold when the evidence settles them: a yes/no question, then answered only with a
        plain Yes or No ("Was a peace treaty ever signed?" against "no peace treaty has ever been signed");
        one asking whom someone told, when the best sentence names them ("Which news outlet did the fellow
        speak to?" against "… Reynolds told VOA"); one asking what a short name stands for, when the best
        sentence spells it out ("Deferred Action on Childhood Arrivals (DACA)"); a follow-up about the
        person of the conversation, when the best sentence names them (``_about_referent``); how someone
        reacted, when the best sentence reports them speaking ("What was the reaction from a spokesman for
        Myanmar's leader?" against "A spokesman for Myanmar's leader told the Reuters news service"); a
        count of those who met a fate, when the best sentence says none did ("How many people died?"
        against "caused no casualties"); an elliptic follow-up asking for a value the last answer's
        sentence holds ("What day was that?"). A question whether someone told a detail is answered at any
        probability when one of the best few sentences says it was kept back (``_told_kept_back``), and so
        is a yes/no question bounding a figure when the best sentence gives that figure of what it asks
        about ("Was the review shorter than 200 pages?" against "his 500-page review"), or asking whether
        someone is from a place when it tells where they are from ("Is he from Illinois?" against "Paul Ryan
        of Wisconsin"), or about words it quotes when the best sentence holds them as written and tells whose
        they are ('Did McConnell call it "a disgrace"?' against '“This is a disgrace,” Senator Jane Holt
        said'), or whether the one it names did something when the best sentence tells the act of someone
        else ("Was it the Obama administration that rescinded DACA?" against "The Trump administration
        rescinded the policy"). A question how someone did something needs more when the best sentence never
        mentions the act ("How did officials enforce the policy?" against "when officials announced a 'zero
        tolerance policy'") or only says it happened ("abused by her husband" for "How was she abused by her
        husband?"): the untold-act threshold."""
        best = retrieval.hits[0]
        if retrieval.shape.yes_no and (
            settles_amount(retrieval.query.text, best.sentence.text)
            or settles_home(retrieval.query.text, best.sentence.text)
        ):
            return 0.0
        by_index = _by_index(retrieval)
        if (retrieval.shape.yes_no and _quoted_lead(retrieval, by_index, best)) or (
            retrieval.shape.asks_source and _holds_all_quoted(retrieval, best) and _attributed(by_index, best)
        ):
            return 0.0  # the quoted words, found as written, and whose they are settle it
        # "Was it the Obama administration that rescinded DACA?" against "The Trump administration rescinded"
        told_act = names_act(best.sentence.text, retrieval.shape.doer_acts)
        if retrieval.shape.cleft and told_act and _told_of_someone_else(retrieval, by_index, best):
            return 0.0
        if retrieval.shape.acts and not tells_act(
            best.sentence.text, retrieval.shape.acts, _asked(retrieval)
        ):
            return max(self._settings.untold_act_threshold, self._settings.abstain_threshold)
        if refusal_untold(retrieval.query.text, best.sentence.text):
            return 1.0
        if retrieval.shape.defined and defines(best.sentence.text, retrieval.shape.defined) is False:
            return 1.0  # it only uses the term: "seeking protection under the Convention Against Torture"
        if (
            retrieval.shape.doer_acts
            and not retrieval.shape.yes_no  # "Was it one of her texts that prompted ...?" asks what
            and not names_act(best.sentence.text, retrieval.shape.doer_acts)
            and not names_agent(best.sentence.text, retrieval.query.text)
        ):
            return max(self._settings.untold_act_threshold, self._settings.abstain_threshold)
        if retrieval.shape.timed_acts and not tells_time_of(
            best.sentence.text, retrieval.query.text, retrieval.shape.timed_acts
        ):
            return max(self._settings.untold_time_threshold, self._settings.abstain_threshold)
        named = (retrieval.shape.addressee or bool(retrieval.shape.acronym)) and _holds_asked_phrase(best)
        none_met = retrieval.shape.answer_type is AnswerType.NUMBER and tells_no_one_met_fate(
            best.sentence.text, retrieval.shape.words
        )
        if (
            retrieval.shape.yes_no
            or named
            or none_met
            or _about_referent(retrieval)
            or _speaker_quoted(retrieval)
            or (bool(retrieval.shape.reactor) and attributes_to(best.sentence.text, retrieval.shape.reactor))
            or _value_of_last_answer(retrieval)
            or _tells_unshown_outcome(retrieval, best)
        ):
            if _told_kept_back(retrieval):
                return 0.0
            return min(self._settings.settled_threshold, self._settings.abstain_threshold)
        return self._settings.abstain_threshold

    def _asked_value_first(self, retrieval: Retrieval) -> Retrieval | None:
        """The retrieval with a sentence that holds the asked-for value first, or None when no likely one
        does or the best one says it is not told. "Which White House official traveled to Singapore?" ranks
        "a White House official confirmed" first; "White House deputy chief of staff Joe Hagin ... flew Sunday
        to Singapore" answers it."""
        if _withheld(retrieval):
            return None
        retrieval = _home_first(_quoted_first(retrieval))
        if not self._lacks_asked_value(retrieval):
            return self._placed_first(self._dated_first(self._counted_first(_told_first(retrieval))))
        # "What day was that?": the last answer's sentence, however low it ranks; not for a name or place,
        # which it may hold of something else ("Which city?" against "officials in Washington and Tokyo")
        shown = _shown_with_value(retrieval) if retrieval.shape.answer_type in VALUE_TYPES else None
        for hit in ([shown] if shown else []) + list(retrieval.hits[1:]):
            if hit is not shown and hit.score < TYPED_RUNNER_UP_FLOOR:
                return None
            reordered = dataclasses.replace(retrieval, hits=_put_first(retrieval.hits, hit))
            if not self._lacks_asked_value(reordered):
                return reordered
        return None

    def _dated_first(self, retrieval: Retrieval) -> Retrieval:
        """For "when", a nearly as likely sentence that names the day, month or year ahead of a best one
        that only says "later": "And when did Trump tweet about it?" is answered by "the president tweeted
        early Friday" more than by "Later, Trump tweeted"."""
        shape, best = retrieval.shape, retrieval.hits[0]
        if shape.answer_type is not AnswerType.DATE or shape.unit or names_a_time(best.sentence.text, shape):
            return retrieval
        return _runner_up_first(
            retrieval, self._settings.support_ratio, lambda h: names_a_time(h.sentence.text, shape)
        )

    @staticmethod
    def _placed_first(retrieval: Retrieval) -> Retrieval:
        """For where someone spoke ("Where did Demers speak about cyberthreats?"), a likely enough sentence
        that places their words ("Speaking at a cyberthreat intelligence forum in Washington, Demers
        warned") ahead of a best one that names other places ("cyberthreats posed by foreign countries,
        from Russia to China, the division head said Thursday")."""
        best = retrieval.hits[0]
        if not WHERE_SPOKEN.match(retrieval.query.text) or tells_where_said(best.sentence.text):
            return retrieval
        return _runner_up_first(
            retrieval, COUNTED_RUNNER_UP_RATIO, lambda h: tells_where_said(h.sentence.text)
        )

    @staticmethod
    def _counted_first(retrieval: Retrieval) -> Retrieval:
        """For a count, a length, a tally or a kind of date, a nearly as likely sentence that gives it ahead
        of a best one that only holds some other number: "How many pages long is the report?" is answered
        by "The nearly 600-page report", not by "In one particularly inflammatory message". Likewise for
        what a short name stands for: "DACA (Deferred Action on Childhood Arrivals)" ahead of a sentence
        that only uses "DACA"."""
        best = retrieval.hits[0]
        if not (retrieval.shape.unit or retrieval.shape.acronym) or _holds_asked_phrase(best):
            return retrieval
        # the words a short name stands for answer it however the sentence ranks
        ratio = 0.0 if retrieval.shape.acronym else COUNTED_RUNNER_UP_RATIO
        return _runner_up_first(retrieval, ratio, _holds_asked_phrase)

    @staticmethod
    def _lacks_asked_value(retrieval: Retrieval) -> bool:
        """Whether the question wants a sum, an age, a day, a clock time, a count ("How many missiles did Iran
        fire?" against "Iran fired the missiles into vacant areas"), an amount ("By how much?" against "shares
        plummeted"), someone's name ("What are the names of the parents?") or someone's response ("How did Kim
        respond?") that the best sentence does not hold: quoting "three parents sued" would not answer it, so
        the article leaves that open. "Which agency said ...?" is answered by "the border agency said ...", so
        a question about a thing is left to the answerable model, unless the best sentence only counts them
        ("two courts have acted" for "Which courts ...?"). "How long has he held that job?" wants a tenure
        ("since 2012", "for two decades"), not the length of something else; "Which country ...?" a sentence
        naming a country or its people, "Which city ...?" one naming a place that is no country or state,
        "What year ...?" a year ("2012", "the 1990s"; not "on Thursday" or "last year"). "Who is sponsoring
        that legislation?" is not answered by a sentence naming only people the conversation has named
        already. "What did Iran's supreme leader say?" is not answered by someone else's words, "Who reported
        the figure?" not by a claim the sentence attributes to no one, "Did he say anything about the letter?"
        not by his words on something else."""
        shape = retrieval.shape
        asks_name = shape.focus is not None and (
            shape.answer_type in (AnswerType.NAME, AnswerType.PERSON) or shape.focus in PERSON_ROLE_STEMS
        )
        asks_count = (
            shape.answer_type is AnswerType.NUMBER and bool(shape.unit) and shape.unit != LENGTH_UNITS
        )
        asks_date = shape.answer_type is AnswerType.DATE
        asks_amount = shape.answer_type is AnswerType.NUMBER and not shape.unit
        asks_value = (
            bool(STRICT_UNITS.intersection(shape.unit))
            or asks_name
            or asks_count
            or asks_date
            or asks_amount
            or (bool(shape.reactor) and not _speaker_quoted(retrieval))
            or bool(shape.manner)
            or asks_home(shape)
            or asks_where_spoken(shape)
        )
        best = retrieval.hits[0]
        if asks_value and best.signals.get("type_match", 0.0) < 0:
            return True
        if asks_tenure(shape) and not states_tenure(best.sentence.text):
            return True
        if shape.answer_type is AnswerType.PERSON and doer_untold(best.sentence.text, shape):
            return True  # "Who brokered the deal?" against "a deal brokered at the last minute"
        if asks_country(shape) and not names_country_besides(best.sentence.text, _asked(retrieval)):
            return True
        if _home_untold(retrieval, best):
            return True  # "Which state is Mike Pompeo from?" against "Ed Royce, a Republican from California"
        if asks_city(shape) and not names_city(best.sentence.text):
            return True
        within = place_asked_within(retrieval.query.text)
        if (
            within
            and best.signals.get("type_match", 0.0) < 1
            and within <= set(content_stems(best.sentence.text))
        ):
            return True  # "Where in New York ...?" against "... in New York for talks"
        if YEAR in shape.unit and not gives_year(best.sentence.text):
            return True
        if asks_date and not shape.unit and times_by_asked_event(best.sentence.text, shape):
            return True
        if asks_date and event_untold(
            best.sentence.text, shape, [h.sentence.text for h in retrieval.hits[1:]]
        ):
            return True  # "On what day will they meet?" against "departed Beijing ... Tuesday"
        if shape.answer_type is AnswerType.REASON and _only_restates(retrieval, best):
            return True
        if not shape.yes_no and _names_no_other(retrieval, best):
            return True  # "Besides the U.S.-Mexico border, which other borders ...?"
        if leaves_unspecified(retrieval.query.text, best.sentence.text):
            return True  # "What specific barriers does she mean?" against "created barriers to research"
        if retrieval.query.context and not _names_someone_new(retrieval, best):
            return True
        speaker = _asked_speaker(retrieval)
        context = [h.sentence.text for h in retrieval.hits]
        by_index = _by_index(retrieval)
        if speaker and (
            not spoken_by(best.sentence.text, speaker, context)
            or _quoted_from_someone_else(by_index, best, speaker, context)
        ):
            return True
        if shape.speaker and asks_exact_words(retrieval.query.text) and not gives_words(best.sentence.text):
            return True  # "What exactly did Trump say when he ordered it?" against "Trump ordered an end to"
        if shape.asks_source and not _attributed(by_index, best):
            return True
        topic = asked_topic(retrieval.query.text)
        if topic and (
            not topic & set(content_stems(best.sentence.text))
            or (shape.speaker and not spoken_by(best.sentence.text, shape.speaker, [best.sentence.text]))
        ):
            return True  # "Did he say anything about the letter?": his words on the letter, not others'
        return shape.focus is not None and names_no_member(best.sentence.text, shape.focus, _asked(retrieval))

    def _supporting(self, retrieval: Retrieval) -> list[Retrieved]:
        """The best sentence, plus nearly-as-likely ones that cover question words it misses, unless they
        lack the asked-for kind of phrase."""
        if retrieval.shape.yes_no:
            return self._corroborating(retrieval)
        hits = self._new_first(retrieval)
        best = hits[0]
        chosen = [best]
        if _holds_asked_phrase(best) and (
            retrieval.shape.unit or retrieval.shape.answer_type is not AnswerType.NUMBER
        ):
            return self._each_item(retrieval, hits, chosen)
        covered = _question_words(retrieval, best)
        for hit in hits[1:]:
            if (
                len(chosen) >= self._settings.max_citations
                or hit.score < self._settings.support_ratio * best.score
            ):
                break
            adds = _question_words(retrieval, hit) - covered
            if adds and hit.signals.get("type_match", 0.0) >= 0:  # "an official said" adds no name
                chosen.append(hit)
                covered |= adds
        return _whole_quote(retrieval, _source_cited(retrieval, self._each_item(retrieval, hits, chosen)))

    def _each_item(
        self, retrieval: Retrieval, hits: tuple[Retrieved, ...], chosen: list[Retrieved]
    ) -> list[Retrieved]:
        """For a question about several things of a kind ("What did Trump say in his two tweets?", "What did
        both senators say?"), one sentence for each when the chosen ones tell fewer: the likeliest others
        that name the kind ("the president tweeted early Friday" beside "Later, Trump tweeted ...")."""
        items = asked_items(retrieval.query.text)
        if items is None:
            return chosen
        count, kind = items

        def told(hit: Retrieved) -> int:
            return sum(stem(w) == kind for w in words(hit.sentence.text))

        floor = ITEM_SUPPORT_RATIO * chosen[0].score
        for hit in hits:
            if sum(told(h) for h in chosen) >= count or len(chosen) >= self._settings.max_citations:
                break
            if hit not in chosen and hit.score >= floor and told(hit):
                chosen.append(hit)
        return chosen

    def _new_first(self, retrieval: Retrieval) -> tuple[Retrieved, ...]:
        """In a follow-up, lead with a sentence the user has not just been shown, when it is nearly as likely.

        The previous answer's sentence is where the conversation stands ("what did that do to oil
        production?" after the September strikes); the sentence after it usually holds the new fact. But when
        it holds the asked-for date, number or name ("And when did that happen?" after "Chad" against "Chad
        ... was dropped in April"), it answers the follow-up itself.
        """
        hits = retrieval.hits
        previous = retrieval.query.previous
        if hits[0].sentence.index not in previous and retrieval.query.elliptic:
            shown = _shown_with_value(retrieval)  # "And when did it announce that?"
            return hits if shown is None else _put_first(hits, shown)
        if (
            hits[0].sentence.index not in previous
            or (_holds_asked_phrase(hits[0]) and _names_someone_new(retrieval, hits[0]))
            or _tells_unshown_outcome(retrieval, hits[0])
        ):
            return hits
        floor = self._settings.support_ratio * hits[0].score
        fresh = next((h for h in hits if h.sentence.index not in previous and h.score >= floor), None)
        if fresh is None:
            return hits
        return _put_first(hits, fresh)

    @staticmethod
    def _quoted(retrieval: Retrieval, citation: Citation, keep: set[int] | None = None) -> str:
        """The cited sentence, or, for a long one, only its clauses that hold the asked-for phrase, the words
        the question asks about and who said it, with "…" where clauses are left out: "How many families
        were reunited?" needs "… CBP said it had reunited about 500 families …", not the rest. ``keep``, when
        given, names the clauses to quote instead."""
        text = citation.sentence.text
        if len(words(text)) <= LONG_ANSWER_WORDS or retrieval.shape.in_article_order:
            return text
        clauses = _clauses(text)
        keep = _answering_clauses(retrieval, citation, clauses) if keep is None else keep
        if not keep:
            return text
        attributions = [i for i, (start, end) in enumerate(clauses) if attributes_claim(text[start:end])]
        if attributions and not keep.intersection(attributions):
            keep.add(min(attributions, key=lambda i: min(abs(i - k) for k in keep)))
        kept = sum(len(words(text[clauses[i][0] : clauses[i][1]])) for i in keep)
        if kept > len(words(text)) - MIN_WORDS_LEFT_OUT:
            return text
        runs: list[list[int]] = []  # [first, last] of each stretch of kept clauses
        for i in sorted(keep):
            if runs and runs[-1][1] == i - 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
        pieces = [text[clauses[a][0] : clauses[b][1]] for a, b in runs]
        first, last = min(keep), max(keep)
        return f"{'… ' if first > 0 else ''}{' … '.join(pieces)}{' …' if last < len(clauses) - 1 else ''}"

    @staticmethod
    def _answer_span(retrieval: Retrieval, hit: Retrieved) -> tuple[int, int] | None:
        """Where, in the article, the asked-for number, date, name or place sits in the cited sentence."""
        span = answer_phrase(hit.sentence.text, retrieval.shape.answer_type, _asked(retrieval))
        if span is None:
            return None
        return hit.sentence.start + span[0], hit.sentence.start + span[1]

    def _corroborating(self, retrieval: Retrieval) -> list[Retrieved]:
        """For a yes/no question: the decisive sentence, plus statements that reach the same verdict.

        A corroborating sentence may share no word with the question ("did not kill or wound any troops"
        for "were there casualties?"), so meaning counts too: it qualifies when it is as close to the
        question as the decisive one, not only when the fitted score rates it highly.
        """
        hits = retrieval.hits
        if not _holds_all_quoted(retrieval, hits[0]):  # the quoted words tell which sentence is asked about
            hits = self._decisive_first(hits, retrieval.query.text)
        best = hits[0]
        question = retrieval.query.text
        verdict = contradicts(question, best.sentence.text)
        chosen = [best]
        for hit in hits[1:]:
            if len(chosen) >= self._settings.max_citations:
                break
            close = hit.score >= self._settings.support_ratio * best.score or hit.dense >= best.dense
            repeats = best.sentence.text.rstrip(".") in hit.sentence.text  # the article saying it twice
            if (
                close
                and not repeats
                and not is_hypothetical(hit.sentence.text)
                and contradicts(question, hit.sentence.text) == verdict
            ):
                chosen.append(hit)
        return chosen

    def _decisive_first(self, hits: tuple[Retrieved, ...], question: str) -> tuple[Retrieved, ...]:
        """Among the strong candidates, put one that denies the very claim asked about first ("declined to
        say when the Senate would take it up"), then statements of fact before talk of what could have
        happened, and one that says no in so many words (an opposite of a question word, a negated main
        clause) first among those.

        "The potential for mass casualties was real" is on topic but settles nothing; "caused no
        casualties" settles a yes/no question, and so does "a budget agreement that excluded them" for "Did
        the budget agreement include the Dreamers?", more than "the budget deal left the Dreamers in limbo";
        "their situation had not changed" settles "Has their situation improved?" more than the lede.
        """
        if asked_topic(question):
            return hits  # "Did he say anything about the letter?": his words on it, however hedged
        floor = self._settings.support_ratio * hits[0].score
        strong = [h for h in hits if h.score >= floor]
        weak = [h for h in hits if h.score < floor]
        # a sentence denying the very claim asked about settles it, however weakly it matches otherwise
        refuting = next((h for h in weak if refutes(question, h.sentence.text)), None)
        if refuting is not None:
            strong.append(refuting)
            weak.remove(refuting)
        # stable: keeps score order within groups
        strong.sort(
            key=lambda h: (
                not refutes(question, h.sentence.text),
                is_hypothetical(h.sentence.text),
                not states_no(question, h.sentence.text),
            )
        )
        return (*strong, *weak)

    def _yes_no_lead(self, retrieval: Retrieval, chosen: list[Retrieved]) -> str:
        """ "No." when the evidence negates or opposes the question, "Yes." when it matches every word of it;
        for an either-or question, the choice the evidence names ("Pompeo." for "Was it Pompeo or Trump?").

        When some question word has no counterpart in the evidence or the sentence before it (where a
        quote's speaker is often named), or the evidence says it is unclear, the answer says so instead of
        guessing ("Is O'Hanlon an Iranian official?" against "O'Hanlon, a military analyst"; "Will they
        meet?" against "It is unclear when or where they will meet").

        Whose words or deed it is decides before that: "Does the article report as fact …?" is "No." when
        the sentence names a source, "Yes." when it names none; 'Did Trump call the deal "flawed"?' goes by
        whose the quoted words are (``_quoted_lead``); "Was it Molly Reynolds who said …?" is "No." when the
        sentence never names her and names someone else.
        """
        best = chosen[0]
        if retrieval.shape.alternatives:
            alternatives = retrieval.shape.alternatives
            anchors = choice_anchors(retrieval.query.text, alternatives)
            told = told_alternative(alternatives, best.sentence.text, anchors)
            return as_lead(told.phrase) if told else INDIRECT_LEAD
        by_index = _by_index(retrieval)
        if retrieval.shape.article_own:
            return "No." if _attributed(by_index, best) else "Yes."
        quoted = _quoted_lead(retrieval, by_index, best)
        if quoted:
            return quoted
        if _told_of_someone_else(retrieval, by_index, best):
            return "No."
        if names_counterpart(retrieval.query.text, best.sentence.text):
            return INDIRECT_LEAD  # "Has the Senate voted?" against "The House ... passing a resolution"
        if stance_disputed(retrieval.query.text, best.sentence.text) or contradicts(
            retrieval.query.text, best.sentence.text
        ):
            return "No."
        speaker, text = retrieval.shape.speaker, best.sentence.text
        if speaker and asked_topic(retrieval.query.text) and spoken_by(text, speaker, [text]):
            return "Yes."  # "Did she say anything about the Democrats?": their words on it, whatever they are
        # "Was the vote unanimous?" is settled by a tally ("9-0", "unanimously"); without one, no "Yes.".
        lacks_tally = bool(retrieval.shape.unit) and not _holds_asked_phrase(best)
        if (
            best.signals.get("weakest_with_previous", 1.0) < self._settings.yes_no_min_match
            or is_uncertain(best.sentence.text)
            or only_possible(retrieval.query.text, best.sentence.text)
            or time_untold(retrieval.query.text, best.sentence.text)
            or only_requested(retrieval.query.text, best.sentence.text)
            or only_attempted(retrieval.query.text, best.sentence.text)
            or quantity_untold(retrieval.query.text, " ".join(hit.sentence.text for hit in chosen))
            or lacks_tally
        ):
            return INDIRECT_LEAD
        return "Yes."

    @staticmethod
    def _finish(
        text: str, citations: tuple[Citation, ...], abstained: bool, retrieval: Retrieval, started: float
    ) -> Answer:
        timings = dict(retrieval.timings_ms)
        timings["answer"] = (time.perf_counter() - started) * 1000
        return Answer(
            text=text,
            citations=citations,
            abstained=abstained,
            retrieved=retrieval.hits,
            timings_ms=timings,
            query=retrieval.query.text,
        )


QUOTE_WITH_MARKER = re.compile(r"(.*?)\[(\d+)\]", re.DOTALL)
"""A quote of an answer's text and the number of the citation it ends with ("… said Thursday. [1]")."""


def joined_answers(first: Answer, second: Answer, asked: tuple[str, str]) -> Answer:
    """One answer to a message asking two things ("When and where did he speak?"), from the answers to its
    two parts: both quoted, the second's citations numbered on from the first's (a sentence cited by both
    keeps its number). A second part the article does not answer is named as such, so the first part's
    answer is not taken for an answer to both; when the first part is not answered, neither is the second,
    which was asked as its follow-up. One sentence answering both parts is quoted whole, so that neither
    part's answer is cut out of it ("Who called it extraordinary, and why?")."""
    if first.abstained:
        return first
    if second.abstained:
        return dataclasses.replace(first, text=f'{first.text} The article does not answer "{asked[1]}"')
    numbers = {c.sentence.id: c.number for c in first.citations}
    renumbered: dict[int, int] = {}
    added: list[Citation] = []
    for citation in second.citations:
        number = numbers.get(citation.sentence.id)
        if number is None:
            number = len(first.citations) + len(added) + 1
            added.append(dataclasses.replace(citation, number=number))
        renumbered[citation.number] = number
    if not added or not second.text.strip():
        one = first.citations[0] if len(first.citations) == 1 == len(second.citations) else None
        if one is None or first.text == second.text:
            return first
        return dataclasses.replace(first, text=f"{one.sentence.text} [{one.number}]")
    cited_again = {c.number for c in second.citations if c.sentence.id in numbers}
    quotes = [q for q in QUOTE_WITH_MARKER.findall(second.text) if int(q[1]) not in cited_again]
    second_text = " ".join(
        f"{quote.strip()} [{renumbered[int(number)]}]" for quote, number in quotes
    )  # a sentence the first part's answer quotes already is not quoted twice
    seen = {h.sentence.id for h in first.retrieved}
    timings = {
        k: first.timings_ms.get(k, 0.0) + second.timings_ms.get(k, 0.0)
        for k in {*first.timings_ms, *second.timings_ms}
    }
    return Answer(
        text=f"{first.text} {second_text}",
        citations=(*first.citations, *added),
        abstained=False,
        retrieved=(*first.retrieved, *(h for h in second.retrieved if h.sentence.id not in seen)),
        timings_ms=timings,
        query=f"{first.query} {second.query}",
    )

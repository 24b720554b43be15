"""The product's service layer: ingest, follow-up condensing, and the LangChain runnable that answers.

``ArticleChat`` is built once (by ``app.py`` or the CLI) and handed to the UI, CLI and eval runner, which
all answer through the same ``answer`` method. ``ChatSession`` keeps one conversation's history; it holds
no global state, so every browser tab or terminal has its own.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.runnables import Runnable, RunnableLambda

from rag.answering import QUOTING_NOTHING, Answerer, ExtractiveAnswerer, joined_answers
from rag.config import Settings
from rag.embedding import SentenceEmbedder
from rag.errors import ArticleNotFoundError, InvalidQuestionError, UnreadableDocumentError
from rag.indexing import ArticleSummary, SentenceIndex, SyncReport, open_chroma
from rag.loading import SUPPORTED_SUFFIXES, article_id_for, load_article, load_corpus
from rag.messages import Comparison, Description, compared_sides, described_one, two_questions
from rag.people import full_names, people_named, referent, without_possessive
from rag.ranking import RankingModel
from rag.retrieval import HybridRetriever, Query, Retrieval
from rag.schema import Answer, Article, Sentence, Turn
from rag.text import (
    ARTICLES,
    CALENDAR_NAMES,
    COUNTRIES,
    NOT_A_PERSON,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDERS,
    STOPWORDS,
    WH_WORD,
    AnswerType,
    Gender,
    asked_recall,
    name_gender,
    name_runs,
    proper_nouns,
    question_shape,
    stem,
    words,
)

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

OTHER_PRONOUNS = frozenset("it its they them their theirs this that these those there one other".split())
ASKING_FOR_MORE = frozenset(["else", "besides"])
"""Words that ask a follow-up for what has not been said yet."""
ELLIPTIC_OPENERS = ("and ", "what about", "how about", "also ", "but ", "so ", "or ", "any ")
REFERRING_BACK = re.compile(
    r"\b(?:you|we)(?:\s+(?:are|were|do|did))?(?:'re)?\s+(?:mean|meant|talking about|referring to)\b|"
    r"\b(?:do|did) you mean\b"
)
"""A question about what the last answer meant: "Who's the head you mean?", "Which officials are we talking
about?"."""
UPLOADS_FOLDER = "uploads"
NOT_A_SINGLE_NAME = (
    CALENDAR_NAMES
    | NOT_A_PERSON
    | frozenset("democrat democrats republican republicans independents".split())
)
"""One-word names that are nobody's "he": a month or weekday, a place, an institution, a party's members
("He called Democrats obstructionists": "he" is still the one who called them)."""
IDENTITY_QUESTION = re.compile(r"\s*(?i:who)(?:[’']s|\s+(?i:is|was|are|were))\s+[A-Z]")
"""'Who is Theresa Payton?': the question, not the answer, names the person."""


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One question to answer, with the conversation so far."""

    question: str
    article_id: str
    history: tuple[Turn, ...] = ()


LATER_NAME_RUN = re.compile(r"(?<!^)\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
"""A run of capitalised words after a sentence's first word ("Angela H. Stubblefield"): the first is
capitalised anyway ("Leading the charge ...")."""


def _found_name(answer: Answer, person: bool) -> str | None:
    """The name a look-up's answer marks in its first sentence, when it is a name: for a look-up of someone
    ("Who led the charge?") a person's, else the one person the sentence names; for a look-up of something
    ("Which agency registered them?") a capitalised phrase ("The FAA")."""
    if answer.abstained or not answer.citations:
        return None
    citation = answer.citations[0]
    sentence = citation.sentence
    span = citation.answer_span or (sentence.start, sentence.start)
    marked = sentence.text[span[0] - sentence.start : span[1] - sentence.start].strip()
    if not person:
        name_words = words(re.sub(r"^(?i:the)\s+", "", marked))
        return marked if name_words and name_words[0][:1].isupper() and name_words[-1][:1].isupper() else None
    if marked and _names_a_person(marked, sentence.text):
        return marked
    # the mark is no one's name ("Justice Department" in "... was Gardner, who blocked Justice Department
    # nominees"): the one person the sentence names
    named = [m[0] for m in LATER_NAME_RUN.finditer(sentence.text) if _names_a_person(m[0], sentence.text)]
    return named[0] if len(set(named)) == 1 else None


def _names_a_person(name: str, sentence: str) -> bool:
    """Whether a capitalised phrase of the sentence is a person's name: one the sentence names as a person,
    or a run of names none of which is a place's, an institution's or a month's ("Gardner")."""
    if any(name in m.text or m.text in name for m in people_named(sentence)):
        return True
    name_words = words(name)
    return (
        bool(name_words)
        and all(w[:1].isupper() and w.lower() not in NOT_A_PERSON | STOPWORDS for w in name_words)
        and name not in COUNTRIES
    )


def condense(question: str, history: Sequence[Turn]) -> Query:
    """Make a follow-up standalone: resolve he/she to the last named person, carry the topic on for "it".

    Why rules and not a model: no generative model runs offline here, and these two moves cover the
    common follow-ups ("what did he say?", "and the other base?") while keeping the user's own words. The
    last question and answer travel along (``Query.last_turn``): a follow-up asking what followed must
    be told more than they already said.
    """
    query = _condensed(question, history)
    if not history:
        return query
    return dataclasses.replace(query, last_turn=f"{history[-1].question} {history[-1].answer}")


def _condensed(question: str, history: Sequence[Turn]) -> Query:
    """The standalone query for a question after ``history`` (see ``condense``)."""
    if not history:
        return Query(question=question, text=question)
    if other_one := _the_other_one(question, history):
        return other_one
    last = history[-1]
    previous = frozenset(s.index for s in last.cited)
    # An answer from an outside history has no cited sentences; its words stand in for them, unless it
    # quoted nothing ("The article does not say.")
    quoted = "" if last.cited or last.answer in QUOTING_NOTHING else last.answer
    if asked_recall(question):  # "Who's the 'he' in that quote?" is about the last answer as it stands
        return Query(question=question, text=question, previous=previous, previous_answer=quoted)
    asked, counted = question, HOW_MANY.search(last.question)
    question = _the_described_one(_asked_again(question, last.question), last.answer)
    if counted:  # "Which ones are they?" after "How many Muslim countries ...?"
        question = re.sub(r"\bones\b", counted["things"], question, flags=re.IGNORECASE)
    tokens = [w.lower().replace("’", "'") for w in words(question)]
    lowered = question.lower().strip()
    personal = [t for t in tokens if t in PRONOUN_GENDERS]
    other = [t for t in tokens if t in OTHER_PRONOUNS]
    # "What was the occasion?": one common noun and no name can only be about what was just discussed
    bare = not proper_nouns(question) and sum(t not in STOPWORDS for t in tokens) <= 1
    elliptic = (
        lowered.startswith(ELLIPTIC_OPENERS)
        or len(tokens) <= 3
        or bare
        or REFERRING_BACK.search(lowered) is not None
    )
    opener = next((o for o in ELLIPTIC_OPENERS if lowered.startswith(o)), "")
    whole = len(tokens) > 3 and WH_WORD.search(lowered[len(opener) :]) is not None
    novel = any(t in ASKING_FOR_MORE for t in tokens)
    if not (personal or other or elliptic or novel):
        return Query(question=asked, text=question)
    text = question
    genders = list(dict.fromkeys(PRONOUN_GENDERS[t] for t in personal))
    named_after = _named_after_pronoun(question, tokens)
    referents = (
        _referents_by_gender(history, genders, named_after)
        if len(genders) > 1
        else {g: person for g in genders if (person := _last_person(history, g, named_after))}
    )
    person = next(iter(referents.values()), None)
    for gender, name in referents.items():
        subject, possessive = GENDER_PRONOUNS[gender]
        text = re.sub(rf"\b{subject}\b", name, text, flags=re.IGNORECASE)
        text = re.sub(rf"\b{possessive}\b", f"{name}'s", text, flags=re.IGNORECASE)
    # "And what happened to her?" is a whole question once "her" is named: the last turn's words would only
    # pull the answer back to the sentence already shown.
    standalone = personal and person and not other and (whole or not elliptic)
    carried = f"{last.question} {quoted}".strip()
    context = "" if standalone else carried
    return Query(
        question=asked,
        text=text,
        context=context,
        previous=previous,
        previous_answer=quoted,
        novel=novel,
        elliptic=elliptic,
        referent=person or "",
    )


FRAGMENT_PREPOSITIONS = "in|for|at|on|from|with|by|against|during|after|before|among|inside|outside"
FRAGMENT = re.compile(
    rf"\s*(?:(?:and|but|also|or)\s+)?(?P<phrase>(?P<preposition>{FRAGMENT_PREPOSITIONS})\s+[^?]+?)\s*[?.!]*\s*",
    re.IGNORECASE,
)
"""A follow-up that is only a prepositional phrase: "And for the FBI?", "And in the House?"."""
PHRASE_ENDS = f"{FRAGMENT_PREPOSITIONS}|to|of|and|or|but"
"""Words that end the phrase swapped out of the last question."""


def _asked_again(question: str, last_question: str) -> str:
    """A fragment asks the last question again with its phrase swapped in: "And for the FBI?" after "Who
    spoke for the FAA?" asks "Who spoke for the FBI?". Without such a phrase to swap ("And by 2021?" after
    "How many drones are registered?") the fragment stays as asked, and the last turn gives its context."""
    fragment = FRAGMENT.fullmatch(question)
    if fragment is None or WH_WORD.search(question.lower()) or not WH_WORD.search(last_question.lower()):
        return question
    preposition, phrase = fragment["preposition"].lower(), fragment["phrase"]
    swapped, count = re.subn(
        rf"\b{preposition}\s+[^,;?!]+?(?=\s+(?:{PHRASE_ENDS})\b|[,;?!]|$)",
        lambda _: phrase,
        last_question.strip(),
        count=1,
        flags=re.IGNORECASE,
    )
    return swapped if count else question


def _named_after_pronoun(question: str, tokens: list[str]) -> frozenset[str]:
    """The people a follow-up names after its first "he" or "she": "Did he say what Comey should have done
    instead?" asks about someone other than Comey, whoever the last turn named."""
    first = next((i for i, t in enumerate(tokens) if t in PRONOUN_GENDERS), len(tokens))
    later = " ".join(words(question)[first + 1 :])
    return frozenset(name for _, name in _named_people(later))


def _last_person(history: Sequence[Turn], gender: Gender | None, excluded: frozenset[str]) -> str | None:
    """The surname of the person the latest turn is about: the first multi-word name of a person in it, else
    its first one-word name; of a name that tells a gender, only one of ``gender`` ("her" after "Peter
    Strzok and Lisa Page" is Page), and a turn naming nobody who fits leaves it to the turn before. When no
    turn names anyone who fits, the gender is left out: a given name's usual gender is not everyone's
    ("Who is Blaine Bookey?" / "What does she think?"). Nobody ``excluded`` is it.
    """
    return (_person_named(history, gender, excluded) if gender else None) or _person_named(
        history, None, excluded
    )


GENDER_PRONOUNS = {Gender.MALE: ("(?:he|him)", "his"), Gender.FEMALE: ("(?:she|her)", "hers")}
"""The pronouns that stand for a person of each gender, and the possessive that becomes "<name>'s"."""


def _referents_by_gender(
    history: Sequence[Turn], genders: Sequence[Gender], excluded: frozenset[str]
) -> dict[Gender, str]:
    """Each pronoun's own person when a follow-up has both "he" and "she" ("According to her, what will he
    do?" after "Who described Kim Yong Chol as ...?" / "Jean Lee."): a name of the pronoun's gender if the
    latest turn that names anyone has one, else its names whose gender is unknown, in the order
    ``_person_named`` reads them, the first pronoun taking the first; nobody ``excluded``."""
    names = next(
        (found for turn in reversed(history) if (found := _people_in(turn, excluded))),
        [],
    )
    referents: dict[Gender, str] = {}
    for gender in genders:
        fitting = next((n for n in names if name_gender(n) is gender), None)
        if fitting:
            referents[gender] = fitting
            names.remove(fitting)
    for gender in genders:
        unknown = next((n for n in names if name_gender(n) is None), None)
        if gender not in referents and unknown:
            referents[gender] = unknown
            names.remove(unknown)
    return {gender: referent(name) for gender, name in referents.items()}


def _turn_texts(turn: Turn) -> tuple[str, str]:
    """A turn's question and answer, the answer first after a question asking who (see ``_person_named``)."""
    shape = question_shape(turn.question)
    asked_who = shape.answer_type is AnswerType.PERSON or (shape.focus or "") in PERSON_ROLE_NOUNS
    named_in_question = IDENTITY_QUESTION.match(turn.question) is not None
    return (
        (turn.answer, turn.question) if asked_who and not named_in_question else (turn.question, turn.answer)
    )


def _people_in(turn: Turn, excluded: frozenset[str] = frozenset()) -> list[str]:
    """The multi-word names of people in a turn, in ``_turn_texts`` order, but for those ``excluded``."""
    return [n for text in _turn_texts(turn) for n in full_names(text) if referent(n) not in excluded]


def _named_people(text: str) -> list[tuple[str, str]]:
    """Each person a text names, as written and as a follow-up refers to them: ("Chuck Schumer", "Schumer"),
    and a one-word name as itself ("Kilimnik")."""
    full = full_names(text)
    single = [n for n in _single_names(text) if not any(n in f.split() for f in full)]
    return [(f, referent(f)) for f in full] + [(n, n) for n in single]


def _single_names(text: str) -> list[str]:
    """The one-word names in a text that may be someone's: not a month, a country, a place or an institution,
    nor a word of an institution's name ("Asylum" of "the Asylum Office", "White" of "the White House")."""
    institutional = {
        w
        for run in name_runs(text, lambda w: w[:1].isupper())
        if len(run) > 1 and run[-1].lower() in NOT_A_PERSON
        for w in run
    }
    return [
        n
        for n in map(without_possessive, proper_nouns(text))
        if n.lower() not in NOT_A_SINGLE_NAME and not n.isupper() and n not in institutional | COUNTRIES
    ]


def _only_described(word: str, text: str) -> bool:
    """Whether every use of a capitalised word follows "the" or "a": "he" after "the Democratic candidate"
    or "a Pentagon spokesman" is no one called Democratic or Pentagon, where "the Comey memo" still has
    "Comey said" beside it."""
    uses = re.findall(rf"(\w+\W+)?{re.escape(word)}\b", text)
    return bool(uses) and all(before and before.split()[0].lower() in ARTICLES for before in uses)


HOW_MANY = re.compile(r"\bhow many (?P<things>(?:\w+ ){0,2}?\w+s)\b", re.IGNORECASE)
"""What a how-many question counts ("Muslim countries"): "Which ones are they?" asks which of those."""

THE_OTHER_ONE = re.compile(r"\bthe other one\b|\bthe other(?=\s*[?.!]*\s*$)", re.IGNORECASE)


def _the_other_one(question: str, history: Sequence[Turn]) -> Query | None:
    """ "And the other one?" after "Which state is Schumer from?", when an earlier turn named "Chuck Schumer
    and Nancy Pelosi": the last question asked again of the other person ("Which state is Pelosi from?");
    "How did the other one react?" names her in place. None when the last question names no one person of
    a pair named before."""
    if len(history) < 2 or not THE_OTHER_ONE.search(question):
        return None
    asked = _named_people(history[-1].question)
    earlier = [
        named
        for turn in reversed(history[:-1])
        for text in (turn.answer, turn.question)
        for named in _named_people(text)
    ]
    if len(asked) != 1 or asked[0][1] not in [referent for _, referent in earlier]:
        return None
    written, referent = asked[0]
    others = [(full, name) for full, name in earlier if name != referent]
    # a person for a person: "Charles Carmakal of Mandiant Consulting and Theresa Payton" pairs Carmakal
    # with Payton, whose given name tells a person, not with "Consulting"
    people = [name for full, name in others if name_gender(full) is not None]
    other = next(iter(people or [name for _, name in others]), None)
    if other is None:
        return None
    lowered = question.lower().strip()
    elliptic = lowered.startswith(ELLIPTIC_OPENERS) and len(words(question)) <= 4
    text = history[-1].question.replace(written, other) if elliptic else THE_OTHER_ONE.sub(other, question)
    return Query(question=question, text=text, referent=other)


DESCRIBED_ONE = re.compile(
    r"\bthe (?:(?P<order>first|second|former|latter)(?: one)?|"
    r"(?P<described>[a-z][\w’'-]*(?: [a-z][\w’'-]*)?) one)\b",
    re.IGNORECASE,
)
"""'The Republican one', 'the North Korean one', 'the latter': one of two named in the last answer."""
FIRST_NAMED = frozenset(["first", "former"])


def _the_described_one(question: str, answer: str) -> str:
    """The question with "the Republican one" replaced by the one of the last answer's two names that the
    answer describes so ("Joe Crowley, a Democrat, and Steve Chabot, a Republican"), and "the latter" by the
    second: "And which state is the Republican one from?" asks which state Steve Chabot is from."""
    match = DESCRIBED_ONE.search(question)
    names = list(dict.fromkeys(full_names(answer)))
    if match is None or len(names) != 2 or (match["described"] or "").lower() == "other":
        return question
    if match["order"]:
        chosen = names[0] if match["order"].lower() in FIRST_NAMED else names[1]
    else:
        second = answer.find(names[1])
        descriptions = (answer[: max(second, 0)], answer[max(second, 0) :])
        wanted = [stem(w) for w in words(match["described"])]
        fitting = [n for n, d in zip(names, descriptions, strict=True) if _describes(d, wanted)]
        if len(fitting) != 1:
            return question
        chosen = fitting[0]
    person = re.sub(r"^.*[’']s\s+", "", chosen)  # "North Korea's Kim Yong Chol" is Kim Yong Chol
    return question[: match.start()] + person + question[match.end() :]


def _describes(description: str, wanted: list[str]) -> bool:
    """Whether every wanted stem begins, or is begun by, a word of the description ("korean" / "Korea's")."""
    described = [stem(w) for w in words(description)]
    return all(
        any(len(min(w, d, key=len)) >= 4 and (w.startswith(d) or d.startswith(w)) for d in described)
        for w in wanted
    )


def _person_named(history: Sequence[Turn], gender: Gender | None, excluded: frozenset[str]) -> str | None:
    """The latest turn's person as ``_last_person`` reads it, of ``gender`` when one is given.

    After a "who" question the answer names that person ("Who is heading to New York?" / "Kim Yong Chol,
    vice chairman of North Korea's ruling party"; "Which analyst did VOA speak to?"), so the answer is read
    first; otherwise, and after "Who is Theresa Payton?", whose answer only describes her, the question is.
    The first name, because a sentence names its subject first. The surname, because that is how an
    article refers to a person after the first mention ("Trump said"); the full "President Donald Trump"
    would favour the one sentence that spells it out.
    """
    for turn in reversed(history):
        texts = _turn_texts(turn)
        names = _people_in(turn, excluded)
        fitting = [n for n in names if gender is None or name_gender(n) in (None, gender)]
        if fitting:
            return referent(fitting[0])
        if names:  # "she" after "Michael Horowitz": not him, and not "Michael" alone either
            continue
        for text in texts:  # "When did Trump refuse ...?": a one-word name, when the turn has no longer one
            single = [n for n in _single_names(text) if n not in excluded and not _only_described(n, text)]
            if single:
                return single[0]
    return None


class ArticleChat:
    """Everything a user can do with the corpus: ingest, list, upload, and ask."""

    def __init__(
        self,
        settings: Settings,
        index: SentenceIndex,
        retriever: HybridRetriever,
        answerer: Answerer,
        embedder: SentenceEmbedder,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        """The loaded model, for other services of the same process (the UI's Evaluate tab) to share."""
        self.index = index
        self._retriever = retriever
        self._answerer = answerer
        self.chain: Runnable[ChatRequest, Answer] = (
            RunnableLambda(self._condense) | RunnableLambda(self._retrieve) | RunnableLambda(self._answer)
        )

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        client: ClientAPI | None = None,
        embedder: SentenceEmbedder | None = None,
    ) -> ArticleChat:
        """Wire the default components; pass ``client``/``embedder`` to inject others (tests, a server)."""
        embedder = embedder or SentenceEmbedder(settings.embedding_model)
        index = SentenceIndex(
            client or open_chroma(settings),
            embedder,
            collection_prefix=settings.collection_prefix,
            token_dir=settings.data_dir / "tokens",
        )
        retriever = HybridRetriever(
            index,
            embedder,
            RankingModel.load(),
            top_k=settings.retrieval.top_k,
            query_cache_size=settings.retrieval.query_cache_size,
        )
        return cls(settings, index, retriever, ExtractiveAnswerer(settings.answering), embedder)

    # --- corpus ----------------------------------------------------------------------------------------

    def ingest(self, paths: Sequence[Path] = ()) -> SyncReport:
        """Index files and folders (default: the corpus folder); a folder's deleted files leave the store."""
        report = SyncReport()
        for path in paths or [self.settings.corpus_dir]:
            if path.is_dir():
                articles = load_corpus(path, max_bytes=self.settings.max_upload_bytes)
                report = report.merge(self.index.sync(articles, folder=path))
            else:
                report = report.merge(self.index.sync([self._load(path)]))
        return report

    def add_article(self, article: Article) -> SyncReport:
        """Index one article (idempotent: unchanged content embeds nothing)."""
        return self.index.upsert(article)

    def save_upload(self, name: str, data: bytes) -> Article:
        """Validate, index and keep an uploaded file in the corpus; nothing is stored if any step fails."""
        upload_name = Path(name).name
        if Path(upload_name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise UnreadableDocumentError(
                f'"{upload_name}" is not a supported article file: use .txt, .md or .html.'
            )
        folder = self.settings.corpus_dir / UPLOADS_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        final = self._free_path(folder, Path(upload_name))
        with tempfile.TemporaryDirectory(prefix=".upload-", dir=folder) as scratch:
            staged = Path(scratch) / upload_name  # errors name the file the user chose
            staged.write_bytes(data)
            loaded = load_article(staged, max_bytes=self.settings.max_upload_bytes)
            article = dataclasses.replace(loaded, id=article_id_for(final), source=str(final.resolve()))
            self.index.upsert(article)
            staged.replace(final)
        return article

    def save_pasted(self, title: str, text: str) -> Article:
        """Keep pasted text as a Markdown article whose heading is ``title``."""
        title = " ".join(title.split())
        if not title:
            raise UnreadableDocumentError("The pasted article has no title: type a title and try again.")
        if not text.strip():
            raise UnreadableDocumentError(
                f'The pasted article "{title}" has no text: paste its text and try again.'
            )
        return self.save_upload(f"{title}.md", f"# {title}\n\n{text.strip()}\n".encode())

    def articles(self) -> list[ArticleSummary]:
        """Every stored article, sorted by title."""
        return self.index.list_articles()

    def article(self, article_id: str) -> Article:
        """One stored article."""
        return self.index.get_article(article_id)

    def sentences(self, article_id: str) -> tuple[Sentence, ...]:
        """The sentences of one stored article, in order."""
        return self.index.vectors(article_id).sentences

    def default_article_id(self) -> str:
        """The configured default article, else the first corpus file's article."""
        summaries = self.articles()
        if not summaries:
            raise ArticleNotFoundError(
                f"The store has no articles: put .txt/.md/.html files in {self.settings.corpus_dir} "
                "and run `python -m rag ingest`."
            )
        wanted = self.settings.default_article
        if wanted and any(s.id == wanted for s in summaries):
            return wanted
        return min(summaries, key=lambda s: (UPLOADS_FOLDER in Path(s.source).parts, s.source)).id

    def resolve_article(self, id_or_path: str | None) -> str:
        """An article id from an id, a file path (indexed on the way), or nothing (the default article)."""
        if not id_or_path:
            return self.default_article_id()
        path = Path(id_or_path)
        if path.is_file():
            article = self._load(path)
            self.index.upsert(article)
            return article.id
        if path.suffix.lower() in SUPPORTED_SUFFIXES or "/" in id_or_path:
            raise ArticleNotFoundError(
                f'"{id_or_path}" does not exist: check the path, or pass an article id.'
            )
        self.index.get_article(id_or_path)
        return id_or_path

    # --- asking ----------------------------------------------------------------------------------------

    def answer(self, question: str, article_id: str, history: Sequence[Turn] = ()) -> Answer:
        """Answer one question about one article, given the conversation so far. A message asking two
        things ("When and where ...?", "Who proposed it, and why?") is answered part by part, the second part
        as a follow-up of the first."""
        question = self.check_question(question)
        comparison = compared_sides(question)
        if comparison is not None:
            return self._compared(question, comparison, article_id, history)
        description = described_one(question)
        if description is not None:
            described = self._described(description, article_id, history)
            if described is not None:
                return described
        parts = two_questions(question)
        if parts is None:
            return self.chain.invoke(ChatRequest(question, article_id, tuple(history)))
        first = self.chain.invoke(ChatRequest(parts[0], article_id, tuple(history)))
        turn = Turn(parts[0], first.text, tuple(c.sentence for c in first.citations))
        second = self.chain.invoke(ChatRequest(parts[1], article_id, (*history, turn)))
        return joined_answers(first, second, parts)

    def _compared(
        self, question: str, comparison: Comparison, article_id: str, history: Sequence[Turn]
    ) -> Answer:
        """The answer to a comparison: the whole question's answer when its sentences speak of both sides
        ("the world's highest" rate); else what the article tells of each side, the second asked as a
        follow-up of the first ("How does Lee's current job differ from her earlier one?"). Not told of
        both, it is not answered: one side alone compares nothing."""
        whole = self.chain.invoke(ChatRequest(question, article_id, tuple(history)))
        if comparison.told_together([c.sentence.text for c in whole.citations]):
            return whole
        sides = comparison.sides
        first = self.chain.invoke(ChatRequest(sides[0], article_id, tuple(history)))
        if first.abstained:
            return first
        turn = Turn(sides[0], first.text, tuple(c.sentence for c in first.citations))
        second = self.chain.invoke(ChatRequest(sides[1], article_id, (*history, turn)))
        return second if second.abstained else joined_answers(first, second, sides)

    def _described(self, description: Description, article_id: str, history: Sequence[Turn]) -> Answer | None:
        """The answer to a question naming someone by what they did, asked in two steps: who did it (the
        name the look-up's answer marks), then the question asked of them by name; the answer is quoted
        first, then the sentence that tells who they are. None when the look-up names no one: the question
        is then answered as asked."""
        found = self.chain.invoke(ChatRequest(description.lookup, article_id, tuple(history)))
        name = _found_name(found, description.person)
        if name is None or name.lower() in description.lookup.lower():
            return None
        asked = description.about(name)
        answer = self.chain.invoke(ChatRequest(asked, article_id, tuple(history)))
        finding = {c.sentence.id for c in found.citations}
        if answer.abstained or finding <= {c.sentence.id for c in answer.citations}:
            return answer
        return joined_answers(answer, found, (asked, description.lookup))

    def check_question(self, question: str) -> str:
        """The question, stripped; rejects empty and over-long questions with a message saying why."""
        cleaned = " ".join(question.split())
        if not cleaned:
            raise InvalidQuestionError("The question is empty: type a question about the article.")
        if len(cleaned) > self.settings.max_question_chars:
            raise InvalidQuestionError(
                f"The question is {len(cleaned):,} characters long; the limit is "
                f"{self.settings.max_question_chars:,}: ask a shorter question."
            )
        return cleaned

    def _condense(self, request: ChatRequest) -> tuple[ChatRequest, Query, float]:
        history = (
            self._retriever.history_as_written(request.history, request.article_id) if request.history else ()
        )
        return request, condense(request.question, history), time.perf_counter()

    def _retrieve(self, step: tuple[ChatRequest, Query, float]) -> tuple[Retrieval, float]:
        request, query, started = step
        return self._retriever.retrieve(query, request.article_id), started

    def _answer(self, step: tuple[Retrieval, float]) -> Answer:
        retrieval, started = step
        answer = self._answerer.answer(retrieval)
        timings = {**answer.timings_ms, "total": (time.perf_counter() - started) * 1000}
        return dataclasses.replace(answer, timings_ms=timings)

    def _load(self, path: Path) -> Article:
        if not path.exists():
            raise ArticleNotFoundError(f'"{path}" does not exist: check the path and try again.')
        return load_article(path.resolve(), max_bytes=self.settings.max_upload_bytes)

    def _free_path(self, folder: Path, name: Path) -> Path:
        """A file name in ``folder`` whose article id no stored article has yet."""
        slug = article_id_for(name) or "article"
        suffix = name.suffix.lower()
        taken = {s.id for s in self.articles()}
        candidate, n = slug, 1
        while candidate in taken or (folder / f"{candidate}{suffix}").exists():
            n += 1
            candidate = f"{slug}-{n}"
        return folder / f"{candidate}{suffix}"


class ChatSession:
    """One conversation about one article; follow-ups see the earlier turns."""

    def __init__(self, service: ArticleChat, article_id: str, history: Sequence[Turn] = ()) -> None:
        self.service = service
        self.article_id = article_id
        self.history: list[Turn] = list(history)

    def ask(self, question: str) -> Answer:
        """Answer and remember the turn."""
        answer = self.service.answer(question, self.article_id, self.history)
        self.history.append(Turn(question, answer.text, tuple(c.sentence for c in answer.citations)))
        return answer

    def reset(self) -> None:
        """Forget the conversation."""
        self.history.clear()

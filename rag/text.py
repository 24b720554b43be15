"""Light lexical analysis shared by retrieval and answering: tokens, stems, question types, answer types.

Deliberately rule-based and dependency-free: it runs in microseconds per sentence on a 2-core CPU.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"[A-Za-z0-9]+(?:[’'][A-Za-z]+)*|[^\sA-Za-z0-9]")
WORD_ONLY = re.compile(r"[A-Za-z0-9]+(?:[’'.][A-Za-z0-9]+)*")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before being
        below between both but by can cannot could couldn't did didn't do does doesn't doing don't down
        during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her
        here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's
        its itself let's me more most mustn't my myself nor of off on once only or other ought our ours
        ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that
        that's the their theirs them themselves then there there's these they they'd they'll they're they've
        this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
        what's when when's where where's which while who who's whom why why's with won't would wouldn't you
        you'd you'll you're you've your yours yourself yourselves also just s t said say says according tell
        told anything something article say mention mentioned does do did please know ok okay so like really
        actually anyone anybody someone somebody everyone everybody everything tho though lol btw pls plz
        hey hi yeah yep hmm um uh anyway anyways else besides happen happens happened happening saying
        tells telling still now currently yet already ever even exactly precisely true""".split()
)
"""Function words, indefinite pronouns, chat fillers ("tho", "lol"), "what happened", every form of "say" and
"tell", adverbs of time and degree ("still", "now", "exactly") and the "true" of "is it true that ...?": no
topic. "no", "not" and "never" are kept because they decide yes/no answers."""

NEGATIONS = frozenset(
    """no not n't never none nobody nothing neither nor without cannot denied deny denies refused failed
        avoid avoided avoiding unlikely lack lacked lacks lacking withheld withhold withholds
        withholding""".split()
)

_ANTONYM_PAIRS = """extensive:limited extensive:minimal major:minor major:limited significant:minimal
    significant:limited heavy:light large:small big:small many:few more:fewer more:less
    increase:decrease increased:decreased rise:fall win:lose won:lost success:failure succeeded:failed
    accept:reject accepted:rejected allow:ban allowed:banned support:oppose supported:opposed
    agree:disagree confirm:deny confirmed:denied intentional:accidental intentionally:accidentally
    deliberately:accidentally foreign:domestic true:false alive:dead open:closed before:after early:late
    high:low strong:weak rich:poor same:different private:public legal:illegal guilty:innocent
    maximum:minimum full:empty occupied:vacant severe:minimal severe:mild serious:minor
    widespread:limited expensive:cheap expensive:cheaper expensive:inexpensive costly:cheap
    pricey:cheap pricier:cheaper costlier:cheaper easy:hard easy:difficult
    easier:harder simple:complicated safe:dangerous likely:unlikely possible:impossible better:worse
    most:least higher:lower larger:smaller bigger:smaller rising:falling rose:fell grew:shrank gain:loss
    gained:lost
    positive:negative fast:slow faster:slower quickly:slowly ally:enemy allies:enemies peaceful:violent
    visible:invisible present:absent approve:reject approved:rejected praise:criticize
    praised:criticized rise:decline rise:declining rising:declining rose:declined growing:declining
    up:down down:rise down:rising down:growing down:increase down:increasing stop:continue stop:continued
    stop:continuing stopped:continued halt:continue halt:continued halted:continued end:continue
    ended:continued consistent:inconsistent strong:thin united:split united:divided unite:split unite:divide
    join:dissented joined:dissented join:dissent accept:dismissed accepted:dismissed held:released
    jail:free jailed:free easy:tough shrinking:rise shrinking:rising shrink:rise shrink:grow
    shrinking:growing quiet:speak silent:speak flawless:flawed
    decided:unclear decided:undecided known:unclear known:unknown determined:unclear settled:unclear
    finalized:unclear uphold:strike uphold:overturn uphold:reverse uphold:invalidate upheld:strike
    uphold:reversed uphold:overturned uphold:struck upheld:struck upheld:overturn upheld:overturned
    upheld:reverse upheld:reversed
    upheld:invalidated democrat:republican democrats:republicans democratic:republican liberal:conservative
    liberals:conservatives fair:questionable fair:biased unanimous:split unanimous:divided
    unanimous:narrow unanimous:narrowly unanimously:narrowly narrow:comfortable narrowly:comfortably
    narrow:wide narrow:broad narrowly:broadly narrower:wider narrower:broader narrower:bigger
    narrower:larger thin:comfortable thin:wide safe:risk include:exclude
    include:excluded
    included:excluded includes:excludes including:excluding easing:rise easing:rising easing:growing
    ease:rise ease:grow eased:rose entire:partial full:partial whole:partial complete:partial
    close:comfortable close:comfortably still:left still:resigned still:removed still:fired
    still:ousted still:quit still:reassigned east:west north:south eastern:western northern:southern
    northeast:southwest northwest:southeast current:former slow:rapid weakness:strength inside:outside
    upper:lower male:female ancient:modern internal:external hot:cold wet:dry men:women man:woman
    majority:minority tense:relaxed born:died birth:death grew:declined grow:decline growth:decline good:poor
    good:bad stop:start stopped:started victory:defeat success:defeat rural:urban import:export
    imports:exports imported:exported arrival:departure arrive:depart
    arrived:departed primary:secondary offensive:defensive offense:defense attack:defend attacked:defended
    wealthy:poor temporary:permanent renewable:permanent support:object supports:objects
    optimistic:pessimistic best:worst
    end:beginning subtract:add subtracted:added past:future concrete:abstract
    unlimited:limited unlimited:restricted multiple:single soft:hard simplicity:complexity simple:complex
    flexible:fixed old:new divide:multiply dividing:multiplying praise:blast praised:blasted praise:slam
    praised:slammed uptick:decline back:oppose backed:opposed skyrocketed:declining skyrocketed:declined
    skyrocketing:declining soared:declined soared:declining soaring:declining surged:declined
    surged:declining support:opposition supported:opposition back:opposition backed:opposition
    favor:opposition refuse:comply refuse:complied refused:complied identify:unnamed identified:unnamed
    identify:anonymous identified:anonymous name:unnamed stay:left stayed:left remain:left remained:left
    continue:departure continues:departure silent:confirmed silent:statement sound:questionable
    oppose:endorsed oppose:endorse opposed:endorsed back:opposed support:opposed keep:rescinded keep:ended
    keep:scrapped keep:repealed keep:canceled keep:cancelled keep:abolished keep:terminated nervous:relaxed
    nervous:calm anxious:relaxed anxious:calm worried:relaxed resist:complied
    resisted:complied resist:comply down:uptick majority:dissenting majority:dissent
    kept:released keep:released kept:release
    detained:released""".split()
ANTONYMS: dict[str, frozenset[str]] = {}
for _pair in _ANTONYM_PAIRS:
    _a, _b = _pair.split(":")
    ANTONYMS[_a] = ANTONYMS.get(_a, frozenset()) | {_b}
    ANTONYMS[_b] = ANTONYMS.get(_b, frozenset()) | {_a}
"""Opposites that flip a yes/no answer ("Was the damage extensive?" / "limited damage")."""

MONTHS = frozenset(
    """january february march april may june july august september october november december jan feb mar
        apr jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
CALENDAR_NAMES = MONTHS | WEEKDAYS
"""Capitalised words that are dates, not names."""
TIME_WORDS = frozenset(
    """today yesterday tomorrow tonight week weeks month months year years decade decades century centuries
        morning afternoon evening night ago earlier later last since until spring summer autumn fall
        winter""".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
        thousand thousands million millions billion billions trillion dozen dozens half percent""".split()
)
PLACE_PREPOSITIONS = frozenset("""in at from to near across into inside outside throughout""".split())
YES_NO_OPENERS = frozenset(
    """is are was were am do does did has have had can could will would should shall may might must isn't
        aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't couldn't won't wouldn't
        shouldn't""".split()
)


class AnswerType(str, Enum):
    """What kind of phrase the question asks for."""

    PERSON = "person"
    ORGANISATION = "organisation"
    DATE = "date"
    PLACE = "place"
    NUMBER = "number"
    NAME = "name"
    """Any proper name: "What is the name of the bill?" """
    REASON = "reason"
    """Why something happened or was done: "Why did Iran miss its targets?", "What prompted the bill?" """
    YES_NO = "yes_no"
    OTHER = "other"


_IRREGULAR_VERBS = """told:tell spoke:speak spoken:speak said:say met:meet won:win led:lead sent:send
    took:take taken:take gave:give given:give made:make held:hold struck:strike stricken:strike shot:shoot
    spent:spend paid:pay built:build kept:keep sold:sell stood:stand ran:run came:come became:become
    grew:grow grown:grow knew:know known:know threw:throw thrown:throw flew:fly flown:fly drew:draw
    drawn:draw got:get gotten:get saw:see seen:see went:go gone:go heard:hear felt:feel meant:mean
    brought:bring bought:buy began:begin begun:begin fell:fall fallen:fall rose:rise risen:rise
    chose:choose chosen:choose wrote:write written:write drove:drive driven:drive thought:think
    caught:catch sought:seek taught:teach fought:fight lost:lose fled:flee hid:hide hidden:hide
    broke:break broken:break stole:steal stolen:steal froze:freeze frozen:freeze swore:swear
    sworn:swear wore:wear worn:wear tore:tear torn:tear sank:sink sunk:sink shook:shake shaken:shake
    fed:feed dealt:deal dug:dig hung:hang lent:lend slept:sleep withdrew:withdraw withdrawn:withdraw
    understood:understand undertook:undertake undertaken:undertake forgot:forget forgotten:forget
    arose:arise arisen:arise beaten:beat upheld:uphold overthrew:overthrow overthrown:overthrow
    oversaw:oversee overseen:oversee withheld:withhold laid:lay""".split()
DOUBLED_FINALS = frozenset("bdgmnprt")
"""Consonants doubled before -ed and -ing ("stopped", "planning", "admitted"), unlike "killed" or "passed"."""
SHORT_SYLLABLE = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")
"""What is left of "voted", "taking" or "ruling": the verb lost its final e ("vote", "take", "rule")."""
IRREGULAR_VERBS = dict(pair.split(":") for pair in _IRREGULAR_VERBS)
"""Past forms to their base, so "Who did he tell?" meets "told" and "When did they meet?" meets "met".
Forms that are also other words ("left", "found") are left out."""
NOT_PLURALS = frozenset(["news"])
"""Words ending in s that are no plural of the word without it: "news" is not "new"."""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so "casualties"/"casualty", "killed"/"kill", "testified"/"testify" and
    "told"/"tell" meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = IRREGULAR_VERBS.get(w, w)
    if len(w) <= 3 or w in NOT_PLURALS:
        return w
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("edly", ""),
        ("ed", ""),
        ("ly", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("eed"):
            w = w[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(w) >= 4 and w[-1] == w[-2] and w[-1] in DOUBLED_FINALS:
                w = w[:-1]  # "stopped", "planning": "stop", "plan"
            elif suffix in ("ing", "ed") and SHORT_SYLLABLE.fullmatch(w):
                w += "e"  # "voted", "taking", "ruling": "vote", "take", "rule"
            break
    else:
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    if w.endswith("eed"):  # "speed" is no past tense; "agreed" is "agree" + d
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
class Alternative:
    """One choice an either-or question offers: "on purpose" in "Did Iran miss on purpose or by accident?"."""

    phrase: str
    """As the question writes it, to lead the answer with ("On purpose.")."""
    head: str
    """The stem of its last word, which the evidence must hold to settle on it ("purpose")."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """The one a question asks the words of: "Manafort's lawyer" is the head "lawyer" with the owner
    "Manafort"; both are stems."""

    head: frozenset[str]
    owner: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    """The stems of the head's capitalised words ("Trump" in "Trump and his supporters")."""
    group: bool = False
    """Whether it is a group named by no name ("lawmakers from both parties", "the dissenting justices"),
    which any group the article quotes may be ("Both Republicans and Democrats said")."""


@dataclass(frozen=True, slots=True)
class QuestionShape:
    """What a question asks for, read off its wording."""

    answer_type: AnswerType
    yes_no: bool
    content: tuple[str, ...]
    proper_nouns: tuple[str, ...]
    words: tuple[str, ...]
    """Lower-cased words of the question, stopwords included."""
    unit: tuple[str, ...] = ()
    """For number questions, the stems of what is counted ("us", "president" in "how many US presidents"), or
    (MONEY,) for a price, (AGE,) for "how old"; for date questions (YEAR,) for "what year"; else empty."""
    focus: str | None = None
    """For a question asking for a named thing, the stem of its head noun ("official" in "Which official
    ...?"): a sentence that mentions the official without naming them does not answer it."""
    reactor: frozenset[str] = frozenset()
    """For "How did X respond ...?", the stems of X: only a sentence in which X speaks or acts answers it."""
    addressee: bool = False
    """Whether it asks whom someone spoke to ("Which news outlet did Davila talk to?"): a sentence answers it
    by naming the one told ("told VOA", "in an interview on the Fox News Channel")."""
    about_saying: bool = False
    """Whether it asks about something being said ("When did Trump address the nation?"): then the day of
    the saying ("Trump said Wednesday") answers it."""
    manner: str = ""
    """For "How was X killed?", the stem of the verb: a sentence that names the event only as a noun ("the
    killing last week of X") takes it as given and does not say how."""
    acts: frozenset[str] = frozenset()
    """For "How did officials enforce the policy?", the stems of the act asked about (``asked_acts``): a
    sentence that never mentions it is unlikely to say how it was done."""
    timed_acts: frozenset[str] = frozenset()
    """For "When did Kim receive the letter?", the stems of the act asked the time of (``timed_acts``): a
    sentence that never mentions it gives the time of something else ("the White House released a letter on
    Thursday")."""
    doer_acts: frozenset[str] = frozenset()
    """For "Who imposed the sanctions?", the stems of the act whose doer or receiver is asked (``doer_acts``):
    a sentence that never mentions it names someone for something else ("Under heavy sanctions, the
    government in Pyongyang ...")."""
    acronym: str = ""
    """For "What does DACA stand for?", the short name asked about: the sentence that spells it out
    ("Deferred Action on Childhood Arrivals (DACA)") answers it."""
    defined: tuple[str, ...] = ()
    """For "What is the Convention Against Torture?", the stems of the term (``defined_term``): a sentence
    that only uses it ("seeking protection under the Convention Against Torture, she said") does not say
    what it is."""
    identity: tuple[str, ...] = ()
    """For "Who is Ed Royce?", the stems of the name asked about: a sentence that gives a role next to it
    ("House Foreign Affairs Chairman Ed Royce", "O'Hanlon, a senior fellow") answers it."""
    overview: bool = False
    """Whether it asks what the whole article says ("What is this article about?", "Summarize it"): the lede
    answers it."""
    reads_on: bool = False
    """Whether it only asks for more ("Tell me more", "Go on", "What happened next?"): the sentences after
    the last answer's answer it, as reading on would."""
    small_talk: str = ""
    """A greeting ("hi") or thanks ("thanks!") rather than a question: GREETING or THANKS, else empty."""
    alternatives: tuple[Alternative, ...] = ()
    """For an either-or question ("Was it Pompeo or Trump who ...?"), its two choices: it is answered by the
    one the evidence names, not by "Yes."."""
    roster: str = ""
    """PEOPLE for "Who is mentioned in the article?", SOURCES for "Who is quoted?": the whole article's
    people or sources, each cited where it first appears."""
    recall: str = ""
    """WHO_SAID for "Who said that?", WHERE_SAID for "Where does it say that?": a question about the last
    answer's own sentences."""
    speaker: Speaker | None = None
    """For "What did X say ...?", "What was X's position ...?" or "How did X react?", X: a sentence in which
    someone else speaks does not answer it."""
    asks_source: bool = False
    """Whether it asks who said or reported something ("Who reported the figure?"): a sentence that
    attributes it to no one does not answer it."""
    more_said: bool = False
    """Whether it only asks for more of someone's words ("What else did he say?", "Did Comey say anything
    else?"): their next words after the last answer's answer it, as reading on would."""
    told: QuestionShape | None = None
    """For a yes/no question whether someone told something ("Did he say why he ended it?", "Did it give
    any deadline?"), the shape of what they would have told ("Why he ended it?"): "Yes." needs a sentence
    holding it, "No." one saying it was kept back; else the article does not say."""
    next_asked: bool = False
    """Whether it asks what comes next ("What happens next?", "What's the next step for the bill?"): the
    sentences that tell what is still to come answer it, not ranking on those words."""
    quoted: tuple[str, ...] = ()
    """The words it quotes ('Who said "This is ethnic cleansing"?'; ``quoted_phrases``): a sentence holding
    them is the one asked about, and whose words they are settles 'Did Trump call the deal "flawed"?'."""
    cleft: frozenset[str] = frozenset()
    """For "Was it Molly Reynolds who said ...?", the stems of the name asked about (``cleft_doer``): a
    sentence that tells it of someone else named otherwise answers "No."."""
    article_own: bool = False
    """Whether it asks if the article states something itself ("Does the article report as fact that
    ...?"; ``asks_article_own``): a sentence naming a source answers "No.", one naming none "Yes."."""

    @property
    def in_article_order(self) -> bool:
        """Whether the article's own order answers it, not ranking: from the lede, after the last answer,
        through the whole article for its people or for more of someone's words, or the last answer's
        sentences again."""
        return (
            self.overview
            or self.reads_on
            or self.more_said
            or bool(self.roster or self.recall)
            or (self.next_asked and not self.topic_of_next)
        )

    @property
    def topic_of_next(self) -> frozenset[str]:
        """What a question asking what comes next is about, beyond asking it: "congress" and "resolution" in
        "What could come next in Congress after this resolution?", nothing in "What happens next?"."""
        return frozenset(self.content) - NEXT_WORDS if self.next_asked else frozenset()


ORGANISATION_NOUNS = frozenset(
    """institution institute university college department ministry agency administration office bureau
    division committee council commission court congress senate party company corporation group bank
    foundation association network channel newspaper panel firm team organisation organization outlet
    station broadcaster magazine publication""".split()
)
"""Nouns that name an organisation: "Which TV network ...?" asks for a name, as "who" does."""
NOT_A_PERSON = ORGANISATION_NOUNS | frozenset(
    """house corp inc news times post journal press river lake sea ocean mountains island islands kingdom
    republic empire commonwealth confederation union province county city town state states street square
    bridge park church cathedral palace castle airport station hospital school museum center centre
    studies korea east america americas africa asia europe york jersey zealand arabia carolina dakota
    virginia hampshire mexico angeles francisco diego vegas orleans kong lanka leone rica emirates strip
    peninsula gulf valley heights coast canal desert border zone region district territory frontier nations
    security affairs services relations rights reserve guard guards police forces force command intelligence
    council assembly parliament cabinet army navy marines military government regime embassy consulate
    treasury fund trust authority alliance coalition movement federation league society academy laboratory
    prison base revolution war act bill accord treaty agreement program programme plan initiative doctrine
    amendment summit""".split()
)
"""Last words of names that are not people ("the Brookings Institution", "the Vistula River", "North
Korea", "the Department of Homeland Security", "the First Step Act"): "he" never refers to them, and they
are no surnames."""
_ORGANISATION_NOUN = "|".join(
    w[:-1] + "(?:y|ies)" if w.endswith("y") else w + "s?" for w in sorted(ORGANISATION_NOUNS)
)
_VERB_FIRST = r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might)\b"
"""Verbs that open a question right after its wh-word ("When did ...?"), not a clause ("When the war ...")."""
_AUXILIARY = rf"(?:{_VERB_FIRST}|the\b)"

_WHICH_EXACTLY = r"(?:what|which)(?: is| was)?(?: the)?(?: exact| precise| specific)?(?: calendar)?"
"""The opening of "what date", "which year", "what was the exact calendar date"."""
_WHAT_TIME = (
    r"(?:what|which)(?: exact| precise| specific)? time\b"
    r"(?! of (?:the )?(?:year|day|month|week)| period| frame| zone)"
)
"""A clock time asked for: "at what time", not "what is the time rate of change" or "what time of year"."""

_PLACE_NOUN = r"(?:countr(?:y|ies)|cit(?:y|ies)|states?|towns?|provinces?|count(?:y|ies))"
HOME_QUESTION = re.compile(
    rf"\b(?:what|which) (?:{_PLACE_NOUN}|districts?) (?:does|did|is|was) .+ "
    r"(?:represent|represents|from|come from|hail from)\b|"
    r"\bwhere(?: is| are| was| were| ?['’]s) \S+(?: \S+){0,5} (?:originally )?(?:from|born)$|"
    rf"\b(?:represents?|from|hails? from|comes? from) (?:which|what) {_PLACE_NOUN}\b"
)
"""'Which state does Rep. Raul Labrador represent?', 'What country is Davila from?', 'Where was he born?': a
question about where someone is from, answered next to their name ("a Democrat from New York", "Paul Ryan of
Wisconsin", "a New Mexico Democrat"), not by "at an October hearing"."""


BORN_IN = re.compile(r"\bborn\b[^.;]{0,40}?\b(?:in|at)\s+[A-Z]")
"""Where someone was born: "a famous artist born in Warsaw"."""


def home_told(question: str, sentence: str) -> bool:
    """Whether the sentence tells where the person the question names is from ("Which state is Mike Pompeo
    from?" is not answered by "Pompeo will meet ... in New York", nor by "Ed Royce, a Republican from
    California"); any person's home, when the question names no one; where someone was born, by a sentence
    that says "born in" or else where they are from."""
    told = homes(sentence)
    if "born" in (w.lower() for w in words(question)) and BORN_IN.search(sentence):
        return True  # or else where the person is from: "Friedrich Ratzel of Germany"
    named = {stem(w.lower()) for w in proper_nouns(question) if w not in NOT_CITIES}
    if (
        not named
    ):  # "Where were they from?" against "organizations from Connecticut", "Central American parents"
        return bool(told) or from_somewhere(sentence)
    return any(named & {stem(w.lower()) for w in words(name)} for name, _ in told)


FROM_PLACE = re.compile(r"\b(?:from|of)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def from_somewhere(sentence: str) -> bool:
    """Whether the sentence says some people are from a state, country or region, by name ("organizations
    from Connecticut") or by their people's name ("three Central American parents")."""
    named = any(
        m["place"] in NOT_CITIES or f"{m['place']} State" in NOT_CITIES for m in FROM_PLACE.finditer(sentence)
    )
    return named or REGION_PEOPLE.search(sentence) is not None or names_country(sentence)


def asks_home(shape: QuestionShape) -> bool:
    """Whether the question asks which state, country or city someone represents or is from."""
    return shape.answer_type is AnswerType.PLACE and HOME_QUESTION.search(" ".join(shape.words)) is not None


TENURE_QUESTION = re.compile(
    r"\bhow long (?:has|have|had) (?P<subject>\S+)(?: \S+){0,2}? "
    r"(?:been|held|had|served|worked|led|run|headed|lived|taught|chaired|represented|directed|managed|owned)\b"
)
"""'How long has he held that job?', 'How long has Charles Carmakal been a vice president?': how long someone
has been what they are."""
TENURE = re.compile(
    r"\bsince\b|\bfor (?:(?:the )?(?:past|last) )?(?:\w+ )?(?:years?|months?|decades?|weeks?)\b|"
    r"\b\w+-year (?:veteran|tenure|career|term|stint)\b|\btenure\b|\bveteran\b|\bserved\b",
    re.IGNORECASE,
)
"""What tells how long someone has been something: "since 2012", "for two decades", "a 20-year veteran"."""


def asks_tenure(shape: QuestionShape) -> bool:
    """Whether the question asks how long a person has held a job or a place: "18 months to complete" is
    the length of something else."""
    match = TENURE_QUESTION.search(" ".join(shape.words))
    if match is None:
        return False
    subject = match["subject"]
    return subject in ("he", "she") or subject in {w.lower() for w in shape.proper_nouns}


def states_tenure(sentence: str) -> bool:
    """Whether the sentence says how long someone has been something (see ``TENURE``)."""
    return TENURE.search(sentence) is not None


COUNTRIES = frozenset(
    " ".join(name.split())
    for name in """\
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|
Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|
Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|
Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|
Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|
Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|U.K.|UK|
United States|U.S.|US|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|
Zimbabwe|Korea|Greenland|Hong Kong|Macau|Tibet|Kurdistan|Soviet Union|USSR|Yugoslavia|Czechoslovakia|
East Germany|West Germany|Prussia|Persia|Ottoman Empire|Holland""".replace("\n", "").split("|")
)
"""Countries as news names them, with their common short forms ("U.S.", "Britain", "Burma")."""
NOT_CITIES = (
    COUNTRIES
    | frozenset(
        """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Puerto Rico""".replace(
            "\n", ""
        ).split("|")
    )
    | frozenset(
        """Africa|Asia|Europe|Latin America|South America|North America|Central America|Middle East|Caribbean|
Pacific|Atlantic|Korean Peninsula|Gulf""".replace("\n", "").split("|")
    )
) - frozenset(["Singapore", "Monaco", "Vatican", "San Marino", "Luxembourg", "Kuwait", "Djibouti", "Panama"])
"""Places that are no city: countries (but the city-states), U.S. states (but Washington), regions."""
EXTRA_DEMONYMS = frozenset(
    "American British Dutch Filipino Swiss French Greek Welsh Scottish Irish Thai".split()
)
_DEMONYM_STEMS = frozenset(
    name.split()[-1][:-1].lower()
    for name in COUNTRIES
    if len(name.split()[-1]) >= 4 and name.split()[-1].isalpha()
) - {"republi", "island", "state", "kingdo", "emirate", "coas", "guine", "afric", "suda"}
REGION_PEOPLE = re.compile(r"\b(?:Central|Latin|South|North) Americans?\b")
"""'Central American parents' come from a region, not a country."""
DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is")
"""How the name of a country's people ends: "Peruvian", "Chinese", "Kurdish", "Iraqi"; not "Perhaps"."""
COUNTRY_QUESTION = re.compile(r"\b(?:which|what) (?:other |foreign )?(?:countr(?:y|ies)|nations?)\b")
CITY_QUESTION = re.compile(r"\b(?:which|what) (?:city|cities|town|towns)\b(?! in\b)")
_COUNTRY_NAME = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True)) + r")(?![\w])"
)


def asks_country(shape: QuestionShape) -> bool:
    """Whether the question asks which country or nation: a sentence naming none cannot say."""
    return COUNTRY_QUESTION.search(" ".join(shape.words)) is not None


def asks_city(shape: QuestionShape) -> bool:
    """Whether the question asks which city or town ("Which city in Texas?" names the state, so no)."""
    return CITY_QUESTION.search(" ".join(shape.words)) is not None


PLACE_WITHIN = re.compile(r"^\W*[Ww]here\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")


def place_asked_within(question: str) -> frozenset[str]:
    """The place a where-question asks within ("Where in New York will the talks be held?"), as stems: a
    sentence that only names that place again ("in New York for talks") does not answer it."""
    match = PLACE_WITHIN.match(question)
    return frozenset(content_stems(match["place"])) if match else frozenset()


def names_country_besides(sentence: str, asked: frozenset[str]) -> bool:
    """Whether the sentence names a country the question does not: "What other countries signed it besides
    the US and Iran?" is not answered by a sentence naming only Iran."""
    return names_country(WORD_ONLY.sub(lambda m: "_" if stem(m.group(0)) in asked else m.group(0), sentence))


BESIDES = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+"
    r"(?P<excluded>[^,?;]+)",
    re.IGNORECASE,
)
"""'Besides the U.S.-Mexico border', 'apart from crime': what a question leaves out."""
OTHER_ASKED = re.compile(
    r"\b(?:(?P<else>else)|other\s+(?:(?:kinds?|types?|sorts?|forms?|areas?)\s+of\s+)?"
    r"(?P<kind>(?:[a-z]+\s+){0,2}[a-z]+))\b",
    re.IGNORECASE,
)
"""'which other borders', 'what other kind of violence claims', 'who else': asking for more of a kind."""
NAMES_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s*(?:,|and)?\s*)+")
"""'Demers', 'Gardner and Warren': names, not a description ("the five Muslim-majority nations")."""


@dataclass(frozen=True, slots=True)
class Besides:
    """What "Besides the U.S.-Mexico border, which other borders ...?" leaves out and asks for more of."""

    excluded: frozenset[str]
    """The stems of what the question leaves out ("u.s", "mexico", "border")."""
    kind: frozenset[str] | None
    """The stems of the kind of thing asked for more of ("border"); None for "who else" besides people."""


def asked_besides(question: str) -> Besides | None:
    """What a question asking for others than something leaves out, when it asks for "other" things or,
    besides people it names, "else" ("Who else spoke at the forum besides Demers?"); None for any other
    question."""
    besides = BESIDES.search(question)
    other = OTHER_ASKED.search(question)
    if besides is None or other is None:
        return None
    excluded = frozenset(content_stems(besides["excluded"]))
    if other["else"]:
        named = NAMES_ONLY.fullmatch(besides["excluded"].strip())
        return Besides(excluded, None) if excluded and named else None
    kind = list(itertools.takewhile(lambda w: w not in STOPWORDS, other["kind"].lower().split()))
    return Besides(excluded, frozenset(stem(w) for w in kind)) if excluded and kind else None


def tells_only_excluded(sentence: str, besides: Besides) -> bool:
    """Whether the sentence tells of what the question leaves out and of nothing else of its kind: "traffic
    drugs across the U.S.-Mexico border" names no other border; "failed to deliver on ... repealing ... the
    Affordable Care Act" is the one setback the question already names. It must hold most of what is left
    out, and no more mentions of the kind than that does ("domestic and gang violence" tells of more)."""
    held = besides.excluded & set(content_stems(sentence))
    if besides.kind is None or 2 * len(held) < len(besides.excluded):
        return False
    mentions = sum(stem(w) in besides.kind for w in words(sentence))
    return mentions <= len(besides.kind & besides.excluded)


SPECIFIC_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:specific|particular|exact)\s+(?P<noun>[a-z]+)|"
    r"\b(?:what|which)\s+(?P<head>[a-z]+)\b(?=.*\b(?:in\s+particular|specifically|exactly)\b)|"
    r"\bwhat\s+(?:are|were)\s+(?:those|these)\s+(?:[\w-]+\s+){0,3}?(?P<named>[a-z]+s)\W*$",
    re.IGNORECASE,
)
"""'What specific barriers to research does she mean?', 'Which technologies in particular ...?', 'What are
those quality-of-life measures?': the question asks which ones exactly, beyond the words the article uses
for them."""
SPECIFYING = re.compile(r"\s*(?:[:(—–]|,?\s*(?:such\s+as|including|like|namely)\b)", re.IGNORECASE)
"""What introduces the members of a kind: "two crimes: obstruction and ...", "barriers such as ..."."""


def leaves_unspecified(question: str, sentence: str) -> bool:
    """Whether a question asking which ones exactly gets a sentence that only names the kind, in the
    question's words: "created barriers to research" says not which barriers, "our technology, our
    intellectual property" not which technologies. A sentence that goes on to list them ("two crimes:
    obstruction and conspiracy", "barriers such as ...") does say; one that never names the kind is left
    to the other rules."""
    asked = SPECIFIC_ASKED.search(question)
    if asked is None:
        return False
    kind_word = (asked["noun"] or asked["head"] or asked["named"]).lower()
    if kind_word in STOPWORDS:
        return False  # "What does the theory most specifically seek to answer?" names no kind
    kind = stem(kind_word)
    question_stems = set(content_stems(question))
    mentions = [m for m in WORD_ONLY.finditer(sentence) if stem(m.group(0)) == kind]
    for mention in mentions:
        before = (WORD_ONLY.findall(sentence[: mention.start()])[-1:] or [""])[0]
        named_before = before[:1].isupper() and not is_country_people(before, SURNAME_LIKE_STEM)
        kind_before = (  # "nuclear, chemical and biological weapons programs"; not "created barriers"
            before.islower()
            and before not in STOPWORDS
            and stem(before) not in question_stems
            and not before.endswith(("ed", "ing"))
        )
        if mention.group(0)[:1].isupper() or named_before or kind_before:
            return False  # a name ("the National Security Division", not "Chinese companies") or a kind
        rest = sentence[mention.end() :]
        following = WORD_ONLY.match(rest.lstrip())
        while (
            not SPECIFYING.match(rest)
            and following
            and stem(following.group(0)) in question_stems | STOPWORDS
        ):
            rest = rest.lstrip()[following.end() :]  # "barriers to research": the question's own words
            following = WORD_ONLY.match(rest.lstrip())
        if SPECIFYING.match(rest) or (following and following.group(0)[:1].isupper()):
            return False
    return bool(mentions)


ASKED_ITEMS = re.compile(
    r"\b(?:(?:his|her|their|its)\s+(?P<count>two|three|four)|(?P<both>both))\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+s)\b",
    re.IGNORECASE,
)
"""'his two tweets', 'both senators': a question asking about several things of a kind, each of which a
sentence of its own may tell; not 'What are the two bodies ...?', which one sentence listing both answers, nor
'the three parents who sued', which only says whom the question is about."""
ITEM_COUNTS = {"two": 2, "three": 3, "four": 4}


def asked_items(question: str) -> tuple[int, str] | None:
    """How many things of a kind a question asks about, and the stem of the kind: (2, "tweet") for "What did
    Trump say in his two tweets?", (2, "senator") for "What did both senators say?"."""
    match = ASKED_ITEMS.search(question)
    if match is None:
        return None
    count = 2 if match["both"] else ITEM_COUNTS[match["count"].lower()]
    return count, stem(match["noun"].lower())


SPOKEN_AT = re.compile(
    r"(?:\b(?i:speaking|spoke|speaks|speak|said|says|told|tells|addressing|addressed|testified|testifying|"
    r"remarks|speech)\b[^.;:]{0,40}?\b(?:at|in|before|on(?!\s+(?i:"
    + "|".join(sorted(CALENDAR_NAMES))
    + r")\b))|\b(?i:speaking|spoke|speaks|speak|remarks|speech|testified|testifying)\s+to)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?[A-Z][\w.'’-]*"
)
"""Where someone spoke: "Speaking at a cyberthreat intelligence forum in Washington", "said in Seoul",
"testified before the Senate Committee", "said on the House floor", "spoke to the Heritage Foundation"; not
"said on Tuesday", nor "said the fix to the DACA program"."""


WHERE_SPOKEN = re.compile(
    r"^\W*where\s+(?:did|does|do|was|were|is|has|have|had|will)\s+(?:[\w.'’-]+\s+){1,4}?"
    r"(?:(?:speak|spoke|speaking|testify|testified|testifying|address)\b|"
    r"(?:say|said)\s+(?:it|that|this|so)\W*$|"
    r"(?:make|made|give|gave|deliver|delivered)\s+(?:the|his|her|their|those|these|that|this)\s+"
    r"(?:remarks|comments|statement|speech|address|interview)\b)",
    re.IGNORECASE,
)
"""'Where did Demers speak about cyberthreats?', 'Where did he say that?', 'Where did she make the remarks?':
where someone's words were given; not 'Where did he say the missiles landed?'."""


def asks_where_spoken(shape: QuestionShape) -> bool:
    """Whether the question asks where someone's words were given (``WHERE_SPOKEN``), not where the article
    says something ("Where does it say that?")."""
    return not shape.recall and WHERE_SPOKEN.match(" ".join(shape.words)) is not None


def tells_where_said(sentence: str) -> bool:
    """Whether the sentence places someone's words: "Speaking at a forum in Washington, Demers warned", not
    "the division head said Thursday"."""
    return SPOKEN_AT.search(sentence) is not None


def names_country(sentence: str) -> bool:
    """Whether the sentence names a country, by name or by its people ("a Salvadoran woman", "Chinese")."""
    sentence = REGION_PEOPLE.sub(" ", sentence)
    if _COUNTRY_NAME.search(sentence):
        return True
    return any(word[:1].isupper() and is_country_people(word) for word in words(sentence))


def is_country_people(word: str, shortest: int = 1) -> bool:
    """Whether the word names a country's people ("Salvadoran", "Chinese"), read off the country's name
    (at least ``shortest`` letters of it: "Chan" is no Chadian)."""
    lowered = word.lower()
    return word in EXTRA_DEMONYMS or (
        lowered.endswith(DEMONYM_ENDINGS)
        and any(len(s) >= shortest and lowered.startswith(s) for s in _DEMONYM_STEMS)
    )


def names_city(sentence: str) -> bool:
    """Whether the sentence names, after a place preposition, a place that may be a city: "in Singapore",
    "based in Austin"; "in Canada" is a country."""
    toks = words(sentence)
    for i in range(1, len(toks)):
        if toks[i][:1].isupper() and _names_place_after(toks[:i], frozenset()):
            run = list(itertools.takewhile(lambda w: w[:1].isupper(), toks[i:]))
            if " ".join(run) not in NOT_CITIES and run[0] not in NOT_CITIES:
                return True
    return False


POSSESSED_NAME = r"what(?:'s| is| was| are| were) the (?P<owner>(?:[a-z]+ ){0,3}?[a-z]+)'s (?:full )?names?$"
"""A name asked as someone's: "What's the baker's name?" asks the name of the baker."""

REASON_ASKED = (
    r"why\b|what (?:caused|prompted|triggered|sparked|motivated|drove|led|spurred|inspired|provoked)\b|"
    r"what reasons?\b|"
    r"what (?:is|was|are|were) the (?:main |real )?(?:reasons?|causes?|motives?|motivation|impetus)\b"
)
"""How a question asks for a reason, from its first wh-word: "What prompted ...?", "What reason did he
give?". "What was the purpose of CSNET?" asks what it was for, which a sentence says without a cue word."""
PURPOSE_ASKED = r"what purpose\b"
"""After "for": "For what purpose was the bill introduced?" asks why."""
PERSON_ROLE_NOUNS = frozenset(
    """official officer leader president minister senator lawmaker congressman congresswoman legislator
    justice judge lawyer attorney prosecutor spokesman spokeswoman spokesperson director secretary governor
    mayor chief executive chairman chairwoman ambassador diplomat envoy commander general agent candidate
    founder author writer reporter journalist analyst expert scientist professor researcher economist
    king queen emperor prince princess pope bishop ruler admiral captain coach player sponsor cosponsor
    nominee employee member resident aide adviser advisor staffer activist protester witness suspect
    defendant plaintiff challenger representative delegate commissioner inspector investigator student
    teacher doctor soldier worker parent host anchor correspondent editor columnist commentator interviewer
    moderator negotiator mediator organizer organiser gunman victim hostage survivor chair chairperson
    speaker lobbyist strategist historian scholar engineer pilot nurse ceo detective sheriff mother father
    mom dad son daughter wife husband brother sister""".split()
)
"""Nouns for people who have names: "Which Iranian official ...?" asks for one, as "who" does."""


_PERSON_ROLE = "|".join(sorted(PERSON_ROLE_NOUNS))
"""A person's role after an organisation's name: "Which Bangladesh Central Bank official ...?" asks for a
person."""
_DEGREE_NOUN = "|".join(
    """support opposition backing damage pressure influence power interest attention progress criticism
    resistance impact trust confidence control success concern effect""".split()
)
"""What "how much" asks the degree of, not a figure: "How much support do the sanctions have?" is answered
by "strong bipartisan support", "How much success did it find?" by "a disaster"."""
ANSWER_TYPE_PATTERNS = (
    (
        AnswerType.NUMBER,
        rf"how (many|much(?! (?:{_DEGREE_NOUN})\b)|long|old|far|big|large|close)\b|"
        r"what (number|percentage|percent|amount|age)\b|"
        r"what(?:'s| is| was) (?:\S+ ){1,4}age$|"
        r"what (?:margin|(?:final )?(?:vote )?tally)\b|"
        r"how (?:did|was|were) (?:\S+ ){1,3}(?:split|divided)\b|what was the (?:vote )?split\b|"
        r"what(?:'s| is| was| were)? the (?:[a-z]+ ){0,2}(?:count|tally|margin)\b|"
        r"what(?:'s| is| was)? the (?:final )?vote\b(?! on whether)",
    ),
    (
        AnswerType.DATE,
        rf"when\b|{_WHICH_EXACTLY} (year|date|day|month|century|decade)s?\b|"
        r"(what|which)( exact| precise)? time\b",
    ),
    (AnswerType.PLACE, rf"where\b|(what|which) (?:{_PLACE_NOUN}|places?|regions?)\b"),
    (AnswerType.REASON, REASON_ASKED),
    (AnswerType.PERSON, r"who\b|whom\b|whose\b|what('s| is| was) (his|her) (full )?name\b"),
    (
        AnswerType.ORGANISATION,
        rf"(what|which)( (?!{_AUXILIARY}|or\b)[a-z]+){{0,4}}? ({_ORGANISATION_NOUN})\b"
        rf"(?! (?:{_PERSON_ROLE})\b)",
    ),
    (
        AnswerType.NAME,
        r"what('s| is| was| are| were)? the ([a-z]+ )?(names?|titles?) of\b|"
        rf"{POSSESSED_NAME}|"
        r"what (is|was|are|were) [^?]* called$|"
        r"(what|which) (model|make|brand)s? of\b",
    ),
)
"""What each kind of typed question looks like from its wh-word on."""
WH_WORDS = ("what", "which", "who", "whom", "whose", "when", "where", "how", "why")
WH_WORD = re.compile(rf"\b(?:{'|'.join(WH_WORDS)})\b")


SCENE_OPENER = re.compile(rf"\s*(?:when|where|if|once|after)\s+(?!{_VERB_FIRST})", re.IGNORECASE)
"""A leading clause that only sets the scene: "When B cells replicate, what …?", "When he spoke to House
Republicans, did …?"."""


def _asked_type(question: str) -> AnswerType | None:
    """The kind of phrase asked for, read at the first wh-word: "Which network did he call when ...?" asks for
    a network, not a time, and "What happened when ...?" for an event. A leading "When ...," clause only sets
    the scene: "When B cells replicate, what do they become?" asks what."""
    opening, comma, rest = question.partition(",")
    if comma and SCENE_OPENER.match(opening) and WH_WORD.search(rest.lower()):
        question = rest
    question = " ".join(w.lower().replace("’", "'") for w in words(question))
    first = WH_WORD.search(question)
    if first is None:
        return None
    focus = question[first.start() :]
    if question[: first.start()].endswith("at ") and re.match(r"what (?:point|moment)\b", focus):
        return AnswerType.DATE  # "At what point did the money run out?"; not "What point did he make?"
    if question[: first.start()].endswith("for ") and re.match(PURPOSE_ASKED, focus):
        return AnswerType.REASON
    return next((kind for kind, pattern in ANSWER_TYPE_PATTERNS if re.match(pattern, focus)), None)


PERSON_ROLE_STEMS = frozenset(stem(w) for w in PERSON_ROLE_NOUNS)
FOCUS_OPENERS = re.compile(
    r"what(?:'s| is| was| are| were)? the (?:[a-z]+ )?(?:names?|titles?) of(?: the| a| an)?|"
    r"(?:what|which) (?:model|make|brand)s? of(?: the| a| an)?|"
    r"who(?:'s| is| was| are| were) (?:the|a|an)\b|"
    rf"(?:what|which)\b(?! {_VERB_FIRST})"
)
"""Where the noun phrase of a question asking for a named thing starts: "which [Iranian official]", "the name
of the [federal judge]", "who was the [attorney general]", "what model of [missile]"."""
LEADER_QUESTION = re.compile(
    r"\W*(?:(?:and|so|but)\s+)?who(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+(?:currently\s+|now\s+)?"
    r"(?:leads|led|leading|heads|headed|heading|runs|ran|running|chairs|chaired|chairing|directs|directed|"
    r"directing|oversees|oversaw|overseeing|commands|commanded|commanding)\b",
    re.IGNORECASE,
)
"""'Who heads the agency?', 'Who is leading the Senate Republicans?': who its leader is."""
LED_ACTIVITY = re.compile(
    r"\b(?:efforts?|campaigns?|drives?|push|investigations?|probes?|inquiry|charge|initiatives?|talks|"
    r"negotiations?|fight|race|polls?|way|coalition|search|operations?|attacks?|raids?|protests?|rally|"
    r"rallies|march|marches|movement|response|review)\b",
    re.IGNORECASE,
)
"""What anyone, a group or an agency may lead: "Who is leading the reunification effort?" asks no person."""
DESIGNATION_OPENER = re.compile(r"(?:what|which) (?:model|make|brand)s? of\b")
"""A model, make or brand is named ("Fateh-110", "a Boeing 737"): "ballistic missiles" names no model."""
FOCUS_WORDS = 4
APPOSITIVE_WORDS = 5
CLAUSE_MARKS = frozenset(',.;:()"—–“”')
"""Tokens that end a clause, so the words after them open the next one."""
POSSESSIVE = re.compile(r"['’]s?$")
COPULAS = frozenset(["is", "was", "are", "were"])
ARTICLES = frozenset(["a", "an", "the"])


def asked_focus(question: str) -> str | None:
    """The stem of the head noun of the named thing a question asks for ("official" in "Which Iranian
    official ordered the strike?", "firm" in "What is the name of Manafort's consulting firm?"), or None when
    it asks for no named person, organisation or name ("What new sanctions ...?")."""
    text = " ".join(w.replace("’", "'") for w in words(question))
    possessed = re.search(POSSESSED_NAME, text.lower())
    if possessed:
        return stem(possessed["owner"].split()[-1])  # "What is the judge's name?" asks which judge
    if LEADER_QUESTION.match(text) and not LED_ACTIVITY.search(text) and not asked_alternatives(question):
        return stem("leader")  # "Who heads the agency?" asks who its leader is; "Comey or Wray?" asks which
    first = WH_WORD.search(text.lower())
    opener = FOCUS_OPENERS.match(text.lower(), first.start()) if first else None
    if opener is None:
        return None
    opening = text[opener.start() : opener.end()].lower()
    phrase: list[str] = []
    rest = text[opener.end() :].split()
    for k, word in enumerate(rest):
        t = word.lower()
        if t.endswith("'s"):  # "the name of Manafort's firm": the phrase starts after the possessive
            if phrase:
                break
            continue
        if not phrase and (t in ARTICLES or t in ORDINAL_WORDS or t == "other" or _is_number(t)):
            continue  # "which two justices", "the name of the first ...", "the other three employees"
        if opening.startswith("who") and t.endswith(("ed", "ly")):
            if phrase and stem(phrase[-1].lower()) in PERSON_ROLE_STEMS:
                break  # "Who were the three FBI employees criticized ...?" asks which employees
            return None  # "Who was the attack mainly designed for?" asks who, not which attack
        if t in STOPWORDS or WH_WORD.fullmatch(t) or t.endswith("ed") or len(phrase) == FOCUS_WORDS:
            break  # "what happened to ...", "What prompted ...", "which official ordered ..."
        if phrase and word[:1].isupper() and phrase[-1].islower() and _opens_clause(rest[k:]):
            break  # "the name of the bill Trump signed": a clause's subject, not part of the noun
        phrase.append(word)
    nouns = [w.lower() for w in phrase]
    named = [
        w for w in nouns if w.removesuffix("s") in PERSON_ROLE_NOUNS or re.fullmatch(_ORGANISATION_NOUN, w)
    ]
    if named:
        return stem(named[-1])
    names_asked = "name" in opening or "title" in opening
    if names_asked or opening.startswith("who") or DESIGNATION_OPENER.match(opening):
        plain = [w for w in nouns[1:] if not w.endswith("ing")]
        return stem(plain[-1]) if plain else stem(nouns[0]) if nouns else None
    return None


def _opens_clause(rest: list[str]) -> bool:
    """Whether a run of names and the verb after it start a clause: "Trump signed", "Sotomayor cited"."""
    after = list(itertools.dropwhile(lambda w: w[:1].isupper(), rest))
    return bool(after) and (after[0].endswith("ed") or after[0] in IRREGULAR_VERBS)


def names_focus(sentence: str, focus: str, exclude: frozenset[str]) -> bool | None:
    """Whether the sentence gives a name to the asked-about noun ("the FBI director, Christopher Wray",
    "Wray, the FBI director", "Attorney General Jeff Sessions"); None when it does not mention it. "The
    official said" mentions the official but does not name him: no answer to "Which official ...?"."""
    toks = WORD.findall(sentence)

    def is_name(j: int) -> bool:
        t = toks[j] if 0 <= j < len(toks) else ""
        if t.isdigit() and j > 0:  # a model number: "Fateh-313", "Boeing 737"
            return is_name(j - 2) if toks[j - 1] == "-" else is_name(j - 1)
        return (
            t[:1].isupper()
            and t.lower() not in STOPWORDS
            and t.lower() not in CALENDAR_NAMES
            and stem(t) not in exclude
        )

    def punctuation(j: int) -> bool:
        return 0 <= j < len(toks) and not toks[j][:1].isalnum()

    def appositive(j: int, i: int) -> bool:
        """ "Wray, the FBI director" or "Wray is the FBI director": a name, then a comma or "is a/the", then
        words up to the noun at ``i``."""
        joined = toks[j] == "," or (toks[j].lower() in COPULAS and toks[j + 1].lower() in ARTICLES)
        named = is_name(j - 1) or toks[j - 1] == ")"  # "Andrew Lortie (born André Lortie), a theologian"
        return joined and named and not any(toks[k] in CLAUSE_MARKS for k in range(j + 1, i))

    mentioned = False
    for i, t in enumerate(toks):
        if stem(t.lower()) != focus or _in_idiom(toks, i):
            continue
        mentioned = True
        organisation_name = i > 0 and t[:1].isupper() and re.fullmatch(_ORGANISATION_NOUN, t.lower())
        if organisation_name:  # "the Court of Justice"
            return True
        # "the Santer Commission", "Yonhap news agency", not "Trump's top official"; a person is not named by
        # the name before a role in lower case: "a White House official", "the FBI director" name no one
        # ("Prime Minister" is a title, often with the name further on)
        modifier = toks[i - 1].lower() if i > 0 else ""
        named_owner = is_name(i - 2) and not POSSESSIVE.search(toks[i - 2])
        people_of = (  # "Chinese companies" name none; "the Korean King" is one
            i > 0
            and t.lower() != focus
            and t.lower().endswith("s")
            and toks[i - 1][:1].isupper()
            and is_country_people(toks[i - 1], SURNAME_LIKE_STEM)
        )
        named_before = (is_name(i - 1) and not people_of) or (
            modifier.isalpha() and modifier not in STOPWORDS and named_owner
        )
        if named_before and (focus not in PERSON_ROLE_STEMS or t[:1].isupper()):
            return True
        after = i + 1
        while punctuation(after) and after <= i + 2:
            after += 1
        introducing = [t.lower() for t in toks[after : after + 2]]
        introduced = 2 if introducing == ["such", "as"] else int(introducing[:1] in (["including"], ["like"]))
        after += introduced
        if introduced and toks[after : after + 1] == ["the"]:
            after += 1  # "agencies such as the FBI and the DEA", "groups including the ACLU"
        # "Director Christopher Wray", "director, Christopher Wray", "the colony of Fort Caroline", "his book,
        # A Higher Loyalty" (a title may open with a capitalised article)
        titled = toks[after : after + 1] in (["A"], ["An"], ["The"]) and punctuation(after - 1)
        if is_name(after + titled) or (toks[after : after + 1] == ["of"] and is_name(after + 1)):
            return True
        if any(appositive(j, i) for j in range(max(1, i - APPOSITIVE_WORDS), i)):
            return True
    return None if not mentioned else False


IDIOM_QUANTIFIERS = frozenset("most some many all any certain".split())


def _in_idiom(toks: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is part of "in most cases", "in any case", "in case": no mention of a case
    ("in this case" may be the lawsuit)."""
    before = [t.lower() for t in toks[max(0, i - 2) : i]]
    if before[-1:] == ["in"]:
        return toks[i].lower() == "case"
    return len(before) == 2 and before[0] == "in" and before[1] in IDIOM_QUANTIFIERS


def names_no_member(sentence: str, focus: str, exclude: frozenset[str]) -> bool:
    """Whether the sentence mentions the asked-about noun in the plural without naming any of them ("two
    courts have acted", "several associations backed the move"): it says there were some, not which.
    "The border agency said" identifies the agency in its article; "two courts" identify none."""
    if names_focus(sentence, focus, exclude) is not False:
        return False
    return any(
        t.lower().endswith("s")
        and stem(t.lower()) == focus
        and (stem(t.lower()[:-1]) == focus or t.lower().endswith("ies"))  # "courts", "companies"
        for t in WORD.findall(sentence)
    )


REACTION_QUESTION = re.compile(
    r"\bhow (?:did|does|do|has|have|will|would) (?P<who>.+?) (?:respond|react|reply)|"
    r"\bwhat (?:was|is|were|are|has been) (?P<owner>.+?)['’]s? (?:[a-z]+ )?(?:response|reaction|reply)\b|"
    r"\bwhat (?:was|is|were|are|has been) the (?:[a-z]+ )?(?:response|reaction|reply) (?:from|of|by) "
    r"(?P<from>.+?)(?: to\b|\W*$)",
    re.IGNORECASE,
)
SPEECH_VERBS = frozenset(
    """said says say told tells tweeted tweets wrote writes responded responds reacted reacts replied replies
    called calls stated added announced praised criticized criticised denounced condemned welcomed rejected
    dismissed slammed blasted hailed urged warned argued insisted vowed declared acknowledged noted
    commented countered blamed accused thanked congratulated""".split()
)
"""Verbs by which an article reports someone's response: "Trump called it a victory", "said Engel"."""
SPEECH_STEMS = frozenset(stem(v) for v in SPEECH_VERBS)
SPEECH_ACTS = SPEECH_STEMS | frozenset(
    stem(w)
    for w in """address speak spoke speech remarks statement interview comment announcement testify testimony
    tell talk discuss mention weigh alarm pitch warning confirm filing filings""".split()
)
"""Words of a question asking when something was said ("When did Trump address the nation?")."""
INVERTED_SPEECH_VERBS = frozenset("said says wrote writes added tweeted noted stated declared".split())
"""Verbs a speaker may follow ("said Rep. Eliot Engel"); after the others the name is the object ("Royce
called on Aung San Suu Kyi")."""
SPEAKER_PRONOUNS = frozenset("he she they it we i".split())
PLURAL_PRONOUNS = frozenset(["they", "we"])
SPEAKER_REACH = 3
INVERTED_SPEAKER_REACH = 5


YES_NO_REACTION = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?(?:has|have|had|did|does|do|will)\s+(?P<who>(?:\S+\s+){0,3}?\S+)\s+"
    r"(?:responded|respond|reacted|react|replied|reply|commented|comment|said anything|say anything|spoken|"
    r"speak|weighed in|weigh in)\b",
    re.IGNORECASE,
)
"""'Has she responded to it?', 'Has Pompeo said anything about it?': whether someone reacted."""


YES_NO_STANCE = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?(?:has|have|had|did|does|do|will|would)\s+(?:\S+\s+){0,5}?\S+\s+"
    r"(?:(?:still|really|actually|also|now|ever)\s+)?(?:dis)?(?:agree|agreed|support|supported|oppose|opposed|"
    r"approve|approved|endorse|endorsed|object|objected|reject|rejected|accept|accepted|favou?r|favou?red|"
    r"criticize|criticized|criticise|criticised|praise|praised|side|sided)\b",
    re.IGNORECASE,
)
"""'Does Trump agree with the report?', 'Did the union back the deal?': whether someone is for or against
something."""
STANCE_TOLD = re.compile(
    r"\b(?:agree\w*|disagree\w*|support\w*|back(?:s|ed|ing|ers?)?|oppos\w*|approv\w*|disapprov\w*|"
    r"endors\w*|accept\w*|favou?r\w*|welcom\w*|object\w*|reject\w*|critici\w*|prais\w*|defen[ds]\w*|"
    r"blast\w*|slam\w*|applau\w*|hail\w*|laud\w*|condemn\w*|denounc\w*|decr(?:y|ied|ies)|attack\w*|"
    r"excoriat\w*|fault\w*|wrong|right|correct|flawed|mistake\w*|errors?|reasonable|great|good|bad|"
    r"urg(?:e|es|ed|ing)|push(?:es|ed|ing)? for|call(?:s|ed|ing)? (?:for|on)|embrac\w*|champion\w*|"
    r"resist\w*|fight\w*|fought|protest\w*|pleased|happy|unhappy|angry|frustrat\w*|concern\w*|"
    r"disappoint\w*|outrag\w*|thank\w*|appreciat\w*|insubordinate|extraordinary|against|dismiss\w*|"
    r"ruled|ruling|upheld|uphold\w*|struck down|overturn\w*|sided|concur\w*|dissent\w*)\b",
    re.IGNORECASE,
)
"""Words that tell someone's stance: for, against, praise, blame, a judgement of right or wrong, a court's
ruling."""


def stance_untold(question: str, evidence: str) -> bool:
    """Whether a yes/no question asks if someone is for or against something ("Do immigration judges agree
    with the ruling?") and the evidence holds no word of anyone's stance ("Sessions directed his ruling at
    immigration judges"): that they are mentioned tells nothing of what they think. A stance word the question
    holds too is the question's own ("agree that the report reached the wrong conclusion?")."""
    asked = YES_NO_STANCE.search(question)
    if asked is None:
        return False
    verb = stem(words(asked[0])[-1])
    # "Does he agree that the report reached the wrong conclusion?": "wrong" is the question's own
    echoed = {stem(w) for w in words(question)} - {verb}
    return not any(stem(told[0]) not in echoed for told in STANCE_TOLD.finditer(evidence))


FOR_STANCES = frozenset(
    stem(w) for w in "agree support approve endorse accept favor favour praise side".split()
)
FOR_STANCE_PHRASE = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?(?:is|are|was|were)\s+(?:\S+\s+){0,4}?\S+\s+"
    r"(?:on board with|in favou?r of|supportive of)\b",
    re.IGNORECASE,
)
"""'Is Baldwin on board with another stopgap bill?': whether someone is for something, asked with "to be"."""
DISPUTING = re.compile(
    r"\b(?:wrong|disagree\w*|reject\w*|disput\w*|flawed|mistaken|false|incorrect|untrue|oppos\w*|object\w*|"
    r"dissent\w*)\b",
    re.IGNORECASE,
)
"""Words that dispute what someone else holds: "reached the wrong conclusion", "rejected the finding",
"objects to the continuing series of temporary spending bills", "the conservative wing dissented"."""


def stance_disputed(question: str, sentence: str) -> bool:
    """Whether a yes/no question asks if someone is for something ("Does Trump agree with the report that
    there was no bias?") and the sentence disputes it in words the question does not use ("Trump said the
    report reached the wrong conclusion"): the answer is no, whatever negation the question's own clause
    holds. "Is Baldwin on board with it?" asks so too."""
    asked = YES_NO_STANCE.search(question)
    asks_for = FOR_STANCE_PHRASE.search(question) or (asked and stem(words(asked[0])[-1]) in FOR_STANCES)
    if not asks_for:
        return False
    echoed = {stem(w) for w in words(question)}
    return any(stem(told[0].split()[0]) not in echoed for told in DISPUTING.finditer(sentence))


def asked_yes_no_reactor(question: str) -> frozenset[str]:
    """The stems of X in "Has X responded ...?" or "Did X comment ...?", else empty."""
    match = YES_NO_REACTION.search(question)
    return frozenset(content_stems(match["who"])) if match else frozenset()


MANY = "<many>"
"""Marks a reactor named in the plural ("the senators on the panel"), whom "he" or "she" cannot stand for."""


def asked_reactor(question: str) -> frozenset[str]:
    """The stems of X in "How did X respond to ...?" or "What was X's reaction ...?", with MANY when X is
    named in the plural; else empty."""
    match = REACTION_QUESTION.search(question)
    if match is None:
        return frozenset()
    who = match["who"] or match["owner"] or match["from"]
    head = next((w for w in words(who) if w.lower() not in STOPWORDS), "")
    plural = _is_plural(head) and not head.endswith(("'s", "’s"))
    return frozenset(content_stems(who)) | ({MANY} if plural else set())


_SPEAKER_WORD = r"(?!(?:to|that|about|if|whether|be|been)\s)[\w.’'-]+"
SPEAKER_QUESTION = re.compile(
    rf"\b(?:what|how)\s+(?:else\s+|exactly\s+)?(?:did|does|do|has|have|had|will|would)\s+"
    rf"(?P<who>(?:{_SPEAKER_WORD}\s+){{0,4}}?{_SPEAKER_WORD})\s+(?:[a-z]+ly\s+)?"
    r"(?:say|tell|write|tweet|post|announce|warn|argue|claim|testify|comment|"
    r"describe|characteri[sz]e|suggest|propose|predict|promise|explain|respond|react|reply)\b|"
    r"\bwhat\s+(?:was|is|were|are)\s+(?P<owner>(?:[\w.’'-]+\s+){0,5}?[\w.-]+?)['’]s?\s+(?:[a-z]+\s+)?"
    r"(?:position|view|views|stance|response|reaction|reply|take|opinion|argument|message|assessment|"
    r"explanation|statement|warning)\b|"
    rf"^\W*(?:(?:and|so|but)\s+)?(?:did|has|have|had|does|do)\s+(?P<anyone>(?:{_SPEAKER_WORD}\s+){{0,4}}?{_SPEAKER_WORD})\s+"
    r"(?:ever\s+)?(?:say|said|mention|mentioned|comment|commented|talk|talked|write|wrote|tweet|tweeted)\s+"
    r"anything\b",
    re.IGNORECASE,
)
"""'What did Iran's supreme leader say about ...?', 'How did the company respond?', 'What was the
chairman's position on ...?': what one speaker said."""
SAID_IN = SPEECH_STEMS | frozenset(
    stem(w) for w in "message tweet post statement letter interview speech remarks testimony".split()
)
"""Words a question asking for more of someone's words may hold besides theirs: "What else did he write in
that message?"."""
SAID_NEXT = re.compile(
    r"\b(?:say|tell|write|add)\s+(?:next|(?:right\s+|just\s+|straight\s+)?after\s+(?:that|this))\b",
    re.IGNORECASE,
)
"""'What did he say next?', 'What did he say right after that?': more of someone's words, read on."""
SAID_NEXT_WORDS = frozenset(stem(w) for w in "next right just straight after".split())
SAID_ANYTHING_ABOUT = re.compile(
    r"\banything\s+(?:about|on|regarding|concerning)\s+(?P<topic>[^?]+)", re.IGNORECASE
)
"""'Did Coffman say anything about the letter?': a sentence of theirs on the topic answers "Yes."."""


def asked_topic(question: str) -> frozenset[str]:
    """The stems of the topic of "Did X say anything about <topic>?", else empty."""
    match = SAID_ANYTHING_ABOUT.search(question)
    return frozenset(content_stems(match["topic"])) if match else frozenset()


THE_DOCUMENT = frozenset(
    """article story piece text writer author reporter journalist you your people one other man woman guy
    person side latter report review study statement letter tweet message document memo ruling decision
    opinion analysis survey poll book bill law order""".split()
)
"""Speakers that stand for the article itself, anyone, someone named before, or a document, which the
article may quote without naming it ("What does the article say about ...?", "What did the other man tell
him?", "What did the watchdog's report say?" against "Horowitz concluded in his review")."""
SOURCE_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:who|which(?:\s+[\w.-]+){1,3}?)\s+(?:first\s+|actually\s+|originally\s+)?"
    r"(?-i:said|says|told|tells|reported|reports|announced|claimed|claims|tweeted|posted|revealed|disclosed)\b",
    re.IGNORECASE,
)
"""'Who reported the figure of 21 killed?', 'Which Japanese official said ...?': a question for the source."""


_TELLING = (
    r"(?:say|said|explain|explained|specify|specified|reveal|revealed|disclose|disclosed|mention|mentioned|"
    r"indicate|indicated|identify|identified|tell|told|detail|detailed|clarify|clarified|elaborate on|"
    r"elaborated on|spell out|spelled out|make clear|made clear)"
)
TOLD_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:is\s+it\s+true\s+(?:that\s+)?|"
    r"(?:did|does|do|has|have|had|will|would)\s+(?!you\b))(?:[^?]{1,60}?)\s+"
    rf"(?:{_TELLING}(?:\s+(?:us|reporters|them|him|her|anyone|investigators|the\s+\w+))?\s+"
    r"(?P<asked>(?:why|when|where|who|whom|which|what|how)\b[^?]*)|"
    r"(?:give|gave|offer|offered|provide|provided|set|cite|cited|name|named)\s+any\s+(?P<thing>[^?]+))",
    re.IGNORECASE,
)
"""A yes/no question whether someone told something: "Did he say why he ended it?", "Is it true that Kim
explained what the formula meant?", "Did it give any deadline for that?"."""


def asked_told(question: str) -> str | None:
    """What a yes/no question asks whether someone told, as a question ("Did he say which ones?" -> "Which
    ones?", "Did it give any deadline for that?" -> "What deadline for that?"), or None."""
    match = TOLD_QUESTION.match(question)
    if match is None:
        return None
    asked = match["asked"] or f"what {match['thing']}"
    return f"{asked[:1].upper()}{asked[1:].rstrip()}?"


def asked_speaker(question: str) -> Speaker | None:
    """The speaker a question asks about ("lawyer", owned by "Manafort", in "What did Manafort's lawyer
    say?"); None for a pronoun or the article itself."""
    match = SPEAKER_QUESTION.search(question)
    if match is None:
        return None
    *owners, who = re.split(r"['’]s?\s+", match["who"] or match["owner"] or match["anyone"])
    if {w.lower() for w in words(who)} & (SPEAKER_PRONOUNS | THE_DOCUMENT):
        return None
    head = frozenset(content_stems(who))
    names = frozenset(stem(w) for w in words(who) if w[:1].isupper() and w.lower() not in STOPWORDS)
    if not head:
        return None
    group = not names and re.search(r"[^s]s$", who.strip()) is not None
    return Speaker(head, frozenset(content_stems(" ".join(owners))), names, group)


MANNER_QUESTION = re.compile(
    r"^\s*(?:and\s+)?how\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+\S.*?\s+(?P<verb>[a-z]+)\b"
    r"(?:\s+(?:to|by|in|at|on|from|into|for)\b[^?]*)?\W*$",
    re.IGNORECASE,
)
"""A passive question about how something was done: "How was Soleimani killed?", "How was the letter
delivered to Kim?"; not "How is it used?" with a further clause, nor "How many were killed?"."""
NOMINAL_OPENERS = ARTICLES | frozenset(["his", "her", "its", "their", "this", "that"])
MEANS = re.compile(r"\b(?:by|via|through|using|with|in an?)\b", re.IGNORECASE)
"""What opens a phrase saying how: "by a U.S. drone", "with a knife", "in an airstrike"."""


def asked_manner(question: str) -> str:
    """The stem of the past participle ending "How was X <done>?", else ""."""
    match = MANNER_QUESTION.match(question)
    verb = match["verb"].lower() if match else ""
    return stem(verb) if verb.endswith("ed") or verb in IRREGULAR_VERBS else ""


HOW_ACT_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok|okay)\W+)?how\s+(?:exactly\s+|else\s+)?"
    r"(?P<aux>did|does|do|will|would|could|can|should|might|was|were|is|are|has|have|had)\s+(?P<rest>[^?]+)",
    re.IGNORECASE,
)
"""'How did officials enforce the policy?', 'How was the letter delivered?': how something was done."""
DO_AUXILIARIES = frozenset("did does do will would could can should might".split())
ACT_ENDS = ARTICLES | frozenset(
    """his her its their this that these those my our your some any each every all no to in on at by for from
    with into onto about against between among during after before over under through off up down out back
    away around him them me us it what which who whom whose where when why how whether if is are was were be
    being been""".split()
)
"""Words after which the verb of "How did <someone> <act> ...?" has ended: an object, a preposition or a
particle ("enforce the policy", "end up before", "pull off the theft")."""
GENERIC_ACTS = frozenset(
    stem(w)
    for w in """describe characterize characterise portray call view see feel think react respond reply answer
    say tell explain justify defend compare look seem sound appear do go get happen work change affect handle
    deal fare perform end turn come become make use try plan manage help want intend aim propose suggest
    expect sum summarize summarise receive treat rate rank vote rule split decide spend take account act
    differ evolve start begin identify refer know mean show play be have fight pitch settle hold phrase word
    term label dub""".split()
)
"""Verbs whose "how" asks for a description, a reaction or an outcome, which the article gives in its own
words ("How did Trump react?" against "Trump said ..."; "How did the court rule?" against "sided with the
baker"): no sentence need repeat them."""


def asked_acts(question: str) -> frozenset[str]:
    """The stems of the act "How did X <act> ...?" or "How was X <done>?" asks about (several words, any of
    which may be it, when the question's words leave it open); empty for other questions and GENERIC_ACTS."""
    match = HOW_ACT_QUESTION.match(question)
    return frozenset() if match is None else _acts(match["aux"], match["rest"])


WHEN_ACT_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok|okay)\W+)?(?:when|how long|since when|until when|by when|"
    r"(?:(?:in|on|at)\s+)?(?:what|which)\s+(?:year|day|date|month|time(?:\s+of\s+(?:the\s+)?day)?))\s+"
    r"(?P<aux>did|does|do|will|would|could|can|should|might|was|were|is|are|has|have|had)\s+(?P<rest>[^?]+)",
    re.IGNORECASE,
)
"""'When did Kim receive the letter?', 'How long did the talks last?', 'In what year was he convicted?':
when something was done."""


TIMING_ACTS = frozenset(
    stem(w)
    for w in """schedule reschedule plan set slate due expect suppose run continue stay remain occur lapse
        expire""".split()
)
"""Verbs that only place an event in time ("When is the vote scheduled?" against "set for June 12") or
measure it ("How long does it run?" against "June 8-9"): the date answers them, in any words."""


PARTICLES = "on out down back up off over away".split()
PARTICLE_WORDS = [[p] for p in PARTICLES]
OBJECT_AND_PARTICLE = [[o, p] for o in "it that this them those him her".split() for p in PARTICLES]
"""Words that make a phrasal verb ("go on", "put out", "carry them out"), which articles say in other
words."""


def timed_acts(question: str) -> frozenset[str]:
    """The stems of the verbs a question asks the time of ("close" in "When did Comey close the probe?"),
    any of which a sentence giving that time would mention. Empty for other questions, and where the act
    is often told in other words: a saying ("When did she talk to reporters?" against "said Thursday"), a
    generic or timing verb, a phrasal verb."""
    match = WHEN_ACT_QUESTION.match(question)
    if match is None:
        return frozenset()
    rest = WORD_ONLY.findall(match["rest"])
    lowered = [t.lower() for t in rest]
    main = rest[:1] + list(itertools.takewhile(lambda t: t.lower() not in CLAUSE_OPENERS, rest[1:]))
    verbal = [
        stem(t)
        for before, t in zip(["", *main], main, strict=False)
        if t.islower() and not _is_plural(t) and before.lower() not in NOUN_OPENERS
    ]  # "say" in "When will Trump say ...", not "statement" in "issue the statement"
    if not (GENERIC_ACTS | SPEECH_ACTS | TELLING_ACTS).isdisjoint(verbal):
        return frozenset()
    if lowered[-1:] == ["last"]:
        return frozenset()  # "How long did the talks last?": the length answers it, in any words
    acts = _acts(match["aux"], match["rest"], every=True) - {"last"}  # "When did he last visit ...?"
    phrasal = any(
        stem(t) in acts
        and (lowered[k + 1 : k + 2] in PARTICLE_WORDS or lowered[k + 1 : k + 3] in OBJECT_AND_PARTICLE)
        for k, t in enumerate(lowered)
    )  # "put out", "carry them out"
    return frozenset() if phrasal or acts & TIMING_ACTS else acts


DOER_OPENERS = frozenset("and so but then ok okay".split())
BE_OR_HAVE = frozenset("is are was were has have had".split())
DOER_TYPES = frozenset([AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.NAME, AnswerType.OTHER])
"""Answer types a who- or which-question about a doer asks for: not "Which year ...?" or "Which city ...?"."""
WHO_VERB_REACH = 6
"""How many words may come between "which" and its verb ("Which House members voted ...?", "Which banks in
Latin America have ...?")."""


def doer_acts(question: str) -> frozenset[str]:
    """The stems of the act a who-question asks the doer or the receiver of ("impose" in "Who imposed the
    sanctions?", "thank" in "Whom did Ryan thank?", "appoint" in "Who was appointed by the president?"),
    which a sentence naming them would mention. Empty for other questions ("Who is Ed Royce?") and where the
    act is often told in other words: a saying, telling, a generic, timing or phrasal verb."""
    toks = WORD_ONLY.findall(question)
    lowered = [t.lower().replace("’", "'") for t in toks]
    start = next((k for k, t in enumerate(lowered) if t not in DOER_OPENERS), len(lowered))
    if lowered[start : start + 1] in (["who"], ["whom"]):
        first = start + 1
    elif lowered[start : start + 1] == ["which"]:
        first = start + 2  # "Which department ...", "Which House members ..."
    else:
        return frozenset()
    # the verb, or the auxiliary before it, after a phrase of who ("Who in Congress voted ...?")
    k = next(
        (
            k
            for k in range(first, min(len(toks), first + WHO_VERB_REACH))
            if lowered[k] in DO_AUXILIARIES | BE_OR_HAVE or _past_form(lowered[k])
        ),
        None,
    )
    if k is None and lowered[first : first + 1] and _is_plural(lowered[first]) and start + 1 == first:
        k = first  # "Who runs it?", "Who heads the group?"
    if k is None or (
        lowered[start] == "which"
        and _past_form(lowered[k])
        and BE_OR_HAVE.intersection(itertools.takewhile(lambda t: t not in CLAUSE_OPENERS, lowered[k + 1 :]))
    ):
        return frozenset()  # "Which lawmaker quoted in the story is a co-sponsor?": "quoted" tells which
    word, after = lowered[k], lowered[k + 1 : k + 2]
    if word in COPULAS and after and after[0] in NOUN_OPENERS:
        return frozenset()  # "Who was the lawyer cheering the decision?" asks who someone is
    subject_next = bool(after) and (toks[k + 1][:1].isupper() or after[0] in NOUN_OPENERS | SPEAKER_PRONOUNS)
    if word in DO_AUXILIARIES and (word.startswith("d") or subject_next):
        acts = _acts(word, " ".join(toks[k + 1 :]), every=True)  # "Whom did Ryan thank?"
    elif word in BE_OR_HAVE and subject_next:
        acts = _acts(word, " ".join(toks[k + 1 :]))  # "Who was Kilimnik indicted by?"
    else:  # "Who imposed ...?", "Who will pay?", "Who was appointed ...?", "Who has been charged?"
        verb = k if word not in DO_AUXILIARIES | BE_OR_HAVE else k + 1
        verb += lowered[verb : verb + 1] in (["been"], ["being"])
        told = lowered[verb] if verb < len(lowered) else ""
        is_verb = _past_form(told) or told.endswith("ing") or word in DO_AUXILIARIES or verb == k
        acts = (
            frozenset([stem(told)]) if is_verb and told.isalpha() and told not in STOPWORDS else frozenset()
        )
        if acts and lowered[verb + 1 : verb + 2] == ["to"] and verb + 2 < len(lowered):
            acts |= {stem(lowered[verb + 2])}  # "Who is suited to interpret ...?" against "can interpret"
    at = next((k for k, t in enumerate(lowered) if stem(t) in acts), len(lowered))
    # "carry them out", "kicked Ethelred out"
    phrasal = any(t in PARTICLES for t in lowered[at + 1 : at + 3]) and lowered[at + 1 : at + 2] != ["to"]
    # "Which venues did he say could be targeted?"; not "the forum where Demers spoke"
    said = {*acts, *(stem(t) for t in lowered[: at + 1])}
    spoken = any(_base_stems(a) & (SPEECH_ACTS | TELLING_ACTS) for a in said)
    excluded = GENERIC_ACTS | TIMING_ACTS | DOER_TOLD_OTHERWISE
    if phrasal or spoken or any(_base_stems(a) & excluded for a in acts):
        return frozenset()
    return acts


AGENT_PHRASE = re.compile(r"\bby (?:the |former |then[- ])?(?P<name>[A-Z][\w’'-]+)")
"""A passive's doer by name: "introduced by Watt", "stopped by Alexius Komnenos"."""


def names_agent(sentence: str, question: str) -> bool:
    """Whether the sentence names a doer by "by" whom the question does not name: it may tell who did the
    act in other words ("Who invented the notion of duty?" against "first introduced by Watt"); "tracked
    by FireEye" does not tell who hired FireEye."""
    asked = {stem(w) for w in words(question)}
    return any(stem(m["name"]) not in asked for m in AGENT_PHRASE.finditer(sentence))


def _base_stems(word_stem: str) -> set[str]:
    """The stem as read and the base forms it may stand for: "used" for "use", "tri" for "try"."""
    forms = {word_stem, word_stem.removesuffix("d")}
    if word_stem.endswith("i"):
        forms.add(word_stem[:-1] + "y")
    return forms


DOER_TOLD_OTHERWISE = frozenset(
    stem(w)
    for w in """count qualify lead head spearhead represent name mention cite quote design find conclude
    determine travel fly put carry instruct produce report exercise""".split()
)
"""Verbs whose doer a sentence gives in other words: a role or a title ("Who counts as an adjudicator?"
against "all adjudicators, including the immigration courts"; "Who is leading it?" against "special counsel
Robert Mueller who is investigating"; "Which state does she represent?" against "a Democrat from New
York"), a naming, a finding, a journey ("flew to Singapore" / "took a flight")."""


def _past_form(word: str) -> bool:
    """Whether a word reads as a verb's past form: "imposed", "told"."""
    return (word.endswith("ed") and len(word) > 3) or word in IRREGULAR_VERBS


CLAUSE_OPENERS = frozenset("that which who whom whose whether if because while".split())
"""Words that open a clause of its own: a verb after them is not the one asked the time of ("When did Kim
issue the statement that Trump said ...?")."""
TELLING_ACTS = frozenset(stem(w) for w in "notify inform brief ask give deliver".split())
"""Verbs of telling or asking someone, and the light verbs of "give a speech", which articles say in other
words ("sent a letter to members of Congress", "said on the House floor")."""
DATED_REACH = 3


def tells_time_of(sentence: str, question: str, acts: frozenset[str]) -> bool:
    """Whether the sentence may give the time of the act a question asks about (``timed_acts``): it mentions
    the act, or dates a thing the question names ("a 2016 grant of asylum" for "When had she been given
    asylum?", "Trump's September 2017 executive order" for "When did Trump sign the order?")."""
    if names_act(sentence, acts):
        return True
    toks = WORD_ONLY.findall(sentence)
    asked = set(content_stems(question)) - acts
    return any(asked.intersection(_dated_words(toks, k)) for k in _times_at(toks))


def names_act(sentence: str, acts: frozenset[str]) -> bool:
    """Whether the sentence names the act in any form or in a word of its family ("When was Chad removed?"
    against "was dropped in April")."""
    return mentions_act(sentence, acts) or any(
        acts & stems and told.search(sentence) for stems, told in ACT_FAMILIES
    )


def _dated_words(toks: list[str], at: int) -> set[str]:
    """The stems of the words a time at ``at`` dates: the thing right after it ("a 2016 grant of asylum",
    not "Singapore" in "June 12 in Singapore") or right before it ("HMS Dreadnought of 1905", "Zhu Shijie
    (1249–1314)", "established by Royal Charter in 1550")."""
    after = list(itertools.dropwhile(lambda t: t.isdigit(), toks[at + 1 :]))
    dated = itertools.takewhile(
        lambda t: t.lower() == "of" or t.lower() not in STOPWORDS, after[:DATED_REACH]
    )
    before = itertools.takewhile(
        lambda t: t.lower() in ("of", "in") or t.lower() not in STOPWORDS,
        reversed(toks[max(0, at - DATED_REACH) : at]),
    )
    return {stem(t) for t in (*dated, *before)}


def _times_at(toks: list[str]) -> list[int]:
    """Where the words name a year, a month or a weekday."""
    return [
        k
        for k, word in enumerate(toks)
        if re.fullmatch(_YEAR, word)
        or (word.lower() in MONTHS and len(word) > 3 and word[:1].isupper())
        or word.lower() in WEEKDAYS
    ]


def _acts(aux: str, rest: str, every: bool = False) -> frozenset[str]:
    """The stems of the act in a question's words after its auxiliary (see ``asked_acts``); with ``every``,
    of every word that may be it."""
    toks = WORD_ONLY.findall(rest)
    lowered = [t.lower().replace("’", "'") for t in toks]
    if "able" in lowered:
        return frozenset()  # "How was the school able to bring aboard the best talented students?"
    if aux.lower() in DO_AUXILIARIES and "be" not in lowered:
        # a word after "the" or a possessive is a noun ("the head of the FBI"); the verb comes before its
        # object, a preposition or a particle ("enforce the policy", "end up before"), or a name right after
        # it ("acquire Chinese printing technology")
        verbal = [
            _may_be_act(t, k)
            and lowered[k - 1] not in NOUN_OPENERS
            and not lowered[k - 1].endswith(("'s", "'"))
            for k, t in enumerate(toks)
        ]
        first = next((k for k, v in enumerate(verbal) if v), len(toks))
        end = next(
            (
                k
                for k in range(first + 1, len(toks))
                if lowered[k] in ACT_ENDS or (toks[k][:1].isupper() and verbal[k - 1])
            ),
            len(toks),
        )
        verbs = [lowered[k] for k in range(first, end) if verbal[k]]
        if any(stem(v) in GENERIC_ACTS for v in verbs):
            return frozenset()  # "How does he describe having done that?": a description is asked for
        acts = set(
            verbs if every else verbs[1:] or verbs
        )  # "How can the deposition of complement kill invader cells?": the
        # first of several is the subject's ("complement"), any other may be the verb
    else:  # "How was the letter delivered?", "How would the $50 million be divided?"
        done = [
            t for k, t in enumerate(lowered) if _may_be_act(toks[k], k) and lowered[k - 1] not in NOUN_OPENERS
        ]
        verbs = [t for t in done if t.endswith(("ed", "ing")) or t in IRREGULAR_VERBS]
        if verbs[:1] and verbs[0].endswith("ing"):
            acts = set(verbs[:1])  # "How are Democrats trying to get it passed?": they are trying
        else:
            acts = {t for t in verbs if not t.endswith("ing")}
    stems = {stem(t) for t in acts}
    return frozenset() if not stems or stems & GENERIC_ACTS else frozenset(stems)


NOUN_OPENERS = ARTICLES | frozenset(
    "his her its their this these those my our your some any each every no".split()
)
"""Words after which comes a noun, not the verb: "the head", "their lawyers"."""


def _may_be_act(token: str, position: int) -> bool:
    """Whether a word after the auxiliary may be the verb: not the first (the subject comes first), no
    name, plural, possessive, adverb or stopword."""
    word = token.lower().replace("’", "'")
    return (
        position > 0
        and not token[:1].isupper()
        and word not in STOPWORDS
        and not word.endswith(("'s", "ly"))
        and not _is_plural(word)
        and word.isalpha()
    )


def tells_act(sentence: str, acts: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether the sentence mentions the asked-about act (in any form, either spelling: "scrutinise") with
    words of its own after it: "could possibly lead to prison privatization" tells no more of "How could
    the bill lead to prison privatization?" than that it could."""
    toks = [t.lower() for t in WORD.findall(sentence)]
    wanted = {_ize(a) for a in acts}
    for i, token in enumerate(toks):
        if not _is_form_of(_ize(stem(token)), wanted):
            continue
        window = toks[i + 1 : i + 1 + MEANS_REACH]
        # the clause ends at a comma, unless a phrase saying how follows: "to create an empire, by conquering"
        cut = next(
            (k for k, t in enumerate(window) if t in CLAUSE_MARKS and window[k + 1 : k + 2] != ["by"]), None
        )
        after = window[:cut]
        if any(t.isalnum() and t not in STOPWORDS and stem(t) not in asked for t in after):
            return True
    return False


def mentions_act(sentence: str, acts: frozenset[str]) -> bool:
    """Whether the sentence mentions the act in any form ("negotiations" for "negotiate")."""
    wanted = {_ize(f) for a in acts for f in (a, a.removesuffix("d"))}  # "used", "died": stems as written
    toks = WORD.findall(sentence.lower())
    forms = {_ize(stem(f)) for t in toks for f in (t, t.removesuffix("d"))}
    again = {_ize(stem(t[2:])) for t in toks if t.startswith("re") and t.endswith("ed")}  # "reestablished"
    return not wanted.isdisjoint(again) or any(_is_form_of(told, wanted) for told in forms)


def _is_form_of(told: str, wanted: set[str]) -> bool:
    """Whether a word's stem is one of the wanted act stems or a longer word made of one ("negotiations"
    for "negotiate")."""
    return told in wanted or any(len(a) >= ACT_PREFIX_MIN and told.startswith(a) for a in wanted)


ACT_PREFIX_MIN = 5
"""How long an act's stem must be for a longer word that starts with it to be a form of it."""


def _ize(word_stem: str) -> str:
    """One spelling of "-ise" and "-ize" stems."""
    return word_stem[:-2] + "iz" if word_stem.endswith("is") else word_stem


ACRONYM_QUESTION = re.compile(
    r"^\W*(?:(?:wait|so|ok|okay|and|um)\W+)?what"
    r"(?:(?:\s+(?:does|do|is)|['’]?s)\s+(?:the\s+)?(?:(?:acronym|abbreviation|initials)\s+)?"
    r"(?P<acronym>[A-Za-z]{2,6})\s+(?:even\s+)?(?:stand\s+for|mean)|"
    r"(?:\s+is|['’]?s)\s+(?:the\s+)?(?P<short>[A-Za-z]{2,6})\s+short\s+for|"
    r"(?:\s+is|['’]?s)\s+the\s+full\s+(?:name|form)\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,5}?(?P<full>(?-i:[A-Z]{2,6})))\W*$",
    re.IGNORECASE,
)
"""'What does DACA stand for?', 'wat does daca even stand for', 'whats daca stand for', 'What does the
acronym DACA stand for?', 'What is DACA short for?', 'What is the full name of the program abbreviated
DACA?': a question about a short name. "What is DACA?" asks what it is, which a sentence describing the
program answers better than its full name."""


def asked_acronym(question: str) -> str:
    """The short name asked about, upper-cased, or "" (also for "What is it?": no short name is a word)."""
    match = ACRONYM_QUESTION.match(question)
    acronym = (match["acronym"] or match["short"] or match["full"]) if match else ""
    return "" if acronym.lower() in STOPWORDS else acronym.upper()


def spells_out(sentence: str, acronym: str) -> bool:
    """Whether the sentence gives the words a short name stands for, the way articles do: in brackets after
    them ("Deferred Action on Childhood Arrivals (DACA)") or before them ("DACA (Deferred Action on
    Childhood Arrivals)")."""
    short = re.escape(acronym)
    before = rf"(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the)\s+)?){{2,}}\(\s*{short}\s*\)"
    after = rf"\b{short}\s*\(\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){{1,8}}\s*\)"
    if re.search(f"{before}|{after}", sentence):
        return True
    # a name whose capitals are the short name, anywhere: "the Federal Aviation Administration" for FAA
    for name in NAME_RUN.findall(sentence):
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        if acronym in initials:  # "Homeland Security and Federal Aviation Administration"
            return True
    return False


NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the)\s+)?[A-Z][\w’'-]*)+")
"""Capitalised words in a row, with the small words of a name between them ("Department of Homeland
Security")."""


DEFINITION_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|wait|then)\W+)?what(?:['’]s|\s+(?:is|are|was|were))\s+(?:(?:an?|the)\s+)?"
    r"(?P<term>[^?]+?)\W*$",
    re.IGNORECASE,
)
"""'What is the Convention Against Torture?', 'What is "dust cropping"?': what a term means or names."""
DEFINITION_TERM_MAX = 5
NAME_JOINERS = frozenset("of for on and the against".split())
"""Small words within a name: "Center for Gender & Refugee Studies", "Convention Against Torture"."""


def defined_term(question: str) -> tuple[str, ...]:
    """The stems of the term a "What is X?" question asks the meaning of, when X is a name or a short
    term ("the Hapsburg Group", "dust cropping"); () for any other question ("What is the name of ...?",
    "What is Kilimnik's job?")."""
    match = DEFINITION_QUESTION.match(question)
    toks = WORD_ONLY.findall(match["term"]) if match else []
    if not toks or len(toks) > DEFINITION_TERM_MAX or any("'" in t or "’" in t for t in toks):
        return ()
    capitalised = [t[:1].isupper() for t in toks]
    for k, token in enumerate(toks):
        small = token.lower() in STOPWORDS
        joins_name = (
            token.lower() in NAME_JOINERS
            and 0 < k < len(toks) - 1
            and capitalised[k - 1]
            and capitalised[k + 1]
        )
        if small and not capitalised[k] and not joins_name:
            return ()
    return tuple(stem(t) for t in toks)


DEFINING_AFTER = frozenset("which who whose one known based founded formed created set made".split())
DEFINING_VERBS = COPULAS | frozenset("refers means stands consists".split())
NAMING_WORDS = frozenset("called named dubbed known".split())
NAMING_AS = frozenset("known labeled labelled referred termed described regarded".split())
"""Words before "as" that name what follows: "known as Lazarus", "labeled as huihui"."""


def defines(sentence: str, term: tuple[str, ...]) -> bool | None:
    """Whether the sentence says what the term is where it uses it: an appositive ("the so-called Hapsburg
    Group, an organization of former European officials"), brackets, "is"/"means", or a naming ("a group
    known as Lazarus", "security firm Fortalice Solutions"). None when the sentence does not use it."""
    toks = WORD.findall(sentence)
    stems = [stem(t) for t in toks]
    size = len(term)
    found = [i for i in range(len(toks) - size + 1) if tuple(stems[i : i + size]) == term]
    if not found:
        return None
    for i in found:
        end = (
            i + size + (toks[i + size : i + size + 1] == [")"])
        )  # "The Computer Science Network (CSNET) was"
        after = [t.lower() for t in toks[end : end + 2]]
        before = [t.lower() for t in toks[max(0, i - 2) : i]]
        if after[:1] in (["("], ["—"]) or (after[:1] and after[0] in DEFINING_VERBS):
            return True
        if toks[i - 1 : i] == ["("]:
            return True  # the short name of the words before it
        lead = list(itertools.takewhile(lambda t: t not in CLAUSE_MARKS, reversed(toks[max(0, i - 4) : i])))
        if COPULAS.intersection(t.lower() for t in lead):
            return True  # "Islamism ... is an Islamic revival movement", "the capital and largest city of"
        if (
            after[:1] == [","]
            and after[1:]
            and (after[1] in ARTICLES | DEFINING_AFTER or (after[1].endswith("ed") and after[1] != "said"))
        ):
            return True
        if before[-1:] and (before[-1] in NAMING_WORDS or (before[-1] == "as" and before[0] in NAMING_AS)):
            return True
        if before[-1:] and toks[i][:1].isupper() and before[-1].isalpha() and before[-1] not in STOPWORDS:
            return not toks[i - 1][:1].isupper()  # "security firm Fortalice Solutions"
    return False


def names_event_only(sentence: str, verb: str) -> bool:
    """Whether the sentence mentions the asked-about event only as a noun with nothing on how it was done
    ("responding to the killing last week of Gen. Qasem Soleimani", "after Manafort's arrest"). A sentence
    using the verb as a verb ("he was killed", "a strike that killed him") may tell how; one that never
    mentions the event is left to the other signals."""
    toks = [t.lower().replace("’", "'") for t in WORD.findall(sentence)]
    mentions = [i for i, t in enumerate(toks) if stem(t) == verb]
    if not mentions:
        return False
    for i in mentions:
        before = toks[max(0, i - 2) : i]
        as_noun = (
            not toks[i].endswith("ed")
            and toks[i] not in IRREGULAR_VERBS
            and any(t in NOMINAL_OPENERS or POSSESSIVE.search(t) for t in before)
        )
        clause = " ".join(itertools.takewhile(lambda t: t[:1].isalnum(), toks[i + 1 : i + 1 + MEANS_REACH]))
        if not as_noun or MEANS.search(clause):
            return False
    return True


MEANS_REACH = 10
"""How far after the event's noun a phrase saying how may come ("the killing of X in a drone strike")."""


def attributes_claim(clause: str) -> bool:
    """Whether the clause says who made a claim ("Scalise said Thursday", "according to a U.S. official"), so
    an answer quoting the claim keeps it."""
    lowered = clause.lower()
    return "according to" in lowered or any(t in SPEECH_VERBS for t in _lower_words(clause))


def attributes_to(sentence: str, reactor: frozenset[str]) -> bool:
    """Whether the sentence reports the reactor speaking or responding: one of its words (or a pronoun, which
    may stand for it) within a few words before or after a verb of saying ("Trump tweeted", "said Rep.
    Eliot Engel"). "Royce called on Aung San Suu Kyi to act" reports Royce, not her response."""
    toks = [t.lower().replace("’", "'") for t in WORD.findall(sentence)]
    pronouns = PLURAL_PRONOUNS if MANY in reactor else SPEAKER_PRONOUNS
    for i, token in enumerate(toks):
        responding = token in RESPONSE_VERBS
        if token not in SPEECH_VERBS and not responding:
            continue
        after = toks[i + 1 : i + 1 + INVERTED_SPEAKER_REACH] if token in INVERTED_SPEECH_VERBS else []
        after = list(itertools.takewhile(lambda t: t[:1].isalnum(), after))
        near = toks[max(0, i - (RESPONSE_REACH if responding else SPEAKER_REACH)) : i] + after
        if any(t in pronouns or _stands_for(t, reactor) for t in near) or _heads_clause(toks[:i], reactor):
            return True
    return False


def _heads_clause(before: list[str], reactor: frozenset[str]) -> bool:
    """Whether the clause a verb of saying ends opens with the reactor, so it is the subject however long
    ("Lawyers for a Salvadoran woman at the center of a controversial ruling ... say they are looking to
    challenge the decision")."""
    start = max((k + 1 for k, t in enumerate(before) if t in CLAUSE_MARKS), default=0)
    head = next((t for t in before[start:] if t not in STOPWORDS), "")
    return bool(reactor - {MANY}) and bool(head) and _stands_for(head, reactor)


RESPONSE_VERBS = frozenset("responding reacting replying retaliated retaliates retaliating".split())
"""Verbs of a response in deeds, not words: "the regime was responding to the killing"."""
RESPONSE_REACH = 5
"""How far before such a verb the one responding may be named ("Iranians that the regime was responding")."""
DEMONYM_PREFIX_MIN = 4


def _stands_for(token: str, reactor: frozenset[str]) -> bool:
    """Whether the word names the reactor, or its people: "Iranians" for Iran."""
    word = stem(token)
    return word in reactor or any(len(r) >= DEMONYM_PREFIX_MIN and word.startswith(r) for r in reactor)


SAID_BY_QUESTION = re.compile(
    r"(?:\b(?i:what) |^\W*)(?i:did|does|do|has|have|had|will|would) (?:(?i:the) )?"
    r"(?P<who>(?:[A-Z][\w.’'-]* ){0,3}?[A-Z][\w.’'-]*) "
    r"(?P<verb>(?i:say|said|write|wrote|tweet|tweeted|tell|told|announce|announced|post|posted|warn|warned))\b"
)
"""'What did Sarah Sanders tweet ...?', 'What did Loretta Lynch write ...?', 'Did Kamala Harris say ...?':
what a named person said."""
UNNAMED_SPEAKERS = SPEAKER_PRONOUNS | frozenset(["which", "who"])
"""Words before a verb of saying that may stand for anyone: "he said", "the White House, which said"."""


AFFILIATIONS = frozenset("with at of for from".split())
AFFILIATION_REACH = 6
"""How many words after a speaker's name may hold the role by which they speak for a body ("Andrew
Crocker, a staff attorney with")."""


def speaks_for(following: list[str], asked: frozenset[str]) -> bool:
    """Whether the words after a speaker's name (lowercased) give them a role at the asked body, so they speak
    for it: "said Andrew Crocker, a staff attorney with the Electronic Freedom Foundation" gives the
    foundation's words. The body's name comes right after the role's preposition: "Secretary of State Mike
    Pompeo" is no one speaking for Pompeo."""
    following = [t for t in following if t[:1].isalnum()]
    role = next((k for k, t in enumerate(following[:AFFILIATION_REACH]) if t in PERSON_ROLE_NOUNS), None)
    if role is None or following[role + 1 : role + 2] == [] or following[role + 1] not in AFFILIATIONS:
        return False
    body = list(itertools.dropwhile(lambda t: t in ARTICLES, following[role + 2 :]))[: len(asked)]
    return bool(asked) and asked == {stem(t) for t in body}


def quotes_someone_else(question: str, sentences: list[str]) -> bool:
    """Whether the question asks what a named person said and the sentences report the asked kind of saying
    by someone else only: "What did Sarah Sanders tweet?" against "Trump tweeted that ...", "What did Loretta
    Lynch write in her book?" against "In a recently released book, Comey wrote that ... Loretta Lynch".
    A pronoun ("he said") or the person named before any verb of saying may be them, so that answers."""
    match = SAID_BY_QUESTION.search(question)
    if match is None:
        return False
    asked = {stem(w) for w in words(match["who"])}
    verb = stem(match["verb"])
    someone_else = False
    for sentence in sentences:
        toks = WORD.findall(sentence)
        for i, token in enumerate(toks):
            if stem(token) not in SPEECH_STEMS:
                continue
            if asked.intersection(stem(t) for t in toks[:i]):
                return False
            if speaks_for([t.lower() for t in toks[i + 1 :]], frozenset(asked)):
                return False  # "said Andrew Crocker, a staff attorney with the Electronic Freedom Foundation"
            for speaker in _named_speakers(toks, i):
                if not speaker or asked & speaker:
                    return False
                someone_else = someone_else or verb in (stem(token), "say")  # "told" is a saying
    return someone_else


def _named_speakers(toks: list[str], i: int) -> list[set[str]]:
    """The stems of the name right before the verb of saying ``toks[i]``, and right after it for "said
    Andrew Crocker"; an empty set for a pronoun, who may be anyone."""

    def name_run(positions: range) -> list[str]:
        run: list[str] = []
        for k in positions:
            word = toks[k]
            if word == "." and run:
                continue  # an initial or a title: "Angela H. Stubblefield", "Rep. Eliot Engel"
            if not word[:1].isupper() or word.lower() in STOPWORDS or word.lower() in CALENDAR_NAMES:
                break
            run.append(word)
        return run

    sides = [(range(i - 1, -1, -1), i - 1)]
    if toks[i].lower() in INVERTED_SPEECH_VERBS:
        sides.append((range(i + 1, len(toks)), i + 1))
    speakers = []
    for positions, next_to in sides:
        run = name_run(positions)
        if run:
            speakers.append({stem(w) for w in run})
        elif 0 <= next_to < len(toks) and toks[next_to].lower() in UNNAMED_SPEAKERS:
            speakers.append(set())
    return speakers


QUOTED_IN_QUESTION = re.compile(r"[\"“”]([^\"“”]{2,200})[\"“”]|(?<!\w)['‘]([^'‘’?]{2,200}?)['’](?!\w)")
"""Words a question quotes: '"flawed"', '“This is ethnic cleansing”', "'terrorism'"."""


def quoted_phrases(question: str) -> tuple[str, ...]:
    """The words a question quotes ('Did Trump call the deal "flawed"?', 'Who said "This is ethnic
    cleansing"?'), lowercased, one space between words: the sentence holding them is the one asked about."""
    found = (match[1] or match[2] for match in QUOTED_IN_QUESTION.finditer(question))
    return tuple(phrase for text in found if (phrase := _plain_words(text)))


QUOTING_STEMS = frozenset(
    stem(w)
    for w in """say call use used word phrase term describe characterize label quote mention refer speak tell
    write tweet""".split()  # "used" stems as written
)
"""Words by which a question asks about the words it quotes: 'Did Trump call the deal "flawed"?', 'Did
Trump's tweet use the word "terrorism"?'. Without one it asks something else of them ('Did Royce make his
"moral issue" remarks on the House floor on Wednesday?')."""


LABEL_AFTER_QUOTE = re.compile(r"\s*(?!(?:and|or)\b)[A-Za-z]")
"""A word right after a quote, which the quote names: 'the “We'll stop it” message'."""


def asks_of_quoted(question: str) -> bool:
    """Whether a question quoting words asks whose they are or whether they were used ('Did Trump call the
    deal "flawed"?'); not one asking about what the quote labels ('Has Strzok denied writing the “We'll stop
    it” message?')."""
    labels = any(LABEL_AFTER_QUOTE.match(question, m.end()) for m in QUOTED_IN_QUESTION.finditer(question))
    return not labels and not QUOTING_STEMS.isdisjoint(content_stems(QUOTED_IN_QUESTION.sub(" ", question)))


EXACT_WORDS = re.compile(
    r"\b(?:exactly|exact\s+words?|word\s+for\s+word|verbatim|what\s+words|in\s+(?:his|her|their|its)\s+own\s+words)\b",
    re.IGNORECASE,
)
"""'What exactly did Trump say ...?', 'What words did she use?': someone's own words."""


def asks_exact_words(question: str) -> bool:
    """Whether a question asks for someone's own words, which a sentence only telling what they did ("Trump
    ordered an end to the program") does not give."""
    return EXACT_WORDS.search(question) is not None


def gives_words(sentence: str) -> bool:
    """Whether the sentence quotes or reports words: a quotation mark or a verb of saying."""
    said = {stem(w) for w in words(sentence)}
    return any(mark in sentence for mark in '"“”') or not SPEECH_STEMS.isdisjoint(said)


def holds_quoted(sentence: str, phrase: str) -> bool:
    """Whether the sentence has the quoted words in a row, case and punctuation aside ("As flawed as the deal
    is" holds "flawed"; "conservatives" does not hold "conservative")."""
    return f" {phrase} " in f" {_plain_words(sentence)} "


def _plain_words(text: str) -> str:
    """The words, lowercased, one space between them: quoted words meet however they are punctuated."""
    return " ".join(w.lower().replace("’", "'") for w in words(text))


CLEFT_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but|then)\W+)?(?:was|is|were|are)(?:n['’]t)?\s+it\s+(?:really\s+|actually\s+)?"
    r"(?P<who>[^?,]{2,60}?)\s+(?:who|that)\s+(?P<rest>[^?]+)",
    re.IGNORECASE,
)
"""'Was it Molly Reynolds who said ...?', 'Was it the Obama administration that rescinded DACA?': whether the
one named did it."""


def cleft_doer(question: str) -> tuple[frozenset[str], str]:
    """For "Was it <someone> who <did something>?", the stems of the name of whom it asks about and the
    question who did it ("Who rescinded DACA?"); empty for a subject that names no one by name ("Is it true
    that ...?", "Was it the couple who ...?", whom a sentence may call otherwise)."""
    match = CLEFT_QUESTION.match(question)
    if match is None:
        return frozenset(), ""
    named = frozenset(stem(w) for w in words(match["who"]) if w[:1].isupper() and w.lower() not in STOPWORDS)
    return (named, f"Who {match['rest']}?") if named else (frozenset(), "")


def names_someone_else(sentence: str, question: str) -> bool:
    """Whether the sentence names someone or something by a name the question does not hold: "the Trump
    administration rescinded" for "Was it the Obama administration that rescinded DACA?"."""
    asked = {stem(w) for w in words(question)}
    return any(
        w[:1].isupper()
        and w.lower() not in STOPWORDS
        and w.lower() not in CALENDAR_NAMES
        and stem(w) not in asked
        for w in words(sentence)
    )


ARTICLE_OWN_WORDS = re.compile(
    r"\b(?:as\s+(?:an?\s+)?(?:plain\s+|simple\s+|established\s+|hard\s+)?fact"
    r"|in\s+its\s+own\s+(?:voice|words)"
    r"|(?:article|story|report|reporter|writer|author|journalist)(?:['’]s)?\s+(?:own|itself)\b"
    r"|(?:article|story|reporter|writer|author|journalist)['’]s\s+(?:view|opinion|assessment|words)\b)",
    re.IGNORECASE,
)
"""'Does the article report as fact that ...?', 'Is it the reporter's own view that ...?', 'Is it the article
itself that says ...?': whether the article states it, or someone it quotes does."""


def asks_article_own(question: str) -> bool:
    """Whether a question asks if the article states something itself rather than attributing it: "Yes."
    when the sentence saying it names no source, "No." when it does."""
    return ARTICLE_OWN_WORDS.search(question) is not None


ADDRESSEE_QUESTION = re.compile(
    rf"^(?:to |with )?(?:what|which)(?: [a-z]+){{0,3}}? {_VERB_FIRST}(?: [a-z]+){{1,6}}? "
    r"(?:talk|talked|speak|spoke|tell|told|give|gave|grant|granted|make|made)\b"
    r"(?:(?: [a-z]+){0,3} (?:interview|interviews|statement|statements|comment|comments|remarks))?"
)
"""A wh-phrase that is the object of a verb of telling: "Which outlet did X talk to?", "To which network did
he give the interview?". "Which official told VOA ...?" asks for the speaker."""
ADDRESSED = re.compile(
    r"\b(?:told|tells|tell|telling|(?:spoke|speaking|speaks|talked|talking|talks|said|says|confirmed|"
    r"statement|statements|interview|interviews|remarks|comments|emailed|sent|wrote)\s+(?:to|with|on))"
    r"\s+(?:[Tt]he\s+)?(?P<name>[A-Z][\w.’'-]*)"
)
"""One told by name: "told VOA", "told The Associated Press", "in an interview on the Fox News Channel",
"a statement emailed to VOA"."""


def names_addressee(sentence: str, exclude: frozenset[str]) -> bool:
    """Whether the sentence names someone told something, other than those the question names."""
    return any(stem(m["name"]) not in exclude for m in ADDRESSED.finditer(sentence))


DECLARATIVE_QUESTION = re.compile(
    r"(?:(?:so|and|but|oh|wait|ok|okay) )?(?:any(?:one|body)?\b|(?:it|they|he|she|you|we|that|this|there)"
    r"(?:'s|'re| (?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|already|still|really|"
    r"also))\b)"
)
"""A statement asked back with a question mark ("So it was already around before 9/11?", "So they're
giving the U.S. a chance to rethink it?", "Any working for Iran?"): a yes/no question in the order of a
statement."""


def question_shape(question: str) -> QuestionShape:
    """Classify a question by its wh-word or auxiliary opener, and collect its content stems and names."""
    toks = [w.lower().replace("’", "'") for w in words(question)]
    q = " ".join(toks)
    after_preamble = [w.lower() for w in words(question.partition(",")[2])]
    yes_no = bool(toks) and (
        toks[0] in YES_NO_OPENERS
        or (
            DECLARATIVE_QUESTION.match(q) is not None
            and question.rstrip().endswith("?")
            and not WH_WORD.search(q)
        )
        or q.startswith(("is it true", "was there", "were there", "is there", "are there"))
        or (toks[0] in {"so", "and", "but", "ok", "okay"} and len(toks) > 1 and toks[1] in YES_NO_OPENERS)
        # "According to Payton, is money all they want?": the question starts after the preamble
        or (
            (not WH_WORD.match(q) or SCENE_OPENER.match(question) is not None)
            and bool(after_preamble)
            and after_preamble[0] in YES_NO_OPENERS
        )
    )
    # "Is it true that Trump raised it when he spoke?" asks yes or no whatever wh-word a clause holds;
    # "Can you name the prosecutors who signed?" asks who, politely
    indirect = len(toks) > 1 and toks[1] == "you"
    if yes_no and not indirect:
        kind = AnswerType.YES_NO
    else:
        kind = _asked_type(question) or (AnswerType.YES_NO if yes_no else AnswerType.OTHER)
    unit: tuple[str, ...] = ()
    if kind is AnswerType.NUMBER:
        unit = _asked_unit(toks)
    elif yes_no and not UNANIMOUS.isdisjoint(toks):
        unit = (TALLY,)  # "Was the vote unanimous?" is settled by the tally: "passed 360-59"
    elif kind is AnswerType.DATE:
        unit = _asked_date_unit(q)
    measured = {i + 1 for i, t in enumerate(toks[:-1]) if t == "how" and toks[i + 1] in DIMENSIONS}
    asking = _reason_asking_words(q) if kind is AnswerType.REASON else frozenset()
    content = tuple(
        stem(w)
        for i, w in enumerate(words(question))
        if toks[i] not in STOPWORDS and i not in measured and toks[i] not in asking
    )
    acronym = asked_acronym(question)
    # "the full name of the program abbreviated DACA" asks for the words, not for a program's name
    focus = None if kind is AnswerType.YES_NO or acronym else asked_focus(question)
    # "Who did he tell?" may be answered by "told reporters"; an outlet or a network is named
    addressee = kind in (AnswerType.ORGANISATION, AnswerType.NAME) and bool(ADDRESSEE_QUESTION.search(q))
    speaker = asked_speaker(question)
    article_own = yes_no and asks_article_own(question)
    cleft, cleft_question = cleft_doer(question) if yes_no and not article_own else (frozenset(), "")
    return QuestionShape(
        kind,
        yes_no,
        content,
        proper_nouns(question),
        tuple(toks),
        unit,
        focus,
        asked_reactor(question),
        addressee,
        any(stem(w) in SPEECH_ACTS for w in toks),
        asked_manner(question),
        asked_acts(question),
        timed_acts(question),
        doer_acts(question) if kind in DOER_TYPES else doer_acts(cleft_question),
        acronym,
        defined_term(question),
        asked_identity(question),
        OVERVIEW_QUESTION.match(question) is not None,
        READ_ON.match(question) is not None,
        small_talk(question),
        asked_alternatives(question) if yes_no else (),
        asked_roster(question),
        asked_recall(question),
        speaker,
        SOURCE_QUESTION.match(question) is not None,
        speaker is not None
        and ("else" in toks or SAID_NEXT.search(q) is not None)
        and set(content) <= speaker.head | speaker.owner | SAID_IN | SAID_NEXT_WORDS,
        question_shape(told) if yes_no and (told := asked_told(question)) else None,
        NEXT_QUESTION.match(question) is not None and READ_ON.match(question) is None,
        quoted_phrases(question),
        cleft,
        article_own,
    )


_ARTICLE = r"(?:article|story|piece|text|report|news(?:\s+(?:story|article))?)"
OVERVIEW_QUESTION = re.compile(
    rf"""^\W*(?:(?:so|ok|okay|and|please|hi|hey)\W+)*(?:
        (?:what(?:['’]s|\s+is|\s+was)|whats)\s+(?:this|the|that)\s+{_ARTICLE}
            (?:\s+(?:all|mainly|mostly|really|basically))?\s+about
        | what(?:['’]s|\s+is)\s+this(?:\s+all)?\s+about
        | what\s+(?:does|is)\s+(?:this|the)\s+{_ARTICLE}\s+(?:say|saying|tell\s+us|about)
        | (?:(?:a|the)\s+)?(?:(?:short|brief|quick)\s+)?
            (?:summary|gist|overview|rundown|recap|tl\W?dr|main\s+points?|key\s+points?|highlights|main\s+idea|takeaways?)
        | summari[sz]e(?:\s+(?:it|this))? | sum\s+(?:it|this)\s+up | tl\W?dr | in\s+a\s+nutshell
        | what(?:['’]s|\s+is|\s+are|\s+was)\s+the\s+(?:main|key|big)\s+(?:points?|takeaways?|idea|news|story)
        | what(?:['’]s|\s+is)\s+the\s+(?:gist|summary|headline|bottom\s+line|story)
        | what\s+happened
        | (?:this|the)\s+{_ARTICLE}
    )(?:\s+(?:of|in|for)\s+(?:this|the|that)\s+{_ARTICLE})?
    (?:\s+(?:here|briefly|please|in\s+short|in\s+brief|
        in\s+(?:a|one|two|a\s+few)\s+(?:sentences?|words|lines?)(?:\s+or\s+two)?))*\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A question about the whole article, with nothing else asked: "What is this article about?", "Give me a
summary", "What happened?". "What does the article say about Pompeo?" asks about Pompeo."""
NEXT_QUESTION = re.compile(
    r"^\W*(?:[^,?]{1,80},\s*)?(?:(?:so|ok|okay|and|but|then)\W+)*(?:"
    r"what(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?next(?:\s+steps?)?"
    r"|what\s+(?:happens|will\s+happen|would\s+happen|could\s+happen|is\s+going\s+to\s+happen|"
    r"(?:has|have|needs|need|must)\s+to\s+happen|must\s+happen|comes|"
    r"will\s+come|could\s+come|would\s+come)\s+(?:(?:with|to|for|in)\s+[^,?]{1,40}?\s+)?"
    r"(?:next(?!\s+(?:week|month|year|day|time|\w+day)\b)|now|from\s+here|after\s+(?:that|this))"
    r"|what(?:['’]s|\s+is)\s+expected\s+(?:to\s+happen|next)"
    r"|what\s+now"
    r"|where\s+(?:does|do)\s+(?:it|this|that|things)\s+go\s+from\s+here"
    r")\b",
    re.IGNORECASE,
)
"""'What happens next?', 'What's the next step for the bill?', 'What could come next in Congress after this
resolution?', 'Now that the House has passed the bill, what happens with it next?', 'What has to happen next
for the bill?': what is still to come; not 'What will happen to them if the debate next week fails?'.
'What happened next?' reads on in the story (READ_ON)."""
NEXT_WORDS = frozenset(
    stem(w)
    for w in """happen happens next come comes step steps now go going here thing things forward
    expected""".split()
)
"""The words by which a question asks what comes next; any other word names what it is about."""
READ_ON = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|please|then)\W+)*(?:(?:tell\s+me\s+|say\s+)?more(?:\s+(?:details?|please))?|go\s+on|"
    r"continue|keep\s+going|and\s+then|then\s+what|what\s+next|what\s+happened\s+(?:next|then|after\s+that)|"
    r"(?:can\s+you\s+)?(?:elaborate|expand)(?:\s+on\s+(?:that|it))?)\W*(?:please)?\W*$",
    re.IGNORECASE,
)
"""A follow-up that only asks to read on: "Tell me more", "Go on", "What happened next?"."""
_PEOPLE_NOUNS = r"(?:people|persons|individuals|names|figures|players|characters|actors|personalities)"
_EVERYONE = (
    r"(?:which\s+)?(?:(?:a|the)\s+(?:full\s+)?list\s+of\s+)?"
    r"(?:every(?:one|body)|all\s+(?:of\s+)?(?:the\s+)?people)"
)
_PRESENT = r"(?:mentioned|named|involved|featured|discussed|appearing)"
_WRITER = rf"(?:{_ARTICLE}|reporting|coverage|reporters?|author|writer|journalists?)"
_THIS_ARTICLE = rf"(?:the|this|that|its)\s+(?:[\w-]+\s+){{0,2}}?{_ARTICLE}"
"""'this article', 'this shutdown story'."""
_IN_ARTICLE = (
    rf"(?:\s+(?:in|of|from|by|for)\s+{_THIS_ARTICLE})?"
    r"(?:\s+(?:here|please|so\s+far|by\s+name|for\s+(?:the|this|that|its)\s+(?:information|info|facts|claims)))*"
    r"\W*$"
)
_SO = r"^\W*(?:(?:so|ok|okay|and|please|hi|hey|also)\W+)*"
_WHO_IS = r"who(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+gets?|\s+got)"
_DOES_IT = rf"(?:does|did)\s+(?:(?:the|this|that)\s+{_WRITER}|it)"
_FOLLOW_UP = r"^\W*(?:(?:and|so|but|ok|okay|wait|hmm|really)\W+)*"
PEOPLE = "people"
SOURCES = "sources"
PEOPLE_QUESTION = re.compile(
    rf"""{_SO}(?:
        {_WHO_IS}\s+(?:mentioned|named|involved|featured)
        | who(?:['’]s|\s+is|\s+are)\s+(?:in\s+)?{_THIS_ARTICLE}(?:\s+about)?
        | who\s+{_DOES_IT}\s+(?:mention|name|talk\s+about|feature|discuss|involve)
        | (?:who|what)\s+(?:are|were)\s+(?:all\s+)?(?:the\s+)?
            (?:main\s+|key\s+|important\s+|major\s+|other\s+)?{_PEOPLE_NOUNS}(?:\s+{_PRESENT})?
        | (?:which|what)\s+(?:other\s+)?{_PEOPLE_NOUNS}(?:\s+(?:are|were|is|get|got))?(?:\s+{_PRESENT})?
        | (?:which|what)\s+{_PEOPLE_NOUNS}\s+{_DOES_IT}\s+(?:name|mention|feature|discuss|talk\s+about)
        | {_EVERYONE}(?:\s+(?:who|that)(?:['’]s|\s+is|\s+was|\s+are|\s+gets?)?)?\s+(?:{_PRESENT}|appears?)
        | {_EVERYONE}\s+{_THIS_ARTICLE}
            \s+(?:names|mentions|refers\s+to|talks\s+about|discusses|covers|features)
        | {_EVERYONE}(?=\s+(?:in|of|from)\s+{_THIS_ARTICLE})
        | (?:list|name)\s+(?:all\s+)?(?:the\s+)?(?:main\s+|key\s+)?{_PEOPLE_NOUNS}(?:\s+{_PRESENT})?
        | (?:main|key)\s+{_PEOPLE_NOUNS}
    ){_IN_ARTICLE}""",
    re.IGNORECASE | re.VERBOSE,
)
"""'Who is mentioned in the article?', 'Which people are named?', 'Who are the main players?', 'Can you list
everyone named in the piece?': the people the article names, not a question about one of them."""
SOURCES_QUESTION = re.compile(
    rf"""{_SO}(?:
        {_WHO_IS}\s+(?:being\s+)?(?:quoted|cited|interviewed|speaking|talking)
        | who\s+{_DOES_IT}\s+(?:quote|cite|interview|rely\s+on|talk\s+to|speak\s+(?:to|with)
            |attribute\s+(?:[\w-]+\s+){{0,2}}?to)
        | who\s+did\s+(?:the\s+)?(?:[\w.-]+\s+){{1,3}}?(?:talk\s+to|speak\s+(?:to|with)|interview)
            \s+for\s+{_THIS_ARTICLE}
        | who\s+(?:talked|spoke)\s+to\s+the\s+(?:reporters?|journalists?|author|writer|paper|newspaper)
        | (?:who|what)(?:['’]s|\s+is|\s+are|\s+were|\s+was)\s+(?:the|its|their|the\s+{_ARTICLE}['’]s)
            \s+(?:main\s+)?sources?
        | (?:what|which)\s+sources?(?:\s+(?:does|did|are|were|is))?(?:\s+(?:the|this|that)\s+{_WRITER})?
            (?:\s+(?:use|used|cite|cited|quote|quoted|rely\s+on|relied\s+on|mention|mentioned|name|named|given
                |have|has|based\s+on))?
        | whose\s+(?:statements?|words|quotes|views|voices|comments|remarks)
            (?:\s+(?:does|did)\s+(?:the\s+)?{_WRITER}\s+(?:cite|quote|use|include|report)
                |\s+(?:are|were)\s+(?:in\s+it|quoted|cited|included))?
        | (?:who|which\s+people)\s+(?:speaks?|spoke|talks?|talked|comments?|commented|is\s+speaking)
        | (?:which|what)\s+(?:people|persons|individuals|experts|officials)\s+(?:are|were|is|get|got)
            \s+(?:quoted|cited|interviewed)
        | {_EVERYONE}(?:\s+(?:who|that)(?:['’]s|\s+is|\s+was|\s+are|\s+gets?)?)?
            \s+(?:quoted|cited|interviewed)
        | (?:list|name)\s+(?:all\s+)?(?:the|its)\s+sources
        | sources\s+(?:used|cited|quoted)
        | where\s+does\s+(?:the|this)\s+{_WRITER}\s+get\s+(?:its|the|this|that|their|his|her)
            \s+(?:information|info|facts)(?:\s+from)?
    ){_IN_ARTICLE}""",
    re.IGNORECASE | re.VERBOSE,
)
"""'Who is quoted?', 'What sources does the article use?', 'Whose statements does the reporter cite?': who
the article's claims are attributed to."""
WHO_SAID = "who said"
WHERE_SAID = "where said"
WHO_SAID_QUESTION = re.compile(
    rf"""{_FOLLOW_UP}(?:
        who\s+(?:(?:was|is)\s+it\s+(?:that\s+)?)?(?:said|says|wrote|writes|tweeted|stated|claims?|claimed|reported
            |confirmed|announced|told\s+(?:[\w.-]+\s+){{1,2}}?)(?:\s*(?:that|so|this|it))?
        | who\s+(?:made|gave|issued|offered|voiced)\s+(?:that|this|the)\s+(?:criticism|claim|statement|comment
            |remark|warning|argument|point|accusation|prediction|assessment|estimate)
        | says\s+who | according\s+to\s+(?:who|whom|what) | (?:and\s+)?(?:the\s+)?source
        | (?:who|what)(?:['’]s|\s+is|\s+was)\s+(?:the|your|its|that['’]s|that)\s+source
            (?:\s+(?:for|of|on)\s+(?:that|this|it)(?:\s+[a-z]+)?)?
        | where\s+(?:did|does)\s+(?:that|this|it)\s+(?:info\S*\s+)?come\s+from
        | where(?:['’]s|\s+is|\s+was)\s+(?:that|this)\s+(?:quote|claim|statement|line|info\S*)\s+from
        | (?:whose|who['’]s)\s+(?:claim|words?|quote|statement)\s+(?:is|was)\s+(?:that|this)
        | (?:who|what)\s+(?:is|was)\s+(?:that|this|it)\s+(?:quote\s+|claim\s+|statement\s+)?(?:coming\s+)?
            (?:from|attributed\s+to)
        | who(?:['’]s|\s+is)\s+(?:the\s+)?\W?(?:he|she|they)\W?\s+(?:in|of)\s+(?:that|this|the)
            \s+(?:quote|sentence|statement)
    )(?:\W+(?:exactly|again|then|there))?\W*$
    | {_FOLLOW_UP}who(?:['’]s|\s+is)\s+(?:the\s+)?["'“‘](?:he|she|they)["'”’]""",
    re.IGNORECASE | re.VERBOSE,
)
"""'Who said that?', 'Says who?', 'What's the source for that?': who the last answer's sentences are
attributed to."""
WHERE_SAID_QUESTION = re.compile(
    rf"""{_FOLLOW_UP}(?:
        where\s+(?:does|did)\s+(?:it|the\s+\w+)\s+(?:say|mention|state)\s+(?:that|so|this)(?:\s+exactly)?
        | where\s+in\s+(?:the|this)\s+{_ARTICLE}\s+(?:is|was|does\s+it\s+say)\s+(?:that|this|it)
        | (?:show|quote)\s+(?:me\s+)?(?:where|the\s+(?:exact\s+)?(?:line|sentence|words?|passage|part|quote))
            (?:\s+(?:it\s+says|that\s+says|again))*
        | (?:what\s+(?:are|were)\s+)?the\s+exact\s+words | what\s+exactly\s+does\s+it\s+say | exact\s+quote
    )(?:\s+(?:in\s+the\s+{_ARTICLE}|please))*\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""'Where does it say that?', 'Show me the exact words': the last answer's sentences, quoted again."""


SOURCES_OF_A_KIND = re.compile(
    rf"{_SO}(?:which|what)\s+(?P<kind>(?:[\w.'’-]+\s+){{0,2}}?[\w'’-]+s)\s+(?:are|were|is|get|got)\s+"
    r"(?:quoted|cited|interviewed)\b",
    re.IGNORECASE,
)
"""'Which senators are quoted speaking about the bill?': the article's sources of that kind."""
ANY_KIND_OF_SOURCE = frozenset(stem(w) for w in "people persons individuals sources names figures".split())


def roster_kind(question: str) -> frozenset[str]:
    """The stems of the kind of source a question asks the article's sources of ("senator" in "Which
    senators are quoted?", "house" and "republican" in "Which House Republicans are quoted?"); empty for
    any source ("Which people are quoted?")."""
    match = SOURCES_OF_A_KIND.match(question)
    if match is None:
        return frozenset()
    return frozenset(content_stems(match["kind"])) - ANY_KIND_OF_SOURCE


def asked_roster(question: str) -> str:
    """PEOPLE for a question asking whom the article names, SOURCES for one asking whom it quotes, else ""."""
    if SOURCES_QUESTION.match(question) or SOURCES_OF_A_KIND.match(question):
        return SOURCES
    return PEOPLE if PEOPLE_QUESTION.match(question) else ""


def asked_recall(question: str) -> str:
    """WHO_SAID for "Who said that?", WHERE_SAID for "Where does it say that?", else ""."""
    if WHO_SAID_QUESTION.match(question):
        return WHO_SAID
    return WHERE_SAID if WHERE_SAID_QUESTION.match(question) else ""


GREETING = "greeting"
THANKS = "thanks"
SMALL_TALK = (
    (
        GREETING,
        re.compile(
            r"^\W*(?:hi|hello|hey|hiya|howdy|good\s+(?:morning|afternoon|evening))(?:\s+there)?\W*$", re.I
        ),
    ),
    (
        THANKS,
        re.compile(
            r"^\W*(?:(?:ok|okay|cool|great|nice|perfect|got\s+it|i\s+see)\W*)*(?:thanks?(?:\s+you)?(?:\s+(?:so\s+much|"
            r"a\s+lot|very\s+much))?|thx|ty|cheers|bye|goodbye|ok|okay|cool|great|nice|perfect|got\s+it|i\s+see)\W*$",
            re.I,
        ),
    ),
)
"""What is said to the bot rather than asked about the article."""


def small_talk(question: str) -> str:
    """GREETING or THANKS when the message is only that, else ""."""
    return next((kind for kind, pattern in SMALL_TALK if pattern.match(question)), "")


ALTERNATIVE_LEADS = frozenset("a an the by on in at for from with of to".split())
"""Words that open a choice as a phrase ("by accident", "a general"); the other choice opens the same way."""
NO_ALTERNATIVES = frozenset("any anyone anybody anything either ever whether".split())
"""Words that make an "or" question ask yes or no, as its opening "Is there" does: "Were there deaths or
injuries?", "Was anyone killed or hurt?"."""
ALTERNATIVE_WORDS = 3
"""The most words a choice runs to after its opening words ("a senior general")."""
CHOICE_WORD = re.compile(r"[A-Za-z0-9]+(?:[-’'][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")
"""A word of a choice, hyphenated ones whole: "a co-legal director"."""


def asked_alternatives(question: str) -> tuple[Alternative, ...]:
    """The two choices of an either-or question, when its wording sets them apart: two names ("Was it Pompeo
    or Trump who ...?"), two opposites ("western or eastern Iraq"), or two phrases opening alike ("on purpose
    or by accident", "an analyst or a general"). Other questions that join two words ("Were troops killed or
    wounded?") ask yes or no, and so does one with "any", "either" or "there"."""
    toks = [t for t in CHOICE_WORD.findall(question) if t not in "'’"]
    lower = [t.lower() for t in toks]
    if lower.count("or") != 1 or not NO_ALTERNATIVES.isdisjoint(lower) or lower[1:2] == ["there"]:
        return ()
    split = lower.index("or")
    opened, right_end = _right_choice(toks, split + 1)
    left_start = _left_choice(toks, split, opened) if right_end > split + 1 + opened and split > 1 else None
    if left_start is None:
        return ()
    if left_start == 1:  # choices of subject end before the verb: "Did Phillips or the couple take ...?"
        first = split + 1 + opened
        right_end = first + 1
        while toks[first][:1].isupper() and right_end < len(toks) and toks[right_end][:1].isupper():
            right_end += 1
    left, right = toks[left_start:split], toks[split + 1 : right_end]
    shared = 0  # "the North Korean side or the South Korean side" differ in "North" and "South"
    while shared < min(len(left), len(right)) - 1 and stem(left[-1 - shared]) == stem(right[-1 - shared]):
        shared += 1
    left_last, right_last = left[-1 - shared], right[-1 - shared]
    names = all(w[:1].isupper() or w.isdigit() for w in (left_last, right_last))
    opposed = right_last.lower() in ANTONYMS.get(left_last.lower(), frozenset())
    if stem(left_last) == stem(right_last) or not (names or opposed or opened):
        return ()
    return (Alternative(" ".join(left), stem(left_last)), Alternative(" ".join(right), stem(right_last)))


def _right_choice(toks: list[str], start: int) -> tuple[int, int]:
    """How many opening words ("by", "a") the choice after "or" has, and where it ends: after its opening
    words, up to three content words; without them one word, or a name."""
    first = start
    while first < len(toks) and toks[first].lower() in ALTERNATIVE_LEADS:
        first += 1
    end = first
    while (
        end < len(toks)
        and end - first < ALTERNATIVE_WORDS
        and toks[end][:1].isalnum()
        and toks[end].lower() not in STOPWORDS | ALTERNATIVE_LEADS
        and (first > start or end == first or (toks[first][:1].isupper() and toks[end][:1].isupper()))
    ):
        end += 1
    return first - start, end


def _left_choice(toks: list[str], split: int, opened: int) -> int | None:
    """Where the choice before "or" starts: at an opening word within reach when the other choice has one
    ("a military analyst"), else at its last word or the name it ends."""
    last = split - 1
    if not toks[last][:1].isalnum() or toks[last].lower() in STOPWORDS:
        return None
    if opened and not toks[last][:1].isupper():  # a name opens with no article: "Phillips or the couple"
        reach = range(last, max(last - 1 - ALTERNATIVE_WORDS, 0), -1)
        return next((i for i in reach if toks[i].lower() in ALTERNATIVE_LEADS), None)
    start = last
    while toks[last][:1].isupper() and start > 1 and toks[start - 1][:1].isupper():
        start -= 1
    while opened and start > 1 and toks[start - 1].lower() in ALTERNATIVE_LEADS:
        start -= 1  # "the House or the Senate"
    return start


def told_alternative(
    alternatives: tuple[Alternative, ...], sentence: str, anchors: frozenset[str] = frozenset()
) -> Alternative | None:
    """The one choice of an either-or question the sentence names. When it names both, the one right next to
    the question's other words (``anchors``) and the other far from them: "said Blaine Bookey, co-legal
    director of ..." settles "Is Blaine Bookey a co-legal director or an immigration judge?" though the
    sentence opens with "immigration judges". None when it names neither, or both alike."""
    toks = [stem(w) for w in words(sentence)]
    named = [a for a in alternatives if a.head in toks]
    if len(named) == 1:
        return named[0]
    anchored = [i for i, t in enumerate(toks) if t in anchors]
    if len(named) != len(alternatives) or not anchored:
        return None

    def distance(choice: Alternative) -> int:
        return min(abs(i - j) for i, t in enumerate(toks) if t == choice.head for j in anchored)

    near, far = sorted(named, key=distance)
    return near if distance(near) <= CHOICE_REACH < distance(far) else None


CHOICE_REACH = 4
"""How near the question's other words a choice must be, and the other one farther, to settle the choice."""


def choice_anchors(question: str, alternatives: tuple[Alternative, ...]) -> frozenset[str]:
    """The question's content words outside its choices: what a choice is asked of ("Blaine Bookey")."""
    chosen = {stem(w) for a in alternatives for w in words(a.phrase)}
    return frozenset(content_stems(question)) - chosen


REASON_NOUNS = frozenset("reason reasons motive motives motivation impetus purpose main real".split())
"""A reason named as such, and what qualifies it ("the main reason")."""


def _reason_asking_words(question: str) -> frozenset[str]:
    """The nouns by which a question asks for a reason ("What was the reason ...?", "For what purpose
    ...?"): like "long" in "how long", they say what kind of answer is wanted, and the sentence that gives
    the reason seldom has them. An asking verb stays a topic word: "What sparked the revolution?" is often
    answered in other words ("triggered by"), which match it."""
    first = WH_WORD.search(question)
    focus = question[first.start() :] if first else ""
    asked = re.match(REASON_ASKED, focus) or re.match(PURPOSE_ASKED, focus)
    return REASON_NOUNS.intersection(asked.group(0).split()) if asked else frozenset()


IDENTITY_QUESTION = re.compile(
    r"\W*(?i:who(?:['’]s|\s+(?:is|was)))\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
)
"""'Who is Michael O'Hanlon?', 'Who was Ed Royce in Congress?' (as a job question is asked): who a named
person is."""
ROLE_REACH = 4
"""How many words before a name a title may stand ("House Foreign Affairs Chairman Ed Royce")."""


def asked_identity(question: str) -> tuple[str, ...]:
    """The stems of the name a "Who is X?" question asks about, or () for any other question."""
    match = IDENTITY_QUESTION.match(question)
    return tuple(stem(w) for w in words(match["name"])) if match else ()


def describes(sentence: str, name: tuple[str, ...]) -> bool:
    """Whether the sentence says what the named person is: a role right before the name ("Chairman Ed
    Royce", "FBI Director Christopher Wray") or an appositive right after it ("O'Hanlon, a senior fellow",
    "Royce is the chairman")."""
    toks = WORD.findall(sentence)
    for i, token in enumerate(toks):
        if stem(token) not in name or (i + 1 < len(toks) and stem(toks[i + 1]) in name):
            continue  # the last word of the name
        first = i
        while first > 0 and stem(toks[first - 1]) in name:
            first -= 1
        if any(stem(w.lower()) in PERSON_ROLE_STEMS for w in toks[max(0, first - ROLE_REACH) : first]):
            return True
        after = [w.lower() for w in toks[i + 1 : i + 3]]
        if after[:1] == [","] and after[1:] and (after[1] in ARTICLES or stem(after[1]) in PERSON_ROLE_STEMS):
            return True
        if len(after) == 2 and after[0] in COPULAS and after[1] in ARTICLES:
            return True
    return False


DIMENSIONS = frozenset("many much long old far often soon close".split())
"""What "how ..." asks to measure: "How long is the report?" is about the report, and the sentence saying
"the 600-page report" holds no "long"."""


MONEY = "$"
MONEY_QUESTION_WORDS = frozenset(
    """cost costs price paid pay pays worth spend spent dollars money budget fund funding earn earned deficit
    debt revenue revenues""".split()
)
YEAR = "<year>"
MONTH = "<month>"
AGE = "<age>"
CALENDAR_DATE = "<date>"
CLOCK_TIME = "<time>"
WEEKDAY = "<weekday>"
DAY = "<day>"
TALLY = "<tally>"
"""Units that are kinds of phrase, not counted words; the brackets keep them apart from stems ("year")."""
_MONTH = (
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)"
)
_YEAR = r"(?:1\d|20)\d\d"
_CENTURY = r"\b\d{1,2}(?:st|nd|rd|th) century\b"
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS - {"half", "percent"})) + ")"
_CURRENCY = r"(?:dollar|euro|pound|cent|yen|yuan|lira|rupee|franc|peso|ruble|rouble|dinar|riyal|rand)s?"
UNIT_PHRASES = {
    MONEY: re.compile(rf"[$€£¥₹]|\b{_CURRENCY}\b|\bfree\b", re.IGNORECASE),
    YEAR: re.compile(
        rf"\b{_YEAR}(?:s\b|\b)|\b(?:in|since|until|after|before|around|circa) \d{{3}}\b|"
        rf"{_CENTURY}|\b\d{{1,4}} (?:BC|BCE|AD|CE)\b"
    ),
    AGE: re.compile(
        rf",\s\d{{1,3}}(?=[,)]|\.(?!\d))|\baged?\s(?:of\s)?\d{{1,3}}\b|\b\d{{1,3}}\s+years\s+of\s+age\b|"
        rf"\b{_COUNT}(?:-|\s+)(?:year|month|week|day)s?(?:-|\s+)old\b",
        re.IGNORECASE,
    ),
    CALENDAR_DATE: re.compile(
        rf"\b{_MONTH} (?:[1-9]|[12]\d|3[01])\b|\b(?:[1-9]|[12]\d|3[01]) {_MONTH}|"
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    ),
    CLOCK_TIME: re.compile(
        r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|o'clock)\b",
        re.IGNORECASE,
    ),
    WEEKDAY: re.compile(rf"\b(?:{'|'.join(day.capitalize() for day in sorted(WEEKDAYS))})s?\b"),
    MONTH: re.compile(rf"\b{_MONTH}(?!\w)"),
    TALLY: re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]\d)|\bunanimous(?:ly)?\b", re.IGNORECASE),
}
UNIT_PHRASES[DAY] = re.compile(
    rf"{UNIT_PHRASES[WEEKDAY].pattern}|{UNIT_PHRASES[CALENDAR_DATE].pattern}|\b(?i:today|yesterday|tomorrow|tonight)\b"
)
"""A day is a weekday or a day of a month: "later this week" does not say on what day."""
"""What answers a question that asks for one kind of number or date: a sum of money ("$81 million", "50
dollars", "free") for "how much did it cost", an age ("Manafort, 69,", "a 69-year-old") for "how old", a year
("2012", "the 1990s") for "what year", a day of a month ("Jan. 8", "8 January") for "on what date", a clock
time ("7:30 p.m.", "midnight") for "what time", a weekday for "what day of the week", a tally of votes or
points ("a 5-4 decision", "unanimously") for "how close was the vote" or "by what margin"."""
STRICT_UNITS = frozenset([MONEY, AGE, CALENDAR_DATE, CLOCK_TIME, WEEKDAY, DAY, MONTH, TALLY])
"""Units without which a sentence does not answer at all: "1,500 troops" is no cost, "on Tuesday" no date,
"218 House members" no vote count."""
LENGTH_UNITS = tuple(
    dict.fromkeys(
        stem(w)
        for w in """second seconds minute minutes hour hours day days week weeks month months year years
        decade decades century centuries page pages mile miles kilometre kilometres kilometer kilometers
        metre metres meter meters feet foot inch inches yard yards""".split()
    )
)
"""What "how long" counts: a duration ("nearly 17 months") or a length ("a 600-page report", "2 miles")."""


GENERIC_COUNTED = frozenset(["peopl", "person", "individu"])
"""Counting people is answered by a count of anyone ("How many people died?" / "two soldiers were killed")."""
COUNTED_PHRASE_WORDS = 3
"""How many words after "how many" can name what is counted ("how many US presidents", "how many of the
planned expeditions"): the phrase ends at the first function word after it starts."""


def _ends_plural(word: str, following: str) -> bool:
    """Whether a counted phrase ends at this plural noun, as the next word is no plural noun: "hackers"
    in "how many hackers belong", not "sports" in "how many sports teams" nor "news" in "news outlets"."""
    return _is_plural(word) and not following.endswith("s")


def _is_plural(word: str) -> bool:
    """Whether a word reads as a plural noun: longer than PLURAL_MIN letters, ending in "s" but not "ss"."""
    return len(word) > PLURAL_MIN and word.endswith("s") and not word.endswith("ss")


PLURAL_MIN = 4


def _asked_unit(toks: list[str]) -> tuple[str, ...]:
    """What a number question counts: the phrase after "how many", or money for "how much did it cost"."""
    for i, t in enumerate(toks[:-2]):
        if (t, toks[i + 1]) == ("how", "many"):
            rest = list(itertools.dropwhile(lambda w: w in STOPWORDS, toks[i + 2 :]))
            phrase = list(itertools.takewhile(lambda w: w not in STOPWORDS, rest[:COUNTED_PHRASE_WORDS]))
            # "how many Republicans voted against", "how many hackers belong to": the verb after the counted
            # noun counts nothing
            verb = next(
                (j for j, w in enumerate(phrase) if j and (w.endswith("ed") or w in IRREGULAR_VERBS)), None
            )
            plural = next((j + 1 for j, w in enumerate(phrase[:-1]) if _ends_plural(w, phrase[j + 1])), None)
            if phrase[:1] and re.fullmatch(_CURRENCY, phrase[0]) and not phrase[0].startswith("pound"):
                return (MONEY,)  # "how many dollars": a sum of money ("pounds" may weigh something)
            return tuple(stem(w) for w in phrase[: min(verb or len(phrase), plural or len(phrase))])
    if "much" in toks and any(t in MONEY_QUESTION_WORDS for t in toks):
        return (MONEY,)
    pairs = set(itertools.pairwise(toks))
    if {("how", "old"), ("what", "age")} & pairs or (
        toks[:1] in (["what"], ["what's"]) and toks[-1:] == ["age"]
    ):
        return (AGE,)
    if (
        {"margin", "tally", "split", "divided"} & set(toks)
        or toks[:4] in (["what", "was", "the", "vote"], ["what", "is", "the", "vote"])
        or ("vote", "count") in pairs
        or (("how", "close") in pairs and not TALLIED.isdisjoint(toks))
    ):
        return (TALLY,)
    if ("how", "long") in pairs:
        return LENGTH_UNITS
    return ()


ASKS_REACTION = re.compile(
    r"\b(?:comment(?:s|ed)?|react(?:s|ed|ion)?|respon(?:d|ds|ded|se)|repl(?:y|ied|ies)|weigh(?:s|ed)? in)\b"
)
NO_COMMENT = re.compile(
    r"\b(?:no comment|(?:declin|refus)(?:e|es|ed|ing) to comment|"
    r"(?:did|does|has|had|have)(?: not|n't) (?:immediately )?(?:respond|reply|comment|return))\b",
    re.IGNORECASE,
)
"""A reaction withheld: "had no comment on the decision", "did not immediately respond to a request for
comment": "no" to "Did the Justice Department offer any reaction?", though nothing either way about what the
comment would have been on."""
UNANIMOUS = frozenset(["unanimous", "unanimously"])
SPLIT_TALLY = re.compile(r"\b\d{1,3}\s?[-–]\s?[1-9]\d{0,2}\b(?![-–]\d)")
"""A vote with a minority ("7-2", "360-59"): no unanimous one."""
TALLIED = frozenset("vote votes voted decision ruling verdict election race result score tally".split())
"""What "how close was ..." asks a tally of; "How close did the missile come?" asks a distance."""


DATE_UNIT_QUESTIONS = re.compile(
    rf"\b{_WHICH_EXACTLY} (?:(?P<year>years?)|(?P<date>date)|(?P<month>months?))\b|"
    rf"\b(?P<time>{_WHAT_TIME})|\b(?P<weekday>day of the week)\b|"
    rf"\b(?P<day>(?:exactly )?{_WHICH_EXACTLY} day)\b(?! of the week)"
)
"""A year ("what was the year", "during which years"), a day of a month ("what was the exact calendar
date"), a clock time, or a weekday ("what day of the week")."""


def _asked_date_unit(question: str) -> tuple[str, ...]:
    """(YEAR,) for "what year", (CALENDAR_DATE,) for "on what date", (CLOCK_TIME,) for "at what time":
    "Monday" is a date, but no year and no day of a month. "What time of year" asks for a season."""
    match = DATE_UNIT_QUESTIONS.search(question)
    units = {
        "year": (YEAR,),
        "date": (CALENDAR_DATE,),
        "month": (MONTH,),
        "time": (CLOCK_TIME,),
        "weekday": (WEEKDAY,),
        "day": (DAY,),
    }
    return units[match.lastgroup or ""] if match else ()


def proper_nouns(text: str) -> tuple[str, ...]:
    """Capitalised words after the first (the first is capitalised anyway), function words excluded."""
    return tuple(
        w for i, w in enumerate(words(text)) if i > 0 and w[:1].isupper() and w.lower() not in STOPWORDS
    )


def name_runs(text: str, is_name: Callable[[str], bool]) -> list[list[str]]:
    """Runs of consecutive name words; punctuation ends a run ("Iran, Libya" are two names), and so does a
    weekday: "blamed former president Barack Obama Tuesday" names Barack Obama."""
    return [run for _, run in _name_runs_at(WORD.findall(text), is_name)]


def _name_runs_at(tokens: list[str], is_name: Callable[[str], bool]) -> list[tuple[int, list[str]]]:
    """``name_runs`` over word tokens, each run with the index of its first token."""
    runs: list[tuple[int, list[str]]] = []
    run: list[str] = []
    for i, token in enumerate([*tokens, "."]):
        if token[:1].isalnum() and token.lower() not in WEEKDAYS and is_name(token):
            run.append(token)
            continue
        if run:
            runs.append((i - len(run), run))
        run = []
    return runs


class Gender(str, Enum):
    """What "he" or "she" can refer to."""

    FEMALE = "f"
    MALE = "m"


PRONOUN_GENDERS = {
    **dict.fromkeys(["he", "him", "his"], Gender.MALE),
    **dict.fromkeys(["she", "her", "hers"], Gender.FEMALE),
}
UNISEX = "u"
"""How rag/given_names.tsv marks a given name that tells no gender."""
TITLE_GENDERS = {"mr": Gender.MALE, "mrs": Gender.FEMALE, "ms": Gender.FEMALE, "miss": Gender.FEMALE}


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, Gender | None]:
    """rag/given_names.tsv (built by scripts/build_given_names.py), read once; None for a name borne by
    women and men alike ("Jordan")."""
    text = resources.files("rag").joinpath("given_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: None if gender == UNISEX else Gender(gender) for name, gender in rows}


def name_gender(name: str) -> Gender | None:
    """The gender a person's name tells, from a title ("Mrs. Clinton") or a given name nearly all of whose
    bearers share one ("Lisa Page", "President Donald Trump", "Angela H. Stubblefield"); None when it tells
    none ("Trump", "Kim Yong Chol")."""
    parts = [p.rstrip(".").lower() for p in name.split()]
    if parts and parts[0] in TITLE_GENDERS:
        return TITLE_GENDERS[parts[0]]
    given = [p for p in parts[:-1] if len(p) > 1]  # initials tell nothing
    return _given_name_genders().get(given[-1]) if given else None


def known_given_name(word: str) -> bool:
    """Whether the word is a given name people bear ("Mike", "Nancy"), so the name it opens is a person's."""
    return word.lower() in _given_name_genders()


_NO_SURNAME = NOT_A_PERSON | CALENDAR_NAMES


def is_full_name(run: list[str]) -> bool:
    """Two or more name words not ending in an organisation or place word or a date, nor following one: a
    person's name ("House Democratic leaders" names no one)."""
    return len(run) >= 2 and run[-1].lower() not in _NO_SURNAME and run[-2].lower() not in NOT_A_PERSON


def _names_person(sentence: str, exclude: frozenset[str], people: frozenset[str]) -> bool:
    """Whether the sentence names a person the question does not: a full name, or a known surname."""
    runs = name_runs(
        sentence, lambda w: w[:1].isupper() and w.lower() not in STOPWORDS and stem(w) not in exclude
    )
    return any(
        (is_full_name(run) or stem(run[-1]) in people) and not is_country_people(run[-1], SURNAME_LIKE_STEM)
        for run in runs
    )


PARTY_WORDS = frozenset("republican republicans democrat democrats democratic gop".split())


def _names_only_bodies(sentence: str, exclude: frozenset[str], people: frozenset[str]) -> bool:
    """Whether every name the sentence gives, besides those holding the question's words ("Justice Sonia
    Sotomayor" when it asks about her), is no person's: a body, a place (also one after "in", "from", ...), a
    people, a party, a date or a bare title ("the Republican-dominated Senate", "based in Austin", "the Office
    of the Director of National Intelligence", "in February"). A single unknown name ("Oursel") may be a
    person's, but neither an initialism ("FBI") nor a sentence's capitalised first word ("Unsurprisingly")
    unless it is a given name or a surname of ``people``."""
    tokens = WORD.findall(sentence)
    for start, run in _name_runs_at(tokens, lambda w: w[:1].isupper() and w.lower() not in STOPWORDS):
        after = tokens[start - 1].lower() if start else ""
        opening = not start and len(run) == 1 and not known_given_name(run[0])
        if (
            not any(stem(word) in exclude for word in run)  # the question's own ("Sonia Sotomayor")
            and stem(run[-1]) not in people
            and not (
                opening
                or run[-1].isupper()  # an initialism ("FBI") or "the U.S." split into letters names no one
                or run[-1].lower() in _NO_SURNAME
                or run[-1].lower() in PARTY_WORDS
                or stem(run[-1]) in PERSON_ROLE_STEMS
                or after in PLACE_PREPOSITIONS
                or is_country_people(run[-1], SURNAME_LIKE_STEM)
                or " ".join(run) in NOT_CITIES
                or names_country(" ".join(run))
            )
        ):
            return False
    return True


SURNAME_LIKE_STEM = 4
"""A people ends no person's name ("North Korean hackers"), when it is clearly one: "Korean", not "Chan"
(from "Chad")."""


ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth
    thirtieth hundredth""".split()
)
"""An ordinal before what is counted counts it too: "their sixth day" says how long, "a third term" how
many."""


NUMBERED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
PRONOUN_ONES = frozenset(["one", "ones"])


def asked_ranks(question: str) -> frozenset[str]:
    """The ordinals the question picks something out by ("his second letter", "the 22nd most liveable
    city"), but not "first", often loose ("the first time"), nor one that stands for a thing already named
    ("the second one")."""
    toks = [w.lower() for w in words(question)]
    return frozenset(
        t
        for i, t in enumerate(toks)
        if (t in ORDINAL_WORDS - {"first"} or NUMBERED_ORDINAL.fullmatch(t))
        and i + 1 < len(toks)
        and toks[i + 1] not in PRONOUN_ONES
    )


def names_rank(sentence: str, ranks: frozenset[str]) -> bool:
    """Whether the sentence has one of the ordinals."""
    return not ranks.isdisjoint(w.lower() for w in words(sentence))


def _is_number(token: str) -> bool:
    """A numeral ("1,500", "8") or a number word ("three", "dozens")."""
    return any(c.isdigit() for c in token) or token.lower() in NUMBER_WORDS


_DATED = re.compile(
    rf"(?:{UNIT_PHRASES[CALENDAR_DATE].pattern})(?:\s?[-–]\s?(?:[1-9]|[12]\d|3[01])\b)?(?:,?\s{_YEAR}\b)?|"
    rf"\b(?i:in|since|until|of) {_YEAR}\b|\b{_MONTH},? {_YEAR}\b"
)
"""A date with its year or its last day ("September 11, 2001", "June 8-9"), a month with its year ("March
2018"), or a year after a preposition."""


def _without_dates(sentence: str) -> str:
    """The sentence without its dates: the 8 of "Jan. 8", the 2001 of "September 11, 2001" or the 2016 of "in
    2016" counts nothing."""
    return _DATED.sub(" ", sentence)


def _without(sentence: str, exclude: frozenset[str]) -> str:
    """The sentence with the question's own numbers blanked out: "in 2016" does not answer "When in 2016?"."""
    return WORD_ONLY.sub(
        lambda m: "_" if m.group(0)[:1].isdigit() and stem(m.group(0)) in exclude else m.group(0), sentence
    )


def has_answer_type(sentence: str, kind: AnswerType, exclude: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence holds a phrase of the asked-for kind that is not just a repeat of the question."""
    toks = words(sentence)
    lowered = [t.lower() for t in toks]
    if kind is AnswerType.NUMBER:
        return any(_is_number(t) and stem(t) not in exclude for t in words(_without_dates(sentence).lower()))
    if kind is AnswerType.DATE:
        unasked = _without(sentence, exclude)
        return any(
            (
                t in MONTHS
                or t in WEEKDAYS
                or t.removesuffix("s") in WEEKDAYS
                or t in TIME_WORDS
                or re.fullmatch(r"\d{2,4}s", t)
            )
            and stem(t) not in exclude
            for t in lowered
        ) or any(UNIT_PHRASES[unit].search(unasked) is not None for unit in (YEAR, CLOCK_TIME))
    names = [
        t
        for i, t in enumerate(toks)
        if i > 0 and t[:1].isupper() and t.lower() not in STOPWORDS and stem(t) not in exclude
    ]
    if kind in (AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.NAME):
        return bool(names)
    if kind is AnswerType.PLACE:
        home = HOME_STATE.search(sentence)
        return (home is not None and stem((home["state"] or home["code"]).split()[-1]) not in exclude) or any(
            toks[i][:1].isupper() and stem(toks[i]) not in exclude and _names_place_after(toks[:i], exclude)
            for i in range(1, len(toks))
        )
    return False


CAUSE = re.compile(
    r"\b(?:because|due to|owing to|thanks to|as a result|result of|in order to|so that|so as to|reasons?|"
    r"impetus|motives?|aimed at|designed to|intended to|meant to|to (?:avoid|prevent|ensure|protect|stop)|"
    r"forcing|prompt(?:ed|ing)|trigger(?:ed|ing)|spark(?:ed|ing)|caus(?:ed|ing)|led to|leading to|given|"
    r"(?:that|which)(?: is|['’]s) why)\b",
    re.IGNORECASE,
)
"""Words that give a reason or a purpose: "to avoid significant U.S. casualties", "triggered by", "That is why
we introduced it"."""


HOME_STATE = re.compile(
    r"\b(?:a|an)\s+(?!House\b|Senate\b)(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Democrat|Republican)\b|"
    r"\b[DRI]-(?P<code>[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*)(?=[\s,)])"
)
"""Where a lawmaker is from, said as a party label: "a New Mexico Democrat", "Rep. Ed Royce (R-Calif.)"."""
_HOME_NAME = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
_HOME_PLACE = r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_PARTY = r"(?:Democrat|Democratic|Republican|Independent|GOP)"
_TITLE = r"(?:Rep\.|Sen\.|Gov\.|Representative|Senator|Congressman|Congresswoman|Governor|lawmaker)"


def _is_state(place: str) -> bool:
    """Whether the place is a state, country or region ("New York" is a state too; "State" of "Secretary of
    State" is none)."""
    return place in NOT_CITIES or f"{place} State" in NOT_CITIES


def _names_people(place: str) -> bool:
    """Whether the words name a country's people ("North Korean", "Iranian"), not a party ("Republican")
    nor a title ("Chairman")."""
    people = place.split()[-1]
    return is_country_people(people) and not people.endswith(("man", "men"))


HOMES: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (re.compile(rf"{_HOME_NAME}\s+(?:of|from)\s+{_HOME_PLACE}"), _is_state),
    (
        re.compile(rf"{_HOME_NAME},?\s+(?:a|an)\s+(?:[\w()’'-]+\s+){{0,8}}?(?:from|of)\s+{_HOME_PLACE}"),
        _is_state,
    ),
    (re.compile(rf"{_HOME_NAME},?\s+(?:a|an)\s+{_HOME_PLACE}\s+{_PARTY}"), bool),
    (re.compile(rf"{_HOME_PLACE}\s+{_PARTY}(?:\s+{_TITLE})?\s+{_HOME_NAME}"), bool),
    (re.compile(rf"{_HOME_NAME}\s+\([DRI]-(?P<place>[A-Z][\w.]*)\)"), bool),
    (
        re.compile(
            r"(?P<place>(?:(?:North|South|East|West|Central|Latin|Saudi)\s+)?[A-Z][a-z]+(?:an|ese|ish|i))\s+"
            rf"(?:[a-z]+\s+){{0,3}}?{_HOME_NAME}"
        ),
        _names_people,
    ),
)
"""Where someone is from, told beside their name, each with what its place must be: "Paul Ryan of
Wisconsin", "Berenice Davila, a 19-year-old ... recipient from Texas" (a state, country or region); "Michelle
Lujan Grisham, a New Mexico Democrat", "Virginia Republican Scott Taylor", "Ed Royce (R-Calif.)" (any name
before a party label); "North Korean leader Kim Jong Un" (a country's people)."""


def homes(sentence: str) -> list[tuple[str, str]]:
    """The people the sentence says where they are from, with the place: [("Paul Ryan", "Wisconsin")]."""
    return [
        (" ".join(w for w in match["name"].split() if w.rstrip(".") not in TITLE_WORDS), match["place"])
        for pattern, fits in HOMES
        for match in pattern.finditer(sentence)
        if fits(match["place"])
    ]


TITLE_WORDS = frozenset(
    "Rep Sen Gov Representative Senator Congressman Congresswoman Governor Speaker".split()
)
"""Titles before a name, which are no part of it: "Rep. Ed Royce"."""


def without_homes(sentence: str) -> str:
    """The sentence with the places people are said to be from blanked out: "Paul Ryan of Wisconsin has
    said ..." tells where Ryan is from, not where he said it."""
    for _, place in homes(sentence):
        sentence = re.sub(rf"\b{re.escape(place)}\b", "_" * len(place), sentence)
    return sentence


def answer_type_fit(
    sentence: str,
    shape: QuestionShape,
    exclude: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> float:
    """1 when the sentence holds the asked-for kind of phrase (for a count, next to what is counted),
    0.5 for a weaker fit (a number of something else, a place without a name, a name that is no person's),
    -1 for none, 0 untyped. ``people`` are the surnames the article gives in full somewhere, so that
    "Phillips" alone is a person and "Colorado" is not. A number that is no sum of money or age is no fit
    for a price or an age: "1,500 troops" does not say what the damage cost. A sentence that mentions what a
    question asks the name of without naming it ("the official said" for "Which official ...?") fits -1.
    """
    if shape.focus is not None:
        named = names_focus(sentence, shape.focus, exclude)
        if named is False or (named is None and DESIGNATION_OPENER.search(" ".join(shape.words))):
            return -1.0  # "a White House official said"; for "What model of missile?", "rockets were fired"
        if (
            named is None
            and shape.answer_type is AnswerType.NAME
            and has_answer_type(sentence, AnswerType.NAME)
        ):
            if shape.focus in PERSON_ROLE_STEMS and not _names_person(sentence, exclude, people):
                return -1.0  # "the name of the spokesperson" against "The Justice Department said ..."
            return 0.5  # "the name of the drone bill": a name, but of nothing the sentence calls a bill
    if shape.reactor and not attributes_to(sentence, shape.reactor):
        return -1.0
    if shape.manner and names_event_only(sentence, shape.manner):
        return -1.0
    if shape.acronym:
        return 1.0 if spells_out(sentence, shape.acronym) else 0.0
    if shape.identity and describes(sentence, shape.identity):
        return 1.0
    if shape.addressee:
        return 1.0 if names_addressee(sentence, exclude) else -1.0
    if shape.answer_type is AnswerType.YES_NO and shape.unit:
        return 1.0 if _counts(sentence, shape.unit, exclude) else 0.0
    if shape.answer_type is AnswerType.REASON:
        return 1.0 if CAUSE.search(sentence) else 0.0  # a reason is often given without a cue word
    if shape.answer_type in (AnswerType.OTHER, AnswerType.YES_NO):
        # "Which Iranian official ordered the strike?": a sentence naming no one cannot say which
        asks_person = shape.focus in PERSON_ROLE_STEMS
        return -1.0 if asks_person and not _names_person(sentence, exclude, people) else 0.0
    if shape.answer_type is AnswerType.PERSON and doer_untold(sentence, shape):
        return -1.0  # "Who brokered the deal?" against "a deal brokered at the last minute"
    if shape.answer_type is AnswerType.PERSON and _names_person(sentence, exclude, people):
        return 1.0
    if shape.answer_type is AnswerType.DATE and not shape.about_saying:
        sentence = REPORTING_DAY.sub(r"\g<verb>", sentence)
    if shape.answer_type is AnswerType.NUMBER and _asks_achieved(shape) and _only_goal_figures(sentence):
        return -1.0  # "How many has it reunited so far?" against "seeking to reunite as many as 381"
    if shape.answer_type is AnswerType.NUMBER and _asks_needed(shape) and not NEED_TOLD.search(sentence):
        return -1.0  # "How many votes did it need?" against "winning the votes of 39 senators"
    if shape.answer_type is AnswerType.NUMBER and tells_no_one_met_fate(sentence, shape.words):
        return 1.0  # "no casualties" answers "How many people died?": none
    if shape.answer_type is AnswerType.NUMBER and shape.unit and _counts_none(sentence, shape.unit):
        return 1.0  # "no peace treaty has ever been signed" answers "How many peace treaties ...?": none
    if shape.unit == LENGTH_UNITS:
        sentence = _without_other_terms(sentence, shape.content)
    if shape.unit == (AGE,) and _asks_age_now(shape):
        sentence = PAST_AGE.sub(" ", sentence)
    if shape.unit == (AGE,) and not _age_at_asked_event(shape, sentence):
        return -1.0  # "How old was she when she first got DACA?" against "a 19-year-old DACA recipient"
    counted = bool(shape.unit) and _counts(sentence, shape.unit, exclude)
    if counted and _counts_opposite(sentence, shape.unit):
        return -1.0  # "Eleven House Republicans voted against" for "How many House Democrats voted for?"
    if counted and _tells_another_fate(sentence, shape.words):
        return -1.0  # "21 people are reported killed" for "How many people have been arrested?"
    if counted and _mentions_fate(sentence, shape.words) and not counts_fate(sentence, shape.words):
        return 0.5  # "the potential for mass casualties ... 1,500 troops are housed" does not count the dead
    if asks_country(shape) and names_country_besides(sentence, exclude):
        return 1.0  # "Which country refused ...?" against "Since Ireland refused ..."
    if asks_home(shape) and not asks_country(shape):  # a country is told by a people's name too
        born = "born" in shape.words and BORN_IN.search(sentence) is not None  # "an artist born in Warsaw"
        told = homes(sentence) or born or from_somewhere(sentence)
        return 1.0 if told else -1.0  # "a Republican from California", not "in New York"
    if shape.answer_type is AnswerType.PLACE:
        if asks_where_spoken(shape):  # "Ed Royce ... said on the House floor Tuesday"
            return 1.0 if tells_where_said(sentence) else -1.0
        sentence = without_homes(sentence)  # "Paul Ryan of Wisconsin has said" tells not where he said it
    if not counted and not has_answer_type(sentence, shape.answer_type, exclude):
        where = shape.answer_type is AnswerType.PLACE and not asks_home(shape)
        return 0.5 if where and _common_place(sentence, exclude) else -1.0
    if shape.answer_type is AnswerType.PERSON:
        # "Who is the leader of ...?" against "the Office of the Director ... said": a role names a person
        bodies_only = _names_only_bodies(sentence, exclude, people)
        return -1.0 if shape.focus in PERSON_ROLE_STEMS and bodies_only else 0.5
    if not shape.unit or counted:
        return 1.0
    if shape.unit[0] in TIME_LENGTHS and not _tells_time(sentence):
        return -1.0  # "How many years in prison did he get?" against "convicted on 11 counts of robbery"
    return -1.0 if STRICT_UNITS.intersection(shape.unit) or _mentions_uncounted(sentence, shape.unit) else 0.5


ACHIEVED_ASKED = re.compile(r"\b(?:so far|thus far|to date|until now|already|actually|managed)\b")
"""Words by which a count question asks what has been done, not what is sought or expected."""
GOAL_FIGURE = re.compile(
    r"\b(?:seek|seeks|seeking|sought|aim|aims|aiming|aimed|hope|hopes|hoping|hoped|plan|plans|planning|"
    r"planned|want|wants|wanting|wanted|try|tries|trying|tried|intend|intends|intending|intended|expect|"
    r"expects|expecting|expected|could|would|may|might|will)\s+(?:to\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:as many as\s+|up to\s+)?\d[\d,.]*",
    re.IGNORECASE,
)
"""A figure something is meant or expected to reach: "seeking to reunite as many as 381", "could grow to 4
million"."""


NEEDED_ASKED = re.compile(
    r"\b(?:do|does|did|will|would)\b.*\b(?:need|require)\b|\b(?:needed|required|necessary)\b"
)
"""Words by which a count question asks what it takes ("How many votes does it need to pass?", "How many
are needed?"); not "How many young people need a fix?", a count of those in need."""
NEED_TOLD = re.compile(
    r"\b(?:need|needs|needed|needing|require|requires|required|requiring|requirement|necessary|threshold|"
    r"short of|minimum|at least|majority|supermajority|two-thirds|enough)\b",
    re.IGNORECASE,
)
"""Words by which a sentence tells what it takes: "needs 60 votes", "fell short of the 60 votes", "a
two-thirds majority"."""


PASSIVE_FOLLOWERS = frozenset(
    """at in on during last earlier after before with over through for from into under amid since until
    within without""".split()
)
"""Words after which a past form is a passive with no doer named ("a deal brokered at the last minute"),
not a deed with its object ("brokered a deal")."""
BE_FORMS = frozenset("be been being is are was were".split())
DOER_REACH = 100
"""How many characters after a passive its doers may come: "developed for … Charles Porter by Charles
Richard"."""
DOERS_NAMED = re.compile(r"\b(?:by|between|among)\b", re.IGNORECASE)
"""How a passive names its doers: "brokered by Schumer", "fought between the colonies of British America and
New France"."""


def doer_untold(sentence: str, shape: QuestionShape) -> bool:
    """Whether a "Who <did> …?" question's deed stands in the sentence only as a passive that names no doer:
    "Who brokered the deal?" against "Trump's criticism of a bi-partisan deal brokered at the last minute"
    does not say who brokered it; "brokered by Schumer", "Schumer brokered it" or "reported killed, according
    to state television" would."""
    toks = shape.words
    if len(toks) < 2 or toks[0] != "who" or not (toks[1].endswith("ed") or toks[1] in IRREGULAR_VERBS):
        return False
    pattern = rf"\b([\w’'-]+)\s+{re.escape(toks[1])}\b(?P<after>.{{0,{DOER_REACH}}})"
    found = list(re.finditer(pattern, sentence, re.IGNORECASE))
    for match in found:
        before = match.group(1)
        following = re.match(r"\s*(,|[\w’'-]+)", match["after"])
        described = (  # "a deal brokered at …": the question's own thing, then the deed done to it
            before.islower()
            and stem(before) in shape.content
            and following is not None
            and following.group(1).lower() in PASSIVE_FOLLOWERS | {","}
        )
        if not (before.lower() in BE_FORMS or described) or DOERS_NAMED.search(match["after"]):
            return False
    return bool(found) and not re.search(r"\baccording to\b", sentence, re.I)


def _asks_needed(shape: QuestionShape) -> bool:
    """Whether a count question asks how many it takes ("How many did it need to pass?"): a count reached
    ("winning the votes of 39 senators", "a vote of 230-197") does not say."""
    return NEEDED_ASKED.search(" ".join(shape.words)) is not None


def _asks_achieved(shape: QuestionShape) -> bool:
    """Whether a count question asks how many so far ("How many has it actually reunited so far?")."""
    return ACHIEVED_ASKED.search(" ".join(shape.words)) is not None


def _only_goal_figures(sentence: str) -> bool:
    """Whether every figure of the sentence is one sought or expected, none reached."""
    figures = [
        f for f in re.findall(r"\d+(?:[.,]\d+)*", _without_dates(sentence)) if not re.fullmatch(_YEAR, f)
    ]
    goals = [m.group(0) for m in GOAL_FIGURE.finditer(sentence)]
    return bool(figures) and len(goals) >= len(figures)


TIME_LENGTHS = frozenset(stem(w) for w in "second minute hour day week month year decade century".split())
"""Units of a length of time ("How many years ...?", "How long ...?"), which a count of something else does
not give."""


def _tells_time(sentence: str) -> bool:
    """Whether the sentence gives a length of time or a time it may be counted from: a duration, a year, a
    month or a weekday."""
    toks = {w.lower() for w in words(sentence)}
    return (
        any(a.duration for a in amounts(sentence))
        or any(YEAR_FIGURE.fullmatch(w) for w in toks)
        or bool(toks & (MONTHS | WEEKDAYS))
    )


PAST_AGE = re.compile(
    r"\bwhen\s+(?:[\w’'-]+\s+){0,3}(?:was|were)\s+(?:only\s+|just\s+)?\d{1,3}(?:\s+years?\s+old)?\b"
)
"""An age at some past event: "moved from Mexico when Davila was 3 years old"."""


AGE_NOW = frozenset(["is", "now", "what's", "what’s"])
AGE_THEN = frozenset(["was", "were", "when"])
"""Words of a question asking how old someone is, and of one asking how old they were."""


def _asks_age_now(shape: QuestionShape) -> bool:
    """Whether an age question asks how old someone is, not how old they were: "How old is she now?"."""
    return not AGE_NOW.isdisjoint(shape.words) and AGE_THEN.isdisjoint(shape.words)


LIGHT_EVENT_WORDS = frozenset(
    stem(w) for w in "come came go went get got take took make made over back first".split()
)
"""Words that name no event of their own ("when they came over"): any age at an event may be at that one."""


def _age_at_asked_event(shape: QuestionShape, sentence: str) -> bool:
    """Whether the sentence may give the age an age question asks: any age, unless the question asks how
    old someone was at some event. For "when ..." the sentence must tell that event, in a word of it ("the
    13-year-old Toghun Temür (Emperor Huizong)" for "when he became emperor"; not "moved from Mexico when
    Davila was 3 years old" for "when she first got DACA"); for "at that point" or "then" it must give an age
    at an event ("when Davila was 3 years old"), which the age now does not."""
    toks = list(shape.words)
    if not AGE_NOW.isdisjoint(toks) or AGE_THEN.isdisjoint(toks):
        return True
    if "when" in toks:
        at = toks.index(
            "when"
        )  # "how old was Davila when she first got DACA": DACA, not Davila, is the event
        event = set(content_stems(" ".join(toks[at + 1 :]))) - set(content_stems(" ".join(toks[:at])))
        event -= LIGHT_EVENT_WORDS
        return not event or bool(event & set(content_stems(sentence)))
    if "then" in toks or ("that", "point") in set(itertools.pairwise(toks)):
        return PAST_AGE.search(sentence) is not None
    return True


TERM = re.compile(
    r"\b[\w.]+-(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\s+(?P<thing>(?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)
"""A duration that says how long something lasts: "a two-year budget deal", "his 22-minute remarks"."""


def _without_other_terms(sentence: str, asked: tuple[str, ...]) -> str:
    """The sentence without the durations of things a how-long question does not ask about: "How long did
    that meeting last?" is not answered by "the Senate's two-year budget deal"."""
    return TERM.sub(lambda m: m[0] if _same_thing(content_stems(m["thing"]), asked) else m["thing"], sentence)


def _same_thing(thing: list[str], asked: tuple[str, ...]) -> bool:
    """Whether a duration's thing is what a how-long question asks about: a word of it, or both an act of
    speaking ("his 22-minute remarks" for "How long did he speak?")."""
    return not set(thing).isdisjoint(asked) or (
        not SPEECH_ACTS.isdisjoint(thing) and not SPEECH_ACTS.isdisjoint(asked)
    )


def gives_year(sentence: str) -> bool:
    """Whether the sentence names a year ("in 2012", "the 1990s"): "on Thursday" and "last year" do not say
    what year."""
    return UNIT_PHRASES[YEAR].search(sentence) is not None


def names_a_time(sentence: str, shape: QuestionShape) -> bool:
    """Whether the sentence names a day, month, year or clock time, not only a vague "later" or "in recent
    years"; the day a statement was made counts only when the question asks about the saying."""
    if not shape.about_saying:
        sentence = REPORTING_DAY.sub(r"\g<verb>", sentence)
    return any(UNIT_PHRASES[unit].search(sentence) for unit in (DAY, MONTH, YEAR, CLOCK_TIME))


EVENT_OPENER = re.compile(
    r"^\W*(?:after|before|when|once|since|following|until|as soon as)\b(?P<event>[^,;]*)[,;]", re.IGNORECASE
)
ASKED_EVENT_SHARE = 0.6


def times_by_asked_event(sentence: str, shape: QuestionShape) -> bool:
    """Whether the sentence opens with the asked event as the time of something else and names no time:
    "After Carpenter and his accomplices were arrested, the FBI requested ..." says what followed the
    arrest, not when it was."""
    opener = EVENT_OPENER.match(sentence)
    if opener is None or not shape.content or names_a_time(sentence, shape):
        return False
    inside = set(shape.content).intersection(content_stems(opener["event"]))
    return len(inside) >= ASKED_EVENT_SHARE * len(set(shape.content))


EVENT_ONLY_VERBS = frozenset(stem(w) for w in "happen happened come came take took place set".split())
"""Words that only say an event took place ("When did it happen?", "Did the raid take place before ...?")."""
NO_EVENT_WORDS = (
    LIGHT_EVENT_WORDS
    | EVENT_ONLY_VERBS
    | frozenset(
        stem(w)
        for w in """occur occurred day days week weeks date dates time times month months year years hour
        schedule scheduled plan planned expected exactly put give gave given hold held""".split()
    )
)
"""Words of a when-question that name no event: "On what day of the week will they meet?" asks about
meeting."""


EVENT_PREFIX = 6
"""Letters by which a word of the sentence may name the asked event: "establishment" for "established"."""


def event_untold(sentence: str, shape: QuestionShape, others: list[str]) -> bool:
    """Whether a when-question asks about an event the sentence names in none of the question's words, its
    names aside, while another sentence does name it in them: "On what day of the week will Pompeo and Kim
    Yong Chol meet?" is not answered by "Kim Yong Chol ... departed Beijing ... Tuesday", a day of another
    event, when "Pompeo will meet ... later this week" tells of the meeting. That sentence names one of the
    question's names, if it has any: "Norman adventurers founded the Kingdom of Sicily" tells of no founding
    of the Duchy of Normandy. Nor does it name the event as one told before ("That attack ..."). An event no
    sentence names in the question's words is likely told in other words ("hand down his decision" for
    "ruled")."""
    names = {stem(w) for name in shape.proper_nouns for w in words(name)}
    event = set(shape.content) - names - NO_EVENT_WORDS
    if not event or {w[:EVENT_PREFIX] for w in event} & {w[:EVENT_PREFIX] for w in content_stems(sentence)}:
        return False  # "establishment" tells of "established"
    return any(
        event <= (said := set(content_stems(other)))
        and (not names or bool(names & said))
        and not _refers_back_to(other, event)
        for other in others
    )


DEMONSTRATIVES = frozenset("that this these those".split())


def _refers_back_to(sentence: str, event: set[str]) -> bool:
    """Whether the sentence names the event as one told before ("That attack slashed Saudi oil production"
    after "strikes ... damaged oil production facilities in Saudi Arabia"): the sentence before may tell it
    in other words."""
    toks = [w.lower() for w in words(sentence)]
    return any(stem(t) in event and i > 0 and toks[i - 1] in DEMONSTRATIVES for i, t in enumerate(toks))


REPORTING_DAY = re.compile(
    r"\b(?P<verb>said|says|told|tweeted|wrote|added|noted|stated|confirmed|warned|announced|testified)\b(?:\s+[\w.]+){0,3}?\s+"
    rf"(?:on\s+)?(?:{'|'.join(day.capitalize() for day in sorted(WEEKDAYS))})\b(?:\s*\([^()]{{1,20}}\))?"
)
"""The day something was said ("the division head said Thursday", "Trump tweeted earlier Friday", "said in
court filings on Monday (June 4)"): no answer to when what was said about happened, unless the question
asks when it was said."""


NONE_OF = re.compile(
    r"\b(?:no|zero|not a single|not one)\s+(?P<things>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE
)
"""A count of none: "no peace treaty", "not a single vote"."""


def _counts_none(sentence: str, unit: tuple[str, ...]) -> bool:
    """Whether the sentence says there is none of what a count question counts: "no peace treaty has ever
    been signed" for "How many peace treaties ...?"."""
    return any(unit[-1] in {stem(w) for w in words(m["things"])} for m in NONE_OF.finditer(sentence))


def _mentions_uncounted(sentence: str, unit: tuple[str, ...]) -> bool:
    """Whether the sentence names what a count question counts but gives no number of it: "his accomplices
    were arrested" says nothing of how many accomplices; its "two providers" counts something else."""
    counted = unit[-1]  # the head of "how many former European officials"
    if unit == LENGTH_UNITS or counted in GENERIC_COUNTED or counted in UNIT_PHRASES:
        return False
    return counted in {stem(w.lower()) for w in words(sentence)}


def _counts_opposite(sentence: str, unit: tuple[str, ...]) -> bool:
    """Whether the sentence counts the opposite of what is asked for and never names the asked thing:
    its number is of the other group."""
    counted = unit[-1]
    stems = {stem(w.lower()): w.lower() for w in words(sentence)}
    return counted not in stems and any(
        stem(opposite) == counted for word in stems.values() for opposite in ANTONYMS.get(word, ())
    )


FATES = tuple(
    frozenset(group.split())
    for group in (
        "killed kill kills killing dead died die dies death deaths fatalities casualties",
        "injured injure injuring injuries injury wounded wound wounding hurt casualties",
        "arrested arrest arrests detained detain detention jailed jail imprisoned",
        "displaced evacuated evacuate fled flee homeless",
        "missing",
    )
)
"""What is counted of people in the news, kind by kind: a count of the dead does not say how many were
arrested. "casualties" are the dead and the wounded."""


FATE_NEGATION_REACH = 3
"""How far before a fate a negation still denies it: "did not kill or wound", "no caused casualties"."""


def tells_no_one_met_fate(sentence: str, question_words: tuple[str, ...]) -> bool:
    """Whether the sentence says no one met the fate a count question asks about, so the count is zero:
    "caused no casualties" or "did not kill or wound any U.S. troops" for "How many people died?"."""
    asked = _asked_fate(question_words)
    tokens = _lower_words(sentence)
    return any(
        token in asked and any(t in NEGATIONS for t in tokens[max(0, i - FATE_NEGATION_REACH) : i])
        for i, token in enumerate(tokens)
    )


FATE_COUNT_REACH = 4
"""How near a fate a number counts those who met it: "21 people are reported killed", "killing 12"."""


def _asked_fate(question_words: tuple[str, ...]) -> frozenset[str]:
    """The words of the fates a count question asks about ("died" -> the dead), else none."""
    return frozenset().union(*(fate for fate in FATES if not fate.isdisjoint(question_words)))


def _mentions_fate(sentence: str, question_words: tuple[str, ...]) -> bool:
    """Whether the sentence speaks of the fate a count question asks about."""
    return not _asked_fate(question_words).isdisjoint(w.lower() for w in words(sentence))


def counts_fate(sentence: str, question_words: tuple[str, ...]) -> bool:
    """Whether a number in the sentence stands near the fate the question counts: "21 people are reported
    killed" does, "the potential for mass casualties ...: More than 1,500 troops are housed" does not."""
    asked = _asked_fate(question_words)
    tokens = [w.lower() for w in words(sentence)]
    numbers = [i for i, t in enumerate(tokens) if t[:1].isdigit() or t in NUMBER_WORDS]
    return any(abs(i - j) <= FATE_COUNT_REACH for j, t in enumerate(tokens) if t in asked for i in numbers)


def _tells_another_fate(sentence: str, question_words: tuple[str, ...]) -> bool:
    """Whether the question counts people who met one fate and the sentence only tells of others."""
    asked = {i for i, fate in enumerate(FATES) if not fate.isdisjoint(question_words)}
    told = {i for i, fate in enumerate(FATES) if not fate.isdisjoint(_lower_words(sentence))}
    return bool(asked) and bool(told) and asked.isdisjoint(told)


def _common_place(sentence: str, exclude: frozenset[str]) -> bool:
    """A place named by a common noun ("into vacant areas"): a place preposition before new words, which are
    no deed ("from observing", "to block")."""
    for phrase in re.split(r"[,;:()\"“”]", sentence):  # "from Texas, told VOA": the place ends at the comma
        written = words(phrase)
        toks = [w.lower() for w in written]
        if any(
            t in PLACE_PREPOSITIONS
            and _may_start_place(t, written[i + 1 : i + 3])
            and any(w not in STOPWORDS and stem(w) not in exclude for w in toks[i + 1 : i + 4])
            for i, t in enumerate(toks)
        ):
            return True
    return False


PLACE_DETERMINERS = frozenset(
    "the a an its their his her this that these those our my your every each".split()
)


def _may_start_place(preposition: str, following: list[str]) -> bool:
    """Whether the words after a place preposition may be a place, not a deed: "from observing a hostage
    situation", "to block FBI agents" and "to hold talks" are none; "from neighboring countries", "to nearby
    towns" and "to the border" may be. After "to" a plain lower-case word is read as a verb."""
    if not following or following[0][:1].isupper() or following[0].lower() in PLACE_DETERMINERS:
        return True
    word = following[0].lower()
    if preposition == "to":
        return word[:1].isdigit() or word.endswith(PLACE_MODIFIER_ENDINGS)
    return not (word.endswith("ing") and following[1:2] and following[1].lower() in PLACE_DETERMINERS)


PLACE_MODIFIER_ENDINGS = ("ing", "ern", "by", "ed")
"""Endings of words that may open a place after "to": "neighboring", "southern", "nearby", "occupied"."""


SHARE = re.compile(r"[\w.,]+\s?(?:%|\bper ?cent\b)", re.IGNORECASE)
""""35 percent of asylum claims" is a share of them, no count."""


LASTS_UNTIL = re.compile(
    rf"\b(?:until|till|through)\s+(?:(?:at least|early|late|mid)\s+)?"
    rf"(?:{'|'.join(sorted(CALENDAR_NAMES))}|{_YEAR})\b",
    re.IGNORECASE,
)
"""An end point tells how long something lasts: "expected to last until Tuesday"."""


def _counts(sentence: str, unit: tuple[str, ...], exclude: frozenset[str]) -> bool:
    """Whether the sentence holds a phrase of ``unit`` (a sum of money, an age, a date ...), or a number or
    ordinal a few words before a word of it ("nearly 17 months", "their sixth day"), right after it and
    "of" ("the votes of 39 senators") or after it and a vote ("the justices voted 7-2"); there, numbers the
    question holds (``exclude``) count nothing."""
    if len(unit) == 1 and unit[0] in UNIT_PHRASES:
        return UNIT_PHRASES[unit[0]].search(sentence) is not None
    if unit == LENGTH_UNITS and LASTS_UNTIL.search(sentence):
        return True
    toks = words(SHARE.sub(" ", _without_dates(sentence)))
    numbers = [_is_number(w) and stem(w.lower()) not in exclude for w in toks]
    if GENERIC_COUNTED.intersection(unit):
        return any(numbers)
    counts = [n or w.lower() in ORDINAL_WORDS for n, w in zip(numbers, toks, strict=True)]

    def counted(i: int) -> bool:
        after_of = toks[i + 1 : i + 2] == ["of"] and any(numbers[i + 2 : i + 3])
        tallied = toks[i + 1 : i + 2] in (["voted"], ["vote"], ["votes"], ["split"]) and any(
            numbers[i + 2 : i + 3]
        )
        return any(counts[max(0, i - 4) : i]) or after_of or tallied

    return any(stem(t) in unit and counted(i) for i, t in enumerate(toks))


NEGATING_PREFIXES = ("un", "non")
"""Prefixes that turn a word into its opposite ("uncontroversial") safely enough to decide a yes/no answer."""
OTHER_NEGATING_PREFIXES = ("in", "im", "il", "ir", "dis")
"""These negate too, but begin too many unrelated words ("inform" / "form") to decide on; they only stop a
spelling correction."""
PREFIX_STEM_MIN = 5
"""What the prefix is put on must be long enough to be a word of its own ("unless" is not "less" negated)."""


def negated_form(word: str, other: str, prefixes: tuple[str, ...] = NEGATING_PREFIXES) -> bool:
    """Whether one word is the other with a negating prefix ("uncontroversial", "controversial"), or its
    adverb ("unsurprisingly", "surprising")."""
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    if not longer.endswith(shorter) and longer.endswith("ly"):
        longer = longer.removesuffix("ly")
    return (
        len(shorter) >= PREFIX_STEM_MIN
        and shorter not in STOPWORDS
        and longer.endswith(shorter)
        and longer[: -len(shorter)].rstrip("-") in prefixes
    )


NUMBER_VALUES = {
    w: str(n)
    for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}


def _counts_or_ranks(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` is a count, an ordinal or a figure; "one" only before a noun ("one potential
    witness"), since it is as often a pronoun ("the landmark one")."""
    word = toks[k].lower()
    if word == "one":
        return k + 1 < len(toks) and toks[k + 1].lower() not in STOPWORDS
    return _is_number(word) or word in ORDINAL_WORDS


def _spelled_alike(asked: str, written: str) -> bool:
    """Whether two words are one word written two ways ("Hamaz"/"Hamza", "Sept"/"September", "5"/"five"),
    not two different things."""
    a, w = asked.lower(), written.lower()
    if NUMBER_VALUES.get(a, a) == NUMBER_VALUES.get(w, w):
        return True
    return (
        a.startswith(w)
        or w.startswith(a)
        or a.endswith(w)
        or w.endswith(a)
        or (difflib.SequenceMatcher(None, a, w).ratio() >= 0.6)
    )


COMPARISON_ENDINGS = ("est", "er")


def _compared(word: str) -> tuple[str, set[str]]:
    """The comparison ending of an adjective and the words it may be made from: "weaker" -> ("er",
    {"weak", ...}), "biggest" -> ("est", {"big", ...}), "easier" -> ("er", {"easy", ...}); else ("", {})."""
    for ending in COMPARISON_ENDINGS:
        base = word.removesuffix(ending)
        if base != word and len(base) >= 3:
            return ending, {base, base + "e", base[:-1], base[:-1] + "y"}
    return "", set()


def _is_opposite(asked: str, written: str) -> bool:
    """Whether a sentence word says the opposite of a question word: an antonym or a word made from one
    ("open" for "closed", "approval" for "reject"), the antonym compared alike ("stronger" for "weaker"), or
    the word with or without a negating prefix ("directly" for "indirectly")."""
    lowered, written_stem = asked.lower(), stem(written)
    opposites = [stem(a) for a in ANTONYMS.get(lowered, ())]
    if any(written_stem == o or (len(o) >= 5 and written_stem.startswith(o)) for o in opposites):
        return True
    asked_ending, asked_bases = _compared(lowered)
    written_ending, written_bases = _compared(written.lower())
    if asked_ending and asked_ending == written_ending:
        return any(ANTONYMS.get(base, frozenset()) & written_bases for base in asked_bases)
    return negated_form(lowered, written.lower(), NEGATING_PREFIXES + OTHER_NEGATING_PREFIXES)


OPPOSED_OUTRIGHT_MIN_WORDS = 2


def _opposed_outright(q_words: list[str], s_words: list[str]) -> str | None:
    """A question word whose opposite the sentence holds anywhere, while it holds every other content word of
    the question (at least ``OPPOSED_OUTRIGHT_MIN_WORDS`` of them): "What is easy about proving lower
    bounds?" against "proving lower bounds is much more difficult". The sentence turns the question's claim
    around, so its words need not stand in the same order. A word right after "how" asks for the kind of
    answer ("how old"), not about the thing."""
    q_stems, s_stems = [stem(w) for w in q_words], {stem(w) for w in s_words}
    content = [k for k, w in enumerate(q_words) if w.lower().replace("’", "'") not in STOPWORDS]
    for k, asked in enumerate(q_words):
        if q_stems[k] in s_stems or (k > 0 and q_words[k - 1].lower() == "how"):
            continue
        if k not in content and asked.lower() not in ANTONYMS:
            continue
        others = [q_stems[m] for m in content if m != k]
        if len(others) < OPPOSED_OUTRIGHT_MIN_WORDS or not s_stems.issuperset(others):
            continue
        if any(stem(w) not in q_stems and _is_opposite(asked, w) for w in s_words):
            return asked
    return None


PLAIN_NEGATIONS = frozenset(["not", "never", "no"])
CONDITIONS = frozenset(["until", "unless"])


def _negated_in_place(q_words: list[str], s_words: list[str]) -> str | None:
    """A "not" the sentence puts into the question's own words: "Why is there a lot of optimism?" against
    "there is not a lot of optimism", "What is always practical?" against "is not always practical". Not
    "will not negotiate ... until ...", which says when it will."""
    q_lower, s_lower = [w.lower() for w in q_words], [w.lower() for w in s_words]
    if PLAIN_NEGATIONS.intersection(q_lower) or CONDITIONS.intersection(s_lower):
        return None
    asked = {tuple(q_lower[k : k + 3]) for k in range(len(q_lower) - 2)}
    for k in range(1, len(s_lower) - 2):
        around = (s_lower[k - 1], s_lower[k + 1], s_lower[k + 2])
        if s_lower[k] in PLAIN_NEGATIONS and around in asked and not STOPWORDS.issuperset(around):
            return s_words[k]
    return None


FRAME_REACH = 3


def _matched_up_to_content(
    q_stems: list[str], s_stems: list[str], q_carries: list[bool], i: int, j: int, step: int
) -> bool:
    """Whether the words on one side of question word ``i`` and sentence word ``j`` match one for one up to
    a content word within ``FRAME_REACH``: "later in the day" and "Earlier in the day"."""
    for d in range(1, FRAME_REACH + 1):
        a, b = i + step * d, j + step * d
        if not (0 <= a < len(q_stems) and 0 <= b < len(s_stems)) or q_stems[a] != s_stems[b]:
            return False
        if q_carries[a]:
            return True
    return False


def _flipped_by_non(q_words: list[str], s_words: list[str]) -> str | None:
    """A question word that one side writes with "non-" and the other without: "non-hostile action" against
    "hostile action", "essential functions" against "non-essential functions"."""

    def after_non(toks: list[str]) -> set[str]:
        return {stem(toks[k + 1]) for k in range(len(toks) - 1) if toks[k].lower() == "non"}

    def plain(toks: list[str]) -> set[str]:
        return {stem(t) for k, t in enumerate(toks) if k == 0 or toks[k - 1].lower() != "non"}

    q_non, s_non, q_plain, s_plain = after_non(q_words), after_non(s_words), plain(q_words), plain(s_words)
    for flipped in sorted(q_non - s_non):
        if flipped in s_plain:
            return "non-" + next(w for w in q_words if stem(w) == flipped)
    for flipped in sorted(s_non - q_non):
        if flipped in q_plain and flipped not in s_plain:
            return next(w for w in q_words if stem(w) == flipped)
    return None


WORD_KINDS = (
    frozenset(
        """north south east west northern southern eastern western northeast northwest southeast southwest
        northeastern northwestern southeastern southwestern central""".split()
    ),
    frozenset("spring summer autumn winter".split()),
)
"""Closed sets of words that name one of a few places or times: "Eastern Chinese" is not "Southern
Chinese", "the summer offensive" is not "the winter offensive"."""


def _same_kind(asked: str, written: str) -> bool:
    """Whether two different words name two members of one closed set (``WORD_KINDS``)."""
    a, w = asked.lower(), written.lower()
    one_word = a.startswith(w) or w.startswith(a)  # "west" and "western"
    return not one_word and any(a in kind and w in kind for kind in WORD_KINDS)


WRITTEN_LONGER_MIN = 4


def _written_longer(asked: str, s_words: list[str]) -> bool:
    """Whether the sentence writes the word with more letters after it ("west" as "western"): one word in
    another form, not a swap."""
    lowered = asked.lower()
    return len(lowered) >= WRITTEN_LONGER_MIN and any(w.lower().startswith(lowered) for w in s_words)


def _possessive(word: str) -> bool:
    return word.replace("’", "'").endswith("'s")


TIME_BOUNDS = frozenset(["before", "after", "since", "until", "till", "by", "to", "than"])
"""Words that make a time a bound, not a point: "prior to 2000" holds for 1946."""


YEAR_FIGURE = re.compile(r"1[5-9]\d\d|20\d\d")
"""A figure that reads as a year ("1953", "2017"), not an amount."""


def _times(toks: list[str]) -> dict[tuple[str, str], str]:
    """The years, months and weekdays named as points in time, by kind and value: ("year", "1974"),
    ("month", "jun"); not "before 2000"."""
    found: dict[tuple[str, str], str] = {}
    for k, word in enumerate(toks):
        lowered = word.lower()
        if k > 0 and toks[k - 1].lower() in TIME_BOUNDS:
            continue
        if YEAR_FIGURE.fullmatch(word):
            found[("year", word)] = word
        elif lowered in MONTHS and len(lowered) > 3 and word[:1].isupper():
            found[("month", lowered[:3])] = word
        elif lowered in WEEKDAYS:
            found[("weekday", lowered)] = word
    return found


def swapped_term(question: str, sentence: str) -> str | None:
    """The question word the sentence replaces, in the same words around it, with its opposite, another
    number, another direction or season, or another name: "What can be indirectly derived ...?" against
    "directly derived", "agree to meet after" against "agreed to meet before", "When three forces act ...?"
    against "When two forces act", "Eastern Chinese" against "Southern Chinese", "When was the FSO Tico
    Factory founded?" against "The FSO Car Factory was established", "Kilimnik's release conditions" against
    "Manafort's release conditions", "in 1883" against "In 1781"; or the word the sentence flips with
    "non-" or a "not" put into the question's words ("non-hostile action" against "hostile action"), or the
    opposite of a word anywhere in a sentence holding all the question's other words. Such a question looks
    answered but asks about something the sentence does not say. The words around must match: a content word
    next to it or reached through matching words ("later in the day" against "Earlier in the day"), both
    neighbours, or, for an opposite, a content word two away ("is harder to analyze" against "are easier to
    analyze"). A choice ("easier or harder") is left alone."""
    q_words, s_words = words(question), words(sentence)
    if "or" in (w.lower() for w in q_words):
        return None
    flipped = (
        _flipped_by_non(q_words, s_words)
        or _negated_in_place(q_words, s_words)
        or _opposed_outright(q_words, s_words)
    )
    if flipped is not None:
        return flipped
    written_times = _times(s_words)
    for (kind, value), asked in _times(q_words).items():
        if (kind, value) not in written_times and any(k == kind for k, _ in written_times):
            return asked  # "Who patented a steam engine in 1883?" against "In 1781 James Watt patented ..."
    q_stems, s_stems = [stem(w) for w in q_words], [stem(w) for w in s_words]
    present = set(s_stems)
    q_carries = [w.lower().replace("’", "'") not in STOPWORDS for w in q_words]
    s_carries = [w.lower().replace("’", "'") not in STOPWORDS for w in s_words]
    for i, asked in enumerate(q_words):
        if q_stems[i] in present or _written_longer(asked, s_words):
            continue
        if not (
            q_carries[i] or asked.lower() in ANTONYMS
        ):  # a function word with an opposite ("after") counts
            continue
        for j, written in enumerate(s_words):
            if s_stems[j] in q_stems:
                continue
            left = i > 0 and j > 0 and q_stems[i - 1] == s_stems[j - 1]
            right = i + 1 < len(q_words) and j + 1 < len(s_words) and q_stems[i + 1] == s_stems[j + 1]
            framed = any(_matched_up_to_content(q_stems, s_stems, q_carries, i, j, step) for step in (-1, 1))
            near = any(
                q_carries[a] and 0 <= j + a - i < len(s_words) and q_stems[a] == s_stems[j + a - i]
                for a in (i - 2, i + 2)
                if 0 <= a < len(q_words)
            )
            if (framed or (left and right) or near) and _is_opposite(asked, written):
                return asked
            if not (q_carries[i] and s_carries[j] and framed):
                continue
            if _same_kind(asked, written):
                return asked
            if _spelled_alike(asked, written):
                continue
            if _counts_or_ranks(q_words, i) and _counts_or_ranks(s_words, j):
                return asked
            names = asked[:1].isupper() and written[:1].isupper()
            if names and ((left and right) or (right and _possessive(asked) and _possessive(written))):
                return asked
    return None


def _lower_words(text: str) -> list[str]:
    return re.findall(
        r"[a-z]+(?=n't)|n't|[a-z]+", NEGATING_PHRASES.sub(" not ", text.lower().replace("’", "'"))
    )


_DECLINE = r"(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing))"
"""Every form of "decline" and "refuse", before "to …"."""
NEGATING_PHRASES = re.compile(
    r"\b(?:(?:leav(?:e|es|ing)|left|set(?:ting)?|put(?:ting)?) aside"
    r"(?! (?:an?|\$?\d+|some|time|money|funds)\b)|"
    rf"{_DECLINE} to(?! (?:comment|say|disclose|specify|elaborate)\b)|"
    r"sidestep(?:s|ped|ping)?|"
    r"(?<!\ba )(?<!\bthe )few|(?:relatively|very|too|so|comparatively) little|little or no)\b"
)
"""Phrases that say something was not done: "leaving aside the larger question of whether ...", "declined
to name them"; "declined to comment" says nothing either way, and "set aside an entire week" reserves it.
"few" and "relatively little" deny what they count ("with few signs of agreement", "relatively little
built-in security"); "a few" and "the few" do not."""


_NOT_DONE = r"(?:would|will|did|does|do|could)(?: not|n['’]t)"
_TURNED_DOWN = (
    r"reject(?:s|ed|ing|ion)?|block(?:s|ed|ing)?|vot(?:e|es|ed|ing) (?:down|against)|fail(?:s|ed|ing)? to"
)
REFUSALS = tuple(
    (re.compile(asked, re.IGNORECASE), re.compile(told, re.IGNORECASE))
    for asked, told in (
        (
            r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing))(?: even)? to(?! (?:back down|give up|budge|"
            r"stop|quit|go away)\b)",
            rf"\b(?:{_DECLINE}|refusal|no comment|without comment|{_TURNED_DOWN}|{_NOT_DONE} (?:comment|"
            r"respond|reply|return|say|confirm|answer|agree|accept|sign|allow))\b",
        ),
        (
            r"\b(?:den(?:y|ies|ied|ying)|disput(?:es|ed|ing)|"
            r"dispute(?= (?:the|that|a|an|his|her|their|its|it|this|these|any|claims?|reports?|findings?)\b)|"
            r"reject(?:s|ed|ing)?|contest(?:s|ed|ing)?)\b",
            rf"\b(?:den(?:y|ies|ied|ying|ial|ials)|disput(?:e|es|ed|ing)|{_TURNED_DOWN}|contest(?:s|ed|ing)?|"
            r"push(?:es|ed|ing)? back|dismiss(?:es|ed|ing)?|rebut(?:s|ted|ting)?|rebuff(?:s|ed|ing)?|"
            r"disagree(?:s|d|ing)?|wrong|false|untrue|not true)\b",
        ),
        (
            r"\bobject(?:s|ed|ing)? to\b",
            r"\b(?:object(?:s|ed|ing|ion|ions)|oppos(?:e|es|ed|ing|ition)|protest(?:s|ed|ing)?|"
            r"complain(?:s|ed|ing|t|ts)?)\b",
        ),
        (r"\brul(?:e|es|ed|ing) out\b", rf"\b(?:rul(?:e|es|ed|ing) out|{_NOT_DONE}|won['’]t|no plans?)\b"),
    )
)
"""Questions about a refusal, a denial, an objection or a ruling out ("Who declined to comment?", "Did Comey
deny that he deviated?", "What did the FBI rule out?"), each with the words that tell of one ("declined to
comment", "voted down"; "denied", "reached the wrong conclusion"; "opposed"; "will not"). Not "refuse to
back down" (to go on) nor "the dispute" (a quarrel)."""
ASKS_OTHERWISE = re.compile(r"^\W*(?:why|how)\b|\b(?:if|whether|unless)\b", re.IGNORECASE)
"""A question that asks why or how a refusal came about, or names one only as a condition ("If Democrats
reject the bill, would ...?"): the refusal itself may be told in any words."""


def refusal_untold(question: str, sentence: str) -> bool:
    """Whether the question asks about a refusal or a denial the sentence does not tell of: "Did Comey deny
    that he deviated?" against "The report blasted Comey for deviating": what he was blamed for, not that
    he denied it."""
    if ASKS_OTHERWISE.search(question):
        return False
    return any(asked.search(question) and not told.search(sentence) for asked, told in REFUSALS)


WITHHOLDING = re.compile(
    rf"\b(?:{_DECLINE} to|(?:would|did|does|will|could) not) "
    r"(?:name|identify|say|disclose|specify|reveal)\b|"
    r"\bit(?: is|'s| was| remains) (?:still )?(?:unclear|not clear|not known|unknown) "
    r"(?P<asked>(?:(?:when|where|who|whom|which|what|how|why|whether)(?: or | and |, )?)+)",
    re.IGNORECASE,
)
"""A sentence that says the answer was withheld: "declining to name them", "It is unclear when or where
they will meet"."""
UNLISTED = re.compile(
    r"\b(?:did|does|do|would|will|could) not (?:list|detail|spell out) (?:the |any |which |what )?"
    r"(?P<things>(?:[\w’'-]+ ){0,3}[\w’'-]+)",
    re.IGNORECASE,
)
"""'he did not list the Democratic ideas': the things named after it are not told."""


def leaves_unlisted(sentence: str, asked: tuple[str, ...]) -> bool:
    """Whether the sentence says the things a question asks about (its content stems) were not listed:
    "Which Democratic ideas ...?" against "... but he did not list the Democratic ideas he meant"."""
    for match in UNLISTED.finditer(sentence):
        named = itertools.takewhile(lambda w: w.lower() not in STOPWORDS, words(match["things"]))
        things = {stem(w) for w in named}
        if things and things <= set(asked):
            return True
    return False


WH_WORD_OF_TYPE = {
    AnswerType.DATE: "when",
    AnswerType.PLACE: "where",
    AnswerType.PERSON: "who",
    AnswerType.REASON: "why",
    AnswerType.NUMBER: "how",
}


def withholds(sentence: str, kind: AnswerType) -> bool:
    """Whether the sentence says that what a question of ``kind`` asks is not known or not told: "Which
    Latin American countries are the banks in?" against "… Latin America and Asia, he said, declining to
    name them or the countries"; "it is unclear when" withholds a date, not a name."""
    for match in WITHHOLDING.finditer(sentence):
        asked = (match["asked"] or "").lower().replace(",", " ").split()
        if (
            not asked
            or WH_WORD_OF_TYPE.get(kind, "what") in asked
            or (kind not in WH_WORD_OF_TYPE and "which" in asked)
        ):
            return True
    return False


WITHHELD_CLAUSE_END = re.compile(rf"[,;]|\b(?:{'|'.join(sorted(TIME_BOUNDS))})\b", re.IGNORECASE)
"""Where the clause of what is not known ends: "unclear when they will meet | before the summit"."""


def withholds_asked(sentence: str, kind: AnswerType, content: tuple[str, ...]) -> bool:
    """Whether the sentence says that what a question of ``kind`` asks is not known, in a clause holding
    every content stem of the question the sentence has: "On what date will Trump and Abe meet?" against
    "It is unclear when or where Trump and Abe will meet before the summit, which is likely to occur on June
    12", whose date is the summit's; "On which date will the Singapore meeting take place?" is answered by
    it."""
    held = set(content).intersection(content_stems(sentence))
    for match in WITHHOLDING.finditer(sentence):
        withheld = WITHHELD_CLAUSE_END.split(sentence[match.end() :], maxsplit=1)[0]
        clause = held.intersection(content_stems(withheld))
        if withholds(match[0], kind) and len(clause) >= 2 and clause == held:
            return True
    return False


NEGATION_REACH = 5
"""A negation cue governs the next few content words ("did not kill or wound any U.S. troops")."""


NO_EVIDENCE = re.compile(
    r"\bno (?:evidence|sign|signs|indication|proof|suggestion)s? (?:that|of)\b", re.IGNORECASE
)
"""A claim denied as a whole: its reach runs over the commas inside it."""
CLAIM_REACH = 8


CLAUSE_BREAK = re.compile(r"[,;:][”\"’']?\s+|\s+[—–-]\s+")
"""Where a sentence splits into clauses: "Late Friday, CBP said ...", "WASHINGTON — The court ..." and the
end of a quotation ("… for any of us,” Davila said); not the comma of "1,500"."""


NEGATED_ACT = re.compile(
    r"\b(?:(?:do|does|did|will|would|could|can|should|may|might|must)\s+not|"
    r"(?:do|does|did|will|would|could|can|should)n['’]t|never|without|cannot|"
    r"(?:failed|fails|fail|refused|refuses|refuse)\s+to|and\s+not)\s+(?:[a-z]+ly\s+)?(?P<act>[a-z]+)",
    re.IGNORECASE,
)
"""A negated verb: "did not include", "without informing", "don't want", "failed to take"; not "is not",
whose negated word may be what the question asks ("are not generally eligible"). "will respect the will of
the voters and not interfere" negates "interfere" with the first verb's "will"."""
LIGHT_ACTS = frozenset("be been being have has had do get even yet also just ever always only".split())
"""Words after a negation that are not yet the act it negates ("did not even consider", "has not been")."""
SAME_ACTS = (
    frozenset(stem(w) for w in "think believe expect feel".split()),
    frozenset(stem(w) for w in "say tell told inform notify".split()),
)
"""Acts a question may ask in other words: "I don't think it sets a precedent" against "Does she believe
...?", "without informing the attorney general" against "Was he told beforehand?"."""


PERMISSION_ASKED = frozenset(stem(w) for w in "allowed permitted able".split())
"""Words by which a question asks whether something may be done, which "cannot" denies whatever its verb."""
CANNOT = re.compile(r"(?:can\s*not|can['’]t|could\s+not|couldn['’]t)\b", re.IGNORECASE)


def _other_acts_unnegated(text: str, asked: frozenset[str]) -> str:
    """The text with the negations of acts the question does not ask about taken out, when only their
    object is a question word: "without informing the attorney general" says nothing against "Was the
    attorney general against it?", nor "don't want to provide relief for DACA recipients" against "Did DACA
    recipients protest?"; "did not kill any troops" still answers "Did it kill troops?". ``asked``: the
    stems of the question's words."""

    def kept(match: re.Match[str]) -> str:
        act = match["act"].lower()
        asked_too = stem(act) in asked or any(stem(act) in same and same & asked for same in SAME_ACTS)
        if PERMISSION_ASKED & asked and CANNOT.match(match[0]):
            return match[0]  # "Are children allowed to go with them?" against "children cannot accompany"
        verb = match["act"].islower() and act not in STOPWORDS  # not "and not the Senate"
        other = verb and act not in LIGHT_ACTS and act not in NEGATIONS and not asked_too
        return match["act"] if other else match[0]

    return NEGATED_ACT.sub(kept, text)


def _negates_topic(text: str, topic: frozenset[str]) -> bool:
    """Whether a negation cue in ``text`` governs one of the ``topic`` stems.

    Scope matters: in "fired into vacant areas where they were unlikely to cause harm" the cue governs
    "harm", not "fired" or "vacant". When the text shares no topic word, a cue in its first clause counts.
    """
    tokens = _lower_words(text)
    content = [(i, t) for i, t in enumerate(tokens) if t in NEGATIONS or t not in STOPWORDS]
    for match in NO_EVIDENCE.finditer(text):
        claimed = [t for t in _lower_words(text[match.end() :]) if t not in STOPWORDS]
        if any(stem(t) in topic for t in claimed[:CLAIM_REACH]):
            return True  # "no evidence that “improper considerations, including political bias,” influenced"
    if topic & {stem(t) for _, t in content}:
        # a cue's reach ends with its clause: "Because agents cannot act alone, the FBI opened a case"
        clauses = [
            [t for t in _lower_words(part) if t in NEGATIONS or t not in STOPWORDS]
            for part in CLAUSE_BREAK.split(text)
        ]
        return any(
            token in NEGATIONS and any(stem(t) in topic for t in clause[k + 1 : k + 1 + NEGATION_REACH])
            for clause in clauses
            for k, token in enumerate(clause)
        )
    first_clause = CLAUSE_BREAK.split(text, maxsplit=1)[0]
    return any(t in NEGATIONS for t in _lower_words(first_clause))


def is_negated(text: str) -> bool:
    """Whether the text holds a negation cue anywhere ("not", "never", "didn't")."""
    lowered = text.lower().replace("’", "'")
    return "n't" in lowered or any(t in NEGATIONS for t in _lower_words(lowered))


NO_LONGER = re.compile(r"\b(?:no|any) longer\b|\bany ?more\b", re.IGNORECASE)
"""A question about a state that ended: "Who is no longer on Mueller's team?"."""
ENDING_VERBS = """left leaves leaving removed resigned resigns quit quits fired ousted dismissed departed
    dropped ended retired""".split()
ENDED = re.compile(rf"\b(?:{'|'.join(ENDING_VERBS)}|steps? down|stepped down)\b", re.IGNORECASE)
"""Words telling that a state ended: "Mueller removed Strzok from his team", "Page left the team"."""
APPROVING_VERBS = (
    "approved approves passed passes adopted adopts ratified ratifies enacted enacts cleared".split()
)
TRADING_VERBS = "bought buys buying sold sells selling purchased purchases acquired acquires".split()
SIGNING_VERBS = "signed signs signing cosigned joined joins".split()
ACT_FAMILIES = tuple(
    (frozenset(stem(w) for w in family), re.compile(rf"\b(?:{'|'.join(family)})\b", re.IGNORECASE))
    for family in (ENDING_VERBS, APPROVING_VERBS, TRADING_VERBS, SIGNING_VERBS)
)
"""Acts articles tell in one another's words: an ending ("removed" / "dropped"), an approval ("approve" /
"passed"), a sale ("Who bought the rights?" / "sold the rights to ..."), a letter signed ("Which senators
signed the letter?" / "In a letter to colleagues, Senators Harris, Durbin and Booker joined ...")."""


ENDED_REACH = 4


def _ends_asked(question: str, sentence: str) -> bool:
    """Whether the sentence ends something the question names, within a few words: "removed Strzok from
    his team", not "former spy chief, departed Beijing" for "no longer North Korea's spy chief"."""
    asked = set(content_stems(question))
    return any(
        asked.intersection(stem(w) for w in WORD_ONLY.findall(sentence[m.end() :])[:ENDED_REACH])
        for m in ENDED.finditer(sentence)
    )


def states_negation(question: str, sentence: str) -> bool:
    """Whether the sentence states what a negated question asks, in a negation or in other words: "no longer
    on the team" by "removed from his team", "refuse to go along" by its opposite "complied"."""
    if is_negated(sentence) or (NO_LONGER.search(question) and _ends_asked(question, sentence)):
        return True
    asked = _lower_words(question.lower().replace("’", "'"))
    negated = [
        w for k, w in enumerate(asked) if w in NEGATIONS or NEGATIONS.intersection(asked[max(0, k - 2) : k])
    ]
    said = {stem(w) for w in _lower_words(sentence.lower())}
    return any(said.intersection(stem(o) for o in ANTONYMS.get(w, ())) for w in negated)


CONTRAST_JOINT = re.compile(
    r",\s+(?:while|whereas|but)\s+|;\s+|"
    r",\s+(?:saying|ruling|arguing|adding|noting|claiming|finding|warning|insisting|stating|declaring)\s+(?:that\s+)?"
)
"""Where a sentence joins two statements: "X was insubordinate, the inspector general wrote, while his
decision to send a letter ... constituted a serious error"; "Sessions reversed a 2016 grant of asylum,
ruling that victims of domestic violence are not generally eligible": what was ruled is a statement of its
own."""


def statement_about(question: str, sentence: str) -> str:
    """Of the statements a sentence joins, the one holding the most question words (the whole sentence when
    none holds more than the others): a negation in the other one is about something else."""
    parts = CONTRAST_JOINT.split(sentence)
    if len(parts) < 2:
        return sentence
    wanted = set(content_stems(question))
    matches = [len(wanted.intersection(content_stems(part))) for part in parts]
    best = max(matches)
    return parts[matches.index(best)] if matches.count(best) == 1 else sentence


def contradicts(question: str, sentence: str) -> bool:
    """Whether the sentence answers the yes/no question with "no": a negation or an opposite flips it.

    An opposite of a question word ("limited" for "extensive") decides on its own, flipped only by a cue
    right before it ("not limited"); a negation elsewhere in the sentence is about something else ("no
    casualties and limited damage"). Without an opposite, a negation of the question's topic decides, in
    the statement of the sentence that is about the question (``statement_about``).
    """
    question_words = _lower_words(question)
    sentence_tokens = _lower_words(sentence)
    question_negated = any(t in NEGATIONS for t in question_words)
    opposites = [
        not _negated_at(sentence_tokens, i) for i in _opposite_positions(question_words, sentence_tokens)
    ]
    if _swapped_modifier(question, sentence):
        opposites.append(True)  # "a Trump administration program" against "the Obama administration measure"
    if _swapped_place(question, sentence):
        opposites.append(True)  # "held in Washington?" against "will meet … in New York"
    if _other_home(question, sentence) or _other_employer(question, sentence):
        opposites.append(True)  # "Is he from Illinois?" against "Paul Ryan of Wisconsin"
    if _more_than_only(question, sentence) or _not_alone_once_or_always(question, sentence):
        opposites.append(True)  # "only Democrats?" against "Democrats, some Republicans and others"
    if _in_or_out(question, sentence):
        opposites.append(True)  # "in session?" against "out of session"
    if _other_amount(question, sentence) or _other_time(question, sentence):
        opposites.append(True)  # "take two years?" against "took 18 months"; "on Monday?" against "Sunday"
    asks_unanimous = not UNANIMOUS.isdisjoint(question_words) and UNANIMOUS.isdisjoint(sentence_tokens)
    if asks_unanimous and SPLIT_TALLY.search(sentence):
        opposites.append(True)  # a minority voted against
    if opposites:
        return question_negated != any(opposites)
    if refutes(question, sentence):
        return not question_negated
    if _amount_fits(question, sentence):  # "more than a quarter of an hour?" against "no reference in his
        return question_negated  # 22-minute remarks": the figure answers, the negation is of something else
    topic = frozenset(content_stems(question)) - {stem(n) for n in NEGATIONS}
    statement = statement_about(question, sentence)
    if not question_negated and _negated_statement(statement):
        return True
    if not question_negated:
        statement = _other_acts_unnegated(statement, frozenset(stem(w) for w in question_words))
    return question_negated != _negates_topic(statement, topic)


ASKS_DISCLOSURE = re.compile(
    r"\b(?:identif(?:y|ies|ied)|name|names|named|disclose[sd]?|reveal(?:s|ed)?|specif(?:y|ies|ied)|"
    r"spell(?:s|ed)? out|explain(?:s|ed)?|elaborate[sd]?|detail(?:s|ed)?|"
    r"(?:say|said|tell|told) (?:which|who|whom|what|where|when|how|why))\b"
)
"""A question whether someone told something: "Did Carmakal identify the institutions?"."""
WITHHELD_DETAIL = re.compile(
    rf"\b(?:{_DECLINE} to|(?:would|did|does|will|could)(?: not|n['’]t)) "
    r"(?:name|identify|say which|say who|say what|say where|say when|say why|say how|disclose|specify|reveal|"
    r"elaborate|list|detail|spell out|"
    r"explain)\b|\bwithout (?:elaborating|explaining|naming|identifying|specifying|giving details)\b",
    re.IGNORECASE,
)
"""A sentence that says a detail was kept back: "declining to name them", "he said, without elaborating"."""


SCARCE_WANT = re.compile(
    r"\b(?:appetite|support|enthusiasm|interest|desire)\b(?: [\w'’-]+){0,6}? "
    r"(?:is|are|was|were|remains|remained|seems|seemed|looks|looked) (?:(?:very|rather|quite|still) )?"
    r"(?:thin|slim|scant|scarce|lacking|waning|faint)\b",
    re.IGNORECASE,
)
"""'the appetite for scrapping the deal is thin': few want it."""
WANTING = frozenset(
    "keen eager want wants wanted interested support supports supported enthusiastic appetite willing".split()
)
"""Question words that ask whether someone wants something ("Are Republicans keen on scrapping it?")."""


def _little_wanted(question_words: list[str], sentence: str) -> bool:
    """Whether the question asks if someone wants something and the sentence says few do: "Are Republicans
    keen on scrapping the deal?" against "the appetite for scrapping the deal is thin"."""
    return not WANTING.isdisjoint(question_words) and SCARCE_WANT.search(sentence) is not None


HAPPENING = re.compile(
    r"\b(?:happen(?:s|ed|ing)?|(?:take|takes|taking|took|taken) place|(?:go|goes|going|gone|went) ahead|"
    r"proceed(?:s|ed|ing)?|still on|(?:be|is|are|was|were|being|been) held|occur(?:s|red|ring)?)\b",
    re.IGNORECASE,
)
"""Words asking whether an event happens at all: "Is the summit still going ahead?", "Did it take place?"."""
HELD = re.compile(r"\b(?:and|but|then|later|finally) (?:was |were )?held\b", re.IGNORECASE)
"""An event held after all: "postponed on Monday and held on Friday"."""
CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|s)?|call(?:s|ed|ing)? off|called (?:[\w'’-]+ ){1,4}?off|scrap(?:s|ped|ping)|"
    r"postpon(?:e|es|ed|ing)|(?:(?:will|would|did|does|do|could) not|won['’]t|wouldn['’]t|didn['’]t) "
    r"(?:happen|take place|go ahead|proceed))\b",
    re.IGNORECASE,
)
"""An event called off: "Trump canceled his planned summit", "the summit would not happen"."""


BELIEVING = frozenset(stem(w) for w in "expect think believe hope predict anticipate doubt fear want".split())
"""Verbs before the event that make the question one about a belief: "Does Lee expect it to happen?"."""


def _called_off(question: str, sentence: str) -> bool:
    """Whether the question asks if an event happens and the sentence calls that event off, naming it in a
    word of the question: "Is the summit still going ahead?" against "Trump canceled his planned summit". A
    sentence that also says it went ahead ("postponed, then held on Friday") does not refute it."""
    happening = HAPPENING.search(question)
    if not happening or not CALLED_OFF.search(sentence):
        return False
    if BELIEVING.intersection(content_stems(question[: happening.start()])):
        return False  # "Does Lee expect it to take place on June 12?" asks what she expects
    if HAPPENING.search(CALLED_OFF.sub(" ", sentence)) or HELD.search(sentence):
        return False
    event = {stem(w) for w in words(HAPPENING.sub(" ", question)) if w.islower() and w not in STOPWORDS}
    return bool(event.intersection(content_stems(sentence)))  # "summit", not "North Korean"


ASKS_IF_DONE = frozenset(["already", "yet"])
"""Words asking whether something has happened by now: "Has Pompeo already met him?", "voted yet?"."""
STILL_TO_COME = re.compile(
    r"\b(?:will|(?:could|may|might|would) eventually|plans? to|planning to|intends? to|head(?:s|ing) to|"
    r"(?:is|are) (?:expected|scheduled|set|due|slated|poised) to)(?P<then>(?:\s+[\w'’-]+){1,6})",
    re.IGNORECASE,
)
"""Something told as still to come, and the words after it: "will meet later this week with a North
Korean", "could eventually include a stand-alone sanctions bill", "as it heads to the U.S. Senate"."""


UPCOMING = re.compile(
    r"\bnext steps?\b|\b(?:later|next) (?:this )?(?:week|month|year)\b|\bunless\b|\bdeadline\b",
    re.IGNORECASE,
)
"""Other words that tell what comes next: "the government will run out of money December 8 unless ..."."""


def tells_upcoming(sentence: str) -> bool:
    """Whether the sentence tells something still to come ("will meet later this week", "could eventually
    include a sanctions bill", "run out of money December 8 unless Congress approves ..."), not only under a
    condition ("If it takes place on June 12th, we'll be prepared")."""
    cue = STILL_TO_COME.search(sentence) or UPCOMING.search(sentence)
    return cue is not None and "if" not in _lower_words(sentence[: cue.start()])


def _still_to_come(question_words: list[str], sentence: str) -> bool:
    """Whether the question asks if something has happened by now and the sentence tells it as still to come:
    "Has Pompeo already met the general?" against "Pompeo will meet later this week with a North Korean
    four-star general". The asked word must come after the future, before any "before" that dates it, and
    nowhere else in the sentence: "voted on Tuesday and will vote again" says it has."""
    if ASKS_IF_DONE.isdisjoint(question_words) or not SPEECH_VERBS.isdisjoint(question_words):
        return False  # "Did Trump say meetings were already under way?" asks what he said
    asked = set(content_stems(" ".join(question_words))) - {stem(w) for w in ASKS_IF_DONE}
    for match in STILL_TO_COME.finditer(sentence):
        # what follows "before" only dates the act to come: "will meet before the Singapore summit" says
        # nothing of "Has a location for the summit already been picked?"
        then = re.split(r"\b(?:before|after|ahead of|until)\b", match["then"], maxsplit=1)[0]
        coming = asked.intersection(content_stems(then))
        elsewhere = set(content_stems(sentence[: match.start()] + " " + sentence[match.end() :]))
        if coming - elsewhere:
            return True
    return False


def refutes(question: str, sentence: str) -> bool:
    """Whether the sentence denies the very claim a yes/no question makes, whatever else either says: a
    reaction or detail kept back ("declined to comment"), another ordinal of the same thing ("for the
    second time"), a role held once ("former spy chief" for "currently"), both parties for one ("a
    bipartisan group" for "Republicans alone"), few wanting what is asked about ("the appetite for it is
    thin" for "Are they keen on it?"), an event called off ("canceled his planned summit" for "Is the
    summit still going ahead?") or still to come ("will meet later this week" for "Has he already met
    him?"), no change at all ("their situation had not changed" for "Did their situation improve?"), or
    a part where all was asked about ("non-essential functions" for "all government functions")."""
    question_words = _lower_words(question)
    return (
        _kept_back(question_words, sentence)
        or (
            not CHANGE_ASKED.isdisjoint(map(stem, question_words))
            and NEGATIONS.isdisjoint(question_words)  # "Has nothing improved?" is "yes" to it
            and UNCHANGED.search(sentence) is not None
        )
        or _little_wanted(question_words, sentence)
        or _called_off(question, sentence)
        or _still_to_come(question_words, sentence)
        or _other_ordinal(question, sentence)
        or _former_role(question, sentence)
        or bool(ONE_PARTY.search(question) and BOTH_PARTIES.search(sentence))
        or _part_only(question, sentence)
    )


PART_OF = re.compile(
    r"\b(?:non-?essential|some|certain|several|a few|part of(?: the)?|partial|half(?: of)?(?: the)?)\s+"
    r"(?P<thing>[\w-]+)",
    re.IGNORECASE,
)
"""A part of a group: "non-essential functions", "some parents", "part of the government"."""


def _part_only(question: str, sentence: str) -> bool:
    """Whether the question asks about all of a group and the sentence says it of a part of it: "Did the
    shutdown stop all government functions?" against "triggering a halt of non-essential functions"."""
    if not UNIVERSAL_ASKED.search(question):
        return False
    asked = set(content_stems(question))
    return any(stem(m["thing"].lower()) in asked for m in PART_OF.finditer(sentence))


CHANGE_ASKED = frozenset(
    stem(w) for w in "improve improved change changed worsen worsened ease eased shift".split()
)
"""Words by which a yes/no question asks whether something changed: "Did their situation improve?"."""
UNCHANGED = re.compile(
    r"\b(?:has|had|have)\s+not\s+(?:yet\s+)?(?:changed|improved|budged|shifted)\b|\bunchanged\b|"
    r"\bno\s+(?:change|improvement)\b|\bremains?\s+the\s+same\b",
    re.IGNORECASE,
)
"""What says nothing changed, which denies any change asked about: "their situation had not changed"."""


def _kept_back(question_words: list[str], sentence: str) -> bool:
    """Whether the question asks if someone reacted or told something and the sentence says they did not:
    "Did the FBI comment?" against "The FBI declined to comment"; "Did he identify the banks?" against
    "declining to name them"."""
    asked = " ".join(question_words)
    return bool(
        (ASKS_REACTION.search(asked) and NO_COMMENT.search(sentence))
        or (ASKS_DISCLOSURE.search(asked) and WITHHELD_DETAIL.search(sentence))
    )


ONE_PARTY = re.compile(
    r"\b(?:(?:only|just|a single) (?:one )?(?:of the (?:two )?)?(?:political )?part(?:y|ies)|"
    r"(?:one|single|the same) (?:political )?party|one-party|partisan|"
    r"(?:Republicans?|Democrats?|Democratic)(?: \w+)? (?:alone|only)|"
    r"only (?:by )?(?:Republicans|Democrats))\b",
    re.IGNORECASE,
)
BOTH_PARTIES = re.compile(
    r"\b(?:bipartisan|bi-partisan|both parties|(?:Democrats|Republicans) and (?:Democrats|Republicans))\b"
)
"""A claim that one party alone did something, and a sentence that says both did."""


def _other_ordinal(question: str, sentence: str) -> bool:
    """Whether the sentence counts the asked thing with another ordinal: "for the second time" answers
    "Would that be the first time …?" with no."""

    def counted(text: str) -> dict[str, str]:
        toks = _lower_words(text)
        return {stem(toks[i + 1]): t for i, t in enumerate(toks[:-1]) if t in ORDINAL_WORDS}

    asked, said = counted(question), counted(sentence)
    return any(noun in said and said[noun] != ordinal for noun, ordinal in asked.items())


FORMER = frozenset("former ex onetime erstwhile".split())
NOW = frozenset("currently now still presently today".split())
FORMER_REACH = 3
"""How many words after "former" name the role: "former spy chief", "former North Korean spy chief"."""


def _former_role(question: str, sentence: str) -> bool:
    """Whether the question asks if someone holds a role now and the sentence says they held it once:
    "Does he currently serve as spy chief?" against "North Korea's former spy chief". Without a word of
    the present in the question, "former President Obama" is a title, not an answer."""
    question_words = _lower_words(question)
    if NOW.isdisjoint(question_words) or not FORMER.isdisjoint(question_words):
        return False
    asked = {stem(t) for t in question_words if t not in STOPWORDS}
    toks = _lower_words(sentence)
    return any(
        t in FORMER and any(stem(w) in asked for w in toks[i + 1 : i + 1 + FORMER_REACH])
        for i, t in enumerate(toks)
    )


NAME_MODIFIER = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*)\s+([a-z]{3,})\b")
"""A name before a common noun: "Trump administration", "House committee"."""


def _name_modifiers(text: str) -> set[tuple[str, str]]:
    """(name, noun) for each name before a common noun, leaving out verbs of saying and past forms, and a
    place's second part ("D.C." of "the bureau's Washington, D.C. headquarters"), which says where it is."""
    return {
        (m[1].lower(), m[2])
        for m in NAME_MODIFIER.finditer(text)
        if m[1].lower() not in STOPWORDS
        and m[2] not in STOPWORDS
        and m[2] not in SPEECH_VERBS
        and not m[2].endswith("ed")
        and not PLACE_FIRST_PART.search(text, 0, m.start())
    }


PLACE_FIRST_PART = re.compile(r"[A-Z][\w.'’-]*,\s*$")
"""What comes before a place's second part: "Washington, " before "D.C.", "Austin, " before "Texas"."""


def _swapped_modifier(question: str, sentence: str) -> bool:
    """Whether the sentence puts another name where the question has one before the same noun: "the Obama
    administration measure" answers "Was DACA a Trump administration program?" with no."""
    asked = _name_modifiers(question)
    said = _name_modifiers(sentence)
    question_names = {w.lower() for w in words(question)}
    return any(
        (name, noun) not in said
        and any(
            other_noun == noun and other not in question_names and _is_demonym(other) == _is_demonym(name)
            for other, other_noun in said
        )
        for name, noun in asked
    )


PLACE_PHRASE = re.compile(
    r"\b(?:in|at|from|(?:departed|departing|departs|left|leaving|leaves)(?:\s+from)?)\s+"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)
"""Where something is or happens, or whence it leaves: "in New York", "departed Beijing"."""


ONLY_WORDS = frozenset(["only", "solely", "exclusively"])
ONLY_REACH = 3
"""How many words before "only" may name what the question says is the only one."""
ONLY_NAMED_AFTER = 4
"""How many words of meaning after "only" may name it: "only asylum claims based on domestic violence"."""
LIMITED = frozenset(["limited", "restricted", "confined"])
"""'Is the legislation limited to a bill in the House?' asks, as "only" does, whether there are others."""
NOT_NEAR_ONLY = STOPWORDS | ONLY_WORDS
"""Words around "only" that name nothing."""
NOT_ONLY = re.compile(
    r"\b(?:not|n['’]t|never) (?:only|simply|just|merely|solely|exclusively)\b", re.IGNORECASE
)
"""A sentence that denies the "only" of a question."""
ONE_OF_SEVERAL = re.compile(
    r"\bone of (?:the |its |their |his |her |(?:[\w.-]+ ){0,2}[\w.-]+['’]s )*"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|a few|a number of)\s+"
    r"(?P<things>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)
"""A sentence that counts the thing a question calls the only one among several: "one of the Justice
Department's seven key units"."""
NOT_A_LIST = frozenset("which who whose where when whom a an the".split())
"""Words after a comma that open an aside about a name ("Iran, which is ..."), not the next item of a list."""


AMOUNT_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?!\w)|\w+(?:[’']\w+)*|[^\s\w]")
"""A token for reading amounts: a figure whole ("1,500", "1.5"), a word ("20th"), or one mark."""
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
"""A figure written in digits: "1,500", "1.5"."""
COUNT_VALUES = {
    **{w: float(n) for w, n in NUMBER_VALUES.items()},
    **{
        w: float(10 * n)
        for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
    },
    "dozen": 12.0,
}
"""The figures number words give; a vague "dozens" or "hundreds" gives none."""
MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Words that multiply the figure before them: "two million"."""
DAYS_IN = {
    stem(unit): days
    for unit, days in [
        ("minute", 1 / 1440),
        ("hour", 1 / 24),
        ("day", 1.0),
        ("week", 7.0),
        ("month", 30.44),
        ("year", 365.25),
        ("decade", 3652.5),
    ]
}
"""How many days each unit of a duration lasts, so "18 months" and "two years" compare."""
BOUNDS: dict[tuple[str, ...], tuple[float, float]] = {
    ("more", "than"): (1.000001, math.inf),
    **{(word, "than"): (1.000001, math.inf) for word in "longer bigger larger greater higher".split()},
    ("over",): (1.000001, math.inf),
    ("above",): (1.000001, math.inf),
    ("at", "least"): (1.0, math.inf),
    ("fewer", "than"): (0.0, 0.999999),
    ("less", "than"): (0.0, 0.999999),
    ("under",): (0.0, 0.999999),
    ("below",): (0.0, 0.999999),
    **{(word, "than"): (0.0, 0.999999) for word in "shorter smaller lower".split()},
    ("at", "most"): (0.0, 1.0),
    ("up", "to"): (0.0, 1.0),
    ("nearly",): (0.8, 1.0),
    ("almost",): (0.8, 1.0),
    ("about",): (0.75, 1.25),
    ("around",): (0.75, 1.25),
    ("roughly",): (0.75, 1.25),
    ("some",): (0.75, 1.25),
    ("approximately",): (0.75, 1.25),
}
"""The range a word before a figure allows, as fractions of it: "more than 10", "nearly 17 months"."""
SAME_AMOUNT_SLACK = 0.02
"""Two figures this close are one amount written two ways ("two years", "24 months")."""
COUNTED_REACH = 4
"""How many words after a figure may name what it counts ("four separate immigration reform proposals")."""


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure and what it measures: a duration in days, or a count of the words after it."""

    low: float
    high: float
    counted: tuple[str, ...]  # stems of the words after a count; empty for a duration
    duration: bool


def amounts(text: str) -> list[Amount]:
    """The durations ("two years", "18-month", "less than a year") and counts ("four separate proposals",
    "more than 10 organizations", "shorter than 200 pages", "a 500-page review") a text gives, each as the
    range its words allow. Years, ordinals and ages are left out: "in 2017" is a time, "the 20th person" a
    rank, "48" alone nobody's count."""
    toks = AMOUNT_TOKEN.findall(text)
    found = []
    for i in range(len(toks)):
        after = [t.lower() for t in toks[i + 1 : i + 2 + COUNTED_REACH] if t != "-"]
        value, start = _figure_at(toks, i, after)
        if value is None:
            continue
        low, high = _bounds([t.lower() for t in toks[max(0, start - 2) : start]])
        if after and stem(after[0]) in DAYS_IN:
            if after[1:2] == ["old"]:
                continue  # an age
            value += 0.5 if after[1:4] == ["and", "a", "half"] else 0.0  # "a year and a half"
            days = value * DAYS_IN[stem(after[0])]
            found.append(Amount(low * days, high * days, (), True))
            continue
        counted = tuple(
            stem(w) for w in itertools.takewhile(lambda w: w[:1].isalpha() and w not in STOPWORDS, after)
        )
        if toks[i + 1 : i + 2] == ["-"]:
            counted = counted[:1]  # "a 500-page review" counts pages
        if counted:
            found.append(Amount(low * value, high * value, counted, False))
    return found


def _figure_at(toks: list[str], i: int, after: list[str]) -> tuple[float | None, int]:
    """The figure ``toks[i]`` gives, if any, and where the words that bound it end: "1,500", "seven", "a
    dozen", "a year", "half a dozen", "a quarter of an hour", "two million"; ``after`` (the words after it,
    lowered) loses the words the figure takes ("dozen", "million"). None for a year, a date ("9/11") or a
    word that gives no figure."""
    token, lowered = toks[i], toks[i].lower()
    before = toks[i - 1].lower() if i > 0 else ""
    if lowered in ("a", "an"):
        value = 1.0 if after[:1] and stem(after[0]) in DAYS_IN else None  # "a year"
        if after[:1] == ["dozen"]:
            value = 12.0
            after.pop(0)
    elif FIGURE.fullmatch(token):
        value = None if YEAR_FIGURE.fullmatch(token) else float(token.replace(",", ""))
    else:
        value = None if lowered == "dozen" and before in ("a", "an") else COUNT_VALUES.get(lowered)
    if value is None or "/" in (toks[i - 1 : i] + toks[i + 1 : i + 2]):
        return None, i  # "9/11", "24/7"
    while after and after[0] in MULTIPLIERS:
        value *= MULTIPLIERS[after.pop(0)]
    if before == "half" and lowered in ("a", "an"):
        return value / 2, i - 1  # "half a dozen", "half a year"
    if before == "of" and i >= 2 and toks[i - 2].lower() == "quarter":
        start = i - 3 if i >= 3 and toks[i - 3].lower() in ("a", "one") else i - 2
        return value / 4, start  # "a quarter of an hour"
    return value, i


def _bounds(before: list[str]) -> tuple[float, float]:
    """The range, as fractions of a figure, that the one or two words before it allow; exact without them."""
    for size in (2, 1):
        if len(before) >= size and (bound := BOUNDS.get(tuple(before[-size:]))):
            return bound
    return (1.0, 1.0)


def _other_amount(question: str, sentence: str) -> bool:
    """Whether the sentence gives another amount of what the question counts or times, one its figure
    rules out: "take two years?" against "took 18 months", "less than a year?" against "nearly 17 months",
    "just one immigration proposal?" against "four separate immigration reform proposals". What a count
    counts must match: the last word the sentence puts after its figure is one the question puts after its
    own. A sentence with any amount of it that fits says nothing against the question."""
    given = amounts(sentence)
    for asked in amounts(question):
        alike = _alike(asked, given)
        slack = 1 + SAME_AMOUNT_SLACK
        if alike and all(a.high * slack < asked.low or a.low > asked.high * slack for a in alike):
            return True
    return False


def _amount_fits(question: str, sentence: str) -> bool:
    """Whether the question bounds an amount ("more than a quarter of an hour?") and the sentence gives one
    within every such range, of what it measures: the figures answer, and a negation elsewhere in the
    sentence is about something else. A figure the question only names ("three days after they sued")
    asks nothing of it."""
    given = amounts(sentence)
    asked = amounts(question)
    slack = 1 + SAME_AMOUNT_SLACK
    return (
        bool(asked)
        and all(b.low < b.high for b in asked)
        and all(
            any(a.low <= b.high * slack and a.high * slack >= b.low for a in _alike(b, given)) for b in asked
        )
    )


def _alike(asked: Amount, given: list[Amount]) -> list[Amount]:
    """The given amounts of what the asked one measures: a duration, or a count whose last counted word is
    one the asked count names."""
    return [
        a
        for a in given
        if a.duration == asked.duration and (asked.duration or a.counted[-1] in asked.counted)
    ]


def settles_amount(question: str, sentence: str) -> bool:
    """Whether the sentence gives an amount of what a yes/no question bounds, of what it asks about: "Was
    Horowitz's review shorter than 200 pages?" against "Horowitz concluded in his 500-page review" settles
    it by the figures alone, however weakly the rest of the sentence matches. Every other content word of
    the question must be in the sentence."""
    asked = amounts(question)
    given = amounts(sentence)
    if not asked or not all(_alike(a, given) for a in asked):
        return False
    measured = {w for a in asked for w in a.counted} | {w for a in given for w in a.counted}
    figures = {stem(w) for w in AMOUNT_TOKEN.findall(question) if _figure_at([w], 0, [])[0] is not None}
    bounding = {stem(w) for words_ in BOUNDS for w in words_} | {stem(w) for w in DIMENSIONS}
    fractions = {stem(w) for w in ("half", "quarter")}
    rest = (
        set(content_stems(question)) - measured - figures - bounding - fractions - {stem(u) for u in DAYS_IN}
    )
    return rest <= set(content_stems(sentence))


IN_OR_OUT = re.compile(r"\b(?P<side>in|out of)\s+(?:the\s+)?(?P<state>[a-z]+)\b", re.IGNORECASE)
"""A state one is in or out of: "in session", "out of office", "in the race"."""


def _in_or_out(question: str, sentence: str) -> bool:
    """Whether the sentence puts out of a state what the question puts in it, or the other way round:
    "Will lawmakers be in session?" against "With lawmakers out of session for the next ten days"."""

    def sides(text: str) -> set[tuple[str, str]]:
        return {(m["side"].lower(), stem(m["state"])) for m in IN_OR_OUT.finditer(text)}

    asked, given = sides(question), sides(sentence)
    flipped = {("out of" if side == "in" else "in", state) for side, state in asked}
    return bool(flipped & given) and not asked & given


RELATIVE_TIME = re.compile(r"\b(?P<which>last|this|next) (?P<span>week|month|year)\b", re.IGNORECASE)
"""A time told from now: "last year" against "this year"."""


def _other_time(question: str, sentence: str) -> bool:
    """Whether the question names a year, month, weekday or a week, month or year from now that the
    sentence does not, where the sentence names another of that kind: "fly to Singapore on Monday?" against
    "took a flight Sunday", "last year?" against "between February and April of this year". A capitalised
    "May" may open a sentence as a verb; it only keeps the rule from firing."""
    written = words(sentence)
    abbreviated = {("month", w.lower()[:3]) for w in written if w[:1].isupper() and w.lower() in MONTHS}
    given = set(_times(written)) | abbreviated | _relative_times(sentence)  # "Oct. 28" is in October
    asked = set(_times(words(question))) | _relative_times(question)
    return any(time not in given and any(kind == time[0] for kind, _ in given) for time in asked)


def time_untold(question: str, sentence: str) -> bool:
    """Whether a yes/no question asks if something happens at a year, month or weekday ("on June 12", "in
    2018") that the sentence names no time of that kind for: "Does Lee expect the summit to take place on June
    12?" against "tough discussions should be expected ... at this anticipated summit" tells the expectation,
    not the day. A time that only tells which thing is meant ("the 2009 protests") asks for no time."""
    written = [w for w in words(sentence) if w.lower() not in TIME_BOUNDS]  # "to last until Tuesday" names it
    given = {kind for kind, _ in _times(written)}
    given |= {"month" for w in written if w[:1].isupper() and w.lower() in MONTHS}
    asked = words(question)
    placed = [w for i, w in enumerate(asked) if i > 0 and asked[i - 1].lower() in TIME_PREPOSITIONS]
    return any(kind not in given for kind, _ in _times(placed))


TIME_PREPOSITIONS = frozenset("on in by during until till before after since".split())
"""Words that place an event at a time: "take place on June 12", "in 2018"."""


def _relative_times(text: str) -> set[tuple[str, str]]:
    """The weeks, months and years a text tells from now, by span and which: ("year", "last")."""
    return {(m["span"].lower(), m["which"].lower()) for m in RELATIVE_TIME.finditer(text)}


JOINING_OTHERS = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?:their|his|her|its)\s+voices?\s+to\b|"
    r"\bjoin(?:s|ed|ing)?\s+(?:a|the)\s+(?:growing\s+)?(?:chorus|list|ranks|number)\b|"
    r"\b(?:growing|long)\s+(?:chorus|list)\s+of\b",
    re.IGNORECASE,
)
"""What says others do the same: "adding their voice to a growing chorus calling for an end to it"."""


ALONE_ASKED = re.compile(
    r"\b(?:alone|by (?:him|her|it|them)sel(?:f|ves)|on (?:his|her|its|their) own|single-handedly)\b",
    re.IGNORECASE,
)
"""A question whether one did something without others: "Did Wray testify by himself?"."""
NOT_ALONE_TOLD = re.compile(
    r"\b(?:alongside|jointly|joint|together with|along with|joined by|with the help of|"
    r"in partnership with|escorted)\b|"
    r"\b(?:cannot|can['’]t|could not|couldn['’]t|not|never)(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:alone|by (?:him|her|it|them)sel(?:f|ves)|on (?:his|her|its|their) own)\b",
    re.IGNORECASE,
)
"""What says one did not act alone: "alongside the inspector general", "a joint initiative", "cannot pass it
alone"."""


ONCE_ASKED = re.compile(r"\b(?:just|only)\s+once\b|\bonce only\b|\ba single time\b", re.IGNORECASE)
REPEATED_TOLD = re.compile(
    r"\b(?:repeatedly|again and again|(?:several|multiple|many|\w+) times|twice|more than once)\b",
    re.IGNORECASE,
)


ALWAYS_ASKED = re.compile(
    r"\b(?:always|in (?:all|every) cases?|every time|without exception)\b", re.IGNORECASE
)
NOT_ALWAYS_TOLD = re.compile(
    r"\b(?:generally|usually|typically|normally|mostly|often|sometimes|in most cases|in many cases|"
    r"in some cases|as a rule)\b",
    re.IGNORECASE,
)


def _not_alone_once_or_always(question: str, sentence: str) -> bool:
    """Whether the question asks if one did something alone, just once, or always, and the sentence says
    others took part or it cannot be done alone ("Was the initiative run by the Justice Department alone?"
    against "a joint initiative by the departments of justice and homeland security"), that it happened more
    often ("Did Manafort reach out to the witnesses just once?" against "had “repeatedly” contacted"), or
    that it holds as a rule only ("Do police always need a warrant?" against "generally need a search
    warrant")."""
    kinds = ((ALONE_ASKED, NOT_ALONE_TOLD), (ONCE_ASKED, REPEATED_TOLD), (ALWAYS_ASKED, NOT_ALWAYS_TOLD))
    return any(asked.search(question) and told.search(sentence) for asked, told in kinds)


def _more_than_only(question: str, sentence: str) -> bool:
    """Whether the question asks if something is the only one and the sentence lists it with others: "Are
    Democrats the only ones pressing ...?" against "Democrats, some Republicans and others urge ...", "set up
    to lobby only officials in Europe?" against "enlisted to lobby EU officials and members of Congress"."""
    asked = [t.lower() for t in WORD.findall(question)]
    near: set[str] = set()
    for i, token in enumerate(asked):
        if token in ONLY_WORDS or (token in LIMITED and asked[i + 1 : i + 2] == ["to"]):
            after = [t for t in asked[i + 1 :] if t.isalnum() and t not in NOT_NEAR_ONLY][:ONLY_NAMED_AFTER]
            window = asked[max(0, i - ONLY_REACH) : i] + after
            near.update(stem(t) for t in window if t.isalnum() and t not in NOT_NEAR_ONLY)
    toks = [t.lower() for t in WORD.findall(sentence)]
    for match in ONE_OF_SEVERAL.finditer(sentence):
        if any(stem(t.lower()) in near for t in WORD.findall(match["things"])):
            return True  # "the department's only key unit?" against "one of the department's seven key units"
    if JOINING_OTHERS.search(sentence) and not near.isdisjoint(content_stems(sentence)):
        return True  # "the only ones calling for it?" against "adding their voice to a growing chorus"
    for match in NOT_ONLY.finditer(sentence):
        denied = WORD.findall(sentence[match.end() :])[: ONLY_REACH + 1]
        if any(stem(t.lower()) in near for t in denied):
            return True  # "only interested in money?" against "are not simply after money"
    for i, token in enumerate(toks):
        if stem(token) not in near:
            continue
        after = toks[i + 1 : i + 6]
        if (
            after[:1] in (["and"], ["plus"])
            or after[:3] == ["as", "well", "as"]
            or after[:2] == ["along", "with"]
        ):
            return True
        if after[:1] == [","] and after[1:2] and after[1] not in NOT_A_LIST and "and" in after[2:]:
            return True
    return False


HOME_ASKED = re.compile(r"\b(?:from|represents?|representing)\b|\b[A-Z][a-z]+\s+(?:Democrat|Republican)\b")
"""A yes/no question whether someone is from a place: "Is he from Illinois?", "Does Joe Crowley represent New
Jersey?", "Is she a Virginia Democrat?"."""
CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def _asked_home(question: str, sentence: str) -> tuple[list[str], list[str]]:
    """The states, countries or regions a yes/no question asks whether someone is from, and the places the
    sentence says that person is from (both empty when the question asks no such thing)."""
    if not HOME_ASKED.search(question):
        return [], []
    runs = [run for match in CAPITALISED_RUN.finditer(question) for run in _sub_runs(match[0])]
    asked = [run for run in runs if run in NOT_CITIES or f"{run} State" in NOT_CITIES]
    place_words = {w for place in asked for w in place.split()}
    named = {stem(w.lower()) for w in proper_nouns(question) if w not in place_words}
    told = [home for name, home in homes(sentence) if named & {stem(w.lower()) for w in words(name)}]
    return (asked, told) if asked else ([], [])


def settles_home(question: str, sentence: str) -> bool:
    """Whether a yes/no question whether someone is from a place is settled by the sentence telling where
    they are from: "Is he from Illinois?" against "House Speaker Paul Ryan of Wisconsin"."""
    return bool(_asked_home(question, sentence)[1])


def _other_home(question: str, sentence: str) -> bool:
    """Whether the question asks if someone is from a state, country or region and the sentence says they
    are from another: "Is Michelle Lujan Grisham a Democrat from Virginia?" against "Michelle Lujan Grisham,
    a New Mexico Democrat" (the "Virginia Republican Scott Taylor" beside her is someone else)."""
    asked, told = _asked_home(question, sentence)
    return any(not any(place in home or home in place for place in asked) for home in told)


_ORGANISATION = r"(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*){0,5})"
EMPLOYER_ASKED = re.compile(
    r"^\W*(?:(?i:is|was|are|were)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"(?:from|with|at|part of|(?:an?\s+)?(?:official|officer|employee|agent|member)\s+(?:of|at|with|for))|"
    r"(?i:does|did)\s+(?P<worker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+work\s+(?:for|at|with))\s+"
    + _ORGANISATION
)
"""A yes/no question whether someone is with an organisation: "Is Angela Stubblefield from the FBI?", "Does
Brunner work for the FAA?"."""
SERVING = re.compile(r"\b(?:for|of|at|with)\s+" + _ORGANISATION)
EMPLOYER_REACH = 12
"""How many words after a name its post may come: "Angela H. Stubblefield, deputy associate administrator
for the FAA"."""


def _other_employer(question: str, sentence: str) -> bool:
    """Whether the question asks if someone is with an organisation and the sentence, never naming it, gives
    their post with another one: "Is Angela H. Stubblefield from the FBI?" against "said Angela H.
    Stubblefield, deputy associate administrator for the FAA"."""
    asked = EMPLOYER_ASKED.search(question)
    if asked is None:
        return False
    org = {w.lower() for w in words(asked["org"])} - STOPWORDS
    if org & {w.lower() for w in words(sentence)}:
        return False
    surname = words(asked["who"] or asked["worker"])[-1]
    at = sentence.find(surname)
    if at < 0:
        return False
    after = " ".join(words(sentence[at:])[1 : 1 + EMPLOYER_REACH])
    return any(m["org"] not in asked[0] for m in SERVING.finditer(after))


def _sub_runs(run: str) -> list[str]:
    """Every stretch of consecutive words of a run of names: "Is New Jersey" holds "New Jersey"."""
    parts = run.split()
    return [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


def _swapped_place(question: str, sentence: str) -> bool:
    """Whether the question asks about one place ("in Washington") and the sentence, never naming it, puts
    the event in another ("in New York")."""

    def places(text: str) -> list[set[str]]:
        found = (set(m[1].lower().split()) for m in PLACE_PHRASE.finditer(text))
        return [p for p in found if p.isdisjoint(CALENDAR_NAMES)]

    asked = places(question)
    sentence_words = {w.lower() for w in words(sentence)}
    question_words = {w.lower() for w in words(question)}
    if not asked or any(not place.isdisjoint(sentence_words) for place in asked):
        return False
    return any(place.isdisjoint(question_words) for place in places(sentence))


DEMONYM = re.compile(r"(?:an|ese|ish|i)$")
"""How a nationality ends ("Korean", "Chinese", "British", "Israeli"): "the North Korean statement" and "the
Kim Kye Gwan statement" are one statement, by where and by whom; "American" and "Chinese" are two."""


def _is_demonym(word: str) -> bool:
    return len(word) >= DEMONYM_MIN and DEMONYM.search(word) is not None


DEMONYM_MIN = 5
"""Shorter words ending so are names: "Gwan", "Ryan"."""


NEGATED_STATEMENT = re.compile(
    r"\b(?:(?:do|does|did|has|have|had|is|are|was|were|will|would)\s+not|never)\s+(?!only\b)(\w+)"
    r"|\b(?:don|doesn|didn|hasn|haven|hadn|isn|aren|wasn|weren|won|wouldn)['’]t\s+(?!only\b)(\w+)"
    r"|\b(?:make|makes|made|give|gives|gave|show|shows|showed|offer|offers|offered|had)\s+no\s+(\w+)",
    re.IGNORECASE,
)
"""A negated verb: "did not address", "hasn't agreed", "was never charged", "made no reference"."""
SILENT_VERBS = frozenset(
    "say said comment comments disclose reveal specify elaborate respond know immediately".split()
)
"""Verbs by which an article says someone did not tell: "did not say how many" settles nothing."""


def _negated_statement(sentence: str) -> bool:
    """Whether the main clause of the sentence is negated ("The president did not address the Senate's
    hurdles, telling …"): a question asked in other words ("Did Trump discuss …?") is answered "no" even
    when the negated words are not the question's. Not for "did not say": that leaves it open."""
    clauses = CLAUSE_BREAK.split(sentence, maxsplit=2)
    main = clauses[0]
    if len(words(main)) <= INTRODUCTION_WORDS and len(clauses) > 1:
        main = clauses[1]  # "But three days later, their situation had not changed"
    match = NEGATED_STATEMENT.search(main)
    if match is None or _subordinate(main[: match.start()]):
        return False  # "vowed to vote against any budget bill that does not include a fix"
    return next(g for g in match.groups() if g).lower() not in SILENT_VERBS


CONDITIONALS = frozenset("if unless whether".split())
CONDITIONAL_PHRASE = re.compile(r"\b(?:in the event|in case|provided that)\b", re.IGNORECASE)
RELATIVE_PRONOUNS = frozenset("that which who whom".split())


def _subordinate(before: str) -> bool:
    """Whether what follows these words asserts nothing of its own: a condition ("if they cannot ..."), or
    a relative clause that only tells which thing is meant ("any bill that does not ..."; not "said that
    ...", which gives what was said). "Because ..." and "While ..." clauses state facts, so they count."""
    toks = _lower_words(before)
    if CONDITIONAL_PHRASE.search(before):
        return True  # "in the event we are not able to reach a working solution"
    return any(
        t in CONDITIONALS or (t in RELATIVE_PRONOUNS and (i == 0 or toks[i - 1] not in SPEECH_VERBS))
        for i, t in enumerate(toks)
    )


INTRODUCTION_WORDS = 4
"""A first clause this short sets the scene ("But three days later,"); the main clause follows it."""


def states_no(question: str, sentence: str) -> bool:
    """Whether the sentence says no in so many words: an opposite of a question word ("excluded" for
    "include") or, for a question without a negation, a negated main clause ("their situation had not
    changed" for "Has their situation improved?"). It speaks to the question even when it matches fewer of
    its words."""
    question_words = _lower_words(question)
    if next(_opposite_positions(question_words, _lower_words(sentence)), None) is not None:
        return True
    if _more_than_only(question, sentence) or refutes(question, sentence):
        return True
    return not any(t in NEGATIONS for t in question_words) and _negated_statement(sentence)


STILL_OF_MIND = frozenset(
    "think thinks believe believes feel feels want wants hope hopes expect expects".split()
)
"""Verbs after which "still" asks whether a view has lasted, not whether someone is still in post ("Does he
still think firing Comey was right?" is not answered by "fired")."""


def _opposite_positions(question_words: list[str], sentence_tokens: list[str]) -> Iterator[int]:
    """Where the sentence holds an opposite of a question word it does not also hold, of the same kind of
    thing: an opposite describing a person ("the former president") does not answer a question word
    describing a thing it names ("the current situation"); one ending the question may be of anyone ("Is
    Chabot a Democrat?" against "Republican Representative Steve Chabot"). "good will" is no goodness."""
    of_mind = any(a == "still" and b in STILL_OF_MIND for a, b in itertools.pairwise(question_words))
    for word in set(question_words) - set(sentence_tokens) - ({"still"} if of_mind else set()):
        at = question_words.index(word)
        following = question_words[at + 1 : at + 1 + MODIFIED_REACH]
        of_thing = _names_noun(following) and not _before_person(following)
        for i, token in enumerate(sentence_tokens):
            after = sentence_tokens[i + 1 : i + 1 + MODIFIED_REACH]
            if not _opposite(word, token) or " ".join([token, *after[:1]]) in FIXED_PHRASES:
                continue
            if of_thing and _before_person(after):
                continue
            yield i


MODIFIED_REACH = 3
"""How many words after an adjective may hold the noun it describes ("former FBI Director")."""


def _names_noun(following: list[str]) -> bool:
    """Whether the words after an adjective hold a word of meaning it may describe."""
    return any(t.isalpha() and t not in STOPWORDS for t in following)


def _before_person(following: list[str]) -> bool:
    """Whether the few words after an adjective name a person it may describe: "former FBI Director",
    "the former president"."""
    return any(stem(token) in PERSON_ROLE_STEMS for token in following)


FIXED_PHRASES = frozenset(["good will", "good faith", "bad faith"])
"""Phrases whose first word is not the adjective it looks like."""


def _opposite(word: str, token: str) -> bool:
    """Whether ``token`` means the opposite of ``word``: a listed antonym, or its "un-" or "non-" form.

    A negation cue that is also an opposite ("no") is left to the negation checks.
    """
    return token not in NEGATIONS and (
        token in ANTONYMS.get(word, frozenset()) or negated_form(word, token) or _negated_family(word, token)
    )


FAMILY_PREFIX_MIN = 6
FAMILY_SUFFIX_MAX = 3


def _negated_family(word: str, token: str) -> bool:
    """Whether one word is "un-" on a word of the other's family, told by a shared start of six letters or
    more that leaves at most three of each unshared: "unnecessary" against "necessity", "unprecedented"
    against "precedent"."""
    for negated, plain in ((word, token), (token, word)):
        base = negated.removeprefix("un") if negated.startswith("un") else ""
        shared = next(
            (i for i, (a, b) in enumerate(zip(base, plain, strict=False)) if a != b),
            min(len(base), len(plain)),
        )
        if (
            shared >= FAMILY_PREFIX_MIN
            and len(base) - shared <= FAMILY_SUFFIX_MAX
            and len(plain) - shared <= FAMILY_SUFFIX_MAX
        ):
            return True
    return False


def _negated_at(tokens: list[str], i: int) -> bool:
    """Whether a negation cue stands within the two words before ``tokens[i]``."""
    return any(t in NEGATIONS for t in tokens[max(0, i - 2) : i])


HYPOTHETICAL = frozenset(
    """potential potentially possible possibly could might would if risk threat feared fears""".split()
)


UNCERTAIN = frozenset("unclear uncertain unknown undecided".split())
"""Words by which an article says it does not know: "It is unclear when or where they will meet."""


def is_uncertain(sentence: str) -> bool:
    """Whether the sentence says that something is not known."""
    return any(t in UNCERTAIN for t in _lower_words(sentence))


UNIVERSAL_ASKED = re.compile(
    r"\b(?<!at )(?<!after )(?:all|every|each|everyone|everybody|everything)\b"
    r"(?! the way| along| but| in all)",
    re.IGNORECASE,
)
"""A question about every one of a group: "Were all the children reunited?", "Did each agency testify?";
not "at all", "all the way"."""
ONLY_ASKED = re.compile(
    r"\b(?<!not )(?<!n't )(?<!n’t )(?:only|alone|solely|exclusively|sole)\b", re.IGNORECASE
)
"""A question about the only one: "Was Comey the only one he went after?"; not "not only"."""
UNIVERSAL_TOLD = re.compile(
    r"\b(?:all|every|each|entire(?:ly)?|whole|everyone|everybody|everything|unanimous(?:ly)?|always|none|"
    r"no one|nobody|nothing|any|both|fully|completely|100 percent|100%)(?!\w)",
    re.IGNORECASE,
)
"""Words that tell of a whole group, or of none of it."""
ONLY_TOLD = re.compile(
    r"\b(?:only|alone|sole(?:ly)?|exclusively|single|no other|nobody else|no one else|just)\b", re.IGNORECASE
)
"""Words that tell that one is the only one."""


def quantity_untold(question: str, evidence: str) -> bool:
    """Whether a yes/no question asks if something holds for all of a group, or for one alone, and the
    evidence says it of some without a word of whole or of only: "Have all the separated children been
    reunited?" against "children cannot accompany their parents ... they're separated", "Was Strzok the only
    FBI agent whose texts were revealed?" against "Trump first took Strzok to task ... for texting". That it
    holds for those named does not prove the "all" or the "only"."""
    return _asked_untold(question, evidence, ((UNIVERSAL_ASKED, UNIVERSAL_TOLD), (ONLY_ASKED, ONLY_TOLD)))


def _asked_untold(
    question: str, evidence: str, kinds: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
) -> bool:
    """Whether the question asks something of a kind (a pair's first pattern) that the evidence holds no
    word of (its second)."""
    return any(asked.search(question) and not told.search(evidence) for asked, told in kinds)


CONSEQUENCE_ASKED = re.compile(
    r"\bwhat\b[^?]*\b(?:(?:will|would|could|might|may|is going to|are going to)\s+happen|"
    r"happens?\b[^?]*\b(?:if|unless|otherwise|once|should))\b",
    re.IGNORECASE,
)
"""A question what follows from something: "What happens if Congress doesn't act?", "What did he warn
would happen to the deal?"."""
CONSEQUENCE_TOLD = re.compile(
    r"\b(?:(?<!good )(?<!ill )(?<!free )(?<!political )will|would|could|might|may|can|cannot|shall|"
    r"(?:is|are|was|were) going to|(?:is|are|was|were) to|\w+['’]ll|"
    r"results? in|resulted in|leads? to|led to|means?|meant|if|unless|otherwise|in the event|"
    r"deadline|at stake|in the balance)\b",
    re.IGNORECASE,
)
"""Words that tell what is to follow: a modal, a condition, "lead to", "at stake"."""
CONDITION_ASKED = re.compile(
    r"\b(?:under|on) what (?:conditions?|circumstances|terms)\b|\bwhat would it take\b", re.IGNORECASE
)
"""A question on what condition something would be done: "Under what conditions would he support it?",
"What would it take for Democrats to agree?"; not "What did he get in exchange?", which asks what was
given."""
CONDITION_TOLD = re.compile(
    r"\b(?:if|unless|until|as long as|so long as|provided|only|in (?:return|exchange)|in the event|"
    r"without|that (?:does|did|do|would) not|condition|conditions|demand(?:s|ed)?|insist(?:s|ed)?|"
    r"ask(?:s|ed)? (?:is|for))\b|,\s+should\b",
    re.IGNORECASE,
)
"""Words that tell a condition: "if", "until", "in return for", "any legislation that did not include",
", should North Korea take any ..."."""


OUTCOME_ASKED = re.compile(
    r"\bwhat\b[^?]*\b(?:(?:would|will|could|might|does|did|do)\b[^?]*\b(?:change|mean)|lead to|led to|"
    r"result(?:ed)? in|effect|impact)\b",
    re.IGNORECASE,
)
"""A question what something brings about: "What would that bill change?", "What did that lead to?"."""


RESULT_TOLD = re.compile(
    r",\s+(?:triggering|leading to|forcing|prompting|causing|leaving|sparking|creating|resulting in|"
    r"dashing)\b|"
    r"\b(?:led|leads|lead|leading) to\b|\bresult(?:s|ed)? in\b|\bso that\b",
    re.IGNORECASE,
)
"""Words that tell what something brought about: "expired at midnight, triggering a halt of non-essential
functions"."""


def tells_outcome(sentence: str) -> bool:
    """Whether the sentence tells what something brought about or what is to follow."""
    return bool(RESULT_TOLD.search(sentence) or CONSEQUENCE_TOLD.search(sentence))


def asks_outcome(question: str) -> bool:
    """Whether the question asks what follows from something (``OUTCOME_ASKED``, ``CONSEQUENCE_ASKED``)."""
    return bool(OUTCOME_ASKED.search(question) or CONSEQUENCE_ASKED.search(question))


def outcome_untold(question: str, sentence: str) -> bool:
    """Whether the question asks what would follow ("What will happen to the Dreamers if the debate ends
    without a deal?") or on what condition ("Under what conditions would Graham support it?") and the
    sentence tells nothing still to come nor any condition: "kicked the immigration debate into next week,
    leaving the immigrants ... in continued limbo" says what did happen, not what will."""
    kinds = ((CONSEQUENCE_ASKED, CONSEQUENCE_TOLD), (CONDITION_ASKED, CONDITION_TOLD))
    return _asked_untold(question, sentence, kinds)


POSSIBILITY = re.compile(
    r"\b(?:potential|risk|threat|possibility|danger|fears?|prospects?|chance|likelihood|specter)\s+(?:of|for)\s+"
    r"(?P<thing>(?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)


def only_possible(question: str, sentence: str) -> bool:
    """Whether the sentence holds a word of the question only as something that might happen: "The potential
    for mass casualties ... was real" does not say there were casualties."""
    return _held_only_in(POSSIBILITY, "thing", set(content_stems(question)), sentence)


def _held_only_in(pattern: re.Pattern[str], group: str, asked: set[str], sentence: str) -> bool:
    """Whether some asked word stands in the sentence only inside ``pattern``'s ``group`` (what might happen,
    what must be done), nowhere outside the pattern."""
    inside = {stem(w) for m in pattern.finditer(sentence) for w in words(m[group])} & asked
    outside = {stem(w) for w in words(pattern.sub(" ", sentence))}
    return bool(inside) and inside.isdisjoint(outside)


REQUESTED_OF = re.compile(
    r"\b(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"demand(?:s|ed|ing)?|appeal(?:s|ed|ing)? to)\s+(?P<whom>[^.;]{1,120}?)\s+to\s+(?P<act>[a-z]+)",
    re.IGNORECASE,
)
"""A request that someone do something: "calls on Aung San Suu Kyi ... and the Burmese military to work
together"."""
ASKING_STEMS = frozenset(stem(w) for w in "call urge ask press demand appeal request want".split())


def only_requested(question: str, sentence: str) -> bool:
    """Whether the sentence only asks someone the question names, or asks someone to do what the question
    asks was done: "Has Aung San Suu Kyi agreed to work with the military?" against "The resolution also
    calls on Aung San Suu Kyi ... to work together": asked to, not agreed; "Has it been passed?" against
    "pressed Congress to pass legislation". A question about the request itself is answered by it."""
    if not ASKING_STEMS.isdisjoint(content_stems(question)):
        return False
    named = {stem(w) for name in proper_nouns(question) for w in words(name)}
    asked = set(content_stems(question))
    return any(
        named.intersection(content_stems(m["whom"])) or (not named and stem(m["act"]) in asked)
        for m in REQUESTED_OF.finditer(sentence)
    )  # "Has it been passed?" against "pressed Congress to pass legislation"


SUCCESS_ASKED = re.compile(
    r"\b(?:succeed\w*|success\w*|manag(?:e|es|ed) to|(?:was|were|is|are) able to|pull(?:ed)? off)\b",
    re.IGNORECASE,
)
"""A question whether an effort worked: "Did Democrats succeed in attaching DACA to the bill?"."""
ATTEMPT_TOLD = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|s(?:eek|eeks|ought|eeking)|push(?:es|ed|ing)?|"
    r"strugg?l(?:e|es|ed|ing)|bid)\s+to\b",
    re.IGNORECASE,
)
"""An effort told without its outcome: "Democrats have tried to tie DACA legislation to the budget bill"."""
REQUIRED_ACT = re.compile(
    r"\b(?:must|need(?:s|ed)? to|ha(?:s|ve|d) to|should)\s+(?:(?:still|also|first|now)\s+)?"
    r"(?:be\s+|have\s+been\s+)?(?P<act>[a-z]+)",
    re.IGNORECASE,
)
"""What must or should be done: "either the bill or a temporary extension must be passed by then"."""


NEED_ASKED = re.compile(
    r"\b(?:must|should|need(?:s|ed)?|require[sd]?|necessary|ha(?:s|ve|d) to)\b", re.IGNORECASE
)
"""A question about a need itself: "Does a spending measure need a vote in both chambers?"."""
CONDITION_CLAUSE = re.compile(r"\b(?:if|unless|whether|when|once)\b", re.IGNORECASE)
"""Where a question's condition starts: "Could the government shut down if neither bill passes?" asks of the
shutdown, not whether a bill passed."""


def only_attempted(question: str, sentence: str) -> bool:
    """Whether the question asks if something was done or worked and the sentence tells it only as an effort
    or a need: "Did Democrats succeed in attaching DACA to the budget bill?" against "Democrats have tried
    to tie DACA legislation to the budget bill"; "Did Congress pass a temporary extension in time?" against
    "a temporary extension must be passed by then". A question about the effort or the need itself is
    answered by it."""
    if ATTEMPT_TOLD.search(question) or NEED_ASKED.search(question):
        return False
    if SUCCESS_ASKED.search(question):
        return ATTEMPT_TOLD.search(sentence) is not None and not SUCCESS_ASKED.search(sentence)
    return _held_only_in(
        REQUIRED_ACT, "act", set(content_stems(CONDITION_CLAUSE.split(question)[0])), sentence
    )


COUNTERPARTS = (("House", "Senate"), ("North", "South"))
"""Names that come in pairs: a sentence about one of them tells nothing of the other. Not the two parties:
what gives Republicans the upper hand answers whether it helps Democrats."""


def names_counterpart(question: str, sentence: str) -> bool:
    """Whether the sentence names the counterpart of a name the question has, and not that name: "Has the
    Senate voted on the resolution yet?" against "The U.S. House of Representatives ... passing a
    resolution"; "Does South Korea expect ...?" against "North Korea said ..."."""
    asked, said = set(words(question)), set(words(sentence))
    return any(
        (one in asked and other not in asked and other in said and one not in said)
        for pair in COUNTERPARTS
        for one, other in (pair, pair[::-1])
    )


HEDGE = re.compile(r"\bmay (?:have|be|not)\b", re.IGNORECASE)
"""The modal "may" as a hedge; "may" alone is also a month."""


def is_hypothetical(sentence: str) -> bool:
    """Whether the sentence talks of what could happen, or hedges ("may have"), rather than of what did."""
    return any(t in HYPOTHETICAL for t in _lower_words(sentence)) or bool(HEDGE.search(sentence))


_NUMBER_PHRASE = re.compile(
    r"(?:(?:more|fewer|less) than |about |nearly |almost |over |at least |up to |some )?"
    rf"(?:\$?\d[\d,.]*\d*(?:-\d+)?%?|\b{_COUNT}\b)"
    r"(?: (?:million|billion|trillion|thousand|hundred|percent))?",
    re.IGNORECASE,
)
COUNTED_WORDS = 3
"""A number followed within this many words by a word of the question counts what is asked ("five FBI
employees" for "How many FBI employees ...?"); a year or a bare "one" counts nothing unless so followed, and
"one of" ("one of the seven units") never does. A tally ("360-59") is one phrase."""
_RELATIVE_DATE = r"(?:last|next|this) (?:week|month|year)"
_DATE_PHRASE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?: \d{1,2}(?!\d)(?:, \d{4})?| \d{4})?|"
    rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b{_YEAR}\b|{_CENTURY}|"
    rf"\b{_RELATIVE_DATE}\b|"
    r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight)\b"
)
_NAME_PHRASE = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'.-]+|al|bin|de|of|van|von)(?=\s+[A-Z]|[^\w]|$))*")


RELATIVE_DATE = re.compile(_RELATIVE_DATE, re.IGNORECASE)
RELATIVE_DATE_PENALTY = 60
"""Characters a date relative to the article's day counts as farther from the question's words."""


NAMED_TYPES = frozenset([AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE, AnswerType.NAME])
"""Kinds of answer that are a capitalised name."""


def answer_phrase(
    sentence: str, kind: AnswerType, exclude: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Offsets, within the sentence, of the phrase that answers a how-many/when/who/where question.

    Among the phrases of the asked-for kind, the one nearest to the question's own words wins; phrases
    made only of question words are skipped ("troops" does not answer "How many troops ...?").
    """
    if kind is AnswerType.NUMBER:
        pattern = _NUMBER_PHRASE
    elif kind is AnswerType.DATE:
        pattern = _DATE_PHRASE
    elif kind in NAMED_TYPES:
        pattern = _NAME_PHRASE
    else:
        return None
    anchors = [
        m.start()
        for m in WORD_ONLY.finditer(sentence)
        if stem(m.group(0)) in exclude and m.group(0).lower() not in STOPWORDS
    ] or [0]
    candidates = []
    for match in pattern.finditer(sentence):
        start, end = match.span()
        if kind is AnswerType.PLACE and " of " in match.group(0):
            # "Paul Ryan of Wisconsin" is one run of names; the place is its end
            origin = start + match.group(0).rindex(" of ") + len(" of ")
            start = origin if _after_place_preposition(sentence, origin, exclude) else start
        found = [w.lower() for w in words(sentence[start:end])]
        if all(stem(w) in exclude or len(w) == 1 for w in found):
            continue  # the question's own "Angela H. Stubblefield"
        if kind is AnswerType.PERSON and len(found) > 1 and stem(found[-1]) in exclude:
            continue  # "Raul Labrador" for a question naming "Labrador": who he was with is asked
        if kind in NAMED_TYPES:
            opening = not sentence[:start].strip(OPENING_MARKS)  # "Every step …" after its quotation mark
            if any(w in CALENDAR_NAMES for w in found) or (opening and len(found) == 1):
                continue
            if kind is AnswerType.PLACE and not _after_place_preposition(sentence, start, exclude):
                continue
        distance = min(abs(start - a) for a in anchors)
        if kind is AnswerType.NUMBER:
            counted = any(stem(w) in exclude for w in words(sentence[end:])[:COUNTED_WORDS])
            one_of = found[-1] == "one" and re.match(r"\s+of\b", sentence[end:])  # "one of the co-sponsors"
            if one_of or (
                not counted and (re.fullmatch(rf"{_YEAR}|one", found[-1]) or _in_date(sentence, start))
            ):
                continue
        if kind is AnswerType.DATE and RELATIVE_DATE.fullmatch(sentence[start:end]):
            distance += RELATIVE_DATE_PENALTY  # "in March 2018" says when more than "earlier this year"
        candidates.append((distance - 20 * (len(found) > 1), start, end))
    if not candidates:
        return None
    _, start, end = min(candidates)
    if sentence[start:end].endswith(".") and end == len(sentence.rstrip()):
        end -= 1  # the sentence's full stop, not part of the phrase
    return start, end


OPENING_MARKS = " \"“‘'(["
"""What may stand before a sentence's first word: a quotation mark or a bracket."""


def _in_date(sentence: str, position: int) -> bool:
    """Whether the character at ``position`` is part of a date: the 8 of "Jan. 8", the 2016 of "in 2016"."""
    return any(m.start() <= position < m.end() for m in _DATED.finditer(sentence))


def _after_place_preposition(sentence: str, start: int, exclude: frozenset[str]) -> bool:
    return _names_place_after(words(sentence[:start]), exclude)


def _names_place_after(before: list[str], exclude: frozenset[str]) -> bool:
    """Whether a name after these words is a place: after a place preposition, or after "of" and the full
    name of a person the question asks about ("House Speaker Paul Ryan of Wisconsin" for "Which state is
    the House Speaker from?"; "with Chuck Schumer of New York" says nothing of where a meeting was)."""
    if not before:
        return False
    # "in the United States", "at the Pentagon": the article between place preposition and name
    at = len(before) - 2 if before[-1].lower() == "the" and len(before) > 1 else len(before) - 1
    if before[at].lower() in PLACE_PREPOSITIONS:
        return not (at > 0 and before[at - 1].lower() == "according")  # "according to the White House"
    owner = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before[:-1])))[::-1]
    return before[-1] == "of" and is_full_name(owner[-2:]) and any(stem(w) in exclude for w in owner)

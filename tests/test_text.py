"""Lexical helpers: stems, question types, answer types, yes/no polarity."""

from __future__ import annotations

import math

import pytest

from rag.messages import correct_spelling, plain_question
from rag.text import (
    AGE,
    CALENDAR_DATE,
    CLOCK_TIME,
    DAY,
    GREETING,
    LENGTH_UNITS,
    MONEY,
    MONTH,
    PEOPLE,
    SOURCES,
    TALLY,
    THANKS,
    WEEKDAY,
    WHERE_SAID,
    WHERE_SPOKEN,
    WHO_SAID,
    YEAR,
    Amount,
    AnswerType,
    Gender,
    amounts,
    answer_phrase,
    answer_type_fit,
    asked_acts,
    asked_alternatives,
    asked_besides,
    asked_items,
    asked_ranks,
    asked_roster,
    asked_speaker,
    asked_told,
    asked_yes_no_reactor,
    asks_article_own,
    asks_city,
    asks_country,
    asks_exact_words,
    asks_of_quoted,
    asks_outcome,
    asks_tenure,
    choice_anchors,
    cleft_doer,
    contradicts,
    counts_fate,
    defined_term,
    defines,
    doer_acts,
    doer_untold,
    event_untold,
    gives_words,
    has_answer_type,
    holds_quoted,
    home_told,
    homes,
    is_full_name,
    is_hypothetical,
    is_negated,
    leaves_unspecified,
    mentions_act,
    name_gender,
    name_runs,
    names_a_time,
    names_act,
    names_agent,
    names_city,
    names_counterpart,
    names_country_besides,
    names_focus,
    names_no_member,
    names_someone_else,
    only_attempted,
    only_possible,
    only_requested,
    outcome_untold,
    place_asked_within,
    quantity_untold,
    question_shape,
    quoted_phrases,
    quotes_someone_else,
    refusal_untold,
    refutes,
    roster_kind,
    settles_amount,
    settles_home,
    stance_disputed,
    stance_untold,
    states_negation,
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
    timed_acts,
    times_by_asked_event,
    told_alternative,
    withholds,
    withholds_asked,
    words,
)


def fit_for(question: str, sentence: str) -> float:
    """How the sentence fits the kind of answer the question asks for, the question's words excluded."""
    shape = question_shape(question)
    return answer_type_fit(sentence, shape, frozenset(shape.content))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("casualties", "casualty"),
        ("casualty", "casualty"),
        ("killed", "kill"),
        ("bases", "base"),
        ("U.S.", "u.s."),
        ("speed", "spee"),  # "-eed" is no past tense: speed, speeds and speeding meet
        ("speeding", "spee"),
        ("agreed", "agre"),
        ("agree", "agre"),
        ("voted", "vote"),  # the e lost before -ed and -ing comes back: "voted", "voting" and "vote" meet
        ("voting", "vote"),
        ("vote", "vote"),
        ("taking", "take"),
        ("aimed", "aim"),  # no e to restore
        ("ended", "end"),
        ("stopped", "stop"),  # a doubled consonant is undone
        ("planning", "plan"),
        ("added", "add"),  # too short to be a doubling
        ("killed", "kill"),  # ll is no doubling
        ("told", "tell"),  # irregular past forms meet their base
        ("spoke", "speak"),
        ("met", "meet"),
        ("upheld", "uphold"),
        ("testified", "testify"),  # -ied is -y + -ed
        ("testify", "testify"),
        ("left", "left"),  # also a noun and a direction
        ("news", "news"),  # no plural: "news agency" does not match "new sanctions"
        ("new", "new"),
    ],
)
def test_stem_merges_inflections(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("question", "kind", "yes_no"),
    [
        ("How many troops are housed at the bases?", AnswerType.NUMBER, False),
        ("When did Trump address the nation?", AnswerType.DATE, False),
        ("What year was it built?", AnswerType.DATE, False),
        ("Where are the bases?", AnswerType.PLACE, False),
        ("Who is Michael O'Hanlon?", AnswerType.PERSON, False),
        ("Were there casualties?", AnswerType.YES_NO, True),
        ("Did Trump confirm it?", AnswerType.YES_NO, True),
        ("Is it true that Iran missed on purpose?", AnswerType.YES_NO, True),
        ("so did anyone die or what", AnswerType.YES_NO, True),
        ("What did Pompeo call the attack?", AnswerType.OTHER, False),
        # the first wh-word decides, not one in a later clause
        ("Which TV network did Trump talk to where he attacked the report?", AnswerType.ORGANISATION, False),
        ("Before which Senate panel did they testify?", AnswerType.ORGANISATION, False),
        ("What agencies testified?", AnswerType.ORGANISATION, False),
        ("What tactic did companies employ?", AnswerType.OTHER, False),  # "companies" is not what is asked
        ("Who was president when the war began?", AnswerType.PERSON, False),
        ("What happened when the missiles hit?", AnswerType.OTHER, False),
        ("By how many barrels a day did production fall?", AnswerType.NUMBER, False),
        ("How much support do the sanctions have in Congress?", AnswerType.OTHER, False),  # a degree
        ("How much money does the bill provide?", AnswerType.NUMBER, False),
        ("How large are those profits?", AnswerType.NUMBER, False),
        ("According to Payton, is money all they want?", AnswerType.YES_NO, True),  # after a preamble
        (
            "When he spoke to Republicans, did he discuss the Senate?",
            AnswerType.YES_NO,
            True,
        ),  # after a scene
        ("When he spoke to Republicans, what did he discuss?", AnswerType.OTHER, False),
        ("At what point did the money run out?", AnswerType.DATE, False),
        ("What spurred lawmakers to draft the bill?", AnswerType.REASON, False),
        # a yes/no question stays one whatever wh-word a clause of it holds, unless it asks politely
        ("Is it true that he raised it when he spoke to Republicans?", AnswerType.YES_NO, True),
        ("Did the senator who wrote the bill vote for it?", AnswerType.YES_NO, True),
        ("Can you name the prosecutors who signed the letter?", AnswerType.PERSON, True),
        ("What is the name of the legislation?", AnswerType.NAME, False),
        ("What's the name of the bakery?", AnswerType.NAME, False),
        ("What is the drone bill called?", AnswerType.NAME, False),
        ("What's the baker's name?", AnswerType.NAME, False),
        ("What\u2019s his name?", AnswerType.PERSON, False),
        ("What is the judge's name?", AnswerType.NAME, False),
        ("What was the reason the senator called for a vote?", AnswerType.REASON, False),
        ("Why did Iran miss its targets?", AnswerType.REASON, False),
        ("What prompted lawmakers to act?", AnswerType.REASON, False),
        ("For what purpose was the bill introduced?", AnswerType.REASON, False),
        ("What was the purpose of the network?", AnswerType.OTHER, False),  # what it was for
        # a leading clause only sets the scene; a wh-word right before a verb asks
        ("When B cells begin to replicate, what do they become?", AnswerType.OTHER, False),
        ("If the bill passes, how many inmates get training?", AnswerType.NUMBER, False),
        ("Where is he, and who is he with?", AnswerType.PLACE, False),
        # a statement asked back is a yes/no question; one holding a wh-word is not
        ("So it was already around before 9/11?", AnswerType.YES_NO, True),
        ("So they\u2019re giving the U.S. a chance to rethink it?", AnswerType.YES_NO, True),
        ("Any working for Iran?", AnswerType.YES_NO, True),
        ("Anyone hurt?", AnswerType.YES_NO, True),
        ("There were how many?", AnswerType.NUMBER, False),
        ("It was in 2012.", AnswerType.OTHER, False),
    ],
)
def test_question_shape(question: str, kind: AnswerType, yes_no: bool) -> None:
    shape = question_shape(question)
    assert (shape.answer_type, shape.yes_no) == (kind, yes_no)


def test_question_shape_collects_content_and_names() -> None:
    shape = question_shape("What did Michael O'Hanlon say about the strike?")
    assert shape.content == ("michael", "o'hanlon", "strik")  # stems: "strike" and "striking" meet
    assert shape.proper_nouns == ("Michael", "O'Hanlon")


@pytest.mark.parametrize(
    ("question", "content"),
    [
        ("What happened in September?", ("september",)),  # "what happened" only frames the question
        ("so did anyone else die lol", ("die",)),  # chat fillers and indefinite pronouns carry no topic
    ],
)
def test_question_frame_words_are_not_content(question: str, content: tuple[str, ...]) -> None:
    assert question_shape(question).content == content


def test_answer_type_ignores_words_repeated_from_the_question() -> None:
    sentence = "More than 1,500 troops are housed at the two bases."
    assert has_answer_type(sentence, AnswerType.NUMBER)
    assert not has_answer_type("The troops are housed at the bases.", AnswerType.NUMBER)
    assert has_answer_type("He spoke on Wednesday.", AnswerType.DATE)
    assert has_answer_type("The base is in Iraq.", AnswerType.PLACE)
    assert not has_answer_type("The base is in Iraq.", AnswerType.PLACE, exclude=frozenset({"iraq"}))
    assert has_answer_type("He lives in the United States.", AnswerType.PLACE)  # "the" after "in"
    assert not has_answer_type("He met the United Nations chief.", AnswerType.PLACE)
    assert has_answer_type("The analyst Michael O’Hanlon said so.", AnswerType.PERSON)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Were there casualties?", "The impact caused no casualties.", True),
        ("Were there casualties?", "The attack killed three soldiers.", False),
        (
            "Did Trump confirm that no troops were hurt?",
            "The attack did not wound any troops, Trump confirmed.",
            False,
        ),
        ("Was the damage extensive?", "The impact caused limited damage.", True),
        ("Did the bill squeak through by a razor-thin margin?", "It passed by a comfortable margin.", True),
        ("Was the attack designed for a foreign audience?", "It was designed for a domestic audience.", True),
        ("Was Iran trying to cause casualties?", "Iran missed targets to avoid casualties.", True),
        ("Was the damage limited?", "The impact caused limited damage.", False),
        (
            "Were the missiles fired into vacant areas?",
            "They fired into vacant areas where harm was unlikely.",
            False,
        ),
        ("Were there casualties?", "The attack did not kill or wound any troops, Trump confirmed.", True),
        ("Were there casualties?", "The potential for mass casualties was real.", False),
        ("Have drones got more expensive?", "Drones have grown cheaper and easier to use.", True),
        (
            "Are drones getting pricier?",
            "Drones have grown cheaper and easier to use.",
            True,
        ),  # a comparative
        ("Is the Patriot Act uncontroversial?", "The Patriot Act, a controversial law, passed.", True),
        ("Is the Patriot Act controversial?", "The Patriot Act, a controversial law, passed.", False),
        ("Will they act unless told?", "They act less often than before.", False),  # "unless" is no "un-less"
        ("Is Goodlatte a Democrat?", "Chairman Bob Goodlatte, a Republican from Virginia, said.", True),
        ("Is Goodlatte a Republican?", "Chairman Bob Goodlatte, a Republican from Virginia, said.", False),
        ("Was the House vote unanimous?", "The bill passed the House by a 360-59 vote.", True),
        ("Was the House vote unanimous?", "The bill passed the House 360-0.", False),
        ("Was the House vote unanimous?", "The House passed the bill unanimously, 360-0.", False),
        ("Was the decision unanimous?", "The court narrowly ruled that police need a warrant.", True),
        ("Was the decision unanimous?", "The court declined to comment on the decision.", False),
        ("Did the lawyer call the process fair?", "He called it a highly questionable process.", True),
        # A negated main clause answers a question asked in other words; "did not say" leaves it open.
        (
            "Did Trump discuss the Senate?",
            "The president did not address issues in the Senate, he said.",
            True,
        ),
        ("Did the judge rule on it?", "The ruling is not necessarily the final word.", True),
        (
            "Did he discuss the bill?",
            "He did not comment on Tuesday's long meeting at the White House on the bill.",
            False,
        ),
        ("Are the recipients safe from deportation?", "They could still be at risk of deportation.", True),
        ("Did the deal include the Dreamers?", "The agreement excluded them.", True),
        # another name before the same noun answers no; the asked one, or none, does not
        ("Was DACA a Trump administration program?", "Trump ended the Obama administration measure.", True),
        ("Was DACA an Obama administration program?", "Trump ended the Obama administration measure.", False),
        ("Did the House committee pass it?", "The committee passed it on Friday.", False),
        # a negation inside a relative clause or a condition is no negated main clause
        ("Did Democrats want a separate bill?", "They vowed to oppose any bill that does not fund it", False),
        # and a negation's reach ends with its clause
        ("Did the FBI open a case?", "If agents cannot act alone, the FBI opens a case.", False),
        ("Did Democrats support the bill?", "Democrats withheld support for the bill.", True),  # withholding
        # a phrase that says it was not done
        (
            "Did the justices decide whether shops may refuse service?",
            "Leaving aside whether shops may.",
            True,
        ),
        ("Did he name the banks?", "He declined to name the banks.", True),
        # a reaction withheld is "no" to whether there was one, and nothing either way about anything else
        (
            "Did the Justice Department offer any reaction to the ruling?",
            "The Justice Department said it had no comment on the decision.",
            True,
        ),
        (
            "Did the White House respond?",
            "The White House didn't immediately respond to a request for comment.",
            True,
        ),
        ("Did the Justice Department weigh in too?", "The Justice Department said it had no comment.", True),
        ("Did the White House respond?", "The White House responded within hours, calling it fake.", False),
        # "only" one of several: no
        (
            "Are Democrats the only ones pressing the administration to drop the policy?",
            "The plea comes as Democrats, some Republicans and others urge the administration to end it.",
            True,
        ),
        (
            "Did they lobby only officials in Europe?",
            "They lobbied EU officials and members of Congress.",
            True,
        ),
        ("Did they lobby only officials in Europe?", "They lobbied only EU officials.", False),
        (
            "Is the legislation limited to a bill in the House of Representatives?",
            "The bill in the House of Representatives and a companion bill in the Senate would act.",
            True,
        ),
        (
            "Does the decision cover only asylum claims based on domestic violence?",
            "The decision applies to all seeking asylum on grounds of domestic and gang violence.",
            True,
        ),
        # "cannot" denies whatever may be done; "adding their voice" says others do it too
        (
            "Are any children allowed to go with their parents into detention?",
            "Because children cannot accompany their parents to detention facilities, they are separated.",
            True,
        ),
        (
            "Are the prosecutors the only ones calling for an end to it?",
            "The prosecutors urged him to end it, adding their voice to a growing chorus calling for an end.",
            True,
        ),
        # a part where all was asked about; renewable is not permanent
        (
            "Did the shutdown stop all government functions?",
            "Spending authority expired at midnight, triggering a halt of non-essential functions.",
            True,
        ),
        ("Did all the senators back the bill?", "Some senators backed the bill.", True),
        ("Did the senators back the bill?", "Some senators backed the bill.", False),
        (
            "Did DACA give its recipients permanent work permits?",
            "The program granted them work permits for renewable two-year periods.",
            True,
        ),
        # someone said to be from another place; a flight that left from another city
        (
            "Is Michelle Lujan Grisham a Democrat from Virginia?",
            "The effort is led by Virginia Republican Scott Taylor, according to caucus chairwoman "
            "Michelle Lujan Grisham, a New Mexico Democrat.",
            True,
        ),
        (
            "Does Joe Crowley represent New Jersey?",
            "It was co-sponsored by Congressman Joe Crowley of New York.",
            True,
        ),
        ("Is Paul Ryan from Wisconsin?", "But House Speaker Paul Ryan of Wisconsin has said so.", False),
        ("Is Scott Taylor from Virginia?", "The effort is led by Virginia Republican Scott Taylor.", False),
        (
            "Did Kim Yong Chol's flight leave from Pyongyang?",
            "Kim Yong Chol departed Beijing on an Air China commercial flight Tuesday.",
            True,
        ),
        # a condition asserts nothing: "in the event we are not able to ..."
        (
            "Did he say the agreement could be terminated?",
            'Trump refused to certify it, saying "in the event we are not able to reach a working solution, '
            'then the agreement will be terminated."',
            False,
        ),
        # what was ruled is a statement of its own: its negation is not about the ruling itself
        (
            "Did Sessions overturn an earlier grant of asylum to the woman?",
            "Sessions on Monday reversed a 2016 grant of asylum to the woman, ruling that victims of "
            "domestic violence are not generally eligible for asylum.",
            False,
        ),
        (
            "Did Sessions rule that victims of domestic violence are eligible for asylum?",
            "Sessions on Monday reversed a 2016 grant of asylum to the woman, ruling that victims of "
            "domestic violence are not generally eligible for asylum.",
            True,
        ),
        ("Is Iran the only country to object?", "Iran, which is the only country to object, said so.", False),
        # another place for the event; the asked place named too; an event by where and by whom
        ("Are the talks being held in Washington?", "Pompeo will meet him in New York for talks.", True),
        ("Are the talks being held in New York?", "Pompeo will meet him in New York for talks.", False),
        ("Did the North Korean statement praise Trump?", "The Kim Kye Gwan statement praised Trump.", False),
        # a negation in the other statement of a sentence is about something else
        (
            "Did he send the letter to Congress although the attorney general opposed it?",
            "His first move, made without telling the attorney general, was insubordinate, while his "
            "decision to send a letter to Congress despite the attorney general's opposition was an error.",
            False,
        ),
        (
            "Did he tell the attorney general before the first move?",
            "His first move, made without telling the attorney general, was insubordinate, while his "
            "decision to send a letter to Congress despite the attorney general's opposition was an error.",
            True,
        ),
        # the asked words found in the other statement are no opposite
        (
            "Can the Republican-controlled Senate get the budget through without any Democratic support?",
            "The Republican-dominated Senate cannot pass it alone; Democratic votes will be needed.",
            True,
        ),
        # "few" and "relatively little" deny what they count; "a few" does not
        (
            "Did the lawmakers end the day close to an agreement?",
            "Lawmakers closed the day with few signs of agreement on a bill.",
            True,
        ),
        ("Were a few people hurt?", "A few people were hurt.", False),
        (
            "Do the devices have robust security?",
            "The devices have relatively little built-in security.",
            True,
        ),
        # a detail kept back is "no" to whether it was told
        (
            "Did Carmakal identify the institutions being targeted?",
            "The institutions are in Asia, he said, declining to name them.",
            True,
        ),
        ("Did he spell out what the formula meant?", "He mentioned the formula, without elaborating.", True),
        ("Did he identify the banks?", "He identified the banks as Asian lenders.", False),
        # another ordinal of the same thing
        (
            "Would it be the first time they voted it down?",
            "They risk voting it down for the second time.",
            True,
        ),
        (
            "Would it be the second time they voted it down?",
            "They risk voting it down for the second time.",
            False,
        ),
        # a role held once is no role held now; without "now", "former" is part of a title
        ("Does he currently serve as spy chief?", "Kim, the country's former spy chief, flew in.", True),
        ("Did President Obama sign it?", "Former President Obama signed it.", False),
        # "not simply" denies an "only" about the words right after it, and nothing else
        ("Are they only interested in money?", "He said they are not simply after money.", True),
        ("Do they only want money?", "They want money, not just attention.", False),
        # "don't" negates what follows it like "do not"
        (
            "Does Bloch believe the ruling sets as important a precedent as some had feared?",
            "Because it was narrow, I don't think it sets as important a precedent as some feared, Bloch"
            " said.",
            True,
        ),
        # "no evidence that" denies the whole claim, commas inside it included
        (
            "Did the inspector general conclude that political bias influenced the investigation?",
            "He found no evidence that \u201cimproper considerations, including political bias,\u201d "
            "influenced the investigation, but the messages cast a cloud over it.",
            True,
        ),
        # an issue that splits a party has not united it; thin appetite is no strong support
        ("Has the issue united each party behind the bill?", "The issue has split both parties.", True),
        ("Is there strong support for scrapping the deal?", "The appetite for scrapping it is thin.", True),
        ("Did any liberal justices join the majority?", "The four liberal justices dissented.", True),
        ("Is Manafort sitting in jail?", "Manafort is currently free on house arrest.", True),
        ("Does Lee think the talks will be easy?", "Lee says tough discussions should be expected.", True),
        ("Did the report say the threat was shrinking?", "The report said the threat was on the rise.", True),
        ("Did Engel say she should stay quiet?", "Engel said it is important for her to speak out.", True),
        ("Does Royce think the deal is flawless?", "As flawed as the deal is, it must be enforced.", True),
        (
            "Has the entire government shut down?",
            "Lawmakers closed the first day of a partial shutdown.",
            True,
        ),
        ("Did it say the threat was easing off?", "It said the worldwide cyberthreat was on the rise.", True),
        ("Was the vote close?", "The House passed it by a comfortable vote margin.", True),
        ("Is she still on his team?", "Page left the team and resigned from the FBI last month.", True),
        ("Is he still on that team?", "Mueller removed Strzok from his team last year.", True),
        (
            "Was it surprising that they dissented?",
            "Unsurprisingly, the four liberal justices dissented.",
            True,
        ),
        ("Were the prosecutors all from the same party?", "A bipartisan group of prosecutors wrote.", True),
        ("Was the bill put forward by Republicans alone?", "A bipartisan group unveiled it.", True),
        ("Was the resolution backed only by Republicans?", "The bipartisan resolution passed.", True),
        ("Are they all from a single political party?", "A bipartisan group of prosecutors wrote it.", True),
        # "lacking" negates the question as "without" does
        (
            "Have some Democrats threatened to oppose any budget bill lacking a DACA fix?",
            "Some Democrats vowed to vote against any budget bill that does not include a DACA fix.",
            False,
        ),
        # one party alone against both
        (
            "Did the bill come from lawmakers of only one party?",
            "A bipartisan group unveiled the bill.",
            True,
        ),
        ("Was the bill bipartisan?", "A bipartisan group unveiled the bill.", False),
        # a negation inside a quotation ends with it
        (
            "Does Davila come from Texas?",
            "It's not an option for any of us,\u201d Davila, a recipient from Texas, told VOA.",
            False,
        ),
        # a negated act whose object only is a question word says nothing against the question
        (
            "Was the attorney general against that?",
            "His move, without informing the attorney general, was extraordinary, the report said.",
            False,
        ),
        (
            "Did DACA recipients stage protests?",
            "That advantages Republicans who don't want to provide relief for DACA recipients.",
            False,
        ),
        ("Did the missiles kill any troops?", "The missiles did not kill any troops.", True),
        ("Has drone use been declining?", "The use of drones has skyrocketed in recent years.", True),
        # the only one against one of several
        (
            "Is the division the department's only key unit?",
            "The division, one of the department's seven key units, was created in 2006.",
            True,
        ),
        ("Is he the only candidate?", "He is one of the best candidates.", False),
        # a negated act the question asks in other words still answers it
        (
            "Was the attorney general told beforehand?",
            "His move, without informing the attorney general, was extraordinary, the report said.",
            True,
        ),
        (
            "Does Bloch believe it sets a precedent?",
            "“I don’t think it sets as important a precedent,” Bloch said.",
            True,
        ),
        (
            "Did the attorney general support the letter?",
            "He sent it despite the attorney general's opposition.",
            True,
        ),
        # few wanting what is asked about says no; strong support does not
        (
            "Are Republicans even keen on scrapping the deal?",
            "But the appetite for scrapping the deal is thin, even among Republicans.",
            True,
        ),
        ("Is there support for the bill?", "Support for the bill remains slim in the Senate.", True),
        (
            "Are Republicans keen on scrapping the deal?",
            "The appetite for scrapping the deal is strong.",
            False,
        ),
        ("Was the margin close?", "The margin was slim.", False),
    ],
)
def test_contradicts(question: str, sentence: str, expected: bool) -> None:
    assert contradicts(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # another duration, count or day than the question's rules it out
        ("Did the review take two years to finish?", "The review took 18 months to complete.", True),
        (
            "Had the battles lasted less than a year?",
            "It caps nearly 17 months of intense court battles.",
            True,
        ),
        (
            "Were permits handed out for one year at a time?",
            "It granted permits for renewable two-year periods.",
            True,
        ),
        (
            "Was just one immigration proposal put to a vote?",
            "The Senate voted on four separate immigration reform proposals on Thursday.",
            True,
        ),
        (
            "Does the ban cover seven Muslim countries?",
            "It covers five Muslim countries — Iran and Libya.",
            True,
        ),
        (
            "Did Hagin's group fly to Singapore on Monday?",
            "Hagin and others took a flight Sunday to Singapore.",
            True,
        ),
        (
            "Did the contacts happen last year?",
            "The contacts took place between February and April of this year.",
            True,
        ),
        # an amount that fits the question's, or one of something else, says nothing against it
        ("Did the review take a year and a half?", "The review took 18 months to complete.", False),
        ("Did it last more than a year?", "It caps nearly 17 months of intense court battles.", False),
        (
            "Were more than 1,500 troops housed there?",
            "About 2,000 troops are housed at the two bases.",
            False,
        ),
        (
            "Was just one proposal put to a vote?",
            "A four-point immigration plan emerged as the least popular.",
            False,
        ),
        ("Did they call on Monday?", "Abe spoke following his Monday telephone call with Trump.", False),
        # a comparative bounds a figure as "more than" and "less than" do; a hyphenated figure counts its unit
        ("Was the review shorter than 200 pages?", "He concluded in his 500-page review of the case.", True),
        ("Is the review longer than 400 pages?", "He concluded in his 500-page review of the case.", False),
        # a comparison against its opposite
        (
            "Do Republicans have a bigger vote margin in the Senate than in the House?",
            "It faces a tough road in the Senate, where Republicans' vote margins are much narrower.",
            True,
        ),
    ],
)
def test_another_amount_or_day_answers_no(question: str, sentence: str, expected: bool) -> None:
    assert contradicts(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "settles"),
    [
        ("Was Horowitz's review shorter than 200 pages?", "Horowitz concluded in his 500-page review.", True),
        (
            "Is Horowitz's review more than 400 pages long?",
            "Horowitz concluded in his 500-page review.",
            True,
        ),
        ("Did the review take more than a year?", "The review took 18 months to complete.", True),
        # the figure of something else, or of the same thing in a sentence about something else
        ("Did more than 100 people die?", "Horowitz concluded in his 500-page review.", False),
        ("Is Comey's memoir longer than 400 pages?", "Horowitz concluded in his 500-page review.", False),
        (
            "Did the review take more than a year?",
            "It caps nearly 17 months of intense court battles.",
            False,
        ),
    ],
)
def test_a_figure_of_the_asked_thing_settles_a_question_bounding_it(
    question: str, sentence: str, settles: bool
) -> None:
    assert settles_amount(question, sentence) is settles


def test_a_figure_within_the_asked_bound_answers_whatever_the_sentence_negates() -> None:
    remarks = "There, the president made no reference to the peninsula in his 22-minute scripted remarks."
    assert not contradicts("Was that more than a quarter of an hour?", remarks)
    assert contradicts("Did he speak for half an hour or longer?", remarks)
    # a figure the question only names bounds nothing: the negation still answers
    later = "But three days later, their situation had not changed."
    assert contradicts("Had the parents' situation improved three days after they sued?", later)


def test_out_of_a_state_answers_no_to_in_it() -> None:
    sentence = "With lawmakers out of session for the next ten days, time for a fix is running out."
    assert contradicts("Will lawmakers be in session over the next ten days?", sentence)
    assert not contradicts("Are lawmakers out of session?", sentence)
    assert contradicts("Did he stay in the race?", "He dropped out of the race in March.")
    assert not contradicts("Did he stay in the race?", "He stayed in the race, out of spite.")


def test_amounts_read_durations_and_counts_as_ranges() -> None:
    assert amounts("It took 18 months.") == [Amount(18 * 30.44, 18 * 30.44, (), True)]
    (organizations,) = amounts("more than 10 organizations from Connecticut")
    assert (organizations.low, organizations.high) == (pytest.approx(10), math.inf)
    assert organizations.counted == ("organization",)
    (half,) = amounts("nearly half a dozen people")
    assert (half.low, half.high) == (pytest.approx(0.8 * 6), 6.0)
    # a year, a rank and an age are no amounts
    assert amounts("In 2017, the 20th person, a 19-year-old, was 3 years old.") == []


@pytest.mark.parametrize(
    ("sentence", "says_no"),
    [
        ("There, the president made no reference to the situation.", True),
        ("The president gave no sign of backing down.", True),
        ("The president made no comment.", False),  # leaves it open, as "did not say" does
        ("The president made a reference to the situation.", False),
    ],
)
def test_a_light_verb_with_no_before_its_object_is_a_negated_statement(sentence: str, says_no: bool) -> None:
    assert states_no("Did Trump talk about Korea in his remarks?", sentence) is says_no


def test_a_sentence_saying_no_in_so_many_words_is_found_among_others() -> None:
    question = "Did the budget agreement include the Dreamers?"
    assert states_no(question, "They protested a budget agreement that excluded them.")
    assert not states_no(question, "The budget deal left the Dreamers in limbo.")
    assert not states_no(question, "The agreement includes the Dreamers.")
    improved = "Has the parents' situation improved since they sued?"
    # a negated main clause after a short opening phrase
    assert states_no(improved, "But three days later, their situation had not changed, their lawyer said.")
    assert not states_no(improved, "Three days later, their lawyer did not comment.")  # says nothing
    assert not states_no("Has nothing improved?", "But three days later, their situation had not changed.")
    # a reaction or a detail kept back says no to whether there was one; "only" against "not simply"
    assert states_no("Did the FBI offer any comment on it?", "The FBI declined to comment.")
    assert not states_no("Did the FBI offer any comment on it?", "CNN reported that he was escorted out.")
    assert states_no("Are they only after money?", "Payton said they are not simply after money.")


def test_a_yes_no_question_about_unanimity_asks_for_the_tally() -> None:
    shape = question_shape("Was the House vote unanimous?")
    assert shape.unit == (TALLY,)
    assert answer_type_fit("It passed the House by a 360-59 vote.", shape) == 1.0
    assert answer_type_fit("It passed the House on Monday.", shape) == 0.0
    assert question_shape("Was the House vote close?").unit == ()


@pytest.mark.parametrize(
    ("question", "addressee"),
    [
        ("Which news organization did Davila talk to?", True),
        ("wat news outlet did the lawmakers talk 2 abt the sanctions", True),
        ("To which news organization did Chabot give a statement after the vote?", True),
        ("Which TV network did Trump give the interview to?", True),
        ("Which official told VOA about the strike?", False),  # asks for the speaker
        ("Which news organization did she use to work for?", False),
        ("Who did Trump tell about the strike?", False),  # "told reporters" answers it
    ],
)
def test_a_question_can_ask_whom_someone_spoke_to(question: str, addressee: bool) -> None:
    assert question_shape(plain_question(question)).addressee is addressee


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("Berenice Davila, a DACA recipient from Texas, told VOA.", 1.0),
        ("Goelman said in a statement emailed to VOA.", 1.0),
        ('"The end result was wrong," Trump said in an interview on the Fox News Channel.', 1.0),
        ("A spokesman told the Reuters news service that stability came first.", 1.0),
        ("Davila joined more than 10 organizations from Connecticut and New York.", -1.0),
        ("Davila told reporters on Wednesday that she would not give up.", -1.0),
        ("Davila told Davila's family.", -1.0),  # the question's own name is nobody told
    ],
)
def test_whom_someone_spoke_to_is_named_after_a_verb_of_telling(sentence: str, fit: float) -> None:
    shape = question_shape("Which news organization did Davila talk to?")
    assert answer_type_fit(sentence, shape, frozenset(["davila"])) == fit


def test_a_mistyped_function_word_is_written_out_so_it_is_no_topic() -> None:
    vocabulary = frozenset({"displaced", "crisis", "people"})
    asked = "how many got displaced by the crisis acording to the articel"
    written_out = "how many got displaced by the crisis according to the article"
    assert correct_spelling(asked, vocabulary) == written_out
    assert question_shape(correct_spelling(asked, vocabulary)).content == ("get", "displac", "crisis")


@pytest.mark.parametrize(
    ("sentence", "kind", "question", "phrase"),
    [
        ("Experts said more than 1,500 troops are housed at the two bases.", AnswerType.NUMBER,
         "How many troops are housed at the bases?", "more than 1,500"),
        ("Tuesday’s attack hurt no one, Trump confirmed Wednesday in an address.", AnswerType.DATE,
         "When did Trump address the nation?", "Wednesday"),
        ("The strike was a warning shot, said Michael O’Hanlon, an analyst at the Brookings Institution.",
         AnswerType.PERSON, "Who said the strike was a warning shot?", "Michael O’Hanlon"),
        ("The weapons were Iranian, according to Secretary of State Mike Pompeo.", AnswerType.PERSON,
         "Who said the weapons were Iranian?", "Secretary of State Mike Pompeo"),
        ("Rockets were launched against the base in Iraq.", AnswerType.PLACE, "Where was the base?", "Iraq"),
        (
            "Trump said in an interview on the Fox News Channel.",
            AnswerType.ORGANISATION,
            "Which TV network did Trump talk to?",
            "Fox News Channel",
        ),
        ("The troops are housed at the bases.", AnswerType.NUMBER, "How many troops are housed there?", None),
        # a politician's state follows "of" and his name, which the question must ask about
        ("The deal stalled, said Chuck Schumer of New York and Nancy Pelosi of California.", AnswerType.PLACE,
         "Which state is Pelosi from?", "California"),
        ("The deal stalled, said Chuck Schumer of New York and Nancy Pelosi of California.", AnswerType.PLACE,
         "Where did the deal stall?", None),
        ("The Department of Justice said so.", AnswerType.PLACE, "Which state is the department in?", None),
        # a month and year is one date, and a named date says when more than one relative to the article's day
        ("Trump ended the program this year, before the program phases out in March 2018.", AnswerType.DATE,
         "When does the program phase out?", "March 2018"),
        ("The court ruled on June 26, 2018.", AnswerType.DATE, "When did the court rule?", "June 26, 2018"),
        # a count may be written out; a year and "one of" count nothing
        ("The review criticized five FBI employees for texts about the 2016 election.", AnswerType.NUMBER,
         "How many FBI employees did the review criticize?", "five"),
        ("The division, one of the department's seven key units, was created in 2006.", AnswerType.NUMBER,
         "How many units make up the department?", "seven"),
        ("The division was created in 2006.", AnswerType.NUMBER,
         "How many units make up the department?", None),
        ("The bill passed the House by a 360-59 vote, Jeffries, one of the bill's sponsors, said.",
         AnswerType.NUMBER, "By what margin did the bill pass the House?", "360-59"),
        # a person the question names by surname is not who it asks for
        ("Rep. Raul Labrador said his immigration bill, co-sponsored with Chair Bob Goodlatte, will pass.",
         AnswerType.PERSON, "And who sponsored it with Labrador?", "Chair Bob Goodlatte"),
        # a quotation's first word is no name, and neither is anyone the question names
        ('"Every step of the way, President Trump was engaged," Whip Steve Scalise said.', AnswerType.PERSON,
         "Who did Scalise say Trump wanted to reach?", None),
    ],
)  # fmt: skip
def test_answer_phrase(sentence: str, kind: AnswerType, question: str, phrase: str | None) -> None:
    span = answer_phrase(sentence, kind, frozenset(stem(w) for w in words(question)))
    assert (sentence[span[0] : span[1]] if span else None) == phrase


def test_a_negation_cue_that_is_also_an_opposite_flips_once() -> None:
    question = "Was Iran trying to inflict as many casualties as possible?"
    assert contradicts(question, "Iran missed its targets to avoid significant casualties.") is True


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        ("How many troops are at the bases?", "More than 1,500 troops are housed there.", 1.0),
        ("How many missiles did Iran fire?", "More than 1,500 troops are housed there.", 0.5),
        ("How many missiles did Iran fire?", "Iran fired the missiles into vacant areas.", -1.0),
        ("How many missiles did Iran fire?", "Iran fired missiles at two bases.", -1.0),  # no missile count
        ("How many US presidents studied there?", "Four presidents studied there.", 1.0),  # a phrase counted
        ("How many people died?", "Two soldiers were killed.", 1.0),  # people: a count of anyone
        ("How much did the repairs cost?", "The repairs cost $5 million.", 1.0),
        ("How much did the repairs cost?", "More than 1,500 troops are housed there.", -1.0),  # no sum
        ("How much does entry cost?", "Entry is free, but booking is recommended.", 1.0),
        ("When did it happen?", "It happened on Wednesday.", 1.0),
        ("Where did the missiles land?", "Iran fired the missiles into vacant areas.", 0.5),
        ("Where did the missiles land?", "The missiles landed in Iraq.", 1.0),
        ("Where did the missiles land?", "The missiles landed.", -1.0),
        ("What did Trump say?", "Trump said nothing.", 0.0),
        ("How old is Paul Manafort?", "The charges accuse Manafort, 69, and Kilimnik, 48, of lying.", 1.0),
        ("How old is the suspect?", "The suspect, a 23-year-old student, was held.", 1.0),
        ("How old is Paul Manafort?", "Manafort was charged in the 2016 inquiry.", -1.0),  # a year, no age
        ("At what age did she retire?", "She retired aged 61.", 1.0),
        ("What year did they order the cake?", "The case dates back to 2012.", 1.0),
        ("What year did they order the cake?", "The court ruled on Monday.", 0.5),  # a date, but no year
        ("In which year was it built?", "It was built in the 1990s.", 1.0),
        ("When was the Battle of Hastings?", "In 1066, William conquered England.", 1.0),  # an old year
        ("In what century did it begin?", "It began in the 11th century.", 1.0),
        ("On what date did the court rule?", "The court ruled on Tuesday.", -1.0),  # a weekday is no date
        ("On what date did the court rule?", "The court ruled on June 26, 2018.", 1.0),
        ("At what time did the flight leave?", "The flight left hours earlier.", -1.0),
        ("At what time did the flight leave?", "The flight left at 1:30 p.m. local time.", 1.0),
        ("How long have the protests gone on?", "The protests reached their sixth day.", 1.0),  # an ordinal
        ("How long have the protests gone on?", "At least 21 people were killed.", -1.0),  # a count, no time
        ("How long is the report?", "Wray read the 600-page report.", 1.0),
        (
            "How many missiles did Iran fire?",
            "Footage aired Jan. 8 showed rockets.",
            -1.0,
        ),  # a day is no count
        ("How many people died in 2019?", "People died in 2019.", -1.0),  # the question's own number
        # a count of the opposite group is no count of the asked one
        ("How many House Democrats voted for it?", "Eleven House Republicans voted against it.", -1.0),
        ("How many House Republicans voted against it?", "Eleven House Republicans voted against it.", 1.0),
        # an end point tells how long something lasts
        ("How long will the talks go on?", "The meetings are expected to last until Tuesday.", 1.0),
        ("How long will the talks go on?", "The talks wait until Congress acts.", -1.0),
        ("What was the vote count in the House?", "The House passed it 230-197.", 1.0),
        # dollars are a sum of money, not a count of whatever the sentence counts
        ("How many dollars does the bill total?", "The bill totals $1.2 trillion.", 1.0),
        ("How many dollars does the bill total?", "The bill affects almost 800,000 young people.", -1.0),
        ("How many pounds of cocaine were seized?", "Agents seized 300 pounds of cocaine.", 1.0),
        # a figure sought or expected is no count of what has been done so far
        (
            "So far, how many has it actually managed to reunite?",
            "It is seeking to reunite as many as 381 immigrants.",
            -1.0,
        ),
        ("How many drones are registered so far?", "The number could grow to 4 million by 2021.", -1.0),
        ("How many families has it reunited so far?", "It reunited 120 families, hopes to reunite 381.", 1.0),
        (
            "How many immigrants is it trying to reunite?",
            "It seeks to reunite as many as 381 immigrants.",
            1.0,
        ),
        # a deed in the passive names no doer without "by"
        ("Who brokered the deal?", "Trump's criticism of a deal brokered at the last minute sank it.", -1.0),
        ("Who brokered the deal?", "The deal was brokered in secret.", -1.0),
        ("Who designed the museum?", "The museum, designed in 1927 by Charles Platt, opened later.", 1.0),
        ("Who brokered the deal?", "Senator Chuck Schumer brokered the deal on Friday.", 1.0),
        # a count reached is no count of what it takes
        ("How many votes did it need to pass?", "It won the votes of 39 senators.", -1.0),
        ("How many votes does it need in the Senate?", "The House passed it on a vote of 230-197.", -1.0),
        ("How many votes did it need to pass?", "It fell short of the 60 votes needed to advance.", 1.0),
        ("How many votes did it need to pass?", "It needs a two-thirds majority, 290 votes.", 1.0),
        ("How many young people need a fix?", "It would protect 800,000 young people.", 1.0),  # those in need
        # a country's name answers which country, wherever it stands
        ("Which country refused to consent?", "Since Ireland refused to consent, one remains.", 1.0),
        # a date with its year counts nothing
        ("How many cases have there been?", "It was founded after the September 11, 2001, attacks.", -1.0),
        ("How many cases have there been?", "The summit on June 8-9 drew critics.", -1.0),
        ("How many cases have there been?", "The program phases out in March 2018.", -1.0),
        # a preposition before a deed names no place
        ("Where did the standoff happen?", "Drones stopped agents from observing the hostages.", -1.0),
        ("Where did the standoff happen?", "Criminals used drones to block FBI agents.", -1.0),
        ("Where were the talks held?", "Trump plans to hold face-to-face talks with Abe.", -1.0),
        ("Where did the standoff happen?", "Criminals flew drones to the scene.", 0.5),
        ("Where did the standoff happen?", "Criminals flew drones into the building.", 0.5),
        ("Where have the refugees fled to?", "Many have fled to neighboring countries.", 0.5),
    ],
)
def test_answer_type_fit_checks_what_a_number_counts(question: str, sentence: str, fit: float) -> None:
    assert answer_type_fit(sentence, question_shape(question)) == fit


@pytest.mark.parametrize(
    ("sentence", "people", "fit"),
    [
        ("The court ruled for a Colorado baker on Monday.", frozenset(), 0.5),  # names, but no person
        ("The court ruled for baker Jack Phillips.", frozenset(), 1.0),  # a full name
        ("Phillips appealed the decision.", frozenset({"phillip"}), 1.0),  # a surname given in full elsewhere
        ("Phillips appealed the decision.", frozenset(), -1.0),  # an opening capital alone is no name
        ("The Supreme Court ruled.", frozenset(), 0.5),  # an organisation
        ("The court ruled.", frozenset(), -1.0),
    ],
)
def test_a_who_question_fits_a_person_best(sentence: str, people: frozenset[str], fit: float) -> None:
    shape = question_shape("Who is the baker who refused the couple?")
    assert answer_type_fit(sentence, shape, frozenset(shape.content), people) == fit


def test_name_runs_end_at_punctuation_and_full_names_are_people() -> None:
    runs = name_runs(
        "Iran, Libya and Chief Justice John Roberts met at the White House by the Vistula River.", str.istitle
    )
    assert runs == [
        ["Iran"],
        ["Libya"],
        ["Chief", "Justice", "John", "Roberts"],
        ["White", "House"],
        ["Vistula", "River"],
    ]
    assert [is_full_name(r) for r in runs] == [False, False, True, False, False]
    # "Senate and House Democratic leaders": "Democratic" after "House" is no surname
    assert is_full_name(["House", "Democratic"]) is False
    # places, institutions and laws are named like people but are none
    for name in (
        "North Korea",
        "New York",
        "Homeland Security",
        "Governmental Affairs",
        "First Step Act",
        "Southwest Border",
    ):
        assert is_full_name(name.split()) is False, name
    assert is_full_name(["Christopher", "Wray"]) is True


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike caused no casualties and limited damage.", True),
        ("The damage was not limited.", False),
        ("The damage was limited, and the damage was minimal.", True),
    ],
)
def test_an_opposite_decides_over_a_negation_of_something_else(sentence: str, expected: bool) -> None:
    assert contradicts("Was the damage extensive?", sentence) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who did not sign the treaty?", True),
        ("Why didn’t the Senate vote?", True),
        ("The strike never reached the base.", True),
        ("Nothing was damaged.", True),
        ("Who signed the treaty?", False),
        ("The note was written in Norway.", False),
    ],
)
def test_is_negated(text: str, expected: bool) -> None:
    assert is_negated(text) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran may have intentionally missed targets to avoid casualties.", True),
        ("The potential for mass casualties was real.", True),
        ("The footage was aired in May.", False),
        ("The impact caused no casualties.", False),
    ],
)
def test_hedged_and_hypothetical_sentences(sentence: str, expected: bool) -> None:
    assert is_hypothetical(sentence) is expected


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("chabot is a dem right", AnswerType.YES_NO),
        ("read it twice - does engel put all the blame on her or not", AnswerType.YES_NO),
        ("death toll iran protests", AnswerType.NUMBER),
        ("house vote count?", AnswerType.NUMBER),
        ("cost of the spending bill?", AnswerType.NUMBER),
        ("daca end date", AnswerType.DATE),
        ("trump reaction", AnswerType.OTHER),
    ],
)
def test_a_chat_box_message_asks_for_the_kind_of_answer_its_words_name(
    message: str, kind: AnswerType
) -> None:
    assert question_shape(plain_question(message)).answer_type is kind


@pytest.mark.parametrize(
    ("question", "sentence", "untold"),
    [
        ("Who brokered the deal?", "Trump's criticism of a deal brokered at the last minute sank it.", True),
        ("Who brokered the deal?", "The deal was brokered in secret.", True),
        # the doer named before the deed, or after "by", "between" or "according to"
        ("Who brokered the deal?", "The deal was brokered by Senator Collins.", False),
        ("Who pushed for the bill?", "Congressional Democrats have pushed for the bill.", False),
        (
            "Who dissented from the ruling?",
            "The court's four liberal justices dissented from the ruling.",
            False,
        ),
        ("Who called on Suu Kyi to act?", "Chairman Ed Royce called on Suu Kyi to act.", False),
        ("Who fought in the war?", "The war was fought between the colonies and New France.", False),
        (
            "Who reported the toll?",
            "At least 21 people are reported killed, according to state television.",
            False,
        ),
        ("Who passed it?", "The Patriot Act is a law that Congress passed in response to 9/11.", False),
    ],
)
def test_a_passive_without_its_doer_does_not_say_who(question: str, sentence: str, untold: bool) -> None:
    assert doer_untold(sentence, question_shape(question)) is untold


def test_forms_of_say_and_adverbs_of_time_are_no_topic() -> None:
    """Sentences never keep "says" or "said", so a question's "saying" could never match them."""
    shape = question_shape("Is Trump saying the meeting will still happen now?")
    assert shape.content == ("trump", "meet", "will")


def test_is_it_true_that_asks_yes_or_no_about_the_rest_only() -> None:
    """No sentence says "true", so the word would only count against the one that states the claim."""
    shape = question_shape("Is it true that Kilimnik told a witness they never lobbied?")
    assert shape.yes_no
    assert shape.content == ("kilimnik", "witness", "never", "lobby")


def test_a_court_upholding_a_law_did_not_strike_it_down() -> None:
    sentence = "The Supreme Court on Tuesday upheld the travel restrictions."
    assert contradicts("Did the Supreme Court strike down the travel ban?", sentence) is True
    assert contradicts("Did the court overturn the ban?", sentence) is True
    assert contradicts("Did the court uphold the ban?", "The court upheld the ban.") is False


def test_going_down_is_the_opposite_of_on_the_rise() -> None:
    question = "Did the report say the cyberthreat was going down?"
    assert contradicts(question, "The report said the worldwide cyberthreat was on the rise.") is True
    assert contradicts(question, "The report said the worldwide cyberthreat was going down.") is False


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Did the negotiations stop after the letter?",
            "But negotiations between the two countries have continued.",
            True,
        ),
        (
            "Has it been decided where they will meet?",
            "It is unclear when or where they will meet.",
            True,
        ),
        ("Will they meet before the summit?", "It is unclear when or where they will meet.", False),
    ],
)
def test_continuing_opposes_stopping_and_unclear_opposes_decided(
    question: str, sentence: str, expected: bool
) -> None:
    assert contradicts(question, sentence) is expected


def test_a_how_long_question_is_not_answered_by_how_long_something_else_lasts() -> None:
    sentence = "The Senate’s two-year budget deal kicked the immigration debate into next week."
    assert fit_for("How long did that meeting last?", sentence) == -1.0  # the deal's length, not its
    assert fit_for("How long does the budget deal run?", sentence) == 1.0
    assert fit_for("How long were his remarks?", "He gave 22-minute scripted remarks.") == 1.0
    assert fit_for("How long did he speak there?", "He gave 22-minute scripted remarks.") == 1.0


def test_a_length_of_time_is_not_answered_by_a_count_of_something_else() -> None:
    convicted = "He was convicted on 11 counts of robbery."
    assert fit_for("How many years in prison did he get?", convicted) == -1.0
    assert (
        fit_for("How many years did he serve?", "He served from 2001 to 2009.") == 0.5
    )  # counted from years
    assert fit_for("How many months did the records cover?", "They covered about four months.") == 1.0


def test_a_count_of_none_answers_how_many() -> None:
    sentence = "Hostilities ceased in 1953 with an armistice but no peace treaty has ever been signed."
    assert fit_for("How many peace treaties have been signed?", sentence) == 1.0
    assert fit_for("How many soldiers died?", sentence) == -1.0


def test_how_old_someone_is_is_not_their_age_at_a_past_event() -> None:
    moved = "Her family moved from Mexico when Davila was 3 years old."
    assert fit_for("How old is Davila now?", moved) == -1.0
    assert fit_for("What's Davila's age?", moved) == -1.0
    assert fit_for("How old was Davila when her family moved?", moved) == 1.0
    assert fit_for("How old is Davila?", "Berenice Davila, a 19-year-old recipient, told VOA.") == 1.0


def test_an_age_at_an_event_is_neither_the_age_now_nor_one_at_another_event() -> None:
    now = "Berenice Davila, a 19-year-old DACA recipient, told VOA."
    moved = "Her family moved from Mexico when Davila was 3 years old."
    assert fit_for("How old was she when she first got DACA?", moved) == -1.0  # the move is another event
    assert fit_for("How old was she when they came over?", moved) == 1.0  # "came over" names no other event
    enthroned = "Ten years later the 13-year-old Toghun Temür (Emperor Huizong) was enthroned."
    assert (
        fit_for("How old was Toghun Temur when he became emperor?", enthroned) == 1.0
    )  # told with the event
    assert fit_for("How old was Toghun Temur when he moved to the capital?", enthroned) == -1.0
    assert fit_for("How old was Davila at that point?", now) == -1.0
    assert fit_for("How old was Davila at that point?", moved) == 1.0  # an age at an event may be that one
    assert fit_for("How old was Davila?", now) == 1.0


def test_only_how_old_and_what_age_ask_for_an_age() -> None:
    assert question_shape("How old is Paul Manafort?").unit == (AGE,)
    assert question_shape("At what age did she retire?").unit == (AGE,)
    assert question_shape("What is Konstantin Kilimnik's age?").unit == (AGE,)
    assert question_shape("What's Konstantin Kilimnik's age?").unit == (AGE,)
    assert question_shape("What is Konstantin Kilimnik's age?").answer_type is AnswerType.NUMBER
    assert AGE not in question_shape("How long ago did the old regime fall?").unit


def test_a_question_for_a_name_fits_best_a_name_of_the_thing_asked_about() -> None:
    shape = question_shape("What is the name of Manafort's consulting firm?")
    exclude = frozenset(shape.content)
    assert answer_type_fit("Kilimnik ran the firm, Davis Manafort Partners, in Kyiv.", shape, exclude) == 1.0
    # a name, but of nothing the sentence calls a firm: a weaker fit
    assert answer_type_fit("Kilimnik ran the Kyiv office of Davis Manafort Partners.", shape, exclude) == 0.5
    assert answer_type_fit("Kilimnik ran offices in Kyiv and Moscow.", shape, exclude) == 0.5
    assert answer_type_fit("Manafort's firm lobbied for years.", shape, exclude) == -1.0


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("In September, strikes by Iranian-backed forces damaged oil facilities.", -1.0),
        ("The attack, the official said, was designed for a domestic audience.", -1.0),  # unnamed
        ("Gen. Hossein Salami said the strike was ordered in Tehran.", 0.0),  # names a person
        ("Ayatollah Ali Khamenei ordered the strike, state media said.", 0.0),
    ],
)
def test_asking_which_official_is_not_answered_by_a_sentence_naming_no_one(sentence: str, fit: float) -> None:
    assert fit_for("Which Iranian official ordered the strike?", sentence) == fit


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        ("What model of missile did they launch?", "They fired Fateh-313 missiles at two bases.", 1.0),
        ("What model of plane crashed?", "A Boeing 737 plane crashed on Monday.", 1.0),
        ("Which make of car did he drive?", "He drove a Ford Mustang car to the rally.", 1.0),
        ("What model of missile did they launch?", "They fired ballistic missiles.", -1.0),  # no model
        ("What model of missile did they launch?", "They fired 12 missiles at the base.", -1.0),  # a count
        ("What model of missile did they launch?", "TV showed rockets launched at al Assad.", -1.0),
    ],
)
def test_a_model_make_or_brand_is_a_name_given_to_the_thing(question: str, sentence: str, fit: float) -> None:
    assert question_shape(question).answer_type is AnswerType.NAME
    assert fit_for(question, sentence) == fit


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Which Iranian official ordered the strike?", "official"),
        ("Which two justices dissented from the ruling?", "justic"),
        ("What is the name of the federal judge handling Manafort's case?", "judg"),
        ("What is the name of Manafort's political consulting firm?", "firm"),
        ("What is the federal judge's name?", "judg"),  # a name asked as someone's
        ("What are the names of the three parents who sued?", "parent"),
        ("Who was the attorney general whose opposition Comey ignored?", "general"),
        ("Which law enforcement associations backed Sessions' move?", "association"),
        ("What new sanctions did Trump announce?", None),  # sanctions have no names
        ("What prompted lawmakers to act?", None),  # "prompted" is the verb, not the thing asked for
        ("What happened to marijuana company stocks?", None),
        ("Who is Michael O'Hanlon?", None),
        ("Who was the attack mainly designed for?", None),  # who it was for, not which attack
        ("Did Carmakal name the banks?", None),
        ("Who were the other three FBI employees criticized?", "employe"),  # which employees
        ("Which Justice Department nominees did Gardner block?", "nomine"),
        ("Which Homeland Security Department official testified?", "official"),  # the last noun of four
        ("Which Fox News host conducted the interview?", "host"),
        # a name and a verb after the noun are a clause about it
        ("What was the name of the bill Trump signed after his remarks?", "bill"),
        ("What is the name of the 1944 case Sotomayor cited?", "case"),
        ("Which specific Myanmar generals would be hit?", "general"),  # a name before the noun modifies it
        # who heads a body asks for its leader; who leads an effort may be anyone
        ("Who heads the FBI?", "leader"),
        ("So who is leading the Senate Republicans?", "leader"),
        ("Who is leading the reunification effort?", None),
        ("Who led the attack?", None),
        ("Who ran the FBI earlier, Comey or Wray?", None),  # a choice between two
    ],
)
def test_asked_focus_is_the_head_noun_of_a_named_thing(question: str, focus: str | None) -> None:
    assert question_shape(question).focus == focus


@pytest.mark.parametrize(
    ("sentence", "focus", "named"),
    [
        ("The attack, the official said, was designed for a domestic audience.", "official", False),
        ("Prosecutors asked the federal official presiding over the case to act.", "official", False),
        ("Trump praised the current FBI official, Christopher Wray, for his leadership.", "official", True),
        ("Wray, the top FBI official, defended the bureau.", "official", True),
        ("Wray is the senior official in charge.", "official", True),
        ("Senior Official Jane Doe said so.", "official", True),
        ("South Korea's Yonhap news agency said so.", "agency", True),  # a name before a noun modifier
        ("The Santer Commission resigned.", "commission", True),
        # a name before a person's role names no one
        ('"We went there," a White House official confirmed to VOA.', "official", False),
        ("The House bill's Republican co-sponsor told VOA so.", "sponsor", False),
        ("The last Prime Minister of the GDR was, from April 1990, Lothar de Maizière.", "minister", True),
        ("Trump’s top official said so.", "official", False),
        ("The strike killed Qasem Soleimani.", "official", None),
        # "in most cases", "in any case" mention no case; "in this case" may be the lawsuit
        ("In Carpenter v. United States, police in most cases need a warrant.", "case", None),
        ("In any case, the justices ruled.", "case", None),
        ("In this case, the justices ruled.", "case", False),
    ],
)
def test_names_focus_tells_a_named_mention_from_an_unnamed_one(
    sentence: str, focus: str, named: bool | None
) -> None:
    exclude = frozenset(question_shape("Which FBI official said it?").content)
    assert names_focus(sentence, focus, exclude) is named


@pytest.mark.parametrize(
    ("sentence", "focus", "counted"),
    [
        ("While two courts have acted to extend the deadline, they may still act.", "court", True),
        ("Several leading law enforcement associations backed the move.", "association", True),
        ("The review criticized five FBI employees.", "employe", True),
        ("Late Friday, the border agency said it had reunited 500 families.", "agency", False),  # one
        ("The federal court in San Diego ruled on Tuesday.", "court", False),
        ("Two courts, in Brooklyn and San Francisco, have acted.", "court", False),  # named
        ("The ruling was narrow.", "court", False),  # not mentioned
        ("Shares of publicly traded marijuana companies plummeted.", "company", True),  # -ies plural
        ("They warned of Chinese companies trying to steal trade secrets.", "company", True),  # a people
        ("Two companies, Huawei and ZTE, were named.", "company", False),
        ("They cited agencies such as the FBI and the DEA.", "agency", False),
        ("Several groups, including the ACLU, sued.", "group", False),
        ("He told investigators the FBI was in a flood.", "investigator", True),  # "the FBI" names none
    ],
)
def test_a_plural_mention_without_names_names_no_member(sentence: str, focus: str, counted: bool) -> None:
    assert names_no_member(sentence, focus, frozenset()) is counted


@pytest.mark.parametrize(
    ("question", "reactor"),
    [
        ("How did Kim Jong Un respond to Trump's letter?", {"kim", "jong", "un"}),
        ("What was the Myanmar military's official response to the sanctions?", {"myanmar", "military"}),
        ("How has North Korea's government responded?", {"north", "korea", "government"}),
        (
            "What was the reaction from a spokesman for Myanmar's leader to the idea of sanctions?",
            {"spokesman", "myanmar", "leader"},
        ),
        ("Where did Trump first react to the report?", set()),  # asks where, not how
        ("What did Trump say about the ruling?", set()),
    ],
)
def test_a_question_about_a_response_names_who_responds(question: str, reactor: set[str]) -> None:
    assert question_shape(question).reactor == reactor


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("Trump sent a letter to Kim Jong Un saying the summit would not happen.", -1.0),  # Trump's words
        ("Royce called on Kim Jong Un to be more forceful.", -1.0),  # Royce calls, Kim does not respond
        ("Kim Jong Un said he was still open to talks.", 0.0),
        ('"We remain open to talks," said North Korean leader Kim Jong Un.', 0.0),
        ('"We remain open to talks," he said.', 0.0),  # "he" may be Kim
        # the subject, however long, of the clause that says it
        ("Kim Jong Un and his top aides in the ruling party say they remain open to talks.", 0.0),
        ("Royce, who met Kim Jong Un in the spring, said the talks were over.", -1.0),
    ],
)
def test_only_a_sentence_where_the_asked_about_party_speaks_answers_how_it_responded(
    sentence: str, fit: float
) -> None:
    assert fit_for("How did Kim Jong Un respond to Trump's letter?", sentence) == fit


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        ("Who heads the agency?", "Director Christopher Wray heads the agency.", 1.0),
        ("Who heads the agency?", "The Office of the Director of National Intelligence said so.", -1.0),
        ("Who is the leader of the Senate Republicans?", "The Republican-dominated Senate cannot act.", -1.0),
        ("Who sued the government?", "The American Civil Liberties Union sued the government.", 0.5),
        ("Who heads the group?", "The group, based in Austin, Texas, leads the effort in the U.S.", -1.0),
        ("Who chairs the committee?", "Officials from the FBI testified before the committee.", -1.0),
        ("Which justices joined her?", "Unsurprisingly, the court's four liberal justices joined her.", -1.0),
        ("Who are the other justices besides Sotomayor?", "Justice Sonia Sotomayor wrote it.", -1.0),
        # a name the lists do not know may be a person's
        ("Who was the leader when the Franks came?", "A Norman named Oursel led the Franks.", 0.5),
        ("Who led Richard's troops?", "His troops were led by Guy de Lusignan.", 0.5),
    ],
)
def test_a_question_for_a_role_needs_a_person_named(question: str, sentence: str, fit: float) -> None:
    assert fit_for(question, sentence) == fit


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        # "he" cannot stand for senators, "they" can
        ("How did the senators on the panel respond?", '"That threat is imminent," he said.', -1.0),
        ("How did the senators on the panel respond?", '"That threat is imminent," they said.', 0.0),
        ("How did the senator respond?", '"That threat is imminent," he said.', 0.0),
        ("What was the senators' reaction?", '"That threat is imminent," she said.', -1.0),
    ],
)
def test_a_pronoun_stands_for_a_reactor_of_its_number(question: str, sentence: str, fit: float) -> None:
    assert fit_for(question, sentence) == fit


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        # a response in deeds, by the country's people or regime named just before
        ("The attack was to show Iranians that the regime was responding to the killing.", 0.0),
        ("Iraq was responding to the killing.", -1.0),
    ],
)
def test_a_sentence_where_the_asked_about_country_responds_in_deeds_answers_how_it_responded(
    sentence: str, fit: float
) -> None:
    assert fit_for("How did Iran respond?", sentence) == fit


def test_a_sentence_naming_only_a_people_names_no_one_for_which_official() -> None:
    sentence = "North Korean hackers tracked by FireEye stole $81 million from the Bangladesh Central Bank."
    assert fit_for("Which Bangladesh Central Bank official commented on the theft?", sentence) == -1.0


def test_a_sentence_that_mentions_the_asked_about_person_without_a_name_does_not_fit() -> None:
    shape = question_shape("Which Iranian official ordered the strike?")
    exclude = frozenset(shape.content)
    unnamed = "The attack, the official said, was a response to the killing of Gen. Qasem Soleimani."
    assert answer_type_fit(unnamed, shape, exclude) == -1.0
    assert answer_type_fit("Iranian official Ali Shamkhani ordered the strike.", shape, exclude) == 0.0


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("On what exact date was Soleimani killed?", (CALENDAR_DATE,)),
        ("What was the exact calendar date of the ruling?", (CALENDAR_DATE,)),
        ("At what time did the missiles hit?", (CLOCK_TIME,)),
        ("What time of year do the protests start?", ()),  # a season, not a clock time
        ("What is the time rate of change of the charge?", ()),
        ("Which year did Strzok join the FBI?", (YEAR,)),
        ("In which month did Coffman file the petition?", (MONTH,)),
        ("When did Trump fire Comey?", ()),
        ("How long is the report?", LENGTH_UNITS),
        ("During which years did the robberies happen?", (YEAR,)),
        ("What day of the week did Sessions rule?", (WEEKDAY,)),
        ("On exactly which day will Pompeo and Kim hold their talks?", (DAY,)),
        ("What day did the House vote?", (DAY,)),
        ("How close was the justices' vote?", (TALLY,)),
        ("By what margin did the bill pass?", (TALLY,)),
        ("By what tally did the House approve the measure?", (TALLY,)),
        ("What was the final vote count in the House?", (TALLY,)),
        ("What was the House vote count on the spending measure?", (TALLY,)),
        ("How did the justices split in the decision?", (TALLY,)),
        ("How was the court divided?", (TALLY,)),
        ("What was the vote in the decision Roberts wrote for?", (TALLY,)),
        ("How much will the plan add to the deficit?", (MONEY,)),
        ("How close did the missile come to the base?", ()),  # a distance
        ("How many Republicans voted against the bill?", ("republican",)),  # the verb counts nothing
        ("How many displaced people were there?", ("displac", "peopl")),
        ("How many dollars does the bill total?", (MONEY,)),
        ("How many pounds of cocaine were seized?", ("pound",)),  # a weight
    ],
)
def test_a_question_can_ask_for_one_kind_of_date_or_length(question: str, unit: tuple[str, ...]) -> None:
    assert question_shape(question).unit == unit


def test_a_vote_count_needs_a_tally() -> None:
    shape = question_shape("What was the final vote count in the House?")
    exclude = frozenset(shape.content)
    assert answer_type_fit("It needed 218 House members to agree on anything.", shape, exclude) == -1.0
    assert answer_type_fit("The House passed it 227-205.", shape, exclude) == 1.0


def test_which_month_asks_for_the_name_of_a_month() -> None:
    shape = question_shape("In which month did Coffman file the petition?")
    assert answer_type_fit("Coffman filed it earlier this year.", shape, frozenset(shape.content)) == -1.0
    assert answer_type_fit("Coffman filed it in May.", shape, frozenset(shape.content)) == 1.0


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("Pompeo will meet Kim later this week in New York.", -1.0),  # no day
        ("Pompeo will meet Kim on Thursday in New York.", 1.0),
        ("Pompeo will meet Kim on May 31 in New York.", 1.0),
    ],
)
def test_what_day_asks_for_a_weekday_or_a_day_of_a_month(sentence: str, fit: float) -> None:
    assert answer_type_fit(sentence, question_shape("On what day will Pompeo meet Kim?"), frozenset()) == fit


def test_a_tally_answers_how_close_a_vote_was_and_only_a_weekday_what_day_of_the_week() -> None:
    vote = question_shape("How close was the vote?")
    assert answer_type_fit("The justices ruled 5-4 that the records are protected.", vote) == 1.0
    assert answer_type_fit("The House passed it unanimously.", vote) == 1.0
    assert answer_type_fit("It grew in 2010-2011.", vote) == -1.0  # a number, but no tally
    weekday = question_shape("What day of the week did Sessions rule?")
    assert answer_type_fit("Sessions on Monday reversed a 2016 grant of asylum.", weekday) == 1.0
    assert answer_type_fit("On June 11 Sessions reversed it.", weekday) == -1.0
    # the day someone "said" something answers when they weighed in, not when anything else happened
    reacted = question_shape("On which day of the week did Trump weigh in on the findings?")
    assert answer_type_fit("Trump said Friday the report reached the wrong conclusion.", reacted) == 1.0
    assert answer_type_fit("Trump said Friday the report reached the wrong conclusion.", weekday) == -1.0


def test_a_share_is_no_count() -> None:
    # A share of the claims, or a count of countries, says nothing of how many claims there were.
    shape = question_shape("How many asylum claims were filed in March?")
    exclude = frozenset(shape.content)
    assert answer_type_fit("About 40,000 asylum claims were filed in March.", shape, exclude) == 1.0
    assert answer_type_fit("Four countries made up 35 percent of asylum claims.", shape, exclude) == -1.0
    assert answer_type_fit("Some 35% of claims were filed.", shape, exclude) == -1.0
    assert answer_type_fit("Some 35% of requests came from four countries.", shape, exclude) == 0.5


def test_the_title_of_a_thing_is_asked_for_as_its_name() -> None:
    shape = question_shape("What is the title of the book Comey released?")
    assert shape.answer_type is AnswerType.NAME
    exclude = frozenset(shape.content)
    # a sentence that mentions the book without its title does not answer
    assert answer_type_fit("In a recently released book, Comey wrote about it.", shape, exclude) == -1.0
    assert answer_type_fit("In his book, A Higher Loyalty, Comey wrote about it.", shape, exclude) == 1.0


def test_which_state_asks_for_a_place_as_what_state_does() -> None:
    assert question_shape("Which state is Hakeem Jeffries from?").answer_type is AnswerType.PLACE
    assert question_shape("What province did they flee?").answer_type is AnswerType.PLACE
    assert question_shape("What states were all the groups from?").answer_type is AnswerType.PLACE
    assert question_shape("Which cities have the protests spread to?").answer_type is AnswerType.PLACE
    assert question_shape("What does state law say?").answer_type is AnswerType.OTHER


@pytest.mark.parametrize(
    ("question", "content"),
    [
        ("What prompted lawmakers to act?", ("prompt", "lawmaker", "act")),  # an asking verb stays
        ("What was the main reason for the delay?", ("delay",)),
        ("For what purpose was the bill introduced?", ("bill", "introduc")),
        ("Why did the crash happen?", ("crash",)),
        ("What did the report say caused the crash?", ("report", "caus", "crash")),  # asks what, not why
    ],
)
def test_the_nouns_asking_for_a_reason_are_no_topic_words(question: str, content: tuple[str, ...]) -> None:
    assert question_shape(question).content == content


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("The protests broke out after they were triggered by a disputed election.", 1.0),
        ("Iran missed on purpose to avoid U.S. casualties.", 1.0),
        ("The protests broke out in June 2009.", 0.0),  # no cue: a reason may still be given, never -1
    ],
)
def test_a_why_question_prefers_a_sentence_giving_a_reason(sentence: str, fit: float) -> None:
    assert fit_for("Why did the protests break out?", sentence) == fit


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("Rep. Hakeem Jeffries, a Democrat from New York, spoke.", 1.0),
        ("Michelle Lujan Grisham, a New Mexico Democrat, spoke.", 1.0),
        ("Rep. Ed Royce (R-Calif.) spoke.", 1.0),
        # a place, but not where the lawmaker is from
        ("Rep. Ed Royce said at an October committee hearing.", -1.0),
    ],
)
def test_which_state_someone_represents_is_said_next_to_their_name(sentence: str, fit: float) -> None:
    assert fit_for("Which state does the congressman represent?", sentence) == fit


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("At least 21 people are reported killed in the protests.", -1.0),  # the dead, not the arrested
        ("At least 21 people were arrested and three were killed.", 1.0),
        ("Police detained 40 people on Sunday.", 1.0),  # detained: arrested
        ("At least 21 people took part.", 1.0),  # no fate told: a count of people
    ],
)
def test_a_count_of_people_who_met_another_fate_is_no_answer(sentence: str, fit: float) -> None:
    assert fit_for("How many people have been arrested during the protests?", sentence) == fit


@pytest.mark.parametrize(
    ("question", "acronym"),
    [
        ("What does DACA stand for?", "DACA"),
        ("what does daca even stand for", "DACA"),
        ("What does the FAA mean?", "FAA"),
        ("What does the acronym DACA stand for?", "DACA"),
        ("whats daca stand for", "DACA"),
        ("What is DACA short for?", "DACA"),
        ("whats daca short for", "DACA"),
        ("What is the full name of the program abbreviated DACA?", "DACA"),
        ("What is the full name of the new law?", ""),  # a name, not a short one
        ("What is it short for?", ""),
        ("What does it mean?", ""),  # a word, not a short name
        ("What is DACA?", ""),  # what it is, not its full name
        ("What does DACA protect?", ""),
    ],
)
def test_a_question_about_a_short_name_names_it(question: str, acronym: str) -> None:
    assert question_shape(question).acronym == acronym
    if acronym:  # it asks for the words, not for the name of "the program"
        assert question_shape(question).focus is None


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("It covers the Deferred Action on Childhood Arrivals (DACA) program.", 1.0),
        ("1.8 million people are eligible for DACA (Deferred Action on Childhood Arrivals).", 1.0),
        ("Trump ended DACA benefits beginning March 5.", 0.0),  # mentions it without saying what it is
    ],
)
def test_a_sentence_spelling_out_a_short_name_answers_what_it_stands_for(sentence: str, fit: float) -> None:
    assert answer_type_fit(sentence, question_shape("What does DACA stand for?")) == fit


def test_a_weekday_after_a_name_is_no_part_of_it() -> None:
    shape = question_shape("Which former president did Trump blame for the deal?")
    exclude = frozenset(shape.content)
    sentence = "President Donald Trump blamed former president Barack Obama Tuesday for the deal."
    assert answer_type_fit(sentence, shape, exclude) == 0.0
    assert answer_type_fit("President Donald Trump blamed his predecessor Tuesday.", shape, exclude) == -1.0


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("How was Soleimani killed?", "kill"),
        ("How was Trump's letter delivered to Kim Jong Un?", "deliver"),
        ("How were the hostages taken?", "take"),
        ("How many people were killed?", ""),  # a count
        ("How did Iran respond?", ""),  # a response, not a passive
    ],
)
def test_a_passive_how_question_asks_how_the_event_was_done(question: str, verb: str) -> None:
    assert question_shape(question).manner == verb


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        # the event only as a noun: taken as given
        ("The regime was responding to the killing last week of Gen. Qasem Soleimani.", -1.0),
        ("Iran vowed revenge for Soleimani's killing.", -1.0),
        # the noun with how it was done, or the verb itself: may say how
        ("The killing of Soleimani by a U.S. drone angered Iran.", 0.0),
        ("Soleimani was killed in a drone strike near the airport.", 0.0),
        # no mention of the event: left to the other signals
        ("Soleimani led the Quds Force.", 0.0),
    ],
)
def test_a_sentence_naming_the_event_only_as_a_noun_does_not_say_how(sentence: str, fit: float) -> None:
    assert fit_for("How was Soleimani killed?", sentence) == fit


def test_how_many_and_how_long_are_no_topic_words() -> None:
    assert question_shape("How long is the inspector general's report?").content == (
        "inspector",
        "general",
        "report",
    )
    assert question_shape("how many rockets did they shoot").content == ("rocket", "shoot")
    assert question_shape("How did the long war end?").content == ("long", "war", "end")


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Lisa Page", Gender.FEMALE),
        ("President Donald Trump", Gender.MALE),
        ("Angela H. Stubblefield", Gender.FEMALE),
        ("Mrs. Clinton", Gender.FEMALE),
        ("Mr. Kim", Gender.MALE),
        ("Kim Yong Chol", None),
        ("Trump", None),
    ],
)
def test_a_name_tells_a_gender_by_its_title_or_an_unambiguous_given_name(
    name: str, gender: Gender | None
) -> None:
    assert name_gender(name) is gender


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        ("When did Demers take over the division?", "… the division head said Thursday.", -1.0),
        ("When did Trump fire Comey?", "Trump tweeted earlier Friday that he fired Comey.", -1.0),
        ("When will Congress vote on the bill?", "Officials warned Wednesday, pressing Congress.", -1.0),
        (
            "When were they charged?",
            "The charges come after the counsel said in court filings on Monday (June 4) that they lied.",
            -1.0,
        ),
        (
            "When were those filings made?",  # asks when it was said
            "The charges come after the counsel said in court filings on Monday (June 4) that they lied.",
            1.0,
        ),
        ("When did Demers take over the division?", "Demers took over in February, he said Thursday.", 1.0),
        ("When did the division head say that?", "… the division head said Thursday.", 1.0),  # asks when said
        ("When did the attack happen?", "The attack happened Tuesday, officials said.", 1.0),
    ],
)
def test_the_day_something_was_said_does_not_date_what_was_said(
    question: str, sentence: str, fit: float
) -> None:
    assert answer_type_fit(sentence, question_shape(question)) == fit


@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        ("House Foreign Affairs Chairman Ed Royce said on Tuesday the crisis was grave.", True),
        ("Royce, a Republican from California, said the crisis was grave.", True),
        ("Royce is the chairman of the committee.", True),
        ("Ed Royce said the crisis was grave.", False),
    ],
)
def test_who_is_a_named_person_is_answered_by_a_role_next_to_the_name(sentence: str, fits: bool) -> None:
    shape = question_shape(plain_question("What position does Ed Royce hold in Congress?"))
    assert shape.identity == ("ed", "royc")
    assert (answer_type_fit(sentence, shape, frozenset(shape.identity)) == 1.0) is fits


@pytest.mark.parametrize(
    ("question", "sentence", "says_no"),
    [
        # "set aside" an amount reserves it; "set aside" or "leave aside" a question does not decide it
        ("Did McConnell reserve a whole week for the debate?",
         "I kept my commitment to set aside an entire week for a broad debate, McConnell said.", False),
        ("Did the justices decide the question?",
         "The justices ruled narrowly, leaving aside the larger question.", True),
        # "least" is the opposite of "most"
        ("Was the Trump-based plan the most popular option?",
         "The Trump-based plan emerged as the least popular, winning the votes of 39 senators.", True),
    ],
)  # fmt: skip
def test_reserving_time_is_no_negation_and_least_opposes_most(
    question: str, sentence: str, says_no: bool
) -> None:
    assert contradicts(question, sentence) is says_no


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("The plan emerged as the least popular, winning the votes of 39 senators.", 1.0),
        ("39 senators voted for the plan.", 1.0),
        ("The plan won the votes of senators from both parties.", -1.0),
    ],
)
def test_a_count_may_follow_what_it_counts_and_of(sentence: str, fit: float) -> None:
    assert fit_for("How many votes did the plan get?", sentence) == fit


@pytest.mark.parametrize(
    ("sentence", "kind", "withheld"),
    [
        ("The banks are in Latin America and Asia, he said, declining to name them.", AnswerType.OTHER, True),
        ("The FBI would not identify the agents.", AnswerType.PERSON, True),
        ("It is unclear when or where Trump and Abe will meet.", AnswerType.PLACE, True),
        ("It is unclear when or where Trump and Abe will meet.", AnswerType.DATE, True),
        # it leaves open a time and a place, not who meets
        ("It is unclear when or where Trump and Abe will meet.", AnswerType.PERSON, False),
        ("The FBI declined to comment.", AnswerType.OTHER, False),  # says nothing of what was asked
        ("Trump named Wray to lead the FBI.", AnswerType.PERSON, False),
    ],
)
def test_withholds_reads_a_sentence_that_says_the_answer_is_not_told(
    sentence: str, kind: AnswerType, withheld: bool
) -> None:
    assert withholds(sentence, kind) is withheld


def test_a_date_is_withheld_when_the_clause_saying_so_holds_the_question() -> None:
    sentence = (
        "It is unclear when or where Trump and Abe will meet before the Singapore summit, which is likely "
        "to occur on June 12."
    )
    meeting = question_shape("On what date will Trump and Abe meet at the White House?")
    assert withholds_asked(sentence, meeting.answer_type, meeting.content)
    summit = question_shape("When will the Singapore summit occur?")
    assert not withholds_asked(sentence, summit.answer_type, summit.content)
    # the sentence names Singapore outside the clause: the summit's date answers it
    singapore = question_shape("On which date will the Singapore meeting take place?")
    assert not withholds_asked(sentence, singapore.answer_type, singapore.content)


def test_the_day_something_was_confirmed_answers_when_it_was_confirmed() -> None:
    sentence = "“They traveled to Singapore,” a White House official confirmed to VOA News on Monday."
    assert fit_for("On what day did an official confirm to VOA that they went?", sentence) == 1.0
    assert fit_for("On what day did they travel to Singapore?", sentence) == -1.0


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("U.S. and North Korean officials met again Monday at the Korean demilitarized zone.", 0.5),
        # the place the question names, then a comma: no other place
        ("It is not an option, Davila, a recipient from Texas, told VOA.", -1.0),
    ],
)
def test_a_place_without_a_name_runs_to_the_next_comma(sentence: str, fit: float) -> None:
    assert fit_for("Where in Texas did the North Korean officials meet?", sentence) == fit


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long has he held that job?", True),
        ("How long has Charles Carmakal been a vice president at Mandiant?", True),
        ("How long has he chaired that committee?", True),
        # a thing's duration, not someone's tenure
        ("How long has the federal prohibition on cannabis been in place?", False),
        ("How long did his review take?", False),
    ],
)
def test_a_tenure_question_is_about_how_long_someone_has_been_something(
    question: str, expected: bool
) -> None:
    assert asks_tenure(question_shape(question)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Horowitz has been inspector general since 2012.", True),
        ("Cole has served in Congress for 15 years.", True),
        ("Horowitz concluded in his 500-page review, which took 18 months to complete.", False),
        ("Ryan's long-held goal appeared in jeopardy.", False),
    ],
)
def test_a_tenure_is_told_by_since_or_for_so_many_years(sentence: str, expected: bool) -> None:
    assert states_tenure(sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("When did Trump tweet about it?", "The president tweeted early Friday.", True),
        (
            "When did Trump tweet about it?",
            "Later, Trump tweeted that Democrats were obstructionists.",
            False,
        ),
        # the day a statement is reported is no date of what it reports, unless the saying is asked about
        (
            "When was the division created?",
            "The division was created after the attacks, he said Thursday.",
            False,
        ),
        ("When was the division created?", "The division was created in 2006.", True),
    ],
)
def test_names_a_time_wants_a_day_month_year_or_clock_time(
    question: str, sentence: str, expected: bool
) -> None:
    assert names_a_time(sentence, question_shape(question)) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "elsewhere"),
    [
        ("What did Sarah Sanders tweet about the visit?", "Earlier in the day, Trump tweeted thanks.", True),
        (
            "What did Loretta Lynch write in her book?",
            "In his book, Comey wrote that Loretta Lynch erred.",
            True,
        ),
        ("What did Timothy Carpenter say?", '"We are gratified," said Andrew Crocker, a lawyer.', True),
        # the person, a pronoun or "which" may be the speaker; a day is no speaker
        ("What did Trump tweet about the visit?", "Earlier in the day, Trump tweeted thanks.", False),
        ("What did Sanders tweet about the visit?", "Earlier in the day, she tweeted thanks.", False),
        ("What did the White House say?", "The White House, which said Thursday that it would act.", False),
        (
            "What did Stubblefield say?",
            '"It offers benefits," said Angela H. Stubblefield of the FAA.',
            False,
        ),
        (
            "What did Ed Royce say?",
            '"It is a moral issue," Chairman Ed Royce, a Republican from California, said.',
            False,
        ),
        # "Did X say ...?" asks it too, and any saying answers "say"
        (
            "Did Kamala Harris say the arguments were anchored in falsehoods?",
            'Jeffries told VOA many of the arguments "were anchored in falsehoods."',
            True,
        ),
        (
            "Did Jeffries say the arguments were false?",
            'Jeffries told VOA the arguments "were false."',
            False,
        ),
        # another verb of saying, or no name asked about
        ("What did Sarah Sanders tweet about the visit?", "Trump told reporters he was pleased.", False),
        ("What did the Republican one say?", "Royce said the deal was flawed.", False),
    ],
)
def test_a_question_what_someone_said_is_not_answered_by_someone_else_saying_it(
    question: str, sentence: str, elsewhere: bool
) -> None:
    assert quotes_someone_else(question, [sentence]) is elsewhere


@pytest.mark.parametrize(
    ("question", "ranks"),
    [
        ("What did he say in his second letter to Kim?", {"second"}),
        ("When was Warsaw ranked the 22nd most liveable city?", {"22nd"}),
        # "first" is often loose, and "the second one" stands for a thing already named
        ("When did he first visit?", set()),
        ("Where is the second one based?", set()),
    ],
)
def test_the_ordinals_a_question_picks_a_thing_out_by(question: str, ranks: set[str]) -> None:
    assert asked_ranks(question) == ranks


@pytest.mark.parametrize(
    ("sentence", "by_event"),
    [
        ("After Carpenter and his accomplices were arrested, the FBI requested his records.", True),
        # the opening clause or the rest names the time
        ("After Carpenter and his accomplices were arrested in 2011, the FBI requested his records.", False),
        ("After Carpenter and his accomplices were arrested, the FBI requested his records in May.", False),
        # the opener is another event
        ("After the robberies ended, Carpenter and his accomplices were arrested.", False),
    ],
)
def test_a_sentence_timed_by_the_asked_event_does_not_say_when_it_was(sentence: str, by_event: bool) -> None:
    assert (
        times_by_asked_event(sentence, question_shape("When were Carpenter and his accomplices arrested?"))
        is by_event
    )


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        ("Which country is she from?", "Though he ruled on it, a Salvadoran woman is at its center.", True),
        ("Which country is she from?", "She is from El Salvador.", True),
        ("Which countries are they from?", "Three Central American parents sued.", False),
        ("Which city is it in?", "The summit is June 8-9 in Canada.", False),
        ("Which city is it in?", "The summit is set for June 12 in Singapore.", True),
        ("In which city is the group based?", "The group, based in Austin, Texas, sued.", True),
        # a country the question names is not the one it asks for
        ("What other countries signed it besides the US and Iran?", "The deal offered Iran relief.", False),
        ("What other countries signed it besides the US and Iran?", "Iran and France signed it.", True),
    ],
)
def test_which_country_and_which_city_need_a_place_of_that_kind(
    question: str, sentence: str, answers: bool
) -> None:
    shape = question_shape(question)
    if asks_country(shape):
        assert names_country_besides(sentence, frozenset(stem(w) for w in words(question))) is answers
    else:
        assert asks_city(shape) and names_city(sentence) is answers


@pytest.mark.parametrize(
    ("question", "reactor"),
    [
        ("Has Kyi responded to it?", {stem("Kyi")}),
        ("Has the White House responded to that yet?", {stem("White"), stem("House")}),
        ("Has Pompeo said anything about it himself?", {stem("Pompeo")}),
        # a reaction inside what is claimed is no question whether someone reacted
        ("Did Trump claim U.S. forces were prepared to respond if North Korea acted?", set()),
    ],
)
def test_a_yes_no_question_whether_someone_reacted_names_them(question: str, reactor: set[str]) -> None:
    assert asked_yes_no_reactor(question) == reactor


@pytest.mark.parametrize(
    ("question", "sentence", "swapped"),
    [
        (
            "What can be indirectly derived from it?",
            "Momentum can be directly derived from it.",
            "indirectly",
        ),
        ("What meetings are closed to the public?", "Most meetings are open to the public.", "closed"),
        (
            "When three forces act on a particle, what happens?",
            "When two forces act on a particle, ...",
            "three",
        ),
        ("When was the FSO Tico Factory founded?", "The FSO Car Factory was established in 1951.", "Tico"),
        ("Who is leading the North Korean side?", "Sung Kim is leading the South Korean side.", "North"),
        ("Where did they agree to meet after the summit?", "We agreed to meet before the summit.", "after"),
        ("Who said he should be less forceful?", "Critics said he should be more forceful.", "less"),
        ("Why did the Senate reject its bill?", "All eyes are on the Senate's approval of it.", "reject"),
        ("What did they ask about Kilimnik's bail?", "They asked to revise Manafort's bail.", "Kilimnik's"),
        ("What did he write to the third potential witness?", "He wrote to one potential witness.", "third"),
        ("Who patented a steam engine in 1883?", "In 1781 James Watt patented a steam engine.", "1883"),
        ("What triggers a slow killing response?", "This signal triggers a rapid killing response.", "slow"),
        ("What is harder to analyze this way?", "Some problems are easier to analyze this way.", "harder"),
        ("And what did he announce in June?", "He announced the policy in April.", "June"),
        # the sentence puts a "not" into the question's words, unless it says when ("not ... until")
        ("Why does he say there is a lot of optimism?", "I'd say there is not a lot of optimism.", "not"),
        ("What must they do before he will negotiate?", "He will not negotiate until they act.", None),
        # one side writes the word with "non-", the other without
        ("How many died in non-hostile action?", "Nearly 34,000 died in hostile action.", "non-hostile"),
        ("Which essential functions were halted?", "It halted non-essential functions.", "essential"),
        # words that match one for one up to a content word frame it too
        ("What did he tweet later in the day?", "Earlier in the day, he tweeted thanks.", "later"),
        # an opposite compared alike, another direction or season, another sex
        ("What has a stronger bond with it?", "Helper cells have a weaker bond with it.", "stronger"),
        ("What is the smallest party in Parliament?", "The largest party in Parliament rules.", "smallest"),
        ("Why were Eastern Chinese ranked lower?", "Southern Chinese were ranked lower.", "Eastern"),
        ("What followed the difficult summer?", "A poor harvest and a difficult winter followed.", "summer"),
        ("What disease mostly strikes men?", "Some diseases strike women preferentially.", "men"),
        ("Why did the leaders look visibly tense?", "The leaders appeared visibly relaxed.", "tense"),
        ("What temporary solution is she asking for?", "All we ask is a permanent solution.", "temporary"),
        ("What did the report praise Comey for?", "The report blasted Comey for his steps.", "praise"),
        ("What is the softest problem in C?", "This means that X is the hardest problem in C.", "softest"),
        # the opposite anywhere in a sentence holding all the question's other words, in another order
        ("What is easy about proving lower bounds?", "Proving lower bounds is much more difficult.", "easy"),
        (
            "Who supports the stopgap spending bills?",
            "Baldwin objects to stopgap spending bills.",
            "supports",
        ),
        # the same thing written another way, a choice, or a word elsewhere in the sentence swaps nothing
        ("When did Abu Hamaz al-Masri leave?", "Abu Hamza al-Masri left in 2004.", None),
        ("How many judges voted 5 to 4?", "The judges voted five to four.", None),
        ("Is it easier or harder to change?", "It is harder to change than to keep.", None),
        ("When was the report made public?", "The report on her private email server came out Monday.", None),
        ("What was the landmark one?", "Kennedy wrote the 2015 ruling, the landmark two of them cite.", None),
        ("What did he compare the current unrest to?", "He compared it to the former president.", None),
        ("When did they win the title prior to 2000?", "They won the title in 1946.", None),  # a bound
        ("How old is Manafort?", "The new charges accuse Manafort, 69.", None),  # "how old" asks for an age
        ("What is easy about proofs?", "Proofs are difficult.", None),  # too few other words to be sure
        # "west" written as "western"
        ("Where did tribes go in north and west Europe?", "They went to northern and western Europe.", None),
    ],
)
def test_a_swapped_term_is_an_opposite_number_or_name_in_the_questions_words(
    question: str, sentence: str, swapped: str | None
) -> None:
    assert swapped_term(question, sentence) == swapped


@pytest.mark.parametrize(
    ("question", "choices"),
    [
        ("Was it Pompeo or Trump who called it an act of war?", ("Pompeo", "Trump")),
        ("Did the strike hit Saudi Arabia or Iraq?", ("Saudi Arabia", "Iraq")),
        ("Were the troops housed in western or eastern Iraq?", ("western", "eastern")),
        ("Did Iran miss the targets on purpose or by accident?", ("on purpose", "by accident")),
        ("Is O'Hanlon a military analyst or a general?", ("a military analyst", "a general")),
        ("Were 1500 or 2000 troops housed there?", ("1500", "2000")),
        # joining two things in a yes/no question offers no choice
        ("Were troops killed or wounded?", ()),
        ("Were there deaths or injuries?", ()),
        ("Was anyone hurt in Iraq or Syria?", ()),
        ("Was that just about Comey, or who else?", ()),
        # choices ending alike differ where they differ
        (
            "Were the talks held on the North Korean side or the South Korean side?",
            ("the North Korean side", "the South Korean side"),
        ),
    ],
)
def test_an_either_or_question_offers_two_choices(question: str, choices: tuple[str, ...]) -> None:
    assert tuple(a.phrase for a in asked_alternatives(question)) == choices


def test_the_choice_told_is_the_one_the_sentence_names_alone() -> None:
    choices = asked_alternatives("Was it Pompeo or Trump who called it an act of war?")
    told = told_alternative(choices, "The weapons constituted an act of war, according to Mike Pompeo.")
    assert told is not None and told.phrase == "Pompeo"
    assert told_alternative(choices, "Trump and Pompeo spoke.") is None
    assert told_alternative(choices, "It was called an act of war.") is None


@pytest.mark.parametrize(
    ("question", "sentence", "told"),
    [
        (
            "Is Blaine Bookey a co-legal director or an immigration judge?",
            "Sessions directed his ruling at immigration judges, but its effect could be felt beyond"
            " the court system, said Blaine Bookey, co-legal director of a center.",
            "a co-legal director",
        ),
        (
            "Did Trump speak on Tuesday or Wednesday?",
            "Tuesday’s attack did not wound any troops, President Donald Trump confirmed Wednesday.",
            "Wednesday",
        ),
        # both choices as near the question's other words: neither is told
        ("Was it Pompeo or Trump who spoke?", "Trump and Pompeo spoke.", None),
    ],
)
def test_a_sentence_naming_both_choices_tells_the_one_next_to_what_is_asked_of(
    question: str, sentence: str, told: str | None
) -> None:
    choices = asked_alternatives(question)
    chosen = told_alternative(choices, sentence, choice_anchors(question, choices))
    assert (chosen.phrase if chosen else None) == told


@pytest.mark.parametrize(
    ("question", "focus", "kind"),
    [
        ("Which Bangladesh Central Bank official commented on the theft?", "official", AnswerType.OTHER),
        ("Which news agency reported it?", "agency", AnswerType.ORGANISATION),
    ],
)
def test_a_role_after_an_organisations_name_asks_for_a_person(
    question: str, focus: str, kind: AnswerType
) -> None:
    shape = question_shape(question)
    assert (shape.focus, shape.answer_type) == (focus, kind)


@pytest.mark.parametrize(
    "question",
    [
        "What is this article about?",
        "whats the story about",
        "Give me a summary",
        "Can you summarize the article?",
        "tl;dr",
        "What are the main points of the article?",
        "What happened?",
        "Give me the gist in a sentence or two",
        "Summarize it in a few words",
    ],
)
def test_a_question_about_the_whole_article_is_an_overview(question: str) -> None:
    shape = question_shape(plain_question(question))
    assert (shape.overview, shape.in_article_order) == (True, True)


@pytest.mark.parametrize(
    "question",
    ["What does the article say about Pompeo?", "What happened to the troops?", "What is it about?"],
)
def test_a_question_about_something_in_the_article_is_no_overview(question: str) -> None:
    assert not question_shape(plain_question(question)).overview


@pytest.mark.parametrize(
    ("question", "reads_on"),
    [
        ("Tell me more", True),
        ("Go on", True),
        ("What happened next?", True),
        ("Can you elaborate?", True),
        ("Tell me more about the strike", False),
        ("What else?", False),
    ],
)
def test_a_request_for_more_reads_on(question: str, reads_on: bool) -> None:
    assert question_shape(plain_question(question)).reads_on is reads_on


@pytest.mark.parametrize(
    ("question", "roster", "recall"),
    [
        ("Who is mentioned in the article?", PEOPLE, ""),
        ("Which people are named?", PEOPLE, ""),
        ("Who are the main players here?", PEOPLE, ""),
        ("Can you list the people mentioned in the article?", PEOPLE, ""),
        ("Who is this story about?", PEOPLE, ""),
        ("Who is quoted in the article?", SOURCES, ""),
        ("What sources does the article use?", SOURCES, ""),
        ("Which officials were quoted?", SOURCES, ""),
        ("Who said that?", "", WHO_SAID),
        ("Says who?", "", WHO_SAID),
        ("What's the source for that?", "", WHO_SAID),
        ("Can you give me a list of everyone named in the piece?", PEOPLE, ""),
        ("Can you list everyone the piece talks about?", PEOPLE, ""),
        ("What sources is the reporting based on?", SOURCES, ""),
        ("Who made that criticism?", "", WHO_SAID),
        ("Who was it that told reporters that?", "", WHO_SAID),
        ("Who said that, exactly?", "", WHO_SAID),
        ('Who is "he" there?', "", WHO_SAID),
        ("Where does it say that?", "", WHERE_SAID),
        ("Show me the exact words", "", WHERE_SAID),
        # a question about someone, or about what someone said, names them
        ("Who is Michael O'Hanlon?", "", ""),
        ("Who said Iran was standing down?", "", ""),
        ("Who were the victims?", "", ""),
        ("Which officials were killed?", "", ""),
        ("Who made the decision?", "", ""),
        ("Who wrote the letter?", "", ""),
    ],
)
def test_a_question_about_the_articles_people_or_the_last_answers_source_is_told(
    question: str, roster: str, recall: str
) -> None:
    shape = question_shape(plain_question(question))
    assert (shape.roster, shape.recall, shape.in_article_order) == (roster, recall, bool(roster or recall))


@pytest.mark.parametrize(
    ("message", "talk"),
    [
        ("hi", GREETING),
        ("Hello there!", GREETING),
        ("thanks!", THANKS),
        ("ok, thank you so much", THANKS),
        ("Hi, who is O'Hanlon?", ""),
        ("Thanks to whom did the bill pass?", ""),
    ],
)
def test_small_talk_is_told_from_questions(message: str, talk: str) -> None:
    assert question_shape(message).small_talk == talk


@pytest.mark.parametrize(
    ("sentence", "none_met", "counted"),
    [
        ("The missile’s impact caused no caused casualties and limited damage.", True, False),
        ("Tuesday’s attack did not kill or wound any U.S. troops.", True, False),
        ("At least 21 people are reported killed in those protests.", False, True),
        (
            "The potential for mass casualties was real: More than 1,500 troops are housed there.",
            False,
            False,
        ),
    ],
)
def test_a_count_of_the_dead_is_told_by_a_number_beside_the_fate_or_by_none(
    sentence: str, none_met: bool, counted: bool
) -> None:
    asked = question_shape("How many people died?").words
    assert (tells_no_one_met_fate(sentence, asked), counts_fate(sentence, asked)) == (none_met, counted)


def test_a_word_held_only_as_a_possibility_is_not_stated() -> None:
    sentence = "The potential for mass casualties from an attack was real: 1,500 troops are housed there."
    assert only_possible("Were there casualties?", sentence)
    assert not only_possible(
        "Were there casualties?", "The risk of casualties was high, and casualties came."
    )
    assert not only_possible("Are troops housed there?", sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        ("How many justices voted for Phillips?", "The justices voted 7-2 that the commission erred.", 1.0),
        ("How many senators voted for the bill?", "The senators voted Tuesday to pass the bill.", -1.0),
    ],
)
def test_a_split_vote_after_those_voting_counts_them(question: str, sentence: str, fit: float) -> None:
    assert fit_for(question, sentence) == fit


@pytest.mark.parametrize(
    ("question", "head", "owner"),
    [
        ("What did Manafort's lawyer say about the charges?", {"lawyer"}, {"manafort"}),
        (
            "What was the Foreign Affairs chairman's position on the deal?",
            {"foreign", "affair", "chairman"},
            set(),
        ),
        ("How did Kim Jong Un personally respond?", {"kim", "jong", "un"}, set()),
        ("What does the article say about it?", None, None),
        ("What did he say?", None, None),
        ("Who said that?", None, None),
    ],
)
def test_the_asked_speaker_is_the_one_whose_words_a_question_wants(
    question: str, head: set[str] | None, owner: set[str] | None
) -> None:
    speaker = asked_speaker(question)
    assert (speaker and set(speaker.head), speaker and set(speaker.owner)) == (head, owner)


def test_a_question_for_the_source_asks_who_said_or_reported_it() -> None:
    assert question_shape("Who reported the figure of 21 people killed?").asks_source
    assert question_shape("And who told reporters that?").asks_source
    assert question_shape("Which Japanese official said they might meet?").asks_source
    assert not question_shape("Who killed Soleimani?").asks_source


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("Did he say why he ended it?", "Why he ended it?"),
        ("Did the Mandiant executive identify which institutions were hit?", "Which institutions were hit?"),
        ("Is it true that Kim explained what the formula meant?", "What the formula meant?"),
        ("And did he tell reporters when the vote would be?", "When the vote would be?"),
        ("Did it give any deadline for that?", "What deadline for that?"),
        # whether someone said so is asked by the question itself, not by what they would have told
        ("Did Trump say he would veto it?", None),
        ("Has Trump said whether he will sign the bill?", None),
        ("Do you know when the summit was?", None),
        ("When did he say it?", None),
    ],
)
def test_asked_told_reads_what_a_question_asks_whether_someone_told(question: str, told: str | None) -> None:
    assert asked_told(question) == told
    told_shape = question_shape(question).told
    assert (told_shape and told_shape.answer_type) == (told and question_shape(told).answer_type)


@pytest.mark.parametrize(
    ("question", "more_said"),
    [
        ("What else did Comey write?", True),
        ("Did Comey say anything else?", True),
        ("What else did Comey write in that message?", True),
        # a topic is ranked for, not read on to
        ("What else did Trump say about Iran?", False),
        ("What else did the report find?", False),
        ("Who else did Comey criticize?", False),
        ("What did Royce say right after that?", True),  # read on, as for "else"
        ("What did Royce say next?", True),
        ("What did Royce say after the vote?", False),
        ("What did Royce say about the next vote?", False),
    ],
)
def test_more_said_is_a_question_only_for_more_of_someones_words(question: str, more_said: bool) -> None:
    assert question_shape(question).more_said is more_said


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Is the Singapore summit between Trump and Kim still going ahead?",
            "Trump canceled his planned summit with North Korean leader Kim Jong Un.",
            True,
        ),
        (
            "Did Trump's letter say the summit would go ahead?",
            "Trump sent a letter saying their scheduled June 12 summit in Singapore would not happen.",
            True,
        ),
        ("Did the vote take place?", "Leaders called the vote off on Monday.", True),
        # a question about what someone expects, not about the event
        (
            "Does Lee expect the summit to take place?",
            "Trump sent a letter saying their scheduled June 12 summit in Singapore would not happen.",
            False,
        ),
        # postponed, then held: it did take place
        ("Did the meeting take place?", "The meeting was postponed on Monday and held on Friday.", False),
        # another event called off
        ("Did the summit take place?", "The airline canceled its flights to Singapore.", False),
        # the same names, another event: the talks are not the summit
        (
            "Are Pompeo's talks with the North Korean general being held in Washington?",
            "Trump told Kim Jong Un, North Korea's leader, that their summit would not happen.",
            False,
        ),
    ],
)
def test_an_event_called_off_answers_whether_it_goes_ahead_with_no(
    question: str, sentence: str, expected: bool
) -> None:
    assert refutes(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Has Pompeo already met with the North Korean general?",
            "Pompeo will meet later this week with a North Korean four-star general in New York.",
            True,
        ),
        (
            "Has Congress already passed a sanctions bill?",
            "The resolution is the first step in congressional action that could eventually include a "
            "stand-alone sanctions bill.",
            True,
        ),
        ("Has the Senate voted on it yet?", "The Senate is expected to vote on the bill next week.", True),
        (
            "Has the Senate already passed the bill?",
            "Its chances of passage are slim as it heads to the Senate.",
            True,
        ),
        # it happened, and will again
        (
            "Has the House already voted on the bill?",
            "The House voted on the bill Tuesday and will vote again next week.",
            False,
        ),
        # no "already" or "yet": whether it happens at all is asked, not whether by now
        ("Will Pompeo meet the general?", "Pompeo will meet the general later this week.", False),
    ],
)
def test_a_question_whether_something_happened_by_now_is_no_when_it_is_still_to_come(
    question: str, sentence: str, expected: bool
) -> None:
    assert refutes(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Did their situation improve after the order?",
            "Three days later, their situation had not changed.",
            True,
        ),
        ("Has the policy changed since then?", "The policy remains unchanged, officials said.", True),
        ("Did their situation improve after the order?", "Their situation improved within days.", False),
        (
            "Did they meet after the order?",
            "Three days later, their situation had not changed.",
            False,
        ),  # no change asked
    ],
)
def test_a_sentence_saying_nothing_changed_denies_any_change_asked_about(
    question: str, sentence: str, expected: bool
) -> None:
    assert refutes(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Does Jean Lee expect the summit to take place on June 12?",
            "Lee tells VOA tough discussions should be expected at this anticipated summit.",
            True,
        ),
        ("Did they meet on Tuesday?", "They met in New York.", True),
        ("Did they meet in 2018?", "They met in New York.", True),
        (
            "Does Lee expect it to take place on June 12?",
            '"If it takes place on June 12th, we\'ll be ready."',
            False,
        ),
        ("Did they meet on Tuesday?", "They met in New York on Wednesday.", False),
        ("Did they meet in New York?", "They met in New York.", False),
    ],
)
def test_a_time_a_yes_no_question_names_must_be_told(question: str, sentence: str, expected: bool) -> None:
    assert time_untold(question, sentence) is expected


MEETING = "Pompeo will meet Kim Yong Chol later this week."


@pytest.mark.parametrize(
    ("question", "sentence", "others", "expected"),
    [
        (
            "On what day of the week will Pompeo and Kim Yong Chol meet?",
            "Kim Yong Chol departed Beijing on an Air China commercial flight Tuesday.",
            [MEETING],
            True,
        ),
        (
            "When is the vote on it scheduled?",
            "The government will run out of money December 8.",
            ["Both houses will have to vote on a spending measure."],
            True,
        ),
        (
            "On what day of the week will Pompeo and Kim Yong Chol meet?",
            "Pompeo and Kim Yong Chol will meet on Thursday.",
            [MEETING],
            False,
        ),
        # no other sentence names the event in the question's words: it may be told in others
        (
            "What day of the week did Sessions hand down his decision?",
            "Sessions on Monday reversed a 2016 grant of asylum.",
            ["The ruling was criticized."],
            False,
        ),
        ("When was the summit scheduled?", "Their scheduled June 12 summit would not happen.", [], False),
        # the other sentence names the event as one told before, maybe by this one
        (
            "When did the Saudi attack happen?",
            "In September, drone and missile strikes damaged oil facilities in Saudi Arabia.",
            ["That attack slashed Saudi oil production."],
            False,
        ),
        ("When did it happen?", "It was on Tuesday.", [MEETING], False),  # no event word: the conversation's
    ],
)
def test_a_when_question_is_not_answered_by_the_time_of_another_event(
    question: str, sentence: str, others: list[str], expected: bool
) -> None:
    assert event_untold(sentence, question_shape(question), others) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        '"That is why Congressman Crowley and I introduced H.Con.Res. 90, to condemn this ethnic cleansing."',
        "The talks collapsed, which is why the summit was called off.",
    ],
)
def test_that_is_why_gives_a_reason(sentence: str) -> None:
    assert fit_for("Why did they introduce it?", sentence) == 1.0


@pytest.mark.parametrize(
    ("question", "next_asked", "topic", "in_order"),
    [
        ("What happens next?", True, set(), True),
        ("So what's next?", True, set(), True),
        ("What is the next step?", True, set(), True),
        ("What could come next in Congress after this resolution?", True, {"congress", "resolution"}, False),
        ("What happens now for DACA recipients?", True, {"daca", "recipient"}, False),
        ("Where does it go from here?", True, set(), True),
        ("What is expected to happen?", True, set(), True),
        (
            "Now that the House has passed the bill, what happens with it next?",
            True,
            {"hous", "pass", "bill"},
            False,
        ),
        ("What has to happen next for the bill?", True, {"bill"}, False),
        ("What happens to DACA recipients on March 15?", False, set(), False),  # a date asked: ranking
        ("So what happens if Congress doesn't pass a budget?", False, set(), False),  # a condition: ranking
        # "next week" is a time of the condition, not "what happens next"
        (
            "What will happen to the Dreamers if the debate next week ends without a deal?",
            False,
            set(),
            False,
        ),
        ("What happened next?", False, set(), True),  # the story read on
        ("What happened at the meeting?", False, set(), False),
        ("What did the next speaker say?", False, set(), False),
    ],
)
def test_a_question_asking_what_comes_next(
    question: str, next_asked: bool, topic: set[str], in_order: bool
) -> None:
    shape = question_shape(question)
    assert (shape.next_asked, set(shape.topic_of_next), shape.in_article_order) == (
        next_asked,
        topic,
        in_order,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pompeo will meet later this week with a North Korean general.", True),
        ("The resolution could eventually include a stand-alone sanctions bill.", True),
        ("The government runs out of money December 8 unless Congress approves a budget.", True),
        ("The Senate is expected to vote next week.", True),
        ("The bill's chances of passage are slim as it heads to the U.S. Senate.", True),
        ('"If it takes place on June 12th, we\'ll certainly be prepared."', False),
        ("The House passed the resolution on Wednesday.", False),
    ],
)
def test_a_sentence_telling_what_is_still_to_come(sentence: str, expected: bool) -> None:
    assert tells_upcoming(sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Has the Senate voted on the resolution yet?", "The House passed the resolution 423-3.", True),
        ("Does South Korea expect the summit to be revived?", "North Korea said it was still willing.", True),
        ("Did the South vote for it?", "The North voted for it.", True),
        (
            "Has the Senate voted on it yet?",
            "The House passed it, and the Senate will vote next week.",
            False,
        ),
        ("Did the House pass the resolution?", "The House passed the resolution 423-3.", False),
        ("Does that help the Democrats?", "It gives Republicans the upper hand.", False),
    ],
)
def test_a_sentence_about_the_counterpart_of_a_name_tells_nothing_of_it(
    question: str, sentence: str, expected: bool
) -> None:
    assert names_counterpart(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Has Aung San Suu Kyi agreed to work with the military on humanitarian aid?",
            "The resolution also calls on Aung San Suu Kyi, the de facto head of Myanmar's government, and "
            "the Burmese military to work together to implement humanitarian aid.",
            True,
        ),
        (
            "Did Ryan add the fix to the bill?",
            "Democrats urged Ryan to add the fix to the spending bill.",
            True,
        ),
        # a question about the request itself
        (
            "Did the resolution call on Aung San Suu Kyi to work with the military?",
            "The resolution also calls on Aung San Suu Kyi and the Burmese military to work together.",
            False,
        ),
        # the request is made of someone else
        ("Did Ryan add the fix?", "Democrats urged Republicans to add the fix to the spending bill.", False),
    ],
)
def test_asking_someone_to_do_it_does_not_say_they_did(question: str, sentence: str, expected: bool) -> None:
    assert only_requested(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Does North Korea now see the summit as unnecessary?",
            "The current antagonism showed “the urgent necessity” for the summit.",
            True,
        ),
        ("Was the move unprecedented?", "There is precedent for the move.", True),
        ("Was the summit necessary?", "He called the summit unnecessarily costly.", True),
        ("Is he unemployed?", "He found employment in May.", False),  # four letters apart: left open
        ("Was it unusual?", "It usually rains in May.", False),  # five shared letters: too few
    ],
)
def test_un_on_a_word_of_the_same_family_is_an_opposite(question: str, sentence: str, expected: bool) -> None:
    assert contradicts(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "within"),
    [
        ("Where in New York will the talks be held?", {"new", "york"}),
        ("where in the Bronx did it happen", {"bronx"}),
        ("Where in the city did it happen?", set()),  # no place named: any place in a sentence answers
        ("Where will they meet?", set()),
        ("Where did he say it in the speech?", set()),
    ],
)
def test_a_where_question_may_name_the_place_it_asks_within(question: str, within: set[str]) -> None:
    assert place_asked_within(question) == within


@pytest.mark.parametrize(
    ("question", "sentence", "only_excluded"),
    [
        (
            "Besides the U.S.-Mexico border, which other borders have criminals used drones to cross?",
            "Criminals have used drones to traffic drugs across the U.S.-Mexico border, officials said.",
            True,
        ),
        (
            "Besides the U.S.-Mexico border, which other borders have criminals used drones to cross?",
            "Drones have crossed the U.S.-Mexico border and the border with Canada.",
            False,
        ),
        (
            "Besides the failed health care repeal, what other setbacks did Republicans have this year?",
            "Republicans tried and failed to deliver on repealing the Affordable Care Act.",
            True,
        ),
        (
            "Besides the failed health care repeal, what other setbacks did Republicans have this year?",
            "A second setback came when the border wall money was cut.",
            False,
        ),
        (
            "Apart from domestic abuse, what other kind of violence claims does the decision cover?",
            "It applies to all seeking asylum on grounds of domestic and gang violence.",
            False,
        ),
        # no "other" kind asked: the rule does not apply
        (
            "Apart from crime, what purposes are drones used for?",
            "Drones are used for crime and for photography.",
            False,
        ),
    ],
)
def test_a_question_asking_for_others_is_not_answered_by_what_it_leaves_out(
    question: str, sentence: str, only_excluded: bool
) -> None:
    besides = asked_besides(question)
    assert (besides is not None and tells_only_excluded(sentence, besides)) is only_excluded


def test_who_else_asks_for_someone_besides_those_named() -> None:
    besides = asked_besides("Who else spoke at the forum besides Demers?")
    assert besides is not None and besides.kind is None and besides.excluded == {"demer"}
    assert asked_besides("Who spoke at the forum besides Demers?") is None  # no "else" nor "other"
    # "who" may ask for no one's name: "citizens of North Korea"
    assert asked_besides("Apart from the five Muslim-majority nations, who else is kept out?") is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which senators are quoted speaking about the bill?", {"senator"}),
        ("Which House Republicans are quoted in the article about the tax vote?", {"hous", "republican"}),
        ("Which people are quoted?", set()),
        ("Who is quoted?", set()),
    ],
)
def test_a_question_may_ask_for_the_sources_of_a_kind(question: str, kind: set[str]) -> None:
    assert asked_roster(question) == SOURCES
    assert roster_kind(question) == kind


def test_a_negated_verb_sharing_the_first_verbs_auxiliary_is_about_that_act_only() -> None:
    question = "Would the bill respect voters who choose to keep marijuana banned?"
    sentence = (
        '"The bill ensures the government will respect the will of the voters — whether that is'
        " legalization or prohibition — and not interfere in any states' legal marijuana industry.\""
    )
    assert not contradicts(question, sentence)
    assert contradicts("Would the bill interfere in any state's marijuana industry?", sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "unspecified"),
    [
        (
            "What specific barriers to research does she mean?",
            "She said the laws created barriers to research, and hindered economic development.",
            True,
        ),
        (
            "Which technologies in particular did he say they are after?",
            "They want our sensitive information, our technology, our intellectual property.",
            True,
        ),
        ("Which companies, specifically?", "Shares of Chinese companies fell.", True),
        (
            "What specific crimes were they charged with?",
            "They face two crimes: obstruction and fraud.",
            False,
        ),
        ("What specific barriers does she mean?", "She cited barriers such as funding rules.", False),
        (
            "What specific crimes were they charged with?",
            "They were charged with obstruction.",
            False,
        ),  # no kind
        (
            "What division of the Justice Department specifically handles cyberthreats?",
            "The department's National Security Division handles cyberthreats.",
            False,  # a name
        ),
        (
            "What barriers does she mean?",
            "She said the laws created barriers to research.",
            False,  # not asked which exactly
        ),
        (
            "Which programs exactly?",
            "They vowed to end its nuclear and biological weapons programs.",
            False,  # told by the words before the kind
        ),
        (
            "What are those quality-of-life measures?",
            "It would fund job training and a number of quality-of-life measures aimed at cutting crime.",
            True,
        ),
        (
            "What are those quality-of-life measures?",
            "It would fund quality-of-life measures such as family visits and better food.",
            False,
        ),
        ("What are the measures?", "It would fund a number of measures aimed at cutting crime.", False),
    ],
)
def test_a_question_asking_which_ones_exactly_needs_more_than_the_kind_named_again(
    question: str, sentence: str, unspecified: bool
) -> None:
    assert leaves_unspecified(question, sentence) is unspecified


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("What did Trump say in his two tweets about the tax bill?", (2, "tweet")),
        ("What did both senators say?", (2, "senator")),
        ("What are the two bodies of the legislature?", None),  # one sentence listing both answers it
        ("Which legal group is representing the three parents who sued?", None),  # whom it is about
    ],
)
def test_a_question_may_ask_about_several_things_of_a_kind(
    question: str, items: tuple[int, str] | None
) -> None:
    assert asked_items(question) == items


@pytest.mark.parametrize(
    ("question", "asks_where_spoken"),
    [
        ("Where did Demers speak about cyberthreats?", True),
        ("Where did he say that?", True),
        ("Where did she make the remarks?", True),
        ("Where did she give that interview?", True),
        ("Where have the two countries kept talking?", False),  # negotiating, not giving words
        ("Where did he say the missiles landed?", False),  # where they landed
        ("Where is the summit?", False),
    ],
)
def test_a_question_may_ask_where_someone_spoke(question: str, asks_where_spoken: bool) -> None:
    assert bool(WHERE_SPOKEN.match(question)) is asks_where_spoken


@pytest.mark.parametrize(
    ("sentence", "placed"),
    [
        ("Speaking at a cyberthreat intelligence forum in Washington, Demers warned of hackers.", True),
        ('"The end result was wrong," Trump said in an interview on the Fox News Channel.', True),
        ("Cyberthreats are posed by countries from Russia to China, the division head said Thursday.", False),
    ],
)
def test_a_sentence_may_place_someones_words(sentence: str, placed: bool) -> None:
    assert tells_where_said(sentence) is placed


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("How did officials enforce the zero tolerance policy at the border?", {"enforce"}),
        ("How did the Lazarus hackers actually pull off the bank theft?", {"pull"}),
        ("How did the Mongols acquire Chinese printing technology?", {"acquire"}),
        ("How did the man with the knife enter the building?", {"enter"}),
        ("How would prisoners qualify for the bill's job training programs?", {"qualify"}),
        ("How was the woman abused by her husband?", {"abused"}),
        ("How would the $50 million be divided between job training and education?", {"divided"}),
        ("How is the time needed to solve a problem calculated?", {"needed", "calculated"}),  # either
        ("How are the separated children being cared for?", {"cared"}),  # "the separated": no act
        ("How did Trump react to the ruling?", set()),  # a reaction, in any words
        ("How did Ed Royce characterize what is being done to the Rohingya?", set()),
        ("How does he describe having done that?", set()),
        ("How did the head of the FBI describe it?", set()),  # "head" is the subject's
        ("How are Democrats trying to get the bill passed?", set()),  # they are trying
        ("How did old oil affect motorists in many countries?", set()),
        ("How many people were killed?", set()),
        ("What did officials enforce?", set()),
    ],
)
def test_a_how_question_asks_about_an_act(question: str, acts: set[str]) -> None:
    assert asked_acts(question) == {stem(a) for a in acts}


ENFORCE = "How did officials enforce the zero tolerance policy?"


@pytest.mark.parametrize(
    ("question", "sentence", "told"),
    [
        (ENFORCE, "Officials enforced the policy by prosecuting every adult who crossed.", True),
        (ENFORCE, "Officials announced a zero tolerance policy in May.", False),  # never mentions it
        (
            "How could the bill lead to prison privatization?",
            "The bill could possibly lead to prison privatization.",
            False,  # only that it could
        ),
        ("How was the woman abused by her husband?", "She had been abused by her husband, it found.", False),
        ("How was the woman abused by her husband?", "She was abused by her husband for years.", True),
        (
            "How does the Scottish Parliament scrutinize ministers?",
            "The Scottish Parliament can scrutinise ministers in committees.",
            True,  # either spelling
        ),
    ],
)
def test_a_sentence_tells_how_an_act_was_done_only_with_words_of_its_own(
    question: str, sentence: str, told: bool
) -> None:
    asked = frozenset(stem(w) for w in words(question))
    assert tells_act(sentence, asked_acts(question), asked) is told


@pytest.mark.parametrize(
    ("question", "evidence", "untold"),
    [
        # all of a group: said only of some, or of a group with no word of the whole
        (
            "Have all the separated children been reunited with their parents?",
            "Because children cannot accompany their parents, they're separated and put in housing.",
            True,
        ),
        ("Did every agency testify?", "The FBI testified on Tuesday.", True),
        ("Has Strzok's lawyer said Strzok followed every FBI procedure?", "Pete has complied with every FBI "
         "procedure, Aitan Goelman said.", False),
        ("Did the justices all agree?", "The justices ruled unanimously.", False),
        ("Did obama respond to it at all?", "Obama said nothing.", False),  # "at all" asks no whole
        # the only one: said of it, with no word of its being the only one
        (
            "Was Strzok the only FBI agent whose texts about Trump were revealed?",
            "Trump took Strzok to task on Twitter for texting during the investigation.",
            True,
        ),
        ("Did Wray testify alone?", "Appearing before the committee alone, Wray said ...", False),
        ("Was it a setback not only for North Korea?", "It is a setback for North Korea.", False),
    ],
)  # fmt: skip
def test_all_or_only_is_not_proved_by_a_sentence_about_some(
    question: str, evidence: str, untold: bool
) -> None:
    assert quantity_untold(question, evidence) is untold


@pytest.mark.parametrize(
    ("question", "sentence", "untold"),
    [
        # what would follow: the sentence tells only what did happen
        (
            "What will happen to the Dreamers if the debate ends without a deal?",
            "The budget deal kicked the immigration debate into next week, leaving the Dreamers in limbo.",
            True,
        ),
        (
            "What did he warn would happen if they fail to solve it?",
            "Graham tweeted: \u201cthere are many senators of good will who want to solve the problem.\u201d",
            True,  # "good will" is no "will"
        ),
        (
            "What would happen to the government if the new spending bill passes?",
            "He scheduled a vote on a new spending bill that would keep the government open until Feb. 8.",
            False,
        ),
        (
            "What happens to the lead plugs if the water level drops?",
            "If the water level drops, the lead melts and the steam escapes.",
            False,
        ),
        # on what condition: the sentence tells none
        (
            "Under what conditions would Graham support the fix?",
            "Graham said there are many senators who want to solve the problem.",
            True,
        ),
        ("What would it take for them to agree?", "All we ask is a permanent solution.", False),
        (
            "And under what circumstances?",
            "The military is ready, should North Korea take any reckless acts.",
            False,
        ),
        ("What did he get in exchange?", "They will whip it and help us get to 218.", False),  # no condition
        ("What did the bill do?", "It passed.", False),  # neither asked
    ],
)
def test_what_would_follow_or_on_what_condition_needs_a_sentence_that_tells_it(
    question: str, sentence: str, untold: bool
) -> None:
    assert outcome_untold(question, sentence) is untold


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("And what did that lead to?", True),
        ("What exactly would that bill change about the agreement?", True),
        ("What would happen if those votes failed?", True),
        ("What effect did the shutdown have?", True),
        ("What did the bill say?", False),
        ("Who said that?", False),
    ],
)
def test_a_question_may_ask_what_follows_from_something(question: str, asks: bool) -> None:
    assert asks_outcome(question) is asks


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        (
            "Spending authority expired at midnight Friday, triggering a halt of non-essential functions.",
            True,
        ),
        ("The failure led to a shutdown.", True),
        ("The agreement will be terminated.", True),
        ("Spending authority expired at midnight Friday.", False),
    ],
)
def test_a_sentence_may_tell_what_something_brought_about(sentence: str, tells: bool) -> None:
    assert tells_outcome(sentence) is tells


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Chairman Ed Royce, a Republican from California, said.", ("Ed Royce", "California")),
        ("Michelle Lujan Grisham, a New Mexico Democrat, spoke.", ("Lujan Grisham", "New Mexico")),
        ("The effort is led by Virginia Republican Scott Taylor.", ("Scott Taylor", "Virginia")),
        ("But House Speaker Paul Ryan of Wisconsin has said so.", ("Paul Ryan", "Wisconsin")),
        ("Democratic leader Chuck Schumer of New York agreed.", ("Chuck Schumer", "New York")),
        ("Rep. Ed Royce (R-Calif.) said.", ("Ed Royce", "Calif.")),
        ("Trump wrote to North Korean leader Kim Jong Un.", ("Kim Jong Un", "North Korean")),
        ("Iranian Foreign Minister Javad Zarif said.", ("Javad Zarif", "Iranian")),
    ],
)  # fmt: skip
def test_a_sentence_may_tell_where_someone_is_from(sentence: str, found: tuple[str, str]) -> None:
    name, place = found
    assert any(name in told and place == home for told, home in homes(sentence))


def test_a_title_of_office_or_a_party_is_no_home() -> None:
    assert homes("U.S. Secretary of State Mike Pompeo will meet a general in New York.") == []
    assert homes("Republican Senator Lindsey Graham tweeted on Saturday.") == []
    assert homes("House Foreign Affairs Chairman Rep. Ed Royce said at a hearing.") == []


@pytest.mark.parametrize(
    ("question", "sentence", "told"),
    [
        ("Which state is Mike Pompeo from?", "Secretary of State Mike Pompeo will meet in New York.", False),
        ("Which state is Chuck Schumer from?", "Democratic leader Chuck Schumer of New York agreed.", True),
        ("Which state is Mike Pompeo from?", "Ed Royce, a Republican from California, said so.", False),
        ("Where was Tamara de Lempicka born?", "Tamara de Lempicka was an artist born in Warsaw.", True),
        ("Where was he born?", "Kim Yong Chol is the man who whispers in Kim Jong Un's ear.", False),
        ("Where was Friedrich Ratzel born?", "Geographers such as Friedrich Ratzel of Germany agreed.", True),
    ],
)  # fmt: skip
def test_where_someone_is_from_is_told_beside_their_name(question: str, sentence: str, told: bool) -> None:
    assert home_told(question, sentence) is told


def test_a_yes_no_question_whether_someone_is_from_a_place_is_settled_by_their_home() -> None:
    assert settles_home(
        "Is Paul Ryan from Illinois?", "But House Speaker Paul Ryan of Wisconsin has said so."
    )
    assert not settles_home("Is Paul Ryan from Illinois?", "Paul Ryan said so on Tuesday.")


@pytest.mark.parametrize(
    ("sentence", "placed"),
    [
        ("Ed Royce, a Republican from California, said on the House floor Tuesday.", True),
        ("Sanders told reporters Tuesday afternoon on Air Force One.", True),
        ("He said on Tuesday that it was over.", False),
    ],
)
def test_words_given_on_a_named_place_are_placed(sentence: str, placed: bool) -> None:
    assert tells_where_said(sentence) is placed


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("When did Kim Yong Chol last visit the United States?", {"visit"}),  # "last" says which time
        ("In what year was Carpenter convicted of the robberies?", {"convicted"}),
        ("When had he arrived in Beijing?", {"arrived"}),
        ("When did the Supreme Court hear oral arguments in the case?", {"hear", "oral"}),  # either
        ("When did Kim issue the statement that Trump said showed hostility?", {"issue"}),  # not "said"
        ("When did she talk to reporters?", set()),  # a saying is dated by "said Thursday"
        ("When will Trump say whether he is reconsidering the talks?", set()),
        ("When did Comey notify Congress?", set()),  # told in other words ("sent a letter to")
        ("When did she put that out?", set()),  # a phrasal verb
        ("How long have the protests been going on?", set()),
        ("How long did the talks last?", set()),  # the length answers it, in any words
        ("And on what date was it supposed to take place?", set()),  # a timing verb: "set for June 12"
        ("On what date will federal funding lapse?", set()),
        ("In what year did that theft happen?", set()),  # generic
        ("Where did Kim arrive?", set()),
        ("When did Ed Royce give his speech?", set()),  # dated by "said on the House floor Tuesday"
        ("When did DACA recipients ask for a permanent solution?", set()),
    ],
)
def test_a_when_question_asks_the_time_of_an_act(question: str, acts: set[str]) -> None:
    assert timed_acts(question) == {stem(a) for a in acts}


@pytest.mark.parametrize(
    ("question", "sentence", "told"),
    [
        ("When did Kim receive the letter?", "On Thursday the White House released a letter.", False),
        ("When did the parents sue?", "Three parents sued the government Wednesday.", True),  # "sued"
        (
            "When was it removed?",
            "Chad was dropped from the list in April.",
            True,
        ),  # an ending in other words
        (
            "When did the House approve the bill?",
            "The House passed the bill on Tuesday.",
            True,
        ),  # an approval
        ("When had she been given asylum?", "Sessions on Monday reversed a 2016 grant of asylum.", True),
        ("When did Trump sign the executive order?", "Trump's September 2017 executive order stands.", True),
        ("In what year was HMS Dreadnought launched?", "HMS Dreadnought of 1905 was the first.", True),
        ("When did Zhu Shijie die?", "The mathematician Zhu Shijie (1249–1314) solved equations.", True),
        (
            "When was the Singapore summit first agreed?",
            "They would reconsider talks that had been set for June 12 in Singapore.",
            False,  # "in Singapore" is where, not a Singapore that June 12 dates
        ),
    ],
)
def test_a_sentence_gives_the_time_of_an_act_when_it_mentions_it_or_dates_what_the_question_names(
    question: str, sentence: str, told: bool
) -> None:
    assert tells_time_of(sentence, question, timed_acts(question)) is told


@pytest.mark.parametrize(
    ("question", "sentence", "states"),
    [
        ("Who is no longer on Mueller's team?", "Mueller removed Strzok from his team.", True),
        ("Who is no longer on Mueller's team?", "Page left the team and resigned.", True),
        ("Why is Kim no longer the spy chief?", "Kim, the former spy chief, departed Beijing.", False),
        ("Was the program not continued?", "The program was stopped in May.", True),  # an opposite
        ("Did any current attorneys refuse to join?", "More than 70 former attorneys signed.", False),
        ("Who did not sign it?", "Three senators did not sign it.", True),
    ],
)
def test_a_sentence_states_what_a_negated_question_asks_in_a_negation_or_other_words(
    question: str, sentence: str, states: bool
) -> None:
    assert states_negation(question, sentence) is states


@pytest.mark.parametrize(
    ("question", "sentence", "untold"),
    [
        ("Did Comey deny that he deviated?", "The report blasted Comey for deviating from policies.", True),
        ("Did Comey deny that he deviated?", "Comey denied that he deviated from policy.", False),
        ("Who declined to comment on the report?", "The report was released last Thursday.", True),
        ("Who declined to comment on the report?", "The FBI declined to comment.", False),
        ("Who declined to comment on the report?", "A spokesman would not comment.", False),
        ("Which conclusion does Trump reject?", "Trump said the report reached the wrong conclusion.", False),
        ("Did Strzok object to it?", "Mueller removed Strzok from his team.", True),
        ("What has the FBI ruled out?", "He is being investigated for disciplinary action.", True),
        ("Did the Dreamers refuse to back down?", "They vowed to keep fighting.", False),  # went on
        ("Why did Ryan reject the letter?", "Ryan said the letter came too late.", False),  # why, not whether
        ("If Democrats reject the bill, will it fail?", "The bill needs 60 votes.", False),  # a condition
        ("What did the court decide in the wedding cake dispute?", "The court ruled for the baker.", False),
        ("Has drone use been declining?", "Drone use has grown.", False),  # a decrease
    ],
)
def test_a_refusal_or_denial_asked_about_must_be_told(question: str, sentence: str, untold: bool) -> None:
    assert refusal_untold(question, sentence) is untold


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Did CNN identify the source?", "CNN, citing an unnamed source, reported that he was escorted out."),
        ("Did Page stay on the team?", "Page left the team and resigned from the FBI last month."),
        (
            "Do they say the policy continues previous policy?",
            "They say the policy is a radical departure from previous policy.",
        ),
    ],
)
def test_an_opposite_in_other_words_denies_a_yes_no_question(question: str, sentence: str) -> None:
    assert contradicts(question, sentence)


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Who imposed the sanctions on North Korea?", {"imposed"}),
        ("Who hired FireEye to investigate the theft?", {"hired"}),
        ("Whom did he appoint?", {"appoint"}),
        ("Who in Russia directed those efforts?", {"directed"}),  # a phrase of who before the verb
        ("Which president signed the reauthorization?", {"signed"}),
        ("Which banks in Latin America have the hackers broken into?", {"broken"}),
        ("Who was appointed by the president?", {"appointed"}),
        ("Who was Kilimnik indicted by?", {"indicted"}),
        ("Who has been charged?", {"charged"}),
        ("Who will pay for the wall?", {"pay"}),
        ("Who organized the forum where Demers spoke?", {"organized"}),  # the saying is another clause
        ("Who is Ed Royce?", set()),
        ("Who is the head of the FBI?", set()),
        ("Who was the lawyer cheering the decision?", set()),  # who someone is
        ("Who is behind the new indictment?", set()),
        ("Which lawmaker quoted in the story is a co-sponsor?", set()),  # "quoted" tells which one
        ("Which venues did he say could be targeted?", set()),  # a saying
        ("Who told reporters?", set()),
        ("Who put out the statement?", set()),  # a phrasal verb
        ("Who is leading it?", set()),  # a role answers it
        ("Which state does she represent?", set()),  # "a Democrat from New York"
        ("Who is suited to interpret the Treaties?", {"suited", "interpret"}),  # "can interpret"
        ("Who kicked Ethelred out?", set()),  # a phrasal verb around its object
        ("Who used the church to unify themselves?", set()),  # generic, as written ("used", "tried")
        ("Who had Toghtogha tried to defeat?", set()),
        ("When did he impose the sanctions?", set()),
    ],
)
def test_a_who_question_asks_the_doer_of_an_act(question: str, acts: set[str]) -> None:
    assert doer_acts(question) == {stem(a) for a in acts}


def test_a_which_question_asking_a_time_or_a_place_asks_no_doer() -> None:
    assert question_shape("Which year did the price of oil drop to $10?").doer_acts == frozenset()
    assert question_shape("Which city in Texas does she live in?").doer_acts == frozenset()
    assert question_shape("Which president signed the bill?").doer_acts == {stem("signed")}


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Under heavy sanctions, the government in Pyongyang has used cyberattacks.", False),
        ("The United Nations imposed sanctions on North Korea in 2006.", True),
        ("The sanctions the U.N. has been imposing since 2006 bite.", True),
        ("Chad was dropped from the list in April.", False),
    ],
)
def test_a_sentence_naming_the_doer_of_an_act_mentions_the_act(sentence: str, named: bool) -> None:
    assert names_act(sentence, doer_acts("Who imposed the sanctions?")) is named


def test_a_sale_tells_who_bought_and_joining_a_letter_who_signed_it() -> None:
    sentence = "In 1418, Maciot de Bethencourt sold the rights to the islands to Enrique Perez de Guzman."
    assert names_act(sentence, doer_acts("Who bought the rights?"))
    sentence = "In a letter to colleagues, Senators Kamala Harris and Cory Booker joined two House members."
    assert names_act(sentence, doer_acts("Which senators signed the letter?"))


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("What is the Convention Against Torture?", ("convention", "against", "torture")),
        ('What is "dust cropping"?', ("dust", "cropping")),
        ("What's the Hapsburg Group?", ("hapsburg", "group")),
        ("What is FireEye?", ("fireeye",)),
        ("What is the name of the firm?", ()),
        ("What is the largest city of Poland?", ()),  # "of" joins words of a name only
        ("What is Kilimnik's job?", ()),
        ("What is probably true about Comey?", ()),
        ("What are the three forms of relief?", ()),
        ("What is it?", ()),
    ],
)
def test_a_what_is_question_asks_what_a_term_means(question: str, term: tuple[str, ...]) -> None:
    assert defined_term(question) == tuple(stem(w) for w in term)


@pytest.mark.parametrize(
    ("question", "sentence", "defined"),
    [
        (
            "What is the Hapsburg Group?",
            "They organized the so-called Hapsburg Group, an organization of former European officials.",
            True,
        ),
        (
            "What is FireEye?",
            "He is vice president at Mandiant, a subsidiary of cybersecurity firm FireEye.",
            True,
        ),
        ("What is Lazarus?", "FireEye tracks a group known as Lazarus.", True),
        ("What is the NSD?", "The NSD is one of the Justice Department's seven key units.", True),
        (
            "What is the Convention Against Torture?",
            "She can seek protection under the Convention Against Torture, she said.",
            False,
        ),
        (
            "What is dust cropping?",
            "Uses range from aerial photography to firefighting and dust cropping.",
            False,
        ),
        ("What is CSNET?", "The Computer Science Network (CSNET) was a computer network.", True),
        ("What was huihui?", "Medicine was sometimes labeled as huihui or Muslim medicine.", True),
        (
            "What is an Islamic revival movement?",
            "Islamism, or Political Islam, is an Islamic revival movement.",
            True,
        ),
        ("What is dust cropping?", "Drones are used on farms.", None),  # the sentence does not use it
    ],
)
def test_a_sentence_says_what_a_term_is_where_it_uses_it(
    question: str, sentence: str, defined: bool | None
) -> None:
    assert defines(sentence, defined_term(question)) is defined


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("Officials from the FBI and Federal Aviation Administration testified.", 1.0),
        (
            "Officials from the Department of Homeland Security and Federal Aviation Administration spoke.",
            1.0,
        ),
        ("The FAA has registered more than 1 million drones.", 0.0),
        ("Fine weather and Aviation Administration staff.", 0.0),  # not the capitals of one name
    ],
)
def test_a_name_whose_capitals_are_the_short_name_spells_it_out(sentence: str, fit: float) -> None:
    assert answer_type_fit(sentence, question_shape("What does FAA stand for?")) == fit


def test_asking_someone_to_do_what_the_question_asks_was_done_does_not_say_it_was() -> None:
    sentence = "Officials warned Wednesday as they pressed Congress to pass legislation."
    assert only_requested("Has the legislation already been passed?", sentence)
    assert not only_requested("Has the legislation been debated?", sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Did Trump oppose the prison reform bill?", "Last week, Trump endorsed the bill at a summit."),
        ("Did Republicans back the bill?", "Most Republicans opposed the bill."),
        ("Did Trump keep the DACA program in place?", "Trump rescinded the Obama administration measure."),
    ],
)
def test_endorsing_is_the_opposite_of_opposing(question: str, sentence: str) -> None:
    assert contradicts(question, sentence)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The concept of duty was first introduced by Watt to illustrate it.", True),
        ("He tried to carve out a state, but he was stopped by Alexius Komnenos.", True),
        ("Among the hackers tracked this year by FireEye is a group known as Lazarus.", False),  # asked about
        ("Under heavy sanctions, the government has used cyberattacks.", False),
    ],
)
def test_a_passive_naming_its_doer_may_tell_who_did_it_in_other_words(sentence: str, named: bool) -> None:
    question = "Who hired FireEye to invent it?"
    assert names_agent(sentence, question) is named


def test_an_act_done_again_is_the_act() -> None:
    assert mentions_act(
        "Bolshevik leaders had effectively reestablished a polity.", frozenset({stem("establish")})
    )
    assert not mentions_act("the recreational use of drones", frozenset({stem("created")}))


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ('Did Trump call the nuclear deal "flawed"?', ("flawed",)),
        ("Who said “This is ethnic cleansing”?", ("this is ethnic cleansing",)),
        ("Did Trump's tweet use the word 'terrorism'?", ("terrorism",)),
        ("What did Trump's lawyers say?", ()),  # an apostrophe quotes nothing
    ],
)
def test_the_words_a_question_quotes(question: str, quoted: tuple[str, ...]) -> None:
    assert quoted_phrases(question) == quoted


def test_a_sentence_holds_quoted_words_in_a_row() -> None:
    assert holds_quoted('"As flawed as the deal is, we must enforce it," Royce said.', "flawed")
    assert not holds_quoted("an immigration bill favored by conservatives", "conservative")
    assert holds_quoted("the conservative House Freedom Caucus", "conservative")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ('Did Trump call the nuclear deal "flawed"?', True),
        ('Does the article describe the House Freedom Caucus as "conservative"?', True),
        ('Did Royce make his "moral issue" remarks on the House floor on Wednesday?', False),  # asks when
        ("Has Strzok denied writing the “We'll stop it” message?", False),  # the quote names the message
        ('Did he call it "a hoax" and "a witch hunt"?', True),
    ],
)
def test_a_question_quoting_words_may_ask_whose_they_are_or_something_else(
    question: str, asked: bool
) -> None:
    assert asks_of_quoted(question) is asked


@pytest.mark.parametrize(
    ("question", "named", "who_question"),
    [
        (
            "Was it Molly Reynolds who said Democrats failed?",
            {stem("Molly"), stem("Reynolds")},
            "Who said Democrats failed?",
        ),
        ("Was it the Obama administration that rescinded DACA?", {stem("Obama")}, "Who rescinded DACA?"),
        ("Was it the couple who complained?", set(), ""),  # a sentence may call them otherwise
        ("Is it true that he left?", set(), ""),
    ],
)
def test_a_cleft_question_asks_whether_the_one_named_did_it(
    question: str, named: set[str], who_question: str
) -> None:
    assert cleft_doer(question) == (named, who_question)
    assert question_shape(question).doer_acts == (doer_acts(who_question) if who_question else frozenset())


def test_a_sentence_names_someone_else_by_a_name_the_question_does_not_hold() -> None:
    question = "Was it the Obama administration that rescinded DACA?"
    assert names_someone_else("The Trump administration rescinded the policy in 2017.", question)
    assert not names_someone_else("The administration rescinded the policy on Monday.", question)


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("Does the article report as fact that the justices voted 7-2?", True),
        ("Is it the reporter's own view that the debate will be fair?", True),
        ("Is it the article itself, not a protester, that says they are in limbo?", True),
        ("Does the report say the justices voted 7-2?", False),
    ],
)
def test_a_question_may_ask_whether_the_article_states_something_itself(question: str, own: bool) -> None:
    assert asks_article_own(question) is own
    assert question_shape(question).article_own is own
    assert not question_shape(question).cleft  # the article is no one a sentence names


def test_a_question_for_someones_exact_words_needs_words() -> None:
    assert asks_exact_words("What exactly did President Trump say when he ordered an end to DACA?")
    assert asks_exact_words("How did Democrats explain, in their own words, why they withheld support?")
    assert not asks_exact_words("What did Trump say about DACA?")
    assert not gives_words("In September, President Donald Trump ordered an end to the program.")
    assert gives_words("Trump said the program would end.")
    assert gives_words("“We will end it.”")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("What exactly did President Trump say when he ordered it?", {"president", "trump"}),
    ],
)
def test_the_speaker_asked_about_in_more_ways_of_asking(question: str, head: set[str]) -> None:
    speaker = asked_speaker(question)
    assert speaker is not None and speaker.head == {stem(w) for w in head}


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # others taking part, or "cannot ... alone", deny "alone"; a plain statement of the act does not
        (
            "Was the May initiative run by the Justice Department alone?",
            "In May he announced a joint initiative by the departments of justice and homeland security.",
            True,
        ),
        (
            "Did Wray testify by himself?",
            "Appearing before the committee alongside the inspector general, Wray said the audit was narrow.",
            True,
        ),
        (
            "Can the Republicans get the budget through the Senate on their own?",
            "The Republican-dominated Senate cannot pass it alone; Democratic votes will be needed.",
            True,
        ),
        ("Did Wray testify by himself?", "Wray testified before the committee on Monday.", False),
        # "just once" against "repeatedly"; "more than once" is what "repeatedly" says
        (
            "Did Manafort reach out to the witnesses just once?",
            'Manafort had "repeatedly" contacted two potential witnesses.',
            True,
        ),
        ("Did they do that more than once?", 'Manafort had "repeatedly" contacted two witnesses.', False),
        # opposites of mood, compliance and direction
        ("Did Republican leaders seem nervous?", "Republican leadership appeared visibly relaxed.", True),
        ("Did Strzok resist being escorted out?", "Pete has complied with every FBI procedure.", True),
        (
            "Does Bookey expect asylum rejections to go down?",
            "A recent uptick in the rejection rate could accelerate, she said.",
            True,
        ),
        # "still" of a view that lasts is no "still" in post: "fired" does not answer it
        (
            "Does Trump still think firing Comey was the right call?",
            'Trump said he did the country "a great service" when he fired Comey.',
            False,
        ),
        ("Is Comey still at the FBI?", "Trump fired Comey last year.", True),
        # someone's post with another organisation than the one asked about
        (
            "Is Angela H. Stubblefield from the FBI?",
            "said Angela H. Stubblefield, deputy associate administrator for the FAA.",
            True,
        ),
        (
            "Does Brunner work for the FAA?",
            "Scott Brunner, a deputy assistant director of the FBI, said so.",
            True,
        ),
        (
            "Is Scott Brunner from the FBI?",
            "Scott Brunner, a deputy assistant director of the FBI, said so.",
            False,
        ),
    ],
)
def test_alone_once_and_a_post_elsewhere_are_answered_no(
    question: str, sentence: str, expected: bool
) -> None:
    assert contradicts(question, sentence) is expected


def test_a_stance_question_needs_a_word_of_stance_and_is_no_when_the_view_is_disputed() -> None:
    asked = "Do immigration judges agree with Sessions' ruling?"
    assert stance_untold(
        asked, "Though Sessions directed his ruling at immigration judges, it reaches further."
    )
    assert not stance_untold(asked, "Immigration judges have criticized the ruling.")
    echoed = "Does the department agree with Trump that the report reached the wrong conclusion?"
    assert stance_untold(
        echoed, "Trump said the report reached the wrong conclusion."
    )  # the question's words
    assert not stance_untold("Who agrees with the ruling?", "Sessions directed his ruling at judges.")
    disputed = "Does Trump agree with the report that there was no bias?"
    said = "Trump said the report reached the wrong conclusion when it found there was no bias."
    assert stance_disputed(disputed, said)
    assert not stance_disputed(disputed, "Trump said the report was fair.")
    assert not stance_disputed("Does Trump oppose the report?", said)  # disputing is what is asked


def test_the_majority_opinion_is_not_the_dissent() -> None:
    sentence = "In delivering the majority opinion, Chief Justice John Roberts wrote that it was a search."
    assert swapped_term("Who wrote the main dissenting opinion?", sentence) == "dissenting"
    assert swapped_term("Who wrote the majority opinion?", sentence) is None


def test_what_follows_before_only_dates_the_act_still_to_come() -> None:
    sentence = "It is unclear when or where Trump and Abe will meet before the anticipated Singapore summit."
    assert not refutes("Has a location for the summit already been picked?", sentence)
    assert refutes("Have Trump and Abe already met?", sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # "always" against what holds as a rule only
        (
            "So does the ruling mean police always need a warrant to get cellphone location data?",
            "The court ruled that law enforcement authorities generally need a search warrant to collect it.",
            True,
        ),
        ("Do police need a warrant?", "The court ruled that police generally need a search warrant.", False),
        # kept in detention against released from it; escorted out is not leaving on one's own
        (
            "Under catch and release, were immigrants kept in detention until their court hearing?",
            "Under the policy immigrants were released from detention while awaiting a court hearing.",
            True,
        ),
        (
            "Did Strzok leave the FBI's headquarters on his own?",
            "Strzok has been escorted out of the bureau’s headquarters, his lawyer said.",
            True,
        ),
        # an opposite of another thing than the question's: "former" of a president, not of the situation
        (
            "Has Trump contrasted the current situation with Obama's handling of the 2009 protests?",
            "Trump drew a clear comparison to Obama's response, when the former president told reporters.",
            False,
        ),
        ("Is Comey the current FBI director?", "Former FBI Director James Comey said so.", True),
        ("Is Steve Chabot a Democrat?", "said Republican Representative Steve Chabot of Ohio.", True),
        (
            "Did most senators back the proposal?",
            "The proposal was the least popular, winning the votes of 39 senators.",
            True,
        ),
        (
            "Did the talks stop after the letter?",
            "Negotiations have continued, including talks Sunday.",
            True,
        ),
        # "good will" is no goodness
        (
            "Did Graham concede that the situation looked bad?",
            "Graham tweeted, “I know it looks like a mess — but there are many senators of good will.”",
            False,
        ),
        ("Was the outcome bad?", "The outcome was good for the party.", True),
        # "Washington, D.C." says where the bureau's headquarters is, not whose they are
        (
            "Was Strzok escorted out of FBI headquarters?",
            "Strzok has been escorted out of the bureau’s Washington, D.C. headquarters, his lawyer said.",
            False,
        ),
        ("Was it a Trump administration program?", "It was an Obama administration measure.", True),
    ],
)
def test_always_detention_escorts_and_opposites_of_other_things(
    question: str, sentence: str, expected: bool
) -> None:
    assert contradicts(question, sentence) is expected


def test_being_on_board_or_siding_with_is_disputed_by_objecting_or_dissenting() -> None:
    assert stance_disputed(
        "Is Senator Baldwin on board with passing another temporary spending bill?",
        "Senator Tammy Baldwin, however, objects to the continuing series of temporary spending bills.",
    )
    assert stance_disputed(
        "Did the other conservatives on the court side with him?",
        "The rest of the high court's conservative wing dissented.",
    )
    assert not stance_disputed(
        "Is Senator Baldwin on board with it?", "Senator Tammy Baldwin said she would vote for the bill."
    )
    assert not stance_disputed("Is Baldwin in Washington?", "Baldwin objects to the bills.")


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # an effort told without its outcome does not say it worked
        (
            "Did Democrats succeed in attaching DACA to the budget bill?",
            "Democrats have tried to tie DACA legislation to the government budget bill.",
            True,
        ),
        (
            "Did Democrats succeed in attaching DACA to the budget bill?",
            "Democrats succeeded after they had tried to tie DACA to the bill for weeks.",
            False,
        ),
        # what must be done is not done
        (
            "Did Congress pass a temporary extension in time to avoid a shutdown?",
            "Either the bill or a temporary extension must be passed by then to avoid a shutdown.",
            True,
        ),
        ("Did Congress pass the bill?", "The House passed the bill, which the Senate must pass too.", False),
        # a need asked about, or in the question's condition, is not the deed asked about
        (
            "Could the government shut down if neither bill passes by Friday?",
            "Either the bill or an extension must be passed by then to avoid a shutdown.",
            False,
        ),
        (
            "Does a spending measure need a vote in both the House and the Senate?",
            "Both houses of Congress will have to vote on a spending measure.",
            False,
        ),
        # a question about the effort or the need is answered by it
        (
            "Did Democrats try to tie DACA to the bill?",
            "Democrats have tried to tie DACA to the bill.",
            False,
        ),
        (
            "Does the extension have to be passed by Friday?",
            "A temporary extension must be passed by then.",
            False,
        ),
    ],
)
def test_an_effort_or_a_need_is_not_the_deed(question: str, sentence: str, expected: bool) -> None:
    assert only_attempted(question, sentence) is expected


def test_someone_speaking_for_the_asked_body_is_not_someone_else() -> None:
    sentence = (
        '"We are extremely gratified," said Andrew Crocker, a staff attorney with the Electronic Freedom '
        "Foundation, which had filed a brief."
    )
    assert not quotes_someone_else("What did the Electronic Freedom Foundation say?", [sentence])
    assert quotes_someone_else("What did the Justice Department say?", [sentence])

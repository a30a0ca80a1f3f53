"""Interviews in question-and-answer form (generator/extract/interviews.py), page by page: each
page (written for these tests) with every position the layout adds, whole: (speaker, actor,
cue, text, direct). Negative pages first: where the layout or the interviewee is not certain,
the answers stay unattributed."""
from __future__ import annotations

import pytest

from conftest import extract


def answers_of(text: str) -> list[tuple]:
    return [(p.speaker, p.actor, p.cue, p.text, p.direct) for p in extract(text).positions if p.cue == "answered"]


NO_ANSWERS = [
    # the intro names two people: who answers is not known
    "Merger talks: a conversation with two bankers\n\n"
    "Anna Berg and Lars Dahl spoke to us about the merger of their banks.\n\n"
    "Why merge now?\n\n"
    "Rates are low and the market is calm.\n\n"
    "Will branches close?\n\n"
    "Some will, mostly in the cities.\n",
    # a column's rhetorical questions, after someone who spoke at a press event
    "The stadium nobody built\n\n"
    "Mayor Tom Reed spoke to reporters on Monday about the budget.\n\n"
    "What happened to the stadium he promised in 2019?\n\n"
    "Nothing, it seems. The site is still a car park with 400 spaces.\n\n"
    "And who pays for the delay?\n\n"
    "The taxpayers of this town, as always.\n",
    # one question only: an ordinary article
    "Council delays vote on the bridge\n\n"
    "We spoke to councillor Maria Lopez about the bridge.\n\n"
    "Is the bridge safe?\n\n"
    "Engineers found cracks in two of its piers last year.\n",
    # a transcript whose intro names no one interviewed
    "Readers ask, the expert answers\n\n"
    "Every week a specialist takes questions from our readers.\n\n"
    "Q: Should I fix my mortgage rate?\n\n"
    "A: That depends on how long you plan to stay.\n\n"
    "Q: Are savings accounts worth it?\n\n"
    "A: Only the ones that beat inflation.\n",
    # two people interviewed together
    "The founders look back\n\n"
    "We interviewed Anna Berg and Lars Dahl at their office in Oslo.\n\n"
    "How did it start?\n\n"
    "In a garage, with two laptops.\n\n"
    "What comes next?\n\n"
    "A listing in Frankfurt.\n",
    # an interviewer talking with a named guest: which side answers is not said
    "On the record\n\n"
    "Carl Dunn talked with Peter Vance about the harbour.\n\n"
    "Why is the harbour closed?\n\n"
    "The cranes are broken.\n\n"
    "When will it reopen?\n\n"
    "Not before spring.\n",
    # the paragraphs after the questions tell of the interviewee: a feature, not a transcript
    "A coach at rest\n\n"
    "Victor Lund spoke to us at his farm outside Dunmore.\n\n"
    "Why did he leave football?\n\n"
    "Lund was 34 when the board sacked him.\n\n"
    "What does he do now?\n\n"
    "Lund breeds horses and coaches a youth team.\n",
    # "an interview with" the host while another person speaks; the questions are quoted
    "Governor stands firm\n\n"
    "During an interview with Mark Tully that aired on Sunday, Governor Ellen Marsh defended the toll.\n\n"
    "\"Who will pay for the road?\"\n\n"
    "The audience shouted back at once.\n\n"
    "\"Should we cut the toll?\" she asked.\n\n"
    "Nobody answered her.\n",
    # a news story with two stray questions among many paragraphs
    "Port dispute drags on\n\n"
    "We spoke to Helen Marsh, the port's director, on Monday.\n\n"
    "Who will pay for the strike?\n\n"
    "Shipping lines have already moved to Rotterdam.\n\n"
    "The union met the owners on Tuesday.\n\n"
    "Talks broke up after an hour.\n\n"
    "The owners wrote to the minister.\n\n"
    "The minister has not replied.\n\n"
    "Can the port survive?\n\n"
    "Traders in the city are worried.\n",
    # a body, not a person, spoke to us
    "Strike talk\n\n"
    "The Harbour Union spoke to us about the strike.\n\n"
    "How long will it last?\n\n"
    "As long as it takes.\n\n"
    "Who pays?\n\n"
    "The owners, in the end.\n",
    # an explainer's subheads after a news sentence about an interview: the writer answers them
    "Explainer: the new road toll\n\n"
    "Transport Minister Ana Silva said in an interview with the Daily Ledger that the toll starts in May.\n\n"
    "What is the toll?\n\n"
    "It is a charge of two dollars on every car that uses the ring road.\n\n"
    "Who will pay it?\n\n"
    "Drivers will, though buses are exempt.\n",
    # an FAQ after a news sentence on what someone told another outlet in an interview
    "Flood grants: the answers\n\n"
    "Fund director John Mensah said in an interview with the Herald that grants would be paid within weeks.\n\n"
    "Who can apply?\n\n"
    "Any household in the three flooded districts.\n\n"
    "How much is a grant?\n\n"
    "Grants are capped at 500 dollars per household.\n",
]


@pytest.mark.parametrize("text", NO_ANSWERS)
def test_no_interviewee_no_answers(text):
    assert answers_of(text) == []


ANSWERS = [
    # "?" questions, the interviewee in apposition to the subject of "spoke to us"; the writer's
    # paragraph after the last answer is not an answer
    ("Cranes stand idle: a talk with the port's director\n\n"
     "Traffic at the port of Elmsworth fell last year. Its director, Helen Marsh, spoke to us about the strike.\n\n"
     "Why did traffic fall?\n\n"
     "The strike cost us three months. Shipping lines went elsewhere.\n\n"
     "Will the new terminal open on time?\n\n"
     "Yes. The cranes arrive in May.\n\n"
     "The dockers' union said the strike was the port's fault.\n",
     [("Helen Marsh", "Helen Marsh", "answered", "The strike cost us three months. Shipping lines went elsewhere.", True),
      ("Helen Marsh", "Helen Marsh", "answered", "Yes. The cranes arrive in May.", True)]),
    # Q:/A: prefixes, "an interview with X"
    ("Buses first\n\n"
     "This is an edited transcript of our interview with Omar Haddad, the mayor of Tarvik.\n\n"
     "Q: What will you do about the buses?\n\n"
     "A: We will buy electric buses by next year.\n\n"
     "Q: And the fares?\n\n"
     "A: Fares will stay where they are.\n",
     [("Omar Haddad", "Omar Haddad", "answered", "We will buy electric buses by next year.", True),
      ("Omar Haddad", "Omar Haddad", "answered", "Fares will stay where they are.", True)]),
    # name prefixes: the interviewer's paragraphs are the questions, the other name answers
    ("\"I had no choice\"\n\n"
     "The former coach of Dunmore Athletic talked to the Weekly Ledger a week after he resigned.\n\n"
     "Ruth Allen: Why did you resign?\n\n"
     "Ruth Allen: I ask because the fans still want to know.\n\n"
     "Ruth Allen: Why did you resign?\n\n"
     "Victor Lund: The board stopped listening to me.\n\n"
     "Ruth Allen: Do you regret it?\n\n"
     "Victor Lund: Not for a second.\n",
     [("Victor Lund", "Victor Lund", "answered", "The board stopped listening to me.", True),
      ("Victor Lund", "Victor Lund", "answered", "Not for a second.", True)]),
    # passive "was interviewed by"; an answer's sentence that reports someone else is cut out
    ("Taxes and trust\n\n"
     "Dana Frost, the finance minister, was interviewed by our economics editor on Friday.\n\n"
     "Will taxes rise?\n\n"
     "Economists say they must. I disagree with them.\n\n"
     "What about the deficit?\n\n"
     "It is shrinking every quarter.\n",
     [("Dana Frost", "Dana Frost", "answered", "I disagree with them.", True),
      ("Dana Frost", "Dana Frost", "answered", "It is shrinking every quarter.", True)]),
    # "we sat down with X"; questions opened by "Q." and answers by "A."
    ("Growing pains\n\n"
     "We sat down with Priya Nair at her office in Leeds.\n\n"
     "Q. How big is the company now?\n\n"
     "A. Bigger than we planned, and still growing.\n\n"
     "Q. Any regrets?\n\n"
     "A. Hiring too slowly.\n",
     [("Priya Nair", "Priya Nair", "answered", "Bigger than we planned, and still growing.", True),
      ("Priya Nair", "Priya Nair", "answered", "Hiring too slowly.", True)]),
    # surname prefixes in capitals, the interviewer's initials on the questions
    ("The last of the lighthouse keepers\n\n"
     "Margaret Hale, who kept the Farran light for thirty years, talked to us at her cottage.\n\n"
     "JD: Was it lonely?\n\n"
     "HALE: Never. The ships were my company.\n\n"
     "JD: Would you do it again?\n\n"
     "HALE: Tomorrow, if they let me.\n",
     [("Margaret Hale", "Margaret Hale", "answered", "Never. The ships were my company.", True),
      ("Margaret Hale", "Margaret Hale", "answered", "Tomorrow, if they let me.", True)]),
    # "we interviewed X"; the interviewer's own remark after a question is no answer
    ("Court of appeal\n\n"
     "We interviewed Judge Carla Ruiz after her last case.\n\n"
     "Ruth Allen: Why retire now?\n\n"
     "Carla Ruiz: I told the minister that I was tired.\n\n"
     "Ruth Allen: Any regrets?\n\n"
     "Ruth Allen: I said to my editor that you would have none.\n\n"
     "Ruth Allen: Really none?\n\n"
     "Carla Ruiz: None at all.\n",
     [("Carla Ruiz", "Carla Ruiz", "answered", "I told the minister that I was tired.", True),
      ("Carla Ruiz", "Carla Ruiz", "answered", "None at all.", True)]),
    # "a conversation with X"; an answer opening with "Look:" has no speaker prefix
    ("Old cranes\n\n"
     "In a conversation with Tomas Berg, the harbour master, we asked about the cranes.\n\n"
     "Are the cranes safe?\n\n"
     "Look: they are old, but they are safe.\n\n"
     "When will they be replaced?\n\n"
     "Next year, if the council pays.\n",
     [("Tomas Berg", "Tomas Berg", "answered", "Look: they are old, but they are safe.", True),
      ("Tomas Berg", "Tomas Berg", "answered", "Next year, if the council pays.", True)]),
]


@pytest.mark.parametrize("text, expected", ANSWERS)
def test_answers_are_the_interviewees_positions(text, expected):
    assert answers_of(text) == expected


def test_a_figure_in_an_answer_is_the_interviewees_claim_and_one_in_a_question_is_not():
    text = ("Steel and debt\n\n"
            "Karl Weber, the chief executive of Nordstahl, spoke to us in Essen.\n\n"
            "You cut 900 jobs last year. Will there be more?\n\n"
            "No. We employ 12,000 people and we need all of them.\n\n"
            "And the debt?\n\n"
            "It fell by 30 per cent.\n")
    claims = {f.text: f.actor for f in extract(text).figures}
    assert claims == {"900": None, "12,000": "Karl Weber", "30 per cent": "Karl Weber"}

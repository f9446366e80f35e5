"""English: every word list and language rule the engine needs to read an English message.

A locale module defines the names of `bot.story.locale.Locale`'s fields; `locale.get("en")`
reads them from here.  Nothing here is about one story: story words live in facts.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

name = "English"
letters = re.compile(r"[a-z]", re.I)  # what this language is written in, for telling languages apart

# Function words carry no topic.  Question words (when, where, who, why, how, many)
# are deliberately absent: they separate "when is the meeting" from "where is the meeting".
stopwords = frozenset(
    """
    a an the and or but if of to in on at by for from with into over as than then so
    is are was were be been being am have has had having will would shall
    should can could may might must it its this that these those there here they them their theirs
    i me my mine we our ours you your yours he him his she her hers
    what which whats
    please pls plz tell know want like just really actually exactly exact basically
    any some also too very much more most still yet ever even again
    hi hello hey thanks thank ok okay yes no not
    going gonna take takes taking place held hold holding happen happens happened happening
    get gets got give given gave go goes went come comes coming came make makes made took
    s t d ll re ve m
    supposed expected itself themselves himself currently right now kind sort something anything
    thing things stuff lot bit guys guy dude bot mate someone somebody anyone anybody person
    whether because while although though all both each every such only same
    heard hear hearing read reading saw see seen think thought guess wonder wondering
    soon anyway maybe perhaps probably certainly sure already
    info information according mentioned mention mentions latest recently upcoming next scheduled schedule
    set specifically particular regarding concerning curious explain explained describe described
    behind front top bottom above below near beside around
    wat wut wot watz u ur r ya yall pleas plis cuz coz bc wanna gotta dunno kinda sorta lemme gimme idk btw
    up down out off away back few
    kindly question questions ask asking possibly quite pretty rather precisely simply well yeah oh hmm um uh
    myself everything somewhere anywhere somehow whatever whichever whoever therefore hence
    """.split()
)

# Question word -> the type of question it asks.
question_words = {"when": "when", "where": "where", "who": "who", "whom": "who", "whose": "who",
                  "why": "why", "how": "how"}

small_talk = {  # whole messages that are not questions, folded
    "greeting": frozenset({"hi", "hello", "hey", "hiya", "yo", "hola", "good morning", "good afternoon",
                           "good evening", "hi there", "hello there", "hey there", "start", "help"}),
    "thanks": frozenset({"thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much", "cheers",
                         "great thanks", "ok thanks", "ok thank you", "perfect thanks", "nice", "great", "cool",
                         "ok", "okay", "got it"}),
    "bye": frozenset({"bye", "goodbye", "bye bye", "see you", "good night", "later"}),
}

_TITLES = ("president prime minister general chancellor king queen secretary foreign defense defence official "
           "officials leader leaders author photo handout presidency military")
_CALENDAR = ("january february march april may june july august september october november december jan feb mar "
             "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday")
not_names = frozenset((_TITLES + " " + _CALENDAR).split())  # capitalised in a story, yet not names

_US_CAPS = re.compile(r"\bU\.?S\.?(A\.?)?(?=\W|$)")  # "US" is a country, "us" a pronoun
_CONTRACTIONS = (
    (re.compile(r"n['’]t\b", re.I), " not"),
    (re.compile(r"['’](s|re|ll|ve|d|m)\b", re.I), ""),
)
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b", re.I)


def rewrite(text: str) -> str:
    """English rules applied before folding: "U.S." is a country, "don't" is "do not", "4th" is "4"."""
    text = _US_CAPS.sub(" usa ", text)
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return _ORDINAL.sub(r"\1", text)


_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem, so "discussed"/"discuss" and "countries"/"country" meet."""
    return _STEMMER.stemWord(word) if len(word) > 3 and word.isalpha() else word

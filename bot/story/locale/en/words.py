"""English: every word list and language rule the engine needs to read an English message.

A locale module defines the names of `bot.story.locale.Locale`'s fields; `locale.get("en")`
reads them from here.  Nothing here is about one story: story words live in facts.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from .. import LazyPattern as lazy
from .. import one_sentence_read_as

name = "English"
letters = re.compile(r"[a-z]", re.I)  # what this language is written in, for telling languages apart

# Function words carry no topic.  Question words (when, where, who, why, how, many)
# are deliberately absent: they separate "when is the meeting" from "where is the meeting".
stopwords = frozenset(
    """
    a an the and or but if of to in on at by for from with into over as than then so
    nobody noone nothing none neither
    is are was were be been being am have has had having will would shall
    should can could may might must it its this that these those there here they them their theirs
    i me my mine we our ours you your yours he him his she her hers
    what which whats
    please pls plz tell know want like just really actually exactly exact basically
    try tries tried trying attempt attempts attempted attempting manage managed managing
    keep keeps kept keeping through single period
    any some also too very much more most still yet ever even again
    hi hello hey thanks thank ok okay yes no not
    going gonna take takes taking place held hold holding happen happens happened happening
    get gets got give given gave go goes went come comes coming came make makes made took
    s t d ll re ve m
    supposed expected itself themselves himself currently right now kind sort something anything
    thing things stuff lot bit guys guy dude fellow fella fellas bloke chap bot mate someone somebody anyone anybody person
    whether because while although though all both each every such only same once
    never within toward towards upon among amongst via per way ways
    heard hear hearing read reading saw see seen think thought guess wonder wondering
    soon anyway maybe perhaps probably certainly sure already
    info information according mentioned mention mentions latest recently upcoming next scheduled schedule
    set specifically particular regarding concerning curious explain explained describe described
    behind front top bottom above below near beside around
    wat wut wot watz u ur r ya yall pleas plis cuz coz bc wanna gotta dunno kinda sorta lemme gimme idk btw
    up down out off away back few after
    kindly question questions ask asking possibly quite pretty rather precisely simply well yeah oh hmm um uh
    myself everything somewhere anywhere somehow whatever whichever whoever therefore hence one ones
    elsewhere everywhere nowhere anyhow however whenever wherever whereas wherein whereby
    together along alongside
    during throughout amid under main mainly chiefly primarily overall roughly approximately nearly almost
    soil territory due key development developments conduct conducts conducted conducting manner label labelled labeled
    dub dubbed apply applied limited limit restricted exclusively solely alone event events occasion shown showing model models type types version variant feature features featured featuring visible appear appears appeared appearing anticipated projected
    identify identified outline outlined specify specified indicate indicated
    bring brings brought bringing sense term terms familiar accompanying accompany accompanies characterize characterise characterized
    characterised portray portrayed depict depicted sentence sentences couple forthcoming late early mid
    eventual eventually possible potential potentially future calendar effort efforts endeavour endeavours display displays displayed originate originated originates
    travel travels travelled traveled travelling traveling journey kingdom jointly format formats pursue pursuing pursued
    """.split()
)

# Question word -> the type of question it asks.
question_words = {"when": "when", "where": "where", "who": "who", "whom": "who", "whose": "who",
                  "why": "why", "how": "how"}

# one-word greetings, as typed: whole messages of small talk, and openings of a message
_GREETING_WORDS = ("hi", "hello", "hey", "hiya", "yo", "hola", "hallo", "hullo", "helo", "heyy", "heyyy", "hii", "hiii")

_TITLES = ("president prime minister general chancellor king queen secretary foreign defense defence official "
           "officials leader leaders author photo handout presidency military")
_CALENDAR = ("january february march april may june july august september october november december jan feb mar "
             "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday")
not_names = frozenset((_TITLES + " " + _CALENDAR).split())  # capitalised in a story, yet not names

_US_CAPS = re.compile(r"\bU\.?S\.?(A\.?)?(?=\W|$)")  # "US" is a country, "us" a pronoun
# lowercase "us" after a verb of doing for someone, or "for"/"of"/"against", is the pronoun: "protect us",
# "which countries will help us?" ("the us", "us officials", "us and ukraine" stay the country)
_US_PRONOUN = re.compile(r"\b((?:help|helps|helping|helped|protect|protects|protecting|protected|defend|defends|defending|"
                         r"tell|tells|told|give|gives|show|shows|let|join|save|saves|saving|support|supports|supporting|"
                         r"guard|guards|keep|keeps|leave|leaves|abandon|abandons|abandoned|for|of|against|among|"
                         r"behind|beside)\s+)us\b(?!\s*(?:officials?|government|troops|president|army|military|forces|"
                         r"delegation|side|envoy|negotiators?|team|administration|and|n|&|or|[-–]))")
_US_DOTTED = re.compile(r"(?<![\w.])u\.s\.(a\.)?(?!\w)", re.I)  # "u.s." with its dots is the country too
# other dotted initials are one word ("U.K." -> "uk", "e.u." -> "eu"), never letters read as words
# ("u" is "you", "k" is "ok"); "a.m." and "p.m." stay times
_DOTTED = re.compile(r"(?<![\w.])((?:[a-z]\.){2,3})(?!\w)", re.I)


def _initials(match: re.Match) -> str:
    joined = match.group(1).replace(".", "")
    return match.group(0) if joined.lower() in ("am", "pm") else f" {joined} "
_CONTRACTIONS = (
    (re.compile(r"\b(it|that|there|here|what|wat|wut|where|who|when|how|he|she|this)['’]s\b", re.I), r"\1 is"),
    (re.compile(r"\b(?:(wo)|(ca)|(ai)|(sha))n['’]t\b", re.I),  # "won't" is "will not", not "wo not"
     lambda m: ("will" if m[1] else "can" if m[2] else "is" if m[3] else "shall") + " not"),
    (re.compile(r"n['’]t\b", re.I), " not"),
    (re.compile(r"(?<=\w)['’]s\b", re.I), " s"),  # a possessive keeps its mark: "macron's opinion" names no claim
    (re.compile(r"['’](re|ll|ve|d|m)\b", re.I), ""),
)
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b", re.I)
_DIGIT = re.compile(r"\d")


# "how did the meeting go", "how will the talks turn out": asks the outcome, not the manner
_HOW_DID_IT_GO = lazy(r"\bhow (did|does|will|would|has|have) ((?:\w+ ){0,4}?\w+) (go|gone|turn out|turned out|"
                      r"end up|ended up|end|ended|work out|worked out|pan out|panned out)(?: in the end| eventually| after all)?"
                      r"(?= *(?:[?!.,;]|$))",
                            re.I)

# "any news on how it went?", "how the talks turned out": the outcome, asked as a clause
_HOW_IT_WENT = lazy(r"\bhow (?!many\b|much\b|long\b|often\b|far\b|soon\b|come\b)((?:\w+ ){0,3}?\w+) (went|turned out|ended up|worked out|panned out)(?= *(?:[?!.,;]|$))", re.I)

# "the meeting that zelensky mentioned?": a closing clause saying who spoke of the thing asked about
# only says which thing; the question is about the thing
_WHO_SPOKE_OF_IT = lazy(r"(?<=\w) (?:that|which) (?:\w+ ){1,2}?(?:mentioned|talked about|spoke about|spoke of|"
                        r"referred to|brought up)(?= *(?:[?!.]|$))", re.I)


# "what day did zelensky say the meeting would be", "which countries did he say would attend": the
# question is the reported one, "did zelensky say" only says who reported it (after "what/which + noun";
# "what did zelensky say" and "when did he say it" ask about the saying)
_ASKS_A_THING = lazy(r"\s*(?:what|which)(?: kind of| sort of| type of)? (?!did\b|does\b|do\b|has\b|have\b|is\b|"
                     r"was\b|were\b|are\b|will\b|would\b)[a-z]+", re.I)
_REPORTED = lazy(r"\b(?:did|does|do) (?:[a-z]+ ){1,2}?(?:say|mention|announce|think|state|claim)(?: that)?"
                 r"(?= (?:[a-z']+ ){0,3}(?:would|will|should|is|are|was|were)\b)", re.I)


# "what does X refer to in this article?": where the thing is written, not what is asked about (at the
# end of a question that asks something else)
_IN_THIS_STORY = lazy(r"(?<=\w\w|\w['’\"”]),? (?:(?:in|from|according to|(?:as )?per|going by|within) (?:this|the) (?:article|story|piece|text|report|news)|in (?:this|that|the) (?:particular |specific |same |present )?context|"
                      r"as far as (?:(?:this|the) (?:article|story|piece|text|report|news)(?: \w+){1,2}|"
                      r"(?:i|we|you) (?:know|can tell|remember|recall|understand)))(?=(?:,? (?:please|pls|plz))? *(?:[?!.]|$))", re.I)


# "what is the meeting for?", "whats the coalition for": a "what ... for" question asks its purpose; not when a
# verb ends it ("what is zelensky asking for", "what is the meeting set for": what, and when)
_WHAT_FOR = lazy(r"^\s*(?:(and|so|but|ok|okay) )?what(?:\s*['’]?\s*(s)| (is|are|was|were|will|would)) ((?:[\w'’-]+ ){0,5}?"
                 r"(?:(?:the|a|an|this|that|these|those|its|their) [\w'’-]+|meeting|gathering|summit|call|session|"
                 r"(?![\w'’-]+(?:ing|ed)\b|set\b|due\b)[\w'’-]+)) for\s*[?!.]*\s*$", re.I)


# "whats the meeting for tho 🤔": chat words and symbols after a closing "for" (taken off, so _WHAT_FOR sees it)
_AFTER_FOR = r"(?: (?:tho|though|lol|lmao|pls|plz|please|then|exactly|anyway|anyways|btw|rn|again|actually))"
_FOR_THEN = lazy(r" for" + _AFTER_FOR + r"*(?:\s*[^\w\s]+)+\s*$|(?<= for)" + _AFTER_FOR + r"+\s*$", re.I)
# "what is the meeting set for", "what day is it scheduled for": asks when
_SET_FOR = lazy(r"^\s*what(?: day| date| time)?\s*(?:['’]?\s*s|(is|are|was|were)) ((?:[\w'’-]+ ){0,5}?[\w'’-]+) "
                r"(set|scheduled|planned|slated|due|fixed|booked|arranged) for\s*[?!.]*\s*$", re.I)


# "who will be at the meeting", "who's going to the meeting", "who is coming": asks who attends
_WHO_ATTENDS = lazy(r"\bwho(?:\s*['’]?s| is| are| r| will| would)?(?: actually| really| exactly)?(?: going to| gonna)? "
                    r"(?:be (?:at|present at|there)|go(?:ing|in)? to(?= (?:the|a|an|this|that|these|those)\b)|"
                    r"go(?:ing|in)(?= on (?:friday|fri|april|the 4)\b)|"
                    r"com(?:e|ing)(?: to)?|show(?:ing)? up(?: at| to| for)?|turn(?:ing)? up(?: at| to| for)?)\b", re.I)
_BE_AT = lazy(r"\b(?:be|are|is|were) (?:expected |due |set |going to be )?(?:at|present at)\s+(?=(?:the|this|that|friday['’]?s?|fridays)\s(?:[\w'’-]+\s){0,2}?(?:meeting|session|talks|"
              r"gathering|summit)\b)", re.I)
# "is it the case that ...", "am I correct in understanding that ...": a claim to confirm, asked formally
# "to say", "to tell my class", "to write in my assignment": what the reader would pass on is the claim
# ("can I say on air that ...", "is it safe to write in my piece that ...": where it is passed on is no claim)
_PASS_ON = (r"(?:say|write|state|put|note|report|claim|mention|tell(?: (?:my|our|the|his|her) [\w'’-]+(?: [\w'’-]+)?|"
            r" them| people| readers| everyone| others|listeners|viewers))(?: in (?:my|our|the|an?) [\w'’-]+(?: [\w'’-]+)?|"
            r" on (?:the )?air| in print| on (?:the )?radio| on (?:the |my |our )?(?:show|podcast|programme|program|broadcast|"
            r"stream|channel|blog))?")
_TO_SAY = r"to " + _PASS_ON
_CONFIRM_THAT = lazy(r"^\s*(?:is it (?:true|correct|accurate|right|the case|so|fair|ok|okay)(?: " + _TO_SAY + ")?|"
                     r"is it (?:safe|fine) " + _TO_SAY + r"|(?:can|could|may|should|shall) (?:i|we) (?:safely |really |honestly |still )?" + _PASS_ON + r" that\b|am i (?:correct|right)(?: in (?:understanding|thinking|saying|"
                     r"assuming))?|would it be (?:correct|accurate|fair|right|ok|okay) " + _TO_SAY + r"|do i understand(?: correctly)?|"
                     r"(?:(?:can|could|would) you (?:please |kindly )?|(?:please |pls |kindly )?)confirm(?: (?:for me|please|pls))?,?|"
                     r"(?:are|r) (?:you|u) (?:sure|certain|positive)(?= \w))(?: that\b)?(?=\s*\w)", re.I)
# (not "am I right?" alone after a claim: a tag, asking whether the claim before it is so)
# "my teacher asked us where ...", "my boss wants to know when ...": someone else's question, reported
_ASKED_US = lazy(r"^\s*(?:(?:ok|okay|alright|right|so|well|and|anyway|hey|hi)[,!.]?\s+){0,3}(?:(?:my|our|a|an|the|one of my|one of our|some of my|some of our|his|her|their) [\w'’-]+(?: [\w'’-]+)?|"
                 r"someone|somebody|everyone|everybody|people|they|he|she) (?:asked|asks|keeps? asking|kept asking|"
                 r"(?:is |was |are |were )?(?:asking|wondering)|wants? to know|wanted to know|wonders?|wondered)"
                 r"(?: (?:us|me|them|him|her|everyone|the class))? (?:(whether|if) (?=\w)|(?=(?:when|where|who|what|which|how|"
                 r"why)\b))", re.I)
# "I was going to describe the meeting as a summit", "I'm planning to tell the class that ...": the reader's
# claim, asked as one
_I_WILL_SAY = lazy(r"^\s*i(?:['’]m| am| was)? (?:going|planning|about|intending|hoping|meaning) (?:(?:" + _TO_SAY + r")(?: that)?|"
                   r"to (?:describe|call|characteri[sz]e|label|refer to) (.{3,80}?) as)(?= \w)", re.I)
_END_OF_MONTH = lazy(r"\b(?:toward|towards|at|by|near|around) the end of (january|february|march|april|may|june|july|"
                     r"august|september|october|november|december)\b", re.I)
# "could you indicate when ...": the request only frames the question
_COULD_YOU_SAY = lazy(r"^\s*(?:could|can|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |pls |just |quickly |maybe "
                      r"|simply |briefly )*(?:indicate|tell me|tell us|say|specify|state|"
                      r"clarify|explain)\s+(?=(?:(?:on|at|in|for|from|by|with|to|since) )?(?:when|where|who|what|which|how|why)\b)", re.I)
# "how would you explain 'coalition of the willing'?", "how might one define X?": explain X (not how it met)
_HOW_WOULD_YOU_EXPLAIN = lazy(r"^\s*how (?:would|could|should|do|can|might) (?:you|u|i|we|one) (?:best )?"
                              r"(?:explain|describe|define|sum up|summari[sz]e)\s+(?:to (?:a|an|my|the) [\w'’-]+\s+)?", re.I)
_TO_DO_WHAT = lazy(r"^(\s*(?:and |so |but )?)to do what\b", re.I)
# "..., do you know?", "... any idea?" at the end: the question before it
_DO_YOU_KNOW = lazy(r"(?<!as far as)(?<!as far as ),?\s*(?:do (?:you|u) know|any idea|you know|if you know|does anyone know)\s*[?!.]*\s*$", re.I)
# "the peace process the article mentions": which one, not a topic
# the story as the reader names it ("the article", "this piece"), in every pattern that speaks of it
_STORY_NAMES = ("article", "story", "piece", "report", "text")
_STORY_NOUN = "(?:" + "|".join(_STORY_NAMES) + ")"
_THE_ARTICLE_MENTIONS = lazy(r"\s+(?:(?:that |which )?the " + _STORY_NOUN + r" (?:mentions|mentioned|"
                             r"refers to|referred to|talks about|describes|described|(?:keeps|kept) (?:mentioning|referring to|"
                             r"talking about|bringing up))|as (?:the|this) " + _STORY_NOUN + r" (?:describes|puts|presents|frames|defines|"
                             r"reports|tells|explains) (?:it|them|this)|(?:does|do|did) the (?:article|story|"
                             r"piece|report|text) (?:mention|name|cite|list))(?=\s*(?:[?!.]*\s*$|,))", re.I)
_NAMES_THEM = lazy(r"^(\s*(?:and |but |so )?)(?:does|do|did) the " + _STORY_NOUN + r" (?:actually |even )?"
                   r"(?:mention|name|list|identify|cite) (?:them|those|these|any of them)(?=\s*[?!.]*\s*$)", re.I)
_N_LINE_VERSION = lazy(r"\b(?:(?:a|an|the|your)\s+)?(?:short\s+|quick\s+)?(?:\d+|one|two|three|four|five|few)[- ](?:lines?|sentences?|"
                       r"paragraphs?|paras?|words?)\s+(?:version|summary|recap|rundown|overview|explanation|take|gist)\b", re.I)
_N_LINES_LABEL = lazy(r"(?:^\s*|,\s*)(?:(?:in|just|only|max|quick(?:ly)?|briefly|short answer)\s*,?\s*)?(?:\d+|one|two|three|a few)\s+"
                      r"(?:lines?|sentences?|words)\s*(?:only|max|maximum|tops|please|pls)?\s*(?:[:,-]\s*|[.!]*\s*$)", re.I)
_IN_N_LINES = lazy(r"(?:^\s*|\s+)in (?:like |about |just |only |max |under )?(?:\d+|one|two|three|four|five|a few|a couple of|few)\s+"
                   r"(?:lines?|sentences?|words|bullet points|points|paragraphs?)\b,?", re.I)
# "... so I can check it myself", "..., since my students keep asking", "... that I could share with my
# class": a clause about the one asking, to the end of the question
_MY_REASON = lazy(r"(?<=\w)[,;]?\s+(?:(?:(?:just )?so(?: that)?|since|because|cause|coz|bc|that|which|before|in case)\s+(?:i|we|my|our|me)\b|"
                  r"for (?:those of us|people like me|someone like me|the likes of me) who\b)[^?.!,;:]*", re.I)
_ASKED_BEFORE = lazy(r"\b(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|did|does|do|will|would|can|could|has|"
                    r"have|tell|explain|give)\b", re.I)  # a question (or a request) before a reason clause
# "Need to confirm for copy.", "I need this for my essay.": a sentence saying why the reader asks, and nothing more
_I_NEED_IT = lazy(r"^\s*(?:i |we )?(?:just |really |still )?need(?:ed)? (?:to (?:confirm|check|verify|know|double[- ]check)"
                  r"(?: (?:this|it|that))?|(?:this|it|that))(?: for [^?.!]*| (?:in|within|by|before) (?:the next |like |about )?"
                  r"(?:\d+|a|an|one|two|five|ten|twenty) ?(?:min|mins|minutes?|secs?|seconds?|hours?|hrs?|h|pm|am)\b[^?.!]*| asap| now| fast)?[.!]*\s*$", re.I)
# "Before I quote it:", "Quick verification before we go to print:": why the reader asks, before the question
_BEFORE_I = lazy(r"^\s*(?:[\w'’-]+ ){0,3}?before (?:i|we) [^,:;?.]{1,40}[:;,]\s*", re.I)
_DOES_IT_SAY = lazy(r"^\s*(?:does|did|do) (?:the|this) " + _STORY_NOUN + r" (?:say|mention|tell us|tell me|"
                    r"explain|state|specify|indicate|reveal)\s+(?=(?:what|who|when|where|which|how|why)\b)", re.I)
# "does the text state that france and the uk lead it?": the claim after "that", asked as one
_DOES_IT_SAY_THAT = lazy(r"^\s*(?:does|did|do) (?:the|this) " + _STORY_NOUN + r" (?:actually |really )?(?:say|mention|state|"
                         r"claim|report|confirm|tell us|tell me|indicate) that\s+(?=\w)", re.I)
_PHOTO_USED = lazy(r"\b(photo|photograph|picture|image|pic)(?: that was| which was| that is| which is)? (?:used|shown|published|run|"
                   r"printed|included|that comes|that came|accompanying|at the top)? ?(?:with|in|alongside|above|on top of|of) "
                   r"(?:the|this) (?:story|article|piece|report|text)\b", re.I)
_KNOWN_AS = lazy(r"(?:\b(?:grouping|group|body|entity|initiative|alliance|thing|format)\s+)?\b(?:(?:that is |which is )?"
                 r"(?:known|referred to|described) as|dubbed)\s+|\b(?:formally|generally|broadly|strictly|roughly|"
                 r"technically) speaking\b,?", re.I)
_ENUMERATOR = lazy(r"^\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|finally|lastly|last but not least|one more thing|"
                   r"also|and also|plus)\s*[,:]\s*", re.I)
# a worksheet's numbering ("Q2.", "Question 3:", "4)", "Q12 (3 marks):") and instructions ("Use evidence from
# the text.", "Quote the text to support your answer."): how the question is set, no part of it
_WORKSHEET = lazy(r"^\s*(?:(?:(?:question|q|no\.?|number|#)\s*\d+[a-z]?|\(?\d{1,2}[a-z]?)\s*(?:\(\s*\d+\s*marks?\s*\))?\s*"
                  r"(?:[.:)\-–]+\s*|$)|(?:use|cite|give|quote|show) (?:evidence|examples?|the text|the article|quotes|"
                  r"quotations)(?: from the (?:text|article|story))?(?: to (?:support|justify|back up) your answer)?[.!]?\s*$|"
                  r"(?:support|explain|justify) your (?:answer|reasoning)(?: with [^.?!]{0,30})?[.!]?\s*$)", re.I)
_FURTHER_TO = lazy(r"\b(?:pursuant to|further to|with reference to|in reference to|following up on) (?:my|our|your|the) "
                   r"(?:enquiry|inquiry|question|request|e-?mail|message|letter)\b,?\s*", re.I)
_REFUSED_TO = lazy(r"\b(has |have |had )?(?:refused|declined|refuses|declines|refuse|decline) to ", re.I)
_HOW_DEFINE = lazy(r"^\s*how (?:would|might|could|can|do|does|should) (?:one|you|we|i|u|the (?:article|story|report)) "
                  r"(?:best )?(?:define|describe|characteri[sz]e|sum up|explain)\s+", re.I)
_LIKE_IM_FIVE = lazy(r"\b(?:explain (?:(?:it|this|the story|the article) )?(?:to me )?like i['’]?\s?a?m (?:5|five|a kid|a child)|eli5)\b", re.I)
_STORY_ITSELF = lazy(r"^(?:(?:the|this) (?:story|article|news|piece|whole thing|thing)|this|it|everything|all this|"
                     r"(?:pls|please|plz|thx|thanks|for me|to me)|\W)*$", re.I)


def _like_im_five(match: re.Match) -> str:
    """"eli5" alone, or of the story, asks the story in short; before a thing ("eli5 coalition of the
    willing pls") it asks what that thing is; before a question, that question."""
    rest = match.string[match.end():].strip(" ,:;-?!.")
    if _STORY_ITSELF.match(rest):
        return "summarize the story"
    first = rest.split()[0].lower() if rest.split() else ""
    return "" if first in question_words or (first,) in question_types else "what is"


_FOR_REAL = lazy(r"\b(?:for real|real quick(?:ly)?|in full|in the first place|in (?:simple|simpler|plain|easy|everyday|layman['’]?s?|basic) "
                 r"(?:words|terms|english|language))\b", re.I)
_IN_FULL = lazy(r"\s*,?\s*\b(?:in full|word for word)\b\s*,?\s*", re.I)
_SAYING = lazy(r"\b(?:say|said|says|remarks?|words|statement|quote|quotes|speech|comments?)\b", re.I)
_FALL_ON = lazy(r"\b(?:fall|falls|fell|falling)(?: on)?\b", re.I)
_MEANT_WHEN = lazy(r"\bwhat (?:did|does|do) (?:zelensky|he|she|they|the president|the ukrainian president|the president of ukraine) "
                   r"mean (?:by |when (?:he|she|they) (?:said|says|talked about|talks about|spoke of|speaks of|mentioned|mentions|"
                   r"referred to|refers to|spoke about)(?: that)? )", re.I)
_SAYS_ABOUT = lazy(r"^\s*(?:what (?:does|did|do)|(?:does|did) (?:the|this) " + _STORY_NOUN + r" say anything|"
                   r"what (?:does|did) (?:the|this) " + _STORY_NOUN + r" (?:say|tell us|tell me)) ?(?:the|this)? ?"
                   r"(?:" + _STORY_NOUN + r" )?(?:say|tell us|tell me)? ?about ", re.I)
_STORY_BASED_ON = lazy(r"\s+(?:is|was) (?:this|the) (?:news )?(?:story|article|piece|report)(?: \w+)? based on(?=\s*[?!.]*\s*$)", re.I)
_TO_DO_WITH = lazy(r"^\s*what (?:has|have|does|do|is) (.+?) (?:got )?to do with (?:this|the|all this|any of this)"
                  r"(?: (?:story|article|piece|news|meeting|coalition))?\s*[?!.]*\s*$", re.I)
_DEAL_WITH = lazy(r"\bwhat(?:['’]?s| is) (?:the deal|up|the story|the thing|going on) with\b", re.I)
# the whole story asked for in short, for someone ("boil the story down for my newsletter", "the gist of this
# story in a few lines", "sum up this article for my dad"): the summary; who it is for asks nothing
_SUMMARY_OF_STORY = lazy(r"(?:^|(?<=[.?!;]))[^.?!;]*\b(?:sum(?:marise|marize)?|summary|overview|gist|rundown|run-down|recap|tl;?dr|boil|"
                         r"nutshell|synopsis|precis|digest|outline|brief me)\b[^.?!;]*?\b(?:the|this|that|your) "
                         r"(?:story|article|piece|report|news(?: item| story)?|text)\b(?![^.?!;]*\b(?:about|on|regarding|"
                         r"concerning|who|when|where|why|which|how)\b)[^.?!;]*", re.I)
_SUM_UP = lazy(r"\bsum (it|this|that|them|everything|(?:the|this) \w+) up\b", re.I)
_IF_SO = lazy(r"\b(?:and )?if so\b,?", re.I)
_EXPLANATION_OF = lazy(r"\b(?:i would appreciate |i['’]d appreciate |please give me |give me )?(?:a |an )?(?:brief |short |quick |"
                       r"simple )?explanation of\s+|^\s*i(?: would|['’]d) be (?:grateful|thankful|glad|obliged) if you could "
                       r"(?:explain|tell me|say|describe|remind me|let me know|clarify|indicate|specify)\s+", re.I)
# "its gonna be", "its in kyiv", "its the first": "it is" typed without the apostrophe (a possessive
# "its" never comes before these)
_ITS_FOLLOWERS = ("going to", "gonna", "about to", "a", "an", "the", "in", "on", "at", "not", "just", "only", "still", "all",
                  "over", "true", "right", "really", "already", "set", "planned", "scheduled", "happening", "being", "been",
                  "supposed", "meant")
_ITS_OPENING = lazy(r"(^\s*|[.?!,:;]\s*|\b(?:so|and|but|oh|ok|okay|wait|hmm|yeah|lol|then|because|cause|cuz|if)\s+)its\s+", re.I)
_ITS = lazy(r"\bits (?=(?:" + "|".join(_ITS_FOLLOWERS) + r")\b)", re.I)
# "any idea when ...", "do you know where ...", "i wonder who ...": the question itself
_ANY_IDEA = lazy(r"\b(?:any idea|do (?:you|u|ya|we) (?:happen to |even |actually )?know|does (?:anyone|anybody) know|(?:i )?(?:was )?wonder(?:ing)?|i(?:['’]?d| would| should) (?:like|love) to know|i need to know|"
                 r"i want to know|i wanna know|(?:i['’]m|i am|we['’]re|we are) (?:not (?:sure|certain|clear)|unsure|unclear)(?: (?:about|of|on|as to))?)\s+(?=(?:when|where|who|whom|whose|what|"
                 r"which|how|why|if|whether)\b)", re.I)
# "the second of april": the 2 of april (a day of the month written as an ordinal word)
_DAY_ORDINALS = {w: str(i) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
_DAY_ORDINALS.update({f"twenty-{w}": str(20 + int(n)) for w, n in list(_DAY_ORDINALS.items())[:9]})
_DAY_ORDINALS.update({f"twenty {w}": str(20 + int(n)) for w, n in list(_DAY_ORDINALS.items())[:9]})
_DAY_ORDINALS.update({"thirtieth": "30", "thirty-first": "31", "thirty first": "31"})
_ORDINAL_OF_MONTH = lazy(r"\b(" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)) + r") of (january|february|march|"
                         r"april|may|june|july|august|september|october|november|december)\b", re.I)
# "prior to this announcement, ...": a time frame, before it
_PRIOR_TO_THIS = lazy(r"^\s*(?:prior to|before|ahead of) (?:this|that|the) (?:announcement|article|story|report|statement|news)"
                      r"\s*,?\s*", re.I)
# "..., as the Ukrainian president described it": who put it so, not what is asked
_AS_DESCRIBED = lazy(r",?\s+as (?:the )?(?:[\w'’-]+ ){0,3}(?:described|said|put|called|stated|explained|framed|describes|says|puts|calls|states|"
                        r"explains|frames)(?: it| them)?"
                     r"(?=\s*[?!.]*\s*$)", re.I)
# "do you at least know the date?": what is the date
_KNOW_THE = lazy(r"^\s*(?:but |so |and )?do (?:you|u) (?:at least |even |happen to |actually )?know (?=(?:the|its|their|his|her)\b)",
                 re.I)
# "what does the phrase 'coalition of the willing' refer to?", "what is meant by the term ...": what it is
_TERM_NOUNS = r"(?:phrase|term|expression|word|words|name|label|notion|concept)"
_TERM_MEANS = lazy(r"\bwhat (?:does|do) the " + _TERM_NOUNS + r"\s+(.+?)\s+(?:mean|refer to|stand for|signify|denote)\b", re.I)
_LEVEL_OF = lazy(r"\b(what|which) level of\b", re.I)
_TERM_ORIGIN = lazy(r"\bwhere (?:does|do|did) the " + _TERM_NOUNS + r"\s+(.+?)\s+(?:come from|originate)\b", re.I)
_ORIGINS_OF = lazy(r"\b(?:the )?(?:historical |historic )?(?:origins?|history) of the " + _TERM_NOUNS + r"\s+", re.I)
_DEFINE_THE_TERM = lazy(r"^\s*(?:please )?define (?:the " + _TERM_NOUNS + r"\s+)?|,?\s+as (?:it is |it['’]s )?used(?: in (?:the|this) "
                        r"(?:text|article|story|piece)| here)?(?=\s*[?!.]*\s*$)", re.I)
_MEANT_BY = lazy(r"\bwhat is meant by (?:the " + _TERM_NOUNS + r"\s+)?", re.I)
# "what office does zelensky hold": his role
_OFFICE_HELD = lazy(r"\bwhat (?:office|post|position|title|job) (?:does|did|do) (.+?) (?:hold|have|occupy)\b", re.I)
# what opens a message before its question: pushback and memory ("that can't be right, ...", "as far as I
# remember, ..."), a source or a reader ("according to the report,", "for a reader unfamiliar with ...,"), a
# request ("would you be able to") or a new topic ("quick fact check:", "diff q")
_THIS_STORY = r"(?:the|this|that|your) " + _STORY_NOUN + r"\b"  # "i read the article twice": no hearsay
_LEADING_FRAME = lazy(r"^\s*(?:(?:but |well |hmm )?(?:that|this) (?:can ?not|can['’]?t|cannot) be right|that['’]?s not right|"
                      r"(?:according to|(?:as )?per|going by|based on) (?:the|this) (?:report|article|story|piece|text)|"
                      r"(?:also |and |so )?for (?:a|an|the|someone|somebody|anyone|people|those|readers?|my|our)\b[^,:?]{0,60}[,:]|"
                      r"(?:that |it |this )?(?:sounds|seems|looks)(?: a bit| kind of| kinda| pretty| very| rather)? (?:made up|fake|wrong|odd|"
                      r"strange|weird|unlikely|like a lot|too (?:high|low|much|many)|suspicious|fishy|off|doubtful|dubious|"
                      r"exaggerated|crazy|wild)(?: to me)?(?= *[,.!;:])|"
                      r"(?:(?:(?:sorry|hi|hey|hello|ok|okay|so),? )?(?:a |an |total |complete |a total |a complete )?(?:newbie|beginner|noob|novice|outsider|layman|layperson)"
                      r"(?: here)?|[^,?]{3,50}, but(?= (?:did|does|do|is|was|are|were|has|have|who|what|when|where|which|how|why|can|could|will)\b))|"
                      r"(?:would|could|will) you be able to|"
                      r"(?:given|considering|seeing|bearing in mind|now)(?: that| as)? [^,?]{3,80}, (?=(?:how|what|who|when|where|why|"
                      r"which|is|are|was|were|will|would|did|does|do|can|could|has|have)\b)(?![^?]*\b(?:that|those) (?!one\b)[a-z]+\s*\?)|"
                      r"i don['’]?t think so|as far as (?:i|we) (?:remember|recall|know|can tell)|"
                      r"as far as (?:the|this) (?:report|article|story|piece|text)(?: \w+){1,2},|if i (?:remember|recall) (?:correctly|right)|"
                      r"i was under the impression(?: that)?|sorry if (?:this|that|it)(?: is|['’]s| was) [^,?]{0,30}?,? ?but|"
                      r"i(?: was| have been|['’]ve been) told(?: somewhere)?(?: that)?(?= )|"
                      r"(?:a friend|someone|somebody|my \w+|people|they|a colleague) (?:told me|tells me|said|says|claims)(?: that)?(?= )|"
                      r"i(?:['’]m| am) (?:fairly |pretty |quite |almost )?(?:sure|certain|convinced)(?: that)?(?= )|"
                      r"just to (?:confirm|check|be sure|clarify|double[- ]check)[^:?]{0,60}[:,]|"
                      r"i(?: have)? (?:heard|read|thought|saw)(?: somewhere| online| elsewhere)?(?: that)?(?= (?:that|the|it|they|this)\b)"
                      r"(?! " + _THIS_STORY + r")|correct me if i['’]?m wrong(?: but)?|(?:quick )?fact[- ]?check|(?:a |just a )?(?:quick|fast) check(?= *[-:,.!]| *$)|"
                      r"(?:diff|different|another|new|random|side|quick) q(?:uestion|n|s)?|"
                      r"(?:i(?:['’]d| would)? like to know |i (?:want|need|wanna) to know |i (?:have|got) |i['’]ve got |here are )?"
                      r"(?:\d+|two|three|four|a few|few|some|a couple of|couple of|a couple) (?:quick |short |more |small )?(?:ones|questions|qs|things|points|items|queries)(?= *(?:[:,-]|$)))"
                      r"\s*[,.:;!-]*\s*", re.I)
# hearsay: "someone on twitter claimed (that)", "I heard on the radio this morning that", "my dad heard",
# "a guy at work says", "I saw a post claiming", "apparently": the claim after it is what is asked about
_HEARD_FROM = (r"(?:on|in|at|from|via|over) (?:the |a |an |my |our )?(?:radio|news|tv|television|telly|twitter|x|facebook|fb|"
               r"reddit|telegram|tiktok|instagram|insta|youtube|podcast|internet|web|work|school|uni|university|church|"
               r"pub|forum|social media|group chat|whatsapp|bbc|cnn|fox|sky|office|workplace|class|family|gym|club|"
               r"neighbou?rhood)(?: news| this morning| today| yesterday)?")
_SHOWN = r"caption|photo|photograph|picture|pic|image"  # ("the caption says that was in 2023": the story's own
# words about the photo, not hearsay to be checked apart from it)
_HEARSAY = lazy(r"^\s*(?:(?:apparently|reportedly|allegedly|supposedly|rumou?r has it|word is)\b,?|"
                r"(?:(?:(?:i|we)(?: have|['’]ve| had)?|(?:some|any|every)(?:one|body)|people|they|he|she|"
                r"(?:a|an|my|our|the|his|her|one|some) (?!(?:" + _SHOWN + r")\b)[\w'’-]+(?: [\w'’-]+)?) (?=\w)|(?=heard|read))"
                r"(?:" + _HEARD_FROM + r" )?(?:(?:also|even|always|still) )?(?:(?:heard|read(?! " + _THIS_STORY + r")|saw|told me|tells me|told us|said|says|say|claims?|claimed|"
                r"insists?|insisted|tweeted|swears?(?: blind)?|swore(?: blind)?)"
                r"(?: (?:a|an) (?:post|tweet|video|article|report|headline|thread|story)(?: (?:claiming|saying)))?"
                r"(?: " + _HEARD_FROM + r")?(?: (?:this morning|this evening|today|yesterday|last night|earlier|recently|"
                r"somewhere|online|elsewhere))?(?: that)?|(?:mentioned|reported|reports|posted|wrote|writes) that))"
                r"(?=\s+\w)\s*", re.I)  # ("my professor mentioned a gathering": no claim follows)
# what someone said, asked of what they said: "did zelensky say the meeting is on saturday?" claims the
# meeting's day ("according to zelensky, is it true that ..."); "what proposals is he talking about?",
# "what did he say they would work on?" and "zelensky said it's the first what?" ask about the thing itself
# ("when did zelensky say they would meet?" may ask when he said it: left whole)
_SPEAKER = (r"(?:he|she|they|the (?:ukrainian |us |u\.s\. |british |french )?(?:president|leader|prime minister|pm|article|story)|"
            r"(?:president |prime minister |pm |mr\.? )?[a-z][\w'’-]+(?: (?!really|rly|realy|actually|ever|also|even|just|say|said)[a-z][\w'’-]+)?)")
_CLAUSE_NEXT = (r"(?=(?:it|they|there|he|she|we|only)\b|(?:the|a|an|this|these|those) (?!or\b|and\b)[\w'’-]+(?: [\w'’-]+)? "
                r"(?:is|are|was|were|will|would|could|should|had|has|have|might|may)\b)")
# a request for someone's own words: "the passage where he mentions X", "the verbatim quote from zelensky
# about X", "zelensky's exact words about X", "the exact wording zelensky used about X": what exactly he said
_SAYING_VERBS = (r"(?:talks|talked|speaks|spoke|mentions|mentioned|describes|described|says|said|refers|referred|"
                 r"uses|used|gives|gave|discusses|discussed|addresses|addressed)")
_PRECISE_WORDS = ("exact", "precise", "direct", "verbatim", "actual", "literal", "original", "word-for-word")
_QUOTE_NOUNS = r"(?:quote|quotation|quotes|words|wording|line|lines|passage|sentence|phrasing|remarks?|statement)"
_QUOTE_WHERE = lazy(r"\b(?:the|a|that) (?:[\w-]+ )?(?:quote|quotation|line|passage|sentence|"
                    r"part|bit|paragraph) (?:where|in which|when) (" + _SPEAKER + r") " + _SAYING_VERBS +
                    r"(?: (?:about|of|to|on))?(?=\s)", re.I)
_QUOTE_EXACT = lazy(r"\b(?:(?P<owner>[\w-]+|the president)['’]s? )?(?:" + "|".join(_PRECISE_WORDS) + ") " + _QUOTE_NOUNS +
                    r"(?: (?:of|from|by) (?:(?P<of>[\w-]+|the president)['’]s? (?:line|words|remarks|statement|quote)|"
                    r"what (?P<what>" + _SPEAKER + r") (?:said|says)|(?!what\b)(?P<by>" + _SPEAKER + r")))?(?: (?P<user>" + _SPEAKER + r") (?:used|uses|said|gave|chose))?"
                    r" (?:about|on|regarding|concerning)(?=\s)", re.I)


def _quote_request(text: str) -> str:
    """"the line where zelensky mentions a contingent", "his exact words about the meeting": what exactly
    the speaker said about it (he when the request names no one)."""
    low = text.lower()
    found = _QUOTE_WHERE.search(text) if " where " in low or " in which " in low or " when " in low else None
    if found:
        return _from_its_sentence(text, found, f"what exactly did {found[1]} say about")
    found = _QUOTE_EXACT.search(text) if any(w in low for w in _PRECISE_WORDS) else None
    if found:
        speaker = found["owner"] or found["of"] or found["what"] or found["by"] or found["user"] or "he"
        text = _from_its_sentence(text, found, f"what exactly did {speaker} say about")
        return _FOR_MY_USE.sub(r"\1", text)  # "... about the contingent for a caption": the asker's use of it
    return text


_FOR_MY_USE = lazy(r"\s+for (?:a|an|my|our|the|his|her|their) (?:[\w-]+ )?(?:caption|post|tweet|slide|essay|piece|"
                   r"newsletter|report|homework|assignment|class|lesson|article|story|segment|script|thread)(\s*[.?!]*)\s*$", re.I)


def _from_its_sentence(text: str, found: re.Match, replacement: str) -> str:
    """The sentence of `found` up to its end replaced: the request's opening ("could you give me") goes too."""
    start = max(text.rfind(mark, 0, found.start()) for mark in ".?!;:") + 1
    return text[:start] + (" " if start else "") + replacement + text[found.end():]


_DID_SAY = lazy(r"^(\s*(?:so |and |but )?)(?:did|does|has|had|is|was) (" + _SPEAKER + r") (?:really |rly |realy |actually |ever |also |even |just )?"
                r"(?:(?:say(?:ing)?|claim(?:ing)?|stat(?:e|ing)|mention(?:ing)?|tell(?:ing)? (?:us|them|people|reporters))(?: that)? "
                r"(?!they\b)" + _CLAUSE_NEXT +  # ("did france say they'd send troops": France's own claim, left whole)
                r"|(?:call(?:ing)?|describ(?:e|ing)|nam(?:e|ing)|label(?:l?ing)?) (?:it|this|the meeting|the gathering)(?: as)? "
                r"|(?:describ(?:e|ing)|characteri[sz](?:e|ing)|refer(?:ring)? to) (?:[\w'’-]+ ){1,4}?as )", re.I)
_TALKING_ABOUT = lazy(r"^(\s*(?:(?:what|which|whose)(?: [\w'’-]+){1,4}?|who(?: exactly| precisely| then)?)) (?:is|was|are|were|does|did) " + _SPEAKER +
                      r" (?:talking|speaking|referring|on)(?: about| of| to)?(?=\s*[?!.]*\s*$)|"
                      r"^(\s*(?:what|which|whose)(?: [\w'’-]+){1,4}?) (?:does|did) " + _SPEAKER + r" mean(?=\s*[?!.]*\s*$)", re.I)
_WH_SAY = lazy(r"^(\s*(?:what|which|who|where|why|how many|how much)(?: [\w'’-]+)?) (?:did|does|do) " + _SPEAKER +
               r" (?:say|think|claim|mention|expect)(?: that)? (?:(?=(?:is|are|was|were|will|would)\b)|" + _CLAUSE_NEXT + ")", re.I)
_SAID_WHAT = lazy(r"^\s*(?!(?:who|whom|what|which|when|where|why|how)\b)" + _SPEAKER + r" (?:said|says|sed) (?=(?:it|its|it['’]s|they|the|there|this)\b.*\b(?:what|wat|wot|which|who|"
                  r"when|where|something|smth|sth)\b)"
                  r"|^\s*when " + _SPEAKER + r" (?:says|said|talks about|mentions|speaks of|refers to) (?=\S)", re.I)
_PRONOUNS = frozenset({"he", "she", "they"})
# "..., according to what zelensky said?": the source of what is asked, not a question about his words
_ACCORDING_TO_WHAT = lazy(r"\baccording to what (" + _SPEAKER + r") (?:said|says|stated|states|told (?:us|reporters|the press)|"
                          r"has said|had said|announced)\b", re.I)


def _spoken_of(text: str, low: str) -> str:
    """A question about what someone said, read as a question about what they said it of."""
    if low.lstrip().startswith(("did ", "does ", "has ", "had ", "so did", "and did", "but did", "is ", "was ")):
        match = _DID_SAY.search(text)
        if match:
            text = _according_to(match, text)
    if " talking" in low or " speaking" in low or " referring" in low or " mean" in low or " on about" in low:
        text = _TALKING_ABOUT.sub(lambda m: m.group(1) or m.group(2), text, count=1)
    if " say" in low or " think" in low or " claim" in low or " mention" in low or " expect" in low:
        text = _WH_SAY.sub(r"\1 ", text, count=1)
    if " said " in low or " says " in low or low.lstrip().startswith("when "):
        text = _SAID_WHAT.sub("", text, count=1)
    if "according to what" in low:
        text = _ACCORDING_TO_WHAT.sub(r"according to \1", text, count=1)
    return text


def _according_to(match: re.Match, text: str) -> str:
    """"did zelensky (really) call it X?" -> "is it X, according to zelensky?" (its source last, so the
    question still opens as one)."""
    opener, speaker = match.group(1), match.group(2)
    said = match.group(0)[len(opener):].lower().split()
    claim = "is it " if any(w.startswith(("call", "describ", "nam", "label", "characteri", "refer")) for w in said[2:]) \
        else "is it true that "
    rest = text[match.end():]
    body, end = rest.rstrip(" ?!."), rest[len(rest.rstrip(" ?!.")):]
    source = "" if speaker.lower() in _PRONOUNS else f", according to {speaker}"
    return f"{text[:match.start()]}{opener}{claim}{body}{source}{end}"


# the reader about themselves before a question: "sorry for my english,", "as a retired teacher(,) I ...",
# "I'm a student and (I) need ...", "... for class": who asks and why is no part of what is asked
_ROLES = ("reporter", "journalist", "editor", "correspondent", "student", "teacher", "researcher", "analyst", "blogger",
          "producer", "freelancer", "fact-checker", "fact checker", "writer", "librarian", "professor", "lecturer")
_ROLE_WORD = re.compile("|".join(_ROLES))  # (checked before the pattern below is compiled)
_READER_ROLE = lazy(r"^\s*(?:(?:i['’]m|i am|we['’]re|we are) )?(?:a |an )?(?:[\w'’-]+ ){0,2}?(?:" + "|".join(_ROLES) + r")s?"
                    r"(?: (?:in|from|at|for|with|on) [^.?!:,;]{1,40}?)?(?: here)?\s*(?:[.:;!-]+\s*(?=\S)|[.:;!-]*\s*$)|"
                    r"^\s*(?:writing|reporting|calling) from [^.?!:,;]{1,30}?(?: for [^.?!:,;]{1,30}?)?\s*[.:;,]\s*", re.I)
# "I'm writing an essay for school and I'm not sure what ...": the reader's second remark starts a clause
_AND_I = lazy(r"^(?=\s*(?:i|we)\b)([^,;?]*?),? (?:and|but|so) (?=(?:i|we)(?:['’]m| am| are| do not| don['’]?t| have no| wonder| would like| "
              r"need| want| can ?not| can['’]?t| could(?:n['’]?t| not)| am not| was wondering)\b|"
              r"(?:what|when|where|who|which|how|why)\b)", re.I)  # (... after "i'm not sure" is read as the question)
_READER_SELF = lazy(r"^\s*(?:(?:sorry|apologies|excuse me|forgive me|pardon)(?: for| about)? (?:my|the) (?:bad |poor |broken |"
                    r"weak |limited |imperfect )?(?:english|grammar|spelling|typos?|language)(?! is\b)|(?:(?:sorry|apologies),? )?my english is (?:not (?:very |so )?"
                    r"(?:good|great|perfect)|bad|poor|weak))[,.;:!]*\s*|"
                    r"^\s*as an? (?:[\w'’-]+ ){0,3}?[\w'’-]+(?:,? (?=i\b)|, (?=(?:who|what|when|where|which|how|why|is|are|did|does|do|can|could)\b))|"
                    r"^\s*as (?:someone|somebody|a person|one) (?:who|that)\b[^,?]{0,60},\s*|"
                    r"^\s*(?:i['’]?m|i am) (?:an? |not an? )?(?:[\w'’-]+ ){0,4}?[\w'’-]+:\s*(?=\w)|"
                    r"^\s*i['’]?m an? (?:[\w'’-]+ ){0,2}?[\w'’-]+(?: from [\w'’-]+)?,? (?:and|so) (?:i )?"
                    r"(?=(?:need|want|would|wonder|was|am|have|can['’]?t|cannot|don['’]?t|do not|who|what|when|where|which|how|why)\b)", re.I)
_I_NEED = lazy(r"^\s*(?:i )?(?:really |just )?need (?=(?:a|an|some|the)\b)", re.I)
# "I would appreciate Zelensky's remarks in full", "I'd like to read the president's statement": a request for
# someone's words (not "I would like the direct quotation" after a question: a remark on it)
_I_WOULD_LIKE = lazy(r"^\s*(?:i|we)(?:['’]d| would) (?:(?:very )?much |really |greatly )?(?:appreciate|like|love|welcome|"
                     r"value)(?: to (?:see|have|get|read|know))? (?=(?:the )?[\w-]+['’]s\b)",
                     re.I)
# "I would be grateful to know who met ...", "I'd be glad if you could tell me when ...": the question
_GRATEFUL = lazy(r"^\s*(?:i|we)(?:['’]d| would) be (?:very |most |really |so )?(?:grateful|glad|happy|thankful|obliged)"
                 r"(?: if you (?:could|would) (?:tell|explain to|let) (?:me|us)(?: know)?| to (?:know|learn|hear|understand))\s+(?=\w)",
                 re.I)
_FOR_CLASS = lazy(r"\s+for (?:my |a |an |our )?(?:class|school|homework|essay|presentation|report|students|quiz|uni|"
                  r"university|lesson|seminar|course|assignment|newsletter|blog|piece|article|story|column|paper)\b", re.I)
# "could you please confirm the date of the session?": asks the thing, no claim to judge ("can you confirm
# the meeting is on April 4?" is a claim)
_CONFIRM_THE = lazy(r"^\s*(?:could|can|would|will) (?:you|u) (?:please |kindly |pls )?(?:confirm|verify|check) "
                    r"(?=(?:the|its|their) )(?!(?:[^\s?]+ ){1,6}(?:is|was|will|are|were|has|had|have)\b)", re.I)
# a closing check on the claim before it is a yes/no tag: "..., can you confirm?", "Is that what the article
# says?", "or did I get that wrong?", "does the story back that up?", "is that the real number?"
_DOES_IT_GIVE = lazy(r"[,;]\s+(?:does|did) (?:the|this) " + _STORY_NOUN + r" (?:give|say|mention|state|"
                     r"include|have) (?:a |an |the |any )?(?:number|figure|date|day|name|names|place|city|reason|time)"
                     r"(?=\s*[?!.]*\s*$)", re.I)
_CLOSING_CHECK = lazy(r"(^\s*|[,;]?\s+)(?:(?:can|could|would) you (?:please )?(?:confirm|verify|check)(?: (?:that|this|it|so))?"
                      r"(?: for me)?|(?:is|was) (?:that|this|it) (?:what|how) (?:the|this) " + _STORY_NOUN + r" "
                      r"(?:says|said|reports|reported|states|stated|claims|puts it|describes it|described it|presents it)|"
                      r"or (?:did|have) i (?:get|got|gotten) (?:that|it|this) wrong|"
                      r"or am i (?:wrong|mistaken|confused)|(?:does|did) (?:the|this) (?:article|story|piece|report) "
                      r"(?:(?:confirm|back|support|say|corroborate|verify|bear) (?:that|this|it|so)(?: (?:date|day|figure|number|"
                      r"name|place|city|claim|detail|account|version|report))?(?: up| out)?|agree(?: with (?:that|this|it|them|him|her))?)|"
                      r"(?:does|did) (?:that|this|it) hold up(?: against (?:this|the) (?:report|article|story|piece))?|"
                      r"(?:true|correct|accurate) according to (?:the|this) " + _STORY_NOUN + r"|"
                      r"(?:is|was|are|were) (?:he|she|they|my [\w'’-]+) (?:right|correct)(?: about (?:that|this|it))?"
                      r"(?:,? do you think)?|is that (?:the )?(?:real|right|correct|actual) "
                      r"(?:number|date|day|figure|place|city|name)|true or (?:not|false)|did that (?:actually |really )?happen|"
                      r"is that what happened|(?:is|was) (?:that|this|it) (?:consistent|in line|in keeping|compatible) with "
                      r"(?:the|this|what the) " + _STORY_NOUN + r"(?: says)?|(?:does|did) (?:that|this|it) "
                      r"(?:fit|match|square|tally|line up)(?: with)? (?:the|this|what the) " + _STORY_NOUN + r"(?: says)?)"
                      r"(?=\s*[?!.]*\s*$)", re.I)
# a group of countries by any of its names ("the coalition", "this alliance")
_GROUP = (r"((?:the |this |that )?(?:[\w'’-]+ )?(?:coalition|group|alliance|bloc|partnership|initiative|organi[sz]ation|union|pact|"
          r"club)(?: of the willing)?)")
# "who set up the coalition?", "whose idea was the coalition (originally)?": who established it
# "which president spoke of the meeting": who made it known (announced it), not who was on a call
_WHO_SPOKE_OF = lazy(r"\b(who|which (?:president|leader|official|politician|one|person))(?: first)? (?:spoke|talked) "
                     r"(?:of|about)(?= (?:the|this|that|friday['’]?s) (?:meeting|gathering|session|summit|meetup)\b)", re.I)
_WHO_FOUNDED = lazy(r"\bwho (?:first |originally |initially |actually )?(?:set up|founded|formed|created|started|established|"
                    r"launched|came up with|thought up|dreamed up|initiated) (?=" + _GROUP + r")|\bwhose idea was (?=" + _GROUP + ")", re.I)
# "when was the coalition set up / formed / created?": when it was established (the story never says), not when it meets
_WHEN_FOUNDED = lazy(r"\b(when|what year|which year) (was|were|did|has|have) " + _GROUP + r" "
                     r"(?:get |first |originally |initially |actually )?"
                     r"(?:set up|formed|form|created|create|founded|found|established|establish|launched|launch|started|start|"
                     r"put together|born|come into being|came into being|come about|came about)\b", re.I)
# "will the meeting last more than a day?": "last" as a verb is how long, not "the last one" (before)
_LAST_VERB = lazy(r"\b(will|would|going to|gonna|to|does|did|do|should|might|may|can|could|it|meeting|talks|summit) last\b"
                  r"(?! (?:time|week|month|year|summit|meeting|one|talks)\b)", re.I)
# "what is X, for someone who hasn't been following the news?": who the answer is for, not what is asked
_FOR_SOMEONE = lazy(r",?\s+for (?:someone|somebody|a person|people|anyone|a reader|readers|a beginner|a newbie|an outsider|"
                    r"a layman|a layperson|me|us|those)(?: who| that| not| new| unfamiliar| outside)[^?.!]*", re.I)
# "what is this thing everyone keeps mentioning?": who talks about it is no part of what it is
_EVERYONE_SAYS = lazy(r"\s+(?:that |which )?(?:everyone|everybody|people|they|the news|the media|my friends)(?: (?:keeps?|are|is|has|have)"
                      r"(?: been)?)? (?:mentioning|talking about|discussing|saying|writing about|on about|going on about)"
                      r"(?=\s*[?!.]*\s*$)", re.I)
# "which leader did zelensky consult before announcing the meeting?": when it happened, not what is asked
_BEFORE_ANNOUNCING = lazy(r"\s+(?:on )?(?:the day |a day |shortly |just |right |days )?(?:before|prior to|ahead of) (?:announcing|"
                          r"the announcement|his announcement|(?:he|zelensky|zelenskyy|the president|they) (?:announced|revealed|made public)(?: it| this| that)?|"
                          r"making (?:the|his) announcement|going public)"
                          r"(?: (?:of )?(?:the|this|that) (?:meeting|gathering|session))?(?: was made)?(?= *[?!.]*\s*$)", re.I)
# "how many days after the announcement is the meeting going to take place?": when the meeting is (the
# answer dates both); the count of days is no count the story states
_DAYS_AFTER = lazy(r"^\s*how many (?:days|weeks) (?:after|before|from) [^?]*? (?:is|will|was|does|did) (the (?:[\w'’-]+ ){0,2}?"
                   r"(?:meeting|summit|call|talks|gathering|session|announcement))\b[^?]*", re.I)
# "should my country join, in your opinion?": the bot's own judgement, which the story cannot give (the word
# "judgement" is one no story of this bot uses, so the question is not answered as a fact)
_YOUR_OPINION = lazy(r"\b(?:in your (?:personal |honest |own )?(?:opinion|view)|what(?:['’]s| is) your (?:personal |honest )?(?:opinion|view|take)"
                     r"|^\s*what do you (?:personally |honestly |really )?think(?=\s*[,:;-])"
                     r"|in your (?:personal )?judg(?:e)?ment)\b", re.I)
# "the meeting mentioned in the headline": where the reader saw it named, no topic of its own
_MENTIONED_IN = lazy(r"\s+(?:(?:that|which|who) (?:is|was) )?(?:mentioned|referred to|named|cited|reported|described|announced) "
                     r"(?:in|by) (?:the|this) (?:headline|title|article|story|piece|report|text|news)(?=\s*[?!.]*\s*$)", re.I)
_NAMED_AS = lazy(r"\b(are|is|were|was) (?:named|listed|mentioned|described|identified|cited) as (?=[a-z]+ing\b)", re.I)
_WHILE = lazy(r"^\s*(?:while|whereas) [^,?]{3,80}, (?=(?:what|who|when|where|which|how|why|is|are|does|do|did|will|"
              r"can|has|have)\b)", re.I)
_HANDFUL = lazy(r"\ba (?:small |tiny |mere )?handful(?: of)?\b", re.I)
# "where does america fit in": its role
# "where's america in this story?", "where does the u.s. stand in all this": its role
_WHERE_IN_IT = lazy(r"^\s*(?:(?:and|so|but|ok|okay|then),? )?where(?:['’]?s| is| are| does| do)? (.+?) (?:stand(?= *[?!.]*\s*$)|(?:stand )?(?:in|within) (?:this|the|"
                    r"all this|all of this)(?: (?:story|article|piece|picture|situation|news|conflict|whole thing|process))?)"
                    r"\s*[?!.]*\s*$", re.I)
_PART_OF = lazy(r"\b(?:in )?(?:which|what) (?:part|region|area) of ([\w'’-]+)", re.I)
_FIT_IN = lazy(r"\b(?:where|how) (?:does|do|did|will) (.+?) fit (?:in|into)\b(?: with)?(?: (?:this|the|all this|all of this|it|"
               r"that)(?: story| picture| article| coalition| plan)?)?", re.I)
# "their own soldiers": theirs; "in ukraine rather than abroad": the claim is the place before it
_OWN = lazy(r"\b(their|its|his|her|our|my|your|\w+['’]s) own\b", re.I)  # ("ukraine's own proposals")
_RATHER_THAN = lazy(r",?\s+(?:rather than|instead of|as opposed to)\s+[^?!.,;]+(?=[?!.]*\s*$)", re.I)  # the claim is
# before it: "is it in ukraine rather than abroad?", "is the photo from august 2024 rather than from this week?"
# "would you be so kind as to provide ...": a request to give
_NOT_ONLY_THIS = lazy(r",?\s+(?:and )?not (?:only|just|merely) (?:about |for |at )?"
                      r"(?:this|the|that|friday['’]?s) [\w-]+(?: [\w-]+)?(?=\s*[?!.]*\s*$)", re.I)
_THE_WORK_OF = lazy(r"\bwhat(?:['’]s| is) the (?:work|job|mission|business) of ((?:the|this|that) [\w-]+)", re.I)
_NOT_IN_PLACE = lazy(r"(\b(?:in|at) [a-z][\w'’-]+(?: [\w'’-]+){0,2}),\s+not (?:in|at) [^?!.,;]+(?=[?!.]*\s*$)", re.I)
_PLEASE_PROVIDE = lazy(r"^\s*(?:would|could|can|will) you(?: please| kindly| be so kind as to| be kind enough to)?"
                       r" (?:provide|offer|supply)\b", re.I)
# "two dozen": a number
_DOZEN = lazy(r"\b(a|one|two|three|four|five|half a) dozen\b", re.I)
_DOZENS = {"a": "12", "one": "12", "two": "24", "three": "36", "four": "48", "five": "60", "half a": "6"}
# "with respect to", "with regard to", "in relation to": a formal "of" (no topic of its own)
_REGARDING_WORDS = re.compile(r"\b(?:respect|regard|relation|reference) to\b|\bas regards\b|\bin terms of\b|"
                              r"\bin connection with\b")
_REGARDING = lazy(r"\s(?:with|in) (?:respect|regard|relation|reference) to\s|\sas regards\s|\sin terms of\s|"
                  r"\sin connection with\s", re.I)


def rewrite(text: str) -> str:
    """English rules applied before folding: "U.S." is a country, "don't" is "do not", "it's" is "it is",
    "4th" is "4", "how did the meeting go" is "what was the outcome of the meeting".
    """
    low = text.lower()  # each rule runs only where its words are (book texts are rewritten too)
    if " " not in text.strip():  # one word (most of a book's aliases): no phrase rule can apply
        if low.rstrip()[-1:] in (".", ")", ":") and (low[:1].isdigit() or low.lstrip()[:1] in ("q", "#", "(")):
            text = _WORKSHEET.sub("", text, count=1)  # "Q10." before "Identify the author.": a worksheet's number
        return _forms(_places_and_times(text, low))
    if "w" in low and _CHAT_QUESTION_WORD.search(text):  # "wats the meeting for": the phrase rules read "what is"
        text = _CHAT_QUESTION_WORD.sub(lambda m: shorthand[m[0].lower()], text)
        low = text.lower()
    return _forms(_shapes(_register(_framing(text, low), low), low))


# "Fact check: Zelensky said the meeting would be on Friday. Correct?": did he say so (a claim of his, checked)
_SAID_THEN_CHECKED = lazy(r"^\s*(?:[\w ]{0,30}:\s*)?(?!(?:who|what|which|when|where|why|how)\b)(" + _SPEAKER + r") "
                          r"(?:said|says|stated|states)(?: that)? (?!(?:it|this|that) (?:on|in|at|to|for|by|first|last|again|yesterday)\b)"
                          + _CLAUSE_NEXT + r"([^?!]+?)[.,]?\s*"
                          r"(?:correct|right|true|is that (?:right|correct|true|so))\s*\?+\s*$", re.I)


# "Does the text give the number of X, and if so, what is it?": what the number of X is
_IF_SO_WHAT = lazy(r"^\s*(?:does|did|do) (?:the|this) " + _STORY_NOUN + r" (?:specify|specifies|give|say|"
                   r"mention|name|state|list|include|provide|report|tell us)(?: us)? (?P<thing>[^?]{3,120}?)\s*[,?.]?\s*"
                   r"(?:and )?if so,?\s*(?P<wh>what|who|which|when|where)\b(?P<verb> is| are| was| were)?[^?]*\?*\s*$", re.I)


# "the meeting is april 4 or april 1 im so confused my friend said ...": the question ends where the reader
# starts speaking of themself
_CONFUSED_AFTER = lazy(r"(?<=[\w)])\s+(?=i(?:['’]?m| am) (?:so |really |kinda |a bit |totally |super |very )?"
                       r"(?:confused|lost|unsure|puzzled)\b)", re.I)


# "is the whole thing based on ukraine's proposals?": "the whole thing" is "it", no claim about all of something
_WHOLE_THING = lazy(r"\b(?:the|this|that) whole (?:thing|business|affair|exercise|shebang)\b", re.I)
# "i lost track", "hard to keep track": the reader's confusion, not a (negotiating) track
_LOST_TRACK = lazy(r"\b(?:lost|lose|losing|loses|keep|keeping|kept) track(?: of (?:it|this|that|things|everything|the (?:news|dates|story)))?\b", re.I)
# "Seriously though, what is it?": a turn in the chat, not "serious" (in-depth) talks
_SERIOUSLY = lazy(r"(?:^|(?<=[.!?]\s))\s*(?:but |ok |okay |no but |ok but )?(?:seriously|srsly)(?: though| tho)?[,!]*\s+(?=\w)", re.I)
# "wat even is the coalition of the willing lol sounds made up": the asker's view after the question
_OPINION_AFTER = lazy(r"(?<=\w)[,;.!]?\s+(?:(?:lol|lmao|tbh|ngl|honestly)\s+)?(?:it |that |this )?(?:sounds|seems|looks|feels)"
                      r"(?: like| a bit| kind of| kinda| pretty| very| rather| so)? [^?.!,;]{2,60}?[.!]*\s*$", re.I)
# "uk pledged troops y/n": a claim to confirm or deny, as "..., right?" asks
_YES_OR_NO = lazy(r"[,;:]?\s+(?:y/n|y or n|yes or no|yes/no|yay or nay)\s*\??\s*$", re.I)
# "Mr. Zelensky", "Dr. Smith": a title's full stop ends no sentence
_TITLE_STOP = lazy(r"\b(Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Gen|Col|Lt|Sgt|Rep|Gov|Pres|Amb|Hon|Rev|St)\.(?=\s+\w)", re.I)


# how people put a question to test or check: "quiz q:", "pub question -", "trivia:" (the question follows);
# "Query: X. Over." (a radio operator's); "true or false: X", "t/f X", "confirm: X", "X? pls confirm" (a claim
# to confirm or deny, as "X, right?" asks); "X = Y" (X is Y)
_QUIZ_LABEL = lazy(r"^\s*(?:(?:pub |bar |quiz night |trivia night )?(?:quiz|trivia)|pub)(?: q(?:uestion)?s?)?"
                   r"(?: (?:no\.? ?|#)?\d+)?\s*(?:[:\-–—]|(?=\w+ \w))\s*", re.I)
# "TL;DR: what is the coalition?": how short the reader wants it, before a question of its own (not a summary)
_TLDR_BEFORE = lazy(r"^\s*(?:tl\s*;?\s*dr|tldr|short version|in short|briefly)\s*[:\-–—,]\s*(?=(?:who|what|which|when|where|why|how|"
                    r"is|are|was|were|do|does|did|will|can)\b)", re.I)
_RADIO_LABEL = lazy(r"^\s*(?:(?:query|request|requesting|question|enquiry|inquiry)\s*:|(?:query|request|requesting)\s+"
                   r"(?!(?:that|to|for|from|is|was|if|whether)\b))\s*(?=\w)", re.I)
_RADIO_END = lazy(r"(?<=[\w?!.])[.,;]?\s+over(?:\s*(?:and|&|n)\s*out)?[.!]*\s*$", re.I)
_TRUE_OR_FALSE = lazy(r"^\s*(?:true or false|true/false|t/f|t or f|fact or fiction|fact or fake)\s*[:,\-–—?]?\s+"
                      r"(?P<claim>[^?]{6,}?)[.!?]*\s*$", re.I)
_CONFIRM_LABEL = lazy(r"^\s*(?:please |pls |plz |kindly |quick |just )?(?:confirm|verify|check)\s*:\s*"
                      r"(?!(?:who|what|which|when|where|why|how|is|are|was|were|do|does|did|will|would|can|could|has|have)\b)"
                      r"(?P<claim>[^?]{6,}?)[.!]*\s*$", re.I)
_CONFIRM_AFTER = lazy(r"(?<=\w)(?<!you)(?<!\bu)(?<!\bto)\s*[,?.!]*\s*(?:(?:pls|please|plz|kindly|just)\s+)?confirm(?: (?:pls|please|plz))?"
                      r"\s*[?!.]*\s*$", re.I)
_TO_CONFIRM_FRAME = lazy(r"^\s*(?:just |quick(?:ly)? |only )?(?:to (?:confirm|check|verify|be sure)|confirming|checking)"
                         r"\s*(?:[:,–—-]\s*|\s+(?=(?:the|it|its|it['’]s|they|that|this|zelensky|[a-z]+ is)\b))", re.I)
# "April 14, sorry, April 4", "on saturday - no wait, friday": a value said, then corrected; the correction stays
_VALUE_CORRECTED = lazy(r"\b(?P<first>\w+)(?: \d+\w*)?\s*[,–—-]?\s*(?:sorry|i mean|i meant|no wait|wait no|wait|or rather|"
                        r"correction|no)\s*[,:–—-]?\s+(?P<again>\w+)\b", re.I)
# "Two items, please: (1) the date of the meeting, (2) the country hosting it": a list of things asked
_NUMBERED_LIST = lazy(r"(?:^|[\s:;,])\(?1[.)]\s+\w.*?[\s,;]\(?2[.)]\s+\w", re.I)
_LIST_NUMBER = lazy(r"[,;]?\s*(?<![\w.])\(?[1-5][.)]\s+(?=(?P<next>[a-z]+))", re.I)
_ITEM_ASKS = frozenset("who what which when where why how is are was were do does did will would can could has have "
                            "tell give list name".split())
_FOR_THE_RECORD = lazy(r",?\s*\b(?:for|on) the record\b,?", re.I)
_WITH_THE_WORLD = lazy(r"\s+(?:with|to) the (?:world|public|whole world|wider world)\b", re.I)
_EQUALS = lazy(r"(?<=\w)\s*=\s*(?=\w)")
# "ok date time place go": a list of what is wanted, then "go" (not "where will they go", "how did it go")
_GO_AFTER = lazy(r"(?<=\w)\s+(\w+)\s+go[.!]*\s*$", re.I)
_GOERS = frozenset("""will would to they we i you u it he she did does do could can should must let lets gonna wanna
    not ll shall may might who everyone anyone people leaders countries troops all they'll didn't won't how where when
    what why which whether is are was were""".split())
_WHO_IS_IT_BY = lazy(r"\bwho(?:['’]s| is| was) (it|this|that|the (?:article|story|piece|report)|this (?:article|story|piece|report))"
                     r" (?:by|from)\b", re.I)


def _corrected_value(match: re.Match) -> str:
    """The correction alone, when it is the same kind of value as what it corrects (a month's day, a weekday)."""
    first, again = match["first"].lower(), match["again"].lower()
    if (first == again and first in months) or (first in weekdays and again in weekdays):
        return match["again"]
    return match[0]


def _test_frames(text: str) -> str:
    """The frames above said as the plain question or claim."""
    text = _numbered_items(text)
    low = text.lower()
    if "quiz" in low or "trivia" in low or low.lstrip().startswith("pub"):
        text = _QUIZ_LABEL.sub("", text, count=1)
    if ("tl" in low or "short" in low or "brief" in low) and _TLDR_BEFORE.match(text):
        text = _TLDR_BEFORE.sub("", text, count=1)
    if (":" in low or low.lstrip().startswith(("query", "request"))) and _RADIO_LABEL.match(text):
        text = _RADIO_LABEL.sub("", text, count=1)
    if "over" in low:
        text = _RADIO_END.sub("", text)
    if ("/" in low or "true" in low or "fact" in low or "t or f" in low) and _TRUE_OR_FALSE.match(text):
        text = _TRUE_OR_FALSE.sub(r"\g<claim>, right?", text, count=1)
    elif "confirm" in low or "verify" in low or "check" in low:
        if _CONFIRM_LABEL.match(text):
            text = _CONFIRM_LABEL.sub(r"\g<claim>, right?", text, count=1)
        elif _CONFIRM_AFTER.search(text):
            text = _CONFIRM_AFTER.sub(", right?", text, count=1)
    return _asides(text, low)


def _numbered_items(text: str) -> str:
    """"(1) the date, (2) the host country": each item a thing asked ("what is the date?")."""
    low = text.lower()
    if not (("1)" in low or "1." in low) and ("2)" in low or "2." in low) and _NUMBERED_LIST.search(text)):
        return text
    seen = []
    return _LIST_NUMBER.sub(lambda m: (" " if not seen.append(m) and len(seen) == 1 else "? ")
                            + ("" if m["next"].lower() in _ITEM_ASKS else "what is "), text).rstrip(" .") + "?"


def _asides(text: str, low: str) -> str:
    """What surrounds the question or claim: "... go", "just to confirm -", a value corrected in passing,
    "for the record", "with the world", "X = Y", "who's it by"."""
    if low.rstrip(" .!").endswith(" go"):
        if not _GOERS.intersection(re.findall(r"[\w']+", low)):  # ("how did the meeting go": a question)
            text = _GO_AFTER.sub(lambda m: f" {m[1]}", text)
    if ("confirm" in low or "check" in low or "verify" in low or "be sure" in low) and _TO_CONFIRM_FRAME.match(text):
        text = _TO_CONFIRM_FRAME.sub("", text, count=1)
    if "sorry" in low or " mean" in low or "wait" in low or "rather" in low or "correction" in low or " no " in low:
        text = _VALUE_CORRECTED.sub(_corrected_value, text)
    if "record" in low:  # "Confirm for the record: ...": who the asker answers to, nothing asked
        text = _FOR_THE_RECORD.sub("", text)
    if " world" in low or " public" in low:  # "who shared the news with the world": made it known
        text = _WITH_THE_WORLD.sub("", text)
    if "=" in low:
        text = _EQUALS.sub(" is ", text)
    if "who" in low and (" by" in low or " from" in low):
        text = _WHO_IS_IT_BY.sub(r"who wrote \1", text)
    return text


# "Give me the whole story in two sentences, I need it for a cold open.", "boil this down for me", "explain it
# like I'm ten": a request to condense the story itself is the summary asked for, whatever reasons come with it;
# "in short, who leads it?" and "the date in one line" ask their own thing
_CONDENSE = lazy(r"\b(?:sum(?:s|med|ming)?(?: (?:it|this|that|things|everything|the \w+))? up|summ?ar(?:y|ies|i[sz]e|i[sz]ing|i[sz]ed)|"
                 r"condense|boil(?:ed|ing)?\b.{1,40}?\bdown|recap|rundown|run-down|run down|gist|synopsis|overview|nutshell|"
                 r"tl\s*;?\s*dr|tldr|cliff ?notes|elevator pitch|brief me|briefing|bullet points|bullets|"
                 r"(?:short|shorter|quick|brief|headline|one-line|two-line|\w+[- ]second|pitch) (?:version|read|take|pitch|rundown)|"
                 r"\w+[- ]minute (?:version|take|pitch|rundown)|"
                 r"in (?:one|two|three|four|five|a few|a couple of|\d+|a single|a short) (?:sentences?|lines?|words?|bullets?|"
                 r"points?|paragraphs?|tweets?)|into (?:a|one|two|three) (?:paragraph|sentence|line|tweet)s?)", re.I)
# how plainly, not how short: only of the story named as such ("explain it in plain words" may be of the question before)
_PLAINLY_TOLD = lazy(r"\b(?:(?:in|into) plain english|in (?:simple|plain|layman['’]?s?) (?:words|terms|language)|"
                     r"like (?:i['’]?m|im|i am|you['’]?re talking to) (?:a |an )?(?:\d+|five|ten|twelve|kid|child|\w+-year-old)|"
                     r"(?:a|an) (?:\d+|five|ten|twelve|\w+)[- ]year[- ]old (?:would|could|can|will)|"
                     r"(?:for|to) (?:a|my) (?:kid|child|grandma|granny))", re.I)
_THE_STORY_ITSELF = lazy(r"\b(?:" + _STORY_NOUN + r"|news|all (?:of )?(?:this|that|it)|everything|"
                         r"the whole thing|what happened)\b", re.I)
_THIS_ONE = lazy(r"\b(?:it|this|that)\b", re.I)  # what the reader has in front of them
# a question of its own beside the request ("in short, who leads it?", "will a news briefing follow?"); "how would
# I explain the story" is none
_ASKS_ITS_OWN = lazy(r"^\W*(?:will|is|are|was|were|did|does|do|has|have|had)\b(?! (?:you|u)\b)|\b(?:(?:who|whom|whose|when|where|which|why)\b|how (?!(?:would|could|should|do|can|might) (?:i|you|we|one) "
                     r"(?:explain|describe|put|sum|summari[sz]e|tell))|what(?:['’]?s| is| was| are)?\b(?! (?:this|it|the "
                     r"(?:story|article|piece|news)|all(?: of)? (?:this|that))(?: all)? (?:about|saying)\b| happened\b|"
                     r" (?:the|a|your) [\w -]{0,25}?(?:version|summary|gist|recap|rundown|overview|synopsis)\b)|"
                     r"(?:of|about|on) (?:the|zelensky|his|her|their) (?!(?:" + _STORY_NOUN + r"|news)\b))", re.I)


# the words one of the rules above needs: a message with none of them is left alone (most messages, cheaply)
_CONDENSE_CUES = ("sum", "brief", "tl", "short", "gist", "recap", "run", "overview", "nutshell", "condense", "boil",
                  "bullet", "version", "pitch", "sentence", "line", "word", "paragraph", "tweet", "plain", "simple",
                  "like", "year", "kid", "child", "gran", "synopsis", "cliff", "headline", "second", "minute", "elevator")


def _condensed(text: str) -> str:
    """The message as the summary asked for, when one sentence of it asks to condense the story; other
    questions in it stay."""
    low = text.lower()
    if not any(cue in low for cue in _CONDENSE_CUES):
        return text
    return one_sentence_read_as(text, _asks_to_condense, "Summarize the story.")


def _asks_to_condense(sentence: str) -> bool:
    """A sentence asking to condense the story (or "it"), with no question of its own."""
    return not _ASKS_ITS_OWN.search(sentence) and bool(
        _CONDENSE.search(sentence) and (_THIS_ONE.search(sentence) or _THE_STORY_ITSELF.search(sentence))
        or _PLAINLY_TOLD.search(sentence) and _THE_STORY_ITSELF.search(sentence))


# "y donde r they doing it": Spanish "and" before a Spanish word, not chat "y" (why)
_SPANISH_AND = lazy(r"(?:^|(?<=[.!?,;]))(\s*)y (?=(?:donde|d[oó]nde|cuando|cu[aá]ndo|quien(?:es)?|qui[eé]n(?:es)?|"
                    r"que|qu[eé]|como|c[oó]mo|cuant[oa]s|cu[aá]nt[oa]s|los|las|el|la)\b)", re.I)


def rewrite_message(text: str) -> str:
    """Rules across a message's sentences, before it is split: 'Viral post: "X". True?' asks whether X is so;
    "i thought it was macron who announced it" (no question mark anywhere) asks it too."""
    if "y " in text[:2] or " y " in text:
        text = _SPANISH_AND.sub(r"\1and ", text)  # (the space before it kept: "ok. and ...")
    text = _test_frames(_condensed(text))
    if "." in text:
        text = _TITLE_STOP.sub(r"\1", text)
    if "track" in text and _LOST_TRACK.search(text):
        text = _LOST_TRACK.sub("confused", text)
    if ("erious" in text or "srsly" in text) and _SERIOUSLY.search(text):
        text = _SERIOUSLY.sub("", text)
    if ("sounds" in text or "seems" in text or "looks" in text or "feels" in text) and "?" not in text[-3:] \
            and _OPINION_AFTER.search(text):
        text = _OPINION_AFTER.sub(lambda m: "" if _ASKED_BEFORE.search(m.string[:m.start()]) else m[0], text)
    if (" y" in text or " Y" in text or " yes" in text.lower() or "nay" in text) and _YES_OR_NO.search(text):
        text = _YES_OR_NO.sub(", right?", text)
    if "whole" in text and _WHOLE_THING.search(text):
        text = _WHOLE_THING.sub("it", text)
    if ("confused" in text or "lost" in text or "unsure" in text or "puzzled" in text) and _CONFUSED_AFTER.search(text):
        text = _CONFUSED_AFTER.sub("? ", text, count=1)
    if "if so" in text.lower() and _IF_SO_WHAT.search(text):
        text = _IF_SO_WHAT.sub(lambda m: f"{m['wh']}{m['verb'] or ' is'} {m['thing']}?", text, count=1)
    if (" said " in text or " says " in text or " stated " in text) and _SAID_THEN_CHECKED.search(text):
        text = _SAID_THEN_CHECKED.sub(r"did \1 say \2?", text, count=1)
    if ('"' in text or "“" in text or "«" in text) and _QUOTED_CLAIM.search(text):
        return _QUOTED_CLAIM.sub(r"\g<claim>, right?", text, count=1)
    if ("'" in text or "‘" in text) and _SINGLE_QUOTED_CLAIM.search(text):
        return _SINGLE_QUOTED_CLAIM.sub(r"\g<claim>, right?", text, count=1)
    if "?" not in text and _BELIEF.match(text):
        return text.rstrip(" .!") + "?"
    low = text.lower()
    if "how many" in low:  # "how many are in it? or is it just two?": a guessed answer, not a claim
        text = _HOW_MANY_GUESS.sub(r"\1?", text, count=1)
    if "?" in low and _GUESS_AFTER.search(text):  # "where did they meet before? always in paris?": a guess at
        text = _GUESS_AFTER.sub(r"\1?", text, count=1)  # the answer, which the answer confirms or corrects
    if "cause" in low or "cuz" in low or "coz" in low:  # "... ? Because if not, what's the point?": the
        text = _BECAUSE_AFTER.sub("", text)  # asker's reason for the question before it, nothing asked
    if "?" in low and (" i " in low or " we " in low) and _GUESS_ASSUMED.search(text):
        text = _GUESS_ASSUMED.sub("", text, count=1)
    if ("need" in low or "want" in low or "looking for" in low or " like " in low) and _NEEDED_THEN_ASKED.search(text):
        text = _NEEDED_THEN_ASKED.sub(lambda m: f"{m[2]} is {m[1]}?", text, count=1)
    return text


_GUESS_AFTER = lazy(r"(\b(?:where|when|who|how many|which (?:country|city|day|date))\b[^?!.]*)\?\s+"
                    r"(?:(?:or|always|just|only|like|maybe|probably|perhaps|still|again|also)\s+)*(?:(?:in|on|at|by)\s+)?"
                    r"(?!(?:is|are|was|were|do|does|did|will|would|can|could|has|have|what|when|where|who|why|how|which|"
                    r"and|but|so|because|i|you|it|they|he|she|we|right|really|correct|true|yes|no|ok|okay|thanks|thank|"
                    r"please|pls|the story|the article)\b)"
                    r"(?:the\s+)?[a-z0-9][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*\?+\s*$", re.I)
_BECAUSE_AFTER = lazy(r"(?<=[?!.])\s+(?:because|['’]?cause|cuz|coz)\b[^?!.]*[?!.]*", re.I)
# "Where did they meet before? Some hotel in a capital, I assume.": the asker's guess, which the answer settles
_GUESS_ASSUMED = lazy(r"(?<=\?)\s+[^?!.]{3,120}?,?\s+(?:i|we) (?:assume|guess|suppose|imagine|bet|reckon|presume|expect)[.!]*\s*$", re.I)
# "I need the exact date the coalition meets. What is it?": the thing needed is what the short question asks
_NEEDED_THEN_ASKED = lazy(r"(?:^|(?<=[.!?]\s))[^.!?]*?\b(?:need|want|am looking for|['’]m looking for|would like|['’]d like)"
                          r"(?: to (?:know|find out|get|have))? (the [^.?!]{3,120}?)[.!]\s+(what|when|where|who|which) "
                          r"(?:is|are|was|were) (?:it|they|that|this)\s*\?", re.I)


# what the reader believes, stated without a question mark: the belief is the question
_BELIEF = lazy(r"\s*(?:(?:so |but |hmm,? )?i (?:thought|think|believed?|assumed?|reckon(?:ed)?|figured)|"
               r"i was under the impression|i(?: was| have been|['’]ve been) told|i(?: have)? heard)"
               r"(?: that)?,? (?!(?:i|you|u|we|me)\b)(?=\S+ \S+ \S)(?!.*\b(?:if|whether|what|when|where|which|how|why)\b)", re.I)


def _framing(text: str, low: str) -> str:
    """Chat and formal framing around a question: "its" for "it's", "any idea when", "do you know?",
    pushback, "is it accurate to say that", "could you indicate", "rather than abroad"; in three kinds,
    applied in this order."""
    return _about_the_reader(_claim_frames(_asking_frames(text, low), low), low)


_ANY_NEWS_ON = lazy(r"\b(?:any|got any|are there any|is there any|what(?:['’]s| is| are) the(?: latest)?) (?:news|updates?)(?: at all)? "
                   r"(?:on|about|re|regarding|with|from)\s+", re.I)


def _asking_frames(text: str, low: str) -> str:
    """How the question is put: "any idea when", "in two lines", "how might one define X", "+", "eli5"."""
    if "its " in low and _its_is(low):
        text = _ITS.sub("it is ", text)
    if "its " in low:  # "so its military teams, not presidents?": "its" opening a clause is "it's"
        text = _ITS_OPENING.sub(r"\1it is ", text)
    if "any idea" in low or "u know" in low or "wonder" in low or "to know" in low or "wanna know" in low \
            or " know " in low or " sure " in low or "unsure" in low or " clear " in low or "unclear" in low or " certain " in low:
        text = _ANY_IDEA.sub("", text)
    if " know the" in low or " know its" in low or " know their" in low or " know his" in low:
        text = _KNOW_THE.sub("what is ", text)
    if low.rstrip(" ?!.").endswith(("know", "idea")):
        text = _DO_YOU_KNOW.sub("", text)
    if (" mention" in low or " refer" in low or " talk" in low or " describe" in low or " name" in low
            or " bringing up" in low or " as the " in low or " as this " in low
            or " cite" in low or " list" in low) and " the " in low:
        text = _THE_ARTICLE_MENTIONS.sub("", text)
        text = _NAMES_THEM.sub(r"\1who are they", text)  # "does the article name them?": who they are
    if " ask" in low or " to know" in low or " wonder" in low:  # "my teacher asked us where ...": the question
        text = _ASKED_US.sub(lambda m: "is it true that " if m[1] else "", text, count=1)
    if low.lstrip().startswith(_SAID_OPENINGS):
        text = _SAID_WHICH.sub(r"\1", text, count=1)  # "did zelensky say which countries will attend?": which ones
    if "unrelated" in low or "aside" in low or "forget" in low:  # "unrelated to planes: who ...": set aside
        text = _UNRELATED_TO.sub("", text, count=1)
    if "," in low and low.lstrip().startswith(("who", "whos", "who's")):  # "who said this, zelensky?": the answer
        text = _WHO_GUESS.sub(r"\1?", text, count=1)  # names the one guessed, or the one it was instead
    if "if so" in low:  # "..., and if so, which ones": the question goes on regardless
        text = _IF_SO.sub(" ", text)
    if "line" in low or "sentence" in low or " words" in low or " points" in low or "paragraph" in low or " para" in low:  # "in like 2 lines", "in one line"
        text = _N_LINE_VERSION.sub("a summary", _IN_N_LINES.sub(" ", _N_LINES_LABEL.sub("", text)))  # "the two-sentence
        # version": a summary; "one line: what is it for?": how to answer, not what is asked
    if "quot" in low or "exact" in low or "precise" in low or "verbatim" in low or "passage" in low or " line" in low \
            or "sentence" in low or "direct" in low or "actual" in low or "literal" in low or "original" in low:
        text = _quote_request(text)
    if ("news" in low or "update" in low) and _ANY_NEWS_ON.search(text):  # "any news on the coalition thing?": what the
        text = _ANY_NEWS_ON.sub("what is the news about ", text, count=1)  # news says of it (not who wrote it)
    if "explanation of" in low or "if you could" in low:  # "a brief explanation of what X is": what X is
        text = _EXPLANATION_OF.sub("", text)
    if "for real" in low:
        text = _FOR_REAL_AT_END.sub(" really", text)
    if " & " in low or " + " in low:  # "who leads + who sends troops": two questions
        text = text.replace(" & ", " and ").replace(" + ", " and ")
    if " known as" in low or " referred to as" in low or " dubbed" in low or " speaking" in low:
        text = _KNOWN_AS.sub(" ", text)  # "the grouping known as the coalition": the coalition
    if _ENUMERATOR.match(low):  # "First, what is this coalition? Second, ...": the order, no topic
        text = _ENUMERATOR.sub("", text, count=1)
    if low[:1].isdigit() or low.lstrip().startswith(("q", "no", "#", "(", "use ", "cite ", "quote ", "give ", "show ", "support ",
                                                        "explain your", "justify")):
        text = _WORKSHEET.sub("", text, count=1)  # "Q10.", "Question 3:", "Use evidence from the text.": a worksheet's
    if "pursuant" in low or "further to" in low or "reference to" in low or "following up" in low:
        text = _FURTHER_TO.sub("", text)  # "pursuant to my enquiry, kindly advise ...": the request
    if "refuse" in low or "decline" in low:  # "the uk has refused to send troops": has not sent them
        text = _REFUSED_TO.sub(lambda m: f"{m[1] or ''}not ", text)
    if low.startswith("how ") and (" define" in low or " describe" in low or " characteri" in low or " sum up" in low):
        text = _HOW_DEFINE.sub("what is ", text)  # "how might one define the coalition?": what it is
    if "like i" in low or "eli5" in low:  # "explain like i'm 5": the story in short; "eli5 the coalition pls":
        text = _LIKE_IM_FIVE.sub(_like_im_five, text)  # what the coalition is
    if ("photo" in low or "picture" in low or "image" in low) and (" with " in low or " in " in low or " above " in low):
        text = _PHOTO_USED.sub(r"\1", text)  # "the photo used with the story": the photo
    if " i " in low or " i'" in low or " i’" in low or " my " in low or " we " in low or " our " in low or " me " in low \
            or " us " in low:
        text = _MY_REASON.sub(lambda m: "" if _ASKED_BEFORE.search(m.string[:m.start()]) else m[0], text)  # "...,
        # since my students keep asking": why the reader asks (after a question: "ok so my mom ..." opens one)
        if "before " in low:
            text = _BEFORE_I.sub("", text, count=1)
    if ("in full" in low or "word for word" in low) and _SAYING.search(low):  # "his remarks in full", "what did he
        text = _IN_FULL.sub(" verbatim ", text)  # say, word for word, about ...": his own words are asked
    if ("for real" in low and len(low.split()) > 3) or "real quick" in low or "in full" in low or " terms" in low \
            or "first place" in low \
            or " words" in low or " english" in low or " language" in low:
        text = _FOR_REAL.sub(" ", text)  # "meeting in ukraine?? for real", "real quick": chat, not "a real meeting"
    if ("fall" in low or "fell" in low) and ("day" in low or "date" in low or "when" in low):  # "which day
        # does the meeting fall on?", "on which day falls the meeting": is (on)
        text = _FALL_ON.sub("is on", text)
    if " mean " in low and (" by " in low or " when " in low):  # "what did zelensky mean when he talked about X?":
        text = _MEANT_WHEN.sub("explain ", text)  # his words about X, not all he said
    if " say" in low and " about " in low and (low.startswith("what") or low.startswith("does") or low.startswith("did")):
        text = _SAYS_ABOUT.sub("tell me about ", text)  # "what does the article say about f-16s?"
    if " based on" in low and ("story" in low or "article" in low or "piece" in low or "report" in low):
        text = _STORY_BASED_ON.sub("", text)  # "whose announcement is this story based on?": whose announcement
    if " to do with " in low:  # "what has an f-16 got to do with this story?": tell me about it
        text = _TO_DO_WITH.sub(r"tell me about \1", text)
    if " with " in low and ("deal" in low or " up " in low or "story" in low or "thing" in low or "going on" in low):
        text = _DEAL_WITH.sub("tell me about", text)  # "what's the deal with the f-16?"
    if "sum " in low and " up" in low:  # "sum this up": sum up this
        text = _SUM_UP.sub(r"sum up \1", text)
    if "sum" in low or "overview" in low or "gist" in low or "boil" in low or "tl" in low or "recap" in low \
            or "rundown" in low or "nutshell" in low or "brief" in low or "synopsis" in low or "outline" in low:
        text = _SUMMARY_OF_STORY.sub(lambda m: " summarize the story" if m[0][:1].isspace() else "summarize the story",
                                     text, count=1)
    return text


# a yes/no claim compared with an earlier event: the comparison presupposes, the claim is of this one
_LIKE_LAST_TIME = lazy(r"^(\s*(?:(?:so|and|but|ok|okay)\s+)?(?:am|is|are|was|were|will|would|does|do|did|has|have|can|could)\b"
                       r".{6,200}?),?\s+(?:just\s+|(?:the\s+)?same\s+)?(?:like|as(?: with| at| for| in)?)\s+"
                       r"(?:(?:(?:the|that|those)\s+)?(?:last|previous|earlier|other|past|prior|\w+)\s+"
                       r"(?:one|ones|time|times|meeting|meetings|summit|summits|gathering|gatherings|talks)"
                       r"(?:\s+(?:did|was|were|had|has|have|went))?|before|they\s+did(?:\s+(?:in|at)\s+\w+)?)"
                       r"(?=\s*[?!.]*\s*$)", re.I)
# ... and one stated, then asked ("I read that they are meeting in Warsaw, like last time?", "so the meeting is in
# paris again, like the last time?")
_LIKE_LAST_TIME_STATED = lazy(r"^((?!\s*(?:where|when|who|whom|what|which|why|how)\b)[^?]{6,200}?),?\s+(?:again,?\s+)?(?:just\s+)?"
                              r"(?:like|as)\s+(?:(?:the|that)\s+)?(?:last|previous|earlier|prior)\s+"
                              r"(?:one|time|meeting|summit|gathering)\s*\?+\s*$", re.I)


# "is america in it, or has it been left out?": the claim's own negation offered, "or not"
_OR_LEFT_OUT = lazy(r",?\s+or (?:has|have|is|are|was|were|did) (?:it|they|he|she|that country|the us|america)"
                    r"(?: been| got| just)? (?:left out|excluded|left behind|shut out|not (?:been )?(?:invited|included|asked))"
                    r"(?: of (?:it|this|that|the \w+))?(?=\s*[?!.]*\s*$)", re.I)


def _claim_frames(text: str, low: str) -> str:
    """What frames a claim or closes one: pushback, hearsay, what someone said, "can you confirm?"."""
    if " or " in low and (" left " in low or " exclu" in low or " shut " in low or " not " in low):
        text = _OR_LEFT_OUT.sub(" or not", text, count=1)
    stripped = low.lstrip()
    if stripped.startswith(_LEADING_FRAME_OPENINGS):  # (the pattern compiles only for a message opening so)
        text = _LEADING_FRAME.sub("", text)
    if ":" in low and (stripped.startswith(_CLAIM_LABELS) or " to check" in low):  # "Claim circulating online: X."
        text = _CLAIM_LABEL.sub("", text, count=1)
    if any(verb in low for verb in _HEARSAY_VERBS) or stripped.startswith(_HEARSAY_OPENINGS):
        text = _HEARSAY.sub("", text, count=1)
    text = _spoken_of(text, low)
    if (" like " in low or " as " in low) and _LIKE_LAST_TIME.search(text):  # "is it in paris again, like the
        text = _LIKE_LAST_TIME.sub(r"\1", text, count=1)  # last one?": the claim is of this one
    elif (" like " in low or " as " in low) and _LIKE_LAST_TIME_STATED.search(text):
        text = _LIKE_LAST_TIME_STATED.sub(r"\1?", text, count=1)
    if "brand" in low:  # "is it brand new?": new
        text = re.sub(r"\bbrand[- ]new\b", "new", text, flags=re.I)
    if " last" in low:
        text = _LAST_VERB.sub(r"\1 continue", text)
    if "how long" in low and " run" in low:  # "how long is it expected to run?": last, no leader
        text = _HOW_LONG_RUN.sub(r"\1continue", text)
    if "when" in low or " year" in low:
        text = _WHEN_FOUNDED.sub(r"\1 \2 \3 established", text)
    if "who" in low:
        text = _WHO_FOUNDED.sub("who established ", text)
    if " give" in low or " mention" in low or " say" in low or " state" in low:  # "..., does the story give a number?"
        text = _DOES_IT_GIVE.sub("", text)  # what the question before it asked, asked again
    if ("who" in low or "which" in low) and (" spoke " in low or " talked " in low):  # "which president spoke of the meeting"
        text = _WHO_SPOKE_OF.sub(r"\1 announced", text)  # (who made it known, not who was on a call)
    if "so to speak" in low:  # "is the uk one of the main organisers, so to speak?": a hedge, no speaking
        text = re.sub(r",?\s*so to speak\b", "", text, flags=re.I)
    if " confirm" in low or " say" in low or " report" in low or " agree" in low or " hold up" in low or " according" in low or " describe" in low or " wrong" in low or " mistaken" in low or " back" in low or " support" in low \
            or " real " in low or " right " in low or " correct " in low or " actual " in low or "true or" in low \
            or " happen" in low or "confirm" in low[:14] or low.rstrip(" ?!.").endswith((" right", " correct")) \
            or " consistent" in low or " in line" in low or " in keeping" in low or " compatible" in low or " fit" in low \
            or " match" in low or " square" in low or " tally" in low or " line up" in low:
        text = _CLOSING_CHECK.sub(lambda m: (" " if m.group(1).strip(" ,;") == "" and m.start() else "") + "right", text)
    return text


def _about_the_reader(text: str, low: str) -> str:
    """The reader, the request and the story around the question: "sorry for my english", "for my class",
    "could you indicate", "in your opinion", "mentioned in the headline", "rather than", "in this story";
    and the last shapes ("wtf is", "in the morning", "how many days after")."""
    stripped = low.lstrip()
    if "need" in low[:20]:
        text = _I_NEED_IT.sub("", text)
    if (" and " in low or " but " in low or " so " in low) and stripped.startswith(("i ", "i'", "i’", "we ")):
        text = _AND_I.sub(r"\1, ", text)  # "i'm writing an essay and i'm not sure what X is": the second asks
    if _ROLE_WORD.search(low, 0, 40) or stripped.startswith(("writing from", "reporting from", "calling from")):
        text = _READER_ROLE.sub("", text, count=1)  # "Journalist in Ghana here.", "Reporting from Canada.": who asks
    if "sorry" in low or "apolog" in low or "excuse" in low or "forgive" in low or "pardon" in low or "english" in low \
            or stripped.startswith(("as a", "as someone", "as somebody", "as one", "i'm a", "i’m a", "im a", "i am a")):
        text = _READER_SELF.sub("", text, count=1)
        if " need " in f" {text.lower()}":
            text = _I_NEED.sub("give me ", text, count=1)
    if stripped.startswith(("i would", "i'd", "i’d", "we would", "we'd", "we’d")):
        text = _I_WOULD_LIKE.sub("give me ", _GRATEFUL.sub("", text, count=1), count=1)
    if " for " in low and (" who" in low or " that" in low or " not" in low or " new" in low or " unfamiliar" in low
                           or " outside" in low):
        text = _FOR_SOMEONE.sub("", text)
    if low.lstrip().startswith(("wtf ", "wth ")):  # "wtf is the meeting about": what (not "is it ...?")
        text = re.sub(r"^\s*wt[fh] (?=(?:is|are|was|were|does|do|did|happened|happens)\b)", "what ", text, flags=re.I)
    if " in the " in low or " in this " in low or " by the " in low:
        text = _MENTIONED_IN.sub("", text)
    if " as " in low and (" named" in low or " listed" in low or " mentioned" in low or " described" in low
                          or " identified" in low or " cited" in low):
        text = _NAMED_AS.sub(r"\1 ", text)  # "which nations are named as heading the coalition?": which head it
    if low.lstrip().startswith(("while ", "whereas ")):
        text = _WHILE.sub("", text, count=1)  # "while the coalition plans peacekeeping, what is the us doing?"
    if "handful" in low:
        text = _HANDFUL.sub("a few", text)
    if "morning" in low or "afternoon" in low or "evening" in low or "night" in low:  # "in the evening": a time
        text = re.sub(r"\b(in the|this|friday|tomorrow|or) (morning|afternoon|evening|night)\b", r"\1 \2 time", text,
                      flags=re.I)
    if ("your" in low and ("opinion" in low or "view" in low or "take" in low or "judg" in low)) \
            or low.lstrip().startswith("what do you"):
        text = _YOUR_OPINION.sub("in your judgement", text)
    if low.lstrip().startswith("how many days") or low.lstrip().startswith("how many weeks"):
        text = _DAYS_AFTER.sub(r"when is \1", text)
    if "announc" in low or "going public" in low:
        text = _BEFORE_ANNOUNCING.sub("", text)
    if " about" in low or "mention" in low or " saying" in low or " discussing" in low:
        text = _EVERYONE_SAYS.sub("", text)
    if " for " in low and _FOR_CLASS.search(text):
        text = _FOR_CLASS.sub("", text)
    if stripped.startswith(("does the", "does this", "did the", "did this", "do the")):
        text = _DOES_IT_SAY.sub("", text)  # "does the article say what level of ...?": what level of ...
        text = _DOES_IT_SAY_THAT.sub("is it true that ", text)
    if " confirm the" in low or " verify the" in low or " check the" in low or " confirm its" in low:
        text = _CONFIRM_THE.sub("what is ", text)
    if stripped.startswith(_CONFIRM_OPENINGS):
        text = _CONFIRM_THAT.sub("is it true that", text)
    if stripped.startswith(_INTENT_OPENINGS):
        text = _I_WILL_SAY.sub(lambda m: f"is it true that {m[1]} is" if m[1] else "is it true that", text, count=1)
    if stripped.startswith("how ") and _HOW_WOULD_YOU_EXPLAIN.match(text):
        text = _HOW_WOULD_YOU_EXPLAIN.sub("explain ", text, count=1)
    if stripped.startswith(_ASKING_SOMEONE):
        if any(w in low for w in ("indicate", "tell", " say", "specify", "state", "clarify", "explain")):
            text = _COULD_YOU_SAY.sub("", text)
        if "provide" in low or "offer" in low or "supply" in low:
            text = _PLEASE_PROVIDE.sub("give me", text)
    if "rather than" in low or "instead of" in low or "as opposed to" in low:
        text = _RATHER_THAN.sub("", text)
    if " not only" in low or " not just" in low or " not merely" in low:  # "the aim of this coalition in
        text = _NOT_ONLY_THIS.sub("", text)  # general, not only this meeting": the coalition's, not the meeting's
    if "the work of" in low:  # "what is the work of this coalition": what it does, not what they work on
        text = _THE_WORK_OF.sub(r"what does \1 do", text)
    if ", not in " in low or ", not at " in low:  # "meeting in warsaw, not in ukraine?": the place claimed first
        text = _NOT_IN_PLACE.sub(r"\1", text)
    if " own" in low:
        text = _OWN.sub(r"\1", text)
    if ("respect" in low or "regard" in low or "relation" in low or "reference" in low or "terms of" in low
            or "connection" in low) and _REGARDING_WORDS.search(low):  # "with respect to the deployment": of it
        text = _REGARDING.sub(" of ", text)
    if (_STORY_NOUNS.search(low) or "as far as" in low or " context" in low) and len(text.split()) > 6:
        text = _IN_THIS_STORY.sub("", text)
    return text


def _its_is(low: str) -> bool:
    """Is some "its" followed by a word that makes it "it is" ("its gonna", "its in")?"""
    words = low.split()
    return any(w == "its" and words[i + 1:i + 2] and words[i + 1] in _ITS_NEXT for i, w in enumerate(words))


_ITS_NEXT = frozenset(f.split()[0] for f in _ITS_FOLLOWERS)  # their first words: checked before the pattern compiles
_LEADING_FRAME_OPENINGS = ("given", "considering", "seeing", "bearing in mind", "now that", "now as", "also for", "and for", "so for", "that", "this", "newbie", "beginner", "noob", "novice", "outsider", "layman", "layperson", "a ",
                           "total", "complete", "for my", "for our", "sorry", "hi ", "hey", "hello", "ok", "so ", "sounds", "it sounds",
                           "it seems", "it looks", "that sounds", "that seems", "that looks", "this sounds", "seems", "looks", "interesting", "ok so", "okay so", "but that", "but this", "well", "hmm", "i don", "as far as", "if i re",
                           "i was", "sorry if", "a friend", "someone", "somebody", "my ", "people", "they", "a colleague", "i'm", "i’m",
                           "i am", "just to", "i have", "i've", "i’ve", "i heard", "i read", "i thought", "i saw", "according to", "per ", "as per", "going by", "based on", "for a", "for an", "for the", "for some", "for any", "for people",
                           "for those", "for reader", "would you be able", "could you be able", "will you be able",
                           "correct me", "quick", "fact", "diff", "different q", "another q", "new q", "random q", "side q", "two ", "three ", "four ", "a few ", "few ", "some ", "a couple", "couple ",
                           "1 ", "2 ", "3 ", "4 ", "5 ",
                           "i like", "i'd", "i’d", "i would", "i want", "i need", "i wanna", "i got", "here are")
_HEARSAY_VERBS = (" heard", " read ", " saw ", " told ", " tells ", " said", " says", " say ", " claim", " insist", " mentioned",
                  " report", " posted", " wrote", " writes", " tweeted", " swear")
_CLAIM_LABELS = ("claim", "statement", "rumour", "rumor", "assertion", "allegation", "verifying", "checking", "fact-checking",
                 "fact checking", "double-checking", "double checking", "confirming", "to check", "to verify", "confirm",
                 "verify", "check", "please confirm", "please verify", "please check", "quick check")
_CLAIM_LABEL = lazy(r"^\s*(?:(?:claim|statement|rumou?r|assertion|allegation)s?(?: (?:circulating|going around|doing the rounds|spreading|"
                    r"making the rounds)(?: online| on social media| on twitter| on x)?)?(?: (?:to|i need to|i want to) (?:check|verify))?|"
                    r"(?:to check|to verify)|(?:please |quick )?(?:confirm|verify|check)(?: (?:for me|this|please|one thing|"
                    r"something))?|(?:verifying|checking|fact[- ]checking|double[- ]checking|confirming) (?:a |an |the |this )?(?:viral )?"
                    r"(?:quote|claim|attribution|date|figure|detail|fact|number|statement|post|tweet|message|rumou?r)s?)\s*:\s*", re.I)
# 'Viral post: "X." True?', 'A channel claims "X". Can you confirm?', 'Reddit comment: "X" Did he really say
# that?': a quoted claim and a check of it; what frames the quote (who posted it, where) is not asked
_CLAIM_CHECK = (r"\s*[.!]?\s*(?P<check>"
                r"right|(?:is|was) (?:that|this|it) (?:true|correct|right|accurate|real|legit|so|the case)|"
                r"(?:true|correct|accurate|real|legit|fake|false)(?: or (?:not|false|fake))?|"
                r"(?:can|could) you (?:please )?(?:confirm|verify|check)(?: (?:that|this|it))?|"
                r"did (?:he|she|they|\w+) (?:really |actually )?say (?:that|this|it)|"
                r"is (?:that|this) what (?:it|the \w+) (?:shows|says)|did (?:that|this|it) (?:really |actually )?happen|"
                r"(?:is (?:that|this|it) )?(?:confirmed|backed up|supported) by (?:the|this) (?:article|story|report|piece)|"
                r"(?:does|did) (?:the|this) (?:article|story|report|piece) (?:say|confirm|support|back) (?:so|that|this|it)(?: up)?)"
                r"\s*[?!.]*\s*$")
_QUOTED_CLAIM = lazy(r'^[^"“”«»?]{0,120}?["“«](?P<claim>[^"“”«»]{8,}?)[.!]?["”»]' + _CLAIM_CHECK, re.I)
# the same in single quotes, which open after a colon or a space and close before the check
_SINGLE_QUOTED_CLAIM = lazy(r"^[^'‘’?]{0,120}?(?<=[:\s])['‘](?P<claim>[^?]{8,}?)[.!]?['’]" + _CLAIM_CHECK, re.I)
_HEARSAY_OPENINGS = ("heard", "apparently", "reportedly", "allegedly", "supposedly", "rumor", "rumour", "word is")
_INTENT_OPENINGS = tuple(f"{i} {when} {how}" for i in ("i", "i'm", "i’m", "im", "i am", "i was")
                         for when in ("going", "planning", "about", "intending", "hoping", "meaning") for how in ("to",))
_ASKING_SOMEONE = tuple(f"{modal} {who}" for modal in ("could", "can", "would", "will")
                        for who in ("you", "u ", "someone", "somebody", "anyone", "anybody"))
_CONFIRM_OPENINGS = ("is it true", "is it correct", "is it accurate", "is it right", "is it the case", "is it so",
                     "is it safe", "is it fine", "can i ", "could i ", "may i ", "should i ", "can we ", "could we ",
                     "is it fair", "am i", "would it be", "do i understand", "can you confirm", "could you confirm",
                     "are you sure", "are you certain", "are you positive", "r u sure", "r u certain",
                     "confirm ", "please confirm", "pls confirm", "kindly confirm", "would you confirm",
                     "can you please confirm", "could you please confirm", "would you please confirm")


# "what are the people at this friday meeting going to do there?": who does it is not asked, what they do
# (and where) is
_PEOPLE_DOING = lazy(r"\bwhat(?: (?:will|are|is|would|do|does|r))? (?:the|these|those) (?:people|delegates|delegations|"
                     r"officials|participants|attendees|representatives|envoys|generals|(?:military )?teams|countries|nations)"
                     r"(?: (?P<prep>at|in|from) (?P<place>[^?.,;]{0,40}?))? (?:are |will |would )?(?:actually |really |then )?"
                     r"(?:going to |gonna |be )?(?:do|doing)\b", re.I)


# the analyst's register: "vis-à-vis" (towards), "conceived as" (is), "a military-level gathering" (military),
# "the substance of the exchange" (the exchange), "insofar as the article permits any inference" (nothing asked)
_VIS_A_VIS = lazy(r"\bvis[- ]?[aà][- ]?vis\b", re.I)
_CONCEIVED_AS = lazy(r"\b(?:(is|was|are|were|been|being) )?(?:conceived|envisaged|envisioned|intended|designed|framed|"
                     r"characteri[sz]ed|understood) as\b", re.I)
_LEVEL = lazy(r"\b([a-z]+)[- ]level\b(?=,? (?:rather|and|or|gathering|meeting|session|talks?|summit|event|delegations?)\b)", re.I)
_SUBSTANCE_OF = lazy(r"\b(?:the )?(?:substance|content|contents|thrust|crux) of (?=(?:the|this|that|their|his) )", re.I)
_INSOFAR_AS = lazy(r",?\s*(?:insofar|in so far|as far) as (?:the|this) (?:article|story|report|reporting|text|piece) "
                   r"(?:permits|allows|lets|supports|makes)[^?.!,;]*", re.I)


# chat idioms: "explain this whole thing like im 5" (the gist), "copy paste it" (word for word), "where's the
# us in all this" (its role)
_EXPLAIN_IT_ALL = lazy(r"^\s*(?:(?:can|could|would|will) (?:you|u) )?(?:pls |please |plz )?(?:explain|eli5)"
                       r" (?:all this|all of this|everything|(?:this|the) whole (?:thing|story|situation|article|"
                       r"mess)|the (?:whole )?situation)(?: to me)?(?: (?:simply|briefly|in simple (?:terms|words)|in plain english|"
                       r"like (?:i['’]?m|i am|im) (?:5|five|a child|a kid|twelve|12)))?(?: (?:please|pls|plz))?\W*$", re.I)
_COPY_PASTE = lazy(r"\bcopy(?:[- ]| and | n | & )?paste(?: it| that| them| his words)?\b", re.I)
_IN_ALL_THIS = lazy(r"\bwhere(?:['’]?s| is| are| does| do| did)? (the [\w.]+|[\w.]+) (?:stand |fit |come )?in(?:to)? all (?:of )?(?:this|that)\b",
                    re.I)


# "what did the meeting (actually) achieve?": what came of it (the past tense; "what do they want to achieve" is its aim)
_WHAT_DID_IT_ACHIEVE = lazy(r"\bwhat (?:did|has|had) ((?:the|this|that|friday['’]?s|their) [\w-]+(?: [\w-]+){0,2}?|it) "
                            r"(?:actually |really |finally |even |ever )?(?:achieved?|accomplish(?:ed)?|produced?|yield(?:ed)?|"
                            r"deliver(?:ed)?|result(?:ed)? in|c[oa]me up with|bring|brought)\b", re.I)
_SO_GOOD_AS = lazy(r"\bbe (?:so good as|good enough) to\b", re.I)  # "would you be so good as to ...": so kind


def _idioms(text: str, low: str) -> str:
    """Chat idioms said plainly (see above)."""
    if " good " in low:
        text = _SO_GOOD_AS.sub("be so kind as to", text)
    if "what " in low and ("achiev" in low or "accompl" in low or "produc" in low or "yield" in low or "deliver" in low
                           or "result in" in low or "come up with" in low or "bring" in low):
        text = _WHAT_DID_IT_ACHIEVE.sub(r"what was the outcome of \1", text)
    if "expl" in low or "eli5" in low:
        text = _EXPLAIN_IT_ALL.sub("summarize the story", text)
    if "paste" in low:
        text = _COPY_PASTE.sub("word for word", text)
    if " all th" in low or " all of th" in low:
        text = _IN_ALL_THIS.sub(r"what is the role of \1", text)
    if "call" in low and "why" in low:
        text = _WHY_CALLED.sub("what is", text)
    if " meaning" in low:
        text = _WHAT_IS_MEANING.sub(r"what does \1 mean", text)
    if "simple" in low or "plain" in low or "easy" in low:
        text = _IN_SIMPLE_WORDS.sub("", text)
    return text


# "why they call it the coalition of the willing?": what its name means (what it is)
_WHY_CALLED = lazy(r"\bwhy (?:(?:is|was|are|were) (?:it|this|that|they|this thing|this group) called|"
                   r"(?:do |did |would )?(?:they|people|we|you|u|ppl|the media) call (?:it|this|that|them|this group))\b", re.I)
# "what is 'in-depth' meaning here": what the word means
_WHAT_IS_MEANING = lazy(r"\bwhat(?:['’]s| is) ([\"'“‘]?[\w -]{2,30}?[\"'”’]?) meaning\b", re.I)
# "..., simple words for the old ladies in parish": how the reader wants it put, nothing asked
_IN_SIMPLE_WORDS = lazy(r",?\s*(?:in |with |using )?(?:simple|plain|easy|everyday) (?:words|terms|english|language)"
                        r"(?: (?:for|so) [^?.!,;]{1,50})?(?=\s*[?.!,;]|\s*$|\s+\W)", re.I)


def _register(text: str, low: str) -> str:
    """The analyst's register said plainly (see above)."""
    text = _idioms(text, low)
    if "vis" in low:
        text = _VIS_A_VIS.sub("towards", text)
    if " as" in low:
        text = _CONCEIVED_AS.sub(r"\1", text)
        text = _INSOFAR_AS.sub("", text)
    if "level" in low:
        text = _LEVEL.sub(r"\1", text)
    if " of " in low:
        text = _SUBSTANCE_OF.sub("", text)
    return text


# "the main countries", "the key members", "the main of this group", "who is main in it": who leads it
_MAIN_MEMBERS = lazy(r"\b(?:(?P<noun>(?:main|key|principal|core|chief|major)\s+(?:countries|nations|states|members|"
                     r"member states|players|powers|ones))|(?P<of>(?:main|key|principal|chief)(?= of\b))|"
                     r"(?P<is>(?:is|are) (?:the )?(?:main|chief|principal)(?= in\b)))", re.I)


# "who is the one claiming this?", "who claims the meeting will happen": who says so (a claim's frame
# elsewhere, "claim" is its source's verb here)
_WHO_CLAIMS = lazy(r"\bwho(?:['’]?s| is| was)? (?:(?:the (?:one|person|guy|official|source)|it) )?"
                   r"(?:claims|claimed|claiming|asserts|asserted|asserting|alleges|alleged|alleging)\b", re.I)
# "was this published before or after the meeting?": asks when, measured against the meeting (no earlier
# meetings asked of, as "before" alone would)
_BEFORE_OR_AFTER = lazy(r"^(\s*(?:and |but |so )?)(was|is|were|are|did|does|do|will|has|had)\s+(.{2,80}?)\s+"
                        r"(?:before|prior to|earlier than)\s+or\s+(?:after|following|later than)\s+", re.I)


def _leading(match: re.Match) -> str:
    """_MAIN_MEMBERS' reading: "the main countries" -> "the leading countries", "main of" -> "leaders of"."""
    if match["noun"]:
        return "leading " + match["noun"].split(None, 1)[1]
    return "leaders" if match["of"] else "leads"


def _shapes(text: str, low: str) -> str:
    """What a question asks, said another way: "what is X for" (its purpose), "who will be at" (who
    attends), "what office does X hold" (X's role), "the end of March" (late March), a capital for its
    government."""
    if " do" in low and low.lstrip().startswith("what") or " what " in low:
        text = _PEOPLE_DOING.sub(lambda m: "what will they do" + (f" {m['prep']} {m['place']}" if m["prep"] in ("at", "in")
                                                                  else ""), text)
    if "who" in low and ("claim" in low or "assert" in low or "alleg" in low):
        text = _WHO_CLAIMS.sub("who said", text)
    if " or after" in low or " or following" in low or " or later than" in low:
        text = _BEFORE_OR_AFTER.sub(r"\1when \2 \3 relative to ", text, count=1)
    if "main" in low or "key" in low or "principal" in low or "core" in low or "chief" in low or "major" in low:
        text = _MAIN_MEMBERS.sub(_leading, text)  # "the main countries of the group": the ones leading it
    if " level of" in low:  # "what level of representatives": what kind of
        text = _LEVEL_OF.sub(r"\1 kind of", text)
    if "what does the" in low or "what do the" in low or "meant by" in low:
        text = _TERM_MEANS.sub(r"what is \1", _MEANT_BY.sub("what is ", text))
    if "come from" in low or "comes from" in low or "originate" in low:  # "where does the phrase X come from?"
        text = _TERM_ORIGIN.sub(r"what is the etymology of \1", text)
    if "origin" in low or "history of the" in low:  # "the historical origins of the phrase X": its etymology too
        text = _ORIGINS_OF.sub("the etymology of ", text)
    if "define" in low:  # "Define the term X as it is used in the text.": what X is
        text = _DEFINE_THE_TERM.sub(lambda m: "" if m[0].lstrip().lower().startswith("as") else "what is ", text)
    if "what office" in low or "what post" in low or "what position" in low or "what title" in low or "what job" in low:
        text = _OFFICE_HELD.sub(r"what is the role of \1", text)
    if " for " in low and _FOR_THEN.search(low):  # "whats the meeting for tho": the chat word after "for" goes
        text = _FOR_THEN.sub(lambda m: " for" if m.group().startswith(" for") else "", text)
        low = text.lower()
    if " for, " in low and low.lstrip().startswith("what"):  # "what is the friday meeting for, and when is it?"
        at = low.index(" for, ") + 4
        head, tail = text[:at], text[at + 1:].strip()
        return f"{_shapes(head, head.lower())}, {_shapes(tail, tail.lower())}"
    if low.rstrip(" ?!.").endswith(" for"):
        if ", what" in low:  # "and the meeting on friday, what's it for?": the question after the comma
            head, _, tail = text.rpartition(",")
            return f"{head}, {_shapes(tail.strip(), tail.strip().lower())}"
        if " and what" in low:  # "who's attending and what's it for": the question after "and"
            head, _, tail = text.rpartition(" and ")
            return f"{head} and {_shapes(tail.strip(), tail.strip().lower())}"
        text = _SET_FOR.sub(lambda m: f"when {m[1] or 'is'} {m[2]} {m[3]}", text)
        text = _WHAT_FOR.sub(lambda m: f"{m[1] + ' ' if m[1] else ''}what is the purpose of {m[4]}", text)
    if low.startswith(("what", "which")) and (" say" in low or " mention" in low or " announce" in low) \
            and _ASKS_A_THING.match(text):
        text = _REPORTED.sub("", text)
    if _SPOKE_OF.search(low):  # searched once for both rules
        if " that " in low or " which " in low:
            text = _WHO_SPOKE_OF_IT.sub("", text)
        text = _SPEAKER_SPOKE_OF_IT.sub("", text)
    if ("meant to" in low or "supposed to" in low or "intended to" in low or "designed to" in low
            or "trying to" in low or "aiming to" in low or "hoping to" in low or "seeking to" in low) \
            and _MEANT_TO.search(text):
        text = _MEANT_TO.sub(lambda m: f"what {m['be'] or m['be2']} the purpose of {m['thing'] or m['thing2']}", text)
    if "this time" in low:
        text = _THIS_TIME.sub(" again", text)
    if " or " in low and ("else" in low or "abroad" in low or "another" in low or "other" in low or "overseas" in low):
        text = _OR_ELSEWHERE.sub("", text)
    if " agreed" in low or " reached" in low or " signed" in low or " achieved" in low or " struck" in low \
            or " concluded" in low:
        text = _IF_AGREED.sub(r"in a \1", text)
    if " of" in low and ("description" in low or "account" in low or "overview" in low or "explanation" in low
                         or "rundown" in low or "breakdown" in low):
        text = _DESCRIPTION_OF.sub("what is", text)
    if " happen" in low or " do" in low:
        text = _WILL_DO.sub(lambda m: f"{m[1]}{'work' if m[2].lower() == 'do' else 'working'} on ",
                            _WILL_HAPPEN.sub("what will they work on ", text))
    if "i mean" in low:
        text = _I_MEANT.sub("", text)
    if ("date" in low or "day" in low or "time" in low) and ("place" in low or "location" in low or "venue" in low):
        text = _DATE_AND_PLACE.sub(lambda m: "when and where is" if m["when"] else "where and when is", text)
    if (" of " in low or " for " in low) and _NOUNS_OF.search(text):  # "the date and time of the meeting": of each
        text = _NOUNS_OF.sub(lambda m: f"the {m['a']}{m['of']} and the {m['b']}{m['of']}" if m["a"].lower() != m["b"].lower()
                             else m[0], text)
    if len(low) < 60 and " " in low.strip() and _NOUN_LIST.match(text):  # "author n date pls", "agenda + start time?": a question for each
        text = _NOUN_LIST.sub(lambda m: " and ".join(f"what is the {n}" for n in m.group("a", "b", "c") if n) + "?", text)
    if " room" in low or " table" in low:
        text = _ONE_ROOM.sub("together", text)
    if " or " in low:
        text = _BREADTH_CHOICE.sub("which countries will attend the meeting", _RANK_CHOICE.sub("who will attend the meeting", text))
    if "who" in low and (" be " in low or "goin" in low or "gonna" in low or " com" in low or " up" in low):
        text = _WHO_ATTENDS.sub("who will attend", text)
    if " at " in low and (" be " in low or " are " in low or " is " in low or " were " in low):  # "will every member
        # be at the friday meeting?", "what delegations are expected at the gathering?": attend it
        text = _BE_AT.sub("attend ", text)
    if "end of" in low:  # "toward the end of march": late march
        text = _END_OF_MONTH.sub(r"late \1", text)
    if "to do what" in low:
        text = _TO_DO_WHAT.sub(r"\1what for", text)
    if " part of " in low or " region of " in low or " area of " in low:  # "in which part of ukraine ...": where in it
        text = _PART_OF.sub(r"where in \1", text)
    if " fit in" in low or " fit into" in low:
        text = _FIT_IN.sub(r"what is the role of \1", text)
    if "where" in low and (" in " in low or " within " in low or " stand" in low):  # (the pattern says where it opens)
        text = _WHERE_IN_IT.sub(r"what is the role of \1", text)
    if " of " in low and any(w in low for w in ("first", "second", "third", "th of", "twenty", "thirty")):
        text = _ORDINAL_OF_MONTH.sub(lambda m: f"{_DAY_ORDINALS[m[1].lower()]} {m[2]}", text)
    if low.lstrip().startswith(("prior to", "before th", "ahead of")):
        text = _PRIOR_TO_THIS.sub("before ", text)
    if " as " in low:
        text = _AS_DESCRIBED.sub("", text)
    if "dozen" in low:
        text = _DOZEN.sub(lambda m: _DOZENS[m[1].lower()], text)
    return _places_and_times(text, low)


_PURPOSES_FIRST = lazy(r"\bfor (?:[\w'’-]+ ){1,2}purposes\b,?\s*|(?<=\w )first (?=(?:announced|disclosed|revealed|reported|"
                       r"mentioned|said|made|broke|proposed|suggested|publici[sz]ed|raised|floated|shared|confirmed|"
                       r"announce|disclose|reveal|report|mention|say|make|break|propose|suggest|raise|share|confirm)\b)", re.I)
_WE_TALKING_ABOUT = lazy(r"\s+(?:are|were) we (?:talking about|looking at)(?=\s*[?!.]*\s*$)", re.I)
_MISTER = lazy(r"\b(?:mr|mrs|ms|mister)\.?\s+(?=[a-z])", re.I)
_PLAINLY = {"every single": "every", "question mark": "?"}
_SAID_PLAINLY = lazy(r"\bevery single\b|\s*\bquestion mark\b", re.I)


def _places_and_times(text: str, low: str) -> str:
    """"in order to", "or is it new", "so-called", "the last day of March", "the French capital",
    capitals for their governments, "how did it go"."""
    if " order to" in low or " so as to" in low:
        text = _IN_ORDER_TO.sub(" to", text)
    if " new" in low and " or " in low:
        text = _NEW_OR.sub("", text)
    if " or " in low and _OR_THE_OPPOSITE.search(text):
        text = _OR_THE_OPPOSITE.sub("", text)
    if "mr" in low or "mrs" in low or "ms" in low or "mister" in low:  # "Mr Starmer": Starmer
        text = _MISTER.sub("", text)
    if "so-called" in low or "so called" in low:
        text = _SO_CALLED.sub(" ", text)
    if " purposes" in low or " first " in low:  # "for citation purposes,": why the reader asks; "who first
        text = _PURPOSES_FIRST.sub("", text)  # announced it": who announced it (not the first in-depth meeting)
    if "every single" in low or "question mark" in low:  # "every single member": every member
        text = _SAID_PLAINLY.sub(lambda m: _PLAINLY[m[0].lower().strip()], text)
    if " context" in low:  # "what exactly is it in this context?": here, in this story
        text = re.sub(r",?\s+in (?:this|that|the present|the current) context\b", "", text, flags=re.I)
    if " talking about" in low or " looking at" in low:  # "how many countries are we talking about?": how many
        text = _WE_TALKING_ABOUT.sub("", text)
    if " called" in low:  # "why is it called the first in-depth one?": named, not a phone call
        text = _IS_CALLED.sub(r"\1 \2", text)
    if "ish" in low or "ian" in low or "ench" in low:  # "said in ukrainian or in english?": a language, no country
        text = _IN_A_LANGUAGE.sub(r"\1 the \2 language", text)
    if ("ans" in low or "brits" in low or "yanks" in low) and " " in low.strip():  # "the americans lead it, don't they?": the country
        text = _PEOPLE_OF.sub(lambda m: _PEOPLE_COUNTRY[m[1].lower()], text)
    if "same da" in low:  # "did it come out on april 4, the same day as the meeting?": the date is the claim
        text = _SAME_DAY_AS.sub(r"\1", text)
    if "conference" in low or "briefing" in low:  # "a press conference after the meeting?": one thing, neither
        text = _PRESS_CONFERENCE.sub("presser", text)  # the press (an outlet) nor a meeting
    if " or " in low:  # "april 1st or 2nd?": two days of April, not April 1 or two of something
        text = _DAY_OR_DAY.sub(r"\1 \2 or \1 \3", text)
    if " day of " in low:
        text = _LAST_DAY.sub(lambda m: f"{m.group(1)} {_MONTH_DAYS[m.group(1).lower()[:3]]}", text)
    if " capital" in low:
        text = _THE_CAPITAL.sub(lambda m: f" {_DEMONYM_CAPITALS[m.group(1).lower()]} ", text)
    if _CAPITAL_NAMES.search(low):
        text = _as_governments(text)
    if "how" in low:
        text = _HOW_DID_IT_GO.sub(r"what was the outcome of \2", text)
        text = _HOW_IT_WENT.sub(r"what was the outcome of \1", text)
    return text


_IN_A_LANGUAGE = lazy(r"\b(in|read|reads|speak|speaks|speaking|write|writes|written|understand|understands) (english|"
                      r"ukrainian|russian|french|german|polish|italian|spanish)\b(?! +(?!or\b|and\b|but\b)[a-z])", re.I)
_UNRELATED_TO = lazy(r"(?:^|(?<=[.?!]))\s*(?:(?:ok|okay|so|and|but|now|also),? )?(?:(?:this is |it s |this s )?(?:totally |completely )?"
                     r"unrelated to|leaving aside|setting aside|putting aside|forget(?:ting)? about) [^,:;.?!]{1,40}[,:;]\s*", re.I)
_HOW_LONG_RUN = lazy(r"(\bhow long\b[^?.!]*?)\brun(?:s|ning)?\b", re.I)
_PRESS_CONFERENCE = lazy(r"\b(?:press|news|media) (?:conference|briefing)s?\b", re.I)
_WHO_GUESS = lazy(r"^(\s*who\b[^,?.!]*?),\s*(?:is it |was it |like )?(?!(?:and|or|but|if|then|so|because|please|pls|in|on|at|for|"
                  r"according|i|you|we|they|he|she|it|is|was|did|does|do|not)\b)[a-z][\w'’-]+(?: [a-z][\w'’-]+)?"
                  r"(?: or (?:someone|somebody|sum1|some1|smb|someone|anyone) else)?\s*[?!.]*\s*$", re.I)
_PEOPLE_COUNTRY = {"americans": "the US", "yanks": "the US", "russians": "Russia", "brits": "the UK",
                   "ukrainians": "Ukraine", "germans": "Germany", "italians": "Italy", "canadians": "Canada"}
_PEOPLE_OF = lazy(r"\b(?:the )?(" + "|".join(_PEOPLE_COUNTRY) + r")\b", re.I)
_MONTH_NAME = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")  # a month, as typed (shared by the date rules below)
_SAME_DAY_AS = lazy(r"(\b(?:" + _MONTH_NAME + r"|the) \d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?(?: of)? "
                    r"(?:march|april)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[,(—–-]?\s*(?:(?:is|was|on|just)\s+)?"
                    r"(?:the\s+)?same (?:day|date)\b(?: (?:as|that|when|of)\b)?[^?.!,)]*\)?", re.I)
_SAID_LEADS, _SAID_AUXILIARIES = ("and ", "but ", "so ", "ok ", "okay "), ("did", "does", "do", "has", "have")
_SAID_OPENINGS = tuple(f"{lead}{aux} " for lead in ("", *_SAID_LEADS) for aux in _SAID_AUXILIARIES)  # the gate
_SAID_WHICH = lazy(r"^(\s*(?:" + "|".join(_SAID_LEADS) + r")?)(?:" + "|".join(_SAID_AUXILIARIES) + r") (?:zelensky|zelenskyy|he|she|they|starmer|"
                   r"the (?:ukrainian |uk |british )?(?:president|prime minister|pm)) (?:ever |actually |even )?"
                   r"(?:say|said|mention|mentioned|specify|specified|(?:tell|told) (?:us|anyone|reporters|the press)|reveal|revealed|"
                   r"state|stated|indicate|indicated|explain|explained|name|named|give|given) "
                   r"(?=(?:which|who|when|where|how many|how much|why|what)\b)", re.I)
_HOW_MANY_GUESS = lazy(r"\b(how many\b[^,?.!]*?)\s*[,?]\s*(?:or\s+)?(?:is it |are there |was it |were there |are they |like )?"
                       r"(?:(?:really|just|only|about|around|roughly|maybe|like)\s+)*(?:\d+|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|a dozen|dozens|thirty[- ]one|twenty|thirty|forty|fifty)"
                       r"(?: of them| countries| nations| states| members)?\s*[?!.]*\s*$", re.I)
_DAY_OR_DAY = lazy(r"\b(" + _MONTH_NAME + r") (\d{1,2})(?:st|nd|rd|th)? or (?:the |on )?(\d{1,2})"
                   r"(?:st|nd|rd|th)?\b(?! *(?:of\b|[a-z]+s\b))", re.I)
_HEAD_FOR = lazy(r"\bhead(?:s|ed|ing)?( (?:back|home|off|out|over|straight|there|abroad|to|for|into|towards?)\b)", re.I)


def _forms(text: str) -> str:
    """Spellings: "U.S." and "US" are the country, initials join, contractions open up, "4th" is "4"."""
    if " us" in text:
        text = _US_PRONOUN.sub(r"\1we", text)
    if "U" in text:
        text = _US_CAPS.sub(" usa ", text)
    if "head" in text or "Head" in text:  # "will he head back to paris?": goes, he does not lead
        text = _HEAD_FOR.sub(r"go\1", text)
    if "." in text and _INITIALS.search(text):
        text = _DOTTED.sub(_initials, _US_DOTTED.sub(" usa ", text))
    if "'" in text or "’" in text:
        for pattern, repl in _CONTRACTIONS:
            text = pattern.sub(repl, text)
    if not _DIGIT.search(text):
        return text
    return _ORDINAL.sub(_ordinal, text)


# "will it be presidents or army people?", "open to every member or a select few?": one of two kinds of
# attendee, or of breadth, asks who will attend (the rule runs on one sentence, from its start)
_POLITICAL = (r"(?:presidents?|prime ministers?|pms|premiers?|ministers?|politicians?|political \w+|leaders?|"
              r"heads? of (?:state|government)|statesm[ae]n|diplomats?|civilians?)")
_MILITARY = (r"(?:military|militaries|army|armies|armed forces|generals?|soldiers?|officers?|commanders?|troops|"
             r"defen[cs]e (?:officials|chiefs|people)|working[- ]level)")
_EVERYONE = r"(?:every|all|any|each)(?: \w+){0,2}? (?:countr(?:y|ies)|members?|states?|nations?|allies)"
_SELECT = (r"(?:select|selected|limited|specific|small|smaller|narrow|handful|few|restricted|certain|"
           r"only (?:some|those|a)|particular)")
_SENTENCE = r"(?:^|(?<=[.?!:] ))[^.?!:]*?"
_RANK_CHOICE = lazy(rf"{_SENTENCE}\b(?:{_POLITICAL}\b[^.?!]*?\bor\b[^.?!]*?\b{_MILITARY}|"
                    rf"{_MILITARY}\b[^.?!]*?\bor\b[^.?!]*?\b{_POLITICAL})\b[^.?!]*", re.I)
_BREADTH_CHOICE = lazy(rf"{_SENTENCE}\b(?:{_EVERYONE}\b[^.?!]*?\bor\b[^.?!]*?\b{_SELECT}|"
                       rf"{_SELECT}\b[^.?!]*?\bor\b[^.?!]*?\b{_EVERYONE})\b[^.?!]*", re.I)
# "is it in ukraine or somewhere else?", "somewhere abroad, or inside ukraine?": the place offered is
# the claim ("in lviv or somewhere else" still asks the city the story does not name); the other
# option, anywhere else, adds nothing to judge
_ELSEWHERE = (r"(?:(?:somewhere|anywhere|someplace|some place) else|elsewhere|abroad|overseas|"
              r"(?:in|to) (?:another|a different|some other) (?:[\w'’-]+ )?(?:country|city|place|location))")
_OR_ELSEWHERE = lazy(rf",? or (?:somewhere |anywhere )?{_ELSEWHERE}(?: in (?:the )?[\w'’-]+)?\b|"
                     rf"\b(?:somewhere |anywhere )?{_ELSEWHERE},? or (?=(?:in|inside|within|at) )", re.I)


# "..., for real?" closing a message: "really?", a check of what it says (not "real" as in-depth)
_FOR_REAL_AT_END = lazy(r",?\s+for real\b(?=\s*[?!.]*\s*$)", re.I)
# "what have they promised if a truce is agreed?": the condition of a pledge, no outcome asked
_IF_AGREED = lazy(r"\b(?:if|once|when|after) (?:a |an |the |any )?([\w-]+) (?:is|gets|were|was|has been|is ever) "
                  r"(?:agreed|reached|signed|achieved|struck|concluded|agreed upon|agreed on)\b", re.I)
# "i meant what are they gonna discuss": the question the correction gives
_I_MEANT = lazy(r"\bi (?:meant|mean)(?: to (?:say|ask|type|write))?,?\s+(?=(?:what|when|where|who|how|why|which|is|are|"
                r"will|did|does|do|was|were)\b)", re.I)
# a message of two or three things asked by name only: "author n date pls", "agenda + start time?"
_ASKED_NOUNS = (r"author|writer|journalist|reporter|date|day|time|start time|place|location|venue|city|agenda|"
                r"purpose|goal|aim|participants|attendees|guest list|guests|outlet|publisher|leaders|headline|title")
_LIST_JOIN = r"(?:\s*(?:,|\band\b|\bn\b|&|\+|\bplus\b)\s*|\s+)"


def _asked_noun(group: str) -> str:
    return rf"(?:the )?(?P<{group}>{_ASKED_NOUNS})"


# (the nouns may follow an "ok" or a request, and be listed with spaces alone: "ok date time place")
_NOUN_LIST = lazy(r"^\s*(?:(?:ok|okay|k|so|right|alright|pls|please|plz|gimme|give me|tell me|need|i need)\b[,:]?\s*)*"
                  + _asked_noun("a") + _LIST_JOIN + r"(?:,\s*)?" + _asked_noun("b") + r"(?:" + _LIST_JOIN
                  + _asked_noun("c") + r")?\s*(?:pls|plz|please|thx|thanks)?\s*[?!.]*\s*$", re.I)
# "the date and the place of the meetup": asks when and where it is
_DATE_AND_PLACE = lazy(r"\b(?:what(?:['’]s| is| are) )?(?:the )?(?:(?P<when>date|day|time)(?: and| n|,| &) (?:the )?(?:place|location|venue)|"
                       r"(?:place|location|venue)(?: and| n|,| &) (?:the )?(?:date|day|time))\b(?: of| for)?", re.I)
# "the date and time of the meeting", "the day and also the hour for it": each asked of the meeting
_NOUNS_OF = lazy(r"\b(?:the )?(?P<a>date|day|time|hour)(?:,? and(?: also)?| n| &| plus)(?: the)? (?P<b>date|day|time|hour)"
                 r"(?P<of> (?:of|for) [^?.!,;]{3,60}?)(?=\s*(?:[?.!,;]|$|please|pls|so |because))", re.I)
# "please provide a description of the photograph": what the photograph is
_DESCRIPTION_OF = lazy(r"^\s*(?:please |kindly |could you |can you |would you )*(?:provide|give|offer|furnish|share)(?: me| us)?"
                       r"(?: with)? (?:a |an )?(?:brief |short |quick |full |detailed )?(?:description|account|overview|"
                       r"explanation|rundown|breakdown) of\b", re.I)
# "what will happen at the meeting?", "what will the coalition do at the meeting?": what it will work on
_AT_THE_MEETING = r"(?=(?:at|during) (?:the|this|that|their|friday['’]?s?|fridays) (?:[\w'’-]+ )?(?:meeting|session|gathering|talks)\b)"
_WILL_HAPPEN = lazy(r"\bwhat(?: will| is going to| is gonna|['’]s going to|['’]s gonna) happen " + _AT_THE_MEETING, re.I)
_WILL_DO = lazy(r"(\bwhat (?:will|are|is) (?:[\w'’-]+ ){1,4}?(?:be |going to |gonna )?)(do|doing) " + _AT_THE_MEETING, re.I)
# chat spellings of question words, read before the phrase rules ("wats X for", "wen is it set for")
_CHAT_QUESTION_WORD = lazy(r"\b(?:wats|wuts|wat|wut|wot|wen|whn|wer|whr|wher|whos|wheres|whens)\b", re.I)
# "in one room", "at the same table": together (the opposite of the story's "separate meetings")
_ONE_ROOM = lazy(r"\b(?:in|into|at|around|round|to) (?:one|1|a single|the same|a shared|a common) (?:room|table)\b", re.I)
# "what is this coalition meant to do?", "what is the meeting supposed to achieve?": asks its purpose
# (also asked the other way round: "could you explain what this coalition is meant to do?")
_MEANT_TO = lazy(r"\bwhat (?:(?P<be>is|are|was|were|s) (?P<thing>(?:[\w'’-]+ ){0,6}?[\w'’-]+)|"
                 r"(?P<thing2>(?:[\w'’-]+ ){0,6}?[\w'’-]+) (?P<be2>is|are|was|were)) "
                 r"(?:meant|supposed|intended|designed|trying|aiming|hoping|seeking) to (?:do|achieve|accomplish)\b", re.I)
# "where they meeting this time?", "who is coming this time around": the coming occasion, not a topic
# "time" (nor the earlier meetings): read as "again", a word that asks about what is still to come
_THIS_TIME = lazy(r",?\s+this time(?: around| round)?(?=\s*(?:[?!.;]|$|, (?:not|or|rather|instead)\b))", re.I)


_ORDINAL_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth"}
_NEXT_WORD = lazy(r"\s+([a-z]+(?:-[a-z]+)*)", re.I)


def _ordinal(match: re.Match) -> str:
    """'4th' is the date's 4 ('on the 4th', 'the 4th of april'), but before a noun it counts things:
    'the 1st in-depth meeting' (or 'in depth') is the first one, not a date on the 1st."""
    number = match.group(1)
    after = _NEXT_WORD.match(match.string, match.end())
    if number in _ORDINAL_WORDS and after:
        word = after.group(1).lower()
        if "-" in word or match.string[after.end():after.end() + 6].lower() == " depth" or (
                word not in stopwords and word not in not_names and word not in ("of", "at", "in") and not word.isdigit()):
            return _ORDINAL_WORDS[number]
    return number


# "have they met before or is this new?": a closing alternative that is the question's own opposite
# asks nothing more (the question's words decide, not "new")
# "is the coalition new, or have they been meeting before?": whether they have met before
_NEW_OR = lazy(r"^\s*(?:is|was) (?:the coalition|this coalition|it|this|the group|the meeting|this meeting) (?:something |a |brand )?new"
               r"(?: thing| one)?\s*,?\s*or\s+", re.I)
_OR_THE_OPPOSITE = lazy(r",? or (?:(?:is|was|will) (?:this|it|that) (?:be )?(?:new|something new|a new thing|"
                        r"(?:the|their|its) (?:first|1st)(?: one| time| meeting)?(?: (?:they|it|the \w+|these \w+|those \w+|we) [^?!.,]{1,50})?|"
                        r"a first)|"
                        r"(?:(?:is|was|are|were) (?:it|that|this|they|these|those) )?(?:all )?(?:just |only |all |merely |mostly )?"
                        r"(?:media |political |pr |empty )?(?:spin|hype|propaganda|"
                        r"rumou?rs?|fake news|a rumou?r|made up|talk|words|rhetoric|posturing|for show|a photo[- ]op|pr)|"
                        r"(?:somewhere|someplace|anywhere|any place|some place|someone|somebody|something|anyone|anybody) else"
                        r"(?: entirely| altogether| instead)?|elsewhere|"
                        r"(?:(?:is|was|are) (?:it|that|the \w+) )?(?:just|only|merely|simply) (?:joining|taking part|participating|"
                        r"tagging along|going along|following|along for the ride|a (?:member|participant|follower)))"
                        r"(?= *[?!.]*\s*$)", re.I)  # ("is uk leading or just joining?": whether it leads)
# ("is the meeting in ukraine or somewhere else?": whether it is in Ukraine)
_IS_CALLED = lazy(r"\b(is|was|are|were|be) (it|this|that|they|this one|this meeting|the meeting|the coalition|the group) "
                  r"(?:being )?called\b", re.I)
# "the so-called coalition": a label, not a call
_SO_CALLED = lazy(r"\bso[- ]called\b", re.I)
# Capitals stand for their countries' governments ("steered by Paris and London", "representatives of
# Kyiv and Washington", "had Kyiv agreed", "the government in London"); "in Paris" stays a place, and
# "the Paris summit" an event.  "The French capital" is the city.
_CAPITALS = {"paris": "france", "london": "uk", "washington": "usa", "kyiv": "ukraine", "kiev": "ukraine",
             "moscow": "russia", "berlin": "germany", "rome": "italy", "warsaw": "poland", "riyadh": "saudi arabia"}
_DEMONYM_CAPITALS = {"french": "paris", "british": "london", "uk": "london", "english": "london",
                     "american": "washington", "us": "washington", "u.s.": "washington", "ukrainian": "kyiv",
                     "russian": "moscow", "german": "berlin", "italian": "rome", "polish": "warsaw", "saudi": "riyadh"}
_THE_CAPITAL = lazy(r"\b(?:the )?(french|british|uk|english|american|us|u\.s\.|ukrainian|russian|german|italian|"
                    r"polish|saudi) capital\b", re.I)
_CAPITAL_NAMES = re.compile(r"\b(?:" + "|".join(_CAPITALS) + r")\b")
_CAP = "(" + "|".join(_CAPITALS) + ")"
# (nor a capital named as the venue or host: "is kyiv the venue?", "is kyiv hosting it?" ask where)
_NOT_AFTER = r"(?!\s+(?:summit|summits|talks|meeting|meetings|conference|independent|time|agreement|declaration|format|" \
             r"(?:the |a |an )?(?:venue|location|host|hosts|hosting|hosted|host city|city)\b))"
_GOVERNMENT_IN = lazy(r"\b(?:the )?(?:government|governments|officials|authorities|leadership)\s+(?:in|of)\s+"
                            + _CAP + r"\b" + _NOT_AFTER, re.I)
_BY_CAPITAL = lazy(r"\b(by|of|between|for|from|with|and|both)\s+" + _CAP + r"\b" + _NOT_AFTER, re.I)
_CAPITAL_AND = lazy(r"\b" + _CAP + r"(?=\s*(?:,|and|&)\s*" + _CAP + r"\b)", re.I)
_OPENER_CAPITAL = lazy(r"^(\W*(?:had|has|have|did|does|do|is|was|will|would|could|can|should)\s+)" + _CAP + r"\b"
                             + _NOT_AFTER, re.I)


_PLACE_BEFORE = lazy(r"\b(?:in|at|to|into|inside|near|outside|towards|visit|visiting|visited)\s+$", re.I)


_PLACE_AND = lazy(r"\b(?:in|at|to|into|inside|near|outside|towards|visit|visiting|visited)\s+[\w-]+\s*,?\s*$", re.I)


def _as_governments(text: str) -> str:
    def country(match: re.Match, group: int = 1) -> str:
        return _CAPITALS[match.group(group).lower()]

    text = _GOVERNMENT_IN.sub(lambda m: f"{country(m)} government", text)
    text = _CAPITAL_AND.sub(lambda m: m.group(0) if _PLACE_BEFORE.search(m.string, 0, m.start()) else country(m),
                            text)
    text = _BY_CAPITAL.sub(lambda m: m.group(0) if m.group(1).lower() == "and" and _PLACE_AND.search(
        m.string, 0, m.start()) else f"{m.group(1)} {country(m, 2)}", text)
    return _OPENER_CAPITAL.sub(lambda m: m.group(1) + country(m, 2), text)


# "on the final day of March": March 31 (February's 28th: a leap year is not guessed)
_MONTH_DAYS = {"jan": 31, "feb": 28, "mar": 31, "apr": 30, "may": 31, "jun": 30, "jul": 31, "aug": 31, "sep": 30,
               "oct": 31, "nov": 30, "dec": 31}
_LAST_DAY = lazy(r"\b(?:the )?(?:final|last|closing) day of (january|february|march|april|may|june|july|august|"
                 r"september|october|november|december)\b", re.I)
# "... the gathering the Ukrainian president described?": the same closing clause with no "that",
# when a speaker ("the president", "he") plainly begins it
_SPEAKER_SPOKE_OF_IT = lazy(r"(?<=\w\w) (?:that |which )?(?:the (?:[a-z]+ )?(?:president|prime minister|leader|"
                            r"article|story)|he|she|zelensky|zelenskyy) (?:described|mentioned|outlined|"
                            r"talked about|spoke about|spoke of|referred to|brought up|(?:was|is|has been) (?:talking|speaking) (?:about|of))"
                            r"(?: (?:on|in) the (?:news|radio|tv|telly)| on tv| yesterday| today| earlier| this week)?"
                            r"(?= *(?:[?!.]|$|\s+(?:i|so|because|cause|bc)\b))", re.I)
_IN_ORDER_TO = lazy(r"\s+(?:in order|so as) to\b", re.I)
_STORY_NOUNS = re.compile(r"\b(?:article|story|piece|text|report|news)\b")
_SPOKE_OF = re.compile(r"mentioned|talked about|talking about|spoke|speaking|referred to|brought up|described|outlined")
_INITIALS = re.compile(r"\b[a-z]\.[a-z]\.", re.I)


_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem, so "discussed"/"discuss" and "countries"/"country" meet."""
    return _STEMMER.stemWord(word) if len(word) > 3 and word.isalpha() else word


# -- chat noise ---------------------------------------------------------------------------------
# Words people add around a question in a messenger: they carry no topic.
fillers = frozenset(
    """
    insofar framework architecture proceed proceeds proceeding relative relatively nature merely especially notably
    case thx tnx thanx ty tysm lol lmao lmfao rofl haha hahaha hehe omg omfg wtf asap tbh imo imho fyi btw pls plz
    plss pleaseee sorry sry bother bothering quick quickly morning evening afternoon gm hiya yo sup hey hi hello
    heya hellooo ello howdy greetings dear buddy bro bruh sis fam folks friend pal hun babe ok okay k kk alright
    cool nice great awesome wow ah ahh oh ooh hmm hm umm um uh erm yeah yea yep yup yeh yh aye eh na rt nah nope mmm welp
    curious wondering wonder need needed help helping tell telling let lemme gimme show quick question
    q qq anyway anyways actually basically literally honestly seriously srsly totally like just
    rn atm tho though dunno idk ikr smh ngl fr frfr lowkey highkey bc cuz coz cos innit
    cheers ta thank thanks appreciate appreciated today tonight dumb stupid silly random bug bugging
    deal again exactly even ever bit whole mean meant confused confusing understand understood sure
    government govt authorities correct true right yes
    customarily usually typically normally ordinarily concrete specific particular precisely
    unrelated offtopic sidenote side note everyone everybody
    remind recall clarify accurate accurately precise jointly altogether respect unfamiliar prospect possibility
    concise principal belligerent belligerents measured man woman men women reader readers chosen wait
    remember forgive ignorance excuse pardon meanwhile meantime anyway anyways western fine mr mrs ms sir madam
    physically personally clear plainly love darling sweetie hon
    notice noticed noticing obvious sometime someday
    kindly furnish furnished accompanying executive wider broader overall respective formal formally advise done
    aforementioned aforesaid pertaining hereby thereof therein duly foreign sit sitting sat sits
    vs versus paraphrase paraphrased paraphrasing inference infer surprised surprising chk framing pronunciation
    engaged engage engagement anymore believe believed believes reckon reckoned considered regarded sovereign
    claim claims claimed acting serving verify verifying typo typos
    """.split()
)

# Texting shorthand -> what it stands for (may be several words).
shorthand = {
    "mil": "military",  # "mil teams or heads of state?"
    "u": "you", "r": "are", "ur": "your", "n": "and", "y": "why", "wat": "what", "wut": "what", "wot": "what",
    "wen": "when", "fri": "friday", "thurs": "thursday", "thu": "thursday", "tues": "tuesday", "weds": "wednesday", "hv": "have", "any1": "anyone", "some1": "someone", "every1": "everyone", "no1": "nobody", "whn": "when", "wer": "where", "whr": "where", "wher": "where", "hw": "how", "hou": "how",
    "pms": "prime ministers", "generals": "military people", "commanders": "military people", "sed": "said", "sez": "says", "sayd": "said", "smth": "something", "sth": "something", "abt": "about", "bout": "about", "govt": "government",
    "gov": "government", "mtg": "meeting", "mtng": "meeting", "info": "information", "ppl": "people",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2day": "today", "2moro": "tomorrow", "b4": "before",
    "w": "with", "thru": "through", "bcuz": "because", "becuz": "because", "wk": "week", "yr": "year",
    "whos": "who is", "whats": "what is", "wheres": "where is", "whens": "when is", "hows": "how is",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "dont": "do not", "doesnt": "does not",
    "didnt": "did not", "isnt": "is not", "arent": "are not", "wasnt": "was not", "wont": "will not", "havent": "have not", "hasnt": "has not", "werent": "were not", "hadnt": "had not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not", "aint": "is not",
    "cant": "can not", "im": "i am", "ive": "i have", "theyre": "they are", "comin": "coming", "goin": "going", "talkin": "talking", "doin": "doing", "theyd": "they would", "theyll": "they will", "theyve": "they have", "itll": "it will",
    "pic": "picture", "pix": "pictures", "pics": "pictures", "prez": "president", "pres": "president",
    "uk's": "uk", "us's": "usa", "nr": "number", "no.": "number", "num": "number", "approx": "about",
    "cnt": "count", "xmas": "christmas", "yday": "yesterday", "w/": "with", "thnx": "thanks",
    "ukr": "ukraine", "coz": "because", "plz": "please", "pls": "please", "wdym": "what do you mean", "ty": "thank you",
    # typos of short words, too short to correct by spelling distance
    "teh": "the", "hte": "the", "th": "the", "adn": "and", "nad": "and", "waht": "what", "wht": "what",
    "whta": "what", "ot": "to", "fo": "of", "si": "is", "os": "so", "yhe": "the", "tge": "the", "thw": "the",
    "diff": "different", "countrys": "countries", "rite": "right", "ryt": "right", "witch": "which",
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december", "contries": "countries", "coutries": "countries", "nations's": "nations",
    "hwen": "when", "whrn": "when", "wehre": "where", "whre": "where", "hwy": "why",
    "b": "be", "c": "see", "hii": "hi", "hiii": "hi", "heyy": "hey", "heyyy": "hey", "helo": "hello",
    "dis": "this", "dat": "that", "dey": "they",
    "wats": "what is", "wens": "when is", "wuts": "what is", "m8": "mate", "gn": "good night", "gnight": "good night",
    "ty4": "thank you", "journo": "journalist", "thot": "thought", "thght": "thought", "journos": "journalists", "happnd": "happened", "rly": "really", "thnks": "thanks", "thanx": "thanks", "cya": "see you", "ppls": "people",
}

# Words of other languages that bilingual people type into English chat ("cuando is the meeting",
# "quem announced it", "wie viele countries"): Spanish, Portuguese, Italian, French and German question
# words and the story's everyday nouns and verbs, read as the English they stand for.  Only words no
# English chat uses otherwise ("was", "come", "data", "dove", "ou", "tag" stay English).
borrowed = {
    # when / where / who / what / how many / why
    "cuando": "when", "quando": "when", "quand": "when", "wann": "when",
    "donde": "where", "onde": "where", "adonde": "where", "wo": "where",
    "quien": "who", "quienes": "who", "quem": "who", "qui": "who", "chi": "who",
    "que": "what", "quoi": "what", "cosa": "what", "qual": "which", "cual": "which", "quale": "which",
    "cuantos": "how many", "cuantas": "how many", "quantos": "how many", "quantas": "how many",
    "quanti": "how many", "quante": "how many", "combien": "how many", "wieviele": "how many",
    "porque": "why", "pourquoi": "why", "perche": "why", "warum": "why",
    "wie": "how", "como": "how", "viele": "many", "muchos": "many", "muitos": "many", "molti": "many",
    # the story's things
    "reunion": "meeting", "reuniao": "meeting", "riunione": "meeting", "treffen": "meeting",
    "encuentro": "meeting", "encontro": "meeting", "incontro": "meeting", "sitzung": "meeting",
    "paises": "countries", "pais": "country", "paesi": "countries", "paese": "country",
    "lander": "countries", "laender": "countries",
    "soldados": "soldiers", "soldati": "soldiers", "soldats": "soldiers", "soldaten": "soldiers",
    "tropas": "troops", "truppe": "troops", "troupes": "troops", "truppen": "troops",
    "anuncio": "announced", "anunciou": "announced", "annunciato": "announced", "annonce": "announced",
    "lidera": "leads", "lideram": "lead", "lideran": "lead", "guida": "leads", "fuhrt": "leads",
    "hablo": "talked", "hablaron": "talked", "falou": "talked", "falaram": "talked", "parlato": "talked",
    "gringos": "americans", "americanos": "americans", "americani": "americans", "amerikaner": "americans",
    "franca": "france", "francia": "france", "frankreich": "france", "reino": "kingdom",
    "articulo": "article", "artigo": "article", "articolo": "article", "artikel": "article",
    "foto": "photo", "autor": "author", "autore": "author", "auteur": "author",
    "viernes": "friday", "sexta": "friday", "venerdi": "friday", "vendredi": "friday", "freitag": "friday",
    "abril": "april", "aprile": "april", "avril": "april",
    "la": "the", "el": "the", "los": "the", "las": "the", "il": "the", "der": "the", "das": "the", "les": "the",
    "es": "is", "ist": "is", "sind": "are", "sont": "are",
    "qnd": "when", "qndo": "when", "oq": "what", "pq": "why", "vc": "you", "voce": "you",
    "resumen": "summary", "resumo": "summary", "riassunto": "summary", "zusammenfassung": "summary",
    "materia": "article", "noticia": "article", "notizia": "article", "nachricht": "article",
    "cumbre": "summit", "cupula": "summit", "vertice": "summit", "gipfel": "summit", "sommet": "summit",
    "acuerdo": "agreement", "acordo": "agreement", "accordo": "agreement", "paz": "peace", "pace": "peace",
    "paix": "peace", "frieden": "peace", "exactamente": "exactly", "exatamente": "exactly",
    "esattamente": "exactly", "exactement": "exactly", "genau": "exactly", "nada": "nothing",
    "otros": "others", "outros": "others", "altri": "others", "autres": "others", "andere": "others",
    "tambien": "also", "tambem": "also", "anche": "also", "aussi": "also", "auch": "also",
    # small talk and fillers
    "oye": "", "mismo": "", "pues": "", "bueno": "", "afinal": "", "entao": "", "quindi": "", "allora": "",
    "donc": "", "alors": "", "bref": "", "eigentlich": "", "uberhaupt": "", "ueberhaupt": "", "naja": "",
    "gracias": "thanks", "obrigado": "thanks", "obrigada": "thanks", "grazie": "thanks", "merci": "thanks",
    "danke": "thanks", "hola": "hi", "ola": "hi", "ciao": "hi", "salut": "hi", "tipo": "like", "mesmo": "really",
}
shorthand |= borrowed

# General English synonyms, for the words of formal and paraphrased questions that a story's book
# does not spell.  In each group, a member the book does not use reads as the first member it does
# use (after the book's own aliases); the words a book uses are never re-read.  Story words (names,
# events) belong in facts.yaml's aliases, not here.
synonyms = (
    ("call", "rang", "rung", "rang up", "ring up", "rung up", "gave a ring", "give a ring", "dialled", "dialed",
     "video call", "video called", "telephoned", "telephone call"),
    ("announce", "declare", "proclaim", "reveal", "disclose", "unveil", "make public",
     "made public", "go public", "went public", "publicize", "publicise", "source of the news", "broke the news",
     "disclosure", "disclosed",
     "break the news", "source of the information"),
    ("say", "direct quote", "direct quotes", "exact quote", "exact quotes", "statement", "statements", "remark", "remarks", "comment", "comments", "phrase", "phrased", "put it", "utter", "uttered",
     "express", "expressed", "words", "wording", "quote", "quoted", "reproduce", "verbatim", "word for word", "quotation marks", "quotation", "in quotes",
     "own words", "addressing the", "articulate", "articulated", "attribute", "attributes", "attributed", "ascribe", "ascribed",
     "addressed the", "address the"),
    ("achieve", "accomplish", "accomplished", "attain", "fulfil", "fulfill", "realise", "realize", "get done",
     "want to do", "hope to do"),
    ("purpose", "aim", "goal", "objective", "intent", "intention", "intend", "intends", "intended", "mission", "motive", "rationale", "agenda",
     "point", "mandate", "remit", "terms of reference"),
    ("start", "begin", "began", "begun", "beginning", "commence", "kick off", "kicks off", "get underway",
     "take effect", "takes effect", "taken effect", "took effect", "come into force", "get going"),
    ("end", "finish", "conclude", "wrap up", "over"),
    ("happen", "going ahead", "go ahead", "goes ahead", "went ahead", "gone ahead"),
    ("feel", "think of", "think about", "thinks of", "thinks about", "thought of", "thought about", "make of", "makes of",
     "opinion of", "opinion on", "opinion about", "take on", "stance on", "view on", "view of", "views on", "feel about"),
    ("politician", "political", "politics", "statesman", "statesmen", "heads of state", "head of state",
     "heads of government", "head of government", "civilian leaders"),
    ("attend", "participate", "participation", "take part", "sitting around the table", "sit around the table",
     "sitting at the table", "sit at the table", "around the table", "at the table", "in the room", "in attendance", "attendance",
     "show up", "turn up", "turned up", "turns up", "turning up", "showed up", "shows up", "showing up", "be there", "be present", "present at", "invited", "invitation",
     "coming to the", "coming to this", "coming to friday", "come to the", "comes to the"),
    ("size", "big", "large", "huge", "massive", "broad", "wide", "extensive", "scale", "magnitude", "scope"),
    ("different", "differ", "difference", "compare", "compared", "comparison", "contrast", "distinct",
     "distinguish", "unlike", "sets apart", "set apart"),
    ("consultation", "consultations", "consult", "contact", "contacts", "exchanges", "preliminary talks",
     "coordinate", "coordinated", "coordination", "liaise", "liaised"),
    ("mean", "meaning", "refer", "refers", "referring", "signify", "denote", "stand for", "stands for",
     "definition", "define"),
    ("pledge", "commit", "committed", "commitment", "promise", "vow", "undertake", "undertaken", "sign up",
     "signed up"),
    ("deploy", "send", "dispatch", "station", "post", "put", "putting", "contribute", "provide"),
    ("troops", "soldiers", "personnel", "servicemen", "servicemembers", "boots", "forces", "military personnel"),
    ("position", "stance", "view", "views", "opinion", "attitude", "standpoint", "take on"),
    ("react", "reaction", "respond", "response", "reply", "replied", "responded"),
    ("accept", "approve", "endorse", "ok with", "okay with", "fine with", "happy with", "on board with",
     "on board", "go along with", "welcome"),
    ("publish", "published", "go online", "went online", "put online", "posted online", "go live", "went live",
     "pub date", "pub time", "pubdate",
     "print", "printed", "file", "filed"),
    ("formed", "created", "put together"),
    ("author", "wrote", "writer", "journalist", "reporter", "correspondent", "byline", "penned", "pen", "composed",
     "compose", "authored", "put this article together", "put the article together", "put this story together",
     "put the story together", "put this piece together", "put together this article", "put together the article"),
    ("discuss", "confer", "conferred", "conferring", "deliberate", "deliberations", "deliberation", "exchange views",
     "go over", "went over", "going over", "gone over", "consult", "consulted", "consulting", "consult with"),
    ("based on", "serve as the foundation for", "serve as the basis for", "serve as the foundation",
     "serve as the basis", "on the basis of", "basis", "foundation", "grounded in", "rest on", "rests on", "built on"),
    ("ceasefire", "suspend", "suspended", "suspension", "halt", "halted", "the fighting stops", "fighting stops",
     "the fighting ends", "fighting ends", "the war ends", "war ends", "the war stops", "the guns fall silent"),
    ("credit", "supplied", "supply", "supplier", "courtesy", "courtesy of"),
    ("photo", "photograph", "picture", "image", "snapshot", "shot", "illustration", "still", "captured"),
    ("make", "manufacture", "manufactured", "manufacturer", "maker", "build", "built", "builder", "produce",
     "produced", "producer", "company", "firm"),
    ("meet", "convene", "gather", "assemble", "hold talks", "sit down", "forum", "summit", "forthcoming talks",
     "session", "get together", "get-together", "conference", "meetup", "plenary", "convening", "convocation",
     "upcoming talks", "coming talks", "planned talks"),
    ("country", "nation", "state", "member state", "member states", "participant countries", "lands"),
    ("part of", "belong to", "belongs to", "belonged to", "belonging to", "member of", "membership of",
     "count itself among", "counts itself among", "count among", "counted among", "among the members of",
     "membership in"),
    ("separate", "separately", "individually", "one by one", "bilateral", "bilaterally"),
    ("often", "frequently", "how many times", "regularly"),
    ("who", "whom"),  # "whom had zelensky spoken with ...": the same question word
    ("first", "inaugural", "maiden", "initial", "very first"),
    ("before", "beforehand", "at an earlier point", "at some earlier point", "at some point before", "previously", "earlier", "prior", "formerly", "to date", "so far", "until now", "hitherto",
     "up to this point", "to this point", "till now", "up till now", "up to now", "up until now", "all along"),
    ("topic", "topics", "subject", "subjects", "theme", "themes", "matter discussed", "matters discussed"),
    ("in person", "face to face", "in the flesh", "in real life", "irl", "physically", "same room"),
    ("online", "virtual", "virtually", "remote", "remotely", "video link", "videoconference", "zoom", "zoom call",
     "zoom calls", "video call", "video calls", "videocall", "videocalls", "video conference", "teleconference"),
    ("happen", "occur", "occurred", "take place", "unfold"),
    ("summary", "gist", "overview", "synopsis", "rundown", "digest", "main points", "key points", "in short",
     "in brief", "nutshell"),
    ("important", "significant", "significance", "importance", "notable", "noteworthy", "remarkable", "crucial",
     "key", "matter", "matters", "milestone", "landmark", "watershed", "turning point", "single out", "singled out", "stand out", "stands out", "highlight", "highlighted"),
    ("now", "in force", "into force", "in effect", "at present", "as of now", "at the moment", "as we speak"),
    ("enforce", "uphold", "maintain", "police", "monitor", "safeguard", "keep the peace"),
    ("prepare", "prepared", "preparing", "draft", "drafted", "drafting", "draw up", "drawn up", "drew up", "drawing up",
     "devise", "devised", "formulate", "formulated"),
    ("congratulate", "congratulating", "congratulated", "mark", "marking", "marked", "celebrate", "celebrating",
     "celebrated", "commemorate", "commemorating", "commemorated"),
    ("representative", "representatives", "delegation", "delegations", "delegate", "delegates", "envoy", "envoys",
     "representation",
     "emissary", "emissaries", "diplomat", "diplomats"),
    ("ceasefire", "cessation of hostilities", "end to hostilities", "halt to the fighting", "stop to the fighting",
     "end to the fighting", "hostilities"),
    ("lead", "exercise leadership", "exercises leadership", "exercising leadership", "leadership functions",
     "steer", "steers", "steered", "steering", "at the helm", "helm", "front", "fronting", "drive", "driving",
     "leadership", "in charge of", "in charge", "spearhead", "spearheads", "spearheading", "take the lead",
     "taken the lead", "took the lead", "assumed leadership", "assume leadership", "head up", "heads up",
     "at the head of", "standing at the head of", "stand at the head of", "stands at the head of"),
    ("talks", "diplomacy", "diplomatic", "diplomatic efforts", "diplomatic track", "peace efforts",
     "efforts to end the war", "bring the war to an end", "end the war", "ending the war"),
    ("separate", "in parallel", "parallel", "alongside"),
    ("country", "multinational", "multilateral", "international"),
    # "what will they be concentrating on": the story's word is "work on"
    ("work on", "focus on", "focusing on", "focus", "concentrate on", "concentrating on", "concentrate",
     "work through", "working through", "work out", "working out",
     "deal with", "dealing with", "tackle", "tackling"),
    ("do", "perform", "performing", "performed", "carry out", "carrying out", "carried out"),
    ("time", "noon", "midday", "o'clock", "oclock", "time stamp", "timestamp"),
    # a word of the reader's, no misspelling: "i dont follow politics" is not "full" (in-depth), nor "fellow"
    ("follow", "follows", "followed", "keep up with", "keep track of"),
)

# "is zelensky the prime minister?": a person and one of these asks who the person is.
roles = frozenset("president prime premier chancellor king queen leader head minister secretary general chief "
                  "commander spokesman spokesperson ambassador envoy pm".split())
# "which russian officials", "russia's leader": people of a country (an answer naming that country's
# people together with such a word answers it; one naming only others' officials does not)
people_nouns = roles | frozenset("official officials negotiator negotiators delegate delegates delegation representative "
                                 "representatives diplomat diplomats leaders ministers".split())
guess_cues = frozenset("thought think thinking bet heard says said say claims claimed or maybe guess assume reckon "
                       "swears insists".split())
guess_phrases = frozenset({("it", "was"), ("was", "it"), ("it", "is"), ("is", "it")})
anyone_words = frozenset("people anyone anybody someone somebody nobody troops soldiers".split())
origin_prepositions = frozenset(["from"])

# An office a yes/no question gives a person: "is zelensky the prime minister?" of an answer naming him
# "President" is No; of an answer naming no office, no verdict.  ("leader", "head" are no office.)
_OFFICES = "president prime chancellor king queen minister secretary commander spokesman " \
    "spokesperson ambassador envoy mayor governor"
titles = {**{w: w for w in _OFFICES.split()}, "premier": "prime", "pm": "prime"}

possessive = "s"  # "macron's opinion": the word after a name that makes it a possessive

# A person after one of these ("the jet behind zelensky", "in front of him") says where a thing is.
locatives = frozenset("behind beside near next front opposite alongside beneath".split())

# "have they had in-depth meetings before?" of "the first in-depth meeting": No.
first_words = frozenset("first".split())
ordinal_words = {w: n for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
event_prepositions = frozenset("from at during".split())
origin_words = frozenset({"from"})
opposites = {"same": ("separate", "separately"), "together": ("separate", "separately"),
             "jointly": ("separate", "separately"), "joint": ("separate", "separately"),
             "wide": ("narrow",), "broad": ("narrow",), "virtually": ("person",), "separately": ("together", "jointly")}
ever_words = (("ever",), ("at", "all"), ("whatsoever",), ("in", "history"), ("of", "any", "kind"), ("of", "any", "sort"),
              ("of", "any", "type"))
previous_words = frozenset("before already previously earlier prior ever".split())
comparatives = frozenset("than vs versus different differ differs difference unlike compared compare".split())

# A yes/no question about all or every one of something ("with every country invited?") is not
# answered "Yes." by a fact whose answer does not say so.
universal_words = frozenset("all every everyone everybody everything each entire whole".split())
limiting_words = frozenset("several some narrow few only select selected certain limited".split())  # ... deny it

# A word of the book with one of these added is another English word, not a misspelling of it:
# "party" is not "part", "tenth" not "tent" (endings the stemmer removes need no listing).
endings = frozenset("y ly ty ry er or th".split())

# Words that make a message a request even without a question mark or a question word.
imperatives = frozenset("tell give confirm verify check state provide explain describe show summarize summarise list name quote share recap identify "
                        "outline specify advise recommend suggest".split())

# A message about the bot itself: "you"/"your" and only these words (besides function words).
bot_words = frozenset("""
bot robot human ai person real name made make built build created create programmed program machine computer
alive chatgpt gpt llm model software app program creator developer owner work works function purpose
speak speaks understand english language languages ukrainian
question questions kind kinds sort sorts type types answer answers handle handles topic topics
automatic automated automation staff human humans someone somebody anyone anybody actual live read reads reading
run runs running operate operates operated behind ask write typed on there smart clever journalist checking
another other
""".split())
pro_nouns = frozenset({"one", "ones"})  # "no i meant the april 4 one": the meeting that date names
# Words that stand for the bot without "you": "who am i talking to", "who runs this account", "ai or a
# journalist on the other end"; with them, a message of bot words only is about the bot.
addressee_phrases = (*((*me, verb, to) for me in (("i",), ("we",)) for verb in ("talking", "chatting", "speaking")
                       for to in ("to", "with")),
                     ("this", "bot"), ("the", "bot"), ("this", "account"), ("this", "channel"), ("this", "chat"),
                     ("this", "service"), ("other", "side"), ("other", "end"), ("these", "messages"), ("the", "replies"),
                     ("replies", "here"), ("ask", "here"), ("write", "here"), ("type", "here"), ("post", "here"),
                     ("bot",))
praise_words = frozenset("awesome great cool best amazing helpful smart nice good brilliant clever legend star "
                         "rock rocks genius useful lovely perfect fantastic excellent helped helps".split())
you_words = frozenset("you your yours yourself u ur".split())
chat_breaks = frozenset("lol lmao lmfao rofl haha hahaha hehe smh omg ngl tbh fr frfr idk again".split())
you_pronouns = frozenset("you u yourself".split())
request_modals = frozenset("can could would will do did may might".split())  # "can you ...": a request or a question
passive_markers = frozenset("been being".split())  # "..., has been stated?": the predicate of the question before
participle_endings = ("ed",)  # "..., has promised troops?": the predicate of the question before
alternative_asks = (("was", "it"), ("is", "it"), ("was", "that"), ("is", "that"))  # "was it zelensky or starmer"
story_says_tags = frozenset(f"{verb} {source}{end}" for verb in ("does the", "did the", "does this", "is it in the", "is that in the")
                            for source in _STORY_NAMES
                            for end in ("", " say", " say so", " say anything", " mention it", " mention that", " tell",
                                        " say anything about it", " say anything about that"))
reply_pointers = frozenset("that this it thats".split())  # "thanks, that covers it": a remark on the reply
request_softeners = frozenset("please pls plz kindly just now".split())  # "please write my essay": a command
correction_words = frozenset("actually really truly".split())  # "when was it actually?": a date to correct
# A message typed in one breath: after these a question word is part of the sentence ("tell me who", "i dont
# know when", "about what"), not the start of a new question
question_embedders = frozenset(
    "tell told telling me us him her them know knew knows wonder wondering wondered ask asked asking explain explained "
    "idea clue sure see saw understand remember forget forgot find out learn check show confirm decide decided "
    "discuss discussed say said says mean meant about of on in at to from by with and or but is was are were "
    "if whether matter guess".split())
# "hey google no wait i mean when is it": what follows the last of these is what is asked
self_corrections = frozenset({("no", "wait"), ("i", "mean"), ("i", "meant"), ("scratch", "that"), ("or", "rather"),
                              ("sorry", "i", "mean"), ("sorry", "i", "meant"), ("wait", "no"),
                              # "so its in moscow now is it 😂 nah seriously where is it": the joke set aside
                              ("nah", "seriously"), ("no", "seriously"), ("but", "seriously"), ("jk",), ("just", "kidding"),
                              ("joking", "aside"), ("kidding", "aside"), ("jokes", "aside")})
# "lol another alliance who even leads this": chatter before a question typed without a stop
interjections = frozenset("lol lmao lmfao rofl haha hahaha omg wow ugh ugh bruh damn dang whoa woah huh hmm ok okay "
                          "oh ah yikes jeez geez sheesh wtf smh sry sorry soz btw anyway anyways hi hey hello yo".split())
relative_words = frozenset({"who", "which", "whom", "whose", "that"})  # "the ones who are sending troops"
run_on_adverbs = frozenset("even exactly actually really again".split())  # "what even is this coalition"
agent_prepositions = frozenset({"by"})  # "is it run by the usa?": the usa is who is claimed to run it
order_prepositions = (("before",), ("after",), ("prior", "to"))  # "(who did he call) before announcing it": when
acting = frozenset({"lead"})  # "the usa and germany lead it, yes?": who leads is the claim
attending = frozenset({"attend"})  # "will the americans attend / be there / be in the room?": who takes part
# "is there a ceasefire in place?" asks whether a thing is there; an answer naming it only as possible
# ("a potential ceasefire") does not say it is
existence_phrases = (("is", "there"), ("are", "there"), ("in", "place"), ("in", "force"), ("in", "effect"),
                     ("exist",), ("exists",), ("holding",), ("already", "agreed"), ("been", "agreed"))
possibility_words = frozenset("potential possible eventual prospective hypothetical future proposed".split())
# "is the us in it?", "is poland part of it?": the country is claimed to be one of those in it
membership_phrases = frozenset({("in", "it"), ("part", "of"), ("a", "member"), ("in", "this"), ("in", "there"),
                                ("involved", "in"), ("involved",), ("on", "board"), ("among", "them")})
time_nouns = frozenset("days day week weeks weekend month months year years time times morning evening moment point".split())
reader_subjects = frozenset({"i", "im"})  # "is it the 4th or the 14th i forget": a remark on the reader
opinion_openers = frozenset("sounds seems looks feels reminds smells".split())  # "...? sounds like a video game"
reason_words = frozenset("because bc cuz coz cos cause bcs bcoz".split())  # "is it in ukraine bc isnt that dangerous"
subject_words = frozenset("the a an this that these those it they he she we you there".split())  # "who is the author"
task_verbs = frozenset("write do finish complete draft compose prepare edit proofread redo rewrite grade mark type fix".split())

# Messages (or their opening / closing) that are small talk, by kind, folded.
small_talk_phrases = {
    "greeting": (*_GREETING_WORDS, "howdy", "greetings", "good morning",
                 "good afternoon", "good evening", "good day", "morning", "evening", "hi there", "hello there", "hey there",
                 "hey bot", "hi bot", "hello bot", "testing testing 1 2 3", "testing 1 2 3", "test 1 2 3", "testing testing",
                 "test test", "anyone there", "anybody there", "is anyone there", "is anybody there", "heya", "sup", "what s up", "whats up", "wassup", "gm",
                 "start", "help", "salut", "bonjour", "hola", "ciao", "servus", "ahoj", "shalom", "namaste",
                 "oi", "ola", "hallo", "hej", "czesc", "pryvit", "privet", "vitayu", "dobryi den", "dobriy den"),
    "how_are_you": ("how's it going", "how's your day", "how's life", "how's things", "how are you", "how are you doing", "how is it going", "how s it going", "hows it going",
                    "how are things", "how do you do", "how you doing", "you ok", "are you ok", "how r u",
                    "how are u", "how have you been", "how is your day", "how s your day", "how goes it",
                    "how are you today", "what s new", "whats new", "what's new", "what's up", "how is life",
                    "how are you doing today", "hope you are well", "hope you're well", "you good"),
    "about": ("who made you", "who built you", "who created you", "who programmed you", "who wrote you",
              "who are you", "what are you", "are you a bot", "are you a robot", "are you human",
              "are you real", "are you an ai", "are you a person", "are you a human", "is this a bot", "is this thing on", "bot or not", "how does this work", "how does this bot work",
              "what can it do", "what can this do", "what can this thing do", "what can this bot do",
              "what can you do", "what do you do", "what s your name", "what is your name", "your name",
              "who owns you", "who runs you", "are you chatgpt", "are you alive", "who is behind this bot",
              "who made this bot", "what are you for"),
    "thanks": ("thanks", "thank you", "thx", "tnx", "thanx", "thnx", "thnks", "ta", "merci", "grazie", "danke", "gracias", "obrigado", "dziekuje", "spasibo",
               "merci beaucoup", "thank u", "tq", "ty", "tysm", "thanks a lot", "thank you very much", "cheers",
               "thanks so much", "great thanks", "ok thanks", "ok thank you", "perfect thanks", "many thanks",
               "much appreciated", "appreciate it", "nice", "great", "cool", "ok", "okay", "got it",
               "good to know", "perfect", "awesome", "i see", "makes sense", "fair enough", "alright", "k",
               "good bot", "nice one", "wow", "interesting", "lol", "haha", "nice thanks", "cool thanks",
               "god bless", "god bless you", "god bless ukraine", "slava ukraini", "glory to ukraine"),
    "bye": ("bye", "goodbye", "bye bye", "see you", "see ya", "cya", "good night", "later", "laters",
            "take care", "gotta go", "have a good day", "have a nice day", "ttyl", "have a good one",
            "have a great day", "have a nice evening", "have a good evening", "have a good night", "have a great one",
            "gotta run", "have to run", "must run", "need to run", "have to go", "must go", "need to go", "off to bed",
            "i have to go", "i have to run", "i am off"),
}
small_talk = {kind: frozenset(phrases) for kind, phrases in small_talk_phrases.items()}

# -- question shape -----------------------------------------------------------------------------
# Word sequences that show the type of a question, longest first wins.  Types: when where who
# how_many why what how duration.
question_types = {
    ("how", "many"): "how_many", ("how", "much"): "how_many", ("what", "number"): "how_many",
    ("number", "of"): "how_many", ("how", "large"): "how_many", ("how", "big"): "how_many",
    ("what", "size"): "how_many", ("how", "long"): "duration", ("what", "manner"): "how", ("what", "way"): "how",
    ("what", "format"): "how", ("what", "form"): "how",
    ("which", "company"): "who", ("what", "company"): "who", ("for", "how", "long"): "duration",
    ("how", "many", "days"): "when", ("how", "many", "weeks"): "when", ("what", "time"): "when", ("what", "date"): "when", ("what", "day"): "when", ("which", "day"): "when",
    ("which", "date"): "when", ("what", "year"): "when", ("what", "month"): "when", ("how", "soon"): "when",
    ("when",): "when", ("where",): "where", ("which", "city"): "where", ("what", "city"): "where",
    ("what", "place"): "where", ("which", "place"): "where", ("what", "location"): "where",
    ("in", "which", "country"): "where", ("in", "what", "country"): "where", ("who",): "who",
    ("whom",): "who", ("whose",): "who", ("which", "countries"): "who", ("what", "countries"): "who",
    ("which", "nations"): "who", ("which", "leaders"): "who", ("which", "ones"): "who", ("which", "of", "them"): "who",
    **{(which, noun): "who" for which in ("which", "what") for noun in (
        "president", "leader", "official", "officials", "person", "people", "journalist", "reporter", "writer",
        "politician", "politicians", "minister", "man", "woman", "guy", "guys", "folks", "diplomat", "diplomats", "delegates",
        "delegations", "envoys", "states", "head", "heads", "statesman", "figure")}, ("why",): "why", ("what", "for"): "why",
    ("for", "what"): "why", ("what", "reason"): "why", ("how", "come"): "why", ("how",): "how",
    ("what",): "what", ("which",): "what",
}
# A yes/no question opens with one of these (after chat noise) ...
yesno_openers = frozenset(
    "is are was were am did does do will would can could has have had should shall isnt arent wasnt werent "
    "didnt doesnt dont wont hasnt havent".split())
# "is it going to be in paris again?": the question is about something still to come (or a repeat), so
# a place only a past event of the story names is a claim about the coming one, not that event
future_words = (("will",), ("shall",), ("going", "to"), ("again",), ("next", "time"), ("happening",),
                ("coming", "up"), ("gonna",), ("this", "time"))
# "will it be politicians or military people?" asks which one, not yes or no ("or not" still does)
alternative_words = frozenset({"or"})
# "what was agreed / decided at the paris summit?" asks an outcome (the synonyms read those words so)
# "what is actually in those proposals?", "what exactly are the ukrainian proposals?": the contents of a
# thing an answer only mentions (folded text; the group `noun` is the thing)
# "... of the ukrainian side", "... they will discuss", "... prepared by ukraine"
_CONTENTS_TAIL = r"(?: of (?:the )?[a-z ]+| (?:they|that|which|we|you|he|it) [a-z ]+| [a-z]+(?:ed|en|wn) (?:by|up|for) [a-z ]+)?$"
contents_frames = (
    r"^what (?:exactly |actually |specifically )?(?:is|was|are|were) (?:actually |exactly |specifically )?in "
    r"(?:the|those|these|that|this|his|their|its) (?:[a-z]+ ){0,3}?(?P<noun>[a-z]+)" + _CONTENTS_TAIL,
    r"^what (?:exactly |actually |specifically )?(?:are|were) (?:the|those|these|his|their) (?:main |actual |specific )?"
    r"(?:[a-z]+ ){0,2}?(?P<noun>[a-z]+s)(?: exactly| actually| specifically)?" + _CONTENTS_TAIL,
    r"^what do (?:the|those|these|his|their) (?:[a-z]+ ){0,3}?(?P<noun>[a-z]+) (?:contain|include|say|propose|consist of|involve)$",
)
beneficiary_prepositions = frozenset("to for".split())
detail_words = frozenset("include includes including contain contains such namely are were consist".split())
# "what do the americans think of it?": a view, which only a fact asked about one reports
view_words = ("feel",)
outcome_words = ("outcome", "achieve", "accomplish", "produce", "yield", "deliver", "success", "successful", "succeed",
                 "succeeded", "fail", "failed", "failure", "fruitful", "productive", "ended", "concluded",
                 "conclude", "communique", "accepted", "adopted", "approved", "rejected", "endorsed")  # (of a past event only)
# "is britain the sole leader?", "has it only ever met online?": nothing else is so
quote_phrases = ("quote", "quotes", "quotation", "quotations", "verbatim", "wording", "word for word", "exact words",
                 "in full", "phrased", "exactly did", "exactly does", "his words", "her words", "own words", "remarks",
                 "s words", "precise words", "actual words", "full sentence", "whole sentence")  # "zelensky s words" folded
speech_words = frozenset("according said says called calls call described describes describe characterise characterize refer referred quoted".split())
exclusive_words = frozenset("only sole solely exclusively alone".split())
plural_words = frozenset("several many".split())  # "several countries": more than the two an "only" names
happening_words = frozenset("happened occurred taken took held over finished ended concluded done".split())  # "already happened?"
outside_words = frozenset("outside beyond".split())  # "happening outside ukraine?": not there
list_joiners = frozenset("and n & plus".split())  # "france and britain (attend)"
completion_words = frozenset("already".split())  # "have they already sent troops?" of a pledge: No
intention_words = frozenset("pledged pledge pledges promised promise promises ready willing potential intend intends "
                            "intended plan plans planned".split())
additive_words = frozenset("also too additionally likewise".split())
present_openers = frozenset("is are isnt arent am".split())
past_openers = frozenset("did was were didnt wasnt werent".split())  # "did they achieve it?"
perfect_openers = frozenset("have has had did havent hasnt hadnt didnt".split())  # "have they met in ukraine?"
# ... or is a statement ending in one of these tags, or in "?" with no question word.
yesno_quantifiers = frozenset("any anyone anybody anything someone somebody".split())
yesno_tags = ("right", "correct", "true", "yes", "yeah", "ya", "yah", "yea", "yep", "yup", "really", "rly", "fr", "seriously", "srsly", "is that right", "is it", "isn t it", "is not it",
              "yeh", "yh", "aye", "eh", "na", "rt",  # chat tags: "its tmrw on the 2nd yeh?", "... aye?" (fillers too)
              "or not", "or what", "or something", "or anything", "or smth", "or sth", "or no", "or nah", "or nope", "innit", "confirm", "am i right", "am i correct", "i am right", "i am correct", "no", "is that correct", "is that accurate", "is that true",
              "is this right", "is this correct", "is this true", "is that so", "is that the case", "accurate",
              "did i get that right", "have i got that right", "is that what it says", "is he correct", "is she correct",
              "is he right", "is she right", "are they right", "are they correct") + tuple(
    f"{aux}{neg} {who}" for aux in "is are was were do does did will would has have had can could".split()
    for neg in ("", " not") for who in ("it", "he", "she", "they", "we")) + tuple(
    f"{be}{neg} there" for be in "is are was were".split() for neg in ("", " not"))  # "..., does it?", "isn't there?"

# "the meeting isn't on friday, is it?", "so nobody has promised troops?": a negated statement; its
# claim holding makes it wrong ("That's not right."). "isn't it on friday?" only expects Yes.
negators = (("never",), ("nobody",), ("noone",), ("no", "one"), ("nothing",), ("none",), ("neither",))
negation_particles = frozenset({"not", "no"})
negation_auxiliaries = frozenset("is are was were am be been did does do will would can could has have had "
                                 "should shall".split())
negation_free = (("or", "not"), ("not", "only"), ("not", "just"), ("if", "not"), ("not", "counting"),
                 ("not", "sure"), ("no", "idea"), ("or", "no"), ("not", "mistaken"), ("no", "matter"),
                 ("can", "not", "be"), ("not", "wrong"))
complementizers = tuple((w,) for w in "true correct right accurate case fact confirm confirmed say says said claim claims "
                        "claimed report reports reported mean means".split())
dummy_subjects = frozenset({"it", "there", "that", "this"})

# -- follow-ups ---------------------------------------------------------------------------------
followup_openers = (("and",), ("so",), ("but",), ("also",), ("plus",), ("then",), ("ok", "and"),
                    ("okay", "and"), ("and", "what", "about"), ("what", "about"), ("how", "about"),
                    ("and", "how", "about"), ("n",))
# A follow-up made only of one of these moves along the story's timeline ("and before that?", "what next?")
sequence_words = {"before": -1, "earlier": -1, "prior": -1, "beforehand": -1, "previously": -1,
                  "after": 1, "afterwards": 1, "afterward": 1, "next": 1, "later": 1, "subsequently": 1}
# Whole follow-ups (folded, less chat noise and the opener) about the last answer itself
sure_questions = frozenset({
    "are you sure", "r u sure", "you sure", "are you sure about that", "r u sure about that", "you sure about that",
    "sure about that", "are you certain", "is that right", "is that true", "is that correct", "is that so",
    "really", "for real", "seriously", "are you serious", "no way", "that can not be right", "is it true",
    "is that confirmed", "is this confirmed", "confirmed", "that right", "is that accurate", "you are sure",
    "are you 100 sure", "are you 100 percent sure", "can that be right", "is that really true"})
more_questions = frozenset({
    "tell me more", "more", "more details", "more detail", "more info", "more information", "go on",
    "anything else", "anything else about that", "anything else about it", "what else", "what else about that",
    "tell me more about it", "tell me more about that", "more about that", "more about it", "any more details",
    "any more", "details", "elaborate", "can you elaborate", "expand", "what more", "say more", "keep going",
    "what else do you know", "is there more", "more on that", "and", "and what else"})
# "..., but haven't they met before? what does he mean?": after another question, asks that one again
echo_questions = more_questions | frozenset({
    "what does he mean", "what did he mean", "what does she mean", "what did she mean", "what do they mean",
    "what did they mean", "what does that mean", "what did he mean by that", "what does he mean by that",
    "what does he mean by it", "meaning what", "what is that supposed to mean"}) | frozenset(
    f"what {modal} i {verb} {who}" for modal in ("should", "do", "can", "could", "shall")  # "my neighbour asked me
    for verb in ("tell", "say to", "answer") for who in ("her", "him", "them")) | frozenset(  # what ... what should I tell her?"
    f"{q}does the {noun} {verb}{end}" for q in ("what ", "") for noun in ("article", "story", "piece", "report", "text")
    for verb in ("say", "tell us", "report") for end in ("", " about that", " about it", " about this", " on that")
) | frozenset({"does it say", "does the article mention it", "does the story mention it"}) | frozenset(  # "my son asked X. what does the article say?"
    f"{be} {it} {even}{related} {to} {thing}" for be in ("is", "was") for it in ("that", "it", "this")  # "what's the jet in
    for even in ("", "even ", "at all ") for related in ("related", "connected", "relevant", "linked")  # the picture, is that
    for to in ("to", "with") for thing in ("the story", "the article", "the meeting", "this", "all this", "the news"))  # related
# to the story?": whether the thing just asked about belongs to the story, which its answer says
why_not_questions = frozenset({"why do not you know", "why don t you know", "why dont you know", "why not",
                               "how come you do not know", "why can not you tell me", "why is that not in the story",
                               "why does not the story say", "why doesnt it say", "why not in the article"})
which_questions = frozenset({"which one", "which one exactly", "who exactly", "which", "who was it", "who is it",
                             "what was it", "which country", "which person", "name please", "the name"})
# A follow-up asking who said the last answer's claim (folded, after the opener and chat noise)
source_questions = frozenset({
    "who said so", "who said that", "who said it", "who said this", "who says so", "who says that", "who says",
    "who says this", "says who", "said who", "sez who", "according to whom", "according to who",
    "who is saying that", "who is saying so", "who was it that said so", "who claims that", "who claimed that",
    "whose words are those", "whose words are these", "whose words", "whose words are that", "whose claim is that",
    "who is the source", "who is the source for that", "who is the source of that", "what is the source",
    "what is the source for that", "what is the source of that", "source", "sources", "source please",
    "who told you", "who told you that", "who told you so", "how do you know", "how do you know that",
    "how do we know", "how do we know that", "where is that from", "where does that come from",
    "who is quoted", "who was quoted", "who do they quote", "on whose word", "says who exactly"})
source_question = "who said it"
definition_openers = (("what", "is", "a"), ("what", "is", "an"), ("whats", "a"), ("what", "does"),
                      ("define",), ("definition", "of"), ("meaning", "of"))  # + a word or two: a dictionary question
definition_closers = (("mean",), ("means",), ("stand", "for"), ("stands", "for"))
new_subject_openers = (("what", "about"), ("how", "about"), ("and", "what", "about"), ("and", "how", "about"))
pronouns = frozenset("it its he him his she her they them their theirs that this those these then there one".split())
event_pronouns = frozenset("it that this".split())  # "was that the first in-depth meeting?" after the summit
determiners = frozenset("this that these those".split())  # "who leads this coalition thing": names it
person_pronouns = frozenset("he him his she her they them their theirs".split())  # they met elsewhere, too
possessive_question_words = frozenset({"whose"})
first_person = frozenset("i im we my our".split())
reader_possessives = frozenset("my our".split())
example_words = frozenset("like including such say".split())  # ("..., say in the middle east?": an example)
pro_verbs = tuple((do, "so") for do in ("do", "did", "does", "done"))  # ("does it": a question of its own)
medium_prepositions = frozenset({"on", "via"})
belief_words = frozenset("think thought believe believed heard read guess assume assumed suppose reckon understand "
                         "understood told sure certain pretty expect expected bet say said".split())
home_words = frozenset("live living lives from based born grew raised moved".split())
here_words = frozenset({"here"})
one_person = frozenset("he him his she her hers".split())  # "what's his job?": the person the last answer named
else_words = frozenset("else other others another besides apart except aside excluding".split())
conditionals = frozenset("if unless".split())
exclusion_openers = (("besides",), ("apart", "from"), ("other", "than"), ("except", "for"), ("except",),
                     ("aside", "from"), ("excluding",), ("not", "counting"), ("beyond",))
naming_words = frozenset("which".split())
name_nouns = frozenset("name names".split())
listing_words = frozenset("list enumerate name names itemize itemise".split())
latest_words = frozenset("latest last newest recent".split())  # "the latest one": the most recent
group_pronouns = frozenset("they them their theirs".split())  # "do they lead it?": the countries just named
existential = frozenset("is are was were will".split())  # "is there ..." does not point back

# -- several questions in one message -------------------------------------------------------------
connectors = frozenset("and also plus then n".split())  # before a question word, they start a new question

# -- numbers and dates ----------------------------------------------------------------------------
# "in the spring of 2025": three months from the first (a December winter runs into the next year)
seasons = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
months = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), 1) for name in names}
weekdays = {name: number for number, names in enumerate((
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))) for name in names}
word_weekdays = frozenset({"sat", "sun", "wed", "mon"})  # "they sat down", "the sun", "newly wed", "c'mon"
# aircraft by name or designation: "is that plane an f-35?", "a swedish gripen?" claim a model (No: an F-16)
aircraft = {"gripen": "jas39", "mirage": "mirage2000", "rafale": "rafale", "eurofighter": "eurofighter",
            "typhoon": "eurofighter", "tornado": "tornado", "harrier": "harrier", "hornet": "f18", "super hornet": "f18",
            "raptor": "f22", "lightning": "f35", "flanker": "su27", "fulcrum": "mig29", "warthog": "a10",
            "tomcat": "f14", "fighting falcon": "f16", "falcon": "f16", "viper": "f16"}
aircraft_prefixes = frozenset("f mig su a jas tu yak".split())

# How people meet ("did they meet in person?", "is it a zoom call?"): the phrase -> the mode facts.yaml
# declares (asserts.modes), checked against the source quote by the cues below.
meeting_modes = {
    **dict.fromkeys(("in person", "face to face", "physically", "in the flesh", "irl", "in real life", "same room",
                     "one table", "same table", "in one room", "physical", "physical meeting"), "in person"),
    **dict.fromkeys(("online", "virtual", "virtually", "remote", "remotely", "video link", "videoconference",
                     "video conference", "video conferencing", "zoom", "zoom call", "video call", "video calls",
                     "videocall", "teleconference", "by video", "over video", "on video", "via video", "skype",
                     "teams call"), "virtual"),
    **dict.fromkeys(("by phone", "phone call", "over the phone", "by telephone", "telephone call", "phoned",
                     "telephoned"), "phone"),  # (not "phone" alone: "sorry, typing on my phone")
}
mode_cues = {"in person": ("met in", "meet in", "visit"), "virtual": ("virtually", "online", "video"),
             "phone": ("phone", "telephone", "call")}
times_of_day = frozenset("morning afternoon evening night noon midday midnight".split())  # ("the pm" is a prime minister)
time_cues = frozenset("the at this or early late tomorrow friday".split())
month_cues = frozenset("in early late mid since until till of from".split())
weekday_cues = frozenset("on this next last by until till from every before after or and".split())
relative_days = {  # word(s) -> (first, last) day offset from the story's publication date
    ("today",): (0, 0), ("tonight",): (0, 0), ("tomorrow",): (1, 1), ("yesterday",): (-1, -1),
    ("this", "week"): ("week", 0), ("next", "week"): ("week", 1), ("last", "week"): ("week", -1),
    ("this", "weekend"): ("weekend", 0), ("next", "month"): ("month", 1), ("this", "month"): ("month", 0),
    ("last", "month"): ("month", -1), ("the", "weekend"): ("weekend", 0), ("weekend",): ("weekend", 0),
    ("this", "year"): ("year", 0), ("last", "year"): ("year", -1), ("next", "year"): ("year", 1),
}
# "three days after the article came out", "the day before zelensky announced it": a date counted
# from one the story gives
time_units = {"day": 1, "days": 1, "week": 7, "weeks": 7}
offset_words = {"after": 1, "later": 1, "before": -1, "earlier": -1, "prior": -1}
small_numbers = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
sole_count_cues = frozenset("only just".split())  # "just one lead country?": a count claim
one_words = frozenset("a the one".split())
articles = frozenset("the a an this that".split())
letter_names = {"ay": "a", "bee": "b", "cee": "c", "dee": "d", "ee": "e", "eff": "f", "ef": "f", "gee": "g",
                "aitch": "h", "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n", "pee": "p", "cue": "q",
                "ar": "r", "ess": "s", "tee": "t", "vee": "v", "ex": "x", "why": "y", "zed": "z", "zee": "z"}


def numbers(text: str) -> str:
    """Spelled-out numbers as digits: "thirty-one" -> "31", "the fourth" -> "the 4th"."""
    from text_to_num import alpha2digit  # imported on first use: most messages have no number words

    return alpha2digit(text, "en")  # "one", "two", "first" stay words


_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split())


def has_number_words(words: list[str]) -> bool:
    return any(w in _NUMBER_WORDS for w in words)


# -- places and people a yes/no premise can name ---------------------------------------------------
# place -> the country it is in ("" for a country).  Aliases of the story (U.K., U.S.) are matched
# through facts.yaml; this list only has to recognise that a word is a place.
_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba
cyprus czechia czech-republic denmark ecuador egypt estonia ethiopia finland france georgia germany ghana
greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo
kuwait latvia lebanon libya liechtenstein lithuania luxembourg malta mexico moldova monaco mongolia
montenegro morocco netherlands holland new-zealand nigeria north-korea north-macedonia norway oman pakistan
palestine peru philippines poland portugal qatar romania russia saudi-arabia serbia singapore slovakia
slovenia somalia south-africa south-korea korea spain sudan sweden switzerland syria taiwan thailand tunisia
turkey turkiye ukraine uk united-kingdom britain great-britain england scotland wales usa us united-states
america uzbekistan venezuela vietnam yemen zimbabwe uae united-arab-emirates nato eu europe
"""
_CITIES = """
kyiv:ukraine kiev:ukraine lviv:ukraine odesa:ukraine odessa:ukraine kharkiv:ukraine kharkov:ukraine
dnipro:ukraine zaporizhzhia:ukraine mykolaiv:ukraine kherson:ukraine chernihiv:ukraine sumy:ukraine
poltava:ukraine vinnytsia:ukraine uzhhorod:ukraine donetsk:ukraine luhansk:ukraine mariupol:ukraine
bakhmut:ukraine crimea:ukraine sevastopol:ukraine ivano-frankivsk:ukraine rivne:ukraine lutsk:ukraine
zhytomyr:ukraine chernivtsi:ukraine ternopil:ukraine bucha:ukraine irpin:ukraine
paris:france lyon:france marseille:france london:uk manchester:uk edinburgh:uk rome:italy milan:italy
berlin:germany munich:germany warsaw:poland krakow:poland rzeszow:poland madrid:spain barcelona:spain
brussels:belgium amsterdam:netherlands the-hague:netherlands vienna:austria prague:czechia
budapest:hungary bucharest:romania sofia:bulgaria athens:greece lisbon:portugal dublin:ireland
copenhagen:denmark stockholm:sweden oslo:norway helsinki:finland tallinn:estonia riga:latvia
vilnius:lithuania bern:switzerland geneva:switzerland zurich:switzerland davos:switzerland
washington:usa new-york:usa moscow:russia st-petersburg:russia minsk:belarus chisinau:moldova
riyadh:saudi-arabia jeddah:saudi-arabia istanbul:turkey ankara:turkey doha:qatar dubai:uae
abu-dhabi:uae cairo:egypt tel-aviv:israel jerusalem:israel beijing:china tokyo:japan ottawa:canada
munich:germany bratislava:slovakia ljubljana:slovenia zagreb:croatia belgrade:serbia
"""
places = {**{c.replace("-", " "): "" for c in _COUNTRIES.split()},
          **{p.split(":")[0].replace("-", " "): p.split(":")[1].replace("-", " ") for p in _CITIES.split()}}

place_prepositions = frozenset("in at to from inside into within".split())
city_nouns = frozenset("city cities town towns".split())
# "was it written by olena goncharova?", "a reporter named ivan petrenko": words the story never uses
# after one of these name someone, a person claim to check (the author is someone else: No)
person_cues = tuple(tuple(cue.split()) for cue in (
    "written by", "authored by", "penned by", "wrote by", "announced by", "reported by", "taken by", "shot by",
    "photographed by", "said by", "made by", "named", "called"))
place_nouns = frozenset("country city place town location venue nation capital".split())

# Well-known public figures a yes/no premise may name instead of the story's people.
demonyms = frozenset("french british english american ukrainian russian german italian polish saudi spanish dutch "
                     "belgian danish swedish norwegian finnish turkish canadian australian japanese chinese "
                     "hungarian czech romanian estonian latvian lithuanian irish greek portuguese austrian swiss".split())
people = frozenset("""
emmanuel donald vladimir joe olaf friedrich giorgia ursula marco keith mark
macron trump putin biden scholz merz meloni tusk duda erdogan rutte stoltenberg sunak johnson orban
lavrov rubio vance hegseth witkoff kellogg zelenska yermak umerov sybiha shmyhal syrskyi zaluzhnyi
albanese carney trudeau sanchez costa frederiksen kristersson stubb sanchez von-der-leyen kallas lammy
healey xi modi netanyahu salman mbs obama clinton pope francis leo
""".replace("-", " ").split()) | frozenset((  # a first name and surname are one person ("was it emmanuel macron?")
    "emmanuel macron", "donald trump", "vladimir putin", "joe biden", "olaf scholz", "friedrich merz",
    "giorgia meloni", "ursula von der leyen", "marco rubio", "keith kellogg", "mark rutte", "donald tusk",
    "andrzej duda", "boris johnson", "rishi sunak", "viktor orban", "sergey lavrov", "sergei lavrov", "jd vance",
    "steve witkoff", "pete hegseth", "recep erdogan", "justin trudeau", "mark carney", "kaja kallas",
    "david lammy", "john healey", "jens stoltenberg", "barack obama"))

# -- what the engine says --------------------------------------------------------------------------
engine_texts = {
    "yes": "Yes. {answer}",
    "no": "No. The story says: {answer}",
    "yes_negated": "That's right. {answer}",
    "no_negated": "That's not right. The story says: {answer}",
    "silent": "The story doesn't say. What it does say: {answer}",
    "subject_when": "The story doesn't give a date for {subject}.",
    "subject_where": "The story doesn't say where, for {subject}.",
    "subject_who": "The story doesn't say who, for {subject}.",
    "subject_how_many": "The story doesn't give a number for {subject}.",
    "subject_why": "The story doesn't give a reason for {subject}.",
    "subject_duration": "The story doesn't say how long, for {subject}.",
    "subject_other": "The story doesn't say that about {subject}.",
    "own_voice": "The story states that about {subject} itself, without crediting it to anyone.",
    "restate_sure": "Yes, that is what the story says: {answer}",
    "restate_more": "That is all the story says about {subject}: {answer}",
    "restate_which": "{answer}",
    "restate_why_not": "{answer}",
    "nothing_that_day": "The story doesn't say what happened that day.",
    "part_unanswered": "“{part}”: the story doesn't say, or I didn't understand that part.",
}
# Nouns that show the type of a question with no question word ("meeting date?") or after "what".
# "who is hosting?": the host of a meeting is the place it is held in, wherever these stand
host_words = frozenset("host hosts hosted hosting hostin".split())
venue_nouns = frozenset("venue venues location".split())
venue_links = frozenset("is was be by".split())
conjunct_openers = frozenset("the a an this that of for about on in at to with from during".split())
type_overrides = {(w,): "where" for w in host_words} | {
    ("what", "exactly", "did"): "what"}  # "what exactly did zelensky say about who attends?": his words are asked
topic_prepositions = frozenset("about regarding concerning".split())  # "what about where they meet": asks where
type_nouns = {"date": "when", "time": "when", "day": "when", "year": "when", "month": "when", "hour": "when",
              "week": "when", "weekday": "when",
              "place": "where", "location": "where", "venue": "where", "city": "where", "number": "how_many",
              "numbers": "how_many",
              "reason": "why", "length": "duration", "duration": "duration"}

# -- other languages in the Latin script -------------------------------------------------------------------
# A message whose words are more German, French, ... than English gets the bot's "I understand only ..."
# line, never a guess from English matching.  Letters and function words only those languages use.
own = ("", stopwords | frozenset(question_words) | frozenset(shorthand) - frozenset(borrowed) | fillers)  # (a word
# borrowed into English chat still counts for its own language: "Qui a annoncé la réunion ?" is French)
_OTHERS = {
    "de": ("äöüß", "der die das und ist sind wer wann wo wie warum nicht ein eine einen dem den des sich mit von zu "
                   "auf für im hat haben wird werden über nach bei auch noch artikel"),
    "fr": ("àâçèêëîïôûùœ", "le la les est sont qui quand où comment quoi pourquoi une des du et dans pour avec sur "
                          "pas ce cette qu réunion"),
    "es": ("ñ¿¡", "el los las es son quién quiénes cuándo dónde cómo qué por porque una unos del y en con para este "
                  "esta se reúne"),
    "pl": ("ąćęłńśźż", "jest są kto kiedy gdzie jak co dlaczego nie się w z na dla czy ten ta to spotkanie"),
    "it": ("ìò", "il lo gli è sono chi quando dove come perché una dei delle della e con per non si"),
    "pt": ("ãõ", "o os é são quem quando onde como por que uma dos das da do em com para não este esta"),
    "nl": ("", "de het een is zijn wie wanneer waar hoe wat waarom van en met voor niet dit deze"),
    "cs": ("čďěňřšťůž", "je jsou kdo kdy kde jak co proč ne se v s na do pro ten ta to"),
    "tr": ("ğış", "ne zaman kim nerede nasıl neden bir ve bu için ile değil mi mı mu mü"),
}
others = {code: (chars, frozenset(words.split()) - own[1]) for code, (chars, words) in _OTHERS.items()}
statement_questions = True  # "zelensky wrote this?", "france n uk lead it?": a claim asked with "?" alone

"""A transcript speaker's own charge, call or refusal told with no verb of accusing, demanding or refusing.

In a remarks transcript the speaker's turn is what they say (the speech rule, rule 30 of ``events_gold.md``): a
sentence of the turn is read as wire copy reads the clause after "said". Wire copy's "Zelenskyy said Putin does not
value lives" or "Kishida said Russia's aggression is totally unacceptable" is an accusation typed by what it says
(``speech.charge_cue``), "said Russia must stop the bombing" a demand (``speech.obligation``), "said it will not
accept" a refusal (``speech.refusal``); the same words spoken in a turn ("PRESIDENT ZELENSKYY: Putin does not value lives
of people.", "PRIME MINISTER KISHIDA: ... Russia's egregious aggression ... is totally unacceptable", "PRESIDENT
NAUSEDA: ... now it's important that they become executable by the end of this year") had no row, as nothing in them
is a verb of speech (events_gold_fresh17, fresh23, fresh12).

So a sentence of a speaker's turn that gave no row is read as that speaker's reported clause: a demand, a refusal or an
accusation by the speaker, on the remarks' day, to the party the clause charges or asks (its first named actor not on
the speaker's side). Not a question, nor a sentence of a reporter's turn; rows of one type and counterpart in a turn
fold afterwards (``turn_folds``), so a speaker's every charge of Russia in a turn is one row.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors import ActorMention
from .predicates import Predicate, PredicateReader
from .speech import charge_cue, named_subject, obligation, other_side, passive_state, refusal
from .triggers import Trigger

# a pronoun subject in a relative clause right before the modal ("the weapons that you need to succeed")
_RELATIVE_SUBJECT = re.compile(r"(?<![\w'’])(?:that|which|who)\s+(?:you|we|they|he|she|it|i)\s+(?:[a-z]+\s+)?$")
# a modal of future right before the modal of obligation ("are going to have to", "will have to")
_FORETOLD = re.compile(r"(?<![\w'’])(?:will|would|may|might|'ll|’ll|going\s+to)\s+(?:[a-z]+ly\s+)?$")
# an outcome after the modal, not an act ("must not win", "should not succeed")
_WISH = re.compile(r"\s+(?:not|never)\s+(?:be\s+allowed\s+to\s+)?(?:win|prevail|succeed)(?![\w'’])")
# a sentence told of the one addressed ("You've done ...", "And you have ...")
_TO_ADDRESSEE = re.compile(r"\s*(?:(?:and|so|well|now),?\s+)?you(?![\w-])")
_WE = re.compile(r"(?<![\w'’])we(?![\w'’])")
# the dummy subject that opens a demand with no subject of its own ("it is time for", "it's important that", "there must
# be no", "the time has come": ``demand_impersonal``, ``stated_need``)
_IMPERSONAL = re.compile(r"(?:it|there|the\s+time)(?!\w)")
# the last opening of a clause of its own before a demand or refusal: a comma, semicolon or dash, with "and" or "but"
# ("We have regional defense plans approved, and now it's important that they become executable")
_CLAUSE_OPENING = re.compile(r"(?:[,;]|\s[—–-])\s*(?:(?:and|but|so)\s)?")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence, _Builder


def turn_charge(builder: _Builder, sent: Sentence) -> None:
    """Add the speaker's demand, refusal or accusation of a turn's sentence that gave no row (module docstring)."""
    if not builder.labels or builder.text[sent.start:sent.end].rstrip().endswith("?"):
        return
    name = builder._turn_speaker(sent.start)
    if name is None or any(e.char_start == sent.start for e in builder.events[builder.sentence_first:]):
        return
    label = builder.label_starts[builder.turn_at(sent.start)]  # (a turn: ``name`` is its speaker)
    # the label's own mention (the labels are read from the mentions): a bisect, not a pass over the article's mentions
    # for each sentence of a turn
    speaker = builder.mentions[bisect_left(builder.mention_starts, label)]
    content = (speaker.end + 1 if sent.start <= speaker.start < sent.end else sent.start, sent.end)
    actors = [a for a in sent.actors if content[0] <= a.start < content[1]]
    preds = list(sent.reading.predicates)
    p = obligation(builder.low, actors, content, speaker)
    reader = None
    if p is None:  # (the reader only when it is read: a demand is read from the text alone)
        reader = PredicateReader(builder.text, builder.low, sent.start, sent.end, sent.actors,
                                 [p.trigger for p in preds], False)
        p = refusal(reader, content, speaker)
    written = {}
    if p is not None and p.type == "demand":
        if _RELATIVE_SUBJECT.search(builder.low, content[0], p.start) or _FORETOLD.search(builder.low, content[0], p.start):
            return  # "the resources and weapons that you need to succeed": what the addressee needs, asked of no one;
            # "Afghans are going to have to decide their future": a necessity foretold
        if _WISH.match(builder.low, p.end):
            return  # "President Putin must not win this war": an outcome wished, no act asked of him
        if passive_state(builder.low, p.end, content[1]):
            return  # "And you should be complimented for that.": praise, no call
        subject = named_subject(builder.low, actors, content, p.start)
        if subject and not other_side(subject[-1], speaker):
            return  # "elected leaders in the United States Congress must be unified": the speaker's own side's duty
        if _IMPERSONAL.match(builder.low, p.start):
            # a need or time stated with "it" or "there" has that for subject, not a party named before it: "This
            # bipartisan support with the Congress — it's very important that ..." asks no act of the Congress
            target = _asked(actors, speaker, _clause_start(builder.low, content[0], p.start)) \
                or _counterpart(actors, speaker, builder.speaking, builder.text)
        else:
            target = subject[-1] if subject else _counterpart(actors, speaker, builder.speaking, builder.text)
    elif p is not None:
        target = None  # the speaker's own refusal
    else:
        if _TO_ADDRESSEE.match(builder.low, content[0]):
            return  # "You've done a great, great deal as the brave people of Ukraine defend themselves against Russia's
            # brutality": the addressee's praise, its charge in passing (events_gold_check: no row)
        target = _counterpart(actors, speaker, builder.speaking, builder.text)
        if target is None:
            return  # (a charge of no one named, "aggression is unacceptable": no row; the party first, as it is cheap
            # to find and most sentences of a turn name none, so their charge is never read)
        charge = charge_cue(reader, content, speaker, preds, actors)
        if charge is None:
            return
        word = _WORD.search(builder.low, *content)  # (where the clause, and so the act, starts)
        if word is None:
            return
        rule, span = charge
        # the row is read at the clause's first word, where its act starts (and its ``event_id`` with it), but the
        # trigger it writes is the words the charge was read from ("does not value", "brutality"): no word of the
        # clause is a verb of accusing; empty where no one phrase decided it (a harm put on a party by "by", force
        # told as wrongful), at the clause's start: events.csv's ``trigger`` then names no word, as for a date with no
        # predicate
        start, end = span or (word.start(), word.start())
        written = {"trigger": builder.low[start:end], "trigger_char_start": start}
        cue = Trigger(word.start(), word.end(), word.group(), "accuse", "V")
        p = Predicate(cue, "accuse", "verb", "reported", word.start(), rule=rule)
    event = builder.add(sent, replace(p, rule=f"turn {p.rule}"), None,  # ("turn obligation", "turn reported insult")
                        basis="dateline", agent=name)
    if event is not None:
        # a leader's "we" taking the stand is his state's, as a leader's "we" doing an act of state is (``_Builder``):
        # "the way that we stand steadfast against aggression, whether it be Russia's illegal invasion of Ukraine"
        # (events_gold_fresh11: Australia's accusation of Russia)
        # (a demand's or refusal's "we" in its own clause: "We have regional defense plans approved, and now it's
        # important that they become executable" is Nausėda's appeal, events_gold_fresh12; a charge's anywhere)
        opening = content[0] if p.type == "accuse" else _clause_start(builder.low, content[0], p.start)
        state = builder.speaker_countries.get(name) if _WE.search(builder.low, opening, content[1]) else None
        agent = state or name
        builder.amend(event, actor1=agent, actor2=target.name if target else None,
                      actors=(agent, target.name) if target else (agent,), **written)


def _counterpart(actors: list[ActorMention], speaker: ActorMention, speaking: set[str], text: str) -> ActorMention | None:
    """The party the clause charges or asks: the first one it names who is not the speaker nor of the speaker's state,
    nor one of the transcript's speakers or their states ("the alliance between Australia and the United States and the
    way that we stand steadfast against ... Russia's illegal invasion": Russia, not the host spoken to), an owner of
    a noun first ("as the brave people of Ukraine defend themselves against Russia's brutality": Russia)."""
    parties = [a for a in actors if not a.placed and other_side(a, speaker) and a.name not in speaking]
    return next((a for a in parties if text.startswith(("'s", "’s"), a.end)), parties[0] if parties else None)


def _asked(actors: list[ActorMention], speaker: ActorMention, opening: int) -> ActorMention | None:
    """The party a demand with a dummy subject ("it", "there") asks in its own clause (from ``opening``): the first it names not on the
    speaker's side, the host spoken to too, as the one asked is most often the one spoken to ("This bipartisan support
    with the Congress — it's very important that in this unity, the United States of America, all American people stay
    with Ukraine": the United States, one appeal with "It's very important that you stay with us", events_gold_fresh10
    Zelenskyy #13; not the Congress before the dash)."""
    return next((a for a in actors if a.start >= opening and not a.placed and other_side(a, speaker)), None)


def _clause_start(low: str, start: int, end: int) -> int:
    """Where the clause that holds ``low[end]`` starts, at ``start`` or after the last ``_CLAUSE_OPENING`` before
    ``end``."""
    return max((m.end() for m in _CLAUSE_OPENING.finditer(low, start, end)), default=start)

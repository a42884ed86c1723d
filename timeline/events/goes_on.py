"""Does a saying's speaker go on in the sentences after it? ("Mr Assad has said he will not accept any solution ... .
He told Iranian television that ...", "Mr Obama has said that ... . Mr Obama said for the US to take military action
... was a mistake", "Hillary Clinton has said ... . ... Speaking on a visit to Istanbul, Mrs Clinton said ...").

A perfect saying in the body of a reporter's web story is a position held, no act of the day (events_gold.md rules 5
and 35, ``aspect.perfect_position``), unless the story goes on to tell that speech: then it is the day's news told in
the perfect, and the sayings after it are that speech told on. The test is on the surface: within the next two
sentences, a saying verb ("said", "told", "added") whose subject is "he"/"she", the speaker's last name word, or a
leader's title ("the prime minister said"); or a past saying coordinated after it in its own sentence ("The Pentagon
has said it is not aware of ... but acknowledged that ...")."""

from __future__ import annotations

import re

_REACH = 2  # sentences after the saying's own
_VERB = r"(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|adds|stressed|insisted)\b"
_PRONOUN_OR_TITLE = re.compile(r"\b(?:he|she|the\s+(?:prime\s+minister|president|secretary(?:\s+of\s+state)?|"
                               r"foreign\s+(?:minister|secretary)|chancellor|king))\s+" + _VERB, re.I)
# the same speaker's simple past saying coordinated after the perfect ("The Pentagon has said it is not aware of
# ... but acknowledged that ..."): the speech is the day's, told in the past
_PAST_CONJOINED = re.compile(r"\b(?:but|and)\s+(?:also\s+)?(?:acknowledged|admitted|conceded|added|said|told|stressed)\b")
_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?:\s+|$)")


def speaker_goes_on(text: str, sent_start: int, sent_end: int, frame_start: int) -> bool:
    """Does a saying verb of the speaker named before ``frame_start`` (in the sentence starting at ``sent_start``),
    or of "he"/"she" or a leader's title, stand in the ``_REACH`` sentences after the one ending at ``sent_end``, or a
    past saying coordinated after the frame in its own sentence ("has said ... but acknowledged")?"""
    if _PAST_CONJOINED.search(text, frame_start, sent_end):
        return True
    after = sent_end
    for _ in range(_REACH):
        m = _SENTENCE_END.search(text, after, min(len(text), after + 600))
        if m is None:
            after = min(len(text), after + 600)
            break
        after = m.end()
    window = text[sent_end:after]
    if _PRONOUN_OR_TITLE.search(window):
        return True
    names = _NAME.findall(text[sent_start:frame_start])
    if not names:
        return False
    name = re.escape(names[-1])
    return re.search(r"\b" + name + r"\s+" + _VERB, window) is not None

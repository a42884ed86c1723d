"""How far into a story its bureau dateline still places what the story tells.

A bureau dateline ("LONDON (Reuters) -", "DAMASCUS (Reuters) -") that the body names again as a scene is taken for
the story's venue (``places.dateline_venue``), and an undated saying or act of the day is placed there. That holds for
the lead, which tells the day's news where it happened ("Crowds camped out in London", "Yemen's president said on
Tuesday" under SANAA), but not for the sayings deep in the story, which wire copy gathers from elsewhere: the
interview a paper in another city ran ("Assad also vowed to prevent further attacks" under LONDON, fresh28
t17-reuters-209#4, #5, #12, #17), an opposition spokesman's answer (blind t17-reuters-213#4, #5 under SANAA),
dissidents told by phone or at home (fresh29 t17-reuters-223#6, #10, fresh3 -322#7 under DAMASCUS), a prince's further
remark (fresh -241#4), the prime minister's comment on the royal wedding (fresh -29#12), an official's figures
(fresh16 -285#3 under ARBIL), a defector's appeals (fresh21 -67#10 under ISTANBUL). The development gold leaves every one
of these unplaced (16 rows after the fourth sentence, none placed there, in nine stories of seven sets).

A story set at an occasion is different: everything it tells after the lead was said at the session or summit ("the
Geneva session", fresh13 t17-reuters-46: eleven rows after the lead placed at Geneva; "At a Brussels summit", fresh
-340), and a body's seat ("UNITED NATIONS") is where its envoys speak all through the story (events_gold.md rule 23).
There the dateline places the acts of any sentence. So does a story told from talks held where it is filed: "..., Lavrov
said after talks with the Kremlin's special envoy" under MOSCOW names the occasion without its city (``_TALKS_WITH``;
not "after talks with Erdogan in Ankara", held elsewhere).

A spokesman of an office that sits in the bureau's own city speaks there wherever the story quotes him ("White House
spokesman Jay Carney said" under WASHINGTON, "Kremlin spokesman Dmitry Peskov" under MOSCOW: ``seat_speaker``), unlike
the interviewee or dissident the rule above is for.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import GAZETTEER

LEAD_SENTENCES = 4  # story sentences after the dateline that tell the day's news where the story is filed
_OCCASION = r"(?:summit|session|meeting|conference|talks|forum|congress|headquarters)"
# "said after talks with the Kremlin's special envoy", "following a meeting with ...": talks where the story is filed,
# unless what follows names where they were held ("after talks with Erdogan in Ankara")
_TALKS_WITH = re.compile(r"\b(?:after|following)\s+(?:(?:his|her|their)\s+)?(?:talks|a\s+meeting|meetings)\s+with\b"
                         r"(?P<tail>[^.;]{0,150})")
_HELD_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*)")
# the offices that sit in a bureau's city, whose spokesmen speak there: "White House spokesman" under WASHINGTON
_SEATS = {"Washington": r"White\s+House|State\s+Department|Pentagon", "Moscow": r"Kremlin",
          "London": r"Downing\s+Street|Foreign\s+Office", "Paris": r"Elys[eé]e"}
_SPOKESMAN = r"\s+(?:press\s+secretary|spokes(?:man|woman|person))\b"


def places_throughout(body: str, venue: str | None) -> bool:
    """Does the dateline venue ``venue`` place acts all through the story ``body``: a body's seat ("United Nations"),
    or a city the story names as an occasion's venue ("the Geneva session", "At a Brussels summit", "meeting in
    Istanbul")? Otherwise only its first ``LEAD_SENTENCES`` sentences (see the module's doc)."""
    if venue is None or getattr(GAZETTEER.get(venue), "kind", None) == "organization":
        return True
    name = re.escape(venue)
    if re.search(rf"(?<![\w-]){name}\s+{_OCCASION}\b|\b{_OCCASION}\s+(?:in|at)\s+{name}(?![\w-])", body):
        return True
    for m in _TALKS_WITH.finditer(body):
        held = _HELD_AT.search(m.group("tail"))
        if held is None or held.group("place") == venue:
            return True
    return False


def seat_speaker(sentence: str, venue: str | None) -> bool:
    """Does ``sentence`` quote a spokesman of an office that sits in the dateline city ``venue`` ("White House
    spokesman Jay Carney said" under WASHINGTON)?"""
    seats = _SEATS.get(venue or "")
    return seats is not None and re.search(rf"\b(?:{seats}){_SPOKESMAN}", sentence) is not None

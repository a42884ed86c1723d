"""``date_only.since_frame``: the one "since" frame test of a date no predicate took (``extract._date_only_events``),
with the date's "by" agent asked once by the caller; it answers as ``state_since`` or ``period_frame`` (which asks
``date_by_agent`` itself, for ``extract._dated_event``) did."""

import datetime as dt
import json
from pathlib import Path

from timeline.actors import find_actors
from timeline.events.date_by_agent import date_by_agent
from timeline.events.date_only import period_frame, since_frame, state_since
from timeline.temporal import find_mentions

_ROWS = Path(__file__).parent / "data" / "constructions"


def _since_texts() -> list[tuple[str, str]]:
    out = []
    for name in ("since_period_frames.jsonl", "date_only_states.jsonl", "date_by_agent.jsonl"):
        for line in (_ROWS / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append((row["text"], row["published"]))
    return out


def test_since_frame_answers_as_the_two_tests_did():
    frames = states = agents = 0
    for text, published in _since_texts():
        low, actors = text.lower(), find_actors(text)
        for mention in find_mentions(text, dt.date.fromisoformat(published)):
            by = date_by_agent(low, 0, mention.start, actors)
            old = state_since(low, 0, mention) or period_frame(low, 0, len(text), mention, actors)
            assert since_frame(low, 0, len(text), mention, actors, by) == old, (text, mention.text)
            frames += period_frame(low, 0, len(text), mention, actors)
            states += state_since(low, 0, mention)
            agents += by is not None
    assert frames and states and agents  # (each branch met: a period's frame, a state's start, a "by" agent)


def test_a_by_agent_keeps_the_period_frame_row():
    text = "Syria, a country of 20 million people run by the Baath Party since the 1963 revolution, has banned protests."
    low, actors = text.lower(), find_actors(text)
    mention = next(m for m in find_mentions(text, dt.date(2011, 3, 24)) if m.text == "1963")
    by = date_by_agent(low, 0, mention.start, actors)
    assert by == "Baath Party"
    assert not since_frame(low, 0, len(text), mention, actors, by) and not period_frame(low, 0, len(text), mention, actors)
    assert since_frame(low, 0, len(text), mention, actors, None)  # (the frame itself: its phrase names no party)

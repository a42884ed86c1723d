"""Events: when a negated cooperative act is a refusal, and when "threaten" is a threat made.

A negated cooperative act is a rejection only when the negation refuses (a refusal modal before an act one can be
asked to do, outside a condition) or when parties fail to reach agreement with each other; any other negated act is
no event of its type. "threaten" said of a thing, or "threat" naming a danger, is no threat. Real sentences from the
t17_syria and White House corpora (the audit of negated-rule and 'threaten' mentions), PLOVER gold and the gold sets.
"""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.events import sentence_event
from timeline.events.senses import possibility_group


def event_type(text: str) -> str | None:
    event = sentence_event(text, find_actors(text))
    return event.event_type if event is not None else None


# Negated cooperative acts that refuse nothing: no rejection (the old rule made every one of them 'reject').
NOT_REFUSALS = [
    ("no-sign-of", "Yet the unrest, which rights groups say has cost more than 200 lives, including 17 on Monday, shows "
     "no sign of abating."),
    ("fail-to-agree-own-cabinet", "Sept. 18 - Libya's interim leaders fail to agree a new cabinet."),
    ("had-not-withdrawn", "Mr Annan told the Security Council on Tuesday that the Syrian military had not withdrawn its "
     "forces or heavy weapons from population centres."),
    ("would-not-welcome", "Damascus would not welcome the prospect of Turkish boots on Syrian soil."),
    ("did-not-discuss", "PRESIDENT BIDEN: I did not discuss that at all with — with the President."),
    ("condition-does-not-agree", "The UN is seeking a new resolution to try to apply practical sanctions against the "
     "Assad regime if the president does not agree to a peace plan."),
    ("has-not-approved", "The U.S. Congress so far has not approved more military aid for you."),
    ("wont-visit", "Regional leaders are acutely aware of Mr Assad's boast a year ago that the Arab Spring won't visit "
     "Syria."),
]


@pytest.mark.parametrize("case, text", NOT_REFUSALS, ids=[c[0] for c in NOT_REFUSALS])
def test_negated_cooperative_act_that_refuses_nothing_is_no_rejection(case, text):
    assert event_type(text) != "reject"


# Refusals: the actor declines what can be asked of it (kept right).
REFUSALS = [
    ("would-not-negotiate", "But he said he would not negotiate with those who, he said, did not represent the will of "
     "the people."),
    ("would-not-coordinate", "The FSA said it would not coordinate with the SNC and its new military bureau."),
    ("can-not-support", "03 February 12 17:03 GMT Russia's deputy foreign minister says his country \"can not support\" "
     "a draft United Nations Security Council resolution on Syria."),
    ("could-not-engage", "But Syria's representative to the League said Syria had major reservations about the offer, "
     "while the Syrian National Council said it could not engage in talks while Assad's military continued to storm "
     "restive cities and towns."),
    ("would-not-agree", "Syria would not agree to the plan."),
    ("refused-to-agree", "Russia refused to agree to the plan."),
    # parties failing to reach agreement with each other (PLOVER REJECT)
    ("parties-failed-to-reach", "Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices in "
     "east Jerusalem Sunday, despite hours of tense negotiations, sources on both sides reported."),
    ("leaders-failed-to-reach-deal", "In Washington, the White House and Congress worked to break a budget deadlock and "
     "avoid a federal government shutdown, after President Barack Obama and congressional leaders failed to reach a "
     "deal in late-night talks."),
]


@pytest.mark.parametrize("case, text", REFUSALS, ids=[c[0] for c in REFUSALS])
def test_refusal_of_a_cooperative_act_is_a_rejection(case, text):
    assert event_type(text) == "reject"


# 'threaten' of a thing, of a means, and 'threat' naming a danger: no threat (all 'threaten' under the old code).
NOT_THREATS = [
    ("unrest-threatening-to-spread", "President Bashar al-Assad is facing the gravest threat to his family's 40-year "
     "ruling dynasty, as unrest that first erupted in the south of the country has now engulfed the north - near the "
     "border with Turkey - and is threatening to spread eastwards towards its border with Iraq."),
    ("divisions-threaten", "The unrest sweeping Syria may whip up sectarian divisions that could spill across the border "
     "and threaten to destabilize Lebanon, a small neighbor where Damascus has both strong allies and enemies."),
    ("technologies-can-threaten", "The United States and European Union acknowledge that AI technologies yield powerful "
     "advances but also can threaten our shared values and fundamental freedoms if they are not developed and deployed "
     "responsibly or if they are misused."),
    ("use-to-threaten", "These precision strikes were intended to disrupt and degrade the capabilities the Houthis use to "
     "threaten global trade and the lives of international mariners in one of the world’s most critical waterways."),
    ("threat-of-climate-change", "Today, the global devastation wrought by COVID-19, the threat of climate change, and "
     "security challenges facing the region summon us with renewed purpose."),
    ("detect-threats", "These U.S. and Canadian efforts will bolster NORAD’s ability to detect threats earlier and more "
     "precisely and respond effectively."),
    ("threats-emanating", "President Biden emphasized the threats still emanating from Yemen and elsewhere and the "
     "importance of ensuring that the UAE has the best and most effective means to defend its homeland and people."),
]


@pytest.mark.parametrize("case, text", NOT_THREATS, ids=[c[0] for c in NOT_THREATS])
def test_danger_is_no_threat(case, text):
    assert event_type(text) != "threaten"


def test_warning_modifying_a_noun_is_no_warning():
    """ "missile defense warning test", "missile warning data": a kind of test and data, no warning given (the
    DPRK's threats at the end of the sentence are another matter)."""
    text = ("In mid-August, our three countries conducted a maritime ballistic missile defense warning test for the "
            "real-time sharing of missile warning data to demonstrate our ability to deter and respond to the DPRK’s "
            "advancing nuclear and missile threats more effectively.")
    event = sentence_event(text, find_actors(text))
    assert event is None or event.predicate.trigger.text != "warning"


# Threats made by an actor (kept right).
THREATS = [
    ("threatened-to-stop", "Mr Yildiz also threatened to stop Turkey's electricity exports to Syria."),
    ("threatened-to-veto", "Russia threatens UN veto over Syria resolution Russian UN envoy Vitaly Churkin addressed the "
     "council in a closed-door meeting, diplomats say Russia has threatened to veto a UN Security Council resolution on "
     "Syria if it is put to a vote on Friday, diplomats say."),
    ("carry-out-its-threat", "And, the biggest question of all, will Turkey carry out its threat to intervene militarily "
     "in northern Syria to prevent the creation of a Kurdish \"entity\"."),
    ("threat-to-resign", "He also makes an apparent threat to resign if infighting were to erupt in the movement that "
     "toppled the former Libyan leader."),
    ("warned-harmed", "Meanwhile, US Secretary of State Hillary Clinton has warned Russia that its interests in the region "
     "will be harmed if it does not act more constructively."),
]


@pytest.mark.parametrize("case, text", THREATS, ids=[c[0] for c in THREATS])
def test_threat_made_by_an_actor(case, text):
    assert event_type(text) == "threaten"


# "held possible", read one way for reported speech and acts of force (senses.possibility_group): a modal of
# possibility in the verb group, fillers allowed, no negation
@pytest.mark.parametrize("before, size", [
    ("turkey's military could end up", 3),
    ("turkey could eventually", 2),
    ("troops may already have", 3),
    ("troops could not", 0),
    ("troops could n't", 0),
    ("troops have", 0),
], ids=["end-up", "eventually", "already-have", "not", "n't", "no-modal"])
def test_event_senses_possibility_group(before, size):
    assert possibility_group(before.split()) == size


# Word senses that decide the type (gold sets): a trigger noun that only modifies another noun is no act, talks
# offered are an offer (a statement), "welcomed X to the White House" receives them (a meeting), and "called" with a
# word of condemnation names conduct (an accusation), not a phone call.
WORD_SENSES = [
    ("offered-dialogue", "Saleh offered dialogue with young people on Tuesday, and state media said he was "
     "sympathetic to their problems.", "statement"),  # blind t17-reuters-213#8
    ("welcomed-to-the-white-house", "Yesterday, Principal Deputy National Security Advisor Jon Finer welcomed to the "
     "White House representatives of the three 2022 Nobel Peace Prize laureates.", "meeting"),  # fresh2 readout #1
    ("called-conduct-barbaric", "The United States, which has called Assad's repression of protests \"barbaric, and "
     "the European Union, have announced sanctions against the president and senior Syrian officials.",
     "accuse"),  # fresh3 t17-reuters-186#13
]


@pytest.mark.parametrize("case, text, expected", WORD_SENSES, ids=[c[0] for c in WORD_SENSES])
def test_word_sense_decides_the_type(case, text, expected):
    assert event_type(text) == expected


def test_trigger_noun_modifying_a_noun_is_no_act():
    # blind readout with López Obrador #4: "supply chains" is no aid
    text = ("They discussed their visions for the Summit of the Americas and emphasized ongoing cooperation on "
            "development in Central America and southern Mexico, strengthening North American supply chains, and "
            "modernizing our shared border to further strengthen our agricultural and commercial trade.")
    assert event_type(text) != "aid"


@pytest.mark.parametrize("text", [
    "Both sides welcomed the progress of the talks and decided to establish a joint working group.",
    "Xi met Lula on Tuesday. The two sides welcomed the progress of the talks and decided to establish a group.",
    "Xi met Lula on Tuesday. Both sides welcomed the progress of the talks and decided to establish a group."],
    ids=["article-opening", "the-two-sides", "both-sides"])
def test_opening_joint_group(text):
    # revB #14 of the sixteenth session's final read: the counted group that opens the clause ("Both sides
    # welcomed ... and decided to") is its joint subject; the pattern ends in "$", so it was matched only up to the
    # text's end (never), and an article's first sentence was never tried
    from timeline.events.predicates import PredicateReader
    from timeline.events.senses import _opening_joint
    start = text.index(". ") + 2 if ". " in text else 0
    reader = PredicateReader(text, text.lower(), start, len(text), [], [])
    assert _opening_joint(reader, reader.tokens.words.index("and"))


def test_a_run_on_sentence_finds_its_tabled_drafts_once(monkeypatch):
    # the sixteenth session's last read: a noun after a tabled draft is the draft's topic ("handed the Council a draft
    # resolution on condemning Syria's crackdown"); each noun predicate once asked every trigger of the sentence
    # whether it tabled a draft, quadratic in a run-on sentence (3,000 clauses: 3 s). The drafts are found once per
    # sentence and one stop search made per noun; counted, not timed
    from timeline.events import predicates
    from timeline.events.speech import read_sentence
    from timeline.events.triggers import find_triggers

    drafts, stops = [], []
    tabled, stop = predicates.tabled_draft, predicates._DRAFT_STOP

    class Counting:
        def search(self, text, at, end):
            stops.append(at)
            return stop.search(text, at, end)

    monkeypatch.setattr(predicates, "tabled_draft", lambda t: drafts.append(t) or tabled(t))
    monkeypatch.setattr(predicates, "_DRAFT_STOP", Counting())
    for n in (10, 40):
        drafts.clear(), stops.clear()
        # (each "talks" once asked all 2n triggers: 3,200 calls for n = 40)
        text = ", and ".join(["Britain circulated a draft, and the talks ended"] * n) + "."
        low = text.lower()
        triggers = find_triggers(low)
        reading = read_sentence(text, low, 0, len(text), triggers, [])
        talks = [p for p in reading.predicates if p.trigger.text == "talks"]
        assert len(talks) == n and not any(p.topic for p in talks)  # (", and" ends the draft's reach)
        assert len(drafts) == len(triggers) and len(stops) <= len(triggers), (n, len(drafts), len(stops))


class _Visits(list):
    """A list that counts the items handed out by every pass over it."""
    visits = 0

    def __iter__(self):
        for item in super().__iter__():
            _Visits.visits += 1
            yield item


def test_a_run_on_sentence_reads_each_predicate_without_a_pass_over_all_triggers_and_actors():
    # a trigger inside a name, the actor a token lies in, the triggers after a noun it may modify, the reporting verbs
    # and acts before a light verb: each once a pass over all of the sentence's triggers or actors per predicate
    # (quadratic in a run-on sentence), looked up in indexes made once now; the items visited grow with the sentence,
    # not with its square
    from timeline.actors import find_actors
    from timeline.events.predicates import PredicateReader
    from timeline.events.triggers import find_triggers

    seen = {}
    for n in (10, 40):
        text = ", and ".join(["Britain circulated a draft, and the United States held talks with the protesters, "
                              "as officials said the threat reduction consultations went on"] * n) + "."
        low = text.lower()
        triggers, actors = find_triggers(low), find_actors(text)
        reader = PredicateReader(text, low, 0, len(text), actors, triggers)
        for name in ("triggers", "acts", "actors"):
            setattr(reader, name, _Visits(getattr(reader, name)))
        _Visits.visits = 0
        preds = [p for p in (reader.read(t) for t in triggers) if p is not None]
        assert len(preds) >= 5 * n
        seen[n] = _Visits.visits
    assert seen[40] <= 6 * max(seen[10], 1), seen


def test_the_verb_after_to_that_ends_a_consult_predicates_reach_is_found_once_per_sentence():
    # roles: "meet again on Thursday to discuss Syria": a consult predicate's counterparts end at the first verb after
    # "to"; each consult predicate once split the text from it to every predicate after it (cubic in a run-on
    # sentence). The verbs after a "to" are found in one pass over the sentence's predicates; the answers are the
    # old expression's
    import itertools
    from types import SimpleNamespace

    from timeline.events.roles import _infinitive_after
    from timeline.events.speech import read_sentence
    from timeline.events.triggers import find_triggers

    class Passes(tuple):
        count = 0

        def __iter__(self):
            Passes.count += 1
            return super().__iter__()

    text = (", and ".join(["Russia and China will meet again on Thursday to discuss Syria"] * 30)
            + ", and they met to  talk, then to\tvote (to act) xto agree.")
    low = text.lower()
    reading = read_sentence(text, low, 0, len(text), find_triggers(low), [])
    preds = Passes(reading.predicates)
    reading = SimpleNamespace(predicates=preds)
    found = set()
    for p in preds:  # (from a predicate's end, and from inside words and spaces near it)
        for end, ceiling in itertools.product((p.end, p.end - 1, p.end + 1, p.trigger.start), (len(text), p.end + 80)):
            old = min([q.start for q in preds if q.start > end and q.form in ("verb", "report")
                       and low[end:q.start].split()[-1:] == ["to"] and len(low[end:q.start].split()) > 1]
                      + [ceiling])
            Passes.count -= 1  # (the old expression's own pass)
            assert _infinitive_after(reading, low, end, ceiling) == old, (p.trigger.text, end)
            found.add(old < ceiling)
    assert found == {True, False} and Passes.count == 2  # (the test's own loop and one pass for the sentence)


def test_the_last_clause_verb_before_a_subject_is_found_once_per_sentence():
    # roles._subject_position looks back from a verb to the last clause verb before it (a series' subject: "The EU
    # froze ..., banned ... and imposed ..."); it filtered all the sentence's predicates for each subject asked, and a
    # date's test for unnamed forces asks for the parties of every force noun (cubic in a run-on sentence of dated
    # clauses). The verbs are found once per sentence and bisected when their ends rise; the answers are the old ones,
    # in the predicates' order when they do not rise
    import random
    from types import SimpleNamespace

    from timeline.events.roles import _last_clause_verb
    from timeline.events.speech import read_sentence
    from timeline.events.triggers import find_triggers

    text = ("The EU froze the assets of 18 officials, banned the export of arms to Syria and imposed a travel ban, "
            "and Russia, which has backed Assad, said it held talks with China on Monday and would send aid.")
    low = text.lower()
    preds = read_sentence(text, low, 0, len(text), find_triggers(low), []).predicates
    shuffled = list(preds)
    random.Random(17).shuffle(shuffled)
    for order in (preds, tuple(shuffled)):
        reading = SimpleNamespace(predicates=order)
        found = set()
        for pos in range(0, len(text) + 1):
            before = [q for q in order if q.form in ("verb", "report") and not q.embedded and q.end <= pos]
            old = before[-1] if before else None
            assert _last_clause_verb(reading, pos) is old, pos
            found.add(old is None)
        assert found == {True, False}


def test_drawing_verbs_are_the_drew_condemnation_rows_verbs():
    # predicates.DRAWING (a condemnation drawn "from" others, read as a passive) is read from the verbs of the
    # event_triggers.tsv row "drew ... condemnation from" (its ``drawing`` definition, a group in the row): one list
    from timeline.events import triggers
    from timeline.events.predicates import DRAWING

    assert {"drew", "drawn", "provoked", "attracting"} <= DRAWING and all(w.isalpha() for w in DRAWING)
    rows = [p for t, _, p in triggers._PATTERNS if t == "accuse" and p.startswith("(?:" + triggers.DEFINED["drawing"] + r")\s+")]
    assert len(rows) == 1

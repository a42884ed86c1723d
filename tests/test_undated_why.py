"""Why an event is left undated: ``date_rule`` ``undated:WHY`` (``events/undated_why.py``), one token per decision,
so a reviewer can tell a text that gives no date from a standing position, a background perfect, a recalled act,
a plan, an act going on, a date of another clause or a time word that is no date. Sentences in the style of wire
copy; near-misses: the dated rows of the same stories keep their own rule."""

from __future__ import annotations

import pytest
from test_events import events_of

from timeline.events import undated_why
from timeline.events.extract import _SentenceState
from timeline.events.undated_why import LostReason, Undated, rule_of, undated

LEAD = {
    "syria": "BEIRUT (Reuters) - Syrian troops shelled the city of Homs on Tuesday, activists said. ",
    "turkey": "ANKARA (Reuters) - Turkey's foreign minister met his Iranian counterpart on Monday. ",
    "russia": "MOSCOW (Reuters) - Russia's foreign minister met his Turkish counterpart on Friday. ",
    "egypt": "CAIRO (Reuters) - Egypt condemned the attack on Sunday. ",
    "france": "PARIS (Reuters) - France protested to Iran on Monday. ",
    "damascus": "DAMASCUS (Reuters) - Syria expelled the Turkish ambassador on Wednesday. ",
}


@pytest.mark.parametrize("lead, body, trigger, rule", [
    ("syria", "Syria blames the violence on armed groups backed by foreign powers.", "blames",
     "undated:standing-present"),
    ("syria", "Syria has been allied to Iran and has backed militant groups in Lebanon.", "backed",
     "undated:perfect-background"),
    ("turkey", "Turkey has repeatedly condemned the crackdown.", "condemned", "undated:perfect-background"),
    ("russia", "Earlier, Putin and Erdogan held talks in Sochi.", "talks", "undated:recalled"),
    ("egypt", "Government forces have killed thousands of protesters over the past year.", "killed",
     "undated:time-word"),
    ("france", "Moscow continues to supply weapons to Damascus.", "supply", "undated:ongoing"),
    ("syria", "Syrian forces tortured wounded protesters in hospitals, the group said.", "tortured",
     "undated:no-date-in-clause"),
    # ("came": a past occasion the story did not date; "comes" would count from the story's day, relative_day)
    ("damascus", "The decision came a day after Turkey closed its embassy in Damascus.", "closed its embassy",
     "undated:other-clause-date"),
])
def test_an_undated_event_says_why(lead, body, trigger, rule):
    events = events_of(LEAD[lead] + body, "2012-02-14")
    undated_rows = [e for e in events if e.date_basis == "undated"]
    row = next(e for e in undated_rows if e.trigger == trigger)
    assert row.date_rule == rule and row.event_date is None
    # the near-miss: the lead's dated act keeps the rule of its date, no reason
    assert all(not (e.date_rule or "").startswith("undated:") for e in events if e.date_basis != "undated")
    assert all(e.date_rule and e.date_rule.startswith("undated:") for e in undated_rows)


def test_a_plan_with_no_date_is_planned_and_a_dated_plan_keeps_its_date():
    rows = events_of("WASHINGTON (Reuters) - The United States said on Monday it will send a delegation to Cairo.",
                     "2012-02-14")
    visit = next(e for e in rows if e.event_type == "visit")
    assert (visit.date_basis, visit.date_rule, visit.status) == ("undated", "undated:planned", "planned")
    rows = events_of("WASHINGTON (Reuters) - The United States said on Monday it will send a delegation to Cairo "
                     "next week.", "2012-02-14")
    visit = next(e for e in rows if e.event_type == "visit")
    assert visit.date_basis == "explicit" and not visit.date_rule.startswith("undated")


def test_the_reason_rides_on_a_basis_equal_to_undated():
    basis = undated("recalled")
    assert basis == "undated" and basis in ("report", "undated") and type(str(basis)) is str
    assert rule_of(basis, planned=True) == "undated:recalled"  # the decided reason wins
    assert rule_of(undated(), planned=True) == "undated:planned"  # none of its own: the plan, else no date given
    assert rule_of(undated(), planned=False) == "undated:no-date-in-clause"
    assert isinstance(basis, Undated)


@pytest.mark.parametrize("rebuilt", [str(undated("recalled")), f"{undated('recalled')}", "undated",
                                     {"basis": "undated"}["basis"]])
def test_a_basis_rebuilt_as_a_plain_string_is_loud(rebuilt):
    # the string a rebuild leaves (``str``, an f-string, the literal written again, a plain dict's value) has lost the
    # reason: no silent fallback to "planned" or "no-date-in-clause"
    with pytest.raises(LostReason):
        rule_of(rebuilt, planned=False)


def test_a_pass_that_rebuilds_its_basis_fails_the_build(monkeypatch):
    # "Earlier, ...": ``_SentenceState.basis`` decides undated(RECALLED); a pass that rebuilt it with an f-string used to
    # leave the row "undated:no-date-in-clause" in silence
    text = LEAD["russia"] + "Earlier, Putin and Erdogan held talks in Sochi."
    assert next(e for e in events_of(text, "2012-02-14") if e.trigger == "talks").date_rule == "undated:recalled"
    decided = _SentenceState.basis
    monkeypatch.setattr(_SentenceState, "basis", lambda self, p: f"{decided(self, p)}")
    with pytest.raises(LostReason):
        events_of(text, "2012-02-14")


SYRIA_STORY = ("DAMASCUS (Reuters) - Syrian troops shelled the Syrian city of Homs on Tuesday, Syrian activists said. "
               "Syria's army pushed into Hama. ")


@pytest.mark.parametrize("lead, body, trigger, rule", [
    # a pass's own reason, not the fallback: the toll a source's figure counts (``forces_toll``)
    ("story", "In March, the Syrian government put the death toll at 2,100 - 1,400 civilians and 700 security forces "
     "personnel.", "toll", "undated:toll"),
    # an agreement, proposal or killing the sentence names as done before ("proposed by", "put forward by ... but
    # rejected by", "condemned the killing of")
    ("syria", "Damascus has accepted the peace plan proposed by the Arab League envoy.", "proposed",
     "undated:recalled"),
    ("syria", "Mr Annan called for Egypt to join the talks, a proposal put forward by Turkey but rejected by Damascus.",
     "rejected", "undated:recalled"),
    ("syria", "Lebanon has condemned the killing of a Lebanese photographer, Ali Hassan, who was shot near the border.",
     "killing", "undated:recalled"),
    # an attempt and a charged giving are going on ("struggling to crush", "accuses Iran of supplying")
    ("syria", "Assad, who is struggling to crush a ten-month revolt, met the Arab League envoy in Damascus.", "crush",
     "undated:ongoing"),
    ("syria", "The United States accuses Iran of supplying Damascus with weapons.", "supplying", "undated:ongoing"),
    # the blamers' saying: in the present a standing charge, in the perfect background
    ("syria", "Critics say the observer mission has done nothing to stop the killing.", "say",
     "undated:standing-present"),
    ("syria", "Opposition activists have blamed the government for the bombings.", "blamed",
     "undated:perfect-background"),
    ("syria", "Hezbollah, supported by Syria and Iran, is at odds with the caretaker government.", "supported",
     "undated:standing-present"),
    # a participle goes with its undated clause and takes its reason
    ("syria", "Russia has resisted Western pressure to back sanctions against Damascus, calling for more time for "
     "talks.", "calling for", "undated:perfect-background"),
    # an act that shares the day of an undated first act takes the first act's reason, read back from its date_rule
    # (its stored basis is a plain "undated"; on 3c871b99 these fell back to no-date-in-clause): a listed object
    # (``day_of``, t17-reuters-19/-315/-229) and the support a "while maintaining" phrase keeps up (``kept_support``)
    ("syria", "Assad has tried repression, economic handouts and promises of reform to quell a month-long wave of "
     "protests.", "economic handouts", "undated:perfect-background"),
    ("syria", "A few months ago, Turkey and Syria were holding joint cabinet meetings and military exercises and "
     "abolished visa requirements.", "military exercises", "undated:time-word"),
    ("syria", "Assad has resisted Western pressure for months, while maintaining support for Hezbollah.", "support",
     "undated:time-word"),
])
def test_a_pass_gives_its_own_reason(lead, body, trigger, rule):
    text = (SYRIA_STORY if lead == "story" else LEAD[lead]) + body
    events = events_of(text, "2012-02-14")
    row = next(e for e in events if e.trigger == trigger and e.date_basis == "undated")
    assert row.date_rule == rule and row.event_date is None


def test_kept_support_shares_its_heads_day_as_every_second_act_does():
    """The support a "while maintaining" phrase keeps up takes its head's day and basis by ``_SentenceState.day_of``:
    in an article with no anchor date the head is "unresolved" (it would take the article's day), and so is the
    support, not "undated:no-date-in-clause"; with a day, that day."""
    text = "Canada condemned Russia, while maintaining its unwavering support for Ukraine."
    for published, basis in ((None, "unresolved"), ("2023-03-24", "dateline")):
        rows = {e.event_type: e for e in events_of(text, published)}
        head, support = rows["accuse"], rows["support"]
        assert (support.event_date, support.date_basis, support.date_rule) == (
            head.event_date, head.date_basis, head.date_rule)
        assert support.date_basis == basis, published


def test_the_near_misses_keep_their_dates():
    # the figure's own saying is dated by "In March"; the killings it sums are not
    rows = events_of(SYRIA_STORY + "In March, the Syrian government put the death toll at 2,100 - 1,400 civilians and "
                     "700 security forces personnel.", "2012-02-14")
    saying = next(e for e in rows if e.event_type == "statement")
    assert saying.date_basis == "explicit" and saying.date_rule == "month/past"
    # a critics' saying with its day is no standing charge
    rows = events_of(LEAD["syria"] + "Critics said on Monday the observer mission has done nothing to stop the "
                     "killing.", "2012-02-14")
    said = next(e for e in rows if e.trigger == "said" and e.event_type == "accuse")
    assert said.date_basis != "undated" and not said.date_rule.startswith("undated")


def test_a_participle_takes_no_plan_from_its_head():
    class Head:
        date_rule = "undated:planned"
    assert undated_why.head_undated(Head()) == "undated" and undated_why.head_undated(Head()).why is None
    Head.date_rule = "undated:recalled"
    assert undated_why.head_undated(Head()).why == "recalled"

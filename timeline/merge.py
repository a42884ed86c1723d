"""One event per real-world event: merge the reports of the same event.

Every event the extractor finds is a *mention* of an event (one article, one
sentence). Mentions that report the same event, in one article or several,
become one row of ``events.csv``; every mention stays in ``mentions.csv`` with
the id of the event it joined and the rule that joined it.

Rules, tried in this order against the members of each open cluster (the
first that holds joins the mention):

``same_day``
    same event family (meeting, call, talks, visit and summit are all
    "consult"), the same day, and shared participants; across articles a
    demand or an act of force that shares one party only when the two
    sentences have two content words in common (``_one_of_many``: a
    speaker's two demands of a day, two acts of a state's forces);
``nearby_day``
    same family, day dates at most ``NEARBY_DAYS`` apart, and at least two
    shared participants: the reports disagree on the date; the event is
    flagged ``date_conflict`` and keeps every reported date (not two
    articles' reports each dated only by its own article's day:
    ``_two_records``); for statements, one retold a day later (see
    ``same_speaker_same_day``);
``within_period``
    same family, one date inside the other's coarser period ("in August" and
    "on August 27"), and shared participants: two, or all of them when a
    report names only one (in one article; across articles within a week, and only when the two say the same
    thing: ``same_claim``); but an act done *with* someone (a meeting, talks,
    an agreement, cooperation, aid, support: ``WITH_FAMILIES``) that names
    only one party is not joined to one that names two or more: "we agreed to
    hold the ministerial-level Japan-U.S. Economic 2+2" (the United States and
    Japan, in July) is not "today we'll agree on our next steps" (the United
    States, with Mexico, on July 12), and "In 2022, you presided over a
    coalition to support Ukraine" is not the United States' support for
    Ukraine of March 24;
``same_speaker_same_day``
    statements by the same speaker on the same day. A person's statements of a day are one speech. An
    organisation or a country speaks through many people ("a UN spokeswoman", "the UN rights chief" and "The
    United Nations says" are all coded United Nations), so two of its statements merge only when they report
    one speech: in one article, when the same phrase names the speaker (the body itself both times, or the
    same office); across articles, when what they say overlaps (``same_claim``: repeated wire copy, the
    same casualty figure). Points of a speech to or about different counterparts stay a row each
    (``merge_parties.apart``: "raised concerns about PRC practices in Xinjiang", "raised Russia's brutal war").
    A readout's or joint statement's points are a row each whoever they are made to (events_gold.md rule 25, as
    the speech rule is wire copy's): in one such article only one sentence's statements join (``_one_speech``),
    and only demands that one sentence tells or that say the same thing (``_two_points``, whatever the rule).
    Across articles a statement told by two news stories a day apart, each dated by its dateline, in the same
    words, is one statement the later story retells (``nearby_day``: ``_retold_statement``).

``same_wording``
    two articles' reports of one act in the same words (repeated wire copy: the same sentence, or the same act
    word, agent and date words and overlapping content), the same period and the same parties, however few;

``same_victim``
    undated reports, in one article, of an act of one family with no named
    agent on the same person ("Sana said he was killed by 'an armed terrorist
    group' ... The Red Crescent said he was killed as he drove": one killing
    that two sources report).

Across articles a report that names no agent joins another's that names one only on two shared parties
(``_agent_on_one_side``): the one party it names is what many agents' acts of a day aim at.

Whatever the rule, a report joins a cluster only when no member names other parties (``merge_parties.apart``: the
act aimed the other way, or a different counterpart), so a report naming fewer is no bridge between two acts; nor,
sharing one party with its members in other articles, when they place the act only elsewhere
(``merge_places.elsewhere``: a funeral shot at in a Damascus suburb and an attack on Jabal al-Zawi the same Friday).
Other undated and unresolved mentions are not merged. No chains (``_keeps_span``): day reports of one event stay
within ``NEARBY_DAYS`` of each other, and a report joins a cluster only when its dates meet every member's, so a
coarse report is never the bridge between two that do not meet. Merging is greedy in a fixed
order (date, article, position), so the same input always gives the same
events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .actors.gazetteer import word_list
from .merge_parties import apart
from .merge_places import elsewhere
from .model import Event

NEARBY_DAYS = 3
# families of acts done with a counterpart: a report naming only one party may be any of that party's acts with anyone
WITH_FAMILIES = frozenset({"consult", "agree", "cooperate", "aid", "support", "concede"})
# families whose acts one party does many of in a day (a speaker's demands, a state's forces' attacks): across articles
# one shared party joins two day reports only when they say something in common (``_one_of_many``)
MANY_A_DAY = frozenset({"demand", "military"})
PRECISION_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5, "year": 6,
                  "decade": 7, "century": 8, "none": 9}
BASIS_RANK = {"explicit": 0, "inferred": 1, "dateline": 2, "unresolved": 3, "undated": 4}


@dataclass
class Cluster:
    members: list[Event] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # the rule that joined each member ("first" for the first)
    end: dt.date = dt.date.min  # the latest day any member covers
    # what ``_keeps_span`` asks of the members, kept as they join (a pass over them per mention was quadratic in a
    # cluster's size): the latest start and earliest end of the members with both dates, and of those that are not
    # days; the earliest and latest day
    spans: tuple[dt.date, dt.date] | None = field(default=None, repr=False, compare=False)
    coarse: tuple[dt.date, dt.date] | None = field(default=None, repr=False, compare=False)
    days: tuple[dt.date, dt.date] | None = field(default=None, repr=False, compare=False)

    def add(self, event: Event, rule: str) -> None:
        self.members.append(event)
        self.rules.append(rule)
        if event.date_end is not None and event.date_end > self.end:
            self.end = event.date_end
        if _is_day(event):
            self.days = _widened(self.days, event.date_start, event.date_start)
        if event.date_start is not None and event.date_end is not None:
            self.spans = _narrowed(self.spans, event.date_start, event.date_end)
            if not _is_day(event):
                self.coarse = _narrowed(self.coarse, event.date_start, event.date_end)


def _widened(bounds: tuple[dt.date, dt.date] | None, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return (start, end) if bounds is None else (min(bounds[0], start), max(bounds[1], end))


def _narrowed(bounds: tuple[dt.date, dt.date] | None, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return (start, end) if bounds is None else (max(bounds[0], start), min(bounds[1], end))


def _key(e: Event) -> tuple | None:
    """Only mentions with the same key can ever merge (see ``_rule``)."""
    if e.date_start is None or e.event_type == "other":
        return None
    if e.event_type == "statement":
        return ("statement", e.actor1) if e.actor1 else None
    return ("family", _family(e))


def _family(e: Event) -> str:
    return e.event_family or e.event_type


def _people(e: Event) -> set[str]:
    return {a for a in e.actors if a}


def _shared(a: Event, b: Event) -> int:
    return len(_people(a) & _people(b))


def _is_day(e: Event) -> bool:
    return e.precision in ("day", "time") and e.date_start is not None


def _contains(outer: Event, inner: Event) -> bool:
    return (outer.date_start is not None and inner.date_start is not None
            and PRECISION_RANK[outer.precision] > PRECISION_RANK[inner.precision]
            and outer.date_start <= inner.date_start and inner.date_end <= outer.date_end)


@cache
def _common_words() -> frozenset[str]:
    return frozenset(word_list("common_words.txt"))


_WORD = re.compile(r"[a-z]+|\d[\d,.]*\d|\d")


def _content(e: Event) -> frozenset[str]:
    return _content_words(e.sentence, e.actor1)


@lru_cache(maxsize=4096)
def _content_words(sentence: str, actor1: str | None) -> frozenset[str]:
    """The words that carry what a sentence says: numbers, and words of five letters or more that are not
    common in news copy or part of the speaker's name (a plural "s" cut). Cached: the clustering compares
    each statement with many others."""
    drop = _common_words() | set((actor1 or "").lower().split())
    words = set()
    for w in _WORD.findall(sentence.lower()):
        if w[0].isdigit():
            words.add(w)
        elif len(w) >= 5 and w not in drop:
            words.add(w[:-1] if w.endswith("s") else w)
    return frozenset(words)


def _overlap(a: Event, b: Event) -> tuple[int, float]:
    """How many content words two sentences share (``_content``), and what part of the shorter's that is."""
    ca, cb = _content(a), _content(b)
    shared = len(ca & cb)
    return shared, shared / max(1, min(len(ca), len(cb)))


def same_claim(a: Event, b: Event) -> bool:
    """Do two sentences say the same thing? Three content words in common, a quarter of the shorter's
    ("3,000", "killed", "crackdown", "children"), or two and half of it."""
    shared, share = _overlap(a, b)
    return (shared >= 3 and share >= 0.25) or (shared >= 2 and share >= 0.5)


def _one_speech(a: Event, b: Event) -> bool:
    """Are two statements of one ``actor1`` on one day reports of one speech? In one readout or joint statement
    (the ``points`` extract marks) only when one sentence tells both: each point is a row of its own (rule 25:
    "Sullivan also expressed deep concern over the recent extremist settler attacks" and "He reiterated the
    importance of holding accountable those responsible"). Else always for a person (or when the extractor did not
    say who speaks): a wire story's "Putin told reporters" and his later sayings of the press talk are one speech;
    for an organisation or a country only when the same phrase names the speaker in one article, or when what they
    say overlaps across articles."""
    if a.article_id == b.article_id and a.extra.get("points"):
        return a.char_start == b.char_start
    sa, sb = a.extra.get("speaker"), b.extra.get("speaker")
    if sa is None or sb is None or sa[0] == "person" or sb[0] == "person":
        return True
    if a.article_id == b.article_id:
        return sa == sb
    return same_claim(a, b)


def _rule(a: Event, b: Event) -> str | None:
    """The rule under which mentions ``a`` and ``b`` report the same event, or None."""
    if a.date_start is None or b.date_start is None:
        return None
    if a.event_type == "statement" or b.event_type == "statement":
        if not (a.event_type == b.event_type == "statement" and a.actor1 and a.actor1 == b.actor1
                and _is_day(a) and _is_day(b)):
            return None
        if a.date_start == b.date_start and _one_speech(a, b):
            return "same_speaker_same_day"
        return "nearby_day" if _retold_statement(a, b) else None
    if a.event_type == "other" or b.event_type == "other" or _family(a) != _family(b) or _two_points(a, b):
        return None
    shared = _shared(a, b)
    fewer, more = sorted((len(_people(a)), len(_people(b))))  # how many each report names
    if _agent_on_one_side(a, b):
        fewer = max(fewer, 2)  # its one party is no evidence: two shared parties, as ``nearby_day`` asks
    if _is_day(a) and _is_day(b):
        if a.date_start == b.date_start and shared >= min(2, fewer) and shared and not _one_of_many(a, b, shared):
            return "same_day"
        gap = abs((a.date_start - b.date_start).days)
        if gap <= NEARBY_DAYS and shared >= 2 and not _two_records(a, b):
            return "nearby_day"
        return None
    one_sided = _family(a) in WITH_FAMILIES and fewer == 1 and more >= 2  # one party of an act done with another
    # across articles a month or a year and one party are no evidence of one act: "Homs has been a focal point of the
    # uprising since the military stormed it two months ago" (May: Syria) is not "Syrian security forces killed 23
    # protesters on Friday" (6 May: Syria) of another story; in one article the coarse report tells the act it holds.
    # A week and one party across articles join only when the two say the same thing (``same_claim``): "the council
    # ... rejected foreign intervention that harmed Syrian sovereignty" (week 39) is the SNC's statement that "rejected
    # foreign intervention that 'compromises Syria's sovereignty'" (2 October), but "Navi Pillay last week recommended
    # the Security Council refer Syria's crackdown to the International Criminal Court" is not "Syrian forces shelled
    # Sunni Muslim districts in Latakia Monday" (Syria alone), nor "Government officials had earlier denied there had
    # been a defection" (this week) the officials' dismissal of an offensive in Damascus on Tuesday
    # (asked last, as it reads both sentences: only of a report that holds the other and shares one party with it)
    if (_contains(a, b) or _contains(b, a)) and shared >= min(2, fewer) and shared and not one_sided \
            and (shared >= 2 or _one_party_enough(a, b)):
        return "within_period"  # "a BRICS Media Summit in September" and "the summit, September 13 to 17"
    if a.precision == b.precision and a.date_start == b.date_start and shared >= 2:
        return "same_day" if a.precision in ("day", "time") else "same_period"
    if _same_wording(a, b):
        return "same_wording"
    return None


def _one_of_many(a: Event, b: Event, shared: int) -> bool:
    """Are two articles' day reports of a demand or an act of force, sharing only one party, two of the many such acts
    of that party's day: do they have fewer than two content words in common (``_overlap``)? A speaker makes several
    demands on a day and a state's forces act in many places; the one party shared is then the speaker or the state,
    and only what the two say shows one act. Two demands: "He said the Syrian president \"must make bold and visible
    steps immediately ...\"" and "He urged the international community not to forget that the conflict risked spilling
    over" (Kofi Annan, 2 June 2012: nothing shared); Alain Juppe's "any ceasefire violation should be met with a swift
    and firm response by the UN Security Council" and his call "for a solid international response to such
    \"maneuvers\"" of sanctions evasion (one word). Two acts of force: "security forces opened fire on a demonstration
    after Friday prayers" in Aleppo and "the shooting down by Syria of a Turkish F-4 jet on Friday" (the day's word
    alone; the jet's state is not read as a party). One act in other words joins: "Damascus on Sunday called for
    written guarantees from rebel fighters" and "on Sunday demanded written guarantees first", "an August 3 statement by
    the Security Council that ... called for it to end" and "an August 3 demand by the Security Council" (the day named
    in the same words). Not asked of other families: an interview's rejection, accusation and threat are told in other
    words by two stories ("Mr Assad appeared to dismiss the Arab League plan", "Syria will not bow down,\" he told
    Britain's Sunday Times"), and so are a visit and its talks; nor in one article, where a report goes on telling the
    act just told (``merge_places`` has the same scope)."""
    return (shared == 1 and a.article_id != b.article_id and _family(a) in MANY_A_DAY and _overlap(a, b)[0] < 2)


def _two_points(a: Event, b: Event) -> bool:
    """Are two demands of one readout or joint statement (the ``points`` extract marks) two of its points: told in two
    sentences that do not say the same thing (``same_claim``)? Each point is a row of its own (rule 25), as
    ``_one_speech`` keeps a principal's statements: "we call on Russia to end the brutal onslaught against its
    neighbor" and "We urge Russia to facilitate unhindered humanitarian access and permanent safe passage for
    civilians" (two rows of one joint statement), "we call for a peaceful resolution of cross-Strait issues" and "We
    call on all UN Member States to fully implement all relevant UNSC resolutions". A demand the statement tells twice
    is one: "we call for an immediate 21 day ceasefire across the Lebanon-Israel border ... consistent with UNSCR 1701"
    and "We call on all parties ... to endorse the temporary ceasefire immediately consistent with UNSCR 1701" (one
    row of the gold)."""
    return (_family(a) == "demand" and a.article_id == b.article_id and bool(a.extra.get("points"))
            and a.char_start != b.char_start and not same_claim(a, b))


def _one_party_enough(a: Event, b: Event) -> bool:
    """Is one shared party enough for one report to hold the other (``within_period``)? In one article; across
    articles only within a week, when the two say the same thing (``same_claim``)."""
    if a.article_id == b.article_id:
        return True
    coarse = max(PRECISION_RANK[a.precision], PRECISION_RANK[b.precision]) >= PRECISION_RANK["month"]
    return not coarse and same_claim(a, b)


def _two_records(a: Event, b: Event) -> bool:
    """Are two articles' reports of different days each dated only by its own article's day, with nothing to say the
    two days are one act's? When one of them is the record of its own act (``article/call``, ``article/meeting``: a
    readout, a joint statement), it tells the act of its day: the readout of President Biden's call with President
    Putin of 13 April is not the readout of his call with Chancellor Merkel of 14 April, though both back Ukraine's
    sovereignty; the joint statement with the UAE of 16 July is not the Jeddah communique of 15 July. Two news stories
    dated by their datelines (``dateline``) are one act retold when they say the same thing (``same_claim``: "Prince
    Saud al-Faisal called on the international community to put more pressure on the regime" of 22 January, "urged
    the international community to step in and put pressure on Damascus" of the 23rd), else two: Ban Ki-moon "urged
    the Syrian government to halt its offensive" (28 July) and "called on the Syrian government to renounce ...
    chemical weapons" (31 July)."""
    if a.article_id == b.article_id or a.date_start == b.date_start or not (_own_day(a) and _own_day(b)):
        return False
    return _own_record(a) or _own_record(b) or not same_claim(a, b)


def _retold_statement(a: Event, b: Event) -> bool:
    """Is one speaker's statement told by two news stories a day apart, each dated only by its own dateline, in the
    same words (three content words, half the shorter's)? The later story retells what was said the day before:
    "Iranian Foreign Minister Ali Akbar Salehi ... told the official news agency IRNA that Syria ... had repeatedly
    pledged to meet legitimate popular demands" in Reuters stories of 16 and 17 November 2011, "Foreign Minister Alain
    Juppe said Paris [France] was working with the Arab League on a draft U.N. resolution" in the same two. Overlap
    (``same_claim``) is not enough: a speaker's title and the party he speaks of recur in what he says the next day
    ("French Foreign Minister Alain Juppe said he doubted Syria would respond positively to the Arab League
    initiative", 18 November: a third of the words). A statement dated by a word of its own ("on Thursday") is left to
    its day: the speaker said something else then."""
    if a.article_id == b.article_id or a.date_basis != "dateline" or b.date_basis != "dateline" \
            or abs((a.date_start - b.date_start).days) != 1:
        return False
    shared, share = _overlap(a, b)
    return shared >= 3 and share >= 0.5


def _own_day(e: Event) -> bool:
    return e.date_basis == "dateline" or _own_record(e)


def _own_record(e: Event) -> bool:
    return e.date_basis == "inferred" and (e.date_rule or "").startswith("article/")


def _agent_on_one_side(a: Event, b: Event) -> bool:
    """Do two articles' reports differ in naming an agent, one of them naming none? The party such a report names is
    what the act was aimed at or where it happened, and many agents act on one party in a day or a month: "Western
    diplomats accused Russia and China of holding the council hostage" (no agent the extractor knows: Russia) is not
    Senator McCain's "The Russians and Chinese have put themselves on the wrong side of history"; "Gulf states say they
    are expelling Syria's ambassadors" (Syria) is not the EU's sanctions of February. In one article such a report
    mostly goes on telling the act just told ("talks with Syrian President Bashar al-Assad on Monday" after "Mr Annan
    held talks with President Assad"), so the rules hold there as they are."""
    return a.article_id != b.article_id and bool(a.actor1) != bool(b.actor1)


def _same_wording(a: Event, b: Event) -> bool:
    """Do two articles tell one act in the same words: the same period, the same parties, and the same sentence, or
    the same act word, agent and date words saying the same thing (``same_claim``)? Wire copy repeated in two stories
    ("The European Union, which banned imports of Syrian crude oil last week, ..." in two Reuters stories a day apart)
    is one act even when it names one party, which ``same_period`` alone would not join."""
    if (a.article_id == b.article_id or not a.actor1 or a.actor1 != b.actor1 or a.precision != b.precision
            or a.date_start != b.date_start or a.date_end != b.date_end or _people(a) != _people(b)):
        return False
    if " ".join(a.sentence.split()) == " ".join(b.sentence.split()):
        return True
    return (bool(a.trigger) and (a.trigger or "").lower() == (b.trigger or "").lower() and bool(a.date_text)
            and (a.date_text or "").lower() == (b.date_text or "").lower() and same_claim(a, b))


def _victim_key(e: Event) -> tuple | None:
    """Undated reports with this key are one act (``same_victim``): an article's agentless act of one family on one
    person."""
    victim = e.extra.get("victim")
    if e.date_start is not None or victim is None or victim[0] != "person" or e.actor1:
        return None
    return (e.article_id, _family(e), victim[1])


def _order(e: Event) -> tuple:
    start = e.date_start or dt.date.max
    return (start, e.article_id, e.char_start, e.date_char_start or 0, e.event_id)


def cluster(mentions: Iterable[Event]) -> list[Cluster]:
    """Greedy clustering in a fixed order; a mention joins the first cluster one of whose members it matches."""
    clusters: list[Cluster] = []
    open_clusters: dict[tuple, list[Cluster]] = {}  # by key, the clusters whose dates are still within reach
    victims: dict[tuple, Cluster] = {}  # undated agentless acts, by article, family and victim
    for mention in sorted(mentions, key=_order):
        key = _key(mention)
        victim = _victim_key(mention) if key is None else None
        if victim is not None and victim in victims:
            victims[victim].add(mention, "same_victim")
            continue
        candidates = []
        if key is not None:
            horizon = mention.date_start - dt.timedelta(days=NEARBY_DAYS)
            candidates = open_clusters[key] = [c for c in open_clusters.get(key, ()) if c.end >= horizon]
        for c in candidates:
            rule = next((r for r in (_rule(m, mention) for m in c.members) if r), None)
            if rule and _keeps_span(c, mention) and not any(apart(m, mention, _family(mention)) for m in c.members) \
                    and not elsewhere(c.members, mention):
                c.add(mention, rule)
                break
        else:
            c = Cluster()
            c.add(mention, "first")
            clusters.append(c)
            if key is not None:
                candidates.append(c)
            if victim is not None:
                victims[victim] = c
    return clusters


def _keeps_span(c: Cluster, mention: Event) -> bool:
    """No chains: day reports of one event stay within NEARBY_DAYS of each other, and a report's dates meet every
    other member's: a coarse report ("killing thousands over the past year") may join the reports it
    contains, but is no bridge between reports that do not meet ("a crackdown began in March", "tanks moved in last
    month", "killed 120 troops this week")."""
    slack = dt.timedelta(days=NEARBY_DAYS)
    # (a member with both dates that the mention does not meet: the one that starts latest or ends earliest; of the
    # members that are not days when the mention is one: two days, the slack below)
    met = c.coarse if _is_day(mention) else c.spans
    if met is not None and mention.date_start is not None and mention.date_end is not None \
            and (mention.date_start > met[1] or met[0] > mention.date_end):
        return False
    if c.days is None or not _is_day(mention):
        return True
    return max(c.days[1], mention.date_start) - min(c.days[0], mention.date_start) <= slack


def _representative(c: Cluster) -> Event:
    return min(c.members, key=lambda e: (BASIS_RANK.get(e.date_basis, 9), PRECISION_RANK[e.precision],
                                         -len(e.actors), e.article_id, e.char_start))


def merged_event(c: Cluster) -> Event:
    """The row of events.csv for a cluster: its best-dated report, with every source."""
    rep = _representative(c)
    if len(c.members) == 1:
        return dataclasses.replace(rep, extra={**rep.extra, "sources": 1, "article_ids": (rep.article_id,),
                                               "mentions": 1, "dates_reported": (), "merge_rules": (),
                                               "source_sentences": (rep.sentence,)})
    flags = list(rep.flags)
    votes = day_votes(c.members)
    date_fields = {}
    if len(votes) > 1:
        flags.append("date_conflict")
        # The day the most articles give, then the most sentences; on a tie, the representative's.
        best = max(votes, key=votes.__getitem__)
        if votes[best] > votes.get(rep.event_date, (0, 0)):
            chosen = next(m for m in c.members if m.event_date == best)
            # (its basis too: the representative's "inferred" beside the chosen's "dateline/metadata" rule said the
            # day was counted from a date of the text, where it is another article's date)
            date_fields = {f: getattr(chosen, f) for f in ("event_date", "date_start", "date_end", "precision",
                                                          "date_text", "date_basis", "date_char_start",
                                                          "date_char_end", "date_rule")}
            if not _in_sentence(chosen, rep):  # the phrase is in another report: offsets into its article would
                date_fields.update(date_char_start=None, date_char_end=None)  # point at rep's unrelated words
    actors = Counter(a for m in c.members for a in m.actors)
    ordered = tuple(a for a, _ in sorted(actors.items(), key=lambda kv: (-kv[1], rep.actors.index(kv[0])
                                                                           if kv[0] in rep.actors else 99, kv[0])))
    articles = tuple(dict.fromkeys(m.article_id for m in c.members))
    extra = {
        "sources": len(articles), "article_ids": articles, "mentions": len(c.members),
        "dates_reported": tuple(f"{d} ({votes[d][1]})" for d in sorted(votes)) if len(votes) > 1 else (),
        "merge_rules": tuple(sorted(set(r for r in c.rules if r != "first"))),
        "source_sentences": tuple(dict.fromkeys(m.sentence for m in c.members)),
    }
    return dataclasses.replace(rep, actors=ordered, flags=tuple(dict.fromkeys(flags)), extra=extra, **date_fields)


def day_votes(members: Iterable[Event]) -> dict[str, tuple[int, int]]:
    """{day: (articles, sentences)} of the reports dated to a day, in the members' order: how many articles, and how
    many sentences of them, give each day (``merged_event`` picks by them; ``dates_reported`` shows the sentences,
    as the page's hover counts them). A report is a sentence of an article, not a mention: two mentions of the event
    in one sentence, or a sentence an article repeats, are one report; and an article that tells the event in many
    sentences is one witness before it is many. By mentions, one article's two mentions in one sentence outvoted
    another article's sentence."""
    told: dict[str, set[tuple[str, str]]] = {}
    for m in members:
        if _is_day(m):
            told.setdefault(m.event_date, set()).add((m.article_id, m.sentence))
    return {day: (len({article for article, _ in said}), len(said)) for day, said in told.items()}


def _in_sentence(chosen: Event, rep: Event) -> bool:
    """Does ``chosen``'s date phrase lie in ``rep``'s sentence (the row's ``sentence`` and ``char_start``)?"""
    lo, hi = chosen.date_char_start, chosen.date_char_end
    return (chosen.article_id == rep.article_id and lo is not None and hi is not None
            and rep.char_start <= lo < hi <= rep.char_end)


def merge(mentions: Iterable[Event]) -> tuple[list[Event], dict[str, tuple[str, str]]]:
    """(merged events, {mention event_id: (merged event_id, rule)})."""
    events, membership = [], {}
    for c in cluster(mentions):
        event = merged_event(c)
        events.append(event)
        for member, rule in zip(c.members, c.rules):
            membership[member.event_id] = (event.event_id, rule)
    return events, membership
